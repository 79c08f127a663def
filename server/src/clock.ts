/** Where the server reads the time; tests substitute one they can move forward. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** `2025-03-21T09:30:00.000Z`: the form every timestamp is stored in (it sorts as time does). */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString();
}
