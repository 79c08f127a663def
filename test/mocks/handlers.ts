import { delay, http, HttpResponse } from 'msw';
import type { JsonBodyType, RequestHandler } from 'msw';
import * as v from 'valibot';
import {
  DiscoverySchema,
  ENDPOINTS,
  PROBLEM_MEDIA_TYPE,
  PROBLEMS,
  ProblemSchema,
} from '../../src/protocol/index.js';
import type { AnyEndpoint, Discovery, Problem, ProblemKind } from '../../src/protocol/index.js';
import { discovery } from './fixtures/discovery.js';
import { ideaScenarios } from './idea-scenarios.js';

/*
 * msw scenarios shared by the browser tests, Storybook and the demo. A scenario is a list of
 * handlers for one resource; `scenarios.<resource>.<name>` is what stories put in
 * `parameters.msw.handlers.<resource>`, so a story can swap one resource's behaviour and keep the rest.
 * Handlers that answer successfully validate their body with the protocol schema first.
 */

/** Where the mocked backend lives: the path the reference server mounts the protocol at. */
export const MOCK_API_BASE = '/api/v1';

/** msw path pattern of an endpoint: `/petitions/{petitionId}` → `/api/v1/petitions/:petitionId`. */
export function mockPath(endpoint: AnyEndpoint, base: string = MOCK_API_BASE): string {
  return base.replace(/\/+$/, '') + endpoint.path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}

/** How long a handler waits before answering; `'infinite'` never answers (a loading state that stays). */
export type MockLatency = number | 'infinite';

async function wait(latency: MockLatency | undefined): Promise<void> {
  if (latency !== undefined) await delay(latency);
}

/** A JSON success body, checked against the endpoint's response schema so mocks cannot drift. */
export function validJson<TSchema extends v.GenericSchema>(
  schema: TSchema,
  body: v.InferInput<TSchema>,
  init?: ResponseInit,
): HttpResponse<JsonBodyType> {
  return HttpResponse.json(v.parse(schema, body) as JsonBodyType, init);
}

/** Extra wording for a problem answer. */
export interface ProblemInit {
  detail?: string;
  errors?: Problem['errors'];
  headers?: Record<string, string>;
}

/** An RFC 9457 problem answer for a well-known kind, or `'server'` for a plain 500. */
export function problemResponse(kind: ProblemKind | 'server', init: ProblemInit = {}): HttpResponse<Problem> {
  const known = kind === 'server' ? { type: 'about:blank', status: 500 } : PROBLEMS[kind];
  const body = v.parse(ProblemSchema, {
    type: known.type,
    title: kind === 'server' ? 'Internal Server Error' : kind,
    status: known.status,
    ...(init.detail === undefined ? {} : { detail: init.detail }),
    ...(init.errors === undefined ? {} : { errors: init.errors }),
  });
  return HttpResponse.json(body, {
    status: body.status,
    headers: { 'Content-Type': PROBLEM_MEDIA_TYPE, ...init.headers },
  });
}

export interface DiscoveryOptions {
  /** Features the backend advertises; default: every feature of protocol v1. */
  features?: readonly string[];
  pollIntervalSeconds?: number;
  locales?: readonly string[];
  defaultLocale?: string;
  latency?: MockLatency;
}

/** The discovery document a mocked backend answers with. */
export function discoveryDocument(options: Omit<DiscoveryOptions, 'latency'> = {}): Discovery {
  return v.parse(DiscoverySchema, {
    ...discovery,
    features: [...(options.features ?? discovery.features)],
    pollIntervalSeconds: options.pollIntervalSeconds ?? discovery.pollIntervalSeconds,
    locales: [...(options.locales ?? discovery.locales)],
    defaultLocale: options.defaultLocale ?? discovery.defaultLocale,
  });
}

/** `GET /` (discovery) answering with a valid document. */
export function discoveryHandlers(options: DiscoveryOptions = {}): RequestHandler[] {
  const body = discoveryDocument(options);
  return [
    http.get(mockPath(ENDPOINTS.getDiscovery), async () => {
      await wait(options.latency);
      return HttpResponse.json(body);
    }),
    // No endpoint takes writes at the root: 404, as a backend answers any unknown route. (After a
    // write fails without an answer, the client writes here to tell a CORS refusal from a drop.)
    http.post(mockPath(ENDPOINTS.getDiscovery), () => problemResponse('notFound')),
    http.put(mockPath(ENDPOINTS.getDiscovery), () => problemResponse('notFound')),
  ];
}

/** A discovery answer that breaks the schema (wrong version, features not a list): clients must reject it. */
export const malformedDiscovery = {
  protocolVersion: '2',
  backend: { name: '' },
  locales: [],
  features: 'all',
  pollIntervalSeconds: 0,
} as const;

/** `GET /` answering with any status and body, for error scenarios. */
export function discoveryAnswer(answer: () => Response | Promise<Response>): RequestHandler[] {
  return [http.get(mockPath(ENDPOINTS.getDiscovery), answer)];
}

/** Named scenarios per resource. Later widgets add their resources here (petitions, ideas, …). */
export const scenarios = {
  discovery: {
    default: discoveryHandlers(),
    /** Only petitions, polled every 10 s. */
    petitionsOnly: discoveryHandlers({ features: ['petitions'], pollIntervalSeconds: 10 }),
    slow: discoveryHandlers({ latency: 2500 }),
    pending: discoveryHandlers({ latency: 'infinite' }),
    error: discoveryAnswer(() =>
      problemResponse('server', { detail: 'The mock backend failed on purpose.' }),
    ),
    unavailable: discoveryAnswer(() => problemResponse('unavailable', { headers: { 'Retry-After': '120' } })),
    malformed: discoveryAnswer(() => HttpResponse.json(malformedDiscovery)),
    networkError: discoveryAnswer(() => HttpResponse.error()),
  },
  /** The idea board, its ideas, votes, new ideas, reports and similar ideas (test/mocks/idea-scenarios.ts). */
  get ideas() {
    return ideaScenarios;
  },
} satisfies Record<string, Record<string, RequestHandler[]>>;

export type ScenarioResource = keyof typeof scenarios;

/** Every resource's `default` scenario: a healthy backend. */
export function defaultHandlers(): RequestHandler[] {
  return Object.values(scenarios).flatMap((resource) => resource.default);
}
