import * as v from 'valibot';
import { encodeQuery, ENDPOINTS, fillPath, PROBLEM_MEDIA_TYPE, PROBLEMS, ProblemSchema } from '#protocol';
import type { AnyEndpoint, EndpointId, Feature, Problem, ProblemKind } from '#protocol';

/*
 * The conformance harness: check definitions, a context that calls a backend over plain HTTP
 * (global fetch) and the expectations checks are written with. Backend-agnostic on purpose: the
 * only knowledge of the protocol comes from the shared schemas and the ENDPOINTS registry.
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
  'leaderboards',
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

function mediaTypeOf(headers: Headers): string {
  return (headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/** A short excerpt of an answer for failure messages. */
export function excerpt(res: ApiResponse, max = 160): string {
  const text = res.text.replace(/\s+/g, ' ').trim();
  if (!text) return '(empty body)';
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Describes valibot issues by path, at most three. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const described = issues.slice(0, 3).map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  return described.join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');
}

export function expectStatus(res: ApiResponse, ...statuses: number[]): void {
  if (!statuses.includes(res.status)) {
    fail(
      `${res.method} ${res.target}: expected HTTP ${statuses.join(' or ')}, got ${res.status} ${excerpt(res)}`,
    );
  }
}

/** Validates a JSON success body against a schema and returns the parsed value. */
export function expectSchema<S extends v.GenericSchema>(res: ApiResponse, schema: S): v.InferOutput<S> {
  ensure(
    res.mediaType === 'application/json',
    `${res.method} ${res.target}: Content-Type should be application/json, got "${res.headers.get('content-type') ?? ''}"`,
  );
  ensure(res.body !== undefined, `${res.method} ${res.target}: body is not JSON: ${excerpt(res)}`);
  const result = v.safeParse(schema, res.body);
  if (!result.success)
    fail(`${res.method} ${res.target}: body does not match the schema: ${describeIssues(result.issues)}`);
  return result.output;
}

/*
 * Stack frames as JavaScript (`at fn (/srv/app.js:1:2)`), Java (`at com.x.Y(Y.java:12)`),
 * Python (`File "/srv/app.py", line 3`) and PHP (`#0 /var/www/x.php(12)`) print them.
 */
const STACK_FRAME_PATTERNS = [
  /\bat (?:[^\s()]+ \()?(?:\/|file:\/\/|node:|[A-Za-z]:\\)[^\s)]*:\d+/,
  /\bat [\w$.]+\([\w$]+\.(?:java|kt|scala):\d+\)/,
  /File "[^"]+", line \d+/,
  /#\d+ (?:\/|[A-Za-z]:\\)[^\s(]+\(\d+\)/,
];

/** Whether text shows a stack trace (frames with file paths). */
export function containsStackTrace(text: string): boolean {
  return STACK_FRAME_PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * Checks an RFC 9457 answer: the status, `application/problem+json`, a body that ProblemSchema
 * accepts with `status` equal to the HTTP status, no stack trace, and (when given) the problem type.
 */
export function expectProblem(res: ApiResponse, status: number, kindOrType?: ProblemKind | string): Problem {
  expectStatus(res, status);
  ensure(
    res.mediaType === PROBLEM_MEDIA_TYPE,
    `${res.method} ${res.target}: HTTP ${res.status} should be ${PROBLEM_MEDIA_TYPE}, got "${res.headers.get('content-type') ?? ''}"`,
  );
  ensure(
    !containsStackTrace(res.text),
    `${res.method} ${res.target}: the problem document shows a stack trace`,
  );
  ensure(res.body !== undefined, `${res.method} ${res.target}: problem body is not JSON: ${excerpt(res)}`);
  const result = v.safeParse(ProblemSchema, res.body);
  if (!result.success) {
    fail(
      `${res.method} ${res.target}: problem body does not match ProblemSchema: ${describeIssues(result.issues)}`,
    );
  }
  const problem = result.output;
  ensure(
    problem.status === res.status,
    `${res.method} ${res.target}: problem "status" is ${problem.status} but the HTTP status is ${res.status}`,
  );
  if (kindOrType !== undefined) {
    const type = kindOrType in PROBLEMS ? PROBLEMS[kindOrType as ProblemKind].type : kindOrType;
    ensure(
      problem.type === type,
      `${res.method} ${res.target}: problem type should be ${type}, got ${problem.type}`,
    );
  }
  return problem;
}

/** Checks that a problem's field errors name a field. */
export function expectFieldError(res: ApiResponse, problem: Problem, field: string): void {
  const named = (problem.errors ?? []).map((error) => error.field);
  ensure(
    named.includes(field),
    `${res.method} ${res.target}: field errors should name "${field}", got ${named.length ? named.join(', ') : 'none'}`,
  );
}

/** Comma-separated header values as a lowercase set (`ETag, Retry-After` → {etag, retry-after}). */
export function headerTokens(headers: Headers, name: string): Set<string> {
  const value = headers.get(name) ?? '';
  return new Set(
    value
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** `Access-Control-Allow-Origin` must be `*` or the test origin. */
export function expectAllowedOrigin(
  res: { method?: string; target: string; headers: Headers },
  origin: string,
): void {
  const allowed = res.headers.get('access-control-allow-origin');
  ensure(
    allowed === '*' || allowed === origin,
    `${res.method ?? 'GET'} ${res.target}: Access-Control-Allow-Origin should be * or ${origin}, got ${allowed === null ? 'none' : `"${allowed}"`}`,
  );
}

/** Splits an event stream into events, as EventSource does (comments and empty data are dropped). */
export async function* parseEventStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let afterCarriageReturn = false;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      let text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A CR LF pair split across two chunks is one line end, not two.
      if (afterCarriageReturn && text.startsWith('\n')) text = text.slice(1);
      if (text) afterCarriageReturn = text.endsWith('\r');
      buffer += text;
      const lines = buffer.split(/\r\n|\r|\n/);
      // The last piece is an unfinished line ('' right after a line end).
      buffer = done ? '' : lines.pop()!;
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0) yield { event: event || 'message', data: data.join('\n') };
          event = '';
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const raw = colon === -1 ? '' : line.slice(colon + 1);
        const fieldValue = raw.startsWith(' ') ? raw.slice(1) : raw;
        if (field === 'event') event = fieldValue;
        else if (field === 'data') data.push(fieldValue);
      }
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}

export interface HttpContextInit {
  readonly options: SuiteOptions;
  readonly memos: Map<string, Promise<unknown>>;
}

/** The context checks run with; one per check so notes stay separate, sharing memoized lookups. */
export function createContext(init: HttpContextInit, notes: string[]): CheckContext {
  const { options, memos } = init;
  const base = options.baseUrl.replace(/\/+$/, '');

  async function send(target: string, method: string, callOptions: CallOptions, body: unknown) {
    const headers = new Headers({ Origin: options.origin, Accept: 'application/json' });
    let payload: string | Uint8Array<ArrayBuffer> | undefined;
    if (callOptions.rawBody !== undefined) payload = callOptions.rawBody;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined && callOptions.contentType !== null) {
      headers.set('Content-Type', callOptions.contentType ?? 'application/json');
    }
    if (callOptions.idempotencyKey) headers.set('Idempotency-Key', callOptions.idempotencyKey);
    if (callOptions.token !== undefined) headers.set('Authorization', `Bearer ${callOptions.token}`);
    for (const [name, value] of Object.entries(callOptions.headers ?? {})) headers.set(name, value);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    try {
      const response = await fetch(base + target, {
        method,
        headers,
        body: payload,
        redirect: 'manual',
        credentials: 'omit',
        signal: controller.signal,
      });
      return { response, controller, timer };
    } catch (error) {
      clearTimeout(timer);
      if (controller.signal.aborted) fail(`${method} ${target}: no answer within ${options.timeoutMs} ms`);
      fail(`${method} ${target}: request failed (${describeError(error)})`);
    }
  }

  async function exchange(target: string, method: string, callOptions: CallOptions, body: unknown) {
    const { response, controller, timer } = await send(target, method, callOptions, body);
    try {
      const text = await response.text();
      const mediaType = mediaTypeOf(response.headers);
      let parsed: unknown;
      if (isJsonMediaType(mediaType) && text.trim() !== '') {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
      }
      const res: ApiResponse = {
        method,
        target: target || '(base)',
        status: response.status,
        headers: response.headers,
        mediaType,
        text,
        body: parsed,
      };
      return res;
    } catch (error) {
      if (controller.signal.aborted)
        fail(`${method} ${target}: body not received within ${options.timeoutMs} ms`);
      fail(`${method} ${target}: reading the answer failed (${describeError(error)})`);
    } finally {
      clearTimeout(timer);
    }
  }

  function targetOf(endpointId: EndpointId, input: CallInput): string {
    const endpoint = ENDPOINTS[endpointId];
    return fillPath(endpoint.path, input.path) + encodeQuery(input.query);
  }

  return {
    options,
    request(endpointId, input = {}, callOptions = {}) {
      const endpoint: AnyEndpoint = ENDPOINTS[endpointId];
      const idempotencyKey =
        callOptions.idempotencyKey === undefined && endpoint.idempotent
          ? randomId()
          : callOptions.idempotencyKey;
      return exchange(
        targetOf(endpointId, input),
        callOptions.method ?? endpoint.method,
        { ...callOptions, idempotencyKey },
        input.body,
      );
    },
    fetchPath(path, callOptions = {}) {
      return exchange(path, callOptions.method ?? 'GET', callOptions, callOptions.body);
    },
    async openStream(endpointId, input = {}) {
      const target = targetOf(endpointId, input);
      const { response, controller, timer } = await send(
        target,
        'GET',
        { headers: { Accept: 'text/event-stream' } },
        undefined,
      );
      const events = response.body ? parseEventStream(response.body) : undefined;
      const close = () => {
        clearTimeout(timer);
        controller.abort();
      };
      return {
        target,
        status: response.status,
        headers: response.headers,
        mediaType: mediaTypeOf(response.headers),
        async next() {
          if (!events) return undefined;
          try {
            const result = await events.next();
            return result.done ? undefined : result.value;
          } catch (error) {
            if (controller.signal.aborted) fail(`GET ${target}: no event within ${options.timeoutMs} ms`);
            fail(`GET ${target}: reading the stream failed (${describeError(error)})`);
          }
        },
        async readText() {
          try {
            return await response.text();
          } finally {
            clearTimeout(timer);
          }
        },
        close,
      };
    },
    memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
      let value = memos.get(key) as Promise<T> | undefined;
      if (!value) {
        value = compute();
        // Rejections are observed by each caller; this only keeps Node from reporting them as unhandled.
        value.catch(() => undefined);
        memos.set(key, value);
      }
      return value;
    },
    note(text) {
      notes.push(text);
    },
    skip(reason): never {
      throw new CheckSkipped(reason);
    },
  };
}
