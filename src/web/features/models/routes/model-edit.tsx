import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  BLOCK_TITLES,
  EVIDENCE_LEVELS,
  LICENCE_LABELS,
  LICENCES,
  PREREQUISITE_CATEGORIES,
  type ModelContent,
} from '../../../../core/models/model.schemas.ts';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { toApiError } from '../../../components/forms/use-form-feedback.ts';
import { paths } from '../../../config/paths.ts';
import { SignedInOnly } from '../../accounts/components/signed-in-only.tsx';
import {
  useDeleteResource,
  useDiff,
  useModel,
  usePublish,
  useSaveModel,
  useUploadResource,
  useVersions,
  exportHref,
  type Model,
} from '../api/models.ts';
import { BlockSection, ListEditor, type FieldSpec, type Item } from '../components/block-editor.tsx';

type ListKey = Exclude<keyof ModelContent, 'identity' | 'licence'>;

function useBlocks(): { key: ListKey; fields: FieldSpec[]; blank: () => Item }[] {
  const { t, i18n } = useTranslation('models');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const f = (key: string, kind: 'text' | 'textarea' | 'lines') =>
    ({ key, kind, label: t(`fields.${key}` as 'fields.title') }) as FieldSpec;
  const choice = (key: string, values: readonly string[], label: (v: string) => string): FieldSpec => ({
    key,
    kind: 'select',
    label: t(`fields.${key}` as 'fields.kind'),
    options: values.map((v) => ({ value: v, label: label(v) })),
  });
  const simple = {
    fields: [f('title', 'text'), f('description', 'textarea')],
    blank: () => ({ id: '', title: '', description: '' }),
  };
  const taskFields = [
    f('title', 'text'),
    f('description', 'textarea'),
    f('duration', 'text'),
    f('roles', 'lines'),
    f('deliverables', 'lines'),
    f('resourceRefs', 'lines'),
  ];
  void lang;
  return [
    {
      key: 'elements',
      fields: [
        f('title', 'text'),
        f('description', 'textarea'),
        { key: 'kind', kind: 'switch', label: t('editor.fixed'), on: 'fixed', off: 'adaptable' },
        f('why', 'textarea'),
        f('options', 'lines'),
        f('limits', 'textarea'),
        f('examples', 'lines'),
        choice('evidenceLevel', EVIDENCE_LEVELS, (v) => t(`evidence.${v}` as 'evidence.observed')),
      ],
      blank: () => ({
        id: '',
        title: '',
        description: '',
        kind: 'adaptable',
        why: '',
        options: [],
        limits: '',
        examples: [],
        evidenceLevel: 'anecdotal',
      }),
    },
    {
      key: 'prerequisites',
      fields: [
        f('title', 'text'),
        f('description', 'textarea'),
        choice('category', PREREQUISITE_CATEGORIES, (v) => v),
        f('fitQuestionIds', 'lines'),
      ],
      blank: () => ({ id: '', title: '', description: '', category: 'carrier', fitQuestionIds: [] }),
    },
    {
      key: 'phases',
      fields: [
        f('title', 'text'),
        f('description', 'textarea'),
        f('duration', 'text'),
        {
          key: 'tasks',
          kind: 'nested',
          label: t('editor.tasks'),
          fields: taskFields,
          blank: () => ({
            id: '',
            title: '',
            description: '',
            duration: '',
            roles: [],
            deliverables: [],
            resourceRefs: [],
          }),
        },
      ],
      blank: () => ({ id: '', title: '', description: '', duration: '', tasks: [] }),
    },
    { key: 'roles', ...simple },
    {
      key: 'support',
      fields: [
        choice('kind', ['training', 'sponsorship', 'shared-tools', 'advice', 'other'], (v) => v),
        ...simple.fields,
      ],
      blank: () => ({ id: '', kind: 'training', title: '', description: '' }),
    },
    {
      key: 'commitments',
      fields: [
        choice('kind', ['charter', 'trademark', 'contribution', 'reporting', 'other'], (v) => v),
        ...simple.fields,
      ],
      blank: () => ({ id: '', kind: 'charter', title: '', description: '' }),
    },
    {
      key: 'figures',
      fields: [
        choice('kind', ['budget', 'staff', 'time-to-launch', 'other'], (v) => v),
        f('label', 'text'),
        f('value', 'text'),
        f('note', 'textarea'),
        { key: 'uncertain', kind: 'checkbox', label: t('fields.uncertain') },
      ],
      blank: () => ({ id: '', kind: 'budget', label: '', value: '', note: '', uncertain: false }),
    },
    { key: 'pitfalls', ...simple },
    {
      key: 'faq',
      fields: [f('question', 'text'), f('answer', 'textarea')],
      blank: () => ({ id: '', question: '', answer: '' }),
    },
    {
      key: 'links',
      fields: [f('title', 'text'), f('url', 'text'), f('description', 'textarea')],
      blank: () => ({ id: '', title: '', url: 'https://', description: '' }),
    },
  ];
}

function Resources({ model }: { model: Model }) {
  const { t } = useTranslation('models');
  const upload = useUploadResource(model.id);
  const remove = useDeleteResource(model.id);
  const [file, setFile] = useState<File | null>(null);
  const [type, setType] = useState('pdf');
  const [description, setDescription] = useState('');
  return (
    <Stack>
      {model.resources.length === 0 ? (
        <Text>{t('resources.none')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {model.resources.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Th scope="row">
                  <Anchor href={r.url} aria-label={t('resources.download', { name: r.name })}>
                    {r.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>{r.description}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t('resources.id')} : <code>{r.id}</code>
                  </Text>
                </Table.Td>
                <Table.Td>
                  {model.canEdit && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(r.id)}>
                      {t('resources.remove')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {model.canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (file)
              upload.mutate(
                { file, type, description },
                {
                  onSuccess: () => {
                    setFile(null);
                    setDescription('');
                  },
                },
              );
          }}
        >
          <Stack gap="xs">
            <Text size="sm">{t('resources.help')}</Text>
            <Group align="end">
              <FileInput label={t('resources.file')} value={file} onChange={setFile} />
              <Select
                label={t('resources.type')}
                data={['pdf', 'docx', 'odt', 'png', 'jpeg', 'csv', 'txt']}
                value={type}
                onChange={(v) => setType(v ?? 'pdf')}
                allowDeselect={false}
              />
              <TextInput
                label={t('resources.description')}
                value={description}
                onChange={(e) => setDescription(e.currentTarget.value)}
              />
              <Button type="submit" disabled={!file} loading={upload.isPending}>
                {t('resources.upload')}
              </Button>
            </Group>
            {upload.error && (
              <Alert color="red" role="alert">
                {toApiError(upload.error).message}
              </Alert>
            )}
          </Stack>
        </form>
      )}
    </Stack>
  );
}

function Versions({ model, dirty }: { model: Model; dirty: boolean }) {
  const { t, i18n } = useTranslation('models');
  const versions = useVersions(model.id);
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>('draft');
  const diff = useDiff(model.id, from, to, from !== '' && from !== to && !dirty);
  const options = [
    { value: 'draft', label: t('versions.draft') },
    ...(versions.data?.items ?? []).map((v) => ({
      value: String(v.number),
      label: t('version', { n: v.number }),
    })),
  ];
  return (
    <Stack>
      {(versions.data?.items.length ?? 0) === 0 ? (
        <Text>{t('versions.none')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {versions.data?.items.map((v) => (
              <Table.Tr key={v.number}>
                <Table.Th scope="row">{t('version', { n: v.number })}</Table.Th>
                <Table.Td>
                  {new Intl.DateTimeFormat(i18n.resolvedLanguage).format(new Date(v.publishedAt))}
                </Table.Td>
                <Table.Td>{v.changeNote}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={paths.kit.getHref(model.id, v.number)}>
                    {t('versions.open')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {(versions.data?.items.length ?? 0) > 0 && (
        <Group align="end">
          <Select label={t('versions.from')} data={options} value={from} onChange={(v) => setFrom(v ?? '')} />
          <Select
            label={t('versions.to')}
            data={options}
            value={to}
            onChange={(v) => setTo(v ?? 'draft')}
            allowDeselect={false}
          />
        </Group>
      )}
      {diff.data &&
        (diff.data.changedBlocks === 0 ? (
          <Text>{t('diff.none')}</Text>
        ) : (
          <Stack gap="xs" aria-live="polite">
            {diff.data.blocks
              .filter((b) => b.added.length + b.removed.length + b.changed.length > 0)
              .map((b) => (
                <div key={b.block}>
                  <Text fw={700}>{BLOCK_TITLES[b.block][i18n.resolvedLanguage === 'en' ? 'en' : 'fr']}</Text>
                  <List size="sm">
                    {b.added.map((x) => (
                      <List.Item key={`a${x.id}`}>
                        <Badge color="teal.9" variant="filled">
                          {t('diff.added')}
                        </Badge>{' '}
                        {x.label}
                      </List.Item>
                    ))}
                    {b.removed.map((x) => (
                      <List.Item key={`r${x.id}`}>
                        <Badge color="red.9" variant="filled">
                          {t('diff.removed')}
                        </Badge>{' '}
                        {x.label}
                      </List.Item>
                    ))}
                    {b.changed.map((x) => (
                      <List.Item key={`c${x.id}`}>
                        <Badge color="blue.9" variant="filled">
                          {t('diff.changed')}
                        </Badge>{' '}
                        {x.label} :{' '}
                        {x.fields
                          .map(
                            (fc) =>
                              `${fc.field} (${JSON.stringify(fc.before)} → ${JSON.stringify(fc.after)})`,
                          )
                          .join(' ; ')}
                      </List.Item>
                    ))}
                  </List>
                </div>
              ))}
          </Stack>
        ))}
    </Stack>
  );
}

function Editor({ model }: { model: Model }) {
  const { t, i18n } = useTranslation('models');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const blocks = useBlocks();
  const save = useSaveModel(model.id);
  const publish = usePublish(model.id);
  const reload = useModel(model.id);
  const [content, setContent] = useState<ModelContent>(model.content);
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
                {k} : {v}
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
        <Group>
          {(['pdf', 'docx', 'md', 'json', 'zip'] as const).map((fmt) => (
            <Button
              key={fmt}
              component="a"
              variant="default"
              size="xs"
              href={exportHref(model.id, model.latestVersion, fmt)}
            >
              {fmt.toUpperCase()}
            </Button>
          ))}
        </Group>
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
