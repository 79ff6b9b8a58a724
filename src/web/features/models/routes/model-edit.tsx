import '../i18n-runtime.ts';
import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BLOCK_TITLES, LICENCE_LABELS, LICENCES } from '../../../../core/models/model-labels.ts';
import type { ModelContent } from '../../../../core/models/model.schemas.ts';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { paths } from '../../../config/paths.ts';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';
import { useModel, usePublish, useSaveModel, type Model } from '../api/models.ts';
import { BlockSection, ListEditor, type Item } from '../components/block-editor.tsx';
import { KitExports } from '../components/kit-exports.tsx';
import { useBlocks } from '../components/model-blocks.ts';
import { useModelReferences } from '../components/model-references.ts';
import { Resources } from '../components/resources-panel.tsx';
import { Versions } from '../components/versions-panel.tsx';

function Editor({ model }: { model: Model }) {
  const { t, i18n } = useTranslation('models');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const save = useSaveModel(model.id);
  const publish = usePublish(model.id);
  const reload = useModel(model.id);
  const [content, setContent] = useState<ModelContent>(model.content);
  const blocks = useBlocks(useModelReferences(model, content));
  const [base, setBase] = useState(model.version);
  const [dirty, setDirty] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [note, setNote] = useState('');
  useEffect(() => {
    setContent(model.content);
    setBase(model.version);
    setDirty(false);
  }, [model.id, model.version, model.content]);
  const change = (next: ModelContent) => {
    setContent(next);
    setDirty(true);
  };
  const error = save.error ? toApiError(save.error) : null;
  const readOnly = !model.canEdit;
  const identity = content.identity;
  return (
    <Stack>
      <PageTitle>{identity.name || model.title}</PageTitle>
      <Text>
        {model.organisationName} ·{' '}
        {model.latestVersion > 0 ? t('version', { n: model.latestVersion }) : t('draftOnly')}
      </Text>
      {readOnly && <Alert>{t('editor.readOnly')}</Alert>}
      {!readOnly && (
        <Group
          style={{ position: 'sticky', top: 0, zIndex: 2, background: 'var(--mantine-color-body)' }}
          py="xs"
        >
          <Button
            onClick={() => save.mutate({ version: base, content }, { onSuccess: () => setDirty(false) })}
            loading={save.isPending}
            disabled={!dirty}
          >
            {t('editor.save')}
          </Button>
          <Button variant="light" onClick={() => setPublishing(true)}>
            {t('publish.open')}
          </Button>
          <Text size="sm" aria-live="polite">
            {dirty ? t('editor.unsaved') : save.isSuccess ? t('editor.saved') : ''}
          </Text>
        </Group>
      )}
      {error && error.status === 409 && (
        <Alert color="orange" role="alert">
          {t('editor.conflict')}{' '}
          <Button size="xs" ml="sm" onClick={() => void reload.refetch()}>
            {t('editor.reload')}
          </Button>
        </Alert>
      )}
      {error && error.status !== 409 && (
        <Alert color="red" role="alert">
          {error.message}
          <List size="sm">
            {Object.entries(error.fields).map(([k, v]) => (
              <List.Item key={k}>
                {k} : {v}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <BlockSection title={BLOCK_TITLES.identity[lang]} id="block-identity">
        <Stack gap="xs">
          <TextInput
            label={t('fields.name')}
            value={identity.name}
            readOnly={readOnly}
            onChange={(e) => change({ ...content, identity: { ...identity, name: e.currentTarget.value } })}
          />
          {(['need', 'audience', 'results'] as const).map((k) => (
            <Textarea
              key={k}
              label={t(`fields.${k}`)}
              autosize
              minRows={2}
              value={identity[k]}
              readOnly={readOnly}
              onChange={(e) => change({ ...content, identity: { ...identity, [k]: e.currentTarget.value } })}
            />
          ))}
          <Textarea
            label={t('fields.whereItRuns')}
            description={t('editor.onePerLine')}
            autosize
            minRows={2}
            value={identity.whereItRuns.join('\n')}
            readOnly={readOnly}
            onChange={(e) =>
              change({
                ...content,
                identity: { ...identity, whereItRuns: e.currentTarget.value.split('\n') },
              })
            }
            onBlur={() =>
              change({
                ...content,
                identity: {
                  ...identity,
                  whereItRuns: identity.whereItRuns.map((l) => l.trim()).filter(Boolean),
                },
              })
            }
          />
        </Stack>
      </BlockSection>
      {blocks.map((b) => (
        <BlockSection key={b.key} title={BLOCK_TITLES[b.key][lang]} id={`block-${b.key}`}>
          <ListEditor
            title={BLOCK_TITLES[b.key][lang]}
            idPrefix={b.key}
            items={content[b.key] as unknown as Item[]}
            fields={b.fields}
            blank={b.blank}
            readOnly={readOnly}
            onChange={(items) => change({ ...content, [b.key]: items })}
          />
        </BlockSection>
      ))}
      <BlockSection title={BLOCK_TITLES.licence[lang]} id="block-licence">
        <Select
          label={t('fields.licence')}
          placeholder={t('editor.licenceNone')}
          data={LICENCES.map((l) => ({ value: l, label: LICENCE_LABELS[l][lang] }))}
          value={content.licence}
          readOnly={readOnly}
          onChange={(v) => change({ ...content, licence: (v as ModelContent['licence']) ?? null })}
        />
      </BlockSection>
      <BlockSection title={t('resources.title')} id="block-resources">
        <Resources model={model} />
      </BlockSection>
      <BlockSection title={t('versions.title')} id="block-versions">
        <Versions model={model} dirty={dirty} />
      </BlockSection>
      <Modal
        opened={publishing}
        onClose={() => setPublishing(false)}
        closeButtonProps={{ 'aria-label': t('publish.close') }}
        title={t('publish.title', { n: model.latestVersion + 1 })}
      >
        <Stack>
          {dirty && <Alert color="orange">{t('publish.saveFirst')}</Alert>}
          {model.missing.length > 0 && (
            <Alert color="orange" title={t('publish.missing')}>
              <List size="sm">
                {model.missing.map((m) => (
                  <List.Item key={m.path}>{m.message[lang]}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Textarea
            label={t('publish.changeNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            required
          />
          {publish.error && (
            <Alert color="red" role="alert">
              {toApiError(publish.error).message}
              <List size="sm">
                {Object.values(toApiError(publish.error).fields).map((v) => (
                  <List.Item key={v}>{v}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {publish.data && (
            <Alert color="green">
              {t('publish.done', { n: publish.data.number })}{' '}
              <Anchor component={Link} to={paths.kit.getHref(model.id, publish.data.number)}>
                {t('versions.open')}
              </Anchor>
            </Alert>
          )}
          <Button
            disabled={dirty || note.trim() === ''}
            loading={publish.isPending}
            onClick={() => publish.mutate(note, { onSuccess: () => setNote('') })}
          >
            {t('publish.confirm')}
          </Button>
        </Stack>
      </Modal>
      {model.latestVersion > 0 && (
        <BlockSection
          title={`${t('exports.title')} · ${t('version', { n: model.latestVersion })}`}
          id="block-exports"
        >
          <KitExports modelId={model.id} number={model.latestVersion} />
        </BlockSection>
      )}
    </Stack>
  );
}

function Loaded({ id }: { id: string }) {
  const model = useModel(id);
  if (model.isPending) return <PageLoader />;
  if (model.isError) throw model.error;
  return <Editor model={model.data} />;
}

export function Component() {
  const { modelId = '' } = useParams();
  return <SignedInOnly>{() => <Loaded id={modelId} />}</SignedInOnly>;
}
