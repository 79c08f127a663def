// Cleans the manifest `cem analyze` writes, so custom-elements.json describes the published package:
// only the public surface of each element, with module paths into dist/npm/. Run by the analyzer as
// a plugin (custom-elements-manifest.config.mjs); the pure function is tested on its own.
import { posix } from 'node:path';

/** The manifest schema version this file is written and checked against (package custom-elements-manifest). */
export const SCHEMA_VERSION = '2.1.0';

/**
 * `src/a/b.ts` → `dist/npm/a/b.js`: where the published package has each module. The analyzer
 * writes references as `src/a/b.ts`, `src/a/b.js`, `/src/a/b.js` or relative to the module (`./b.js`), which `from`
 * (the referring module's path) resolves.
 */
export function distPath(path, from) {
  if (typeof path !== 'string') return path;
  const resolved =
    path.startsWith('./') || path.startsWith('../')
      ? posix.join(posix.dirname(from ?? ''), path)
      : path.replace(/^\/+/, '');
  const match = /^src\/(.+)\.(ts|js)$/.exec(resolved);
  return match && !resolved.endsWith('.d.ts') ? `dist/npm/${match[1]}.js` : path;
}

/** A valid custom element name (https://html.spec.whatwg.org/#valid-custom-element-name), ASCII subset. */
const CUSTOM_ELEMENT_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/** Global HTML attributes an element may observe (the widgets re-read their strings on `lang`/`dir`). */
const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir', 'id', 'class', 'style', 'title', 'hidden', 'slot', 'part']);

/** A member a page may use: public, not static, not `#private`. */
function isPublicMember(member) {
  if (!member?.name || member.name.startsWith('#') || member.name.startsWith('_')) return false;
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  return member.static !== true;
}

/**
 * An event the element documents. The analyzer also lists every `dispatchEvent(new X(arg))` it
 * sees, naming the event after the constructor's first argument (`detail`) or not at all; those
 * are the same events as the documented `@event` ones, so only documented events stay, once each.
 */
function cleanEvents(events) {
  const seen = new Set();
  const kept = [];
  for (const event of events ?? []) {
    if (typeof event?.name !== 'string' || event.name === '' || !event.description) continue;
    if (seen.has(event.name)) continue;
    seen.add(event.name);
    kept.push(event);
  }
  return kept;
}

function cleanAttributes(attributes, publicFields) {
  return (attributes ?? []).filter((attribute) => {
    if (!attribute?.name) return false;
    // Global attributes the element observes (`lang`, `dir`) are HTML's, not the element's API.
    if (!attribute.fieldName) return !GLOBAL_ATTRIBUTES.has(attribute.name) && Boolean(attribute.description);
    return publicFields.has(attribute.fieldName);
  });
}

function cleanElement(declaration) {
  const members = (declaration.members ?? []).filter(isPublicMember);
  const publicFields = new Set(members.filter((m) => m.kind === 'field').map((m) => m.name));
  const cleaned = { ...declaration, members };
  const attributes = cleanAttributes(declaration.attributes, publicFields);
  const events = cleanEvents(declaration.events);
  for (const [key, value] of [
    ['attributes', attributes],
    ['events', events],
  ]) {
    if (value.length > 0) cleaned[key] = value;
    else delete cleaned[key];
  }
  if (members.length === 0) delete cleaned.members;
  return cleaned;
}

/** Rewrites every `module` reference under `value` into dist/npm/, in place; `from` is the module's path. */
function rewriteReferences(value, from) {
  if (Array.isArray(value)) {
    for (const item of value) rewriteReferences(item, from);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string') value[key] = distPath(inner, from);
      else rewriteReferences(inner, from);
    }
  }
}

/**
 * Returns the manifest of the published package:
 * - modules: the root entry and each module that declares a registered element (the internal
 *   modules, string tables and protocol schemas are not custom-element API);
 * - elements: public instance members only, the attributes of those members, documented events once;
 * - definitions: only `civic-*`-style tags bound to an element declared in the manifest (the
 *   analyzer reads `customElements.define(tagName, constructor)` inside `define()` as a tag named
 *   `tagName`);
 * - paths into dist/npm/, `schemaVersion` of the schema it validates against.
 */
export function cleanManifest(manifest, { entryModules = ['src/index.ts'] } = {}) {
  const copy = structuredClone(manifest);
  const elementNames = new Set();
  for (const module of copy.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) elementNames.add(declaration.name);
    }
  }
  const modules = [];
  for (const module of copy.modules ?? []) {
    const declarations = (module.declarations ?? [])
      .filter((d) => !d.customElement || d.tagName)
      .map((d) => (d.customElement ? cleanElement(d) : d));
    const exports = (module.exports ?? []).filter(
      (e) =>
        e.kind !== 'custom-element-definition' ||
        (CUSTOM_ELEMENT_NAME.test(e.name) && elementNames.has(e.declaration?.name)),
    );
    const hasElement = declarations.some((d) => d.customElement);
    if (!hasElement && !entryModules.includes(module.path)) continue;
    // An element module keeps its element and what it registers; other exports there are helpers.
    modules.push({
      ...module,
      declarations: hasElement ? declarations.filter((d) => d.customElement) : declarations,
      exports: hasElement
        ? exports.filter((e) => e.kind === 'custom-element-definition' || elementNames.has(e.name))
        : exports,
    });
  }
  for (const module of modules) {
    rewriteReferences(module, module.path);
    module.path = distPath(module.path);
  }
  return { ...copy, schemaVersion: SCHEMA_VERSION, modules };
}

/** The analyzer plugin: cleans the manifest in place before it is written. */
export function cleanManifestPlugin(options) {
  return {
    name: 'civic-clean-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const cleaned = cleanManifest(customElementsManifest, options);
      for (const key of Object.keys(customElementsManifest)) delete customElementsManifest[key];
      Object.assign(customElementsManifest, cleaned);
    },
  };
}
