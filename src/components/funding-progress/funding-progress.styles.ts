import { css } from 'lit';

export const styles = css`
  /* The widget adapts to the width it is given (280–900 px), not to the window. */
  .root {
    container: civic-funding / inline-size;
  }

  .card {
    --_civic-frame-padding: var(--civic-funding-progress-padding, var(--_civic-space-4));
    --_civic-progress-color: var(--civic-funding-progress-color, var(--_civic-color-success));
    --_civic-frame-accent: var(--_civic-progress-color);
  }

  p {
    margin: 0 0 var(--_civic-space-3);
  }

  /* Badges say the state in words; the tint only repeats it. */
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-2);
  }

  .badge-open,
  .badge-funded {
    --_civic-badge: var(--_civic-color-success);
  }

  .badge-failed {
    --_civic-badge: var(--_civic-color-error);
  }

  .badge-closed,
  .badge-note {
    --_civic-badge: var(--_civic-color-text-secondary);
  }

  .badge-note {
    font-weight: normal;
  }

  .summary {
    font-size: var(--_civic-font-size-l);
  }

  .amount {
    margin-block-end: var(--_civic-space-1);
    font-size: var(--_civic-font-size-l);
    font-weight: var(--_civic-font-weight-bold);
    font-variant-numeric: tabular-nums;
  }

  .meter-mark-minimum {
    background-color: var(--_civic-color-error);
  }

  .backers,
  .minimum,
  .relative,
  .milestone-state,
  .kind-note {
    color: var(--_civic-color-text-secondary);
  }

  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-2) var(--_civic-space-6);
    margin: 0 0 var(--_civic-space-4);
  }

  .notice-funded {
    border-inline-start-color: var(--_civic-color-success);
  }

  .notice-failed {
    border-inline-start-color: var(--_civic-color-error);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_civic-space-3) var(--_civic-space-4);
    margin-block: var(--_civic-space-4);
  }

  .support,
  .support:visited,
  .support:hover {
    color: var(--_civic-color-button-text);
  }

  .support:focus-visible {
    color: var(--_civic-color-focus-text);
  }

  .compact {
    padding-block: var(--_civic-space-3);
  }

  .compact .meter {
    margin-block-start: 0;
  }

  .compact-text {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_civic-space-3);
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  @container civic-funding (max-width: 22rem) {
    .card {
      --_civic-frame-padding: var(--civic-funding-progress-padding, var(--_civic-space-3));
    }

    /* Narrow: the name goes under the amount instead of beside it. */
    .milestone {
      grid-template-columns: 1.5rem minmax(0, 1fr);
    }

    .milestone::before {
      grid-row: span 3;
    }

    .milestone-name,
    .milestone-state {
      grid-column: 2;
    }

    .summary,
    .amount {
      font-size: var(--_civic-font-size-m);
    }

    .support {
      inline-size: 100%;
    }
  }

  @container civic-funding (min-width: 40rem) {
    .card.full {
      --_civic-frame-padding: var(--civic-funding-progress-padding, var(--_civic-space-5));
    }

    .full .title {
      font-size: var(--_civic-font-size-xxl);
    }
  }

  @media (forced-colors: active) {
    .milestone.reached::before,
    .meter-mark-minimum {
      background-color: CanvasText;
      forced-color-adjust: none;
    }

    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
