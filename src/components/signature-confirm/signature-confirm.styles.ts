import { css } from 'lit';

export const styles = css`
  .panel {
    --_civic-frame-padding: var(--civic-signature-confirm-padding, var(--_civic-space-4));
  }

  p {
    margin: 0 0 var(--_civic-space-3);
  }

  .failure > :last-child {
    margin-block-end: 0;
  }

  .count {
    font-size: var(--_civic-font-size-l);
    font-weight: var(--_civic-font-weight-bold);
  }
`;
