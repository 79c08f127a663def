import { css } from 'lit';

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
 * dark; without a theme the widget is light, like the city page it sits on. A page that sets colour
 * tokens and uses dark or auto should set them for both schemes.
 */

const light = css`
  --_civic-color-text: var(--civic-color-text, #0b0c0c);
  --_civic-color-text-secondary: var(--civic-color-text-secondary, #505a5f);
  --_civic-color-background: var(--civic-color-background, #ffffff);
  --_civic-color-surface: var(--civic-color-surface, #f3f2f1);
  --_civic-color-link: var(--civic-color-link, #1d70b8);
  --_civic-color-link-hover: var(--civic-color-link-hover, #003078);
  --_civic-color-link-visited: var(--civic-color-link-visited, #4c2c92);
  --_civic-color-focus: var(--civic-color-focus, #ffdd00);
  --_civic-color-focus-text: var(--civic-color-focus-text, #0b0c0c);
  --_civic-color-error: var(--civic-color-error, #d4351c);
  --_civic-color-success: var(--civic-color-success, #00703c);
  --_civic-color-border: var(--civic-color-border, #b1b4b6);
  --_civic-color-border-input: var(--civic-color-border-input, #0b0c0c);
  --_civic-color-button: var(--civic-color-button, #00703c);
  --_civic-color-button-hover: var(--civic-color-button-hover, #005a30);
  --_civic-color-button-text: var(--civic-color-button-text, #ffffff);
  --_civic-color-button-shadow: var(--civic-color-button-shadow, #002d18);
  --_civic-color-button-secondary: var(--civic-color-button-secondary, #f3f2f1);
  --_civic-color-button-secondary-hover: var(--civic-color-button-secondary-hover, #dbdad9);
  --_civic-color-button-secondary-text: var(--civic-color-button-secondary-text, #0b0c0c);
  --_civic-color-button-secondary-shadow: var(--civic-color-button-secondary-shadow, #929191);
  --_civic-color-skeleton: var(--civic-color-skeleton, #f3f2f1);
  --_civic-color-skeleton-shine: var(--civic-color-skeleton-shine, #ffffff);
`;

const dark = css`
  --_civic-color-text: var(--civic-color-text, #f3f2f1);
  --_civic-color-text-secondary: var(--civic-color-text-secondary, #b1b4b6);
  --_civic-color-background: var(--civic-color-background, #0b0c0c);
  --_civic-color-surface: var(--civic-color-surface, #1d1e1f);
  --_civic-color-link: var(--civic-color-link, #8ab4f8);
  --_civic-color-link-hover: var(--civic-color-link-hover, #aecbfa);
  --_civic-color-link-visited: var(--civic-color-link-visited, #c3a6f0);
  --_civic-color-error: var(--civic-color-error, #ff8a70);
  --_civic-color-success: var(--civic-color-success, #6fcf97);
  --_civic-color-border: var(--civic-color-border, #6f777b);
  --_civic-color-border-input: var(--civic-color-border-input, #b1b4b6);
  --_civic-color-button-shadow: var(--civic-color-button-shadow, #000000);
  --_civic-color-button-secondary: var(--civic-color-button-secondary, #383f43);
  --_civic-color-button-secondary-hover: var(--civic-color-button-secondary-hover, #505a5f);
  --_civic-color-button-secondary-text: var(--civic-color-button-secondary-text, #f3f2f1);
  --_civic-color-button-secondary-shadow: var(--civic-color-button-secondary-shadow, #000000);
  --_civic-color-skeleton: var(--civic-color-skeleton, #2b2c2d);
  --_civic-color-skeleton-shine: var(--civic-color-skeleton-shine, #383f43);
`;

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
      color: var(--civic-color-text, #f3f2f1);
    }

    :host([theme='auto']) > * {
      ${dark}
    }
  }

  :host([theme='dark']) {
    color-scheme: dark;
    color: var(--civic-color-text, #f3f2f1);
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
