import '../i18n-editor-runtime.ts';
import { Alert, Button, Group, Stack, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../../components/feedback/notify.ts';
import { nextRowKey, useKeyedList } from '../../../components/forms/use-keyed-list.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { usePutStory } from '../api/put-story.ts';
import type { Project, StoryPhase } from '../api/types.ts';
import { StorySourcesEditor, sourceDraftOf, sourcesOf } from './story-sources-editor.tsx';

/**
 * The case study's timeline in the editor: phases added, reordered with « monter » / « descendre » buttons (a
 * keyboard path, not drag only) and removed, then the whole story written at once (PUT, with its version).
 * Each move is announced in a live region, and focus stays on the button that was pressed. The sources are edited
 * below the lessons and failures (story-sources-editor.tsx).
 */
type Draft = {
  key: number;
  title: string;
  startDate: string;
  endDate: string;
  description: string;
  decisions: string;
  kept: string;
  adapted: string;
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function draftOf(p?: StoryPhase): Draft {
  return {
    key: nextRowKey(),
    title: p?.title ?? '',
    startDate: p?.startDate ?? '',
    endDate: p?.endDate ?? '',
    description: p?.description ?? '',
    decisions: (p?.decisions ?? []).join('\n'),
    kept: (p?.kept ?? []).join('\n'),
    adapted: (p?.adapted ?? []).join('\n'),
  };
}

export function StoryEditor({ project }: { project: Project }) {
  const { t } = useTranslation('libraryEditor');
  const story = project.story;
  const [introduction, setIntroduction] = useState(story?.introduction ?? '');
  const [phases, setPhases] = useState<Draft[]>(() => (story?.phases ?? []).map(draftOf));
  const [lessons, setLessons] = useState((story?.lessons ?? []).join('\n'));
  const [failures, setFailures] = useState((story?.failures ?? []).join('\n'));
  const [sources, setSources] = useState(() => (story?.sources ?? []).map(sourceDraftOf));
  const [announce, setAnnounce] = useState('');
  const list = useKeyedList({ rows: phases, onChange: setPhases, create: () => draftOf() });
  const save = usePutStory(project.id);
  const fields = save.error instanceof ApiError ? save.error.fields : {};
  const fieldError = (name: string) => fields[name];

  const change = list.change;
  const move = (index: number, by: -1 | 1) => {
    const moved = list.move(index, by);
    if (moved)
      setAnnounce(
        t('storyEditor.moved', { title: moved.title || t('storyEditor.untitled'), n: index + by + 1 }),
      );
  };
  const remove = (index: number) => {
    const gone = list.remove(index);
    if (gone) setAnnounce(t('storyEditor.removedPhase', { title: gone.title || t('storyEditor.untitled') }));
  };

  return (
    <section aria-labelledby="story-editor-title">
      <Title order={2} id="story-editor-title" mb="xs">
        {t('storyEditor.title')}
      </Title>
      <Text mb="md">{t('storyEditor.intro')}</Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(
            {
              introduction,
              phases: phases.map((p) => ({
                title: p.title.trim(),
                startDate: p.startDate.trim(),
                endDate: p.endDate.trim() || null,
                description: p.description,
                decisions: lines(p.decisions),
                kept: lines(p.kept),
                adapted: lines(p.adapted),
              })),
              lessons: lines(lessons),
              failures: lines(failures),
              sources: sourcesOf(sources),
              ...(story ? { version: story.version } : {}),
            },
            { onSuccess: () => notifySuccess(t('storyEditor.saved')) },
          );
        }}
      >
        <Stack gap="md">
          <Textarea
            label={t('storyEditor.introduction')}
            autosize
            minRows={2}
            value={introduction}
            error={fieldError('introduction')}
            onChange={(e) => setIntroduction(e.currentTarget.value)}
          />
          <Title order={3}>{t('storyEditor.phases')}</Title>
          {phases.length === 0 && <Text>{t('storyEditor.none')}</Text>}
          <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {phases.map((p, i) => {
              const n = i + 1;
              const name = (f: string) => `phases.${i}.${f}`;
              return (
                <li key={p.key} style={{ marginBottom: 'var(--mantine-spacing-lg)' }}>
                  <fieldset style={{ border: '1px solid var(--mantine-color-gray-5)', borderRadius: 4 }}>
                    <legend>
                      {t('storyEditor.phase', { n, title: p.title || t('storyEditor.untitled') })}
                    </legend>
                    <Stack gap="sm">
                      <TextInput
                        ref={list.firstField(p.key)}
                        label={t('storyEditor.phaseTitle')}
                        required
                        value={p.title}
                        error={fieldError(name('title'))}
                        onChange={(e) => change(p.key, { title: e.currentTarget.value })}
                      />
                      <Group grow align="flex-start">
                        <TextInput
                          label={t('storyEditor.startDate')}
                          description={t('storyEditor.dateHint')}
                          required
                          value={p.startDate}
                          error={fieldError(name('startDate'))}
                          onChange={(e) => change(p.key, { startDate: e.currentTarget.value })}
                        />
                        <TextInput
                          label={t('storyEditor.endDate')}
                          description={t('storyEditor.dateHint')}
                          value={p.endDate}
                          error={fieldError(name('endDate'))}
                          onChange={(e) => change(p.key, { endDate: e.currentTarget.value })}
                        />
                      </Group>
                      <Textarea
                        label={t('storyEditor.description')}
                        autosize
                        minRows={2}
                        value={p.description}
                        error={fieldError(name('description'))}
                        onChange={(e) => change(p.key, { description: e.currentTarget.value })}
                      />
                      {(['decisions', 'kept', 'adapted'] as const).map((list) => (
                        <Textarea
                          key={list}
                          label={t(`storyEditor.${list}`)}
                          description={t('storyEditor.onePerLine')}
                          autosize
                          minRows={2}
                          value={p[list]}
                          error={Object.entries(fields).find(([k]) => k.startsWith(`${name(list)}`))?.[1]}
                          onChange={(e) => change(p.key, { [list]: e.currentTarget.value })}
                        />
                      ))}
                      <Group gap="xs">
                        <Button
                          ref={list.moveButton(p.key, 'up')}
                          variant="outline"
                          size="xs"
                          disabled={i === 0}
                          onClick={() => move(i, -1)}
                        >
                          {t('storyEditor.moveUp', { n })}
                        </Button>
                        <Button
                          ref={list.moveButton(p.key, 'down')}
                          variant="outline"
                          size="xs"
                          disabled={i === phases.length - 1}
                          onClick={() => move(i, 1)}
                        >
                          {t('storyEditor.moveDown', { n })}
                        </Button>
                        <Button variant="subtle" color="red.9" c="red.9" size="xs" onClick={() => remove(i)}>
                          {t('storyEditor.remove', { n })}
                        </Button>
                      </Group>
                    </Stack>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <VisuallyHidden role="status" aria-live="polite">
            {announce}
          </VisuallyHidden>
          <Group>
            <Button ref={list.addButton} variant="outline" onClick={list.add}>
              {t('storyEditor.add')}
            </Button>
          </Group>
          <Textarea
            label={t('storyEditor.lessons')}
            description={t('storyEditor.onePerLine')}
            autosize
            minRows={2}
            value={lessons}
            onChange={(e) => setLessons(e.currentTarget.value)}
          />
          <Textarea
            label={t('storyEditor.failures')}
            description={t('storyEditor.onePerLine')}
            autosize
            minRows={2}
            value={failures}
            onChange={(e) => setFailures(e.currentTarget.value)}
          />
          <StorySourcesEditor
            sources={sources}
            onChange={setSources}
            fieldError={fieldError}
            announce={setAnnounce}
          />
          {save.error && (
            <Alert color="red" variant="outline" role="alert">
              {Object.keys(fields).length > 0 ? t('storyEditor.fixErrors') : save.error.message}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('storyEditor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
