/** What the embed snippet of one petition is made of. */
export interface EmbedCodeParts {
  /** Absolute URL of the kit's script. */
  readonly scriptSrc: string;
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
 * The HTML a webmaster pastes to show a petition on another page: the kit's script and the card,
 * whose link to the petition page is what readers get before the script runs and if it fails.
 * This is text for a textarea, never markup for this page.
 */
export function embedCode(parts: EmbedCodeParts): string {
  return [
    `<script type="module" src="${escapeHtml(parts.scriptSrc)}"></script>`,
    `<civic-petition-card petition="${escapeHtml(parts.petitionId)}" api-base="${escapeHtml(parts.apiBase)}">`,
    `  <a href="${escapeHtml(parts.fallbackUrl)}">${escapeHtml(parts.title)}</a>`,
    `</civic-petition-card>`,
  ].join('\n');
}
