import '../i18n-runtime.ts';
import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import type { Organisation } from '../api/types.ts';
import { useUpdateOrganisation } from '../api/update-organisation.ts';
import {
  OrganisationFields,
  organisationInput,
  organisationValues,
  useOrganisationCheck,
  useOrganisationFieldMap,
} from './organisation-fields.tsx';
import { notifySuccess } from '../../../components/feedback/notify.ts';

/** Owners edit the details; other members read them. */
export function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  if (organisation.myRole !== 'owner') return <ReadOnlyDetails organisation={organisation} />;
  return <DetailsForm key={organisation.version} organisation={organisation} />;
}

function ReadOnlyDetails({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation('accounts');
  const none = t('organisation.details.none');
  const rows: [string, string][] = [
    [t('organisationForm.kind'), t(`kinds.${organisation.kind}`)],
    [t('organisationForm.siren'), organisation.siren ?? none],
    [
      t('organisationForm.territory'),
      organisation.territoryCode
        ? organisation.territoryName
          ? `${organisation.territoryName} (${organisation.territoryCode})`
          : organisation.territoryCode
        : none,
    ],
    [t('organisationForm.description'), organisation.description ?? none],
  ];
  return (
    <>
      <dl style={{ margin: 0 }}>
        {rows.map(([label, value]) => (
          <div key={label} style={{ marginBottom: '0.75rem' }}>
            <Text component="dt" fw={700}>
              {label}
            </Text>
            <Text component="dd" m={0} style={{ whiteSpace: 'pre-line' }}>
              {value}
            </Text>
          </div>
        ))}
      </dl>
      <Text size="sm" c="dimmed">
        {t('organisation.details.readOnly')}
      </Text>
    </>
  );
}

function DetailsForm({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation(['accounts', 'forms']);
  const check = useOrganisationCheck();
  const update = useUpdateOrganisation(organisation.id);
  const feedback = useFormFeedback();
  const [values, setValues] = useState(() => organisationValues(organisation));
  const prefix = 'organisation-details';
  const fieldMap = useOrganisationFieldMap(prefix);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const problems = check(values);
        if (Object.keys(problems).length > 0) {
          feedback.failFields(problems, t('forms:invalid'));
          return;
        }
        update.mutate(
          { ...organisationInput(values), version: organisation.version },
          {
            onSuccess: () => {
              feedback.clear();
              notifySuccess(t('organisation.details.saved'));
            },
            onError: feedback.fail,
          },
        );
      }}
    >
      <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fieldMap} />
      <Stack gap="md">
        <OrganisationFields
          prefix={prefix}
          values={values}
          onChange={setValues}
          fieldError={feedback.fieldError}
        />
        <div>
          <Button type="submit" loading={update.isPending}>
            {t('organisation.details.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
