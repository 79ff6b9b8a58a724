/**
 * Demo content of the library: the ids and the organisations. The three reference cases are in
 * library.demo.case-studies.ts (one file per case), the fictional projects in library.demo.fictional.ts.
 */
export const DEMO_ORGANISATION_IDS = {
  auraEe: 'de0a0000-0000-4000-8000-000000000001',
  centralesVillageoises: 'de0a0000-0000-4000-8000-000000000002',
  eauBassinRennais: 'de0a0000-0000-4000-8000-000000000003',
  terresDeSources: 'de0a0000-0000-4000-8000-000000000004',
  compagnonsBatisseursCvl: 'de0a0000-0000-4000-8000-000000000005',
  reseauFictif: 'de0a0000-0000-4000-8000-000000000006',
  communeFictive: 'de0a0000-0000-4000-8000-000000000007',
  cooperativeFictive: 'de0a0000-0000-4000-8000-000000000008',
  intercoFictive: 'de0a0000-0000-4000-8000-000000000009',
} as const;

export const DEMO_PROJECT_IDS = {
  centralesVillageoises: 'de0b0000-0000-4000-8000-000000000001',
  terresDeSources: 'de0b0000-0000-4000-8000-000000000002',
  bricobus: 'de0b0000-0000-4000-8000-000000000003',
} as const;

/** Fictional projects get ids de0c0000-…-0000000000NN (NN from 01), in the order of FICTIONAL_PROJECTS. */
export function fictionalProjectId(index: number): string {
  return `de0c0000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;
}

export const DEMO_ORGANISATIONS: {
  id: string;
  name: string;
  kind: 'association' | 'epci' | 'cooperative' | 'commune' | 'other';
  territoryCode: string | null;
  territoryType: 'commune' | 'epci' | 'departement' | 'region' | null;
  description: string;
}[] = [
  {
    id: DEMO_ORGANISATION_IDS.auraEe,
    name: 'Auvergne-Rhône-Alpes Énergie Environnement (AURA-EE)',
    kind: 'association',
    territoryCode: '84',
    territoryType: 'region',
    description:
      'Agence régionale de l’énergie et de l’environnement (anciennement Rhônalpénergie-Environnement), à l’origine de l’expérimentation des Centrales Villageoises.',
  },
  {
    id: DEMO_ORGANISATION_IDS.centralesVillageoises,
    name: 'Association nationale des Centrales Villageoises',
    kind: 'association',
    territoryCode: '84',
    territoryType: 'region',
    description:
      'Réseau des sociétés locales de production d’énergie renouvelable citoyenne, créé le 17 mars 2018.',
  },
  {
    id: DEMO_ORGANISATION_IDS.eauBassinRennais,
    name: 'Collectivité Eau du Bassin Rennais',
    kind: 'epci',
    territoryCode: '35',
    territoryType: 'departement',
    description: 'Syndicat de production et de distribution d’eau potable du bassin rennais.',
  },
  {
    id: DEMO_ORGANISATION_IDS.terresDeSources,
    name: 'SCIC Terres de Sources',
    kind: 'cooperative',
    territoryCode: '35',
    territoryType: 'departement',
    description:
      'Société coopérative d’intérêt collectif créée le 24 février 2022, qui attribue le label Terres de Sources.',
  },
  {
    id: DEMO_ORGANISATION_IDS.compagnonsBatisseursCvl,
    name: 'Compagnons Bâtisseurs Centre-Val de Loire',
    kind: 'association',
    territoryCode: '24',
    territoryType: 'region',
    description:
      'Association d’auto-réhabilitation accompagnée, membre du mouvement des Compagnons Bâtisseurs.',
  },
  {
    id: DEMO_ORGANISATION_IDS.reseauFictif,
    name: 'Réseau fictif des initiatives locales (démonstration)',
    kind: 'association',
    territoryCode: null,
    territoryType: null,
    description: 'Organisation fictive qui porte les projets de démonstration.',
  },
  {
    id: DEMO_ORGANISATION_IDS.communeFictive,
    name: 'Commune fictive de Val-Démo (démonstration)',
    kind: 'commune',
    territoryCode: null,
    territoryType: null,
    description: 'Organisation fictive de démonstration.',
  },
  {
    id: DEMO_ORGANISATION_IDS.cooperativeFictive,
    name: 'Coopérative fictive Les Essaims (démonstration)',
    kind: 'cooperative',
    territoryCode: null,
    territoryType: null,
    description: 'Organisation fictive de démonstration.',
  },
  {
    id: DEMO_ORGANISATION_IDS.intercoFictive,
    name: 'Communauté de communes fictive du Plateau (démonstration)',
    kind: 'epci',
    territoryCode: null,
    territoryType: null,
    description: 'Organisation fictive de démonstration.',
  },
];
