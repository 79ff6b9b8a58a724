import { EXPECTED_CONTROL_LEVELS, MethodContentSchema, REQUIRED_VIGILANCE_IDS } from './method.schemas.ts';
import type { MethodContent } from './method.schemas.ts';

/**
 * Loading method content safely: the schema first, then the coherence checks a schema cannot express. Searching
 * the content is in method-search.ts, its copy checks in french-typography.ts, lookups in method-lookups.ts.
 */

/** Thrown when method content is malformed or refers to something that does not exist. */
export class MethodContentError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid method content:\n- ${problems.join('\n- ')}`);
    this.name = 'MethodContentError';
    this.problems = problems;
  }
}

/**
 * Parses raw method content (the JSON files gathered into one object) and checks what a schema cannot: unique
 * ids, cross-references, the exact control levels and the required points of vigilance.
 * @throws MethodContentError listing every problem found.
 */
export function validateMethodContent(raw: unknown): MethodContent {
  const parsed = MethodContentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new MethodContentError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const problems = listMethodContentProblems(parsed.data);
  if (problems.length > 0) throw new MethodContentError(problems);
  return parsed.data;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** Everything wrong with schema-valid content, as readable sentences; empty when the content is coherent. */
export function listMethodContentProblems(content: MethodContent): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(content) as (keyof MethodContent)[]) {
    for (const id of duplicates(content[key].map((item) => item.id)))
      problems.push(`${key}: duplicate id "${id}"`);
  }
  const glossaryIds = new Set(content.glossary.map((g) => g.id));
  for (const id of duplicates(content.glossary.map((g) => g.term.fr.toLocaleLowerCase('fr')))) {
    problems.push(`glossary: duplicate French term "${id}"`);
  }

  const sourceIds = new Set(content.sources.map((s) => s.id));
  const vigilanceIds = new Set(content.vigilance.map((v) => v.id));
  const strategyIds = new Set(content.strategies.map((s) => s.id));
  const situationIds = new Set(content.situations.map((s) => s.id));
  const caseIds = new Set(content.cases.map((c) => c.id));

  const check = (where: string, kind: string, ids: readonly string[], known: ReadonlySet<string>) => {
    for (const id of ids) if (!known.has(id)) problems.push(`${where}: unknown ${kind} "${id}"`);
  };
  const cited = new Set<string>();
  const checkSources = (where: string, ids: readonly string[]) => {
    check(where, 'source', ids, sourceIds);
    for (const id of ids) cited.add(id);
  };
  const checkExample = (where: string, caseId: string | null) => {
    if (caseId !== null) check(where, 'case', [caseId], caseIds);
  };

  for (const s of content.introduction) checkSources(`introduction.${s.id}`, s.sources);
  for (const s of content.situations) {
    const where = `situations.${s.id}`;
    checkSources(where, s.sources);
    check(where, 'strategy', s.strategies, strategyIds);
    checkExample(where, s.example.caseId);
  }
  for (const s of content.strategies) {
    const where = `strategies.${s.id}`;
    checkSources(where, s.sources);
    check(
      where,
      'vigilance point',
      s.risks.map((r) => r.vigilanceId),
      vigilanceIds,
    );
    checkExample(where, s.example.caseId);
    const expected = s.id === 'cooperation' ? null : EXPECTED_CONTROL_LEVELS[s.id];
    if (s.controlLevel !== expected) problems.push(`${where}: control level should be ${String(expected)}`);
  }
  for (const i of content.initiatives) {
    const where = `initiatives.${i.id}`;
    checkSources(where, i.sources);
    check(where, 'vigilance point', i.vigilance, vigilanceIds);
    checkExample(where, i.example.caseId);
  }
  for (const v of content.vigilance) checkSources(`vigilance.${v.id}`, v.sources);
  for (const id of REQUIRED_VIGILANCE_IDS) {
    if (!vigilanceIds.has(id)) problems.push(`vigilance: required point "${id}" is missing`);
  }
  for (const m of content.methodPoints) {
    checkSources(`methodPoints.${m.id}`, m.sources);
    check(`methodPoints.${m.id}`, 'vigilance point', m.vigilance, vigilanceIds);
  }
  for (const g of content.glossary) {
    checkSources(`glossary.${g.id}`, g.sources);
    check(`glossary.${g.id}`, 'glossary term', g.seeAlso, glossaryIds);
    if (g.seeAlso.includes(g.id)) problems.push(`glossary.${g.id}: refers to itself`);
  }
  for (const c of content.cases) {
    const where = `cases.${c.id}`;
    checkSources(where, c.sources);
    check(where, 'situation', c.situations, situationIds);
    check(where, 'strategy', c.strategies, strategyIds);
    const withUrl = c.sources.filter((id) => content.sources.find((s) => s.id === id)?.url);
    if (withUrl.length === 0) problems.push(`${where}: cites no source with a public address`);
  }
  // A reference case used as an example must say, on its own page, that it illustrates that situation or strategy.
  for (const [kind, items] of [
    ['situations', content.situations],
    ['strategies', content.strategies],
  ] as const) {
    for (const item of items) {
      const illustration = content.cases.find((c) => c.id === item.example.caseId);
      const listed: readonly string[] | undefined =
        kind === 'situations' ? illustration?.situations : illustration?.strategies;
      if (illustration && !listed?.includes(item.id)) {
        problems.push(`${kind}.${item.id}: its example case "${illustration.id}" does not list it`);
      }
    }
  }
  for (const s of content.sources) if (!cited.has(s.id)) problems.push(`sources.${s.id}: never cited`);
  return problems;
}
