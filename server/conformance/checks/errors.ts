import { missingId } from '../fixtures.js';
import {
  containsStackTrace,
  excerpt,
  expectAllowedOrigin,
  expectFieldError,
  expectProblem,
} from '../expect.js';
import { ensure, fail } from '../harness.js';
import type { ApiResponse, Check, CheckContext } from '../harness.js';

/*
 * Errors are checked on `POST /signatures/confirm`: a write every petitions backend has, that needs
 * no test data and whose only field (`token`) is easy to get wrong on purpose.
 */

/** A token of the right shape that no backend issued. */
export function unknownToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Buffer.from(bytes).toString('base64url');
}

/** Body over one megabyte (1 MiB plus a margin), otherwise valid JSON. */
const OVERSIZED_BYTES = 1024 * 1024 + 64 * 1024;

function postConfirm(
  ctx: CheckContext,
  rawBody: string | Uint8Array<ArrayBuffer>,
  contentType = 'application/json',
) {
  return ctx.request('confirmSignature', {}, { rawBody, contentType });
}

/** Requests that must each get a 4xx problem: broken, hostile or oddly typed input. */
interface HostileInput {
  readonly label: string;
  send(ctx: CheckContext): Promise<ApiResponse>;
}

const DEPTH = 10_000;
const encoder = new TextEncoder();

const HOSTILE_INPUTS: readonly HostileInput[] = [
  { label: 'JSON null', send: (ctx) => postConfirm(ctx, 'null') },
  { label: 'JSON array', send: (ctx) => postConfirm(ctx, '[]') },
  { label: 'JSON string', send: (ctx) => postConfirm(ctx, '"token"') },
  { label: 'empty body', send: (ctx) => postConfirm(ctx, '') },
  { label: 'truncated JSON', send: (ctx) => postConfirm(ctx, '{"token": "abc') },
  { label: 'object as token', send: (ctx) => postConfirm(ctx, '{"token":{"$ne":null}}') },
  { label: 'huge number as token', send: (ctx) => postConfirm(ctx, `{"token":1${'0'.repeat(400)}}`) },
  { label: 'NUL bytes in token', send: (ctx) => postConfirm(ctx, `{"token":"${'\\u0000'.repeat(30)}"}`) },
  { label: 'markup in token', send: (ctx) => postConfirm(ctx, '{"token":"<script>alert(1)</script>"}') },
  {
    label: '__proto__ key',
    send: (ctx) =>
      postConfirm(ctx, '{"__proto__":{"polluted":true},"constructor":{"prototype":{}},"token":1}'),
  },
  {
    label: `arrays nested ${DEPTH} deep`,
    send: (ctx) => postConfirm(ctx, `{"token":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`),
  },
  {
    label: 'invalid UTF-8',
    send: (ctx) =>
      postConfirm(
        ctx,
        new Uint8Array([...encoder.encode('{"token":"'), 0xc3, 0x28, 0xff, ...encoder.encode('"}')]),
      ),
  },
  { label: 'malformed percent-encoding in the path', send: (ctx) => ctx.fetchPath('/petitions/%E0%A4%A') },
  { label: 'NUL in the path', send: (ctx) => ctx.fetchPath(`/petitions/${missingId()}%00`) },
];

export const errorChecks: Check[] = [
  {
    id: 'errors.unknown-route',
    area: 'errors',
    title: 'An unknown route under the base answers 404 application/problem+json',
    async run(ctx) {
      const res = await ctx.fetchPath(`/${missingId()}`);
      expectProblem(res, 404);
    },
  },
  {
    id: 'errors.cors',
    area: 'errors',
    title: 'Error answers carry Access-Control-Allow-Origin too',
    async run(ctx) {
      const res = await ctx.fetchPath(`/${missingId()}`);
      expectAllowedOrigin(res, ctx.options.origin);
    },
  },
  {
    id: 'errors.malformed-json',
    area: 'errors',
    title: 'A body that is not JSON answers 400 urn:civic:problem:malformed',
    endpoints: ['confirmSignature'],
    async run(ctx) {
      const res = await postConfirm(ctx, '{"token": ');
      expectProblem(res, 400, 'malformed');
    },
  },
  {
    id: 'errors.content-type-text',
    area: 'errors',
    title: 'A write sent as text/plain (a CORS "simple" request) answers 415',
    endpoints: ['confirmSignature'],
    async run(ctx) {
      const res = await postConfirm(ctx, JSON.stringify({ token: unknownToken() }), 'text/plain');
      expectProblem(res, 415);
    },
  },
  {
    id: 'errors.content-type-form',
    area: 'errors',
    title: 'A write sent as application/x-www-form-urlencoded answers 415',
    endpoints: ['confirmSignature'],
    async run(ctx) {
      const res = await postConfirm(ctx, `token=${unknownToken()}`, 'application/x-www-form-urlencoded');
      expectProblem(res, 415);
    },
  },
  {
    id: 'errors.body-too-large',
    area: 'errors',
    title: 'A body over 1 MB answers 413',
    endpoints: ['confirmSignature'],
    async run(ctx) {
      const padding = 'a'.repeat(OVERSIZED_BYTES);
      const res = await postConfirm(ctx, JSON.stringify({ token: unknownToken(), padding }));
      expectProblem(res, 413);
    },
  },
  {
    id: 'errors.validation',
    area: 'errors',
    title: 'An invalid field answers 422 urn:civic:problem:validation naming the field',
    endpoints: ['confirmSignature'],
    async run(ctx) {
      const res = await postConfirm(ctx, JSON.stringify({ token: 'short!' }));
      const problem = expectProblem(res, 422, 'validation');
      expectFieldError(res, problem, 'token');
    },
  },
  {
    id: 'errors.hostile-inputs',
    area: 'errors',
    title: `Hostile input (${HOSTILE_INPUTS.length} cases: null, nesting, NUL, invalid UTF-8…) answers 4xx problem+json`,
    endpoints: ['confirmSignature'],
    async run(ctx) {
      const failures: string[] = [];
      for (const input of HOSTILE_INPUTS) {
        const res = await input.send(ctx);
        try {
          ensure(res.status >= 400 && res.status < 500, `HTTP ${res.status} ${excerpt(res, 80)}`);
          expectProblem(res, res.status);
        } catch (error) {
          failures.push(`${input.label}: ${(error as Error).message}`);
        }
      }
      if (failures.length) fail(failures.join(' | '));
      // The server must still be serving after all of that.
      const after = await ctx.request('getDiscovery');
      ensure(after.status === 200, `GET / answers ${after.status} after the hostile inputs`);
    },
  },
  {
    id: 'errors.no-stack-traces',
    area: 'errors',
    title: 'No answer to bad input shows a stack trace',
    endpoints: ['confirmSignature'],
    async run(ctx) {
      const leaks: string[] = [];
      const answers = [
        await ctx.fetchPath(`/${missingId()}`),
        await postConfirm(ctx, '{"token": '),
        await postConfirm(ctx, JSON.stringify({ token: 'short!' })),
      ];
      for (const input of HOSTILE_INPUTS) answers.push(await input.send(ctx));
      for (const res of answers) {
        if (containsStackTrace(res.text)) leaks.push(`${res.method} ${res.target} (HTTP ${res.status})`);
      }
      ensure(leaks.length === 0, `stack traces in: ${leaks.join(', ')}`);
    },
  },
];
