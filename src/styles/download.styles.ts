import { css } from 'lit';

/** "Download the data": a short list of datasets, each with its CSV and JSON links. */
export const downloadStyles = css`
  .download {
    margin-block: var(--_civic-space-4);
  }

  .download-title {
    margin: 0 0 var(--_civic-space-2);
    font-weight: bold;
  }

  .download-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .download-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_civic-space-1) var(--_civic-space-3);
    margin-block-end: var(--_civic-space-1);
    overflow-wrap: anywhere;
  }
`;
