import { css } from 'lit';

/**
 * The box around a widget: a bordered panel on the page's background with an accent rule on top.
 * A widget puts the class `frame` on its outermost box and may set `--_civic-frame-padding` and
 * `--_civic-frame-accent` (default: the link colour) from its own public properties.
 */
export const frameStyles = css`
  .frame {
    padding: var(--_civic-frame-padding, var(--_civic-space-4));
    border: var(--_civic-border-width) solid var(--_civic-color-border);
    border-block-start: 5px solid var(--_civic-frame-accent, var(--_civic-color-link));
    border-radius: var(--_civic-radius);
    background-color: var(--_civic-color-background);
    color: var(--_civic-color-text);
    overflow-wrap: break-word;
  }
`;
