import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../../config/paths.ts';

const items = [
  { key: 'search', href: paths.library.getHref() },
  { key: 'map', href: paths.libraryMap.getHref() },
  { key: 'near', href: paths.libraryNear.getHref() },
  { key: 'mine', href: paths.libraryMine.getHref() },
  { key: 'import', href: paths.libraryImport.getHref() },
  { key: 'openData', href: paths.libraryOpenData.getHref() },
] as const;

/** The library's own pages. The current one is marked with aria-current (NavLink does it). */
export function LibraryNav() {
  const { t } = useTranslation('library');
  return (
    <Group component="nav" aria-label={t('nav.label')} gap="md" mb="lg" wrap="wrap">
      {items.map((item) => (
        <Anchor
          key={item.key}
          component={NavLink}
          to={item.href}
          end
          fw={600}
          style={{ textDecorationThickness: 'from-font' }}
        >
          {t(`nav.${item.key}`)}
        </Anchor>
      ))}
    </Group>
  );
}
