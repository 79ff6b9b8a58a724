/**
 * A scaling plan as a document, in one language, shared by the PDF (Typst), Word and CSV renderers: the server
 * builds it from the plan (src/server/plans/plans.export.ts); the renderers only lay it out.
 */
export interface PlanDocumentItem {
  id: string;
  kind: 'prerequisite' | 'risk' | 'safeguard' | 'milestone' | 'budget-line' | 'partner';
  title: string;
  description: string;
  owner: string;
  startDate: string;
  dueDate: string;
  status: string;
  /** Kind-specific columns, already labelled and formatted. */
  fields: { label: string; value: string }[];
}

export interface PlanDocument {
  lang: 'fr' | 'en';
  title: string;
  projectTitle: string;
  /** Formatted in the document's language. */
  date: string;
  status: string;
  situation: string;
  strategy: string;
  ranking: { title: string; score: number }[];
  summary: string;
  objectives: { label: string; target: string; date: string }[];
  items: PlanDocumentItem[];
  budget: {
    total: string;
    investment: string;
    running: string;
    funded: string;
    unfunded: string;
    unfundedShare: string;
  };
  /** Rows from the highest likelihood down, columns from the lowest impact up: risk titles in each cell. */
  riskMatrix: string[][][];
}

export const PLAN_WORDS = {
  fr: {
    plan: 'Feuille de route du changement d’échelle',
    project: 'Projet',
    date: 'Date',
    status: 'État',
    situation: 'Situation',
    strategy: 'Stratégie retenue',
    ranking: 'Classement des stratégies par le diagnostic',
    summary: 'Résumé',
    objectives: 'Objectifs',
    target: 'Cible',
    sections: {
      prerequisite: 'Prérequis',
      risk: 'Risques',
      safeguard: 'Garde-fous pour le projet d’origine',
      milestone: 'Jalons',
      'budget-line': 'Budget',
      partner: 'Partenaires',
    },
    title: 'Intitulé',
    owner: 'Responsable',
    start: 'Début',
    due: 'Échéance',
    kind: 'Type',
    description: 'Description',
    matrix: 'Matrice des risques',
    matrixCaption:
      'Risques ouverts selon leur probabilité (lignes) et leur impact (colonnes). Les mêmes risques figurent dans le tableau des risques.',
    likelihood: 'Probabilité',
    impact: 'Impact',
    levels: ['faible', 'moyen', 'fort'],
    total: 'Total',
    investment: 'Investissement',
    running: 'Fonctionnement',
    funded: 'Financé (accordé)',
    unfunded: 'Reste à financer',
    unfundedShare: 'Part non financée',
    none: 'Aucun.',
    footer: 'Essaim : outil libre d’aide au changement d’échelle',
  },
  en: {
    plan: 'Scaling plan',
    project: 'Project',
    date: 'Date',
    status: 'Status',
    situation: 'Situation',
    strategy: 'Chosen strategy',
    ranking: 'Strategies as ranked by the diagnostic',
    summary: 'Summary',
    objectives: 'Objectives',
    target: 'Target',
    sections: {
      prerequisite: 'Prerequisites',
      risk: 'Risks',
      safeguard: 'Safeguards for the original project',
      milestone: 'Milestones',
      'budget-line': 'Budget',
      partner: 'Partners',
    },
    title: 'Title',
    owner: 'Owner',
    start: 'Start',
    due: 'Due',
    kind: 'Kind',
    description: 'Description',
    matrix: 'Risk matrix',
    matrixCaption:
      'Open risks by likelihood (rows) and impact (columns). The same risks are in the table of risks.',
    likelihood: 'Likelihood',
    impact: 'Impact',
    levels: ['low', 'medium', 'high'],
    total: 'Total',
    investment: 'Investment',
    running: 'Running costs',
    funded: 'Funded (granted)',
    unfunded: 'Still to fund',
    unfundedShare: 'Unfunded share',
    none: 'None.',
    footer: 'Essaim: free software for scaling up social innovation',
  },
} as const;

export const SECTION_ORDER = [
  'prerequisite',
  'risk',
  'safeguard',
  'milestone',
  'budget-line',
  'partner',
] as const;
