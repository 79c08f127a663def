import { css } from 'lit';

export const styles = css`
  /* The card adapts to the width it is given (280–900 px), not to the window. */
  .root {
    container: civic-petition / inline-size;
  }

  .card {
    --_civic-frame-padding: var(--civic-petition-card-padding, var(--_civic-space-4));
    --_civic-progress-color: var(--civic-petition-card-progress-color, var(--_civic-color-success));
  }

  p {
    margin: 0 0 var(--_civic-space-3);
  }

  .title {
    margin-block-end: var(--_civic-space-2);
  }

  .compact .title {
    font-size: var(--_civic-font-size-l);
  }

  .creator,
  .meta,
  .relative,
  .offline,
  .milestone-state {
    color: var(--_civic-color-text-secondary);
  }

  /* Badges carry their meaning in words; the tint and the bar only repeat it. */
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-2);
    margin-block-end: var(--_civic-space-3);
  }

  .badge-open {
    --_civic-badge: var(--_civic-color-success);
  }

  .badge-rejected,
  .badge-hidden {
    --_civic-badge: var(--_civic-color-error);
  }

  .badge-closed,
  .badge-draft,
  .badge-collecting_sponsors,
  .badge-in_moderation {
    --_civic-badge: var(--_civic-color-text-secondary);
  }

  .badge-note {
    font-weight: normal;
  }

  .topics {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_civic-space-2);
    margin-block-end: var(--_civic-space-3);
  }

  .topics-label {
    color: var(--_civic-color-text-secondary);
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tag {
    padding: 0 var(--_civic-space-2);
    border: var(--_civic-border-width) solid var(--_civic-color-border);
    border-radius: var(--_civic-radius);
    font-size: var(--_civic-font-size-s);
  }

  /* Count and progress */
  .count {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_civic-space-2);
    margin-block-end: var(--_civic-space-1);
  }

  .count-number {
    font-size: var(--_civic-font-size-xxl);
    font-weight: var(--_civic-font-weight-bold);
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
  }

  .count-label {
    font-size: var(--_civic-font-size-l);
  }

  .offline {
    font-size: var(--_civic-font-size-s);
  }

  .progress-goal {
    margin-block: var(--_civic-space-3) var(--_civic-space-1);
  }

  .progress-text {
    margin-block-end: var(--_civic-space-4);
  }

  .dates {
    display: grid;
    gap: var(--_civic-space-2);
    margin: 0 0 var(--_civic-space-4);
  }

  .deadline {
    color: var(--_civic-color-text-secondary);
  }

  /* Text and outcomes */
  .summary {
    font-size: var(--_civic-font-size-l);
  }

  .body {
    margin-block: var(--_civic-space-2) var(--_civic-space-4);
    padding-inline-start: var(--_civic-space-4);
    border-inline-start: 5px solid var(--_civic-color-border);
  }

  .body p:last-child {
    margin-block-end: 0;
  }

  .outcome {
    margin-block: var(--_civic-space-5);
    padding: var(--_civic-space-4);
    border-inline-start: 5px solid var(--_civic-color-link);
    background-color: var(--_civic-color-surface);
  }

  .outcome > :last-child {
    margin-block-end: 0;
  }

  .outcome-rejected {
    border-inline-start-color: var(--_civic-color-error);
  }

  .links-title {
    margin-block-end: var(--_civic-space-1);
    font-weight: var(--_civic-font-weight-bold);
  }

  .links {
    margin: 0 0 var(--_civic-space-3);
    padding-inline-start: var(--_civic-space-5);
  }

  /* Regions: a real table whose bars only repeat the numbers beside them. */
  .regions {
    margin-block: var(--_civic-space-5);
  }

  th,
  td {
    vertical-align: top;
  }

  td.numeric {
    white-space: nowrap;
  }

  /* A long region name or column head breaks inside the word rather than push the table wider than the card (WCAG text spacing at 320 px). */
  .regions th {
    overflow-wrap: anywhere;
  }

  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }

  .bar {
    display: block;
    inline-size: var(--_civic-bar, 0%);
    min-inline-size: 2px;
    block-size: 0.5rem;
    margin-block-start: var(--_civic-space-1);
    margin-inline-start: auto;
    background-color: var(--_civic-progress-color);
  }

  /* Signatures over time: a step line over a baseline, its top count and first and last dates beside it. */
  .history {
    margin-block: var(--_civic-space-5);
  }

  .history-heading {
    margin: 0;
  }

  .history-chart {
    margin: var(--_civic-space-3) 0;
  }

  .history-chart svg {
    display: block;
    inline-size: 100%;
    block-size: 8rem;
    overflow: visible;
  }

  .history-line,
  .history-axis {
    fill: none;
    stroke-width: 2;
  }

  .history-line {
    stroke: var(--_civic-progress-color);
  }

  .history-axis {
    stroke: var(--_civic-color-border);
  }

  .history-top,
  .history-dates {
    margin: 0;
    font-size: var(--_civic-font-size-s);
    font-variant-numeric: tabular-nums;
  }

  .history-dates {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_civic-space-2);
  }

  /* Actions */
  .actions {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_civic-space-2);
    margin-block: var(--_civic-space-4);
  }

  .share,
  .embed {
    inline-size: 100%;
  }

  .embed-panel {
    display: grid;
    justify-items: start;
    gap: var(--_civic-space-2);
    padding-block: var(--_civic-space-2);
  }

  .embed-panel .label,
  .embed-panel .hint {
    margin: 0;
  }

  .page-link {
    margin: 0;
  }

  .form ::slotted(*) {
    margin-block-start: var(--_civic-space-5);
  }

  .form > civic-signature-form {
    margin-block-start: var(--_civic-space-5);
  }

  .unavailable {
    border-block-start-color: var(--_civic-color-text-secondary);
  }

  @container civic-petition (max-width: 22rem) {
    .card {
      --_civic-frame-padding: var(--civic-petition-card-padding, var(--_civic-space-3));
    }

    .count-number {
      font-size: var(--_civic-font-size-xl);
    }

    .summary {
      font-size: var(--_civic-font-size-m);
    }

    .actions .button {
      inline-size: 100%;
    }
  }

  @container civic-petition (min-width: 40rem) {
    .card {
      --_civic-frame-padding: var(--civic-petition-card-padding, var(--_civic-space-5));
    }

    .full {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(15rem, 20rem);
      grid-template-areas:
        'header header'
        'main signatures'
        'main actions'
        'form form';
      grid-template-rows: auto auto 1fr auto;
      gap: 0 var(--_civic-space-6);
      align-items: start;
    }

    .full > .header {
      grid-area: header;
    }

    .full > .main {
      grid-area: main;
    }

    .full > .signatures {
      grid-area: signatures;
    }

    .full > .actions {
      grid-area: actions;
      margin-block-start: 0;
    }

    .full > .form {
      grid-area: form;
    }

    .full .title {
      font-size: var(--_civic-font-size-xxl);
    }
  }

  @media (forced-colors: active) {
    .history-line,
    .history-axis {
      stroke: CanvasText;
    }

    .bar,
    .milestone.reached::before {
      background-color: CanvasText;
      forced-color-adjust: none;
    }

    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
