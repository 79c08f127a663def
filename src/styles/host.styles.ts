import { css } from 'lit';

/** What every widget's shadow root starts with: box model, hidden, text, links, focus, buttons, motion. */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  /*
   * border-box itself, not inherited from :host: a non-inherited property set to inherit keeps
   * Blink from reusing computed styles between alike elements, which about doubled the style work of
   * scrolling the idea board.
   */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
    user-select: none;
  }

  a {
    color: var(--_civic-color-link);
    text-decoration-thickness: max(1px, 0.0625rem);
    text-underline-offset: 0.15em;
  }

  a:visited {
    color: var(--_civic-color-link-visited);
  }

  /* Links, and the buttons that read as links (text-button.styles.ts). */
  a:hover,
  .disclosure:hover,
  .link-button:hover,
  .title-button:hover {
    color: var(--_civic-color-link-hover);
    text-decoration-thickness: max(3px, 0.1875rem);
  }

  /* Yellow ring next to the element and a dark one around it: visible on light and dark pages. */
  :focus-visible {
    outline: var(--_civic-focus-width) solid var(--_civic-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 calc(2 * var(--_civic-focus-width)) var(--_civic-color-focus-text);
  }

  /* GOV.UK link focus: yellow highlight, dark underline. */
  a:focus-visible,
  .disclosure:focus-visible,
  .link-button:focus-visible,
  .title-button:focus-visible {
    outline: var(--_civic-focus-width) solid transparent;
    color: var(--_civic-color-focus-text);
    background-color: var(--_civic-color-focus);
    box-shadow:
      0 -2px var(--_civic-color-focus),
      0 4px var(--_civic-color-focus-text);
    text-decoration: none;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_civic-space-2);
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    margin: 0 0 2px;
    padding: var(--_civic-space-2) var(--_civic-space-4);
    border: 2px solid transparent;
    border-radius: var(--_civic-radius);
    background-color: var(--_civic-color-button);
    box-shadow: 0 2px 0 var(--_civic-color-button-shadow);
    color: var(--_civic-color-button-text);
    font: inherit;
    font-weight: var(--_civic-font-weight-bold);
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover {
    background-color: var(--_civic-color-button-hover);
  }

  .button:active {
    translate: 0 2px;
    box-shadow: none;
  }

  .button.secondary {
    background-color: var(--_civic-color-button-secondary);
    box-shadow: 0 2px 0 var(--_civic-color-button-secondary-shadow);
    color: var(--_civic-color-button-secondary-text);
  }

  .button.secondary:hover {
    background-color: var(--_civic-color-button-secondary-hover);
  }

  .button:focus-visible,
  .button.secondary:focus-visible {
    outline: var(--_civic-focus-width) solid transparent;
    border-color: var(--_civic-color-focus);
    background-color: var(--_civic-color-focus);
    box-shadow: 0 2px 0 var(--_civic-color-focus-text);
    color: var(--_civic-color-focus-text);
  }

  .button:disabled,
  .button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible,
    a:focus-visible,
    .button:focus-visible {
      outline-color: Highlight;
    }

    .button {
      border-color: ButtonText;
    }
  }
`;
