// Generated from the cleaned custom-elements.json when `cem analyze` runs (npm run build):
// - dist/types/jsx/<tag>.d.ts: JSX types of each element for React 19 and Preact;
// - dist/types/<entry>.d.ts: the types of each package entry (the module's own types, and the JSX
//   and tag-map types of the elements that entry registers);
// - dist/integrations/vscode.html-custom-data.json (VS Code) and web-types.json (JetBrains).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

/** The package's entries that register elements: subpath → the module it points at (in src/). */
export const ELEMENT_ENTRIES = {
  '.': 'src/index.ts',
  './petition-card': 'src/components/petition-card/petition-card.ts',
  './signature-form': 'src/components/signature-form/signature-form.ts',
  './signature-confirm': 'src/components/signature-confirm/signature-confirm.ts',
  './funding-progress': 'src/components/funding-progress/funding-progress.ts',
  './expert-leaderboard': 'src/components/expert-leaderboard/expert-leaderboard.ts',
  './idea-board': 'src/components/idea-board/idea-board.ts',
  './provider': 'src/components/provider/provider.ts',
};

/** The CDN files (built by scripts/cdn-build.mjs), which register every element: subpath → file. */
export const CDN_ENTRIES = {
  './bundle': 'dist/cdn/civic-widgets.all.js',
  './loader': 'dist/cdn/civic-widgets.js',
};

const HEADER = '// Generated from custom-elements.json by scripts/package/integrations.mjs; do not edit.';

/** Every registered element of the manifest: tag, class, its dist module and its declaration. */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) {
        elements.push({
          tagName: declaration.tagName,
          name: declaration.name,
          module: module.path,
          declaration,
        });
      }
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** `dist/npm/a/b.js` → `src/a/b.ts`. */
const srcPath = (distPath) => `src/${distPath.slice('dist/npm/'.length, -'.js'.length)}.ts`;

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The src modules an entry loads at run time (static, relative, not type-only imports). */
export function reachableModules(entry, root = process.cwd()) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.pop();
    if (seen.has(path) || !existsSync(join(root, path))) continue;
    seen.add(path);
    for (const match of readFileSync(join(root, path), 'utf8').matchAll(STATIC_IMPORT)) {
      const target = posix.join(posix.dirname(path), match[1]).replace(/\.js$/, '.ts');
      queue.push(target);
    }
  }
  return seen;
}

/** The tags an entry registers: the elements whose modules it loads. */
export function tagsRegisteredBy(entry, elements, root) {
  const modules = reachableModules(entry, root);
  return elements.filter((e) => modules.has(srcPath(e.module))).map((e) => e.tagName);
}

const doc = (text, indent = '') =>
  text ? `${indent}/** ${String(text).replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';

const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** Names of the event classes an element's events are typed with (a DOM `Event` needs no import). */
const eventTypes = (element) =>
  [
    ...new Set((element.declaration.events ?? []).map((e) => e.type?.text).filter((t) => t && t !== 'Event')),
  ].sort();

function describeElement(element) {
  const d = element.declaration;
  const lines = [d.summary ?? d.description ?? ''];
  const list = (title, items, name = (i) => `\`${i.name}\``) =>
    items?.length
      ? `\n\n${title}:\n${items.map((i) => `- ${name(i)}${i.description ? `: ${i.description}` : ''}`).join('\n')}`
      : '';
  lines.push(list('Events', d.events));
  lines.push(list('Slots', d.slots, (s) => (s.name ? `\`${s.name}\`` : '(default)')));
  lines.push(list('CSS parts', d.cssParts));
  return lines.join('').trim();
}

/** The JSX props interface of one element: attributes, properties and `on<event>` handlers. */
function jsxProps(element) {
  const d = element.declaration;
  const props = [];
  const names = new Set();
  for (const attribute of d.attributes ?? []) {
    const type = attribute.fieldName ? `${element.name}['${attribute.fieldName}']` : 'string';
    names.add(attribute.name);
    props.push(`${doc(attribute.description, '  ')}  ${quote(attribute.name)}?: ${type};`);
  }
  for (const member of d.members ?? []) {
    if (member.kind !== 'field' || names.has(member.name) || member.readonly) continue;
    names.add(member.name);
    props.push(
      `${doc(member.description, '  ')}  ${quote(member.name)}?: ${element.name}['${member.name}'];`,
    );
  }
  for (const event of d.events ?? []) {
    const type = event.type?.text ?? 'Event';
    props.push(
      `${doc(`${event.description ?? ''} React 19 and Preact add the listener for \`${event.name}\`.`, '  ')}  ${quote(`on${event.name}`)}?: (event: ${type}) => void;`,
    );
  }
  return props.join('\n');
}

/** dist/types/jsx/<tag>.d.ts: the element's props type and its React 19 and Preact JSX entries. */
export function jsxTypes(element) {
  const from = (module) => posix.relative('dist/types/jsx', module);
  const events = eventTypes(element);
  const props = `${element.name}JsxProps`;
  return `${HEADER}
// JSX types of <${element.tagName}>: React 19 (react-jsx) and Preact. Loaded by the types of every
// entry that registers the element, so \`import 'civic-widgets'\` is all a TSX file needs.
import type { ${element.name} } from '${from(element.module)}';
${events.length ? `import type { ${events.join(', ')} } from '${from('dist/npm/events/index.js')}';\n` : ''}
${doc(`Attributes, properties and events of \`<${element.tagName}>\` in JSX. Attributes are kebab-case (\`heading-level\`), properties camelCase (\`getToken\`); events are \`on\` + the event's name (\`oncivic-load-error\`), as React 19 and Preact pass them to the element.`)}export interface ${props} {
${jsxProps(element)}
}

/** A \`ref\` to the element (a ref object or a callback). */
type ${element.name}Ref = { current: ${element.name} | null } | ((element: ${element.name} | null) => unknown) | null;

/** What Preact's elements all take, for the custom element's props. */
interface ${element.name}PreactBase {
  children?: unknown;
  class?: string;
  className?: string;
  id?: string;
  slot?: string;
  style?: string | Record<string, string | number>;
  hidden?: boolean;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  title?: string;
  part?: string;
  exportparts?: string;
  tabIndex?: number;
  ref?: ${element.name}Ref;
}

declare global {
  // React 19: React's own HTML attributes (className, style, children, ref, onClick, …) and the
  // element's. Declared empty here so the types also hold in a program without React.
  namespace React {
    interface HTMLAttributes<T> {}
    interface RefAttributes<T> {}
    namespace JSX {
      interface IntrinsicElements {
${doc(describeElement(element), '        ')}        '${element.tagName}': HTMLAttributes<${element.name}> & RefAttributes<${element.name}> & ${props};
      }
    }
  }
  namespace preact.JSX {
    interface IntrinsicElements {
${doc(describeElement(element), '      ')}      '${element.tagName}': ${element.name}PreactBase & ${props};
    }
  }
}
`;
}

/** dist/types/<entry>.d.ts: the entry module's own types plus the elements it registers. */
export function entryTypes({ module, tags, description }) {
  const reexport = module ? `export * from '${posix.relative('dist/types', module)}';\n` : 'export {};\n';
  return `${HEADER}
${doc(description)}${reexport}${tags.map((tag) => `import './jsx/${tag}.js';`).join('\n')}
`;
}

/** The tag map of elements registered by a file whose own types the package has no d.ts for. */
function tagMap(elements) {
  return `
declare global {
  interface HTMLElementTagNameMap {
${elements.map((e) => `    '${e.tagName}': import('${posix.relative('dist/types', e.module)}').${e.name};`).join('\n')}
  }
}
`;
}

/** `'a' | 'b' | undefined` → ['a', 'b']; undefined when the type is not a union of string literals. */
export function literalValues(text) {
  if (!text) return undefined;
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  if (parts.length === 0 || !parts.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}

/** VS Code's HTML custom data (https://github.com/microsoft/vscode-custom-data). */
export function vscodeData(manifest) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: describeElement(element),
      attributes: (element.declaration.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        const boolean = attribute.type?.text === 'boolean';
        return {
          name: attribute.name,
          ...(attribute.description ? { description: attribute.description } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : boolean ? { valueSet: 'v' } : {}),
        };
      }),
    })),
  };
}

/** JetBrains web-types (https://github.com/JetBrains/web-types). */
export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => {
          const d = element.declaration;
          return {
            name: element.tagName,
            description: describeElement(element),
            source: { module: `./${element.module}`, symbol: element.name },
            attributes: (d.attributes ?? []).map((attribute) => {
              const values = literalValues(attribute.type?.text);
              const boolean = attribute.type?.text === 'boolean';
              return {
                name: attribute.name,
                ...(attribute.description ? { description: attribute.description } : {}),
                value: boolean
                  ? { type: 'boolean', required: false }
                  : values
                    ? { type: values.map((v) => `'${v}'`).join(' | ') }
                    : { type: attribute.type?.text?.replace(/\s*\|\s*undefined$/, '') ?? 'string' },
              };
            }),
            events: (d.events ?? []).map((event) => ({
              name: event.name,
              ...(event.description ? { description: event.description } : {}),
            })),
            slots: (d.slots ?? []).map((slot) => ({
              name: slot.name ?? '',
              ...(slot.description ? { description: slot.description } : {}),
            })),
            js: {
              properties: (d.members ?? [])
                .filter((m) => m.kind === 'field')
                .map((m) => ({
                  name: m.name,
                  ...(m.description ? { description: m.description } : {}),
                  ...(m.type?.text ? { type: m.type.text } : {}),
                })),
              events: (d.events ?? []).map((event) => ({
                name: event.name,
                ...(event.description ? { description: event.description } : {}),
              })),
            },
            css: {
              parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description })),
              properties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description })),
            },
          };
        }),
      },
    },
  };
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Writes every integration file for the (cleaned) manifest. */
export function writeIntegrations(manifest, { root = process.cwd() } = {}) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const elements = elementsOf(manifest);
  // Written whole each time, so a renamed element leaves no stale file behind.
  for (const dir of ['dist/types', 'dist/integrations'])
    rmSync(join(root, dir), { recursive: true, force: true });
  for (const element of elements)
    write(join(root, 'dist/types/jsx', `${element.tagName}.d.ts`), jsxTypes(element));
  for (const [subpath, source] of Object.entries(ELEMENT_ENTRIES)) {
    const name = subpath === '.' ? 'index' : subpath.slice(2);
    const tags = tagsRegisteredBy(source, elements, root);
    const module = `dist/npm/${source.slice('src/'.length, -'.ts'.length)}.js`;
    write(
      join(root, 'dist/types', `${name}.d.ts`),
      entryTypes({
        module,
        tags,
        description: `\`civic-widgets${subpath === '.' ? '' : subpath.slice(1)}\`: registers ${tags.map((t) => `<${t}>`).join(', ')}.`,
      }),
    );
  }
  const all = elements.map((e) => e.tagName);
  write(
    join(root, 'dist/types/bundle.d.ts'),
    entryTypes({
      tags: all,
      description:
        '`civic-widgets/bundle`: the self-contained CDN file; importing it registers every element. Its classes are not exported: import them from `civic-widgets` instead.',
    }) + tagMap(elements),
  );
  write(
    join(root, 'dist/types/loader.d.ts'),
    entryTypes({
      tags: all,
      description:
        "`civic-widgets/loader`: the CDN loader; it defines each element when the page has its tag, loading that widget's code then.",
    }) + tagMap(elements),
  );
  write(
    join(root, 'dist/integrations/vscode.html-custom-data.json'),
    `${JSON.stringify(vscodeData(manifest), null, 2)}\n`,
  );
  write(
    join(root, 'dist/integrations/web-types.json'),
    `${JSON.stringify(webTypes(manifest, pkg), null, 2)}\n`,
  );
}

/** The analyzer plugin: writes the integrations from the final (cleaned) manifest. */
export function integrationsPlugin() {
  return {
    name: 'civic-integrations',
    packageLinkPhase({ customElementsManifest }) {
      writeIntegrations(customElementsManifest);
    },
  };
}
