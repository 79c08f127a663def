import { initialState, TaskStatus } from '@lit/task';
import type { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { CivicClient } from '../client/index.js';
import { resourceTask } from './resource-task.js';

type FeaturesArgs = readonly [CivicClient | undefined, boolean];

/**
 * The features the backend announces in discovery (read once per client and shared), for parts of
 * a widget that exist only on backends that offer them. Nothing is asked while `wanted` is false.
 */
export function featuresTask(
  host: ReactiveControllerHost & { readonly hasUpdated: boolean },
  client: () => CivicClient | undefined,
  wanted: () => boolean = () => true,
): Task<FeaturesArgs, readonly string[]> {
  return resourceTask(
    host,
    () => [client(), wanted()] as const,
    async ([current, want], signal) =>
      current && want ? (await current.discover({ signal })).features : initialState,
  );
}

/** Whether the backend is known to announce every one of `features` (false until discovery has answered). */
export function announces(task: Task<FeaturesArgs, readonly string[]>, ...features: string[]): boolean {
  return task.status === TaskStatus.COMPLETE && features.every((feature) => task.value?.includes(feature));
}
