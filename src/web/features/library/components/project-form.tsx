import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import type { MyOrganisation } from '../api/get-my-organisations.ts';
import { evidenceKinds, phases, phaseStatuses, situations, themes, visibilities } from '../api/types.ts';
import type { ProjectFields } from '../api/types.ts';
import {
  emptyContact,
  emptyEvidence,
  emptyFigure,
  emptyLink,
  fieldId,
  toFields,
} from '../lib/project-form.ts';
import type { FormValues } from '../lib/project-form.ts';
import { TerritoryMultiPicker } from './territory-picker.tsx';

export type SubmitIntent = 'save' | 'publish';

type Props = {
  initial: FormValues;
  /** Organisations the person can write in: the owner is chosen among them when creating. */
  organisations: MyOrganisation[];
  mode: 'create' | 'edit';
  isDraft: boolean;
  submitting: boolean;
  /** The last failure of saving (field errors, 409…), from the page's mutation. */
  error: Error | null;
  onSubmit: (fields: ProjectFields & { organisationId: string }, intent: SubmitIntent) => void;
  onCancel: () => void;
  onReloadLatest?: () => void;
};

function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={`${id}-title`}>
      <Title order={2} size="h3" mb="sm" id={`${id}-title`}>
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

function Fieldset({ id, legend, children }: { id?: string; legend: string; children: ReactNode }) {
  return (
    <fieldset
      id={id}
      tabIndex={id ? -1 : undefined}
      style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
    >
      <Text component="legend" fw={600} size="sm" mb={6}>
        {legend}
      </Text>
      {children}
    </fieldset>
  );
}

export function ProjectForm(props: Props) {
  const { t } = useTranslation(['library', 'common']);
  const [values, setValues] = useState<FormValues>(props.initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const [showSummary, setShowSummary] = useState(false);

  useEffect(() => setValues(props.initial), [props.initial]);

  const serverFields = props.error instanceof ApiError ? props.error.fields : {};
  const conflict = props.error instanceof ApiError && props.error.status === 409;
  const errors: Record<string, string> = { ...serverFields, ...localErrors };
  const errorNames = Object.keys(errors);
  const otherError =
    props.error && !conflict && Object.keys(serverFields).length === 0 ? props.error.message : null;

  // A failed save moves focus to the summary of what to fix (RGAA 11.10, error identification).
  useEffect(() => {
    if (props.error && !conflict) {
      setShowSummary(true);
      summaryRef.current?.focus();
    }
  }, [props.error, conflict]);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setRow = <K extends 'keyFigures' | 'evidence' | 'contacts' | 'links'>(
    key: K,
    index: number,
    patch: Partial<FormValues[K][number]>,
  ) =>
    setValues((current) => ({
      ...current,
      [key]: current[key].map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
  const addRow = <K extends 'keyFigures' | 'evidence' | 'contacts' | 'links'>(
    key: K,
    row: FormValues[K][number],
  ) => setValues((current) => ({ ...current, [key]: [...current[key], row] }));
  const removeRow = (key: 'keyFigures' | 'evidence' | 'contacts' | 'links', index: number) =>
    setValues((current) => ({ ...current, [key]: current[key].filter((_, i) => i !== index) }));

  /** The error of a field, or of anything below it for grouped fields (`territories` shows `territories.2.code`). */
  const err = (name: string, grouped = false): string | undefined => {
    if (errors[name]) return errors[name];
    if (!grouped) return undefined;
    const key = errorNames.find((candidate) => candidate.startsWith(`${name}.`));
    return key ? errors[key] : undefined;
  };

  const labelFor = (name: string): string => {
    const [head, index, leaf] = name.split('.');
    const n = Number(index) + 1;
    switch (head) {
      case 'keyFigures':
        return leaf
          ? `${t('editor.figure.legend', { n })}, ${t(`editor.figure.${leaf}` as 'editor.figure.label')}`
          : t('editor.sections.figures');
      case 'evidence':
        return leaf
          ? `${t('editor.evidenceItem.legend', { n })}, ${t(`editor.evidenceItem.${leaf}` as 'editor.evidenceItem.title')}`
          : t('editor.sections.evidence');
      case 'contacts':
        return leaf
          ? `${t('editor.contact.legend', { n })}, ${t(`editor.contact.${leaf}` as 'editor.contact.name')}`
          : t('editor.sections.contacts');
      case 'links':
        return leaf
          ? `${t('editor.link.legend', { n })}, ${t(`editor.link.${leaf}` as 'editor.link.label')}`
          : t('editor.sections.links');
      case 'organisationId':
        return t('editor.organisation');
      case 'scalingSituation':
        return t('editor.situation');
      case 'sharedWithOrganisationIds':
        return t('editor.sharedWith');
      case 'title':
      case 'summary':
      case 'description':
      case 'themes':
      case 'publics':
      case 'territories':
      case 'phase':
      case 'phaseStatus':
      case 'visibility':
        return t(`editor.${head}`);
      default:
        return name;
    }
  };

  /** Where the summary link leads: the field itself when it is drawn, else its group. */
  const targetOf = (name: string): string => {
    if (typeof document !== 'undefined' && document.getElementById(fieldId(name))) return fieldId(name);
    return fieldId(name.split('.')[0]);
  };

  const submit = (intent: SubmitIntent) => {
    const local: Record<string, string> = {};
    if (values.title.trim().length < 3) local.title = t('editor.titleTooShort');
    if (props.mode === 'create' && !values.organisationId)
      local.organisationId = t('editor.organisationMissing');
    const { fields, numberErrors } = toFields(values);
    for (const name of numberErrors) local[name] = t('editor.notNumber');
    setLocalErrors(local);
    if (Object.keys(local).length > 0) {
      setShowSummary(true);
      // Wait for the summary to render before moving focus to it.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    props.onSubmit({ ...fields, organisationId: values.organisationId }, intent);
  };

  const writable = props.organisations.filter((o) => o.myRole === 'owner' || o.myRole === 'editor');
  const others = props.organisations.filter((o) => o.id !== values.organisationId);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit('save');
      }}
    >
      <Stack gap="lg">
        {conflict && (
          <Alert color="red" variant="outline" role="alert" title={t('editor.conflict.title')}>
            <Text mb="sm">{t('editor.conflict.body')}</Text>
            {props.onReloadLatest && (
              <Button
                variant="outline"
                onClick={() => {
                  setLocalErrors({});
                  setShowSummary(false);
                  props.onReloadLatest?.();
                }}
              >
                {t('editor.conflict.reload')}
              </Button>
            )}
          </Alert>
        )}
        {showSummary && (errorNames.length > 0 || otherError) && (
          <Paper
            ref={summaryRef}
            tabIndex={-1}
            withBorder
            p="md"
            radius="md"
            style={{ borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 }}
            role="alert"
            aria-labelledby="error-summary-title"
          >
            <Title order={2} size="h4" id="error-summary-title" mb="xs">
              {t('editor.errorSummary', { count: Math.max(1, errorNames.length) })}
            </Title>
            {otherError && <Text>{otherError}</Text>}
            <List>
              {errorNames.map((name) => (
                <List.Item key={name}>
                  <Anchor
                    href={`#${targetOf(name)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(targetOf(name))?.focus();
                    }}
                  >
                    {labelFor(name)}
                    {t('common:colon')}
                    {errors[name]}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Paper>
        )}

        <FormSection id="identity" title={t('editor.sections.identity')}>
          {props.mode === 'create' && (
            <Select
              id={fieldId('organisationId')}
              label={t('editor.organisation')}
              required
              data={writable.map((o) => ({ value: o.id, label: o.name }))}
              value={values.organisationId || null}
              onChange={(value) => set('organisationId', value ?? '')}
              error={err('organisationId')}
              allowDeselect={false}
            />
          )}
          <TextInput
            id={fieldId('title')}
            label={t('editor.title')}
            required
            value={values.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={err('title')}
            maxLength={200}
          />
          <Textarea
            id={fieldId('summary')}
            label={t('editor.summary')}
            description={t('editor.summaryHint')}
            value={values.summary}
            onChange={(event) => set('summary', event.currentTarget.value)}
            error={err('summary')}
            autosize
            minRows={4}
          />
          <Textarea
            id={fieldId('description')}
            label={t('editor.description')}
            description={t('editor.descriptionHint')}
            value={values.description}
            onChange={(event) => set('description', event.currentTarget.value)}
            error={err('description')}
            autosize
            minRows={6}
          />
          <Fieldset id={fieldId('themes')} legend={`${t('editor.themes')} (${t('editor.themesHint')})`}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing={6}>
              {themes.map((theme) => (
                <Checkbox
                  key={theme}
                  label={t(`themes.${theme}`)}
                  checked={values.themes.includes(theme)}
                  onChange={(event) =>
                    set(
                      'themes',
                      event.currentTarget.checked
                        ? [...values.themes, theme]
                        : values.themes.filter((value) => value !== theme),
                    )
                  }
                />
              ))}
            </SimpleGrid>
            {err('themes', true) && (
              <Text c="red.9" size="sm" mt={4}>
                {err('themes', true)}
              </Text>
            )}
          </Fieldset>
          <Textarea
            id={fieldId('publics')}
            label={t('editor.publics')}
            description={t('editor.publicsHint')}
            value={values.publics}
            onChange={(event) => set('publics', event.currentTarget.value)}
            error={err('publics', true)}
            autosize
            minRows={2}
          />
        </FormSection>

        <FormSection id="stage" title={t('editor.sections.stage')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              id={fieldId('phase')}
              label={t('editor.phase')}
              data={phases.map((phase) => ({ value: phase, label: t(`phases.${phase}`) }))}
              value={values.phase}
              onChange={(value) => value && set('phase', value as FormValues['phase'])}
              allowDeselect={false}
              error={err('phase')}
            />
            <Select
              id={fieldId('phaseStatus')}
              label={t('editor.phaseStatus')}
              data={phaseStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
              value={values.phaseStatus}
              onChange={(value) => value && set('phaseStatus', value as FormValues['phaseStatus'])}
              allowDeselect={false}
              error={err('phaseStatus')}
            />
          </SimpleGrid>
          <Select
            id={fieldId('scalingSituation')}
            label={t('editor.situation')}
            data={[
              { value: '', label: t('editor.situationNone') },
              ...situations.map((situation) => ({ value: situation, label: t(`situations.${situation}`) })),
            ]}
            value={values.scalingSituation}
            onChange={(value) => set('scalingSituation', (value ?? '') as FormValues['scalingSituation'])}
            allowDeselect={false}
            error={err('scalingSituation')}
          />
          <Checkbox
            id={fieldId('isCaseStudy')}
            label={t('editor.caseStudy')}
            checked={values.isCaseStudy}
            onChange={(event) => set('isCaseStudy', event.currentTarget.checked)}
          />
        </FormSection>

        <FormSection id="territories" title={t('editor.sections.territories')}>
          <TerritoryMultiPicker
            id={fieldId('territories')}
            label={t('editor.territories')}
            description={t('editor.territoriesHint')}
            types={['commune', 'epci', 'departement', 'region']}
            value={values.territories}
            onChange={(value) => set('territories', value)}
            error={err('territories', true)}
          />
        </FormSection>

        <FormSection id="figures" title={t('editor.sections.figures')}>
          <div id={fieldId('keyFigures')} tabIndex={-1} />
          {values.keyFigures.map((row, index) => {
            const n = index + 1;
            const name = (leaf: string) => `keyFigures.${index}.${leaf}`;
            return (
              <Fieldset key={index} legend={t('editor.figure.legend', { n })}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <TextInput
                    id={fieldId(name('label'))}
                    label={t('editor.figure.label')}
                    required
                    value={row.label}
                    onChange={(event) => setRow('keyFigures', index, { label: event.currentTarget.value })}
                    error={err(name('label'))}
                  />
                  <TextInput
                    id={fieldId(name('value'))}
                    label={t('editor.figure.value')}
                    required
                    inputMode="decimal"
                    value={row.value}
                    onChange={(event) => setRow('keyFigures', index, { value: event.currentTarget.value })}
                    error={err(name('value'))}
                  />
                  <TextInput
                    id={fieldId(name('unit'))}
                    label={t('editor.figure.unit')}
                    value={row.unit}
                    onChange={(event) => setRow('keyFigures', index, { unit: event.currentTarget.value })}
                    error={err(name('unit'))}
                  />
                  <TextInput
                    id={fieldId(name('year'))}
                    label={t('editor.figure.year')}
                    inputMode="numeric"
                    value={row.year}
                    onChange={(event) => setRow('keyFigures', index, { year: event.currentTarget.value })}
                    error={err(name('year'))}
                  />
                  <TextInput
                    id={fieldId(name('sourceUrl'))}
                    label={t('editor.figure.sourceUrl')}
                    type="url"
                    value={row.sourceUrl}
                    onChange={(event) =>
                      setRow('keyFigures', index, { sourceUrl: event.currentTarget.value })
                    }
                    error={err(name('sourceUrl'))}
                  />
                  <Checkbox
                    mt="lg"
                    label={t('editor.figure.uncertain')}
                    checked={row.uncertain}
                    onChange={(event) =>
                      setRow('keyFigures', index, { uncertain: event.currentTarget.checked })
                    }
                  />
                </SimpleGrid>
                <Button
                  variant="subtle"
                  color="dark"
                  size="compact-sm"
                  mt="xs"
                  onClick={() => removeRow('keyFigures', index)}
                >
                  {t('editor.figure.remove', { n })}
                </Button>
              </Fieldset>
            );
          })}
          <Button
            variant="outline"
            onClick={() => addRow('keyFigures', { ...emptyFigure })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('editor.figure.add')}
          </Button>
        </FormSection>

        <FormSection id="evidence" title={t('editor.sections.evidence')}>
          <div id={fieldId('evidence')} tabIndex={-1} />
          {values.evidence.map((row, index) => {
            const n = index + 1;
            const name = (leaf: string) => `evidence.${index}.${leaf}`;
            return (
              <Fieldset key={index} legend={t('editor.evidenceItem.legend', { n })}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Select
                    id={fieldId(name('kind'))}
                    label={t('editor.evidenceItem.kind')}
                    data={evidenceKinds.map((kind) => ({ value: kind, label: t(`evidenceKinds.${kind}`) }))}
                    value={row.kind}
                    onChange={(value) =>
                      value && setRow('evidence', index, { kind: value as typeof row.kind })
                    }
                    allowDeselect={false}
                    error={err(name('kind'))}
                  />
                  <TextInput
                    id={fieldId(name('title'))}
                    label={t('editor.evidenceItem.title')}
                    required
                    value={row.title}
                    onChange={(event) => setRow('evidence', index, { title: event.currentTarget.value })}
                    error={err(name('title'))}
                  />
                  <TextInput
                    id={fieldId(name('url'))}
                    label={t('editor.evidenceItem.url')}
                    type="url"
                    value={row.url}
                    onChange={(event) => setRow('evidence', index, { url: event.currentTarget.value })}
                    error={err(name('url'))}
                  />
                  <TextInput
                    id={fieldId(name('year'))}
                    label={t('editor.evidenceItem.year')}
                    inputMode="numeric"
                    value={row.year}
                    onChange={(event) => setRow('evidence', index, { year: event.currentTarget.value })}
                    error={err(name('year'))}
                  />
                </SimpleGrid>
                <Button
                  variant="subtle"
                  color="dark"
                  size="compact-sm"
                  mt="xs"
                  onClick={() => removeRow('evidence', index)}
                >
                  {t('editor.evidenceItem.remove', { n })}
                </Button>
              </Fieldset>
            );
          })}
          <Button
            variant="outline"
            onClick={() => addRow('evidence', { ...emptyEvidence })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('editor.evidenceItem.add')}
          </Button>
        </FormSection>

        <FormSection id="contacts" title={t('editor.sections.contacts')}>
          <div id={fieldId('contacts')} tabIndex={-1} />
          {values.contacts.map((row, index) => {
            const n = index + 1;
            const name = (leaf: string) => `contacts.${index}.${leaf}`;
            const input = (
              leaf: 'name' | 'role' | 'email' | 'phone' | 'url',
              type = 'text',
              required = false,
            ) => (
              <TextInput
                id={fieldId(name(leaf))}
                label={t(`editor.contact.${leaf}`)}
                type={type}
                required={required}
                value={row[leaf]}
                onChange={(event) => setRow('contacts', index, { [leaf]: event.currentTarget.value })}
                error={err(name(leaf))}
              />
            );
            return (
              <Fieldset key={index} legend={t('editor.contact.legend', { n })}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  {input('name', 'text', true)}
                  {input('role')}
                  {input('email', 'email')}
                  {input('phone', 'tel')}
                  {input('url', 'url')}
                </SimpleGrid>
                <Button
                  variant="subtle"
                  color="dark"
                  size="compact-sm"
                  mt="xs"
                  onClick={() => removeRow('contacts', index)}
                >
                  {t('editor.contact.remove', { n })}
                </Button>
              </Fieldset>
            );
          })}
          <Button
            variant="outline"
            onClick={() => addRow('contacts', { ...emptyContact })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('editor.contact.add')}
          </Button>
        </FormSection>

        <FormSection id="links" title={t('editor.sections.links')}>
          <div id={fieldId('links')} tabIndex={-1} />
          {values.links.map((row, index) => {
            const n = index + 1;
            const name = (leaf: string) => `links.${index}.${leaf}`;
            return (
              <Fieldset key={index} legend={t('editor.link.legend', { n })}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <TextInput
                    id={fieldId(name('label'))}
                    label={t('editor.link.label')}
                    required
                    value={row.label}
                    onChange={(event) => setRow('links', index, { label: event.currentTarget.value })}
                    error={err(name('label'))}
                  />
                  <TextInput
                    id={fieldId(name('url'))}
                    label={t('editor.link.url')}
                    type="url"
                    required
                    value={row.url}
                    onChange={(event) => setRow('links', index, { url: event.currentTarget.value })}
                    error={err(name('url'))}
                  />
                </SimpleGrid>
                <Button
                  variant="subtle"
                  color="dark"
                  size="compact-sm"
                  mt="xs"
                  onClick={() => removeRow('links', index)}
                >
                  {t('editor.link.remove', { n })}
                </Button>
              </Fieldset>
            );
          })}
          <Button
            variant="outline"
            onClick={() => addRow('links', { ...emptyLink })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('editor.link.add')}
          </Button>
        </FormSection>

        <FormSection id="visibility" title={t('editor.sections.visibility')}>
          <Radio.Group
            id={fieldId('visibility')}
            label={t('editor.visibility')}
            value={values.visibility}
            onChange={(value) => set('visibility', value as FormValues['visibility'])}
            error={err('visibility')}
          >
            <Stack gap={6} mt={6}>
              {visibilities.map((visibility) => (
                <Radio key={visibility} value={visibility} label={t(`visibilities.${visibility}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {values.visibility === 'shared' && (
            <Fieldset id={fieldId('sharedWithOrganisationIds')} legend={t('editor.sharedWith')}>
              <Text size="sm" c="dimmed" mb={6}>
                {others.length > 0 ? t('editor.sharedWithHint') : t('editor.sharedWithNone')}
              </Text>
              <Stack gap={6}>
                {others.map((organisation) => (
                  <Checkbox
                    key={organisation.id}
                    label={organisation.name}
                    checked={values.sharedWithOrganisationIds.includes(organisation.id)}
                    onChange={(event) =>
                      set(
                        'sharedWithOrganisationIds',
                        event.currentTarget.checked
                          ? [...values.sharedWithOrganisationIds, organisation.id]
                          : values.sharedWithOrganisationIds.filter((id) => id !== organisation.id),
                      )
                    }
                  />
                ))}
              </Stack>
              {err('sharedWithOrganisationIds', true) && (
                <Text c="red.9" size="sm" mt={4}>
                  {err('sharedWithOrganisationIds', true)}
                </Text>
              )}
            </Fieldset>
          )}
        </FormSection>

        <Group gap="sm" wrap="wrap">
          <Button type="submit" loading={props.submitting}>
            {props.mode === 'create' || props.isDraft ? t('editor.saveDraft') : t('editor.save')}
          </Button>
          {(props.mode === 'create' || props.isDraft) && (
            <Button variant="outline" loading={props.submitting} onClick={() => submit('publish')}>
              {t('editor.saveAndPublish')}
            </Button>
          )}
          <Button variant="subtle" onClick={props.onCancel}>
            {t('editor.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
