import type { TFunction } from 'i18next';
import type { FacetKey } from './search-params.ts';
import { departementNames, regionNames } from './territory-names.ts';

/** The words shown for a facet value (themes, phases… are ids; areas are INSEE codes). */
export function facetValueLabel(
  t: TFunction<'library'>,
  key: FacetKey,
  value: string,
  serverLabel?: string,
): string {
  switch (key) {
    case 'theme':
      return t(`themes.${value}` as 'themes.energy', { defaultValue: serverLabel ?? value });
    case 'phase':
      return t(`phases.${value}` as 'phases.idee', { defaultValue: serverLabel ?? value });
    case 'situation':
      return t(`situations.${value}` as 'situations.widen-public', { defaultValue: serverLabel ?? value });
    case 'organisationKind':
      return t(`organisationKinds.${value}` as 'organisationKinds.other', {
        defaultValue: serverLabel ?? value,
      });
    case 'hasKit':
      return value === 'true' || value === '1' ? t('hasKit.true') : t('hasKit.false');
    case 'region':
      return regionNames[value] ?? serverLabel ?? value;
    case 'departement':
      return departementNames[value] ?? serverLabel ?? value;
  }
}
