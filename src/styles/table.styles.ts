import { css } from 'lit';

/** A data table: full width, a rule under each row, small column heads, row heads in normal weight. */
export const tableStyles = css`
  table {
    inline-size: 100%;
    margin-block-end: var(--_civic-space-3);
    border-collapse: collapse;
  }

  th,
  td {
    padding: var(--_civic-space-2) var(--_civic-space-2) var(--_civic-space-2) 0;
    border-block-end: var(--_civic-border-width) solid var(--_civic-color-border);
    text-align: start;
  }

  thead th {
    font-size: var(--_civic-font-size-s);
  }

  tbody th {
    font-weight: normal;
  }

  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;
