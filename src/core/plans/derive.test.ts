import { describe, expect, it } from 'vitest';
import { draftOf, result } from './plans.test-support.ts';

describe('plan derivation from a diagnostic', () => {
  const draft = draftOf(result());

  it('takes the situation and the best-ranked strategy, and keeps the ranking', () => {
    expect(draft.situation).toBe('spread-adapted');
    expect(draft.strategy).toBe('essaimage-souple');
    expect(draft.strategyRanking).toEqual([
      { id: 'essaimage-souple', score: 70 },
      { id: 'franchise', score: 40 },
    ]);
  });

  it.each([
    ['action:write-model', 'prerequisite', 'Écrire le modèle', ['capacity.leader-time'], 'next.write-model'],
    [
      'dimension:capacity',
      'prerequisite',
      'Renforcer : Capacité du porteur',
      ['capacity.leader-time'],
      'dimension.weak',
    ],
    [
      'gap:economics.after-pilot',
      'prerequisite',
      'Trouver la réponse : Question economics.after-pilot ?',
      ['economics.after-pilot'],
      'gap',
    ],
    [
      'vigilance:single-funder',
      'risk',
      'Dépendre d’un seul financeur',
      ['economics.main-funder-share'],
      'vigilance.single-funder',
    ],
  ])('derives %s as a %s linked to its answers', (key, kind, title, questionIds, ruleId) => {
    const item = draft.items.find((i) => i.sourceRef?.key === key);
    expect(item).toMatchObject({ kind, title, sourceRef: { diagnosticId: 'd1', key, questionIds, ruleId } });
  });

  it('suggests likelihood and impact for a risk, with the method’s actions as mitigation', () => {
    const risk = draft.items.find((i) => i.kind === 'risk');
    expect(risk?.details).toEqual({ likelihood: 2, impact: 3, mitigation: 'Diversifier.' });
  });

  it('always proposes the four safeguards of the pilot, each with an indicator and only existing questions', () => {
    const safeguards = draft.items.filter((i) => i.kind === 'safeguard');
    expect(safeguards.map((s) => s.kind === 'safeguard' && s.details.area)).toEqual([
      'team-time',
      'funding',
      'quality',
      'territory',
    ]);
    for (const s of safeguards)
      if (s.kind === 'safeguard') expect(s.details.indicator.length).toBeGreaterThan(10);
    expect(safeguards[0].sourceRef?.questionIds).toEqual(['capacity.leader-time', 'capacity.team-stability']);
    expect(safeguards[2].sourceRef?.questionIds).toEqual([]);
  });

  it('does not raise a strong dimension and writes English when asked', () => {
    expect(draft.items.some((i) => i.sourceRef?.key === 'dimension:economics')).toBe(false);
    expect(draftOf(result(), 'en').items.find((i) => i.sourceRef?.key === 'dimension:capacity')?.title).toBe(
      'Strengthen: Carrier capacity',
    );
  });
});
