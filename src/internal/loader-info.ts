/**
 * What the CDN loader (`dist/cdn/civic-widgets.js`) tells the widgets it loads: where it was loaded
 * from, and how to tell it about more of the page. Widgets bundled by an npm user's own build find
 * nothing here.
 */
export interface LoaderInfo {
  /** Absolute URL of the loader script, as the page included it. */
  readonly url: string;
  /** Defines the `civic-*` elements in `root` (a widget's shadow root), now and as they are added. */
  readonly observe?: (root: Node) => void;
  /** Preloads, with its integrity hash, the chunk of a built-in language a widget is about to import. */
  readonly languageRequested?: (language: string) => void;
}

/** The global slot the loader fills; a symbol in the global registry, so no page global is taken. */
export const LOADER_INFO = Symbol.for('civic-widgets.loader');

/** The loader's info, or `undefined` when the widgets were not loaded through it. */
export function loaderInfo(): LoaderInfo | undefined {
  const info = (globalThis as { [LOADER_INFO]?: unknown })[LOADER_INFO];
  if (typeof info !== 'object' || info === null) return undefined;
  const { url, observe, languageRequested } = info as Record<string, unknown>;
  if (typeof url !== 'string') return undefined;
  return {
    url,
    observe: typeof observe === 'function' ? (observe as LoaderInfo['observe']) : undefined,
    languageRequested:
      typeof languageRequested === 'function'
        ? (languageRequested as LoaderInfo['languageRequested'])
        : undefined,
  };
}
