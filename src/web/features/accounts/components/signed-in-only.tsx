import '../i18n-runtime.ts';
import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { useMe } from '../api/get-me.ts';
import type { Me } from '../api/types.ts';
import { signInHref } from '../lib/return-path.ts';

/** Renders its children for a signed-in person; a visitor gets a link to sign in that brings them back here. */
export function SignedInOnly({ children }: { children: (me: Me) => ReactNode }) {
  const { t } = useTranslation('accounts');
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) throw me.error;
  if (!me.data) {
    return (
      <>
        <PageTitle>{t('requireSignIn.title')}</PageTitle>
        <Text mb="md">{t('requireSignIn.body')}</Text>
        <Anchor component={Link} to={signInHref(`${location.pathname}${location.search}`)}>
          {t('requireSignIn.signIn')}
        </Anchor>
      </>
    );
  }
  return children(me.data);
}
