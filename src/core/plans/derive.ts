import type { Answers } from '../diagnostics/answers.schemas.ts';
import type { Question } from '../diagnostics/question.schemas.ts';
import type { Instrument } from '../diagnostics/instrument.schemas.ts';
import { listQuestions } from '../diagnostics/instrument.schemas.ts';
import type { DiagnosticResult } from '../diagnostics/scoring.ts';
import { scoreQuestion } from '../diagnostics/scoring.ts';
import type { AnyItem, Level, LocalizedText, SafeguardArea, SourceRef } from './plan.types.ts';

/**
 * From a completed diagnostic to a plan draft: the prerequisites come from the gaps, the weak dimensions and the
 * next actions; the risks from the vigilance points; the safeguards protect the original pilot. Every item keeps
 * the diagnostic answers (or rule) it came from, so that « pourquoi ? » is always answerable and a later diagnostic
 * can tell which items are still needed.
 */

/** The part of a vigilance point of the method content that a plan needs. */
export interface VigilanceInfo {
  id: string;
  category: string;
  title: LocalizedText;
  explanation: LocalizedText;
  actions: LocalizedText[];
}

export interface DeriveInput {
  diagnosticId: string;
  result: DiagnosticResult;
  instrument: Instrument;
  /** The answers, to point each weak dimension at the weakest answers (optional). */
  answers?: Answers;
  vigilance: readonly VigilanceInfo[];
  lang: 'fr' | 'en';
}

export interface PlanDraft {
  situation: string | null;
  strategy: string | null;
  /** The diagnostic's ranking, best first, shown next to the choice. */
  strategyRanking: { id: string; score: number }[];
  items: AnyItem[];
}

const WEAK_LEVELS = new Set(['weak', 'fragile']);
/** A weak answer: below this score it is what makes its dimension weak. */
const WEAK_ANSWER = 50;

/** Impact suggested by the kind of vigilance point: a missing prerequisite or a brake hits harder than a difficulty. */
const IMPACT_BY_CATEGORY: Record<string, Level> = { prerequisite: 3, brake: 3, condition: 2, difficulty: 2 };

const SAFEGUARDS: {
  area: SafeguardArea;
  questions: string[];
  title: LocalizedText;
  indicator: LocalizedText;
  threshold: LocalizedText;
}[] = [
  {
    area: 'team-time',
    questions: [
      'capacity.leader-time',
      'capacity.team-stability',
      'capacity.key-person',
      'delivery.double-activity',
    ],
    title: { fr: 'Préserver le temps de l’équipe du pilote', en: 'Protect the pilot team’s time' },
    indicator: {
      fr: 'Heures par semaine consacrées au pilote par l’équipe',
      en: 'Hours a week the team spends on the pilot',
    },
    threshold: {
      fr: 'Baisse de plus de 20 % sur un trimestre',
      en: 'A drop of more than 20% over a quarter',
    },
  },
  {
    area: 'funding',
    questions: [
      'economics.main-funder-share',
      'economics.after-pilot',
      'economics.revenue-mix',
      'capacity.financial-health',
    ],
    title: { fr: 'Garder le financement du pilote', en: 'Keep the pilot’s funding' },
    indicator: {
      fr: 'Part du budget du pilote couverte par des financements acquis',
      en: 'Share of the pilot’s budget covered by secured funding',
    },
    threshold: {
      fr: 'Moins de 80 % à six mois de l’échéance',
      en: 'Under 80% six months before the deadline',
    },
  },
  {
    area: 'quality',
    questions: ['learning.indicators', 'governance.quality-follow-up', 'evidence.results'],
    title: { fr: 'Maintenir la qualité du service rendu', en: 'Keep the quality of the service' },
    indicator: {
      fr: 'Satisfaction des personnes accompagnées et indicateurs de résultat du pilote',
      en: 'Satisfaction of the people served and the pilot’s outcome indicators',
    },
    threshold: {
      fr: 'Recul d’un indicateur clé deux périodes de suite',
      en: 'A key indicator falling two periods in a row',
    },
  },
  {
    area: 'territory',
    questions: ['alliances.shared-territory', 'politics.elected-support', 'alliances.partners-support'],
    title: {
      fr: 'Entretenir les relations avec le territoire d’origine',
      en: 'Look after relations with the home territory',
    },
    indicator: {
      fr: 'Rencontres avec les élus et partenaires locaux par trimestre',
      en: 'Meetings with local elected officials and partners each quarter',
    },
    threshold: { fr: 'Aucune rencontre pendant un trimestre', en: 'No meeting for a quarter' },
  },
];

function ref(diagnosticId: string, key: string, questionIds: string[], ruleId?: string): SourceRef {
  return ruleId === undefined
    ? { diagnosticId, key, questionIds }
    : { diagnosticId, key, questionIds, ruleId };
}

const base = { description: '', status: 'en-cours' as const, startDate: null, dueDate: null };

export function derivePlanDraft(input: DeriveInput): PlanDraft {
  const { diagnosticId, result, instrument, lang } = input;
  const questions = listQuestions(instrument);
  const questionById = new Map<string, Question>(questions.map((q) => [q.id, q]));
  const items: AnyItem[] = [];
  const seen = new Set<string>();
  const push = (item: AnyItem) => {
    if (item.sourceRef && seen.has(item.sourceRef.key)) return;
    if (item.sourceRef) seen.add(item.sourceRef.key);
    items.push(item);
  };

  // Prerequisites: the next actions the diagnostic recommends, then each weak dimension, then each gap.
  for (const action of result.nextActions) {
    const trace = action.reasons[0];
    push({
      ...base,
      kind: 'prerequisite',
      title: action.text[lang],
      details: {},
      sourceRef: ref(
        diagnosticId,
        `action:${action.id}`,
        [...new Set(action.reasons.flatMap((r) => r.questionIds))],
        trace?.ruleId,
      ),
    });
  }
  for (const dimension of result.dimensions) {
    if (!WEAK_LEVELS.has(dimension.level)) continue;
    const definition = instrument.dimensions.find((d) => d.id === dimension.id);
    if (!definition) continue;
    const weakest = definition.questions
      .filter((q) => {
        const score = input.answers ? scoreQuestion(q, input.answers[q.id]) : null;
        return score !== null && score < WEAK_ANSWER;
      })
      .map((q) => q.id);
    push({
      ...base,
      kind: 'prerequisite',
      title: lang === 'fr' ? `Renforcer : ${definition.title.fr}` : `Strengthen: ${definition.title.en}`,
      description: definition.description[lang],
      details: {},
      sourceRef: ref(
        diagnosticId,
        `dimension:${dimension.id}`,
        weakest.length > 0 ? weakest : definition.questions.map((q) => q.id),
        `dimension.${dimension.level}`,
      ),
    });
  }
  for (const gap of result.gaps) {
    const question = questionById.get(gap);
    if (!question) continue;
    push({
      ...base,
      kind: 'prerequisite',
      title:
        lang === 'fr' ? `Trouver la réponse : ${question.text.fr}` : `Find the answer: ${question.text.en}`,
      details: {},
      sourceRef: ref(diagnosticId, `gap:${gap}`, [gap], 'gap'),
    });
  }

  // Risks: one per vigilance point raised, its likelihood from the number of answers that raised it.
  const vigilanceById = new Map(input.vigilance.map((v) => [v.id, v]));
  for (const raised of result.vigilance) {
    const info = vigilanceById.get(raised.id);
    const questionIds = [...new Set(raised.reasons.flatMap((r) => r.questionIds))];
    const likelihood: Level = raised.reasons.length >= 2 || questionIds.length >= 3 ? 3 : 2;
    push({
      ...base,
      kind: 'risk',
      title: info ? info.title[lang] : raised.id,
      description: info ? info.explanation[lang] : '',
      details: {
        likelihood,
        impact: IMPACT_BY_CATEGORY[info?.category ?? ''] ?? 2,
        mitigation: info ? info.actions.map((a) => a[lang]).join('\n') : '',
      },
      sourceRef: ref(diagnosticId, `vigilance:${raised.id}`, questionIds, raised.reasons[0]?.ruleId),
    });
  }

  // Safeguards of the original pilot: always the four, linked to the answers that speak of them.
  for (const s of SAFEGUARDS) {
    push({
      ...base,
      kind: 'safeguard',
      title: s.title[lang],
      details: { area: s.area, indicator: s.indicator[lang], threshold: s.threshold[lang] },
      sourceRef: ref(
        diagnosticId,
        `safeguard:${s.area}`,
        s.questions.filter((id) => questionById.has(id)),
      ),
    });
  }

  return {
    situation: result.situations[0]?.id ?? null,
    strategy: result.strategies[0]?.id ?? null,
    strategyRanking: result.strategies.map((s) => ({ id: s.id, score: s.score })),
    items,
  };
}
