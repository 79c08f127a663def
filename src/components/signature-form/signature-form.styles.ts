import { css } from 'lit';

export const styles = css`
  .panel {
    --_civic-frame-padding: var(--civic-signature-form-padding, var(--_civic-space-4));
  }

  .form > :last-child {
    margin-block-end: 0;
  }

  p {
    margin: 0 0 var(--_civic-space-3);
  }

  .width-postcode {
    max-inline-size: 11em;
  }

  .checkbox {
    display: flex;
    align-items: flex-start;
    gap: var(--_civic-space-3);
  }

  .checkbox-input {
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0;
    accent-color: var(--_civic-color-text);
    cursor: pointer;
  }

  .checkbox-label {
    padding-block-start: 0.125rem;
    cursor: pointer;
  }

  .checkbox-hint {
    margin-block: var(--_civic-space-1) 0;
    padding-inline-start: calc(1.75rem + var(--_civic-space-3));
  }

  .field-error .checkbox-input {
    outline: 2px solid var(--_civic-color-error);
    outline-offset: 1px;
  }

  .checkbox-input:focus-visible {
    outline: var(--_civic-focus-width) solid var(--_civic-color-focus);
    outline-offset: 1px;
    box-shadow: 0 0 0 calc(var(--_civic-focus-width) + 2px) var(--_civic-color-focus-text);
  }

  /* People and screen readers never meet the honeypot; bots that fill every field do. */
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }

  .submit {
    margin-block-end: var(--_civic-space-4);
  }

  .error-summary-title {
    font-size: var(--_civic-font-size-l);
  }

  .error-list li {
    margin-block-end: var(--_civic-space-2);
    font-weight: var(--_civic-font-weight-bold);
  }

  .error-list li:last-child {
    margin-block-end: 0;
  }

  .failure .button {
    margin-block-end: 2px;
  }

  .sent {
    border-block-start: 5px solid var(--_civic-color-success);
  }

  .privacy {
    margin: 0;
  }
`;
