import { notifications } from '@mantine/notifications';
import { i18n } from '../../i18n/i18n.ts';

// Toasts for the result of an action. The close button needs a name (axe « button-name », RGAA 11.9).
function closeButtonProps() {
  return { 'aria-label': i18n.t('forms:closeNotification') };
}

export function notifySuccess(message: string): void {
  notifications.show({ message, color: 'essaim', closeButtonProps: closeButtonProps() });
}

export function notifyError(message: string): void {
  notifications.show({ message, color: 'red', closeButtonProps: closeButtonProps() });
}
