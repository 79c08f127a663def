import { progressPercent } from '../../internal/progress-meter.js';
import type { Threshold } from '../../protocol/petitions.js';

export { progressPercent };

/** Where a petition stands against its thresholds. */
export interface ThresholdProgress {
  /** Online and offline signatures together. */
  readonly total: number;
  /** The first threshold not reached yet; undefined when all are reached (or there are none). */
  readonly next: Threshold | undefined;
  /** The end of the bar: the next threshold, or the last one once every threshold is reached. */
  readonly scaleMax: number;
  /** Whole percent of `scaleMax`, see `progressPercent`. */
  readonly percent: number;
  /** Signatures still needed for `next`; 0 when there is none. */
  readonly remaining: number;
  /** Every threshold (at least one) is reached. */
  readonly allReached: boolean;
}

/** Whether the count has reached a threshold (by count: `reachedAt` may lag or be cleared). */
export function isReached(threshold: Threshold, total: number): boolean {
  return total >= threshold.count;
}

/** Progress towards the next threshold (UK: 10,000, then 100,000; US: 150, then 100,000). */
export function thresholdProgress(total: number, thresholds: readonly Threshold[]): ThresholdProgress {
  const next = thresholds.find((threshold) => !isReached(threshold, total));
  const last = thresholds.at(-1);
  const scaleMax = next?.count ?? last?.count ?? 0;
  return {
    total,
    next,
    scaleMax,
    percent: progressPercent(total, scaleMax),
    remaining: next ? next.count - total : 0,
    allReached: last !== undefined && next === undefined,
  };
}
