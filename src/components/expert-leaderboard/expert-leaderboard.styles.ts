import { css } from 'lit';

export const styles = css`
  /* The board adapts to the width it is given (320–900 px), not to the window. */
  .root {
    container: civic-leaderboard / inline-size;
  }

  .board {
    --_civic-frame-padding: var(--civic-expert-leaderboard-padding, var(--_civic-space-4));
    --_civic-own-row: var(--civic-expert-leaderboard-highlight, var(--_civic-color-link));
  }

  p {
    margin: 0 0 var(--_civic-space-3);
  }

  .filter {
    display: grid;
    justify-items: start;
    gap: var(--_civic-space-1);
    margin-block-end: var(--_civic-space-3);
  }

  .filter .label {
    margin: 0;
  }

  /* Tabs: the selected one is marked by a thick underline and bold text, not by colour alone. */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-1);
    margin-block-end: var(--_civic-space-3);
    border-block-end: var(--_civic-border-width) solid var(--_civic-color-border);
  }

  .tab {
    min-block-size: 2.75rem;
    margin: 0;
    padding: var(--_civic-space-2) var(--_civic-space-3);
    border: 0;
    border-block-end: 4px solid transparent;
    background: none;
    color: var(--_civic-color-link);
    font: inherit;
    cursor: pointer;
  }

  .tab[aria-selected='true'] {
    border-block-end-color: var(--_civic-color-text);
    color: var(--_civic-color-text);
    font-weight: var(--_civic-font-weight-bold);
  }

  .tab:hover {
    text-decoration: underline;
  }

  .range,
  .updated,
  .shown-of,
  .you {
    color: var(--_civic-color-text-secondary);
  }

  .updated {
    font-size: var(--_civic-font-size-s);
  }

  caption {
    margin-block-end: var(--_civic-space-2);
    font-weight: var(--_civic-font-weight-bold);
    text-align: start;
  }

  th,
  td {
    vertical-align: middle;
  }

  .rank {
    inline-size: 3rem;
    font-variant-numeric: tabular-nums;
    font-weight: var(--_civic-font-weight-bold);
  }

  .numeric {
    white-space: nowrap;
  }

  .score {
    font-weight: var(--_civic-font-weight-bold);
  }

  .details,
  .details-head {
    inline-size: 1%;
    padding-inline-end: 0;
    white-space: nowrap;
  }

  .who {
    display: flex;
    align-items: center;
    gap: var(--_civic-space-2);
  }

  .who-text {
    min-inline-size: 0;
  }

  /*
   * Names, badges, the caption and the breakdown may break inside a long word rather than push the
   * table wider than its box (320 px with WCAG text spacing: letter and word spacing widen every word).
   */
  caption,
  .participant,
  .breakdown {
    overflow-wrap: anywhere;
  }

  .avatar {
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    object-fit: cover;
    background-color: var(--_civic-color-surface);
  }

  .initials {
    display: inline-grid;
    place-items: center;
    border: var(--_civic-border-width) solid var(--_civic-color-border);
    font-size: var(--_civic-font-size-s);
    font-weight: var(--_civic-font-weight-bold);
  }

  .name {
    font-weight: var(--_civic-font-weight-bold);
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-1);
    margin-block-start: var(--_civic-space-1);
  }

  .badge {
    padding: 0 var(--_civic-space-2);
    border: var(--_civic-border-width) solid var(--_civic-color-border);
    border-radius: var(--_civic-radius);
    font-size: var(--_civic-font-size-s);
  }

  .breakdown-toggle {
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
  }

  .breakdown-row td {
    padding-inline-start: 3rem;
    background-color: var(--_civic-color-surface);
  }

  .breakdown {
    margin: 0;
    padding-inline-start: var(--_civic-space-5);
  }

  /* The reader's own row: framed, and "(You)" after the name says it in words. */
  .own > * {
    border-block: 3px solid var(--_civic-own-row);
  }

  .own > :first-child {
    padding-inline-start: var(--_civic-space-2);
    border-inline-start: 5px solid var(--_civic-own-row);
  }

  .pinned-head {
    padding-block-start: var(--_civic-space-4);
    font-weight: var(--_civic-font-weight-bold);
  }

  .more {
    display: grid;
    justify-items: start;
    gap: var(--_civic-space-2);
    margin-block-end: var(--_civic-space-3);
  }

  .more p {
    margin: 0;
  }

  .more-error {
    color: var(--_civic-color-error);
    font-weight: var(--_civic-font-weight-bold);
  }

  .empty {
    padding: var(--_civic-space-4);
    background-color: var(--_civic-color-surface);
  }

  .rules summary {
    list-style: none;
  }

  .rules summary::-webkit-details-marker {
    display: none;
  }

  .rules[open] > summary::before {
    border-block: 0;
    border-inline: 0.35em solid transparent;
    border-block-start: 0.6em solid currentColor;
  }

  .rules-body {
    padding-block: var(--_civic-space-2);
  }

  .rule-list {
    margin-block-end: var(--_civic-space-3);
  }

  .rule-points {
    font-weight: var(--_civic-font-weight-bold);
    font-variant-numeric: tabular-nums;
  }

  /* Phones: the breakdown buttons keep their names for assistive technology but show only the arrow. */
  @container civic-leaderboard (max-width: 30rem) {
    .board {
      --_civic-frame-padding: var(--civic-expert-leaderboard-padding, var(--_civic-space-3));
    }

    .tab {
      padding-inline: var(--_civic-space-2);
    }

    .rank {
      inline-size: 2.25rem;
    }

    .avatar {
      display: none;
    }

    .breakdown-label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .breakdown-toggle {
      justify-content: center;
    }

    .breakdown-row td {
      padding-inline-start: var(--_civic-space-2);
    }
  }

  /*
   * Forced colours paint every border, the transparent ones too: only the selected tab keeps an
   * underline, in Highlight, and the others give up theirs for the same space in padding.
   */
  @media (forced-colors: active) {
    .tab {
      border-block-end-style: none;
      padding-block-end: calc(var(--_civic-space-2) + 4px);
    }

    .tab[aria-selected='true'] {
      border-block-end: 4px solid Highlight;
      padding-block-end: var(--_civic-space-2);
    }
  }
`;
