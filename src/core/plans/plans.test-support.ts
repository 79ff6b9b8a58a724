// Shared inputs of the plan tests: a small two-dimension instrument, a diagnostic result and its plan draft.
import type { Instrument } from '../diagnostics/instrument.schemas.ts';
import type { DiagnosticResult, Trace } from '../diagnostics/scoring.ts';
import { derivePlanDraft, type VigilanceInfo } from './derive.ts';
import type { AnyItem } from './plan.types.ts';

export const t = (fr: string, en = fr) => ({ fr, en });
const yesno = (id: string) => ({
  id,
  type: 'yesno',
  text: t(`Question ${id} ?`, `Question ${id}?`),
  help: t('aide'),
  sources: ['avise'],
});

export const instrument = {
  id: 'carrier-readiness',
  version: 1,
  dimensions: [
    {
      id: 'capacity',
      title: t('Capacité du porteur', 'Carrier capacity'),
      description: t('Temps et équipe'),
      weight: 1,
      sources: ['avise'],
      questions: [yesno('capacity.leader-time'), yesno('capacity.team-stability')],
    },
    {
      id: 'economics',
      title: t('Coûts', 'Costs'),
      description: t('Argent'),
      weight: 1,
      sources: ['avise'],
      questions: [yesno('economics.main-funder-share'), yesno('economics.after-pilot')],
    },
  ],
} as unknown as Instrument;

const trace = (ruleId: string, questionIds: string[]): Trace => ({
  ruleId,
  questionIds,
  dimensionIds: [],
  answers: [],
  explanation: t('parce que'),
});

export function result(over: Partial<DiagnosticResult> = {}): DiagnosticResult {
  return {
    engineVersion: 1,
    instrumentId: 'carrier-readiness',
    instrumentVersion: 1,
    dimensions: [
      { id: 'capacity', score: 20, level: 'weak', coverage: 1, answered: 2, unknownCount: 0, gaps: [] },
      {
        id: 'economics',
        score: 80,
        level: 'strong',
        coverage: 0.5,
        answered: 1,
        unknownCount: 1,
        gaps: ['economics.after-pilot'],
      },
    ],
    overall: { score: 50, coverage: 0.75 },
    verdict: { id: 'prepare-first', reasons: [] },
    strategies: [
      { id: 'essaimage-souple', score: 70, points: 70, reasons: [] },
      { id: 'franchise', score: 40, points: 40, reasons: [] },
    ],
    situations: [{ id: 'spread-adapted', score: 60, reasons: [] }],
    vigilance: [
      { id: 'single-funder', reasons: [trace('vigilance.single-funder', ['economics.main-funder-share'])] },
    ],
    nextActions: [
      {
        id: 'write-model',
        text: t('Écrire le modèle', 'Write the model'),
        reasons: [trace('next.write-model', ['capacity.leader-time'])],
      },
    ],
    gaps: ['economics.after-pilot'],
    ...over,
  };
}

export const vigilance: VigilanceInfo[] = [
  {
    id: 'single-funder',
    category: 'brake',
    title: t('Dépendre d’un seul financeur', 'Depending on a single funder'),
    explanation: t('Un seul financeur.'),
    actions: [t('Diversifier.', 'Diversify.')],
  },
];

export const draftOf = (r: DiagnosticResult, lang: 'fr' | 'en' = 'fr') =>
  derivePlanDraft({
    diagnosticId: 'd1',
    result: r,
    instrument,
    vigilance,
    lang,
    answers: { 'capacity.leader-time': { choice: 'no' }, 'capacity.team-stability': { choice: 'yes' } },
  });
export const item = (over: Partial<AnyItem> & Pick<AnyItem, 'kind' | 'details'>): AnyItem =>
  ({
    title: 'x',
    description: '',
    status: 'en-cours',
    startDate: null,
    dueDate: null,
    sourceRef: null,
    ...over,
  }) as AnyItem;
