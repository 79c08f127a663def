import type { EndpointId, Feature } from '#protocol';

/*
 * The conformance harness: what a check is, what it runs with and how it ends. Backend-agnostic on
 * purpose: the only knowledge of the protocol comes from the shared schemas and the ENDPOINTS
 * registry. The HTTP context is in http-context.ts, the expectations checks use in expect.ts.
 */

/** Areas of the protocol, in report order. */
export const AREAS = [
  'discovery',
  'errors',
  'petitions',
  'signatures',
  'live',
  'auth',
  'ideas',
  'campaigns',
  'history',
  'leaderboards',
  'exports',
] as const;
export type Area = (typeof AREAS)[number];

/** What a check can end with. */
export const OUTCOMES = ['PASS', 'FAIL', 'SKIP'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A protocol requirement the backend does not meet. */
export class CheckFailure extends Error {
  override name = 'CheckFailure';
}

/** The check cannot run against this backend (not announced, no test data, no token). Never a pass. */
export class CheckSkipped extends Error {
  override name = 'CheckSkipped';
}

/** One conformance check. */
export interface Check {
  /** Stable id, `<area>.<name>`, e.g. `petitions.count-conditional`. */
  readonly id: string;
  readonly area: Area;
  /** What the check verifies, in one line. */
  readonly title: string;
  /** Discovery feature the check needs; without it the check is skipped. */
  readonly feature?: Feature;
  /** Endpoints the check calls; any endpoint the backend does not announce skips the check. */
  readonly endpoints?: readonly EndpointId[];
  run(ctx: CheckContext): Promise<void> | void;
}

/** Settings of one run. */
export interface SuiteOptions {
  /** API base, e.g. `http://127.0.0.1:8080/api/v1`. */
  readonly baseUrl: string;
  /** Origin sent with every request, for the CORS checks. */
  readonly origin: string;
  /** An open petition to sign; otherwise one is found with `listPetitions?state=open`. */
  readonly petitionId?: string | undefined;
  readonly boardId?: string | undefined;
  readonly campaignId?: string | undefined;
  readonly leaderboardId?: string | undefined;
  /** Bearer token of a participant; checks of `required` writes are skipped without it. */
  readonly token?: string | undefined;
  /** Time limit of each request (and of waiting for a stream event), in ms. */
  readonly timeoutMs: number;
}

/** Input of an endpoint call, loosely typed because checks send invalid values on purpose. */
export interface CallInput {
  readonly path?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** JSON body (serialised with JSON.stringify). */
  readonly body?: unknown;
}

export interface CallOptions {
  readonly headers?: Readonly<Record<string, string>>;
  /** Bytes or text sent as is instead of the JSON body. */
  readonly rawBody?: string | Uint8Array<ArrayBuffer>;
  /** Content-Type of the body; `null` sends none. Default `application/json` when there is a body. */
  readonly contentType?: string | null;
  /** `Idempotency-Key`; default a fresh UUID on idempotent endpoints, `null` sends none. */
  readonly idempotencyKey?: string | null;
  /** Sent as `Authorization: Bearer …`. */
  readonly token?: string;
  /** Overrides the endpoint's method (e.g. `OPTIONS` for a preflight). */
  readonly method?: string;
}

/** A finished HTTP exchange with the body read. */
export interface ApiResponse {
  readonly method: string;
  /** Path relative to the API base, for messages. */
  readonly target: string;
  readonly status: number;
  readonly headers: Headers;
  /** Media type without parameters, lowercase (`application/problem+json`), or '' when absent. */
  readonly mediaType: string;
  readonly text: string;
  /** Parsed JSON when the media type is JSON and the text parses; otherwise undefined. */
  readonly body: unknown;
}

/** One server-sent event. */
export interface SseEvent {
  readonly event: string;
  readonly data: string;
}

/** An open event stream; `close()` aborts the request. */
export interface OpenStream {
  readonly target: string;
  readonly status: number;
  readonly headers: Headers;
  readonly mediaType: string;
  /** The next event with data, or undefined when the stream ended. */
  next(): Promise<SseEvent | undefined>;
  /** The whole body as text (for error answers). */
  readText(): Promise<string>;
  close(): void;
}

/** What a check runs with. */
export interface CheckContext {
  readonly options: SuiteOptions;
  /** Calls a protocol endpoint. */
  request(endpointId: EndpointId, input?: CallInput, options?: CallOptions): Promise<ApiResponse>;
  /** Calls any path relative to the API base ('' is the base itself). */
  fetchPath(path: string, options?: CallOptions & { readonly body?: unknown }): Promise<ApiResponse>;
  /** Opens an event stream endpoint. */
  openStream(endpointId: EndpointId, input?: CallInput): Promise<OpenStream>;
  /** Computes a value once per run (the promise is shared, also when it rejects). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Adds a remark to the check's line in the report. */
  note(text: string): void;
  /** Ends the check as skipped. */
  skip(reason: string): never;
}

export function fail(message: string): never {
  throw new CheckFailure(message);
}

export function ensure(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message);
}

/** A fresh random value for idempotency keys, emails and ids that must not exist. */
export function randomId(): string {
  return crypto.randomUUID();
}
