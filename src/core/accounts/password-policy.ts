/**
 * Password rules: long enough, not one of the most common passwords (French and international lists), not the
 * e-mail address. Length matters more than character classes (ANSSI and NIST guidance).
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

const COMMON = new Set([
  '123456789',
  '1234567890',
  '12345678910',
  'azertyuiop',
  'qwertyuiop',
  'motdepasse',
  'motdepasse1',
  'motdepasse123',
  'password1',
  'password12',
  'password123',
  'passw0rd123',
  'iloveyou123',
  'jetaime123',
  'soleil1234',
  'bonjour123',
  'marseille13',
  'doudou1234',
  'chouchou12',
  'loulou1234',
  'nicolas123',
  'azerty1234',
  'azerty123456',
  'qwerty1234',
  'qwerty123456',
  '0123456789',
  '1111111111',
  '0000000000',
  '1234512345',
  '9876543210',
  'abcdefghij',
  'abcd123456',
  'football123',
  'princesse1',
  'tintin1234',
  'camille123',
  'administrateur',
  'administrator',
  'changeme123',
  'bienvenue1',
  'bienvenue123',
  'welcome123',
  'letmein123',
  'dragon1234',
  'monkey1234',
  'sunshine12',
  'essaim1234',
  'motdepasse!',
  'azertyuiop1',
  'qwertyuiop1',
  '1q2w3e4r5t',
  'a1b2c3d4e5',
  'zaq12wsxcde',
  'aaaaaaaaaa',
]);

export type PasswordProblem = 'too-short' | 'too-long' | 'too-common' | 'contains-email';

export function checkPassword(password: string, email?: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too-long';
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) return 'too-common';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'contains-email';
  return null;
}
