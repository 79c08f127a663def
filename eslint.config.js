import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const LIT_IMPORTS = {
  group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'],
  message:
    'src/client and src/protocol are framework-free: no Lit here (the server and other frameworks use them).',
};

const STYLE_ATTRIBUTE_IMPORTS = {
  group: ['lit/directives/style-map.js', 'lit-html/directives/style-map.js'],
  message:
    'styleMap writes a style attribute on first render, which a strict style-src blocks: set custom properties with src/internal/custom-properties.ts.',
};

export default defineConfig(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'coverage/',
      'node_modules/',
      'docs/protocol/openapi.json',
      'public/mockServiceWorker.js',
      'custom-elements.json',
      'data/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/best-practice'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      // Strict CSP with Trusted Types: no string-to-code anywhere.
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [STYLE_ATTRIBUTE_IMPORTS] }],
    },
  },
  {
    files: ['src/client/**', 'src/protocol/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [LIT_IMPORTS] }],
    },
  },
  {
    files: ['test/**/*.test.ts', 'test/**/*.node.test.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's `expect(x).to.be.true` reads as an unused expression.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.node.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: [
      '**/*.mjs',
      '**/*.cjs',
      '*.config.js',
      '*.config.ts',
      'scripts/**',
      'server/**',
      '.storybook/main.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
