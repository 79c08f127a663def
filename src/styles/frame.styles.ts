import { css } from 'lit';

/** The bordered box on the page's background that both the frame and the panel are. */
const box = css`
  padding: var(--_civic-frame-padding, var(--_civic-space-4));
  border: var(--_civic-border-width) solid var(--_civic-color-border);
  border-radius: var(--_civic-radius);
  background-color: var(--_civic-color-background);
  color: var(--_civic-color-text);
  overflow-wrap: break-word;
`;

/**
 * The box around a widget: a bordered panel on the page's background with an accent rule on top.
 * A widget puts the class `frame` on its outermost box and may set `--_civic-frame-padding` and
 * `--_civic-frame-accent` (default: the link colour) from its own public properties.
 */
export const frameStyles = css`
  .frame {
    ${box}
    border-block-start: 5px solid var(--_civic-frame-accent, var(--_civic-color-link));
  }
`;

/**
 * A card (`.card`: the frame around one petition or campaign): the first and last margins of its
 * content do not add to its padding.
 */
export const cardStyles = css`
  .card > :first-child {
    margin-block-start: 0;
  }

  .card > :last-child {
    margin-block-end: 0;
  }
`;

/**
 * The box of a form widget: the frame without its accent rule, with its title; the last margin of
 * its content does not add to its padding. A widget may set `--_civic-frame-padding` on `.panel`.
 */
export const panelStyles = css`
  .panel {
    ${box}
  }

  .panel > :last-child {
    margin-block-end: 0;
  }

  /* Focus lands on this heading after the content is replaced; it is not a control, so no ring. */
  .panel-title:focus {
    outline: none;
    box-shadow: none;
  }

  .panel-title {
    margin: 0 0 var(--_civic-space-4);
    font-size: var(--_civic-font-size-xl);
    line-height: 1.25;
  }
`;
