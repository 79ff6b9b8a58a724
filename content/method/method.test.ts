import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listMethodContentProblems, validateMethodContent } from '../../src/core/method/method-content.ts';
import {
  collectLocalizedTexts,
  findFrenchTypographyIssues,
} from '../../src/core/method/french-typography.ts';
import {
  CASE_IDS,
  INITIATIVE_IDS,
  MethodContentSchema,
  METHOD_CONTENT_FILES,
  REQUIRED_VIGILANCE_IDS,
  SITUATION_IDS,
  STRATEGY_IDS,
} from '../../src/core/method/method.schemas.ts';
import type { MethodContent } from '../../src/core/method/method.schemas.ts';

const dir = dirname(fileURLToPath(import.meta.url));
const jsonFiles = readdirSync(dir).filter((f) => f.endsWith('.json'));

function loadRaw(): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [key, file] of Object.entries(METHOD_CONTENT_FILES)) {
    raw[key] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  }
  return raw;
}

const REQUIRED_SOURCE_IDS = [
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
  'les-communs',
];

describe('content/method files', () => {
  it('has exactly the files the schema knows about', () => {
    expect(jsonFiles.sort()).toEqual(Object.values(METHOD_CONTENT_FILES).sort());
  });

  it.each(jsonFiles)('%s is valid JSON with an array at the top', (file) => {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    expect(Array.isArray(parsed)).toBe(true);
  });

  it('matches the schema', () => {
    const result = MethodContentSchema.safeParse(loadRaw());
    const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual([]);
  });
});

describe('method content coherence', () => {
  const content: MethodContent = MethodContentSchema.parse(loadRaw());

  it('has no duplicate ids and every cross-reference resolves', () => {
    expect(listMethodContentProblems(content)).toEqual([]);
    expect(() => validateMethodContent(loadRaw())).not.toThrow();
  });

  it('has the agreed ids', () => {
    const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();
    expect(ids(content.situations)).toEqual([...SITUATION_IDS].sort());
    expect(ids(content.strategies)).toEqual([...STRATEGY_IDS].sort());
    expect(ids(content.initiatives)).toEqual([...INITIATIVE_IDS].sort());
    expect(ids(content.cases)).toEqual([...CASE_IDS].sort());
    expect(ids(content.sources)).toEqual(expect.arrayContaining(REQUIRED_SOURCE_IDS));
    expect(ids(content.vigilance)).toEqual(expect.arrayContaining([...REQUIRED_VIGILANCE_IDS]));
    expect(ids(content.methodPoints)).toContain('secure-pilot');
  });

  it('pins the control levels and marks cooperation as transversal', () => {
    const levels = Object.fromEntries(content.strategies.map((s) => [s.id, [s.controlLevel, s.transversal]]));
    expect(levels).toEqual({
      influence: [1, false],
      label: [2, false],
      'essaimage-souple': [3, false],
      franchise: [4, false],
      duplication: [5, false],
      merger: [6, false],
      cooperation: [null, true],
    });
  });

  it('has a glossary of at least 30 terms and uses every vigilance category', () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(30);
    expect(new Set(content.vigilance.map((v) => v.category))).toEqual(
      new Set(['prerequisite', 'brake', 'difficulty', 'condition']),
    );
  });

  it('every case is illustrated somewhere and illustrates a situation', () => {
    const casesUsed = new Set(
      [...content.situations, ...content.strategies].map((s) => s.example.caseId).filter((c) => c !== null),
    );
    expect([...casesUsed].sort()).toEqual([...CASE_IDS].sort());
  });

  it('answers every point of vigilance with at least one method point', () => {
    const answered = new Set(content.methodPoints.flatMap((m) => m.vigilance));
    expect(content.vigilance.map((v) => v.id).filter((id) => !answered.has(id))).toEqual([]);
  });

  it('links every glossary term from another one', () => {
    const linked = new Set(content.glossary.flatMap((g) => g.seeAlso));
    expect(content.glossary.map((g) => g.id).filter((id) => !linked.has(id))).toEqual([]);
  });

  const texts = collectLocalizedTexts(content);

  it('collects the localised texts', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it('has both languages filled in and different', () => {
    const problems = texts
      .filter(
        ({ text }) =>
          text.fr.trim() === '' || text.en.trim() === '' || (text.fr === text.en && text.fr.length > 25),
      )
      .map(({ path }) => path);
    expect(problems).toEqual([]);
  });

  it('uses French typography in French text', () => {
    const problems = texts.flatMap(({ path, text }) =>
      findFrenchTypographyIssues(text.fr).map((p) => `${path}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('uses no French guillemets nor non-breaking spaces before punctuation in English text', () => {
    const problems = texts.filter(({ text }) => /[«»]|\u00a0[;:!?]/.test(text.en)).map(({ path }) => path);
    expect(problems).toEqual([]);
  });
});
