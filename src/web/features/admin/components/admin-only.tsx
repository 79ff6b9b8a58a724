import '../i18n-runtime.ts';
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import type { Me } from '../../accounts/api/types.ts';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';

/** Platform administrators only; anyone else is told so (the API refuses them anyway). */
export function AdminOnly({ children }: { children: (me: Me) => ReactNode }) {
  const { t } = useTranslation('admin');
  return (
    <SignedInOnly>
      {(me) =>
        me.platformRole === 'admin' ? (
          children(me)
        ) : (
          <>
            <PageTitle>{t('forbidden.title')}</PageTitle>
            <Text>{t('forbidden.body')}</Text>
          </>
        )
      }
    </SignedInOnly>
  );
}
