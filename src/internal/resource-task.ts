import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

/**
 * The Task a widget loads what it shows with. `load` answers `initialState` while something it
 * needs is missing (no client or id yet). Leaving the page aborts the load, which then settles as
 * `initialState` rather than as an error, and coming back loads again.
 */
export function resourceTask<const A extends readonly unknown[], R>(
  host: ReactiveControllerHost & { readonly hasUpdated: boolean },
  args: () => A,
  load: (args: A, signal: AbortSignal) => Promise<R | typeof initialState>,
): Task<A, R> {
  const task = new Task<A, R>(host, {
    task: async (values, { signal }) => {
      try {
        return await load(values, signal);
      } catch (error) {
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    args,
  });
  host.addController({
    hostConnected: () => {
      if (host.hasUpdated && task.status === TaskStatus.INITIAL) void task.run();
    },
    hostDisconnected: () => task.abort(),
  });
  return task;
}
