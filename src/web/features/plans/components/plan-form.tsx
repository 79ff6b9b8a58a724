import '../i18n-runtime.ts';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';

/** A 409 answer: someone saved a newer version of what this form edits. */
function isConflict(error: unknown): boolean {
  return Boolean(error && typeof error === 'object' && 'status' in error && error.status === 409);
}

/**
 * The plumbing shared by the plan's forms (its own fields, one item): ids and errors by field, the error summary,
 * and the conflict state. A 409 is not a field error: the form says so in its own message and shows the saved
 * version once it is reloaded (`version` changes), so that nothing is overwritten without the editor seeing it.
 */
export function usePlanForm<V>(reset: () => V, version: number | undefined) {
  const id = useId();
  const feedback = useFormFeedback();
  const [values, setValues] = useState<V>(reset);
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    if (conflict) setValues(reset());
    // Only a new version (the reload after a conflict) replaces what the editor typed.
  }, [version]);

  const fid = (name: string) => `${id}-${name.replaceAll('.', '-')}`;
  return {
    values,
    setValues,
    feedback,
    conflict,
    fid,
    fieldProps: (name: string) => ({ id: fid(name), error: feedback.fieldError(name) }),
    /** Called before each submission: the previous errors and conflict are gone. */
    start: () => {
      feedback.clear();
      setConflict(false);
    },
    /** The mutation's error handler: a conflict (then `onConflict`), or errors by field. */
    onError: (onConflict?: () => void) => (error: unknown) => {
      if (isConflict(error)) {
        setConflict(true);
        onConflict?.();
      } else feedback.fail(error);
    },
  };
}

export type PlanForm = ReturnType<typeof usePlanForm>;

/**
 * The frame of a plan form: the conflict message (focused when it appears, like the error summary, so that keyboard
 * and screen-reader users learn of it), the error summary, the fields, then Save and Cancel.
 */
export function PlanFormFrame({
  form,
  labels,
  conflictMessage,
  pending,
  onSubmit,
  onCancel,
  children,
  mt,
}: {
  form: Pick<PlanForm, 'feedback' | 'conflict'>;
  labels: Record<string, { id: string; label: string }>;
  conflictMessage: string;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
  mt?: string;
}) {
  const { t } = useTranslation('plans');
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (form.conflict) conflictRef.current?.focus();
  }, [form.conflict]);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap="sm" mt={mt}>
        {form.conflict && (
          <Alert ref={conflictRef} tabIndex={-1} color="red" role="alert" title={t('conflictTitle')}>
            {conflictMessage}
          </Alert>
        )}
        <FormErrorSummary error={form.feedback.error} ref={form.feedback.summaryRef} fields={labels} />
        {children}
        <Group>
          <Button type="submit" loading={pending}>
            {t('save')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
