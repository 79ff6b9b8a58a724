import type { AnswerValue, Answers, Instrument, Question } from '../api/types.ts';

export function isUnknown(value: AnswerValue | undefined): boolean {
  return value !== undefined && 'unknown' in value;
}

export function choiceOf(value: AnswerValue | undefined): string | undefined {
  return value && 'choice' in value ? value.choice : undefined;
}

export function choicesOf(value: AnswerValue | undefined): string[] {
  return value && 'choices' in value ? value.choices : [];
}

export function textOf(value: AnswerValue | undefined): string {
  return value && 'text' in value ? value.text : '';
}

/** Whether a question counts as answered (« je ne sais pas » included; an empty text or selection does not). */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if ('unknown' in value) return true;
  if ('choice' in value) return value.choice !== '';
  if ('choices' in value) return value.choices.length > 0;
  return value.text.trim() !== '';
}

/** The questions still without an answer, optional ones excepted (what completing would refuse). */
export function missingQuestions(instrument: Instrument, answers: Answers): Question[] {
  return instrument.dimensions
    .flatMap((d) => d.questions)
    .filter((q) => !q.optional && !isAnswered(answers[q.id]));
}

/** The question and its dimension's position (1-based step), for links to a gap. */
export function locateQuestion(
  instrument: Instrument,
  questionId: string,
): { question: Question; step: number } | undefined {
  for (const [index, dimension] of instrument.dimensions.entries()) {
    const question = dimension.questions.find((q) => q.id === questionId);
    if (question) return { question, step: index + 1 };
  }
  return undefined;
}
