import { css } from 'lit';

export const styles = css`
  /* A held board: laid out, but clipped to nothing until it is shown with its first ideas. */
  .held {
    block-size: 0;
    overflow: clip;
  }

  .board {
    --_civic-frame-padding: var(--civic-idea-board-padding, var(--_civic-space-4));
    --_civic-frame-accent: var(--civic-idea-board-accent, var(--_civic-color-link));
  }

  p {
    margin: 0 0 var(--_civic-space-3);
  }

  /* Closer to their text than other widgets' headings. */
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin-block-end: var(--_civic-space-2);
  }

  .board-title {
    font-size: var(--_civic-font-size-xl);
  }

  .board-description,
  .meta,
  .shown-count {
    color: var(--_civic-color-text-secondary);
  }

  .fallback {
    margin-block-start: var(--_civic-space-3);
  }

  .sign-in {
    margin-block-end: var(--_civic-space-4);
    padding: var(--_civic-space-3) var(--_civic-space-4);
    border-inline-start: 5px solid var(--_civic-frame-accent);
    background-color: var(--_civic-color-surface);
  }

  .sign-in p {
    margin: 0;
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_civic-space-3) var(--_civic-space-4);
    margin-block: var(--_civic-space-4);
    padding-block-end: var(--_civic-space-4);
    border-block-end: var(--_civic-border-width) solid var(--_civic-color-border);
  }

  .search {
    flex: 1 1 16rem;
  }

  .search-row {
    display: flex;
    gap: var(--_civic-space-2);
  }

  .search-row .input {
    flex: 1;
  }

  .search-row .button {
    margin-block-end: 0;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-3);
    min-inline-size: 0;
  }

  /* Flex items shrink no narrower than their content unless told: a long category would overflow. */
  .filter {
    min-inline-size: 0;
    max-inline-size: 100%;
  }

  /* The list: the virtualizer positions items absolutely inside it. */
  .idea-list {
    margin: 0;
    padding: 0;
    list-style: none;
    min-height: 1px;
  }

  .idea {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-3) var(--_civic-space-4);
    inline-size: 100%;
    padding-block: var(--_civic-space-4);
    border-block-end: var(--_civic-border-width) solid var(--_civic-color-border);
  }

  .idea-main {
    flex: 1 1 18rem;
    min-inline-size: 0;
  }

  .idea-title {
    margin-block-end: var(--_civic-space-1);
  }

  .excerpt {
    margin-block-end: var(--_civic-space-2);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_civic-space-3);
    margin-block-end: var(--_civic-space-2);
    font-size: var(--_civic-font-size-s);
  }

  .tag {
    padding: 0 var(--_civic-space-2);
    border: var(--_civic-border-width) solid var(--_civic-color-border);
    border-radius: var(--_civic-radius);
  }

  /* Badges carry their meaning in words; the tint only repeats it. */
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-2);
    margin-block-end: var(--_civic-space-2);
  }

  .badge-implemented,
  .badge-response {
    --_civic-badge: var(--_civic-color-success);
  }

  .badge-declined,
  .badge-moderation {
    --_civic-badge: var(--_civic-color-error);
  }

  .badge-duplicate {
    --_civic-badge: var(--_civic-color-text-secondary);
  }

  .badge-moderation,
  .badge-response {
    font-weight: normal;
  }

  /* Votes */
  .vote {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_civic-space-2);
    min-inline-size: 9rem;
  }

  .vote p {
    margin: 0;
  }

  .vote-count {
    font-weight: var(--_civic-font-weight-bold);
    font-variant-numeric: tabular-nums;
  }

  .vote-buttons {
    display: flex;
    gap: var(--_civic-space-2);
  }

  .vote-button {
    margin-block-end: 2px;
  }

  /* Pressed is said by aria-pressed and shown by a filled mark, not by colour alone. */
  .vote-mark {
    inline-size: 0.75em;
    block-size: 0.75em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }

  .vote-button[aria-pressed='true'] {
    border-color: var(--_civic-frame-accent);
  }

  .vote-button[aria-pressed='true'] .vote-mark {
    background-color: currentColor;
  }

  .vote-closed {
    color: var(--_civic-color-text-secondary);
  }

  .more {
    margin-block-start: var(--_civic-space-4);
  }

  .sentinel {
    block-size: 1px;
  }

  .shown-count:focus {
    outline: none;
  }

  .empty {
    padding: var(--_civic-space-5) 0;
  }

  /* Form */
  .panel {
    margin-block-end: var(--_civic-space-4);
    padding: var(--_civic-space-4);
    border: var(--_civic-border-width) solid var(--_civic-color-border);
    border-radius: var(--_civic-radius);
  }

  .panel-title:focus {
    outline: none;
    box-shadow: none;
  }

  .done {
    border-block-start: 5px solid var(--_civic-color-success);
  }

  .done-idea {
    font-weight: var(--_civic-font-weight-bold);
  }

  .char-count {
    margin: var(--_civic-space-1) 0 0;
    color: var(--_civic-color-text-secondary);
  }

  .char-count.over {
    color: var(--_civic-color-error);
    font-weight: var(--_civic-font-weight-bold);
  }

  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-3);
  }

  .error-list a {
    font-weight: var(--_civic-font-weight-bold);
  }

  .similar {
    margin-block: calc(-1 * var(--_civic-space-3)) var(--_civic-space-5);
    padding: var(--_civic-space-3) var(--_civic-space-4);
    border-inline-start: 5px solid var(--_civic-frame-accent);
    background-color: var(--_civic-color-surface);
  }

  .similar-title {
    margin-block-end: var(--_civic-space-1);
    font-weight: var(--_civic-font-weight-bold);
  }

  .similar-list {
    margin: 0;
    padding-inline-start: var(--_civic-space-5);
  }

  /* Dialogs */
  .dialog {
    inline-size: min(40rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: var(--_civic-space-5);
    border: 2px solid var(--_civic-color-border-input);
    border-radius: var(--_civic-radius);
    background-color: var(--_civic-color-background);
    color: var(--_civic-color-text);
  }

  .dialog::backdrop {
    background-color: rgb(0 0 0 / 0.6);
  }

  .dialog-title {
    font-size: var(--_civic-font-size-xl);
  }

  .dialog-subject {
    font-weight: var(--_civic-font-weight-bold);
  }

  .response {
    margin-block: var(--_civic-space-4);
    padding: var(--_civic-space-3) var(--_civic-space-4);
    border-inline-start: 5px solid var(--_civic-color-success);
    background-color: var(--_civic-color-surface);
  }

  .response-title {
    font-weight: var(--_civic-font-weight-bold);
  }

  .fieldset {
    margin: 0 0 var(--_civic-space-5);
    padding: 0;
    border: 0;
  }

  .radio {
    display: flex;
    align-items: center;
    gap: var(--_civic-space-3);
    margin-block-end: var(--_civic-space-2);
  }

  .radio-input {
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0;
    accent-color: var(--_civic-color-text);
  }

  .radio-input:focus-visible {
    outline: var(--_civic-focus-width) solid var(--_civic-color-focus);
    outline-offset: 1px;
    box-shadow: 0 0 0 calc(var(--_civic-focus-width) + 2px) var(--_civic-color-focus-text);
  }

  @media (forced-colors: active) {
    .vote-button[aria-pressed='true'] .vote-mark {
      background-color: ButtonText;
    }
  }
`;
