import { z } from 'zod';
import {
  DottedIdSchema,
  KebabIdSchema,
  LocalizedTextSchema,
  ScoreSchema,
  SituationIdSchema,
  SourceIdSchema,
} from './instrument-vocabulary.ts';

/** Schemas of an instrument's questions (five types), and what the engine asks of a question: its choices, its score. */

/** Choice ids of a yes / no / partly question, and their default scores. */
export const YES_NO_CHOICES = ['yes', 'partly', 'no'] as const;
export type YesNoChoice = (typeof YES_NO_CHOICES)[number];
export const DEFAULT_YES_NO_SCORES: Readonly<Record<YesNoChoice, number>> = { yes: 100, partly: 50, no: 0 };

const questionBase = {
  id: DottedIdSchema,
  text: LocalizedTextSchema,
  help: LocalizedTextSchema,
  /** Frameworks the question draws on, shown to the user. */
  sources: z.array(SourceIdSchema).min(1),
  /** Scaling situations the question matters most for (the UI may highlight it). */
  situations: z.array(SituationIdSchema).optional(),
  /** Weight in its dimension's score; 1 when absent, 0 to keep a choice question out of the score. */
  weight: z.number().min(0).max(10).optional(),
  /** An optional question that is left out is not a gap (an explicit « je ne sais pas » still is). */
  optional: z.boolean().optional(),
};

export const ScaleLevelSchema = z.strictObject({
  id: KebabIdSchema,
  label: LocalizedTextSchema,
  score: ScoreSchema,
});
export type ScaleLevel = z.infer<typeof ScaleLevelSchema>;

export const ChoiceOptionSchema = z.strictObject({
  id: KebabIdSchema,
  label: LocalizedTextSchema,
  /** Either every option of a question has a score (the question is scored) or none has. */
  score: ScoreSchema.optional(),
  /** Free tags that rules can test with `{ "tag": ... }`. */
  tags: z.array(DottedIdSchema).optional(),
  /** Multiple choice only: this option cannot be combined with others (« aucun »). */
  exclusive: z.boolean().optional(),
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const ScaleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('scale'),
  /** Labelled levels, from the weakest to the strongest (scores never decrease). */
  levels: z.array(ScaleLevelSchema).min(2).max(7),
});
export const YesNoQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('yesno'),
  /** Scores of yes / partly / no; by default 100 / 50 / 0. Reverse them when « oui » is the risky answer. */
  scores: z.strictObject({ yes: ScoreSchema, partly: ScoreSchema, no: ScoreSchema }).optional(),
});
export const SingleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(ChoiceOptionSchema).min(2).max(12),
});
export const MultipleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  /** The question's score is the sum of the selected options' scores, capped at 100. */
  options: z.array(ChoiceOptionSchema).min(2).max(15),
});
export const TextQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('text'),
  maxLength: z.number().int().min(1).max(5000).optional(),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  ScaleQuestionSchema,
  YesNoQuestionSchema,
  SingleQuestionSchema,
  MultipleQuestionSchema,
  TextQuestionSchema,
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type ScaleQuestion = z.infer<typeof ScaleQuestionSchema>;
export type YesNoQuestion = z.infer<typeof YesNoQuestionSchema>;
export type SingleQuestion = z.infer<typeof SingleQuestionSchema>;
export type MultipleQuestion = z.infer<typeof MultipleQuestionSchema>;
export type TextQuestion = z.infer<typeof TextQuestionSchema>;

/** Choice ids a question accepts (empty for free text). */
export function listChoiceIds(question: Question): string[] {
  switch (question.type) {
    case 'scale':
      return question.levels.map((l) => l.id);
    case 'yesno':
      return [...YES_NO_CHOICES];
    case 'single':
    case 'multiple':
      return question.options.map((o) => o.id);
    case 'text':
      return [];
  }
}

/** Whether a question counts in its dimension's score. */
export function isScoredQuestion(question: Question): boolean {
  if ((question.weight ?? 1) === 0) return false;
  switch (question.type) {
    case 'scale':
    case 'yesno':
      return true;
    case 'single':
    case 'multiple':
      return question.options.every((o) => o.score !== undefined);
    case 'text':
      return false;
  }
}
