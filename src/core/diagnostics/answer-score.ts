import { checkAnswer } from './answers.schemas.ts';
import type { AnswerValue } from './answers.schemas.ts';
import { DEFAULT_YES_NO_SCORES, isScoredQuestion } from './question.schemas.ts';
import type { DimensionLevel, LocalizedText } from './instrument-vocabulary.ts';
import type { Question } from './question.schemas.ts';
import type { Instrument } from './instrument.schemas.ts';

/** One answer: whether it is known, its score, its plain-words summary, and what a dimension score means. */

const YES_NO_LABELS: Record<string, LocalizedText> = {
  yes: { fr: 'Oui', en: 'Yes' },
  partly: { fr: 'En partie', en: 'Partly' },
  no: { fr: 'Non', en: 'No' },
};
const UNKNOWN_LABEL: LocalizedText = { fr: 'Je ne sais pas', en: 'I don’t know' };
const MISSING_LABEL: LocalizedText = { fr: 'Sans réponse', en: 'No answer' };

/** The answer if it is known and fits its question; null for « je ne sais pas », a missing or an unfit value. */
export function knownAnswer(question: Question, value: AnswerValue | undefined): AnswerValue | null {
  if (value === undefined || 'unknown' in value) return null;
  return checkAnswer(question, value) === null ? value : null;
}

/** Score 0..100 of a known answer to a scored question; null otherwise. */
export function scoreQuestion(question: Question, value: AnswerValue | undefined): number | null {
  const known = knownAnswer(question, value);
  if (known === null || !isScoredQuestion(question)) return null;
  switch (question.type) {
    case 'scale':
      return 'choice' in known ? (question.levels.find((l) => l.id === known.choice)?.score ?? null) : null;
    case 'yesno': {
      if (!('choice' in known)) return null;
      const scores = question.scores ?? DEFAULT_YES_NO_SCORES;
      return known.choice === 'yes' || known.choice === 'partly' || known.choice === 'no'
        ? scores[known.choice]
        : null;
    }
    case 'single':
      return 'choice' in known ? (question.options.find((o) => o.id === known.choice)?.score ?? null) : null;
    case 'multiple': {
      if (!('choices' in known)) return null;
      const sum = question.options
        .filter((o) => known.choices.includes(o.id))
        .reduce((s, o) => s + (o.score ?? 0), 0);
      return Math.min(100, sum);
    }
    case 'text':
      return null;
  }
}

/** The answer as the user would read it in a « pourquoi ? » panel. */
export function summarizeAnswer(question: Question, value: AnswerValue | undefined): LocalizedText {
  if (value !== undefined && 'unknown' in value) return UNKNOWN_LABEL;
  const known = knownAnswer(question, value);
  if (known === null) return MISSING_LABEL;
  if ('text' in known) {
    const short = known.text.length > 120 ? `${known.text.slice(0, 119)}…` : known.text;
    return { fr: short, en: short };
  }
  const labels = (ids: string[]): LocalizedText[] => {
    switch (question.type) {
      case 'scale':
        return question.levels.filter((l) => ids.includes(l.id)).map((l) => l.label);
      case 'yesno':
        return ids.map((id) => YES_NO_LABELS[id]);
      case 'single':
      case 'multiple':
        return question.options.filter((o) => ids.includes(o.id)).map((o) => o.label);
      case 'text':
        return [];
    }
  };
  const list = labels('choice' in known ? [known.choice] : 'choices' in known ? known.choices : []);
  return { fr: list.map((l) => l.fr).join(' ; '), en: list.map((l) => l.en).join('; ') };
}

export function levelOf(instrument: Instrument, score: number | null, coverage: number): DimensionLevel {
  if (score === null) return 'unknown';
  const t = instrument.rules.levels;
  const level: DimensionLevel =
    score >= t.strong ? 'strong' : score >= t.solid ? 'solid' : score >= t.fragile ? 'fragile' : 'weak';
  // A score resting on a few answers says little: with too many gaps, it cannot claim more than fragile.
  if (coverage < t.minCoverageAboveFragile && (level === 'solid' || level === 'strong')) return 'fragile';
  return level;
}

export function isGap(question: Question, value: AnswerValue | undefined): boolean {
  if (value !== undefined && 'unknown' in value) return true;
  if (knownAnswer(question, value) !== null) return false;
  return !(value === undefined && question.optional === true);
}
