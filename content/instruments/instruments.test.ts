import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DiagnosticExampleSchema, validateAnswers } from '../../src/core/diagnostics/answers.schemas.ts';
import type { AnswerValue, DiagnosticExample } from '../../src/core/diagnostics/answers.schemas.ts';
import { isScoredQuestion } from '../../src/core/diagnostics/question.schemas.ts';
import {
  InstrumentSchema,
  findInstrumentProblems,
  listQuestions,
} from '../../src/core/diagnostics/instrument.schemas.ts';
import type { Condition } from '../../src/core/diagnostics/condition.schemas.ts';
import type { Instrument } from '../../src/core/diagnostics/instrument.schemas.ts';
import { scoreDiagnostic, scoreQuestion } from '../../src/core/diagnostics/scoring.ts';
import {
  answersArbitrary,
  candidateValues,
  margin,
  searchAnswersFor,
} from '../../src/core/diagnostics/answers.test-support.ts';

// The shared vocabulary, written out here rather than imported so that a change to the schemas' lists shows up as a
// failing test instead of silently passing.
const SOURCES = [
  'isat',
  'expandnet-nine-steps',
  'expandnet-end-in-mind',
  'msi',
  'spring-impact',
  'scalers',
  'nesta',
  'avise',
  'essec',
  'cget',
  'issaq',
  'scaler',
  'moore-riddell',
  'ronalpia',
  'ansa',
];
const SITUATIONS = ['widen-public', 'widen-territory', 'spread-adapted', 'change-rules', 'change-culture'];
const STRATEGIES = [
  'influence',
  'label',
  'essaimage-souple',
  'franchise',
  'duplication',
  'merger',
  'cooperation',
] as const;
const VIGILANCE = [
  'unsustainable-pilot-resources',
  'growth-for-growth',
  'copy-unchanged',
  'loss-of-soul',
  'loss-of-control',
  'single-funder',
  'volunteer-fatigue',
  'legal-blockers',
  'slow-uptake',
  'pilot-weakened',
  'weak-evidence',
  'uncodified-model',
  'no-local-carrier',
  'political-dependency',
  'no-monitoring',
  'exclusion',
];
const VERDICTS = ['not-yet', 'prepare-first', 'ready', 'needed-now'];

const here = fileURLToPath(new URL('.', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const instrumentFiles = readdirSync(here).filter((f) => f.endsWith('.json'));
const instruments: Instrument[] = instrumentFiles.map((f) => InstrumentSchema.parse(readJson(here + f)));
const byId = (id: string): Instrument => instruments.find((i) => i.id === id)!;
const exampleFiles = readdirSync(here + 'examples').filter((f) => f.endsWith('.json'));
const examples: DiagnosticExample[] = exampleFiles.map((f) =>
  DiagnosticExampleSchema.parse(readJson(`${here}examples/${f}`)),
);

function walkConditions(c: Condition, visit: (c: Condition) => void): void {
  visit(c);
  if ('all' in c) c.all.forEach((x) => walkConditions(x, visit));
  if ('any' in c) c.any.forEach((x) => walkConditions(x, visit));
  if ('not' in c) walkConditions(c.not, visit);
}

/** Every { fr, en } pair in a JSON value, with where it was found. */
function localizedTexts(value: unknown, path = ''): { path: string; fr: string; en: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  if (typeof record.fr === 'string' && typeof record.en === 'string')
    return [{ path, fr: record.fr, en: record.en }];
  return Object.entries(record).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
}

/** Typography mistakes in a French string (empty when it is clean). */
function typographyProblems(fr: string): string[] {
  const problems: string[] = [];
  if (fr.includes("'")) problems.push('straight apostrophe');
  if (fr.includes('"')) problems.push('straight quotes');
  if (/[^\u00a0\u202f][?!;:»]/u.test(fr)) problems.push('missing no-break space before ? ! ; : »');
  if (/«[^\u00a0\u202f]/u.test(fr)) problems.push('missing no-break space after «');
  return problems;
}

describe('shipped instruments', () => {
  it('are the two expected instruments, each file named after its id and version', () => {
    expect(instrumentFiles.sort()).toEqual(['carrier-readiness.v1.json', 'replicator-fit.v1.json']);
    for (const [i, file] of instrumentFiles.entries()) {
      expect(file).toBe(`${instruments[i].id}.v${instruments[i].version}.json`);
      expect(findInstrumentProblems(instruments[i])).toEqual([]);
    }
  });

  it.each(instrumentFiles)('%s only uses the shared ids', (file) => {
    const inst = instruments[instrumentFiles.indexOf(file)];
    const questions = listQuestions(inst);
    const sources = [...inst.dimensions.flatMap((d) => d.sources), ...questions.flatMap((q) => q.sources)];
    expect(sources.filter((s) => !SOURCES.includes(s))).toEqual([]);
    expect(questions.flatMap((q) => q.situations ?? []).filter((s) => !SITUATIONS.includes(s))).toEqual([]);
    expect(inst.rules.situations.map((s) => s.id).filter((s) => !SITUATIONS.includes(s))).toEqual([]);
    expect(inst.rules.strategies.map((s) => s.id).sort()).toEqual([...STRATEGIES].sort());
    expect(inst.rules.vigilance.map((v) => v.id).filter((v) => !VIGILANCE.includes(v))).toEqual([]);
    const verdicts = [...inst.rules.verdicts.map((v) => v.verdict), inst.rules.defaultVerdict.verdict];
    expect(verdicts.filter((v) => !VERDICTS.includes(v))).toEqual([]);
    expect(Object.keys(inst.rules.verdictLabels).sort()).toEqual([...VERDICTS].sort());
  });

  it.each(instrumentFiles)('%s has unique ids across questions, rules and actions', (file) => {
    const inst = instruments[instrumentFiles.indexOf(file)];
    const questionIds = listQuestions(inst).map((q) => q.id);
    expect(new Set(questionIds).size).toBe(questionIds.length);
    const rules = inst.rules;
    const ruleIds = [
      ...rules.verdicts.map((r) => r.ruleId),
      rules.defaultVerdict.ruleId,
      ...rules.situations.flatMap((s) => s.contributions.map((c) => c.ruleId)),
      ...rules.strategies.flatMap((s) => s.contributions.map((c) => c.ruleId)),
      ...rules.vigilance.map((r) => r.ruleId),
      ...rules.nextActions.map((r) => r.ruleId),
    ];
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const q of listQuestions(inst))
      expect(q.id.startsWith(`${inst.dimensions.find((d) => d.questions.includes(q))!.id}.`)).toBe(true);
  });

  it.each(instrumentFiles)('%s is written in French with real typography, and in English', (file) => {
    const texts = localizedTexts(readJson(here + file));
    expect(texts.length).toBeGreaterThan(100);
    const bad = texts.flatMap((t) => typographyProblems(t.fr).map((p) => `${t.path}: ${p} in « ${t.fr} »`));
    expect(bad).toEqual([]);
    expect(texts.filter((t) => t.en.trim() === '' || t.fr.trim() === '')).toEqual([]);
  });

  it('carrier readiness covers the fourteen dimensions in 30 to 45 minutes', () => {
    const inst = byId('carrier-readiness');
    expect(inst.dimensions.map((d) => d.id)).toEqual([
      'motivation',
      'need',
      'evidence',
      'model',
      'transferability',
      'economics',
      'capacity',
      'demand',
      'politics',
      'alliances',
      'delivery',
      'governance',
      'learning',
      'participation',
    ]);
    const count = listQuestions(inst).length;
    expect(count).toBeGreaterThanOrEqual(45);
    expect(count).toBeLessThanOrEqual(60);
    expect(inst.estimatedMinutes).toEqual({ min: 30, max: 45 });
    for (const d of inst.dimensions)
      expect(d.questions.filter(isScoredQuestion).length).toBeGreaterThanOrEqual(2);
    // Every point of vigilance of the method can be raised by this instrument.
    expect([...new Set(inst.rules.vigilance.map((v) => v.id))].sort()).toEqual([...VIGILANCE].sort());
    const types = new Set(listQuestions(inst).map((q) => q.type));
    expect([...types].sort()).toEqual(['multiple', 'scale', 'single', 'text', 'yesno']);
  });

  it('replicator fit covers the territory’s side in 20 to 30 questions', () => {
    const inst = byId('replicator-fit');
    expect(inst.dimensions.map((d) => d.id)).toEqual([
      'local-need',
      'local-carrier',
      'partners',
      'resources',
      'public-support',
      'compatibility',
      'adaptations',
      'capacity',
      'participation',
    ]);
    const count = listQuestions(inst).length;
    expect(count).toBeGreaterThanOrEqual(20);
    expect(count).toBeLessThanOrEqual(30);
  });

  it.each(instrumentFiles)('%s: every rule refers to something that can happen', (file) => {
    const inst = instruments[instrumentFiles.indexOf(file)];
    const conditions = [
      ...inst.rules.verdicts.map((r) => r.when),
      ...inst.rules.strategies.flatMap((s) => s.contributions.map((c) => c.when)),
      ...inst.rules.vigilance.map((r) => r.when),
      ...inst.rules.nextActions.map((r) => r.when),
    ];
    const questions = new Map(listQuestions(inst).map((q) => [q.id, q]));
    for (const condition of conditions) {
      walkConditions(condition, (c) => {
        if ('q' in c && 'is' in c) expect(questions.get(c.q)!.type).not.toBe('text');
      });
    }
  });
});

describe('scoring the shipped instruments', () => {
  it.each(instrumentFiles)(
    '%s: all « je ne sais pas » gives not-yet with every question in the gaps',
    (file) => {
      const inst = instruments[instrumentFiles.indexOf(file)];
      const questions = listQuestions(inst);
      const result = scoreDiagnostic(
        inst,
        Object.fromEntries(questions.map((q) => [q.id, { unknown: true }])),
      );
      expect(result.verdict.id).toBe('not-yet');
      expect(result.gaps).toEqual(questions.map((q) => q.id));
      expect(result.verdict.reasons[0].questionIds).toEqual(questions.map((q) => q.id));
    },
  );

  it.each(instrumentFiles)('%s: improving one answer never lowers its dimension’s score', (file) => {
    const inst = instruments[instrumentFiles.indexOf(file)];
    const scored = listQuestions(inst).filter(isScoredQuestion);
    fc.assert(
      fc.property(
        answersArbitrary(inst),
        fc.constantFrom(...scored),
        fc.nat(),
        fc.nat(),
        (answers, q, i, j) => {
          const known = candidateValues(q).filter((v) => scoreQuestion(q, v) !== null) as AnswerValue[];
          const [low, high] = [known[i % known.length], known[j % known.length]].sort(
            (x, y) => scoreQuestion(q, x)! - scoreQuestion(q, y)!,
          );
          const index = inst.dimensions.findIndex((d) => d.questions.includes(q));
          const before = scoreDiagnostic(inst, { ...answers, [q.id]: low }).dimensions[index].score!;
          const after = scoreDiagnostic(inst, { ...answers, [q.id]: high }).dimensions[index].score!;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each(instrumentFiles.flatMap((file) => STRATEGIES.map((s) => [file, s] as const)))(
    '%s: strategy %s can come first',
    (file, target) => {
      const inst = instruments[instrumentFiles.indexOf(file)];
      const answers = searchAnswersFor(inst, target, 3);
      expect(validateAnswers(inst, inst.version, answers).ok).toBe(true);
      expect(margin(inst, answers, target)).toBeGreaterThan(0);
      expect(scoreDiagnostic(inst, answers).strategies[0].id).toBe(target);
    },
  );

  it.each(instrumentFiles)('%s: every verdict can be reached', (file) => {
    const inst = instruments[instrumentFiles.indexOf(file)];
    const seen = new Set<string>();
    fc.assert(
      fc.property(answersArbitrary(inst), (answers) => {
        seen.add(scoreDiagnostic(inst, answers).verdict.id);
      }),
      { numRuns: 300, seed: 42 },
    );
    // Random answers rarely look like a mature project; the reference examples cover the upper verdicts.
    for (const example of examples.filter((e) => e.instrumentId === inst.id))
      seen.add(scoreDiagnostic(inst, example.answers).verdict.id);
    const best = Object.fromEntries(
      listQuestions(inst).map((q) => [
        q.id,
        [...candidateValues(q)].sort((x, y) => (scoreQuestion(q, y) ?? -1) - (scoreQuestion(q, x) ?? -1))[0]!,
      ]),
    );
    seen.add(scoreDiagnostic(inst, best).verdict.id);
    expect([...seen].sort()).toEqual([...VERDICTS].sort());
  });
});

describe('reference examples', () => {
  it('are the three reference cases and one replicator example', () => {
    expect(examples.map((e) => e.id).sort()).toEqual([
      'bricobus',
      'centrales-villageoises',
      'replicator-bricobus-intercommunalite',
      'terres-de-sources',
    ]);
    for (const [i, file] of exampleFiles.entries()) expect(file).toBe(`${examples[i].id}.json`);
    const texts = examples.flatMap((e) => localizedTexts(e));
    expect(texts.flatMap((t) => typographyProblems(t.fr).map((p) => `${t.path}: ${p}`))).toEqual([]);
  });

  it.each(examples.map((e) => [e.id, e] as const))(
    '%s answers every question of its instrument version',
    (_id, example) => {
      const inst = byId(example.instrumentId);
      const validation = validateAnswers(inst, example.instrumentVersion, example.answers, {
        requireComplete: true,
      });
      expect(validation.ok ? [] : validation.errors).toEqual([]);
    },
  );

  // Explicit expectations, not snapshots: changing one is a decision about the method, to be made on purpose.
  it.each([
    [
      'centrales-villageoises',
      'ready',
      ['essaimage-souple', 'label', 'franchise'],
      ['volunteer-fatigue', 'legal-blockers'],
      ['widen-territory', 'change-culture'],
    ],
    [
      'terres-de-sources',
      'ready',
      ['cooperation', 'label', 'influence'],
      ['single-funder', 'legal-blockers', 'political-dependency'],
      ['widen-public', 'change-rules'],
    ],
    [
      'bricobus',
      'needed-now',
      ['duplication', 'label', 'essaimage-souple'],
      ['volunteer-fatigue', 'pilot-weakened'],
      ['widen-territory', 'widen-public'],
    ],
    [
      'replicator-bricobus-intercommunalite',
      'needed-now',
      ['duplication', 'cooperation', 'label'],
      ['volunteer-fatigue', 'political-dependency'],
      ['widen-territory'],
    ],
  ])('%s gives a stable result', (id, verdict, top3, vigilance, situations) => {
    const example = examples.find((e) => e.id === id)!;
    const result = scoreDiagnostic(byId(example.instrumentId), example.answers);
    expect(result.verdict.id).toBe(verdict);
    expect(result.strategies.slice(0, 3).map((s) => s.id)).toEqual(top3);
    expect(result.vigilance.map((v) => v.id)).toEqual(vigilance);
    expect(result.situations.map((s) => s.id)).toEqual(situations);
    // Every statement can be traced back to at least one rule.
    for (const item of [
      result.verdict,
      ...result.strategies.slice(0, 3),
      ...result.vigilance,
      ...result.nextActions,
    ]) {
      expect(item.reasons.length).toBeGreaterThan(0);
    }
  });

  it('the leading strategy of each case is explained by the answers that support it', () => {
    const cv = examples.find((e) => e.id === 'centrales-villageoises')!;
    const leading = scoreDiagnostic(byId('carrier-readiness'), cv.answers).strategies[0];
    expect(leading.reasons.map((r) => r.ruleId)).toContain('strategy.souple.wish');
    const wish = leading.reasons.find((r) => r.ruleId === 'strategy.souple.wish')!;
    expect(wish.answers).toEqual([
      {
        questionId: 'governance.control-wish',
        answer: {
          fr: 'Une charte et un réseau de structures autonomes',
          en: 'A charter and a network of autonomous organisations',
        },
      },
    ]);
  });
});
