import { describe, expect, it } from 'vitest';
import { validateAnswers } from './answers.schemas.ts';
import type { Instrument } from './instrument.schemas.ts';
import { scoreDiagnostic } from './scoring.ts';
import { full, instrument } from './scoring.test-support.ts';

describe('versioning', () => {
  it('keeps the result of answers to an old version when a new version changes the rules', () => {
    const before = scoreDiagnostic(instrument, full);
    const v4: Instrument = structuredClone(instrument);
    v4.version = 4;
    v4.rules.strategies[1].contributions[0].points = -50;
    v4.rules.verdicts = v4.rules.verdicts.filter((r) => r.ruleId !== 'v.now');
    const newer = scoreDiagnostic(v4, full);
    expect([newer.instrumentVersion, newer.verdict.id, newer.strategies[0].id]).toEqual([
      4,
      'ready',
      'influence',
    ]);
    // The old diagnostic is scored with the version it answered, and gives the same result as before.
    expect(scoreDiagnostic(instrument, full)).toEqual(before);
    expect([before.instrumentVersion, before.verdict.id, before.strategies[0].id]).toEqual([
      3,
      'needed-now',
      'essaimage-souple',
    ]);
    // Answers sent for version 3 are refused by version 4, naming the version as the field at fault.
    const validation = validateAnswers(v4, 3, full);
    expect(validation.ok ? [] : validation.errors.map((e) => e.field)).toEqual(['instrumentVersion']);
  });
});
