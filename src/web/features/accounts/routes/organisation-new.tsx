import '../i18n-runtime.ts';
import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useCreateOrganisation } from '../api/create-organisation.ts';
import {
  emptyOrganisation,
  OrganisationFields,
  organisationInput,
  useOrganisationCheck,
  useOrganisationFieldMap,
} from '../components/organisation-fields.tsx';
import { SignedInOnly } from '../components/signed-in-only.tsx';
import { notifySuccess } from '../../../components/feedback/notify.ts';

function NewOrganisationPage() {
  const { t } = useTranslation(['accounts', 'forms']);
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  const feedback = useFormFeedback();
  const [values, setValues] = useState(emptyOrganisation);
  const check = useOrganisationCheck();
  const fieldMap = useOrganisationFieldMap('organisation-new');

  return (
    <Stack maw={640} gap="md">
      <PageTitle>{t('organisationNew.title')}</PageTitle>
      <Text>{t('organisationNew.intro')}</Text>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const problems = check(values);
          if (Object.keys(problems).length > 0) {
            feedback.failFields(problems, t('forms:invalid'));
            return;
          }
          create.mutate(organisationInput(values), {
            onSuccess: (organisation) => {
              notifySuccess(t('organisationNew.created', { name: organisation.name }));
              void navigate(paths.organisation.getHref(organisation.id));
            },
            onError: feedback.fail,
          });
        }}
      >
        <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fieldMap} />
        <OrganisationFields
          prefix="organisation-new"
          values={values}
          onChange={setValues}
          fieldError={feedback.fieldError}
        />
        <Button type="submit" mt="lg" loading={create.isPending}>
          {t('organisationNew.submit')}
        </Button>
      </form>
    </Stack>
  );
}

export function Component() {
  return <SignedInOnly>{() => <NewOrganisationPage />}</SignedInOnly>;
}
