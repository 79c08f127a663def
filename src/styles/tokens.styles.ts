import { css, unsafeCSS } from 'lit';

/*
 * Design tokens. Pages theme the widgets with public `--civic-*` properties; every one has a
 * fallback, so a widget on an unthemed page looks like a sober public service (GOV.UK palette,
 * system fonts, high contrast).
 *
 * Inside a shadow tree, styles read the resolved private `--_civic-*` values. They are set on the
 * top-level shadow children rather than `:host`, so page CSS aimed at the host cannot change them
 * and they do not leak into slotted content. `:host` itself uses the public token and fallback.
 *
 * Dark fallbacks apply with `theme="dark"`, and with `theme="auto"` when the reader's system is
 * dark; without a theme the widget is light, like the city page it sits on. A dark widget reads
 * only the `--civic-dark-color-*` tokens, never `--civic-color-*`: a page's colour chosen for a
 * light background (a dark blue link) cannot land on a dark one.
 */

/** Every colour token (`--civic-color-<name>` in light mode, `--civic-dark-color-<name>` in dark) and its defaults. */
export const COLOR_TOKENS = [
  { name: 'text', light: '#0b0c0c', dark: '#f3f2f1' },
  { name: 'text-secondary', light: '#505a5f', dark: '#b1b4b6' },
  { name: 'background', light: '#ffffff', dark: '#0b0c0c' },
  { name: 'surface', light: '#f3f2f1', dark: '#1d1e1f' },
  { name: 'link', light: '#1d70b8', dark: '#8ab4f8' },
  { name: 'link-hover', light: '#003078', dark: '#aecbfa' },
  { name: 'link-visited', light: '#4c2c92', dark: '#c3a6f0' },
  { name: 'focus', light: '#ffdd00', dark: '#ffdd00' },
  { name: 'focus-text', light: '#0b0c0c', dark: '#0b0c0c' },
  { name: 'error', light: '#d4351c', dark: '#ff8a70' },
  { name: 'success', light: '#00703c', dark: '#6fcf97' },
  { name: 'border', light: '#b1b4b6', dark: '#6f777b' },
  { name: 'border-input', light: '#0b0c0c', dark: '#b1b4b6' },
  { name: 'button', light: '#00703c', dark: '#00703c' },
  { name: 'button-hover', light: '#005a30', dark: '#005a30' },
  { name: 'button-text', light: '#ffffff', dark: '#ffffff' },
  { name: 'button-shadow', light: '#002d18', dark: '#000000' },
  { name: 'button-secondary', light: '#f3f2f1', dark: '#383f43' },
  { name: 'button-secondary-hover', light: '#dbdad9', dark: '#505a5f' },
  { name: 'button-secondary-text', light: '#0b0c0c', dark: '#f3f2f1' },
  { name: 'button-secondary-shadow', light: '#929191', dark: '#000000' },
  { name: 'skeleton', light: '#f3f2f1', dark: '#2b2c2d' },
  { name: 'skeleton-shine', light: '#ffffff', dark: '#383f43' },
] as const;

/** The private colour values of one scheme, each from its public token of that scheme only. */
function palette(scheme: 'light' | 'dark'): ReturnType<typeof unsafeCSS> {
  const prefix = scheme === 'light' ? '--civic-color-' : '--civic-dark-color-';
  return unsafeCSS(
    COLOR_TOKENS.map(
      (token) => `--_civic-color-${token.name}: var(${prefix}${token.name}, ${token[scheme]});`,
    ).join('\n'),
  );
}

const light = palette('light');
const dark = palette('dark');

/* Windows High Contrast and other forced palettes: system colours, borders kept visible. */
const forced = css`
  --_civic-color-text: CanvasText;
  --_civic-color-text-secondary: CanvasText;
  --_civic-color-background: Canvas;
  --_civic-color-surface: Canvas;
  --_civic-color-link: LinkText;
  --_civic-color-link-hover: LinkText;
  --_civic-color-link-visited: VisitedText;
  --_civic-color-focus: Highlight;
  --_civic-color-focus-text: CanvasText;
  --_civic-color-error: CanvasText;
  --_civic-color-success: CanvasText;
  --_civic-color-border: CanvasText;
  --_civic-color-border-input: CanvasText;
  --_civic-color-button: ButtonFace;
  --_civic-color-button-hover: ButtonFace;
  --_civic-color-button-text: ButtonText;
  --_civic-color-button-shadow: ButtonText;
  --_civic-color-button-secondary: ButtonFace;
  --_civic-color-button-secondary-hover: ButtonFace;
  --_civic-color-button-secondary-text: ButtonText;
  --_civic-color-button-secondary-shadow: ButtonText;
  --_civic-color-skeleton: Canvas;
  --_civic-color-skeleton-shine: Canvas;
`;

const scale = css`
  --_civic-font-family: var(
    --civic-font-family,
    system-ui,
    -apple-system,
    'Segoe UI',
    Roboto,
    'Noto Sans',
    'Helvetica Neue',
    Arial,
    sans-serif
  );
  --_civic-font-size-s: var(--civic-font-size-s, 0.875rem);
  --_civic-font-size-m: var(--civic-font-size-m, 1rem);
  --_civic-font-size-l: var(--civic-font-size-l, 1.25rem);
  --_civic-font-size-xl: var(--civic-font-size-xl, 1.5rem);
  --_civic-font-size-xxl: var(--civic-font-size-xxl, 2rem);
  --_civic-font-weight-bold: var(--civic-font-weight-bold, 700);
  --_civic-line-height: var(--civic-line-height, 1.5);
  --_civic-space-1: var(--civic-space-1, 0.25rem);
  --_civic-space-2: var(--civic-space-2, 0.5rem);
  --_civic-space-3: var(--civic-space-3, 0.75rem);
  --_civic-space-4: var(--civic-space-4, 1rem);
  --_civic-space-5: var(--civic-space-5, 1.5rem);
  --_civic-space-6: var(--civic-space-6, 2rem);
  --_civic-space-7: var(--civic-space-7, 3rem);
  --_civic-radius: var(--civic-radius, 0.25rem);
  --_civic-border-width: var(--civic-border-width, 1px);
  --_civic-focus-width: var(--civic-focus-width, 3px);
  --_civic-transition-duration: var(--civic-transition-duration, 150ms);
`;

export const tokenStyles = css`
  :host {
    color-scheme: light;
    color: var(--civic-color-text, #0b0c0c);
    font-family: var(
      --civic-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    font-size: var(--civic-font-size-m, 1rem);
    line-height: var(--civic-line-height, 1.5);
  }

  :host > * {
    ${scale}
    ${light}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      color-scheme: dark;
      color: var(--civic-dark-color-text, #f3f2f1);
    }

    :host([theme='auto']) > * {
      ${dark}
    }
  }

  :host([theme='dark']) {
    color-scheme: dark;
    color: var(--civic-dark-color-text, #f3f2f1);
  }

  :host([theme='dark']) > * {
    ${dark}
  }

  /* As specific as the theme rules above, and later, so the forced palette wins. */
  @media (forced-colors: active) {
    :host(:not([theme])) > *,
    :host([theme]) > * {
      ${forced}
    }
  }
`;
