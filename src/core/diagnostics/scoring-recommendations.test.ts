import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, scoreDiagnostic } from './scoring.ts';
import { full, instrument } from './scoring.test-support.ts';

describe('scoreDiagnostic: strategies, situations, vigilance, next actions', () => {
  it('ranks strategies by points with the contributions that hold as reasons', () => {
    const result = scoreDiagnostic(instrument, {
      ...full,
      'b.wish': { choice: 'branches' },
      'a.risk': { choice: 'yes' },
    });
    // a is strong (75): essaimage-souple gets 10 + 10 and ties with duplication (10 + 30 - 20); instrument order wins.
    expect(result.strategies.map((s) => [s.id, s.points])).toEqual([
      ['essaimage-souple', 20],
      ['duplication', 20],
      ['influence', 10],
    ]);
    const duplication = result.strategies[1];
    expect(duplication.reasons.map((r) => r.ruleId)).toEqual(['s.branches', 's.risky']);
    expect(duplication.reasons[1].answers).toEqual([
      { questionId: 'a.risk', answer: { fr: 'Oui', en: 'Yes' } },
    ]);
  });

  it('keeps the instrument order on ties and clamps scores to 0..100', () => {
    const result = scoreDiagnostic(instrument, { 'a.risk': { choice: 'yes' }, 'b.wish': { choice: 'open' } });
    expect(result.strategies.map((s) => s.id)).toEqual(['influence', 'essaimage-souple', 'duplication']);
    expect(result.strategies.map((s) => s.score)).toEqual([40, 10, 0]);
    expect(result.strategies[2].points).toBe(-10);
  });

  it('suggests a situation only when its threshold is reached', () => {
    expect(scoreDiagnostic(instrument, { 'b.wish': { choice: 'open' } }).situations).toEqual([]);
    const both = scoreDiagnostic(instrument, { 'b.wish': { choice: 'open' }, 'a.multi': { choices: ['x'] } });
    expect(both.situations.map((s) => [s.id, s.score, s.reasons.map((r) => r.ruleId)])).toEqual([
      ['widen-territory', 2, ['sit.free', 'sit.x']],
    ]);
    expect(both.situations[0].reasons[0].questionIds).toEqual(['b.wish']);
  });

  it('groups vigilance rules by id and lists each reason', () => {
    const result = scoreDiagnostic(instrument, {
      ...full,
      'a.risk': { choice: 'partly' },
      'b.single': { choice: 's0' },
      'a.yn': { unknown: true },
    });
    expect(result.vigilance.map((v) => [v.id, v.reasons.map((r) => r.ruleId)])).toEqual([
      ['pilot-weakened', ['vg.risk', 'vg.b']],
      ['weak-evidence', ['vg.unknown']],
    ]);
  });

  it('lists next actions whose condition holds, gaps as their reason', () => {
    const result = scoreDiagnostic(instrument, {
      ...full,
      'a.yn': { unknown: true },
      'a.scale': { choice: 'low' },
      'a.multi': { choices: ['none'] },
    });
    expect(result.nextActions.map((a) => a.id)).toEqual(['fill', 'fix-a']);
    expect(result.nextActions[0].reasons[0].questionIds).toEqual(['a.yn']);
    expect(scoreDiagnostic(instrument, full).nextActions).toEqual([]);
  });

  it('stamps the engine and instrument versions', () => {
    const result = scoreDiagnostic(instrument, full);
    expect([result.engineVersion, result.instrumentId, result.instrumentVersion]).toEqual([
      ENGINE_VERSION,
      'tiny',
      3,
    ]);
  });

  it('reads a value that does not fit its question as a gap', () => {
    const result = scoreDiagnostic(instrument, {
      ...full,
      'a.scale': { choices: ['high'] },
      'b.single': { choice: 'zzz' },
    });
    expect(result.gaps).toEqual(['a.scale', 'b.single']);
  });
});
