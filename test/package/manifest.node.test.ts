import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import Ajv from 'ajv';
import { storybookManifest } from '../../.storybook/storybook-manifest.js';

/*
 * custom-elements.json as `cem analyze` writes it (custom-elements-manifest.config.mjs and its
 * plugins in scripts/package/): valid against the official schema, the public API only, paths into
 * the published dist/npm/.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));

interface Item {
  name?: string | null;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
  description?: string;
  type?: { text?: string };
  declaration?: { name?: string; module?: string };
  inheritedFrom?: { name?: string; module?: string };
}
interface Declaration extends Item {
  customElement?: boolean;
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  superclass?: { name?: string; module?: string };
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: Item[];
}
interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

// Computed specifiers: scripts/*.mjs carry no type declarations.
const cleanModule = new URL('../../scripts/package/clean-manifest.mjs', import.meta.url).href;
const { cleanManifest, SCHEMA_VERSION } = (await import(cleanModule)) as {
  cleanManifest: (manifest: Manifest) => Manifest;
  SCHEMA_VERSION: string;
};

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const schema = readJson<object>(`${root}node_modules/custom-elements-manifest/schema.json`);
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema, 'cem');
const validateManifest = ajv.getSchema('cem')!;
const validateElement = ajv.getSchema('cem#/definitions/CustomElementDeclaration')!;

const elementsOf = (manifest: Manifest) =>
  manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement));

const TAGS = [
  'civic-expert-leaderboard',
  'civic-funding-progress',
  'civic-idea-board',
  'civic-petition-card',
  'civic-provider',
  'civic-signature-confirm',
  'civic-signature-form',
];

describe('custom-elements.json', () => {
  let manifest: Manifest;

  before(() => {
    // What `npm test` and `npm run build` run; writes custom-elements.json at the root.
    const run = spawnSync(`${root}node_modules/.bin/cem`, ['analyze', '--quiet'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    manifest = readJson<Manifest>(`${root}custom-elements.json`);
  });

  it(`validates against the custom-elements-manifest ${SCHEMA_VERSION} schema`, () => {
    assert.equal(manifest.schemaVersion, SCHEMA_VERSION);
    const version = readJson<{ version: string }>(
      `${root}node_modules/custom-elements-manifest/package.json`,
    );
    assert.equal(version.version, SCHEMA_VERSION, 'the schema package and the manifest agree on the version');
    assert.ok(validateManifest(manifest), ajv.errorsText(validateManifest.errors));
  });

  it('describes every element as a valid custom element declaration, with its tag', () => {
    const elements = elementsOf(manifest);
    assert.deepEqual(elements.map((e) => e.tagName).sort(), TAGS);
    for (const element of elements) {
      assert.ok(validateElement(element), `${element.name}: ${ajv.errorsText(validateElement.errors)}`);
    }
  });

  it('defines only the real tags, each bound to its class', () => {
    const definitions = manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
    );
    assert.deepEqual(definitions.map((d) => d.name).sort(), TAGS);
    const classes = new Map(elementsOf(manifest).map((e) => [e.name, e.tagName]));
    for (const definition of definitions) {
      assert.equal(classes.get(definition.declaration?.name ?? ''), definition.name);
    }
  });

  it('lists each documented event once, by its name, and no other', () => {
    for (const element of elementsOf(manifest)) {
      const names = (element.events ?? []).map((e) => e.name);
      for (const name of names) {
        assert.ok(
          typeof name === 'string' && /^(civic-[a-z-]+|change)$/.test(name),
          `${element.tagName}: event ${name}`,
        );
      }
      assert.equal(new Set(names).size, names.length, `${element.tagName} lists an event twice`);
      for (const event of element.events ?? [])
        assert.ok(event.description, `${element.tagName}: ${event.name} has no description`);
    }
    const card = elementsOf(manifest).find((e) => e.tagName === 'civic-petition-card')!;
    assert.deepEqual(
      card.events?.map((e) => [e.name, e.type?.text]),
      [
        ['civic-load-error', 'CivicLoadErrorEvent'],
        ['civic-auth-required', 'CivicAuthRequiredEvent'],
      ],
    );
  });

  it('lists public instance members only, and the attributes of those members', () => {
    for (const element of elementsOf(manifest)) {
      for (const member of element.members ?? []) {
        const where = `${element.tagName}.${member.name}`;
        assert.ok(!member.privacy || member.privacy === 'public', `${where} is ${member.privacy}`);
        assert.ok(!member.static, `${where} is static`);
        assert.ok(
          !member.name?.startsWith('#') && !member.name?.startsWith('_'),
          `${where} is private by name`,
        );
      }
      const fields = new Set((element.members ?? []).map((m) => m.name));
      for (const attribute of element.attributes ?? []) {
        assert.ok(
          attribute.fieldName && fields.has(attribute.fieldName),
          `${element.tagName}[${attribute.name}]`,
        );
        assert.ok(attribute.type?.text, `${element.tagName}[${attribute.name}] has a type`);
      }
    }
    const card = elementsOf(manifest).find((e) => e.tagName === 'civic-petition-card')!;
    assert.deepEqual(card.members?.map((m) => m.name).sort(), [
      'apiBase',
      'embedScript',
      'getToken',
      'headingLevel',
      'petition',
      'theme',
      'variant',
      'withDownload',
      'withForm',
    ]);
    const variant = card.attributes?.find((a) => a.name === 'variant');
    assert.equal(
      variant?.type?.text,
      "'full' | 'compact'",
      'an alias of string literals is listed as its values',
    );
  });

  it('points every module and reference into dist/npm/, at a module the build emits', () => {
    const paths: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof inner === 'string') paths.push(inner);
          else collect(inner);
        }
      }
    };
    collect(manifest.modules);
    assert.ok(paths.length > 0);
    for (const path of paths) {
      assert.match(path, /^dist\/npm\/.+\.js$/);
      const source = `${root}src/${path.slice('dist/npm/'.length, -'.js'.length)}.ts`;
      assert.ok(existsSync(source), `${path} is built from ${source}`);
    }
  });

  it('gives editors the same elements: VS Code custom data and JetBrains web-types', () => {
    interface VsCodeData {
      tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[];
    }
    interface WebTypes {
      'description-markup': string;
      contributions: { html: { elements: { name: string; events: { name: string }[] }[] } };
    }
    const vscode = readJson<VsCodeData>(`${root}dist/integrations/vscode.html-custom-data.json`);
    assert.deepEqual(
      vscode.tags.map((t) => t.name),
      TAGS,
    );
    const card = vscode.tags.find((t) => t.name === 'civic-petition-card');
    assert.deepEqual(
      card?.attributes.find((a) => a.name === 'variant')?.values?.map((v) => v.name),
      ['full', 'compact'],
    );
    const webTypes = readJson<WebTypes>(`${root}dist/integrations/web-types.json`);
    assert.deepEqual(
      webTypes.contributions.html.elements.map((e) => e.name),
      TAGS,
    );
    const form = webTypes.contributions.html.elements.find((e) => e.name === 'civic-signature-form');
    assert.deepEqual(form?.events.map((e) => e.name).sort(), [
      'civic-auth-required',
      'civic-load-error',
      'civic-signed',
    ]);
  });

  it('gives Storybook one control per public property, and none for private state', async () => {
    // Storybook's own reading of the manifest (its argTypes extraction), on the manifest that
    // .storybook/preview.ts hands it. Its browser chunk expects a `window`.
    (globalThis as { window?: unknown }).window ??= globalThis;
    const { setCustomElementsManifest } = await import('@storybook/web-components');
    const argTypesModule = `${root}node_modules/@storybook/web-components/dist/entry-preview-argtypes.js`;
    const { parameters } = (await import(pathToFileURL(argTypesModule).href)) as {
      parameters: {
        docs: { extractArgTypes: (tag: string) => Record<string, { table?: { category?: string } }> };
      };
    };
    setCustomElementsManifest(storybookManifest(manifest));
    const argTypes = parameters.docs.extractArgTypes('civic-petition-card');
    const byCategory = (category: string) =>
      Object.entries(argTypes)
        .filter(([, argType]) => argType.table?.category === category)
        .map(([name]) => name)
        .sort();
    assert.deepEqual(
      [...byCategory('properties'), ...byCategory('attributes')],
      [
        'apiBase',
        'embedScript',
        'getToken',
        'headingLevel',
        'petition',
        'theme',
        'variant',
        'withDownload',
        'withForm',
      ],
    );
    assert.deepEqual(byCategory('events'), ['civic-auth-required', 'civic-load-error']);
  });
});

describe('cleanManifest()', () => {
  // What the analyzer wrote before the clean-up, in small: the base class's dispatches read as
  // events named `detail` or not named, `define()`'s own `customElements.define(tagName, …)`,
  // private state and static internals.
  const raw: Manifest = {
    schemaVersion: '1.0.0',
    modules: [
      {
        path: 'src/internal/define.ts',
        exports: [
          {
            kind: 'custom-element-definition',
            name: 'tagName',
            declaration: { name: 'constructor', module: 'src/internal/define.ts' },
          },
        ],
      },
      {
        path: 'src/components/x/x.ts',
        declarations: [
          {
            kind: 'class',
            name: 'CivicX',
            customElement: true,
            tagName: 'civic-x',
            superclass: { name: 'CivicElement', module: 'src/internal/civic-element.ts' },
            members: [
              { kind: 'field', name: 'label', description: 'Shown.' },
              { kind: 'field', name: 'open', privacy: 'private' },
              { kind: 'method', name: 'renderPanel', privacy: 'protected' },
              { kind: 'field', name: 'civicVersion', static: true },
              {
                kind: 'field',
                name: 'apiBase',
                inheritedFrom: { name: 'CivicElement', module: 'src/internal/civic-element.ts' },
              },
            ],
            attributes: [
              { name: 'label', fieldName: 'label' },
              { name: 'open', fieldName: 'open' },
              { name: 'lang' },
            ],
            events: [
              { name: 'detail', type: { text: 'CivicLoadErrorEvent' } },
              { type: { text: 'CivicAuthRequiredEvent' } },
              { name: 'civic-load-error', type: { text: 'CivicLoadErrorEvent' }, description: 'Failed.' },
              { name: 'civic-load-error', type: { text: 'CivicLoadErrorEvent' }, description: 'Inherited.' },
            ],
          },
        ],
        exports: [
          { kind: 'js', name: 'CivicX', declaration: { name: 'CivicX', module: 'src/components/x/x.ts' } },
          {
            kind: 'custom-element-definition',
            name: 'civic-x',
            declaration: { name: 'CivicX', module: 'src/components/x/x.ts' },
          },
        ],
      },
      { path: 'src/i18n/tables/x/en.ts', declarations: [{ kind: 'variable', name: 'en' }] },
      {
        path: 'src/index.ts',
        exports: [
          { kind: 'js', name: 'CivicX', declaration: { name: 'CivicX', module: './components/x/x.js' } },
          { kind: 'js', name: '*', declaration: { name: '*', module: 'src/client/index.js' } },
        ],
      },
    ],
  };

  it('keeps the public surface and drops the rest', () => {
    const cleaned = cleanManifest(raw);
    assert.deepEqual(
      cleaned.modules.map((m) => m.path),
      ['dist/npm/components/x/x.js', 'dist/npm/index.js'],
    );
    assert.deepEqual(
      cleaned.modules[1]!.exports?.map((e) => e.declaration?.module),
      ['dist/npm/components/x/x.js', 'dist/npm/client/index.js'],
    );
    const [element] = elementsOf(cleaned);
    assert.deepEqual(
      element!.members?.map((m) => m.name),
      ['label', 'apiBase'],
    );
    assert.deepEqual(
      element!.attributes?.map((a) => a.name),
      ['label'],
    );
    assert.deepEqual(element!.events, [
      { name: 'civic-load-error', type: { text: 'CivicLoadErrorEvent' }, description: 'Failed.' },
    ]);
    assert.equal(element!.superclass?.module, 'dist/npm/internal/civic-element.js');
    assert.deepEqual(
      cleaned.modules[0]!.exports?.map((e) => [e.kind, e.name, e.declaration?.module]),
      [
        ['js', 'CivicX', 'dist/npm/components/x/x.js'],
        ['custom-element-definition', 'civic-x', 'dist/npm/components/x/x.js'],
      ],
    );
    assert.equal(cleaned.schemaVersion, SCHEMA_VERSION);
  });

  it('leaves its input alone', () => {
    const before = JSON.stringify(raw);
    cleanManifest(raw);
    assert.equal(JSON.stringify(raw), before);
  });
});
