import { Anchor, Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { isPlatformAdmin, useMe } from '../api/get-me.ts';
import { useSignOut } from '../api/sign-out.ts';
import { notifyError, notifySuccess } from '../../../components/feedback/notify.ts';

/**
 * The header's account corner: « Se connecter » for a visitor; for a signed-in person a menu button with their
 * name that opens « Mon compte », « Mes organisations », « Administration » (platform administrators) and
 * « Se déconnecter ».
 */
export function UserMenu() {
  const { t } = useTranslation('common');
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();

  if (!me.data) {
    // While loading, and for visitors: the sign-in link (it is also the right answer when the API is down).
    return (
      <Anchor component={Link} to={paths.account.signIn.getHref()} fw={600}>
        {t('nav.signIn')}
      </Anchor>
    );
  }

  const user = me.data;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          size="compact-md"
          aria-label={t('userMenu.label', { name: user.displayName })}
        >
          {user.displayName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to={paths.account.home.getHref()}>
          {t('userMenu.account')}
        </Menu.Item>
        <Menu.Item component={Link} to={paths.organisations.getHref()}>
          {t('userMenu.organisations')}
        </Menu.Item>
        {isPlatformAdmin(user) ? (
          <Menu.Item component={Link} to={paths.admin.getHref()}>
            {t('userMenu.admin')}
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        <Menu.Item
          onClick={() => {
            signOut.mutate(undefined, {
              onSuccess: () => {
                notifySuccess(t('userMenu.signedOut'));
                void navigate(paths.home.getHref());
              },
              onError: (error) => notifyError(error.message),
            });
          }}
        >
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
