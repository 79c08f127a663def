import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as v from 'valibot';
import { PROBLEM_MEDIA_TYPE, ProblemSchema } from '../../../src/protocol/index.js';
import { containsStackTrace } from '../../../server/conformance/expect.js';
import { sqliteDatabase } from '../support/databases.js';
import type { TestDatabase } from '../support/databases.js';
import { openPetition } from './open-petition.js';
import { loadPetitions, startServerProcess } from './server-process.js';
import type { ServerProcess } from './server-process.js';

/*
 * A hostile-input corpus against the reference server over real HTTP, raw bytes included. Every
 * request must get a 4xx problem document (RFC 9457, no stack trace, nosniff), and the server must
 * still serve afterwards. Markup in names and titles is accepted as text and must come back inert.
 */

const PETITION_ID = 'hostile-test';
const MARKUP_PETITION_ID = 'markup-test';
const SCRIPT = '<script>alert("pwned")</script>';
const IMG = '<img src=x onerror=alert(1)>';

interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body chunked, without Content-Length. */
  chunked?: boolean;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** Whether a `100 Continue` came first (only asked for with `Expect: 100-continue`). */
  continued: boolean;
}

/** Parses an HTTP/1.1 response read to the end of the connection (Content-Length or chunked). */
function parseResponse(bytes: Buffer): Omit<RawResponse, 'continued'> {
  const headerEnd = bytes.indexOf('\r\n\r\n');
  if (headerEnd < 0)
    throw new Error(`no complete response: ${JSON.stringify(bytes.toString('latin1').slice(0, 200))}`);
  const [statusLine, ...lines] = bytes.subarray(0, headerEnd).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1]);
  const headers: http.IncomingHttpHeaders = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = bytes.subarray(headerEnd + 4);
  if (/chunked/i.test(String(headers['transfer-encoding'] ?? ''))) {
    const chunks: Buffer[] = [];
    let offset = 0;
    for (;;) {
      const lineEnd = body.indexOf('\r\n', offset);
      const size = parseInt(body.subarray(offset, lineEnd).toString('latin1'), 16);
      if (!size) break;
      chunks.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      offset = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(chunks);
  } else if (headers['content-length'] !== undefined) {
    body = body.subarray(0, Number(headers['content-length']));
  }
  return { status, headers, text: body.toString('utf8') };
}

/**
 * One HTTP request over a plain socket, with the path and bytes exactly as given (fetch and
 * http.request would normalise both). A server may answer an oversized body before reading it
 * and then reset the connection: write errors are ignored, and the answer read so far counts.
 */
function raw(origin: string, request: RawRequest): Promise<RawResponse> {
  const url = new URL(origin);
  // An empty value means "leave the header out".
  const headers = Object.entries(request.headers ?? {}).filter(([, value]) => value !== '');
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  const head = [
    `${request.method ?? 'GET'} ${request.path} HTTP/1.1`,
    `Host: ${url.host}`,
    'Connection: close',
    ...headers.map(([name, value]) => `${name}: ${value}`),
  ];
  if (body && request.chunked) head.push('Transfer-Encoding: chunked');
  else if (body) head.push(`Content-Length: ${body.length}`);
  // Like curl, ask before sending a large body: a server that refuses it answers at once.
  const askFirst = body !== undefined && !request.chunked && body.length > 16 * 1024;
  if (askFirst) head.push('Expect: 100-continue');
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    let bodySent = !askFirst;
    const socket = net.connect(Number(url.port), url.hostname);
    const sendBody = () => {
      if (!body) return;
      if (!request.chunked) {
        socket.write(body);
        return;
      }
      for (let offset = 0; offset < body.length; offset += 64 * 1024) {
        const chunk = body.subarray(offset, offset + 64 * 1024);
        socket.write(`${chunk.length.toString(16)}\r\n`);
        socket.write(chunk);
        socket.write('\r\n');
      }
      socket.write('0\r\n\r\n');
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const interim = /^HTTP\/1\.1 100 [^\r]*\r\n\r\n/.exec(received.toString('latin1'));
      if (!bodySent && interim) {
        received = received.subarray(interim[0].length);
        bodySent = true;
        sendBody();
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      try {
        resolve({ ...parseResponse(received), continued: askFirst && bodySent });
      } catch (error) {
        reject(error);
      }
    });
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
    if (bodySent) sendBody();
  });
}

function petition(id: string, title: string) {
  return openPetition({
    id,
    title,
    summary: `Summary with markup: ${IMG}`,
    body: `Body with markup: ${SCRIPT}`,
    signatureCount: 0,
    thresholds: [{ kind: 'response', count: 10_000, reachedAt: null }],
  });
}

const SIGN_PATH = `/api/v1/petitions/${PETITION_ID}/signatures`;

function signatureJson(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    name: 'Aigerim Sadykova',
    email: `signer-${randomBytes(4).toString('hex')}@hostile.example`,
    eligible: true,
    ...overrides,
  });
}

/** A POST to the signature endpoint with a fresh key, as JSON unless `headers` say otherwise. */
function sign(body: string | Buffer, headers: Record<string, string> = {}, chunked = false): RawRequest {
  return {
    method: 'POST',
    path: SIGN_PATH,
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `hostile-${randomBytes(8).toString('hex')}`,
      ...headers,
    },
    body,
    chunked,
  };
}

interface Case {
  name: string;
  request: RawRequest;
  /** Acceptable statuses (all 4xx). */
  statuses: number[];
  /** A field the problem's `errors` must name. */
  field?: string;
  /** Text the answer must not contain (leaked files). */
  mustNotContain?: string;
}

const MEGABYTE_NAME = 'A'.repeat(1024 * 1024);
const DEEP = 20_000;

const CORPUS: Case[] = [
  // NUL bytes
  { name: 'NUL in the name', request: sign(signatureJson({ name: 'Ai\u0000gerim' })), statuses: [400] },
  {
    name: 'NUL in the email',
    request: sign(signatureJson({ email: 'a\u0000b@hostile.example' })),
    statuses: [400],
  },
  { name: 'NUL in a key', request: sign(signatureJson({ ['na\u0000me']: 'x' })), statuses: [400] },
  { name: 'NUL in a query', request: { path: '/api/v1/petitions?q=%00' }, statuses: [400] },
  { name: 'NUL in a path id', request: { path: '/api/v1/petitions/a%00b' }, statuses: [400, 404] },
  // Sizes
  { name: '1 MB body', request: sign(signatureJson({ name: MEGABYTE_NAME })), statuses: [413] },
  {
    name: '1 MB body, chunked',
    request: sign(signatureJson({ name: MEGABYTE_NAME }), {}, true),
    statuses: [413],
  },
  {
    name: 'deeply nested JSON',
    request: sign(
      `{"name":${'['.repeat(DEEP)}${']'.repeat(DEEP)},"email":"a@hostile.example","eligible":true}`,
    ),
    statuses: [400, 413, 422],
  },
  {
    name: 'deeply nested objects',
    request: sign(`${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`),
    statuses: [400, 413, 422],
  },
  // CSV injection and links in names
  ...[
    "=cmd|' /C calc'!A0",
    '+SUM(1+1)',
    "-2+3+cmd|' /C calc'!A0",
    '@SUM(1+1)',
    '\t=1+1',
    ' =HYPERLINK("x")',
  ].map((name): Case => ({
    name: `CSV-injection name ${JSON.stringify(name)}`,
    request: sign(signatureJson({ name })),
    statuses: [422],
    field: 'name',
  })),
  {
    name: 'a link in the name',
    request: sign(signatureJson({ name: 'Visit https://spam.example/win' })),
    statuses: [422],
    field: 'name',
  },
  // Encodings
  {
    name: 'invalid UTF-8 bytes',
    request: sign(
      Buffer.concat([
        Buffer.from('{"name":"'),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from('","email":"a@hostile.example","eligible":true}'),
      ]),
    ),
    statuses: [400],
  },
  {
    name: 'a UTF-16 body',
    request: sign(Buffer.from(signatureJson(), 'utf16le'), {
      'content-type': 'application/json; charset=utf-16',
    }),
    statuses: [400, 415],
  },
  { name: 'malformed JSON', request: sign('{"name": "x",'), statuses: [400] },
  { name: 'an empty JSON body', request: sign(''), statuses: [400] },
  { name: 'JSON null', request: sign('null'), statuses: [400, 422] },
  { name: 'a JSON array', request: sign('[]'), statuses: [400, 422] },
  {
    name: '__proto__ pollution',
    request: sign(`{"__proto__":{"admin":true},${signatureJson().slice(1)}`),
    statuses: [400],
  },
  // Numbers and types
  { name: 'limit=1e309', request: { path: '/api/v1/petitions?limit=1e309' }, statuses: [400] },
  { name: 'limit=-1', request: { path: '/api/v1/petitions?limit=-1' }, statuses: [400] },
  { name: 'limit=0', request: { path: '/api/v1/petitions?limit=0' }, statuses: [400] },
  { name: 'limit=101', request: { path: '/api/v1/petitions?limit=101' }, statuses: [400] },
  { name: 'limit=1.5', request: { path: '/api/v1/petitions?limit=1.5' }, statuses: [400] },
  { name: 'limit=NaN', request: { path: '/api/v1/petitions?limit=NaN' }, statuses: [400] },
  {
    name: 'limit=99999999999999999999',
    request: { path: '/api/v1/petitions?limit=99999999999999999999' },
    statuses: [400],
  },
  { name: 'a garbage cursor', request: { path: '/api/v1/petitions?cursor=not-a-cursor' }, statuses: [400] },
  { name: 'a binary cursor', request: { path: '/api/v1/petitions?cursor=%FF%FE%00' }, statuses: [400] },
  {
    name: 'a 600-character cursor',
    request: { path: `/api/v1/petitions?cursor=${'x'.repeat(600)}` },
    statuses: [400],
  },
  { name: 'an unknown state', request: { path: '/api/v1/petitions?state=everything' }, statuses: [400] },
  {
    name: 'eligible: 1e309',
    request: sign(signatureJson().replace('"eligible":true', '"eligible":1e309')),
    statuses: [400, 422],
  },
  { name: 'a number as the name', request: sign(signatureJson({ name: 12345 })), statuses: [400, 422] },
  { name: 'a 101-character name', request: sign(signatureJson({ name: 'A'.repeat(101) })), statuses: [422] },
  {
    name: 'a 300-character email',
    request: sign(signatureJson({ email: `${'a'.repeat(290)}@x.example` })),
    statuses: [422],
  },
  { name: 'an email without a domain', request: sign(signatureJson({ email: 'nobody@' })), statuses: [422] },
  // Content types
  {
    name: 'a form body',
    request: sign('name=A&email=a%40hostile.example&eligible=true', {
      'content-type': 'application/x-www-form-urlencoded',
    }),
    statuses: [415],
  },
  {
    name: 'text/plain with JSON inside',
    request: sign(signatureJson(), { 'content-type': 'text/plain' }),
    statuses: [415],
  },
  {
    name: 'multipart/form-data',
    request: sign('--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nA\r\n--b--\r\n', {
      'content-type': 'multipart/form-data; boundary=b',
    }),
    statuses: [415],
  },
  { name: 'no Content-Type', request: sign(signatureJson(), { 'content-type': '' }), statuses: [415] },
  {
    name: 'application/jsonp',
    request: sign(signatureJson(), { 'content-type': 'application/jsonp' }),
    statuses: [415],
  },
  // Headers
  { name: 'no Idempotency-Key', request: sign(signatureJson(), { 'idempotency-key': '' }), statuses: [400] },
  {
    name: 'a 1,000-character Idempotency-Key',
    request: sign(signatureJson(), { 'idempotency-key': 'k'.repeat(1000) }),
    statuses: [400],
  },
  {
    name: 'an 80 KB header',
    request: { path: '/api/v1/', headers: { 'x-padding': 'p'.repeat(80_000) } },
    statuses: [431],
  },
  // Paths
  {
    name: 'encoded path traversal in an id',
    request: { path: '/api/v1/petitions/..%2F..%2F..%2Fetc%2Fpasswd' },
    statuses: [400, 404],
    mustNotContain: 'root:',
  },
  {
    name: 'raw path traversal',
    request: { path: '/api/v1/petitions/../../../../etc/passwd' },
    statuses: [400, 404],
    mustNotContain: 'root:',
  },
  {
    name: 'path traversal out of the static directory',
    request: { path: '/..%2f..%2f..%2fpackage.json' },
    statuses: [400, 403, 404],
    mustNotContain: '"devDependencies"',
  },
  {
    name: 'dot segments out of the static directory',
    request: { path: '/%2e%2e/%2e%2e/%2e%2e/package.json' },
    statuses: [400, 403, 404],
    mustNotContain: '"devDependencies"',
  },
  {
    name: 'a 300-character petition id',
    request: { path: `/api/v1/petitions/${'a'.repeat(300)}` },
    statuses: [400, 404],
  },
  { name: 'an unknown API route', request: { path: '/api/v1/nope' }, statuses: [404] },
  {
    name: 'DELETE on a collection',
    request: {
      method: 'DELETE',
      path: '/api/v1/petitions',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    },
    statuses: [404, 405],
  },
  {
    name: 'a confirmation token with path characters',
    request: {
      method: 'POST',
      path: '/api/v1/signatures/confirm',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'hostile-confirm-1' },
      body: JSON.stringify({ token: '../../../../etc/passwd/aaaaaaaaaaaaaa' }),
    },
    statuses: [400, 422],
  },
  {
    name: 'an unknown confirmation token',
    request: {
      method: 'POST',
      path: '/api/v1/signatures/confirm',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'hostile-confirm-2' },
      body: JSON.stringify({ token: 'A'.repeat(43) }),
    },
    statuses: [410],
  },
];

function expectProblem(c: Case, res: RawResponse): void {
  const where = `${c.name} (${c.request.method ?? 'GET'} ${c.request.path.slice(0, 80)})`;
  assert.ok(
    c.statuses.includes(res.status),
    `${where}: expected ${c.statuses.join(' or ')}, got ${res.status}: ${res.text.slice(0, 300)}`,
  );
  const mediaType = String(res.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim();
  assert.equal(mediaType, PROBLEM_MEDIA_TYPE, `${where}: content type`);
  assert.equal(res.headers['x-content-type-options'], 'nosniff', `${where}: nosniff`);
  assert.ok(
    !containsStackTrace(res.text),
    `${where}: the answer shows a stack trace: ${res.text.slice(0, 500)}`,
  );
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    assert.fail(`${where}: the problem is not JSON: ${res.text.slice(0, 300)}`);
  }
  const parsed = v.safeParse(ProblemSchema, body);
  assert.ok(parsed.success, `${where}: not a problem document: ${res.text.slice(0, 300)}`);
  assert.equal(parsed.output.status, res.status, `${where}: problem status`);
  if (c.field) {
    assert.ok(
      parsed.output.errors?.some((error) => error.field === c.field),
      `${where}: errors should name "${c.field}": ${res.text}`,
    );
  }
  if (c.mustNotContain) assert.ok(!res.text.includes(c.mustNotContain), `${where}: leaked a file`);
}

describe('the reference server under hostile input', () => {
  let db: TestDatabase;
  let staticDir: string;
  let server: ServerProcess;

  before(async () => {
    db = sqliteDatabase();
    staticDir = mkdtempSync(join(tmpdir(), 'civic-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>City</title><p>City page</p>');
    loadPetitions(db.url, [
      petition(PETITION_ID, 'Plain petition'),
      petition(MARKUP_PETITION_ID, `Title ${SCRIPT} & ${IMG}`),
    ]);
    server = await startServerProcess([
      '--port',
      '0',
      '--db',
      db.url,
      '--demo',
      '--rate-limit',
      'off',
      '--static',
      staticDir,
    ]);
  });

  after(async () => {
    await server?.stop();
    await db?.drop();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('answers the corpus with 4xx problem documents, and still serves afterwards', async () => {
    const failures: string[] = [];
    for (const c of CORPUS) {
      try {
        expectProblem(c, await raw(server.origin, c.request));
      } catch (error) {
        failures.push(`${c.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    assert.deepEqual(failures, [], `${failures.length} of ${CORPUS.length} cases failed`);
    assert.equal(server.child.exitCode, null, 'the server process is still running');
    const discovery = await fetch(`${server.origin}/api/v1/`);
    assert.equal(discovery.status, 200);
    const count = await fetch(`${server.origin}/api/v1/petitions/${PETITION_ID}/count`);
    assert.equal(count.status, 200);
  });

  it('refuses an oversized body announced with Expect: 100-continue before it is sent', async () => {
    // `raw` asks before sending any body over 16 KiB, and sends it only after a 100 Continue.
    const refused = await raw(server.origin, sign(signatureJson({ name: MEGABYTE_NAME })));
    assert.equal(refused.status, 413, refused.text);
    assert.equal(refused.continued, false, 'answered at once, without a 100 Continue');
    assert.equal(JSON.parse(refused.text).status, 413, refused.text);

    const within = await raw(server.origin, sign(signatureJson({ name: 'B'.repeat(20 * 1024) })));
    assert.equal(within.continued, true, 'a body within the limit is asked for');
    assert.notEqual(within.status, 413, `a body within the limit is read, not refused: ${within.text}`);
  });

  it('keeps a valid signature working after the corpus', async () => {
    const res = await raw(server.origin, sign(signatureJson()));
    assert.equal(res.status, 202, res.text);
  });

  it('stores markup in names as text and returns it inert', async () => {
    const name = `Aigerim ${SCRIPT}`;
    const email = `markup-${randomBytes(4).toString('hex')}@hostile.example`;
    const res = await raw(server.origin, {
      ...sign(signatureJson({ name, email })),
      path: `/api/v1/petitions/${MARKUP_PETITION_ID}/signatures`,
    });
    assert.equal(res.status, 202, res.text);

    const json = await fetch(`${server.origin}/api/v1/petitions/${MARKUP_PETITION_ID}`, {
      headers: { 'accept-language': 'en' },
    });
    assert.match(String(json.headers.get('content-type')), /^application\/json/);
    const petitionBody = (await json.json()) as { title: string; body: string };
    assert.equal(petitionBody.title, `Title ${SCRIPT} & ${IMG}`, 'JSON carries the text unchanged');
    assert.equal(petitionBody.body, `Body with markup: ${SCRIPT}`);

    // The demo mailbox shows the confirmation email, whose subject and body hold the title.
    const page = await fetch(`${server.origin}/dev/mail`);
    assert.equal(page.status, 200);
    assert.match(String(page.headers.get('content-type')), /^text\/html/);
    const html = await page.text();
    assert.ok(html.includes('&lt;script&gt;'), 'the title appears, escaped');
    assert.ok(!html.includes(SCRIPT) && !html.includes('<script>alert'), 'no live script tag');
    assert.ok(!html.includes(IMG) && !/<img[^>]*onerror/i.test(html), 'no live event handler');
    assert.ok(!html.includes(name), 'the name is not there unescaped');
    // Scripts fall under script-src, or default-src when there is none: no inline scripts either way.
    const csp = String(page.headers.get('content-security-policy'));
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...sources] = part.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    const scriptSources = directives.get('script-src') ?? directives.get('default-src');
    assert.ok(scriptSources, `the page's CSP restricts scripts: ${csp}`);
    assert.ok(!scriptSources.includes("'unsafe-inline'") && !scriptSources.includes('*'), csp);
  });
});
