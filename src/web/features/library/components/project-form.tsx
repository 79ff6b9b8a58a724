import '../i18n-editor-runtime.ts';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client.ts';
import type { MyOrganisation } from '../api/get-my-organisations.ts';
import type { ProjectFields } from '../api/types.ts';
import { toFields } from '../lib/project-form.ts';
import type { FormValues } from '../lib/project-form.ts';
import { ContactsSection, LinksSection } from './project-form/contacts-section.tsx';
import { ErrorSummary } from './project-form/error-summary.tsx';
import { EvidenceSection, FiguresSection } from './project-form/figures-section.tsx';
import type { FormApi } from './project-form/form-layout.tsx';
import { IdentitySection } from './project-form/identity-section.tsx';
import { StageSection, TerritoriesSection } from './project-form/stage-section.tsx';
import { VisibilitySection } from './project-form/visibility-section.tsx';

/**
 * The project record's form, for a new record and for editing one: the state, the checks made before sending,
 * the error summary and the buttons live here; each section of the form is its own component (./project-form/).
 */
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

export function ProjectForm(props: Props) {
  const { t } = useTranslation(['libraryEditor', 'common']);
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

  const form: FormApi = { values, set, setRow, addRow, removeRow, err };
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
          <ErrorSummary errors={errors} otherError={otherError} summaryRef={summaryRef} />
        )}

        <IdentitySection form={form} mode={props.mode} writable={writable} />
        <StageSection form={form} />
        <TerritoriesSection form={form} />
        <FiguresSection form={form} />
        <EvidenceSection form={form} />
        <ContactsSection form={form} />
        <LinksSection form={form} />
        <VisibilitySection form={form} others={others} />

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
