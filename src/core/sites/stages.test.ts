import { describe, expect, it } from 'vitest';
import { allowedStatuses, communsFor, stageRank } from './stages.ts';

describe('communsFor', () => {
  it.each([
    ['interest', null, undefined, 'idee', 'en_cours'],
    ['opportunity', 'idee', undefined, 'etude', 'en_cours'],
    ['feasibility', 'etude', 'en_retard', 'etude', 'en_retard'],
    ['launch', 'etude', 'bloque', 'operation', 'bloque'],
    ['operating', 'operation', 'abandonne', 'operation', 'en_cours'],
    ['autonomous', 'operation', undefined, 'operation', 'termine'],
    ['stopped', 'etude', undefined, 'etude', 'abandonne'],
    ['stopped', 'etude', 'en_pause', 'etude', 'en_pause'],
    ['stopped', null, 'en_cours', 'idee', 'abandonne'],
  ] as const)('%s from %s asking %s gives %s / %s', (stage, prev, status, phase, outStatus) => {
    expect(communsFor(stage, prev, status)).toEqual({ phase, status: outStatus });
  });

  it('never offers « abandonné » to a running site', () => {
    expect(allowedStatuses('launch')).not.toContain('abandonne');
    expect(allowedStatuses('stopped')).toContain('abandonne');
  });

  it('ranks the road in order, stopped outside it', () => {
    expect(stageRank('interest')).toBeLessThan(stageRank('launch'));
    expect(stageRank('stopped')).toBe(-1);
  });
});
