/** Quiet time after typing before a character count is announced, in ms (GOV.UK waits about a second). */
export const CHARACTER_COUNT_DELAY_MS = 1000;

/** Shares of a field's limit left at which the remaining characters are announced. */
export const CHARACTER_COUNT_THRESHOLDS = [0.25, 0.1] as const;

/** Which announcement band a count is in: 0 plenty left, then each threshold, last: over the limit. */
export function countBand(length: number, max: number): number {
  if (length > max) return CHARACTER_COUNT_THRESHOLDS.length + 1;
  const left = (max - length) / max;
  return CHARACTER_COUNT_THRESHOLDS.filter((share) => left <= share).length;
}
