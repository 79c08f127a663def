interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a new task, so long work can be split and the page may respond in between. Where the
 * browser has `scheduler.yield()`, the rest of the work goes before other queued tasks.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
