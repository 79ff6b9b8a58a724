import '../i18n-runtime.ts';
import '../../library/i18n-runtime.ts';
import { Alert, Anchor, Button, NativeSelect, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormErrorSummary } from '../../../components/forms/form-error-summary.tsx';
import { useFormFeedback } from '../../../components/forms/use-form-feedback.ts';
import { PageLoader } from '../../../components/layout/page-loader.tsx';
import { PageTitle } from '../../../components/layout/page-title.tsx';
import { paths } from '../../../config/paths.ts';
import { useMe } from '../../accounts/api/get-me.ts';
import { TerritoryMultiPicker, type PickedTerritory } from '../../library/components/territory-picker.tsx';
import { useKitVersion } from '../../models/api/models.ts';
import { useCreateRequest, useFitDiagnostics, type FitDiagnostic } from '../api/sites.ts';

/**
 * One of the organisation's completed replicator-fit diagnostics, or none: the carrier reads its summary with the
 * request. Only completed ones are offered (a draft has no verdict to read).
 */
function DiagnosticPicker({
  id,
  label,
  organisationId,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  organisationId: string | null;
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation('sites');
  const list = useFitDiagnostics(organisationId);
  const date = (d: FitDiagnostic) =>
    d.completedAt ? new Date(d.completedAt).toLocaleDateString(i18n.resolvedLanguage) : '';
  const options = (list.data ?? []).map((d) => ({
    value: d.id,
    label: t('request.diagnosticOption', { title: d.title, date: date(d) }),
  }));
  const description = !organisationId
    ? t('request.diagnosticChooseOrganisation')
    : list.data && list.data.length === 0
      ? t('request.diagnosticNone')
      : t('request.diagnosticHelp');
  return (
    <Stack gap={4}>
      <NativeSelect
        id={id}
        label={label}
        description={description}
        disabled={!organisationId || !list.data || list.data.length === 0}
        data={[{ value: '', label: t('request.diagnosticWithout') }, ...options]}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
      />
      {list.data?.length === 0 && (
        <Anchor component={Link} to={paths.diagnostics.getHref()} size="sm">
          {t('request.diagnosticStart')}
        </Anchor>
      )}
    </Stack>
  );
}

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
  const [diagnosticId, setDiagnosticId] = useState('');
  if (!kit.data || me.isLoading) return <PageLoader />;
  if (!me.data) return <Alert>{t('signIn')}</Alert>;
  const writable = me.data.memberships.filter((m) => m.role !== 'viewer');
  const fields = {
    organisationId: { id: 'request-organisation', label: t('request.organisation') },
    name: { id: 'request-name', label: t('request.name') },
    territoryCodes: { id: 'request-territories', label: t('request.territories') },
    motivation: { id: 'request-motivation', label: t('request.motivation') },
    diagnosticId: { id: 'request-diagnostic', label: t('request.diagnosticPick') },
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
        diagnosticId: diagnosticId || null,
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
              onChange={(value) => {
                setOrganisationId(value);
                // A diagnostic belongs to one organisation: changing it clears the choice.
                setDiagnosticId('');
              }}
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
            <DiagnosticPicker
              id={fields.diagnosticId.id}
              label={fields.diagnosticId.label}
              organisationId={organisationId}
              value={diagnosticId}
              onChange={setDiagnosticId}
              error={feedback.fieldError('diagnosticId')}
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
