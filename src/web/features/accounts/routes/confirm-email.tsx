import '../i18n-runtime.ts';
import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useConfirmEmail } from '../api/confirm-email.ts';
import { useMe } from '../api/get-me.ts';
import { LinkResult } from '../components/link-result.tsx';
import { useRunOnce } from '../lib/use-run-once.ts';

/** Opened from the e-mail sent at sign-up: confirms the address straight away. */
export function Component() {
  const { t } = useTranslation('accounts');
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const confirm = useConfirmEmail();
  const me = useMe();
  useRunOnce(token !== '', () => confirm.mutate(token));

  return (
    <Stack maw={640}>
      <PageTitle>{t('confirmEmail.title')}</PageTitle>
      <LinkResult
        token={token}
        pending={!confirm.isSuccess}
        error={confirm.isError ? toApiError(confirm.error) : null}
        retry={
          me.data
            ? { to: paths.account.home.getHref(), label: t('links.toAccount') }
            : { to: paths.account.signIn.getHref(), label: t('links.toSignIn') }
        }
        success={
          <Alert color="essaim" variant="light">
            {t('confirmEmail.done', { email: confirm.data?.email ?? '' })}{' '}
            <Anchor
              component={Link}
              to={me.data ? paths.account.home.getHref() : paths.account.signIn.getHref()}
            >
              {me.data ? t('links.toAccount') : t('links.toSignIn')}
            </Anchor>
          </Alert>
        }
      />
    </Stack>
  );
}
