import { z } from 'zod';
import { listChoiceIds } from './question.schemas.ts';
import { listQuestions } from './instrument.schemas.ts';
import type { LocalizedText } from './instrument-vocabulary.ts';
import type { Question } from './question.schemas.ts';
import type { Instrument } from './instrument.schemas.ts';

/**
 * Answers to an instrument: one value per question id. « Je ne sais pas » is `{ unknown: true }` for every question
 * type; a scale, yes/no or single-choice answer is `{ choice }`, a multiple-choice answer `{ choices }`, free text
 * `{ text }`.
 */

export const MAX_TEXT_LENGTH = 5000;

export const UnknownAnswerSchema = z.strictObject({ unknown: z.literal(true) });
export const ChoiceAnswerSchema = z.strictObject({ choice: z.string() });
export const ChoicesAnswerSchema = z.strictObject({ choices: z.array(z.string()) });
export const TextAnswerSchema = z.strictObject({ text: z.string() });

export const AnswerValueSchema = z.union([
  UnknownAnswerSchema,
  ChoiceAnswerSchema,
  ChoicesAnswerSchema,
  TextAnswerSchema,
]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const AnswersSchema = z.record(z.string(), AnswerValueSchema);
export type Answers = z.infer<typeof AnswersSchema>;

export interface AnswerFieldError {
  /** The question at fault, or null when the error concerns the whole set (instrument version). */
  questionId: string | null;
  /** Where to show it: `instrumentVersion` or `answers.<questionId>`. */
  field: string;
  reason: LocalizedText;
}

export type AnswersValidation = { ok: true; answers: Answers } | { ok: false; errors: AnswerFieldError[] };

export interface ValidateAnswersOptions {
  /** Every question that is not optional must have an answer (« je ne sais pas » counts as one). */
  requireComplete?: boolean;
}

const SHAPE_BY_TYPE: Record<Question['type'], { shape: string; fr: string; en: string }> = {
  scale: { shape: 'choice', fr: 'un niveau de l’échelle', en: 'one level of the scale' },
  yesno: { shape: 'choice', fr: 'oui, non ou en partie', en: 'yes, no or partly' },
  single: { shape: 'choice', fr: 'une seule option', en: 'a single option' },
  multiple: { shape: 'choices', fr: 'une ou plusieurs options', en: 'one or more options' },
  text: { shape: 'text', fr: 'un texte', en: 'a text' },
};

function shapeOf(value: AnswerValue): string {
  if ('unknown' in value) return 'unknown';
  if ('choice' in value) return 'choice';
  if ('choices' in value) return 'choices';
  return 'text';
}

/** Why a value does not fit its question (null when it fits); « je ne sais pas » always fits. */
export function checkAnswer(question: Question, value: AnswerValue): LocalizedText | null {
  const shape = shapeOf(value);
  if (shape === 'unknown') return null;
  const expected = SHAPE_BY_TYPE[question.type];
  if (shape !== expected.shape) {
    return {
      fr: `Cette question attend ${expected.fr} (ou «\u00a0je ne sais pas\u00a0»).`,
      en: `This question expects ${expected.en} (or "I don't know").`,
    };
  }
  const allowed = listChoiceIds(question);
  if ('choice' in value && !allowed.includes(value.choice)) {
    return {
      fr: `Le choix «\u00a0${value.choice}\u00a0» n’existe pas pour cette question.`,
      en: `There is no choice "${value.choice}" for this question.`,
    };
  }
  if ('choices' in value) {
    if (value.choices.length === 0) {
      return {
        fr: 'Cochez au moins une option, ou «\u00a0je ne sais pas\u00a0».',
        en: 'Tick at least one option, or "I don\'t know".',
      };
    }
    const unknownChoice = value.choices.find((c) => !allowed.includes(c));
    if (unknownChoice !== undefined) {
      return {
        fr: `Le choix «\u00a0${unknownChoice}\u00a0» n’existe pas pour cette question.`,
        en: `There is no choice "${unknownChoice}" for this question.`,
      };
    }
    if (new Set(value.choices).size !== value.choices.length) {
      return { fr: 'Une option est cochée deux fois.', en: 'An option is ticked twice.' };
    }
    if (question.type === 'multiple' && value.choices.length > 1) {
      const exclusive = question.options.find((o) => o.exclusive && value.choices.includes(o.id));
      if (exclusive) {
        return {
          fr: `L’option «\u00a0${exclusive.label.fr}\u00a0» ne se combine pas avec les autres.`,
          en: `The option "${exclusive.label.en}" cannot be combined with others.`,
        };
      }
    }
  }
  if ('text' in value) {
    const max = Math.min(
      question.type === 'text' ? (question.maxLength ?? MAX_TEXT_LENGTH) : MAX_TEXT_LENGTH,
      MAX_TEXT_LENGTH,
    );
    if (value.text.trim().length === 0) {
      return {
        fr: 'Le texte est vide\u00a0: écrivez une réponse ou choisissez «\u00a0je ne sais pas\u00a0».',
        en: 'The text is empty: write an answer or choose "I don\'t know".',
      };
    }
    if (value.text.length > max) {
      return { fr: `Le texte dépasse ${max} caractères.`, en: `The text is longer than ${max} characters.` };
    }
  }
  return null;
}

/**
 * Checks answers against the instrument they claim to answer: the version must match, every key must be a question
 * of the instrument and every value must fit its question's type and choices. Returns every error at once, each
 * naming its question, so the API can answer 400 with all of them.
 */
export function validateAnswers(
  instrument: Instrument,
  instrumentVersion: number,
  answers: unknown,
  options: ValidateAnswersOptions = {},
): AnswersValidation {
  const errors: AnswerFieldError[] = [];
  if (instrumentVersion !== instrument.version) {
    errors.push({
      questionId: null,
      field: 'instrumentVersion',
      reason: {
        fr: `Ces réponses visent la version ${instrumentVersion} de l’outil, qui est en version ${instrument.version}.`,
        en: `These answers target version ${instrumentVersion} of the instrument, which is at version ${instrument.version}.`,
      },
    });
  }
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    errors.push({
      questionId: null,
      field: 'answers',
      reason: {
        fr: 'Les réponses doivent former un objet indexé par question.',
        en: 'Answers must be an object keyed by question.',
      },
    });
    return { ok: false, errors };
  }
  const questions = new Map(listQuestions(instrument).map((q) => [q.id, q]));
  const valid: Answers = {};
  for (const [questionId, raw] of Object.entries(answers)) {
    const field = `answers.${questionId}`;
    const question = questions.get(questionId);
    if (!question) {
      errors.push({
        questionId,
        field,
        reason: {
          fr: 'Cette question n’existe pas dans cette version de l’outil.',
          en: 'This question does not exist in this version of the instrument.',
        },
      });
      continue;
    }
    const parsed = AnswerValueSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push({
        questionId,
        field,
        reason: {
          fr: `Réponse illisible\u00a0: cette question attend ${SHAPE_BY_TYPE[question.type].fr} (ou «\u00a0je ne sais pas\u00a0»).`,
          en: `Unreadable answer: this question expects ${SHAPE_BY_TYPE[question.type].en} (or "I don't know").`,
        },
      });
      continue;
    }
    const reason = checkAnswer(question, parsed.data);
    if (reason) errors.push({ questionId, field, reason });
    else valid[questionId] = parsed.data;
  }
  if (options.requireComplete) {
    for (const question of questions.values()) {
      if (!question.optional && !Object.hasOwn(answers, question.id)) {
        errors.push({
          questionId: question.id,
          field: `answers.${question.id}`,
          reason: {
            fr: 'Répondez à cette question, ou choisissez «\u00a0je ne sais pas\u00a0».',
            en: 'Answer this question, or choose "I don\'t know".',
          },
        });
      }
    }
  }
  return errors.length === 0 ? { ok: true, answers: valid } : { ok: false, errors };
}

/** A shipped, completed answer set (content/instruments/examples/*.json), used for demos and stability tests. */
export const DiagnosticExampleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  instrumentId: z.string().min(1),
  instrumentVersion: z.number().int().min(1),
  title: z.strictObject({ fr: z.string().trim().min(1), en: z.string().trim().min(1) }),
  /** Where the answers come from and which points are uncertain. */
  note: z.strictObject({ fr: z.string().trim().min(1), en: z.string().trim().min(1) }),
  answers: AnswersSchema,
});
export type DiagnosticExample = z.infer<typeof DiagnosticExampleSchema>;
