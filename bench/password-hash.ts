/**
 * Time to hash one password with the parameters of src/server/auth/passwords.ts (scrypt N=2^15, r=8, p=1), and
 * to verify one. Run: npx tsx bench/password-hash.ts [rounds]
 */
import { cpus } from 'node:os';
import { hashPassword, verifyPassword } from '../src/server/auth/passwords.ts';

const rounds = Number(process.argv[2] ?? 20);
const password = 'une phrase de passe solide';
await hashPassword(password); // warm-up

const hashTimes: number[] = [];
let stored = '';
for (let i = 0; i < rounds; i++) {
  const start = process.hrtime.bigint();
  stored = await hashPassword(password);
  hashTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const verifyTimes: number[] = [];
for (let i = 0; i < rounds; i++) {
  const start = process.hrtime.bigint();
  await verifyPassword(password, stored);
  verifyTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return {
    min: s[0]!.toFixed(1),
    median: s[Math.floor(s.length / 2)]!.toFixed(1),
    max: s[s.length - 1]!.toFixed(1),
  };
};
console.log(
  `CPU: ${cpus()[0]?.model ?? 'unknown'} x${cpus().length}, Node ${process.version}, ${rounds} rounds`,
);
console.log('hash   (ms):', stats(hashTimes));
console.log('verify (ms):', stats(verifyTimes));
