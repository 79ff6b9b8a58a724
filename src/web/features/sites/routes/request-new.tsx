import '../i18n-runtime.ts';
import '../../library/i18n-runtime.ts';
import { Alert, Button, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import { TerritoryMultiPicker, type PickedTerritory } from '../../library/components/territory-picker.tsx';
import { useKitVersion } from '../../models/api/models.ts';
import { useCreateRequest } from '../api/sites.ts';

/** « Je veux reproduire ce projet »: the request to the carrier of a published kit. */
export function Component() {
  const { t } = useTranslation('sites');
  const { modelId = '', n = '1' } = useParams();
  const kit = useKitVersion(modelId, Number(n));
  const me = useMe();
  const create = useCreateRequest();
  const feedback = useFormFeedback();
  const navigate = useNavigate();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [territories, setTerritories] = useState<PickedTerritory[]>([]);
  const [motivation, setMotivation] = useState('');
  if (!kit.data || me.isLoading) return <PageLoader />;
  if (!me.data) return <Alert>{t('signIn')}</Alert>;
  const writable = me.data.memberships.filter((m) => m.role !== 'viewer');
  const fields = {
    organisationId: { id: 'request-organisation', label: t('request.organisation') },
    name: { id: 'request-name', label: t('request.name') },
    territoryCodes: { id: 'request-territories', label: t('request.territories') },
    motivation: { id: 'request-motivation', label: t('request.motivation') },
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    feedback.clear();
    create.mutate(
      {
        modelId,
        modelVersion: Number(n),
        organisationId: organisationId ?? '',
        name,
        territoryCodes: territories.map((x) => `${x.type}:${x.code}`),
        motivation,
      },
      { onSuccess: (r) => void navigate(paths.siteRequest.getHref(r.id)), onError: feedback.fail },
    );
  };
  const territoryError = feedback.fieldError('territoryCodes') ?? feedback.fieldError('territoryCodes.0');
  return (
    <Stack maw={720}>
      <PageTitle>{t('request.title', { model: kit.data.title })}</PageTitle>
      <Text>{t('request.intro')}</Text>
      {writable.length === 0 ? (
        <Alert>{t('request.noOrganisation')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <FormErrorSummary error={feedback.error} ref={feedback.summaryRef} fields={fields} />
          <Stack>
            <Select
              id={fields.organisationId.id}
              label={fields.organisationId.label}
              required
              data={writable.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
              value={organisationId}
              onChange={setOrganisationId}
              error={feedback.fieldError('organisationId')}
            />
            <TextInput
              id={fields.name.id}
              label={fields.name.label}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={feedback.fieldError('name')}
            />
            <TerritoryMultiPicker
              id={fields.territoryCodes.id}
              label={fields.territoryCodes.label}
              types={['commune', 'epci', 'departement']}
              value={territories}
              onChange={setTerritories}
              {...(territoryError ? { error: territoryError } : {})}
            />
            <Textarea
              id={fields.motivation.id}
              label={fields.motivation.label}
              description={t('request.motivationHelp')}
              required
              autosize
              minRows={4}
              value={motivation}
              onChange={(e) => setMotivation(e.currentTarget.value)}
              error={feedback.fieldError('motivation')}
            />
            <Button type="submit" loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('request.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
