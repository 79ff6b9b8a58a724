import { z } from 'zod';
import type { Condition } from './condition.schemas.ts';
import { KebabIdSchema, LocalizedTextSchema, SourceIdSchema } from './instrument-vocabulary.ts';
import { QuestionSchema, isScoredQuestion, listChoiceIds, type Question } from './question.schemas.ts';
import { RulesSchema, type Rules } from './rules.schemas.ts';

/**
 * Schemas of a diagnostic instrument (content/instruments/*.json): its dimensions, its questions
 * (question.schemas.ts) and the rules that turn answers into a result (rules.schemas.ts, conditions in
 * condition.schemas.ts, shared ids in instrument-vocabulary.ts). Rules are data, so the scoring engine stays generic
 * and a new version of an instrument can change its rules without changing the result of a diagnostic answered
 * against an older version. This file assembles them and checks what zod cannot: references between the parts.
 */

export const DimensionSchema = z.strictObject({
  id: KebabIdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /** Weight in the overall score; 0 keeps the dimension out of it. */
  weight: z.number().min(0).max(10),
  sources: z.array(SourceIdSchema).min(1),
  questions: z.array(QuestionSchema).min(1),
});
export type Dimension = z.infer<typeof DimensionSchema>;

export const INSTRUMENT_KINDS = ['carrier-readiness', 'replicator-fit'] as const;

const InstrumentShape = z.strictObject({
  id: KebabIdSchema,
  version: z.number().int().min(1),
  kind: z.enum(INSTRUMENT_KINDS),
  title: LocalizedTextSchema,
  intro: LocalizedTextSchema,
  estimatedMinutes: z.strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) }),
  dimensions: z.array(DimensionSchema).min(1),
  rules: RulesSchema,
});

/** An instrument whose rules refer only to its own questions, options and dimensions, with unique ids. */
export const InstrumentSchema = InstrumentShape.superRefine((instrument, ctx) => {
  for (const problem of findInstrumentProblems(instrument))
    ctx.addIssue({ code: 'custom', message: problem });
});
export type Instrument = z.infer<typeof InstrumentShape>;

/** The instrument's questions in display order. */
export function listQuestions(instrument: Instrument): Question[] {
  return instrument.dimensions.flatMap((d) => d.questions);
}

function collectConditions(rules: Rules): { where: string; when: Condition }[] {
  return [
    ...rules.verdicts.map((r) => ({ where: r.ruleId, when: r.when })),
    ...rules.situations.flatMap((s) => s.contributions.map((c) => ({ where: c.ruleId, when: c.when }))),
    ...rules.strategies.flatMap((s) => s.contributions.map((c) => ({ where: c.ruleId, when: c.when }))),
    ...rules.vigilance.map((r) => ({ where: r.ruleId, when: r.when })),
    ...rules.nextActions.map((r) => ({ where: r.ruleId, when: r.when })),
  ];
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** Referential problems zod cannot see: duplicate ids, rules naming unknown questions, choices or dimensions. */
export function findInstrumentProblems(instrument: Instrument): string[] {
  const problems: string[] = [];
  const questions = listQuestions(instrument);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const dimensionIds = new Set(instrument.dimensions.map((d) => d.id));
  const tags = new Set(
    questions.flatMap((q) =>
      q.type === 'single' || q.type === 'multiple' ? q.options.flatMap((o) => o.tags ?? []) : [],
    ),
  );
  if (instrument.estimatedMinutes.min > instrument.estimatedMinutes.max)
    problems.push('estimatedMinutes: min > max');

  for (const id of duplicates(instrument.dimensions.map((d) => d.id)))
    problems.push(`duplicate dimension id ${id}`);
  for (const id of duplicates(questions.map((q) => q.id))) problems.push(`duplicate question id ${id}`);
  const rules = instrument.rules;
  const ruleIds = [...collectConditions(rules).map((c) => c.where), rules.defaultVerdict.ruleId];
  for (const id of duplicates(ruleIds)) problems.push(`duplicate rule id ${id}`);
  for (const id of duplicates(rules.strategies.map((s) => s.id))) problems.push(`duplicate strategy ${id}`);
  for (const id of duplicates(rules.situations.map((s) => s.id))) problems.push(`duplicate situation ${id}`);
  for (const id of duplicates(rules.nextActions.map((a) => a.id)))
    problems.push(`duplicate next action ${id}`);

  for (const q of questions) {
    const choices = listChoiceIds(q);
    for (const id of duplicates(choices)) problems.push(`question ${q.id}: duplicate choice ${id}`);
    if (q.type === 'scale') {
      for (let i = 1; i < q.levels.length; i++) {
        if (q.levels[i].score < q.levels[i - 1].score)
          problems.push(`question ${q.id}: level scores must not decrease`);
      }
    }
    if (q.type === 'single' || q.type === 'multiple') {
      const scored = q.options.filter((o) => o.score !== undefined).length;
      if (scored !== 0 && scored !== q.options.length) {
        problems.push(`question ${q.id}: give a score to every option or to none`);
      }
      if (q.type === 'single' && q.options.some((o) => o.exclusive)) {
        problems.push(`question ${q.id}: exclusive options belong to multiple-choice questions`);
      }
    }
  }

  const check = (where: string, c: Condition): void => {
    if ('all' in c) return c.all.forEach((x) => check(where, x));
    if ('any' in c) return c.any.forEach((x) => check(where, x));
    if ('not' in c) return check(where, c.not);
    if ('tag' in c) {
      if (!tags.has(c.tag)) problems.push(`${where}: no option carries tag ${c.tag}`);
      return;
    }
    if ('dimension' in c) {
      if (!dimensionIds.has(c.dimension)) problems.push(`${where}: unknown dimension ${c.dimension}`);
      return;
    }
    if ('q' in c) {
      const q = byId.get(c.q);
      if (!q) return void problems.push(`${where}: unknown question ${c.q}`);
      if ('is' in c) {
        if (q.type === 'text') problems.push(`${where}: question ${c.q} is free text`);
        const allowed = listChoiceIds(q);
        for (const choice of c.is) {
          if (!allowed.includes(choice)) problems.push(`${where}: question ${c.q} has no choice ${choice}`);
        }
      }
      if ('score' in c && !isScoredQuestion(q)) problems.push(`${where}: question ${c.q} is not scored`);
    }
  };
  for (const { where, when } of collectConditions(rules)) check(where, when);
  return problems;
}
