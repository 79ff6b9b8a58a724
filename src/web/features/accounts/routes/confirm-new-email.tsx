import '../i18n-runtime.ts';
import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useConfirmEmailChange } from '../api/confirm-email-change.ts';
import { LinkResult } from '../components/link-result.tsx';
import { useRunOnce } from '../lib/use-run-once.ts';

/** Opened from the e-mail sent to a new address: the change of address takes effect. */
export function Component() {
  const { t } = useTranslation('accounts');
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const confirm = useConfirmEmailChange();
  useRunOnce(token !== '', () => confirm.mutate(token));

  return (
    <Stack maw={640}>
      <PageTitle>{t('confirmNewEmail.title')}</PageTitle>
      <LinkResult
        token={token}
        pending={!confirm.isSuccess}
        error={confirm.isError ? toApiError(confirm.error) : null}
        retry={{ to: paths.account.home.getHref(), label: t('links.toAccount') }}
        success={
          <Alert color="essaim" variant="light">
            {t('confirmNewEmail.done', { email: confirm.data?.email ?? '' })}{' '}
            <Anchor component={Link} to={paths.account.home.getHref()}>
              {t('links.toAccount')}
            </Anchor>
          </Alert>
        }
      />
    </Stack>
  );
}
