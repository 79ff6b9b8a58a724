/**
 * The names a model's blocks and licences are shown under. They are kept apart from `model.schemas.ts` (which
 * re-exports them) because that module builds zod schemas when it loads: a web page that only needs a label would
 * otherwise download and run zod.
 */

export const LICENCES = [
  'CC-BY',
  'CC-BY-SA',
  'CC-BY-NC',
  'CC-BY-NC-SA',
  'CC0',
  'Licence-Ouverte-2.0',
  'all-rights-reserved',
] as const;
export type Licence = (typeof LICENCES)[number];
export const LICENCE_LABELS: Record<Licence, { fr: string; en: string; url: string | null }> = {
  'CC-BY': {
    fr: 'Creative Commons Attribution 4.0 (CC BY)',
    en: 'Creative Commons Attribution 4.0 (CC BY)',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  'CC-BY-SA': {
    fr: 'Creative Commons Attribution – Partage dans les mêmes conditions 4.0 (CC BY-SA)',
    en: 'Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA)',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC-BY-NC': {
    fr: 'Creative Commons Attribution – Pas d’utilisation commerciale 4.0 (CC BY-NC)',
    en: 'Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC)',
    url: 'https://creativecommons.org/licenses/by-nc/4.0/',
  },
  'CC-BY-NC-SA': {
    fr: 'Creative Commons Attribution – Pas d’utilisation commerciale – Partage dans les mêmes conditions 4.0 (CC BY-NC-SA)',
    en: 'Creative Commons Attribution-NonCommercial-ShareAlike 4.0 (CC BY-NC-SA)',
    url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  },
  CC0: {
    fr: 'Domaine public (CC0 1.0)',
    en: 'Public domain (CC0 1.0)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
  'Licence-Ouverte-2.0': {
    fr: 'Licence Ouverte 2.0 (Etalab)',
    en: 'Open Licence 2.0 (Etalab)',
    url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  },
  'all-rights-reserved': { fr: 'Tous droits réservés', en: 'All rights reserved', url: null },
};

/** How well an element's effect is known: told by those who run it, observed on several sites, measured, or evaluated by a third party. */
export const EVIDENCE_LEVELS = ['anecdotal', 'observed', 'measured', 'evaluated'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

export const PREREQUISITE_CATEGORIES = [
  'carrier',
  'partners',
  'resources',
  'public-support',
  'other',
] as const;
/** The blocks, in the order of the editor, the exports and the diff. */
export const BLOCKS = [
  'identity',
  'elements',
  'prerequisites',
  'phases',
  'roles',
  'support',
  'commitments',
  'figures',
  'pitfalls',
  'faq',
  'links',
  'licence',
] as const;
export type BlockName = (typeof BLOCKS)[number];

export const BLOCK_TITLES: Record<BlockName, { fr: string; en: string }> = {
  identity: { fr: 'Identité', en: 'Identity' },
  elements: { fr: 'Éléments fixes et adaptables', en: 'Fixed and adaptable elements' },
  prerequisites: { fr: 'Prérequis pour un territoire d’accueil', en: 'Prerequisites for a host territory' },
  phases: { fr: 'Étapes', en: 'Steps' },
  roles: { fr: 'Rôles', en: 'Roles' },
  support: { fr: 'Accompagnement proposé', en: 'Support offered' },
  commitments: { fr: 'Engagements demandés', en: 'Commitments asked' },
  figures: { fr: 'Chiffres clés', en: 'Key figures' },
  pitfalls: { fr: 'Pièges à éviter', en: 'Pitfalls' },
  faq: { fr: 'Questions fréquentes', en: 'Frequently asked questions' },
  links: { fr: 'Liens', en: 'Links' },
  licence: { fr: 'Licence', en: 'Licence' },
};
