// Type-aware lint with the layer boundaries of docs/ARCHITECTURE.md enforced, not hoped for.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const forbid = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'data/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'bench/*.js', 'scripts/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // French typography needs no-break spaces (U+00A0, U+202F) in copy; elsewhere they stay forbidden.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true },
      ],
    },
  },
  {
    files: ['src/core/**'],
    rules: forbid(
      [
        'node:*',
        '**/server/**',
        '**/db/**',
        '**/web/**',
        '**/cli/**',
        '**/documents/**',
        'fs',
        'path',
        'kysely',
        'fastify',
      ],
      'src/core is pure: data in, data out. No I/O, no server, database or web code.',
    ),
  },
  {
    files: ['src/web/**'],
    rules: forbid(
      [
        '**/server/**',
        '**/db/**',
        '**/cli/**',
        '**/documents/**',
        'node:*',
        'kysely',
        'fastify',
        'better-sqlite3',
        'pg',
      ],
      'The web app talks to the server through the API only (src/core and shared schemas are allowed).',
    ),
  },
  {
    files: ['bin/*.js', 'bench/*.js', 'scripts/*.js', '*.config.*'],
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
);
