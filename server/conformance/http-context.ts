import { encodeQuery, ENDPOINTS, fillPath } from '#protocol';
import type { AnyEndpoint, EndpointId } from '#protocol';
import { parseEventStream } from './event-stream.js';
import { CheckSkipped, fail, randomId } from './harness.js';
import type { ApiResponse, CallInput, CallOptions, CheckContext, SuiteOptions } from './harness.js';

/* The context checks run with: calls a backend over plain HTTP (global fetch). */

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
