import '../i18n-runtime.ts';
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../../config/paths.ts';
import classes from './admin-nav.module.css';

const items = [
  { key: 'home', href: paths.admin.getHref(), end: true },
  { key: 'users', href: paths.adminUsers.getHref(), end: false },
  { key: 'organisations', href: paths.adminOrganisations.getHref(), end: true },
  { key: 'organisationImport', href: paths.adminOrganisationImport.getHref(), end: false },
  { key: 'outbox', href: paths.adminOutbox.getHref(), end: false },
  { key: 'audit', href: paths.adminAudit.getHref(), end: false },
] as const;

/** The administration's own navigation, above each of its pages. */
export function AdminNav() {
  const { t } = useTranslation('admin');
  return (
    <nav aria-label={t('nav.label')}>
      <Group component="ul" gap="xs" m={0} p={0} mb="lg" style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <li key={item.key}>
            <NavLink to={item.href} end={item.end} className={classes.link}>
              {t(`nav.${item.key}`)}
            </NavLink>
          </li>
        ))}
      </Group>
    </nav>
  );
}
