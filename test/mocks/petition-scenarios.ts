import { delay, http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import {
  ENDPOINTS,
  PetitionCountSchema,
  PetitionSchema,
  SignatureAcceptedSchema,
  SignatureConfirmedSchema,
} from '../../src/protocol/index.js';
import type { Petition } from '../../src/protocol/index.js';
import { countOf, malformedPetition, petitionStates } from './fixtures/petition-states.js';
import type { PetitionStateName } from './fixtures/petition-states.js';
import { discoveryHandlers, mockPath, problemResponse, validJson } from './handlers.js';
import type { MockLatency } from './handlers.js';

/*
 * msw scenarios of the petition widgets: the petition and its count (`petitions`), signing
 * (`signatures`) and confirming (`confirmations`). Stories put them under those keys in
 * `parameters.msw.handlers`; tests call the factories for fresh state and to watch requests.
 * Handlers answer for any petition id and echo it, so tests can use an id of their own.
 */

async function wait(latency: MockLatency | undefined): Promise<void> {
  if (latency !== undefined) await delay(latency);
}

/** Discovery for petition widgets: petitions without event streams, so counts are polled. */
export function petitionDiscovery(pollIntervalSeconds = 30): RequestHandler[] {
  return discoveryHandlers({ features: ['petitions'], pollIntervalSeconds });
}

export interface PetitionHandlerOptions {
  latency?: MockLatency;
  /** Total signatures (online + paper) of the n-th count request (0-based) for one petition id. */
  liveTotal?: (request: number) => number;
  /** Sees every request, e.g. to count them. */
  onRequest?: (request: Request) => void;
}

/** `getPetition` and `getPetitionCount` answering with one petition. */
export function petitionHandlers(
  make: () => Petition,
  options: PetitionHandlerOptions = {},
): RequestHandler[] {
  const countRequests = new Map<string, number>();
  return [
    http.get(mockPath(ENDPOINTS.getPetition), async ({ request, params }) => {
      options.onRequest?.(request);
      await wait(options.latency);
      return validJson(PetitionSchema, { ...make(), id: String(params['petitionId']) });
    }),
    http.get(mockPath(ENDPOINTS.getPetitionCount), async ({ request, params }) => {
      options.onRequest?.(request);
      const id = String(params['petitionId']);
      const petition = { ...make(), id };
      const n = countRequests.get(id) ?? 0;
      countRequests.set(id, n + 1);
      const count = countOf(petition);
      if (options.liveTotal) count.signatureCount = options.liveTotal(n) - petition.offlineSignatureCount;
      return validJson(PetitionCountSchema, count);
    }),
  ];
}

/** `getPetition` and `getPetitionCount` both answering with `answer` (an error, a broken body…). */
export function petitionAnswer(answer: () => Response | Promise<Response>): RequestHandler[] {
  return [
    http.get(mockPath(ENDPOINTS.getPetition), answer),
    http.get(mockPath(ENDPOINTS.getPetitionCount), answer),
  ];
}

const stateScenarios = Object.fromEntries(
  Object.entries(petitionStates).map(([name, make]) => [name, petitionHandlers(make)]),
) as Record<PetitionStateName, RequestHandler[]>;

/** The petition resource, by scenario name. */
export const petitionScenarios = {
  ...stateScenarios,
  /** Never answers: the card keeps its loading placeholder. */
  loading: petitionHandlers(petitionStates.open, { latency: 'infinite' }),
  slow: petitionHandlers(petitionStates.open, { latency: 2000 }),
  error: petitionAnswer(() => problemResponse('server', { detail: 'The mock backend failed on purpose.' })),
  notFound: petitionAnswer(() => problemResponse('notFound')),
  gone: petitionAnswer(() => problemResponse('gone')),
  malformed: petitionAnswer(() => HttpResponse.json(malformedPetition)),
  networkError: petitionAnswer(() => HttpResponse.error()),
};

export interface WriteHandlerOptions {
  latency?: MockLatency;
  /** How many requests fail with a dropped connection before the rest succeed. */
  failures?: number;
  /** Answers instead of succeeding (after any `failures`). */
  answer?: () => Response | Promise<Response>;
  /** Sees every request (before any failure), e.g. to record its Idempotency-Key. */
  onRequest?: (request: Request) => void;
}

/** `createSignature`: 202, the same for new and duplicate signatures. */
export function signatureHandlers(options: WriteHandlerOptions = {}): RequestHandler[] {
  let failed = 0;
  return [
    http.post(mockPath(ENDPOINTS.createSignature), async ({ request, params }) => {
      options.onRequest?.(request.clone());
      if (failed < (options.failures ?? 0)) {
        failed += 1;
        return HttpResponse.error();
      }
      await wait(options.latency);
      if (options.answer) return options.answer();
      return validJson(
        SignatureAcceptedSchema,
        { status: 'confirmation_sent', petitionId: String(params['petitionId']) },
        { status: 202 },
      );
    }),
  ];
}

/** Signing, by scenario name. */
export const signatureScenarios = {
  accepted: signatureHandlers(),
  slow: signatureHandlers({ latency: 1500 }),
  /** The server refuses the email and the postcode, as its own checks found them. */
  fieldErrors: signatureHandlers({
    answer: () =>
      problemResponse('validation', {
        errors: [
          { field: 'email', code: 'invalid', message: 'Email domain does not accept mail' },
          { field: 'postcode', code: 'invalid', message: 'Postcode is not in Almaty' },
        ],
      }),
  }),
  /** Every attempt loses its connection: the signature is not sent. */
  networkError: signatureHandlers({ answer: () => HttpResponse.error() }),
  closed: signatureHandlers({ answer: () => problemResponse('closed') }),
  authRequired: signatureHandlers({ answer: () => problemResponse('unauthorized') }),
  rateLimited: signatureHandlers({
    answer: () => problemResponse('rateLimited', { headers: { 'Retry-After': '120' } }),
  }),
  serverError: signatureHandlers({ answer: () => problemResponse('server') }),
};

export interface ConfirmHandlerOptions extends WriteHandlerOptions {
  /** The petition whose count the confirmation answers with; default the open petition. */
  petition?: () => Petition;
}

/** `confirmSignature`: the petition and its count, now one signature higher. */
export function confirmHandlers(options: ConfirmHandlerOptions = {}): RequestHandler[] {
  let failed = 0;
  return [
    http.post(mockPath(ENDPOINTS.confirmSignature), async ({ request }) => {
      options.onRequest?.(request.clone());
      if (failed < (options.failures ?? 0)) {
        failed += 1;
        return HttpResponse.error();
      }
      await wait(options.latency);
      if (options.answer) return options.answer();
      const petition = (options.petition ?? petitionStates.thresholdReached)();
      const count = countOf({ ...petition, signatureCount: petition.signatureCount + 1 });
      return validJson(SignatureConfirmedSchema, { petitionId: petition.id, count });
    }),
  ];
}

/** Confirming, by scenario name. */
export const confirmScenarios = {
  confirmed: confirmHandlers(),
  slow: confirmHandlers({ latency: 1500 }),
  invalidToken: confirmHandlers({ answer: () => problemResponse('invalidToken') }),
  closed: confirmHandlers({ answer: () => problemResponse('closed') }),
  networkError: confirmHandlers({ answer: () => HttpResponse.error() }),
};
