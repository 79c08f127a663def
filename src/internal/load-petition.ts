import { initialState } from '@lit/task';
import type { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { CivicClient } from '../client/index.js';
import { CivicApiError } from '../client/index.js';
import { CivicLoadErrorEvent } from '../events/index.js';
import type { Petition } from '../protocol/petitions.js';
import { resourceTask } from './resource-task.js';
import { getPetition } from '../protocol/endpoints/petitions.js';

/** A petition as the card and the signature form load it: found, or gone (404/410) for good. */
export type PetitionLoad =
  { readonly kind: 'found'; readonly petition: Petition } | { readonly kind: 'gone' };

/**
 * Loads a petition in `lang`. A petition that does not exist (any more) is not an error to retry:
 * it answers `gone` and tells the page with a `civic-load-error` event from `host`.
 */
export async function loadPetition(
  host: EventTarget,
  client: CivicClient,
  petitionId: string,
  lang: string,
  signal: AbortSignal,
): Promise<PetitionLoad> {
  try {
    return {
      kind: 'found',
      petition: await client.request(getPetition, { path: { petitionId } }, { signal, locale: lang }),
    };
  } catch (error) {
    if (error instanceof CivicApiError && (error.status === 404 || error.status === 410)) {
      host.dispatchEvent(new CivicLoadErrorEvent({ kind: 'not_found', status: error.status }));
      return { kind: 'gone' };
    }
    throw error;
  }
}

/** The client, the petition's id and the language a petition is loaded with. */
type PetitionTaskArgs = readonly [CivicClient | undefined, string | undefined, string];

/**
 * The task that loads the petition an element shows. `args` gives its client, the petition's id and
 * the language: a language switch loads the petition's text in the new language.
 */
export function petitionTask(
  host: ReactiveControllerHost & EventTarget & { readonly hasUpdated: boolean },
  args: () => PetitionTaskArgs,
): Task<PetitionTaskArgs, PetitionLoad> {
  return resourceTask(host, args, ([client, petitionId, lang], signal) =>
    client && petitionId
      ? loadPetition(host, client, petitionId, lang, signal)
      : Promise.resolve(initialState),
  );
}
