import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '__tests__/_temp/',
      'bench/_data/',
      '**/*.cjs',
      // Real services' code, kept byte for byte as fixtures (see each one's SOURCE.md).
      '__tests__/__fixtures__/services/',
      '__tests__/__fixtures__/fastify-demo/',
      // Deliberately broken: the end-to-end tests check that a spec that does not load fails the gate.
      '__tests__/__fixtures__/workspaces/syntax-error/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
);
