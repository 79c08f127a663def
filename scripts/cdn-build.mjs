// The CDN build (dist/cdn), in three Vite passes:
//  1. chunks: one entry per element and per built-in language, shared code split out once;
//  2. the loader, civic-widgets.js, with the chunk graph (files, imports, integrity hashes) built in;
//  3. civic-widgets.all.js, everything in one self-contained file for webmasters who want one.
// Every file is written with .br and .gz siblings for servers that send pre-compressed files.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { build } from 'vite';

export const CDN_DIR = 'dist/cdn';
export const LOADER_FILE = 'civic-widgets.js';
export const ALL_IN_ONE_FILE = 'civic-widgets.all.js';
export const GRAPH_FILE = 'chunk-graph.json';

/** Every element, by tag: `src/components/<name>/<name>.ts` defines `<civic-<name>>`. */
export function elementEntries() {
  return Object.fromEntries(
    readdirSync('src/components', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [`civic-${entry.name}`, `src/components/${entry.name}/${entry.name}.ts`]),
  );
}

export const LANGUAGES = ['en', 'ru', 'kk'];

/**
 * The kit's infrastructure (Lit, valibot, the client, the protocol, the base element, formatting,
 * styles) shared by two widgets or more goes into one `core` chunk, the rest stays with its widget.
 * Split by the exact set of widgets that share each module (rolldown's default), a page with one
 * card fetched 19 files: over HTTP/1.1's six connections and a phone's 150 ms round trip, those
 * waves cost more than the few kilobytes a page now fetches that it does not run (funding
 * progress: +0.7 KiB; every other page is smaller, see docs/performance.md).
 */
const CHUNKING = {
  groups: [
    {
      name: 'core',
      test: /node_modules|src[\\/](client|internal|context|events|styles|protocol|i18n[\\/](format|formatter-cache|intl-formatters|locale-tags|localize-controller|messages|money|translations|language-packs))/,
      minShareCount: 2,
    },
  ],
};

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * What every pass shares: ES2022, real minification (whitespace too), source maps with their
 * sources. Library mode, so that Vite adds no preload helper of its own (the loader preloads).
 */
function passConfig({ input, entryFileNames, codeSplitting, define }) {
  return {
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    define,
    build: {
      outDir: CDN_DIR,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      lib: { entry: input, formats: ['es'] },
      rolldownOptions: {
        preserveEntrySignatures: 'strict',
        output: {
          entryFileNames,
          chunkFileNames: 'shared-[hash].js',
          codeSplitting,
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: false },
          sourcemapExcludeSources: false,
          // V8's explicit compile hint: compile every function while the script streams in, off the
          // main thread, instead of lazily on the first render (about 30 ms on a mid-range phone).
          banner: '//# allFunctionsCalledOnLoad',
        },
      },
    },
  };
}

function chunksOf(result) {
  const outputs = Array.isArray(result) ? result.flatMap((r) => r.output) : result.output;
  return outputs.filter((item) => item.type === 'chunk');
}

/** Every chunk a chunk imports statically, directly or through others, in a stable order. */
function closure(file, byFile) {
  const seen = new Set();
  const visit = (name) => {
    for (const dep of byFile.get(name)?.imports ?? []) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      visit(dep);
    }
  };
  visit(file);
  return [...seen].sort();
}

function compressSiblings(path) {
  const bytes = readFileSync(path);
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
}

/** Builds dist/cdn; returns the chunk graph the loader carries. */
export async function buildCdn() {
  rmSync(CDN_DIR, { recursive: true, force: true });
  const elements = elementEntries();
  const input = {
    ...Object.fromEntries(Object.entries(elements).map(([tag, path]) => [tag.replace(/^civic-/, ''), path])),
    ...Object.fromEntries(LANGUAGES.map((language) => [`lang-${language}`, `src/i18n/${language}.ts`])),
  };
  const chunks = chunksOf(
    await build(passConfig({ input, entryFileNames: '[name]-[hash].js', codeSplitting: CHUNKING })),
  );
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entryFile = (path) => {
    const chunk = chunks.find(
      (c) => c.isEntry && c.facadeModuleId && relative('.', c.facadeModuleId) === path,
    );
    if (!chunk) throw new Error(`the CDN build produced no chunk for ${path}`);
    return chunk.fileName;
  };
  const graph = {
    elements: Object.fromEntries(Object.entries(elements).map(([tag, path]) => [tag, entryFile(path)])),
    languages: Object.fromEntries(
      LANGUAGES.map((language) => [language, entryFile(`src/i18n/${language}.ts`)]),
    ),
    imports: {},
    integrity: {},
  };
  for (const chunk of chunks) {
    const deps = closure(chunk.fileName, byFile);
    if (deps.length > 0) graph.imports[chunk.fileName] = deps;
    graph.integrity[chunk.fileName] = sri(readFileSync(join(CDN_DIR, chunk.fileName)));
  }

  await build(
    passConfig({
      input: { loader: 'src/cdn/loader.ts' },
      entryFileNames: LOADER_FILE,
      codeSplitting: false,
      define: { __CIVIC_CHUNK_GRAPH__: JSON.stringify(graph) },
    }),
  );
  await build(
    passConfig({ input: { all: 'src/index.ts' }, entryFileNames: ALL_IN_ONE_FILE, codeSplitting: false }),
  );

  const files = [...chunks.map((chunk) => chunk.fileName), LOADER_FILE, ALL_IN_ONE_FILE];
  for (const file of files) compressSiblings(join(CDN_DIR, file));
  // The chunks' hashes are in the graph already; the loader and the one-file bundle are added.
  const integrity = { ...graph.integrity };
  for (const file of [LOADER_FILE, ALL_IN_ONE_FILE]) integrity[file] = sri(readFileSync(join(CDN_DIR, file)));
  writeFileSync(join(CDN_DIR, GRAPH_FILE), `${JSON.stringify({ ...graph, integrity }, null, 2)}\n`);
  return { graph, files, integrity };
}

/**
 * What a page downloads for the widgets, in brotli bytes: the loader, then for each element its
 * chunk and every chunk that imports, and the strings of the page's language. `target` is issue
 * 22's goal; `ceiling` is what the build allows today, a little above the size measured when it
 * was set, so that growth fails the build while the targets are not met yet (docs/performance.md
 * says what stands between the two).
 */
const KiB = 1024;
export const PAGE_BUDGETS = [
  { page: 'the loader alone', elements: [], language: undefined, target: 4 * KiB, ceiling: 4 * KiB },
  {
    page: 'one <civic-petition-card with-form>, Kazakh',
    elements: ['civic-petition-card'],
    language: 'kk',
    target: 25 * KiB,
    ceiling: 52 * KiB,
  },
  {
    page: 'one <civic-funding-progress>, English',
    elements: ['civic-funding-progress'],
    language: 'en',
    target: 20 * KiB,
    ceiling: 40 * KiB,
  },
  ...LANGUAGES.map((language) => ({
    page: `every widget, ${{ en: 'English', ru: 'Russian', kk: 'Kazakh' }[language]}`,
    elements: 'all',
    language,
    target: 60 * KiB,
    ceiling: 84 * KiB,
  })),
];

const brotliSize = (path) =>
  brotliCompressSync(readFileSync(path), { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The files a page loads and their brotli sizes, for each budgeted page. */
export function measurePages(graph) {
  return PAGE_BUDGETS.map(({ page, elements, language, target, ceiling }) => {
    const tags = elements === 'all' ? Object.keys(graph.elements) : elements;
    const files = new Set([LOADER_FILE]);
    const roots = [
      ...tags.map((tag) => graph.elements[tag]),
      ...(language ? [graph.languages[language]] : []),
    ];
    for (const root of roots) for (const file of [root, ...(graph.imports[root] ?? [])]) files.add(file);
    const brotli = [...files].reduce((sum, file) => sum + brotliSize(join(CDN_DIR, file)), 0);
    return { page, files: [...files], brotli, target, ceiling };
  });
}
