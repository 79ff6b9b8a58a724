import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useMe } from '../api/get-me.ts';

/** In the folded (narrow-screen) menu: « Se connecter » for a visitor, « Mon compte » once signed in. */
export function AccountNavLink({ className }: { className?: string }) {
  const { t } = useTranslation('common');
  const me = useMe();
  return me.data ? (
    <NavLink to={paths.account.home.getHref()} className={className}>
      {t('userMenu.account')}
    </NavLink>
  ) : (
    <NavLink to={paths.account.signIn.getHref()} className={className}>
      {t('nav.signIn')}
    </NavLink>
  );
}
