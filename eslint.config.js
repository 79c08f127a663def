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

const SERVER_IMPORTS = {
  group: [
    '**/server',
    '**/server/**',
    'fastify',
    '@fastify/*',
    'kysely',
    'pg',
    'better-sqlite3',
    'nodemailer',
  ],
  message: 'src/ runs in the browser: no reference-server code or server-only packages here.',
};

const WIDGET_LAYER_IMPORTS = {
  regex: '^(\\.\\./)+(components|internal|context|i18n|styles|events|index\\.js$)',
  message:
    'src/client and src/protocol sit below the widgets: they must not import widgets, their base classes, contexts, strings or styles.',
};

/** A file `depth` folders below src/protocol/ (endpoints/ is one) reaches only the protocol's own modules. */
function outsideProtocolImports(depth) {
  return {
    regex: `^(\\.\\./){${depth + 1}}`,
    message: 'src/protocol is the bottom layer: it imports nothing of ours but its own modules.',
  };
}

/** A file `depth` folders below server/ reaches the repository's src/ only through `#protocol`. */
function serverSrcImports(depth) {
  return {
    regex: `^(\\.\\./){${depth + 1}}src(/|$)`,
    message: "The server imports the protocol as '#protocol', never by a relative path into src/.",
  };
}

const SERVER_FOLDER_DEPTHS = [1, 2, 3, 4];

/**
 * A widget takes no code from another widget's folder. A bare `import '../x/x.js'` stays allowed: it
 * only registers an element the widget renders by its tag (the petition card's signature form).
 */
const SIBLING_WIDGET = {
  importNamePattern: '^',
  message:
    "A widget takes no code from another widget's folder: shared code goes in src/internal/ (a bare import that registers an element it renders is fine).",
};

const COMPONENTS_FOLDER_IMPORTS = { ...SIBLING_WIDGET, regex: '^(\\.\\./)+components/' };

/**
 * A file `depth` folders below src/components/ (1 for src/components/<name>/x.ts) may go up that many
 * levels only to leave src/components/: a path that stops one level short enters a sibling's folder.
 */
function siblingWidgetImports(depth) {
  return { ...SIBLING_WIDGET, regex: `^(\\.\\./){${depth}}(?!\\.\\./)` };
}

/** Widget folders nest this deep at most, for the sibling-folder rule. */
const COMPONENT_FOLDER_DEPTHS = [1, 2, 3, 4];

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
  // Layering: each block lists every pattern for its files, since a later block's options replace
  // an earlier one's.
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [STYLE_ATTRIBUTE_IMPORTS, SERVER_IMPORTS] }],
    },
  },
  ...COMPONENT_FOLDER_DEPTHS.map((depth) => ({
    files: [`src/components/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            STYLE_ATTRIBUTE_IMPORTS,
            SERVER_IMPORTS,
            COMPONENTS_FOLDER_IMPORTS,
            siblingWidgetImports(depth),
          ],
        },
      ],
    },
  })),
  {
    files: ['src/client/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [LIT_IMPORTS, SERVER_IMPORTS, WIDGET_LAYER_IMPORTS] }],
    },
  },
  ...[0, 1].map((depth) => ({
    files: [`src/protocol/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [LIT_IMPORTS, SERVER_IMPORTS, WIDGET_LAYER_IMPORTS, outsideProtocolImports(depth)] },
      ],
    },
  })),
  ...SERVER_FOLDER_DEPTHS.map((depth) => ({
    files: [`server/${'*/'.repeat(depth)}*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [serverSrcImports(depth)] }] },
  })),
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
