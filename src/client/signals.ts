import { CivicTimeoutError } from './errors.js';

/** A signal that aborts when the caller's signal does or when the time limit passes. */
export interface TimedSignal {
  readonly signal: AbortSignal;
  /** True when the limit, not the caller, aborted the signal. */
  timedOut(): boolean;
  /** Clears the timer and detaches from the caller's signal; call once the attempt is over. */
  dispose(): void;
}

/** Links `parent` with a timeout of `timeoutMs`, aborting with a `CivicTimeoutError` when it fires. */
export function withTimeout(parent: AbortSignal | undefined, timeoutMs: number): TimedSignal {
  const controller = new AbortController();
  let expired = false;
  const onParentAbort = (): void => controller.abort(parent?.reason);
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new CivicTimeoutError(timeoutMs));
  }, timeoutMs);
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired && !parent?.aborted,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}

/** Settles like `promise`, or rejects with `signal.reason` as soon as the signal aborts. */
export function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
