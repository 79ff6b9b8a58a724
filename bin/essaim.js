#!/usr/bin/env node
// `npx essaim …` from the repository: the compiled CLI when built, otherwise the TypeScript sources through tsx.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const compiled = path.join(root, 'dist/cli/main.js');
const args = existsSync(compiled)
  ? [compiled, ...process.argv.slice(2)]
  : ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...process.argv.slice(2)];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
