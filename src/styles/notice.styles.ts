import { css } from 'lit';

/** A short message set apart on a tinted ground with a rule before it (closed, not open yet, removed). */
export const noticeStyles = css`
  .notice {
    padding: var(--_civic-space-3) var(--_civic-space-4);
    border-inline-start: 5px solid var(--_civic-color-text-secondary);
    background-color: var(--_civic-color-surface);
  }
`;
