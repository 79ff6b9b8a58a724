import '../i18n-editor-runtime.ts';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nextRowKey, useKeyedList } from '../../../components/forms/use-keyed-list.ts';
import type { StorySource } from '../api/types.ts';

/** A source as typed: every field a string, the date empty when unknown. */
export type SourceDraft = { key: number; label: string; url: string; date: string };

export function sourceDraftOf(source?: StorySource): SourceDraft {
  return { key: nextRowKey(), label: source?.label ?? '', url: source?.url ?? '', date: source?.date ?? '' };
}

/** The drafts as the server reads them: trimmed, an empty date sent as « unknown ». */
export function sourcesOf(drafts: SourceDraft[]): StorySource[] {
  return drafts.map((d) => ({ label: d.label.trim(), url: d.url.trim(), date: d.date.trim() || null }));
}

/**
 * The story's sources in the story editor: each one a group of fields (title, web address, optional date) with a
 * named remove button. Adding one puts focus in its title; removing one puts it back on « ajouter une source »
 * and says so through the editor's live region.
 */
export function StorySourcesEditor({
  sources,
  onChange,
  fieldError,
  announce,
}: {
  sources: SourceDraft[];
  onChange: (sources: SourceDraft[]) => void;
  fieldError: (name: string) => string | undefined;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation('libraryEditor');
  const list = useKeyedList({ rows: sources, onChange, create: () => sourceDraftOf() });
  const change = list.change;
  const remove = (index: number) => {
    const gone = list.remove(index);
    if (gone)
      announce(t('storyEditor.removedSource', { title: gone.label.trim() || t('storyEditor.untitled') }));
  };

  return (
    <Stack gap="sm">
      <Title order={3}>{t('storyEditor.sources')}</Title>
      <Text>{t('storyEditor.sourcesIntro')}</Text>
      {sources.length === 0 && <Text>{t('storyEditor.noSources')}</Text>}
      <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {sources.map((s, i) => {
          const n = i + 1;
          const name = (f: string) => `sources.${i}.${f}`;
          return (
            <li key={s.key} style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
              <fieldset style={{ border: '1px solid var(--mantine-color-gray-5)', borderRadius: 4 }}>
                <legend>
                  {t('storyEditor.source', { n, title: s.label.trim() || t('storyEditor.untitled') })}
                </legend>
                <Stack gap="sm">
                  <TextInput
                    ref={list.firstField(s.key)}
                    label={t('storyEditor.sourceTitle')}
                    required
                    value={s.label}
                    error={fieldError(name('label'))}
                    onChange={(e) => change(s.key, { label: e.currentTarget.value })}
                  />
                  <Group grow align="flex-start">
                    <TextInput
                      label={t('storyEditor.sourceUrl')}
                      description={t('storyEditor.sourceUrlHint')}
                      type="url"
                      required
                      value={s.url}
                      error={fieldError(name('url'))}
                      onChange={(e) => change(s.key, { url: e.currentTarget.value })}
                    />
                    <TextInput
                      label={t('storyEditor.sourceDate')}
                      description={t('storyEditor.dateHint')}
                      value={s.date}
                      error={fieldError(name('date'))}
                      onChange={(e) => change(s.key, { date: e.currentTarget.value })}
                    />
                  </Group>
                  <Group gap="xs">
                    <Button variant="subtle" color="red.9" c="red.9" size="xs" onClick={() => remove(i)}>
                      {t('storyEditor.removeSource', { n })}
                    </Button>
                  </Group>
                </Stack>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Group>
        <Button ref={list.addButton} variant="outline" onClick={list.add}>
          {t('storyEditor.addSource')}
        </Button>
      </Group>
    </Stack>
  );
}
