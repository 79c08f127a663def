import { css } from 'lit';

/**
 * Buttons that read as links: `.disclosure` shows or hides the region below it (aria-expanded), like
 * GOV.UK details; `.link-button` and `.title-button` are plain text actions. Their hover and focus
 * are the links' own, in host.styles.ts.
 */
export const textButtonStyles = css`
  .disclosure,
  .link-button,
  .title-button {
    margin: 0;
    border: 0;
    background: none;
    color: var(--_civic-color-link);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .disclosure {
    display: inline-flex;
    align-items: baseline;
    gap: var(--_civic-space-2);
    min-block-size: 2.75rem;
    padding: var(--_civic-space-2) 0;
    text-align: start;
    text-decoration-thickness: max(1px, 0.0625rem);
  }

  .disclosure::before {
    content: '';
    flex: none;
    inline-size: 0;
    block-size: 0;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.6em solid currentColor;
    translate: 0 -0.05em;
  }

  .disclosure[aria-expanded='true']::before {
    border-block: 0;
    border-inline: 0.35em solid transparent;
    border-block-start: 0.6em solid currentColor;
  }

  .link-button {
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    padding: var(--_civic-space-1) 0;
  }

  .title-button {
    display: inline;
    min-block-size: 1.5rem;
    padding: 0;
    font-weight: var(--_civic-font-weight-bold);
    text-align: start;
    text-decoration-thickness: max(1px, 0.0625rem);
  }

  @media (forced-colors: active) {
    .disclosure::before {
      border-inline-start-color: ButtonText;
    }
    .disclosure[aria-expanded='true']::before {
      border-block-start-color: ButtonText;
    }
  }
`;
