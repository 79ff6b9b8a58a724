import '../i18n-runtime.ts';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useConsumeMagicLink } from '../api/consume-magic-link.ts';
import { LinkResult } from '../components/link-result.tsx';
import { readReturnPath } from '../lib/return-path.ts';
import { useRunOnce } from '../lib/use-run-once.ts';
import { notifySuccess } from '../../../components/feedback/notify.ts';

/** Opened from a sign-in link: signs in, then goes to the account page (or where the person was going). */
export function Component() {
  const { t } = useTranslation('accounts');
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const returnTo = readReturnPath(search);
  const consume = useConsumeMagicLink();
  useRunOnce(token !== '', () =>
    consume.mutate(token, {
      onSuccess: (me) => {
        notifySuccess(t('signIn.welcome', { name: me.displayName }));
        void navigate(returnTo ?? paths.account.home.getHref(), { replace: true });
      },
    }),
  );

  return (
    <Stack maw={640}>
      <PageTitle>{t('magicLink.title')}</PageTitle>
      <LinkResult
        token={token}
        pending={!consume.isSuccess}
        error={consume.isError ? toApiError(consume.error) : null}
        retry={{ to: paths.account.signIn.getHref(), label: t('links.askAgain') }}
        success={t('magicLink.done')}
      />
    </Stack>
  );
}
