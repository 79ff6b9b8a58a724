import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.ts';
import { isValidSiren } from './siren.ts';

describe('checkPassword', () => {
  it.each([
    ['court', undefined, 'too-short'],
    ['azertyuiop', undefined, 'too-common'],
    ['AZERTYUIOP', undefined, 'too-common'],
    ['zzzzzzzzzzzz', undefined, 'too-common'],
    ['marie.dupont2026', 'marie.dupont@example.org', 'contains-email'],
    ['Les abeilles de Pithiviers', 'marie@example.org', null],
    ['x'.repeat(201), undefined, 'too-long'],
  ] as const)('%s → %s', (password, email, expected) => {
    expect(checkPassword(password, email)).toBe(expected);
  });
});

describe('isValidSiren', () => {
  it.each([
    ['200070233', true], // a real EPCI SIREN (Luhn-valid)
    ['213502388', true], // Rennes
    ['213502389', false],
    ['12345678', false],
    ['abcdefghi', false],
    ['356000000', true],
  ])('%s → %s', (siren, valid) => {
    expect(isValidSiren(siren)).toBe(valid);
  });
});
