import { delay, http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { ENDPOINTS, PetitionHistorySchema } from '../../src/protocol/index.js';
import type { PetitionHistory } from '../../src/protocol/index.js';
import {
  malformedPetitionHistory,
  petitionHistory,
  shortPetitionHistory,
} from './fixtures/petition-history.js';
import { discoveryHandlers, mockPath, problemResponse, validJson } from './handlers.js';
import type { MockLatency } from './handlers.js';

/*
 * msw scenarios of a petition's count history (`getPetitionHistory`). Stories put them under the
 * key `history` in `parameters.msw.handlers`; handlers answer for any petition id and echo it.
 */

/** Discovery for a card whose backend keeps count history (counts polled, no event streams). */
export function historyDiscovery(pollIntervalSeconds = 30): RequestHandler[] {
  return discoveryHandlers({ features: ['petitions', 'petitions.history'], pollIntervalSeconds });
}

export interface HistoryHandlerOptions {
  latency?: MockLatency;
  /** Sees every request, e.g. to count them. */
  onRequest?: (request: Request) => void;
}

/** `getPetitionHistory` answering with `make(id)`. */
export function historyHandlers(
  make: (petitionId: string) => PetitionHistory,
  options: HistoryHandlerOptions = {},
): RequestHandler[] {
  return [
    http.get(mockPath(ENDPOINTS.getPetitionHistory), async ({ request, params }) => {
      options.onRequest?.(request);
      if (options.latency !== undefined) await delay(options.latency);
      return validJson(PetitionHistorySchema, make(String(params['petitionId'])));
    }),
  ];
}

/** `getPetitionHistory` answering with `answer` (an error, a broken body…). */
export function historyAnswer(answer: () => Response | Promise<Response>): RequestHandler[] {
  return [http.get(mockPath(ENDPOINTS.getPetitionHistory), answer)];
}

/** A petition's count history, by scenario name. */
export const historyScenarios = {
  default: historyHandlers(petitionHistory),
  short: historyHandlers(shortPetitionHistory),
  empty: historyHandlers((petitionId) => ({ petitionId, points: [] })),
  loading: historyHandlers(petitionHistory, { latency: 'infinite' }),
  error: historyAnswer(() => problemResponse('server', { detail: 'The mock backend failed on purpose.' })),
  malformed: historyAnswer(() => HttpResponse.json(malformedPetitionHistory)),
};
