import { loaderInfo } from '../../internal/loader-info.js';
import { isolate } from '../../internal/user-text.js';
import { VERSION } from '../../version.js';

/** What the embed snippet of one petition is made of. */
export interface EmbedCodeParts {
  /** Absolute URL of the kit's script. */
  readonly scriptSrc: string;
  /** Its Subresource Integrity value (`sha384-…`), when known. */
  readonly integrity?: string | undefined;
  readonly petitionId: string;
  /** Absolute API base the embedded card reads from. */
  readonly apiBase: string;
  /** Where the fallback link goes: the petition's page. */
  readonly fallbackUrl: string;
  /** Text of the fallback link: the petition's title. */
  readonly title: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML text and double-quoted attributes, so a hostile title stays text on the page it is pasted into. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/**
 * The HTML a webmaster pastes to show a petition on another page: the kit's script (pinned by its
 * integrity hash when known, fetched with CORS as SRI needs across origins) and the card, whose link
 * to the petition page is what readers get before the script runs and if it fails.
 * This is text for a textarea, never markup for this page. The title is isolated (FSI…PDI), so its
 * direction marks turn nothing after it around, in the textarea or on the page it is pasted into.
 */
export function embedCode(parts: EmbedCodeParts): string {
  const integrity = parts.integrity ? ` integrity="${escapeHtml(parts.integrity)}"` : '';
  return [
    `<script type="module" src="${escapeHtml(parts.scriptSrc)}"${integrity} crossorigin="anonymous"></script>`,
    `<civic-petition-card petition="${escapeHtml(parts.petitionId)}" api-base="${escapeHtml(parts.apiBase)}">`,
    `  <a href="${escapeHtml(parts.fallbackUrl)}">${isolate(escapeHtml(parts.title))}</a>`,
    `</civic-petition-card>`,
  ].join('\n');
}

/** The kit's public CDN URL for this version: what an npm user's bundle offers, having no script of its own. */
export const DEFAULT_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/civic-widgets@${VERSION}/dist/cdn/civic-widgets.js`;

/** A page's `<script>` of the kit itself: the loader or the one-file bundle (`civic-widgets.all.js`). */
const KIT_SCRIPT = /\/civic-widgets(?:\.[\w-]+)*\.js$/;

/**
 * The absolute URL of the kit's script for an embed code: the host's choice (`embed-script` on the
 * card or its `<civic-provider>`), else the CDN loader that loaded the kit, else the page's own
 * `<script>` of the kit, else the public CDN URL of this version (inside an npm user's bundle).
 */
export function embedScriptUrl(configured: string | undefined, doc: Document = document): string {
  if (configured) return new URL(configured, doc.baseURI).href;
  const loader = loaderInfo()?.url;
  if (loader) return new URL(loader, doc.baseURI).href;
  for (const script of Array.from(doc.querySelectorAll<HTMLScriptElement>('script[src]'))) {
    if (KIT_SCRIPT.test(new URL(script.src).pathname)) return script.src;
  }
  return DEFAULT_SCRIPT_URL;
}

/** The `integrity` the page itself gives the `<script>` at `url`, if any. */
export function declaredIntegrity(url: string, doc: Document = document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll<HTMLScriptElement>('script[src][integrity]'))) {
    const value = script.getAttribute('integrity')?.trim();
    if (script.src === url && value) return value;
  }
  return undefined;
}

const computed = new Map<string, Promise<string | undefined>>();

/**
 * The SRI value (`sha384-…`) of the script at `url`: the page's own `integrity` for it, else the
 * SHA-384 of the file as this browser gets it (from its cache when it can). `undefined` when it
 * cannot be read from here (CORS, offline, not found), when the page is not a secure context, and
 * for the public CDN default, which is never fetched.
 */
export function scriptIntegrity(url: string, doc: Document = document): Promise<string | undefined> {
  const declared = declaredIntegrity(url, doc);
  if (declared) return Promise.resolve(declared);
  // The public CDN is a host this page never named: fetching it would break a strict connect-src
  // (and send the city's CSP a violation report) for a hash the page can pin by naming its script.
  if (url === DEFAULT_SCRIPT_URL) return Promise.resolve(undefined);
  let pending = computed.get(url);
  if (!pending) {
    pending = computeIntegrity(url);
    computed.set(url, pending);
    // A failure (offline, say) is tried again next time.
    void pending.then((value) => value ?? computed.delete(url));
  }
  return pending;
}

async function computeIntegrity(url: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  try {
    const response = await fetch(url, { cache: 'force-cache', credentials: 'omit', mode: 'cors' });
    if (!response.ok) return undefined;
    const digest = new Uint8Array(await subtle.digest('SHA-384', await response.arrayBuffer()));
    let binary = '';
    for (const byte of digest) binary += String.fromCharCode(byte);
    return `sha384-${btoa(binary)}`;
  } catch {
    return undefined;
  }
}
