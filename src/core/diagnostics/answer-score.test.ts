import { describe, expect, it } from 'vitest';
import type { AnswerValue } from './answers.schemas.ts';
import { scoreQuestion, summarizeAnswer } from './scoring.ts';
import { question } from './scoring.test-support.ts';

describe('scoreQuestion', () => {
  it.each([
    ['a.scale', { choice: 'low' }, 0],
    ['a.scale', { choice: 'mid' }, 50],
    ['a.yn', { choice: 'partly' }, 50],
    ['a.yn', { choice: 'yes' }, 100],
    ['a.risk', { choice: 'yes' }, 0],
    ['a.risk', { choice: 'no' }, 100],
    ['a.multi', { choices: ['x'] }, 60],
    ['a.multi', { choices: ['x', 'y'] }, 100],
    ['a.multi', { choices: ['none'] }, 0],
    ['b.single', { choice: 's1' }, 100],
    ['b.wish', { choice: 'open' }, null],
    ['a.text', { text: 'x' }, null],
    ['a.scale', { unknown: true }, null],
    ['a.scale', undefined, null],
    ['a.scale', { choice: 'nope' }, null],
    ['a.scale', { choices: ['low'] }, null],
  ] as const)('%s %j -> %s', (id, value, expected) => {
    expect(scoreQuestion(question(id), value as AnswerValue | undefined)).toBe(expected);
  });
});

describe('summarizeAnswer', () => {
  it.each([
    ['a.scale', { choice: 'mid' }, { fr: 'Moyen', en: 'Middle' }],
    ['a.yn', { choice: 'partly' }, { fr: 'En partie', en: 'Partly' }],
    ['a.multi', { choices: ['y', 'x'] }, { fr: 'X ; Y', en: 'X; Y' }],
    ['a.text', { text: 'mot' }, { fr: 'mot', en: 'mot' }],
    ['a.yn', { unknown: true }, { fr: 'Je ne sais pas', en: 'I don’t know' }],
    ['a.yn', undefined, { fr: 'Sans réponse', en: 'No answer' }],
  ] as const)('%s %j', (id, value, expected) => {
    expect(summarizeAnswer(question(id), value as AnswerValue | undefined)).toEqual(expected);
  });
});
