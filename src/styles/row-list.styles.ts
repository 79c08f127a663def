import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * A list of label–value rows (recent backers, point rules): no bullets, the two ends of each row
 * apart, a rule under each. `selector` picks the list, e.g. `'.recent-list'`: a widget's own class.
 */
export const rowListStyles = (selector: string): CSSResult => {
  const list = unsafeCSS(selector);
  return css`
    ${list} {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    ${list} li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 var(--_civic-space-3);
      padding-block: var(--_civic-space-1);
      border-block-end: var(--_civic-border-width) solid var(--_civic-color-border);
    }
  `;
};
