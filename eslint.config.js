import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layer rules: data flows web → (HTTP) → server → domain; shared is imported by all, imports none. */
const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  { files: ['src/web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  layer(
    ['src/domain/**/*.ts'],
    [
      {
        group: ['**/server/**', '**/web/**', '**/cli/**'],
        message: 'src/domain is pure: it must not import server, web or cli code.',
      },
      {
        group: ['node:fs*', 'fs', 'node:net', 'node:http*', 'pg', '@electric-sql/*', 'fastify*'],
        message: 'src/domain does no I/O: pass data in.',
      },
    ],
  ),
  layer(
    ['src/shared/**/*.ts'],
    [
      {
        group: ['**/server/**', '**/web/**', '**/cli/**', '**/domain/**', 'node:*'],
        message:
          'src/shared is the contract imported by server and web; it imports neither (nor Node built-ins: the browser loads it).',
      },
    ],
  ),
  layer(
    ['src/web/**/*.{ts,tsx}'],
    [
      {
        group: ['**/server/**', '**/cli/**', 'node:*', 'pg', '@electric-sql/*'],
        message: 'src/web talks to the server over HTTP only; share types through src/shared.',
      },
    ],
  ),
  // End-to-end tests start the real server in-process.
  { files: ['src/web/e2e/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  layer(
    ['src/server/**/*.ts'],
    [{ group: ['**/web/**', '**/cli/**'], message: 'src/server must not import web or cli code.' }],
  ),
);
