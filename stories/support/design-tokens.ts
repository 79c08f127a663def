import { css, html, LitElement, unsafeCSS } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hostStyles, tokenStyles } from '../../src/styles/index.js';

/*
 * Story-only element that shows the design tokens as a widget sees them: it adopts the same token
 * styles, so the values shown are the resolved ones for the current theme (and any page overrides).
 * Token names are read from the token stylesheet itself, so new tokens appear here without edits.
 */

function tokenNames(prefix: string): string[] {
  const names = tokenStyles.cssText.match(new RegExp(`--_civic-${prefix}[a-z0-9-]*(?=\\s*:)`, 'g')) ?? [];
  return [...new Set(names)].map((name) => name.slice('--_civic-'.length));
}

export const COLOR_TOKENS = tokenNames('color-');
export const FONT_SIZE_TOKENS = tokenNames('font-size-');

const tokenClasses = unsafeCSS(
  [
    ...COLOR_TOKENS.map((name) => `.swatch-${name} { background: var(--_civic-${name}); }`),
    ...FONT_SIZE_TOKENS.map((name) => `.sample-${name} { font-size: var(--_civic-${name}); }`),
  ].join('\n'),
);

type Rgb = [number, number, number];

function parseRgb(value: string): Rgb | undefined {
  const match = value.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

export const TOKEN_SECTIONS = ['colours', 'typography'] as const;
export type TokenSection = (typeof TOKEN_SECTIONS)[number];

interface ColorRow {
  name: string;
  hex: string;
  contrast: string;
}

export class CivicStoryTokens extends LitElement {
  static override styles = [
    hostStyles,
    tokenStyles,
    tokenClasses,
    css`
      .sheet {
        padding: var(--_civic-space-4);
        background: var(--_civic-color-background);
        color: var(--_civic-color-text);
        font-family: var(--_civic-font-family);
        line-height: var(--_civic-line-height);
      }
      table {
        border-collapse: collapse;
        inline-size: 100%;
      }
      caption {
        text-align: start;
        font-size: var(--_civic-font-size-l);
        font-weight: var(--_civic-font-weight-bold);
        padding-block-end: var(--_civic-space-3);
      }
      th,
      td {
        text-align: start;
        padding: var(--_civic-space-2) var(--_civic-space-3);
        border-block-end: var(--_civic-border-width) solid var(--_civic-color-border);
        vertical-align: middle;
      }
      code {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: var(--_civic-font-size-s);
      }
      .swatch {
        display: inline-block;
        inline-size: 3rem;
        block-size: 2rem;
        border: var(--_civic-border-width) solid var(--_civic-color-text);
        border-radius: var(--_civic-radius);
      }
    `,
  ];

  @state() private colors: ColorRow[] = [];

  /** Which group of tokens to show. */
  @property({ reflect: true }) section: TokenSection = 'colours';

  /** The theme the widgets are in; set by the story frame like on any `civic-*` element. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  override updated(changed: PropertyValues<this>): void {
    // Measured after the frame paints, outside Lit's update cycle: the values come from computed styles.
    if (changed.has('theme') || changed.has('section')) requestAnimationFrame(() => this.measureColors());
  }

  /** Reads the resolved colour of each swatch and its contrast with the background token. */
  private measureColors(): void {
    if (this.section !== 'colours') return;
    const read = (name: string) => {
      const swatch = this.renderRoot.querySelector(`.swatch-${name}`);
      return swatch ? parseRgb(getComputedStyle(swatch).backgroundColor) : undefined;
    };
    const background = read('color-background');
    const rows = COLOR_TOKENS.map((name) => {
      const rgb = read(name);
      return {
        name,
        hex: rgb ? toHex(rgb) : 'system colour',
        contrast: rgb && background ? `${contrastRatio(rgb, background).toFixed(2)}:1` : '–',
      };
    });
    if (JSON.stringify(rows) !== JSON.stringify(this.colors)) this.colors = rows;
  }

  private renderColours() {
    const measured = new Map(this.colors.map((row) => [row.name, row]));
    return html`<table>
      <caption>
        Colour tokens (${this.theme ?? 'light'} theme)
      </caption>
      <thead>
        <tr>
          <th scope="col">Swatch</th>
          <th scope="col">Token</th>
          <th scope="col">Value</th>
          <th scope="col">Contrast with background</th>
        </tr>
      </thead>
      <tbody>
        ${COLOR_TOKENS.map(
          (name) =>
            html`<tr>
              <td><span class="swatch swatch-${name}" aria-hidden="true"></span></td>
              <td><code>--civic-${name}</code></td>
              <td><code>${measured.get(name)?.hex ?? '…'}</code></td>
              <td>${measured.get(name)?.contrast ?? '…'}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderTypography() {
    return html`<table>
      <caption>
        Type scale
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Sample</th>
        </tr>
      </thead>
      <tbody>
        ${FONT_SIZE_TOKENS.map(
          (name) =>
            html`<tr>
              <td><code>--civic-${name}</code></td>
              <td class="sample-${name}">Sign the petition · Подписать петицию · Петицияға қол қою</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override render() {
    const sections = {
      colours: () => this.renderColours(),
      typography: () => this.renderTypography(),
    };
    return html`<div class="sheet">${sections[this.section]()}</div>`;
  }
}

if (!customElements.get('civic-story-tokens')) customElements.define('civic-story-tokens', CivicStoryTokens);
