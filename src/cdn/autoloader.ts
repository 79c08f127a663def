import { LOADER_INFO } from '../internal/loader-info.js';
import type { LoaderInfo } from '../internal/loader-info.js';
import type { ChunkGraph } from './chunk-graph.js';

export interface AutoloaderOptions {
  readonly graph: ChunkGraph;
  /** The loader's own URL: chunk paths are relative to it. */
  readonly url: string;
  /** Imports a chunk; tests pass their own. */
  readonly importModule?: (url: string) => Promise<unknown>;
}

const importModule = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/** The primary language subtag of a `lang` value, lower case; `undefined` for an empty one. */
function languageOf(tag: string | null | undefined): string | undefined {
  const language = tag?.trim().split('-')[0]?.toLowerCase();
  return language ? language : undefined;
}

/**
 * Defines each `civic-*` element when the page has it, and not before: it watches the document and
 * the shadow roots of the widgets it loaded, and imports an element's chunk the first time its tag
 * appears. Before importing, it adds `<link rel="modulepreload">` for the chunk and every chunk it
 * imports, each with its integrity hash, so they download in parallel and each one is checked; the
 * strings of the page's language are preloaded with the first widget, in the same round trip.
 */
export function startAutoloader({
  graph,
  url,
  importModule: load = importModule,
}: AutoloaderOptions): LoaderInfo {
  const requested = new Set<string>();
  const preloaded = new Set<string>();
  const observed = new WeakSet<Node>();
  let languagesHinted = false;

  const absolute = (file: string): string => new URL(file, url).href;

  function preload(file: string): void {
    for (const chunk of [file, ...(graph.imports[file] ?? [])]) {
      if (preloaded.has(chunk)) continue;
      preloaded.add(chunk);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = 'anonymous';
      const integrity = graph.integrity[chunk];
      if (integrity !== undefined) link.integrity = integrity;
      link.href = absolute(chunk);
      document.head.append(link);
    }
  }

  function languageRequested(language: string): void {
    const file = graph.languages[language];
    if (file !== undefined) preload(file);
  }

  /** The languages the page's widgets will most likely ask for: the page's and any set on a widget. */
  function hintLanguages(elements: readonly Element[]): void {
    if (languagesHinted) return;
    languagesHinted = true;
    const languages = new Set<string>();
    const add = (tag: string | null | undefined): void => {
      const language = languageOf(tag);
      if (language !== undefined) languages.add(language in graph.languages ? language : 'en');
    };
    add(document.documentElement.lang || 'en');
    for (const element of elements) add(element.getAttribute('lang') ?? element.getAttribute('locale'));
    for (const language of languages) languageRequested(language);
  }

  function define(tag: string): void {
    const file = graph.elements[tag];
    if (file === undefined || requested.has(tag) || customElements.get(tag) !== undefined) return;
    requested.add(tag);
    preload(file);
    const chunkUrl = absolute(file);
    load(chunkUrl).catch((error: unknown) => {
      requested.delete(tag);
      console.error(
        `civic-widgets: <${tag}> could not be loaded from ${chunkUrl}; its fallback content stays.`,
        error,
      );
    });
  }

  function scan(root: Node): void {
    const found: Element[] = [];
    if (root instanceof Element && root.localName in graph.elements) found.push(root);
    if ('querySelectorAll' in root) {
      for (const element of (root as ParentNode).querySelectorAll(':not(:defined)')) {
        if (element.localName in graph.elements) found.push(element);
      }
    }
    if (found.length === 0) return;
    hintLanguages(found);
    for (const element of found) define(element.localName);
  }

  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) scan(node);
  });

  function observe(root: Node): void {
    if (observed.has(root)) return;
    observed.add(root);
    scan(root);
    observer.observe(root, { childList: true, subtree: true });
  }

  const info: LoaderInfo = { url, observe, languageRequested };
  (globalThis as { [LOADER_INFO]?: LoaderInfo })[LOADER_INFO] = info;
  observe(document);
  return info;
}
