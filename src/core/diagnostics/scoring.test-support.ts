import type { Answers } from './answers.schemas.ts';
import { InstrumentSchema, listQuestions } from './instrument.schemas.ts';
import type { Instrument } from './instrument.schemas.ts';
import type { Question } from './question.schemas.ts';

/** The instrument and answer sets shared by the scoring tests (answer-score, scoring-*, compare-results). */

export const L = (fr: string, en = fr) => ({ fr, en });

/** A small instrument that exercises every question type and every kind of rule. */
export const instrument: Instrument = InstrumentSchema.parse({
  id: 'tiny',
  version: 3,
  kind: 'carrier-readiness',
  title: L('Petit'),
  intro: L('Petit outil de test'),
  estimatedMinutes: { min: 1, max: 2 },
  dimensions: [
    {
      id: 'a',
      title: L('A'),
      description: L('A'),
      weight: 1,
      sources: ['isat'],
      questions: [
        {
          id: 'a.scale',
          type: 'scale',
          text: L('Échelle'),
          help: L('Aide'),
          sources: ['isat'],
          levels: [
            { id: 'low', label: L('Bas', 'Low'), score: 0 },
            { id: 'mid', label: L('Moyen', 'Middle'), score: 50 },
            { id: 'high', label: L('Haut', 'High'), score: 100 },
          ],
        },
        { id: 'a.yn', type: 'yesno', text: L('Oui ?'), help: L('Aide'), sources: ['msi'] },
        {
          id: 'a.risk',
          type: 'yesno',
          text: L('Risque ?'),
          help: L('Aide'),
          sources: ['msi'],
          scores: { yes: 0, partly: 50, no: 100 },
        },
        {
          id: 'a.multi',
          type: 'multiple',
          text: L('Plusieurs'),
          help: L('Aide'),
          sources: ['avise'],
          options: [
            { id: 'x', label: L('X'), score: 60 },
            { id: 'y', label: L('Y'), score: 60 },
            { id: 'none', label: L('Aucun', 'None'), score: 0, exclusive: true },
          ],
        },
        { id: 'a.text', type: 'text', text: L('Texte'), help: L('Aide'), sources: ['avise'] },
      ],
    },
    {
      id: 'b',
      title: L('B'),
      description: L('B'),
      weight: 2,
      sources: ['nesta'],
      questions: [
        {
          id: 'b.single',
          type: 'single',
          text: L('Un seul'),
          help: L('Aide'),
          sources: ['nesta'],
          weight: 2,
          options: [
            { id: 's0', label: L('Zéro', 'Zero'), score: 0 },
            { id: 's1', label: L('Cent', 'Hundred'), score: 100 },
          ],
        },
        {
          id: 'b.wish',
          type: 'single',
          text: L('Souhait'),
          help: L('Aide'),
          sources: ['avise'],
          options: [
            { id: 'open', label: L('Ouvert', 'Open'), tags: ['free'] },
            { id: 'charter', label: L('Charte', 'Charter') },
            { id: 'branches', label: L('Antennes', 'Branches') },
          ],
        },
      ],
    },
  ],
  rules: {
    levels: { fragile: 35, solid: 55, strong: 75, minCoverageAboveFragile: 0.5 },
    verdicts: [
      {
        ruleId: 'v.gaps',
        verdict: 'not-yet',
        when: { coverage: { max: 0.49 } },
        explanation: L('Trop de manques'),
      },
      {
        ruleId: 'v.weak-a',
        verdict: 'prepare-first',
        when: { dimension: 'a', level: ['weak'] },
        explanation: L('A faible'),
      },
      {
        ruleId: 'v.now',
        verdict: 'needed-now',
        when: { all: [{ overall: { min: 70 } }, { q: 'b.single', is: ['s1'] }] },
        explanation: L('Maintenant'),
      },
      { ruleId: 'v.ready', verdict: 'ready', when: { overall: { min: 30 } }, explanation: L('Prêt') },
    ],
    defaultVerdict: { ruleId: 'v.default', verdict: 'prepare-first', explanation: L('Par défaut') },
    verdictLabels: {
      'not-yet': { title: L('Pas encore'), description: L('…') },
      'prepare-first': { title: L('À préparer'), description: L('…') },
      ready: { title: L('Prêt'), description: L('…') },
      'needed-now': { title: L('Maintenant'), description: L('…') },
    },
    situations: [
      {
        id: 'widen-territory',
        threshold: 2,
        contributions: [
          { ruleId: 'sit.free', when: { tag: 'free' }, points: 1, explanation: L('Libre') },
          { ruleId: 'sit.x', when: { q: 'a.multi', is: ['x'] }, points: 1, explanation: L('X') },
        ],
      },
    ],
    strategies: [
      {
        id: 'influence',
        base: 10,
        contributions: [
          { ruleId: 's.open', when: { q: 'b.wish', is: ['open'] }, points: 30, explanation: L('Ouvert') },
        ],
      },
      {
        id: 'essaimage-souple',
        base: 10,
        contributions: [
          {
            ruleId: 's.charter',
            when: { q: 'b.wish', is: ['charter'] },
            points: 30,
            explanation: L('Charte'),
          },
          {
            ruleId: 's.strong-a',
            when: { dimension: 'a', level: ['strong'] },
            points: 10,
            explanation: L('A fort'),
          },
        ],
      },
      {
        id: 'duplication',
        base: 10,
        contributions: [
          {
            ruleId: 's.branches',
            when: { q: 'b.wish', is: ['branches'] },
            points: 30,
            explanation: L('Antennes'),
          },
          { ruleId: 's.risky', when: { q: 'a.risk', is: ['yes'] }, points: -20, explanation: L('Risqué') },
        ],
      },
    ],
    vigilance: [
      {
        ruleId: 'vg.risk',
        id: 'pilot-weakened',
        when: { q: 'a.risk', is: ['yes', 'partly'] },
        explanation: L('Risque'),
      },
      {
        ruleId: 'vg.b',
        id: 'pilot-weakened',
        when: { dimension: 'b', level: ['weak'] },
        explanation: L('B faible'),
      },
      {
        ruleId: 'vg.unknown',
        id: 'weak-evidence',
        when: { q: 'a.yn', unknown: true },
        explanation: L('Inconnu'),
      },
    ],
    nextActions: [
      {
        id: 'fill',
        ruleId: 'na.fill',
        when: { gapCount: { min: 1 } },
        text: L('Combler'),
        explanation: L('Manques'),
      },
      {
        id: 'fix-a',
        ruleId: 'na.fix-a',
        when: { not: { dimension: 'a', score: { min: 55 } } },
        text: L('Renforcer A'),
        explanation: L('A moyen'),
      },
    ],
  },
});

export const questions = listQuestions(instrument);
export const question = (id: string): Question => questions.find((q) => q.id === id)!;
export const allUnknown: Answers = Object.fromEntries(questions.map((q) => [q.id, { unknown: true }]));
export const full: Answers = {
  'a.scale': { choice: 'high' },
  'a.yn': { choice: 'yes' },
  'a.risk': { choice: 'no' },
  'a.multi': { choices: ['x', 'y'] },
  'a.text': { text: 'libre' },
  'b.single': { choice: 's1' },
  'b.wish': { choice: 'charter' },
};
