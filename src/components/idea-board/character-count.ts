/** Quiet time after typing before a character count is announced, in ms (GOV.UK waits about a second). */
export const CHARACTER_COUNT_DELAY_MS = 1000;

/** Shares of a field's limit left at which the remaining characters are announced. */
export const CHARACTER_COUNT_THRESHOLDS = [0.25, 0.1] as const;
