import { css } from 'lit';

/** Headings inside a widget, whatever level the page gives them, and the widget's `.title`. */
export const headingStyles = css`
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_civic-space-3);
    font-size: var(--_civic-font-size-l);
    line-height: 1.3;
  }

  .title {
    font-size: var(--_civic-font-size-xl);
    line-height: 1.25;
  }
`;
