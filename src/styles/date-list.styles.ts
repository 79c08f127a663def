import { css } from 'lit';

/** The `.dates` description list (opens, closes): each date in bold words, the relative time under it. */
export const dateListStyles = css`
  .dates dt {
    font-weight: var(--_civic-font-weight-bold);
  }

  .dates dd {
    margin: 0;
  }

  .dates .relative {
    display: block;
  }
`;
