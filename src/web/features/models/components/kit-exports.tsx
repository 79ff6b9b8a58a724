import '../i18n-runtime.ts';
import { Alert, Anchor, Button, Group, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import {
  EXPORT_FORMATS,
  kitExportStatus,
  startKitExport,
  type ExportFormat,
  type KitExport,
} from '../api/models.ts';

const POLL_MS = 1000;

type State =
  | { step: 'working'; progress: number; queued: boolean }
  | { step: 'done'; url: string; size: number }
  | { step: 'failed'; message: string };

/**
 * The export buttons of a published version. Each starts an export: a light one is ready at once, a large one runs
 * on the server while its progress shows (a named progress bar, and a polite live region that speaks at each
 * quarter rather than every second); then the download link appears and takes the focus, as the person is waiting
 * for it.
 */
export function KitExports({ modelId, number }: { modelId: string; number: number }) {
  const { t, i18n } = useTranslation('models');
  const [states, setStates] = useState<Partial<Record<ExportFormat, State>>>({});
  const [announce, setAnnounce] = useState('');
  const links = useRef<Partial<Record<ExportFormat, HTMLAnchorElement | null>>>({});
  const focusOnReady = useRef<ExportFormat | null>(null);
  const alive = useRef(new AbortController());
  useEffect(() => {
    const controller = new AbortController();
    alive.current = controller;
    return () => controller.abort();
  }, []);
  useEffect(() => {
    const format = focusOnReady.current;
    if (format && states[format]?.step === 'done') {
      focusOnReady.current = null;
      links.current[format]?.focus();
    }
  }, [states]);

  const label = (format: ExportFormat) => t(`exports.formats.${format}`);
  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.resolvedLanguage, {
      style: 'unit',
      unit: bytes >= 1024 * 1024 ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: bytes >= 1024 * 1024 ? 1 : 0,
    }).format(bytes >= 1024 * 1024 ? bytes / (1024 * 1024) : Math.max(1, bytes / 1024));

  const follow = async (format: ExportFormat) => {
    const signal = alive.current.signal;
    const set = (state: State) => {
      if (!signal.aborted) setStates((s) => ({ ...s, [format]: state }));
    };
    set({ step: 'working', progress: 0, queued: true });
    setAnnounce(t('exports.queued', { format: label(format) }));
    let spoken = 0;
    try {
      let status: KitExport = await startKitExport(modelId, number, format);
      while (status.status === 'pending' || status.status === 'running') {
        set({ step: 'working', progress: status.progress, queued: status.status === 'pending' });
        const quarter = Math.floor(status.progress / 25) * 25;
        if (quarter > spoken) {
          spoken = quarter;
          setAnnounce(t('exports.progress', { format: label(format), percent: quarter }));
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (signal.aborted) return;
        status = await kitExportStatus(modelId, number, status.id, signal);
      }
      if (status.status === 'done' && status.downloadUrl) {
        focusOnReady.current = format;
        set({ step: 'done', url: status.downloadUrl, size: status.size ?? 0 });
        setAnnounce(t('exports.ready', { format: label(format) }));
      } else {
        const message = status.error?.message ?? '';
        set({ step: 'failed', message });
        setAnnounce(t('exports.failed', { format: label(format), message }));
      }
    } catch (error) {
      if (signal.aborted) return;
      const message = toApiError(error).message;
      set({ step: 'failed', message });
      setAnnounce(t('exports.failed', { format: label(format), message }));
    }
  };

  return (
    <Stack gap="xs">
      <Text size="sm">{t('exports.help')}</Text>
      <Group>
        {EXPORT_FORMATS.map((format) => {
          const state = states[format];
          return (
            <Button
              key={format}
              variant="default"
              size="xs"
              aria-label={t('exports.start', { format: label(format) })}
              // Not disabled while it works: the focus stays on the button until the link takes it.
              aria-disabled={state?.step === 'working' || undefined}
              onClick={() => {
                if (state?.step !== 'working') void follow(format);
              }}
            >
              {label(format)}
            </Button>
          );
        })}
      </Group>
      {EXPORT_FORMATS.map((format) => {
        const state = states[format];
        if (!state) return null;
        const name = label(format);
        if (state.step === 'working')
          return (
            <Stack key={format} gap={4}>
              <Text size="sm">
                {state.queued
                  ? t('exports.queued', { format: name })
                  : t('exports.progress', { format: name, percent: state.progress })}
              </Text>
              {/* Mantine names the bar itself (role, value and its text) from these props. */}
              <Progress value={state.progress} aria-label={t('exports.progressLabel', { format: name })} />
            </Stack>
          );
        if (state.step === 'done')
          return (
            <Anchor
              key={format}
              href={state.url}
              download
              ref={(el: HTMLAnchorElement | null) => {
                links.current[format] = el;
              }}
            >
              {t('exports.download', { format: name, size: size(state.size) })}
            </Anchor>
          );
        return (
          <Alert key={format} color="red">
            <Group gap="xs">
              <Text size="sm">{t('exports.failed', { format: name, message: state.message })}</Text>
              <Button size="xs" variant="default" onClick={() => void follow(format)}>
                {t('exports.retry', { format: name })}
              </Button>
            </Group>
          </Alert>
        );
      })}
      <VisuallyHidden role="status" aria-live="polite">
        {announce}
      </VisuallyHidden>
    </Stack>
  );
}
