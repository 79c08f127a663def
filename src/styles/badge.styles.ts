import { css } from 'lit';

/**
 * A status badge: words on a light tint with a coloured rule. The colour only repeats the words.
 * Widgets set `--_civic-badge` per state (default: the link colour).
 */
export const badgeStyles = css`
  .badge {
    --_civic-badge: var(--_civic-color-link);

    display: inline-block;
    padding: 0 var(--_civic-space-2);
    border-inline-start: 4px solid var(--_civic-badge);
    background-color: color-mix(in srgb, var(--_civic-badge) 14%, var(--_civic-color-background));
    color: var(--_civic-color-text);
    font-size: var(--_civic-font-size-s);
    font-weight: var(--_civic-font-weight-bold);
    line-height: 1.75;
  }
`;
