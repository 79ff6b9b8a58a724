import '../i18n-runtime.ts';
import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isValidSiren } from '../../../../core/accounts/siren.ts';
import { organisationKinds } from '../api/types.ts';
import type { Organisation, OrganisationInput, OrganisationKind } from '../api/types.ts';
import { TerritoryAutocomplete } from './territory-autocomplete.tsx';
import type { ChosenTerritory } from './territory-autocomplete.tsx';

export type OrganisationValues = {
  name: string;
  kind: OrganisationKind | '';
  siren: string;
  territory: ChosenTerritory | null;
  description: string;
};

export const emptyOrganisation: OrganisationValues = {
  name: '',
  kind: '',
  siren: '',
  territory: null,
  description: '',
};

export function organisationValues(organisation: Organisation): OrganisationValues {
  return {
    name: organisation.name,
    kind: organisation.kind,
    siren: organisation.siren ?? '',
    territory: organisation.territoryCode
      ? {
          code: organisation.territoryCode,
          type: organisation.territoryType ?? null,
          name: organisation.territoryName ?? null,
        }
      : null,
    description: organisation.description ?? '',
  };
}

/** Ids and labels of the fields, for the error summary. */
export function useOrganisationFieldMap(prefix: string) {
  const { t } = useTranslation('accounts');
  return {
    name: { id: `${prefix}-name`, label: t('organisationForm.name') },
    kind: { id: `${prefix}-kind`, label: t('organisationForm.kind') },
    siren: { id: `${prefix}-siren`, label: t('organisationForm.siren') },
    territoryCode: { id: `${prefix}-territory`, label: t('organisationForm.territory') },
    description: { id: `${prefix}-description`, label: t('organisationForm.description') },
  };
}

const normaliseSiren = (value: string) => value.replace(/\s/g, '');

/** Checks made before sending (the server checks the same and more). Empty when nothing is wrong. */
export function useOrganisationCheck(): (values: OrganisationValues) => Record<string, string> {
  const { t } = useTranslation('accounts');
  return (values) => {
    const problems: Record<string, string> = {};
    if (values.name.trim() === '') problems.name = t('organisationForm.required');
    if (values.kind === '') problems.kind = t('organisationForm.required');
    const siren = normaliseSiren(values.siren);
    if (siren !== '' && !isValidSiren(siren)) problems.siren = t('organisationForm.sirenInvalid');
    return problems;
  };
}

/** The body sent to the API: empty optional fields become null. */
export function organisationInput(values: OrganisationValues): OrganisationInput {
  return {
    name: values.name.trim(),
    kind: values.kind as OrganisationKind,
    siren: normaliseSiren(values.siren) || null,
    territoryCode: values.territory?.code ?? null,
    territoryType: values.territory?.type ?? null,
    description: values.description.trim() || null,
  };
}

type OrganisationFieldsProps = {
  prefix: string;
  values: OrganisationValues;
  onChange: (values: OrganisationValues) => void;
  fieldError: (name: string) => string | undefined;
};

export function OrganisationFields({ prefix, values, onChange, fieldError }: OrganisationFieldsProps) {
  const { t } = useTranslation(['accounts', 'forms']);
  const ids = useOrganisationFieldMap(prefix);
  const set = <K extends keyof OrganisationValues>(key: K, value: OrganisationValues[K]) =>
    onChange({ ...values, [key]: value });
  const siren = normaliseSiren(values.siren);
  // The check message appears as soon as nine digits are typed, before sending.
  const sirenMessage =
    siren.length >= 9 ? (isValidSiren(siren) ? undefined : t('organisationForm.sirenInvalid')) : undefined;
  const optional = ` ${t('forms:optional')}`;

  return (
    <Stack gap="md">
      <TextInput
        id={ids.name.id}
        label={t('organisationForm.name')}
        required
        value={values.name}
        onChange={(event) => set('name', event.currentTarget.value)}
        error={fieldError('name')}
        maxLength={200}
      />
      <NativeSelect
        id={ids.kind.id}
        label={t('organisationForm.kind')}
        required
        value={values.kind}
        onChange={(event) => set('kind', event.currentTarget.value as OrganisationKind | '')}
        error={fieldError('kind')}
        data={[
          { value: '', label: t('organisationForm.kindPlaceholder'), disabled: true },
          ...organisationKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
        ]}
      />
      <TextInput
        id={ids.siren.id}
        label={`${t('organisationForm.siren')}${optional}`}
        description={
          siren.length === 9 && isValidSiren(siren)
            ? t('organisationForm.sirenValid')
            : t('organisationForm.sirenHint')
        }
        value={values.siren}
        onChange={(event) => set('siren', event.currentTarget.value)}
        error={fieldError('siren') ?? sirenMessage}
        inputMode="numeric"
        autoComplete="off"
        maxLength={11}
      />
      <TerritoryAutocomplete
        id={ids.territoryCode.id}
        value={values.territory}
        onChange={(territory) => set('territory', territory)}
        error={fieldError('territoryCode')}
        label={`${t('organisationForm.territory')}${optional}`}
      />
      <Textarea
        id={ids.description.id}
        label={`${t('organisationForm.description')}${optional}`}
        description={t('organisationForm.descriptionHint')}
        value={values.description}
        onChange={(event) => set('description', event.currentTarget.value)}
        error={fieldError('description')}
        autosize
        minRows={3}
        maxLength={2000}
      />
    </Stack>
  );
}
