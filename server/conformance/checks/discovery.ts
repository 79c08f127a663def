import { isDeepStrictEqual } from 'node:util';
import { DiscoverySchema, ENDPOINTS, isEndpointAvailable, PROTOCOL_VERSION } from '#protocol';
import type { AnyEndpoint } from '#protocol';
import { discovery } from '../fixtures.js';
import { expectAllowedOrigin, expectSchema, expectStatus, headerTokens } from '../expect.js';
import { ensure } from '../harness.js';
import type { ApiResponse, Check, CheckContext } from '../harness.js';

/** Sends a CORS preflight for `method` on `path` asking for `requestHeaders`. */
function preflight(ctx: CheckContext, path: string, method: string, requestHeaders: readonly string[]) {
  return ctx.fetchPath(path, {
    method: 'OPTIONS',
    headers: {
      'Access-Control-Request-Method': method,
      'Access-Control-Request-Headers': requestHeaders.join(', '),
    },
  });
}

const SAFELISTED_METHODS = ['GET', 'HEAD', 'POST'];

/** Checks a preflight answer: 2xx, the origin, the method and each request header allowed. */
function expectPreflightAllows(
  ctx: CheckContext,
  res: ApiResponse,
  method: string,
  requestHeaders: readonly string[],
): void {
  ensure(
    res.status >= 200 && res.status < 300,
    `OPTIONS ${res.target}: a preflight must answer 2xx (the protocol says 204), got ${res.status}`,
  );
  expectAllowedOrigin(res, ctx.options.origin);
  const methods = headerTokens(res.headers, 'access-control-allow-methods');
  // Browsers allow the CORS-safelisted methods (GET, HEAD, POST) without listing; others need naming.
  ensure(
    SAFELISTED_METHODS.includes(method) || methods.has(method.toLowerCase()) || methods.has('*'),
    `OPTIONS ${res.target}: Access-Control-Allow-Methods should include ${method}, got "${res.headers.get('access-control-allow-methods') ?? ''}"`,
  );
  const allowed = headerTokens(res.headers, 'access-control-allow-headers');
  // A `*` covers every request header except Authorization, which must be listed by name.
  const missing = requestHeaders.filter(
    (name) =>
      !allowed.has(name.toLowerCase()) && !(allowed.has('*') && name.toLowerCase() !== 'authorization'),
  );
  ensure(
    missing.length === 0,
    `OPTIONS ${res.target}: Access-Control-Allow-Headers lacks ${missing.join(', ')} (got "${res.headers.get('access-control-allow-headers') ?? ''}")`,
  );
}

/** One announced write endpoint per write method (POST, PUT…). */
async function announcedWrites(ctx: CheckContext): Promise<AnyEndpoint[]> {
  const { features } = await discovery(ctx);
  const byMethod = new Map<string, AnyEndpoint>();
  for (const endpoint of Object.values(ENDPOINTS) as AnyEndpoint[]) {
    if (endpoint.method === 'GET' || byMethod.has(endpoint.method)) continue;
    if (isEndpointAvailable(endpoint, features)) byMethod.set(endpoint.method, endpoint);
  }
  return [...byMethod.values()];
}

function placeholderPath(endpoint: AnyEndpoint): string {
  return endpoint.path.replace(/\{[A-Za-z0-9_]+\}/g, 'conformance-preflight');
}

export const discoveryChecks: Check[] = [
  {
    id: 'discovery.get',
    area: 'discovery',
    title: `GET / answers 200 with a valid discovery document, protocolVersion "${PROTOCOL_VERSION}"`,
    async run(ctx) {
      const res = await ctx.request('getDiscovery');
      expectStatus(res, 200);
      const body = res.body as { protocolVersion?: unknown } | undefined;
      ensure(
        body?.protocolVersion === PROTOCOL_VERSION,
        `GET /: protocolVersion should be "${PROTOCOL_VERSION}", got ${JSON.stringify(body?.protocolVersion)}`,
      );
      const document = expectSchema(res, DiscoverySchema);
      ctx.note(`features: ${document.features.join(', ') || '(none)'}`);
    },
  },
  {
    id: 'discovery.no-trailing-slash',
    area: 'discovery',
    title: 'GET {base} without the trailing slash answers the same discovery document',
    endpoints: ['getDiscovery'],
    async run(ctx) {
      const withSlash = await discovery(ctx);
      const res = await ctx.fetchPath('');
      expectStatus(res, 200);
      const document = expectSchema(res, DiscoverySchema);
      ensure(isDeepStrictEqual(document, withSlash), 'GET {base} and GET {base}/ answer different documents');
    },
  },
  {
    id: 'discovery.cors',
    area: 'discovery',
    title: 'Answers carry Access-Control-Allow-Origin for the test origin',
    async run(ctx) {
      const res = await ctx.request('getDiscovery');
      expectStatus(res, 200);
      expectAllowedOrigin(res, ctx.options.origin);
      if (
        res.headers.get('access-control-allow-origin') !== '*' &&
        !headerTokens(res.headers, 'vary').has('origin')
      ) {
        ctx.note('echoes the origin without Vary: Origin (shared caches may serve it to other origins)');
      }
    },
  },
  {
    id: 'discovery.preflight-write',
    area: 'discovery',
    title: 'A write preflight allows the method and Authorization, Content-Type, Idempotency-Key',
    endpoints: ['getDiscovery'],
    async run(ctx) {
      const endpoints = await announcedWrites(ctx);
      if (endpoints.length === 0) ctx.skip('the backend announces no write endpoint');
      const requestHeaders = ['Authorization', 'Content-Type', 'Idempotency-Key'];
      for (const endpoint of endpoints) {
        const res = await preflight(ctx, placeholderPath(endpoint), endpoint.method, requestHeaders);
        expectPreflightAllows(ctx, res, endpoint.method, requestHeaders);
        ensure(
          res.headers.has('access-control-allow-methods'),
          `OPTIONS ${res.target}: the preflight answer has no Access-Control-Allow-Methods`,
        );
        if (!res.headers.has('access-control-max-age')) {
          ctx.note(`OPTIONS ${res.target}: no Access-Control-Max-Age, so browsers repeat the preflight`);
        }
      }
      ctx.note(
        `preflighted ${endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`).join(', ')}`,
      );
    },
  },
  {
    id: 'discovery.preflight-read',
    area: 'discovery',
    title: 'A read preflight allows Authorization, If-None-Match, Accept-Language',
    async run(ctx) {
      const requestHeaders = ['Authorization', 'If-None-Match', 'Accept-Language'];
      const res = await preflight(ctx, '/', 'GET', requestHeaders);
      expectPreflightAllows(ctx, res, 'GET', requestHeaders);
    },
  },
];
