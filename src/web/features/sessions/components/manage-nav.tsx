import '../i18n-manage-runtime.ts';
import { Anchor, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';
import { paths } from '../../../config/paths.ts';

/** The links between a session's facilitator pages; the current one is marked for assistive technologies. */
export function ManageNav({ id }: { id: string }) {
  const { t } = useTranslation('sessionsManage');
  const { pathname } = useLocation();
  const links = [
    { href: paths.sessionEdit.getHref(id), label: t('manage.nav.edit') },
    { href: paths.sessionRegistrations.getHref(id), label: t('manage.nav.registrations') },
    { href: paths.sessionAttendance.getHref(id), label: t('manage.nav.attendance') },
    { href: paths.sessionCohort.getHref(id), label: t('manage.nav.cohort') },
    { href: paths.sessionResources.getHref(id), label: t('manage.nav.resources') },
    { href: paths.session.getHref(id), label: t('manage.nav.public') },
  ];
  return (
    <nav aria-label={t('manage.nav.label')}>
      <Group gap="md">
        <Anchor component={Link} to={paths.sessionsManage.getHref()}>
          {t('manage.nav.mine')}
        </Anchor>
        {links.map((l) => (
          <Anchor
            key={l.href}
            component={Link}
            to={l.href}
            aria-current={pathname === l.href ? 'page' : undefined}
            fw={pathname === l.href ? 700 : undefined}
          >
            {l.label}
          </Anchor>
        ))}
      </Group>
    </nav>
  );
}

/** Facilitator pages: signed in, and with the platform role facilitator (or admin); the server checks each call too. */
export function FacilitatorOnly({ children }: { children: () => ReactNode }) {
  const { t } = useTranslation('sessionsManage');
  return (
    <SignedInOnly>
      {(me) =>
        me.platformRole === 'facilitator' || me.platformRole === 'admin' ? (
          children()
        ) : (
          <Text role="alert">{t('manage.facilitatorsOnly')}</Text>
        )
      }
    </SignedInOnly>
  );
}
