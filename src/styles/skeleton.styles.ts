import { css } from 'lit';

/** The placeholder shown while a widget loads; it keeps the widget's height so the page does not jump. */
export const skeletonStyles = css`
  .skeleton {
    display: flex;
    flex-direction: column;
    justify-content: center;
    gap: var(--_civic-space-3);
    min-block-size: var(--_civic-skeleton-min-block-size, auto);
    padding-block: var(--_civic-space-2);
  }

  .skeleton-line {
    block-size: 1em;
    border-radius: var(--_civic-radius);
    background-color: var(--_civic-color-skeleton);
    background-image: linear-gradient(
      90deg,
      transparent 0%,
      var(--_civic-color-skeleton-shine) 50%,
      transparent 100%
    );
    background-repeat: no-repeat;
    background-size: 50% 100%;
    animation: civic-skeleton-shimmer 1.5s ease-in-out infinite;
  }

  .skeleton-line:first-child {
    block-size: 1.5em;
    inline-size: 60%;
  }

  .skeleton-line:last-child:not(:first-child) {
    inline-size: 80%;
  }

  @keyframes civic-skeleton-shimmer {
    from {
      background-position: -100% 0;
    }
    to {
      background-position: 200% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
      background-image: none;
    }
  }

  @media (forced-colors: active) {
    .skeleton-line {
      border: 1px solid GrayText;
      background-image: none;
    }
  }
`;
