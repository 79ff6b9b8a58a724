import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../lib/use-autosave.ts';
import { formatTime } from '../lib/localize.ts';

/** « Enregistré à 14 h 32 »: a polite live region, so screen readers hear saves without losing their place. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation('diagnostics');
  let text = '';
  let color: string | undefined = 'dimmed';
  switch (state.kind) {
    case 'idle':
      break;
    case 'unsaved':
      text = t('save.unsaved');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'saved':
      text = t('save.saved', { time: formatTime(state.at, i18n.resolvedLanguage ?? 'fr') });
      color = 'essaim.8';
      break;
    case 'error':
      text = t('save.error', { message: state.message });
      color = 'red.9';
      break;
  }
  return (
    <Text size="sm" c={color} role="status" aria-live="polite" data-testid="save-indicator">
      {text}
    </Text>
  );
}
