import type * as v from 'valibot';

/** HTTP methods the protocol uses. */
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Who may call an endpoint: anyone, anyone (a token adds personal fields), or a signed-in participant. */
export const AUTH_MODES = ['none', 'optional', 'required'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

type AnySchema = v.GenericSchema;
type ObjectSchema =
  v.ObjectSchema<v.ObjectEntries, undefined> | v.StrictObjectSchema<v.ObjectEntries, undefined>;

/**
 * One operation of the wire protocol. Every consumer derives from these descriptors:
 * the client (URL building, response validation), the server (request validation),
 * the OpenAPI document and the conformance suite.
 */
export interface Endpoint<
  Path extends ObjectSchema | undefined = ObjectSchema | undefined,
  Query extends ObjectSchema | undefined = ObjectSchema | undefined,
  Body extends AnySchema | undefined = AnySchema | undefined,
  Response extends AnySchema | undefined = AnySchema | undefined,
> {
  /** OpenAPI operationId, also the key in `ENDPOINTS`. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path template relative to the API base, with `{name}` parameters, e.g. `/petitions/{petitionId}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** Success status code. */
  readonly status: 200 | 201 | 202 | 204;
  readonly auth: AuthMode;
  /** Discovery feature flag that must be on for the endpoint to exist (e.g. `live`). */
  readonly feature?: string;
  /** Writes that must carry an `Idempotency-Key` header (the client sends one and reuses it on retries). */
  readonly idempotent?: boolean;
  /** Reads that answer with `ETag` and honour `If-None-Match`. */
  readonly conditional?: boolean;
  /** Response media type when it is not `application/json` (e.g. `text/event-stream`). */
  readonly responseType?: 'application/json' | 'text/event-stream' | 'text/csv';
  readonly pathParams: Path;
  readonly query: Query;
  readonly body: Body;
  /** Schema of the success body; `undefined` for 204 and event streams. */
  readonly response: Response;
}

export type AnyEndpoint = Endpoint<
  ObjectSchema | undefined,
  ObjectSchema | undefined,
  AnySchema | undefined,
  AnySchema | undefined
>;

type InputOf<S> = S extends AnySchema ? v.InferInput<S> : never;
type OutputOf<S> = S extends AnySchema ? v.InferOutput<S> : undefined;

/** What a caller supplies for an endpoint: only the parts the endpoint has. */
export type EndpointInput<E extends AnyEndpoint> = (E['pathParams'] extends AnySchema
  ? { path: InputOf<E['pathParams']> }
  : { path?: never }) &
  (E['query'] extends AnySchema ? { query?: Partial<InputOf<E['query']>> } : { query?: never }) &
  (E['body'] extends AnySchema ? { body: InputOf<E['body']> } : { body?: never });

/** The validated success value of an endpoint. */
export type EndpointOutput<E extends AnyEndpoint> = OutputOf<E['response']>;

/**
 * Identity helper that keeps the literal types of a descriptor. Marked free of side effects, so a
 * bundle drops every descriptor that nothing uses (a widget's chunk keeps only its own endpoints).
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineEndpoint<
  Path extends ObjectSchema | undefined,
  Query extends ObjectSchema | undefined,
  Body extends AnySchema | undefined,
  Response extends AnySchema | undefined,
>(endpoint: Endpoint<Path, Query, Body, Response>): Endpoint<Path, Query, Body, Response> {
  return endpoint;
}

type PathSchema = NonNullable<AnyEndpoint['pathParams']>;
type ResponseSchema = NonNullable<AnyEndpoint['response']>;

/** What a public GET of one resource by its path states; the rest of its descriptor is fixed. */
export interface ResourceGet<Path extends PathSchema, Response extends ResponseSchema | undefined> {
  readonly id: string;
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly feature: string;
  readonly conditional?: true;
  readonly responseType?: 'text/event-stream';
  readonly pathParams: Path;
  readonly response: Response;
}

/** A public GET of one resource named by its path: no query, no body, anyone may call it. */
/* @__NO_SIDE_EFFECTS__ */
export function defineResourceGet<Path extends PathSchema, Response extends ResponseSchema | undefined>(
  get: ResourceGet<Path, Response>,
): Endpoint<Path, undefined, undefined, Response> {
  const { id, path, summary, tag, feature, pathParams, response, ...kind } = get;
  return defineEndpoint({
    id,
    method: 'GET',
    path,
    summary,
    tag,
    status: 200,
    auth: 'none',
    feature,
    ...kind,
    pathParams,
    query: undefined,
    body: undefined,
    response,
  });
}

/**
 * A server-sent event stream that pushes the same value a resource answers with: the stream's
 * endpoint, the event name, and the schema of that event's data. Each feature defines its own
 * (`PETITION_COUNT_STREAM`, `CAMPAIGN_TOTALS_STREAM`) beside its endpoints.
 */
export interface LiveStream<T = unknown> {
  readonly endpoint: AnyEndpoint;
  readonly event: string;
  readonly schema: v.GenericSchema<unknown, T>;
}

/** Fills a path template: `/petitions/{petitionId}` + `{petitionId: 'a b'}` → `/petitions/a%20b`. */
export function fillPath(template: string, params: Record<string, string | number> | undefined): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === '')
      throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(String(value));
  });
}
