/**
 * What the CDN loader (`dist/cdn/civic-widgets.js`) tells the widgets it loads: where it was loaded
 * from. Widgets bundled by an npm user's own build find nothing here.
 */
export interface LoaderInfo {
  /** Absolute URL of the loader script, as the page included it. */
  readonly url: string;
}

/** The global slot the loader fills; a symbol in the global registry, so no page global is taken. */
export const LOADER_INFO = Symbol.for('civic-widgets.loader');

/** The loader's info, or `undefined` when the widgets were not loaded through it. */
export function loaderInfo(): LoaderInfo | undefined {
  const info = (globalThis as { [LOADER_INFO]?: unknown })[LOADER_INFO];
  if (typeof info !== 'object' || info === null) return undefined;
  const url = (info as { url?: unknown }).url;
  return typeof url === 'string' ? { url } : undefined;
}
