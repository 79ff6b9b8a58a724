import { Box, Burger, Container, Group } from '@mantine/core';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { paths } from '../../config/paths.ts';
import { AccountNavLink } from '../../features/accounts/components/account-nav-link.tsx';
import { BrandMark } from './brand-mark.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { mainNavItems } from './nav-items.ts';
import classes from './site-header.module.css';

// The account menu (Mantine's Menu and its positioning engine) loads just after the page, keeping the first
// download within budget; until then the header simply has no account button.
const UserMenu = lazy(() =>
  import('../../features/accounts/components/user-menu.tsx').then((m) => ({ default: m.UserMenu })),
);

const navId = 'main-navigation';

export function SiteHeader() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const burger = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  // A link chosen in the folded menu closes it.
  useEffect(() => {
    setMenuOpen(false);
  }, [pathname]);

  return (
    <header className={classes.header}>
      <Container size="lg" py="sm">
        {/* On narrow screens (320 px, or zoomed text) the buttons wrap under the brand instead of overflowing. */}
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Link to={paths.home.getHref()} className={classes.brand} aria-label={t('homeLink')}>
            <BrandMark />
            <span>{t('appName')}</span>
          </Link>
          <Group gap="sm" wrap="nowrap" ml="auto">
            <Box visibleFrom="sm">
              <Suspense fallback={null}>
                <UserMenu />
              </Suspense>
            </Box>
            <LanguageSwitch />
            <Burger
              ref={burger}
              hiddenFrom="sm"
              opened={menuOpen}
              onClick={() => setMenuOpen((open) => !open)}
              aria-label={menuOpen ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={menuOpen}
              aria-controls={navId}
            />
          </Group>
        </Group>
        <nav
          id={navId}
          aria-label={t('nav.label')}
          className={classes.nav}
          data-open={menuOpen}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && menuOpen) {
              setMenuOpen(false);
              burger.current?.focus();
            }
          }}
        >
          <ul className={classes.list}>
            {mainNavItems.map((item) => (
              <li key={item.key}>
                <NavLink to={item.href} className={classes.link}>
                  {t(`nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
            <li className={classes.mobileOnly}>
              <AccountNavLink className={classes.link} />
            </li>
          </ul>
        </nav>
      </Container>
    </header>
  );
}
