import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as v from 'valibot';
import {
  ConfirmSignatureRequestSchema,
  CreateIdeaRequestSchema,
  decodeQuery,
  FlagRequestSchema,
  IdSchema,
  LeaderboardQuerySchema,
  ListIdeasQuerySchema,
  ListPetitionsQuerySchema,
  PROBLEMS,
  SignatureRequestSchema,
  SimilarIdeasQuerySchema,
  VoteRequestSchema,
} from '../../../src/protocol/index.js';
import type {
  Board,
  CampaignTotals,
  Discovery,
  FieldError,
  Idea,
  Petition,
  PetitionCount,
  ProblemKind,
  SignatureAccepted,
  VoteValue,
} from '../../../src/protocol/index.js';
import { campaign, idea, leaderboard } from '../../protocol/fixtures.js';
import { answerExport } from './fake-exports.js';
import type { ExportDefect } from './fake-exports.js';
import { fakeDataPackage } from './fake-datapackage.js';
import type { DataPackageDefect } from './fake-datapackage.js';

/*
 * A tiny in-process backend for the suite's own tests: conformant for discovery, petitions,
 * signatures, SSE, and (when announced) one board, campaign and leaderboard, with switches that
 * each break one rule. Not the reference server.
 */

export interface FakeBackendOptions {
  /** Announced features (default petitions and petitions.live). */
  readonly features?: readonly string[];
  /** Media type of error answers (default application/problem+json). */
  readonly errorMediaType?: string;
  /** Leave out ETags and ignore If-None-Match. */
  readonly withoutEtags?: boolean;
  /** Put a stack trace into every problem's `detail`. */
  readonly leakStackTraces?: boolean;
  /** Added to the count resource's signatureCount, so it disagrees with the petition. */
  readonly countOffset?: number;
  /** Process every request anew instead of replaying by Idempotency-Key. */
  readonly withoutIdempotency?: boolean;
  /** Scope signing's Idempotency-Keys by the raw path (`zh-101` and `zh%2D101` apart). */
  readonly scopeKeysByRawPath?: boolean;
  /** Send no CORS headers at all. */
  readonly withoutCors?: boolean;
  /** Read writes whatever their Content-Type (no 415). */
  readonly acceptAnyContentType?: boolean;
  /** Tell a repeated signer apart (`alreadySigned: true`). */
  readonly revealDuplicates?: boolean;
  /** Start a history point at half past an hour (not at the start of its bucket). */
  readonly misalignedHistory?: boolean;
  /** Break one rule of the exports (fake-exports.ts). */
  readonly exportDefect?: ExportDefect;
  /** Break the data package (fake-datapackage.ts). */
  readonly dataPackageDefect?: DataPackageDefect;
  /** protocolVersion sent in discovery (default "1"). */
  readonly protocolVersion?: string;
  /**
   * Allow writes from `allowed` only, and answer writes from other origins: `refuse` readably (403
   * origin-not-allowed, preflight answered), `fail-cors` (preflight without CORS, the write taken),
   * `take-unreadable` (the write taken, no CORS headers), `refuse-unreadable` (the 403 without CORS
   * headers) or `refuse-spending-key` (the 403, but its Idempotency-Key kept with that answer).
   */
  readonly foreignWrites?: {
    readonly allowed: string;
    readonly answer: 'refuse' | 'fail-cors' | 'take-unreadable' | 'refuse-unreadable' | 'refuse-spending-key';
  };
}

export interface FakeBackend {
  /** API base, e.g. http://127.0.0.1:40123/api/v1 */
  readonly baseUrl: string;
  close(): Promise<void>;
}

/** Ids of the test data, and the one bearer token the fake accepts. */
export const FAKE_IDS = {
  board: 'city-budget-2026',
  campaign: 'library-bus',
  leaderboard: 'experts',
} as const;
export const FAKE_TOKEN = 'fake-participant-token';

const PREFIX = '/api/v1';
const POLL_SECONDS = 30;
const BODY_LIMIT = 64 * 1024;

function petition(id: string, state: Petition['state'], signatureCount: number, createdAt: string): Petition {
  return {
    id,
    title: `Petition ${id}`,
    summary: 'A petition of the fake backend.',
    state,
    responseState: 'none',
    debateState: 'none',
    signatureCount,
    offlineSignatureCount: 3,
    thresholds: [{ kind: 'response', count: 1000, reachedAt: null }],
    openedAt: createdAt,
    closesAt: null,
    closedAt: state === 'closed' ? '2025-05-01T00:00:00Z' : null,
    createdAt,
    creator: null,
    topics: [],
    governmentResponse: null,
    debate: null,
    rejection: null,
    signaturesByRegion: [],
    url: null,
    signatureForm: {
      fields: [
        { name: 'name', required: true },
        { name: 'email', required: true },
        { name: 'postcode', required: true, pattern: '[A-Za-z]{1,2}[0-9][0-9A-Za-z]? ?[0-9][A-Za-z]{2}' },
        { name: 'region', required: true, options: [{ value: 'ALM-MED', label: 'Medeu district' }] },
      ],
      minimumAge: 16,
      eligibilityStatement: 'I live in the city.',
      notifyOptIn: true,
    },
  };
}

const PETITIONS: readonly Petition[] = [
  petition('p-1', 'open', 120, '2025-03-01T09:00:00Z'),
  petition('p-2', 'closed', 900, '2025-02-01T09:00:00Z'),
  petition('p-3', 'open', 5, '2025-04-01T09:00:00Z'),
];

const BOARD: Board = {
  id: FAKE_IDS.board,
  title: 'Ideas for the 2026 city budget',
  categories: [{ id: 'parks', name: 'Parks' }],
  statuses: ['new', 'under_review', 'planned', 'in_progress', 'implemented', 'declined', 'duplicate'],
  votingMode: 'up',
  submissionsOpen: true,
  preModeration: true,
  flagHideThreshold: 3,
  url: null,
};

function seedIdeas(): Idea[] {
  const base = idea();
  const seeded: Idea[] = [
    { ...base, id: 'idea-1', title: 'Drinking fountains', status: 'new', votesUp: 10, commentCount: 1 },
    { ...base, id: 'idea-2', title: 'Shade trees', status: 'planned', votesUp: 5, commentCount: 7 },
    { ...base, id: 'idea-3', title: 'Bike lanes', status: 'implemented', votesUp: 30, commentCount: 2 },
  ];
  return seeded.map((item, index) => ({
    ...item,
    boardId: FAKE_IDS.board,
    createdAt: `2025-04-0${index + 1}T10:00:00Z`,
  }));
}

/** A stable pseudo-random rank of an id for a seed. */
function shuffleRank(id: string, seed: number): string {
  return createHash('sha1').update(`${seed}:${id}`).digest('hex');
}

function encodeCursor(offset: number): string {
  return Buffer.from(String(offset)).toString('base64url');
}

function decodeCursor(cursor: string | undefined): number {
  const offset = cursor === undefined ? 0 : Number(Buffer.from(cursor, 'base64url').toString());
  if (!Number.isInteger(offset) || offset < 0) {
    throw problemOf('malformed', [{ field: 'cursor', code: 'invalid', message: 'Unknown cursor' }]);
  }
  return offset;
}

/** One page of a list by offset cursor. */
function pageOf<T>(items: readonly T[], cursor: string | undefined, limit: number) {
  const offset = decodeCursor(cursor);
  return {
    items: items.slice(offset, offset + limit),
    nextCursor: offset + limit < items.length ? encodeCursor(offset + limit) : null,
    total: items.length,
  };
}

function parseQuery<S extends v.ObjectSchema<v.ObjectEntries, undefined>>(
  schema: S,
  url: URL,
): v.InferOutput<S> {
  const parsed = v.safeParse(schema, decodeQuery(schema, url.searchParams));
  if (!parsed.success) throw problemOf('malformed', fieldErrors(parsed.issues));
  return parsed.output;
}

function summaryOf(full: Petition) {
  const { id, title, summary, state, responseState, debateState, signatureCount, offlineSignatureCount } =
    full;
  const { thresholds, openedAt, closesAt, createdAt, url } = full;
  return {
    id,
    title,
    summary,
    state,
    responseState,
    debateState,
    signatureCount,
    offlineSignatureCount,
    thresholds,
    openedAt,
    closesAt,
    createdAt,
    url,
  };
}

function fieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((issue) => ({
    field: v.getDotPath(issue) ?? '(body)',
    code: issue.input === undefined ? 'required' : 'invalid',
    message: issue.message.slice(0, 200),
  }));
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly errors?: FieldError[],
  ) {
    super(type);
  }
}

function problemOf(kind: ProblemKind, errors?: FieldError[]): HttpProblem {
  return new HttpProblem(PROBLEMS[kind].status, PROBLEMS[kind].type, errors);
}

export async function startFakeBackend(options: FakeBackendOptions = {}): Promise<FakeBackend> {
  const features = options.features ?? ['petitions', 'petitions.live'];
  const idempotency = new Map<string, { hash: string; status: number; body: unknown }>();
  const ideas = seedIdeas();
  const votes = new Map<string, VoteValue>();
  const signers = new Set<string>();
  const discovery: Omit<Discovery, 'protocolVersion'> & { protocolVersion: string } = {
    protocolVersion: options.protocolVersion ?? '1',
    backend: { name: 'Fake backend' },
    locales: ['en', 'ru', 'kk'],
    defaultLocale: 'en',
    features: [...features],
    pollIntervalSeconds: POLL_SECONDS,
  };

  /** Answers sent without CORS headers (see `foreignWrites`). */
  const withoutCors = new WeakSet<ServerResponse>();

  function cors(res: ServerResponse): void {
    if (options.withoutCors || withoutCors.has(res)) return;
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'ETag, Retry-After');
  }

  function sendJson(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    cors(res);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  function sendProblem(res: ServerResponse, problem: HttpProblem, instance: string): void {
    const body: Record<string, unknown> = {
      type: problem.type,
      title: 'Request failed',
      status: problem.status,
      instance,
    };
    if (problem.errors) body.errors = problem.errors;
    if (options.leakStackTraces) body.detail = (new Error('fake failure').stack ?? '').slice(0, 1500);
    cors(res);
    const headers: Record<string, string> = {
      'Content-Type': options.errorMediaType ?? 'application/problem+json',
    };
    if (problem.status === 401) headers['WWW-Authenticate'] = 'Bearer';
    res.writeHead(problem.status, headers);
    res.end(JSON.stringify(body));
  }

  /** Answers a conditional read: ETag, and 304 when If-None-Match matches. */
  function sendConditional(
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
    headers: Record<string, string> = {},
  ) {
    const text = JSON.stringify(body);
    if (options.withoutEtags) {
      sendJson(res, 200, body, headers);
      return;
    }
    const etag = `"${createHash('sha1').update(text).digest('base64url')}"`;
    if (req.headers['if-none-match'] === etag) {
      cors(res);
      res.writeHead(304, { ETag: etag, ...headers });
      res.end();
      return;
    }
    sendJson(res, 200, body, { ETag: etag, ...headers });
  }

  async function readBody(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
    }
    if (size > BODY_LIMIT) throw new HttpProblem(413, 'about:blank');
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (mediaType !== 'application/json' && !options.acceptAnyContentType)
      throw new HttpProblem(415, 'about:blank');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
      return JSON.parse(text);
    } catch {
      throw problemOf('malformed');
    }
  }

  function parseBody<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
    const result = v.safeParse(schema, body);
    if (!result.success) throw problemOf('validation', fieldErrors(result.issues));
    return result.output;
  }

  /** Runs an idempotent write once per key and replays its answer. */
  async function idempotent(
    req: IncomingMessage,
    res: ServerResponse,
    scope: string,
    body: unknown,
    handle: () => { status: number; body: unknown },
  ) {
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key === '') throw problemOf('malformed');
    const hash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
    const stored = idempotency.get(`${scope} ${key}`);
    if (stored && !options.withoutIdempotency) {
      if (stored.hash !== hash) throw problemOf('idempotencyKeyReused');
      sendJson(res, stored.status, stored.body);
      return;
    }
    const answer = handle();
    idempotency.set(`${scope} ${key}`, { hash, ...answer });
    sendJson(res, answer.status, answer.body);
  }

  function findPetition(raw: string): Petition {
    let id: string;
    try {
      id = decodeURIComponent(raw);
    } catch {
      throw problemOf('malformed');
    }
    const found = v.is(IdSchema, id) ? PETITIONS.find((p) => p.id === id) : undefined;
    if (!found) throw problemOf('notFound');
    return found;
  }

  function countOf(found: Petition): PetitionCount {
    return {
      petitionId: found.id,
      signatureCount: found.signatureCount + (options.countOffset ?? 0),
      offlineSignatureCount: found.offlineSignatureCount,
      state: found.state,
      thresholds: found.thresholds,
      updatedAt: '2025-05-01T00:00:00Z',
    };
  }

  /** The participant of a valid token, undefined without one; any other token is a 401. */
  function authenticate(req: IncomingMessage): string | undefined {
    const header = req.headers.authorization;
    if (header === undefined) return undefined;
    if (header !== `Bearer ${FAKE_TOKEN}`) throw problemOf('unauthorized');
    return 'u-fake';
  }

  function requireParticipant(req: IncomingMessage): string {
    const participant = authenticate(req);
    if (participant === undefined) throw problemOf('unauthorized');
    return participant;
  }

  /** Ideas as one caller sees them: anonymous callers get no private ideas and a null myVote. */
  function ideasFor(participant: string | undefined): Idea[] {
    return ideas
      .filter((item) => participant !== undefined || (!item.pendingModeration && !item.hidden))
      .map((item) => ({ ...item, myVote: participant === undefined ? null : (votes.get(item.id) ?? 0) }));
  }

  function findIdea(id: string | undefined): Idea {
    const found = ideas.find((item) => item.id === id);
    if (!found) throw problemOf('notFound');
    return found;
  }

  async function routeIdeas(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    method: string,
    segments: readonly string[],
  ): Promise<void | false> {
    if (segments[0] === 'boards' && segments.length >= 2) {
      if (segments[1] !== BOARD.id) throw problemOf('notFound');
      const rest = segments.slice(2).join('/');
      if (method === 'GET' && rest === '') return sendConditional(req, res, BOARD);
      if (method === 'GET' && rest === 'ideas') {
        const participant = authenticate(req);
        const { sort = 'trending', seed = 0, cursor, limit = 20 } = parseQuery(ListIdeasQuerySchema, url);
        const sorted = ideasFor(participant).sort((a, b) => {
          if (sort === 'random') return shuffleRank(a.id, seed).localeCompare(shuffleRank(b.id, seed));
          if (sort === 'new') return b.createdAt.localeCompare(a.createdAt);
          if (sort === 'discussed') return b.commentCount - a.commentCount;
          return b.votesUp - a.votesUp;
        });
        const headers: Record<string, string> = participant
          ? { 'Cache-Control': 'private', Vary: 'Authorization' }
          : {};
        return sendJson(res, 200, pageOf(sorted, cursor, limit), headers);
      }
      if (method === 'GET' && rest === 'similar') {
        const { limit = 5 } = parseQuery(SimilarIdeasQuerySchema, url);
        const items = ideasFor(undefined)
          .slice(0, limit)
          .map(({ id, title, status, votesUp }) => ({ id, title, status, votesUp }));
        return sendJson(res, 200, { items });
      }
      if (method === 'POST' && rest === 'ideas') {
        const participant = requireParticipant(req);
        const body = await readBody(req);
        const request = parseBody(CreateIdeaRequestSchema, body);
        return idempotent(req, res, `${participant} ${url.pathname}`, body, () => {
          const created: Idea = {
            ...idea(),
            id: `idea-${ideas.length + 1}`,
            boardId: BOARD.id,
            title: request.title,
            body: request.body,
            author: { id: participant, displayName: 'Fake participant' },
            category: null,
            status: 'new',
            votesUp: 0,
            commentCount: 0,
            officialResponse: null,
            pendingModeration: true,
            createdAt: '2025-05-21T08:30:00Z',
          };
          ideas.push(created);
          return { status: 201, body: { ...created, myVote: 0 } };
        });
      }
    }
    if (segments[0] === 'ideas' && segments.length === 3) {
      const found = findIdea(segments[1]);
      if (method === 'PUT' && segments[2] === 'vote') {
        requireParticipant(req);
        const { value } = parseBody(VoteRequestSchema, await readBody(req));
        if (['implemented', 'declined', 'duplicate'].includes(found.status)) throw problemOf('closed');
        const previous: VoteValue = votes.get(found.id) ?? 0;
        found.votesUp += (value === 1 ? 1 : 0) - (previous === 1 ? 1 : 0);
        votes.set(found.id, value);
        return sendJson(res, 200, { ideaId: found.id, votesUp: found.votesUp, votesDown: 0, myVote: value });
      }
      if (method === 'POST' && segments[2] === 'flags') {
        const participant = requireParticipant(req);
        const body = await readBody(req);
        parseBody(FlagRequestSchema, body);
        return idempotent(req, res, `${participant} ${url.pathname}`, body, () => ({
          status: 202,
          body: { ideaId: found.id, status: 'received' },
        }));
      }
    }
    return false;
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const path = url.pathname.startsWith(PREFIX) ? url.pathname.slice(PREFIX.length) || '/' : undefined;
    if (path === undefined) throw problemOf('notFound');
    const foreign =
      options.foreignWrites !== undefined &&
      req.headers.origin !== undefined &&
      req.headers.origin !== options.foreignWrites.allowed;
    const foreignAnswer = foreign ? options.foreignWrites?.answer : undefined;
    if (method === 'OPTIONS') {
      const asked = String(req.headers['access-control-request-method'] ?? 'GET');
      if (foreignAnswer === 'fail-cors' && asked !== 'GET' && asked !== 'HEAD') withoutCors.add(res);
      cors(res);
      if (!options.withoutCors) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT');
        res.setHeader(
          'Access-Control-Allow-Headers',
          'Authorization, Content-Type, Idempotency-Key, If-None-Match, Accept-Language',
        );
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.writeHead(204);
      res.end();
      return;
    }
    if (foreignAnswer !== undefined && method !== 'GET' && method !== 'HEAD') {
      if (foreignAnswer !== 'refuse') withoutCors.add(res);
      if (foreignAnswer === 'refuse' || foreignAnswer === 'refuse-unreadable') {
        throw problemOf('originNotAllowed');
      }
      if (foreignAnswer === 'refuse-spending-key') {
        withoutCors.delete(res);
        const hash = createHash('sha256')
          .update(JSON.stringify(await readBody(req)))
          .digest('hex');
        const refusal = problemOf('originNotAllowed');
        const body = { type: refusal.type, title: 'Request failed', status: refusal.status };
        idempotency.set(`${path} ${String(req.headers['idempotency-key'])}`, { hash, status: 403, body });
        throw refusal;
      }
    }
    const segments = path.split('/').filter(Boolean);
    const petitionsOn = features.includes('petitions');
    if (method === 'GET' && segments.length === 0) return sendJson(res, 200, discovery);
    if (petitionsOn && method === 'GET' && path === '/petitions') {
      const { state, cursor, limit = 20 } = parseQuery(ListPetitionsQuerySchema, url);
      const matching = PETITIONS.filter((p) => state === undefined || p.state === state).map(summaryOf);
      return sendJson(res, 200, pageOf(matching, cursor, limit));
    }
    if (petitionsOn && segments[0] === 'petitions' && segments.length >= 2) {
      const found = findPetition(segments[1]!);
      const rest = segments.slice(2).join('/');
      if (method === 'GET' && rest === '') return sendConditional(req, res, found);
      if (method === 'GET' && rest === 'count') {
        return sendConditional(req, res, countOf(found), {
          'Cache-Control': `public, max-age=${POLL_SECONDS}, stale-while-revalidate=${2 * POLL_SECONDS}, stale-if-error=${5 * POLL_SECONDS}`,
        });
      }
      if (method === 'GET' && rest === 'history' && features.includes('petitions.history')) {
        const count = countOf(found).signatureCount;
        const points = [
          { at: '2025-03-01T00:00:00Z', count: Math.max(0, count - 5), resolution: 'day' },
          {
            at: options.misalignedHistory ? '2025-05-01T10:30:00Z' : '2025-05-01T10:00:00Z',
            count,
            resolution: 'hour',
          },
        ];
        return sendConditional(
          req,
          res,
          { petitionId: found.id, points },
          {
            'Cache-Control': `public, max-age=${POLL_SECONDS}`,
          },
        );
      }
      if (method === 'GET' && rest === 'events') {
        cors(res);
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
        res.write(
          `retry: 10000\n\n: hello\n\nevent: other\ndata: {}\n\nevent: count\ndata: ${JSON.stringify(countOf(found))}\n\n`,
        );
        return;
      }
      if (method === 'POST' && rest === 'signatures') {
        authenticate(req);
        const body = await readBody(req);
        const key = req.headers['idempotency-key'];
        if (typeof key !== 'string' || key === '') throw problemOf('malformed');
        const signature = parseBody(SignatureRequestSchema, body);
        if (found.state !== 'open') throw problemOf('closed');
        // Scoped by the petition the path names, however it is spelled (unless told otherwise).
        const scope = options.scopeKeysByRawPath ? path : `/petitions/${found.id}/signatures`;
        return idempotent(req, res, scope, body, () => {
          const accepted: SignatureAccepted = { status: 'confirmation_sent', petitionId: found.id };
          const signer = `${found.id} ${signature.email.toLowerCase()}`;
          const duplicate = signers.has(signer);
          signers.add(signer);
          return {
            status: 202,
            body: options.revealDuplicates && duplicate ? { ...accepted, alreadySigned: true } : accepted,
          };
        });
      }
    }
    if (petitionsOn && method === 'POST' && path === '/signatures/confirm') {
      const body = await readBody(req);
      const key = req.headers['idempotency-key'];
      if (typeof key !== 'string' || key === '') throw problemOf('malformed');
      parseBody(ConfirmSignatureRequestSchema, body);
      throw problemOf('invalidToken');
    }
    if (features.includes('ideas')) {
      const handled = await routeIdeas(req, res, url, method, segments);
      if (handled !== false) return;
    }
    if (
      features.includes('campaigns') &&
      segments[0] === 'campaigns' &&
      method === 'GET' &&
      segments.length >= 2
    ) {
      const found = campaign();
      if (segments[1] !== found.id) throw problemOf('notFound');
      const rest = segments.slice(2).join('/');
      const totals: CampaignTotals = {
        campaignId: found.id,
        raised: found.raised,
        backers: found.backers,
        state: found.state,
        milestones: found.milestones.map(({ id, reachedAt }) => ({ id, reachedAt })),
        updatedAt: '2025-05-02T09:15:00Z',
      };
      if (rest === '') return sendConditional(req, res, found);
      if (rest === 'totals') {
        return sendConditional(req, res, totals, { 'Cache-Control': `public, max-age=${POLL_SECONDS}` });
      }
      if (rest === 'history' && features.includes('campaigns.history')) {
        const point = { at: '2025-05-02T09:00:00Z', raised: found.raised.amount, backers: found.backers };
        const history = {
          campaignId: found.id,
          currency: found.raised.currency,
          points: [{ ...point, resolution: 'hour' }],
        };
        return sendConditional(req, res, history, { 'Cache-Control': `public, max-age=${POLL_SECONDS}` });
      }
      if (rest === 'events' && features.includes('campaigns.live')) {
        cors(res);
        res.writeHead(200, { 'Content-Type': 'text/event-stream' });
        res.write(`event: totals\ndata: ${JSON.stringify(totals)}\n\n`);
        return;
      }
    }
    if (features.includes('exports') && path === '/exports/datapackage.json' && method === 'GET') {
      const apiBase = `http://${req.headers.host}${PREFIX}`;
      const headers = { 'Cache-Control': 'public, max-age=300' };
      return sendJson(res, 200, fakeDataPackage(apiBase, options.dataPackageDefect), headers);
    }
    if (
      features.includes('exports') &&
      segments[0] === 'exports' &&
      segments.length === 2 &&
      method === 'GET'
    ) {
      const answer = answerExport(segments[1]!, url.searchParams, options.exportDefect);
      if ('problem' in answer) throw problemOf(answer.problem);
      cors(res);
      res.writeHead(200, answer.headers);
      res.end(answer.body);
      return;
    }
    if (features.includes('leaderboards') && segments[0] === 'leaderboards' && method === 'GET') {
      const board = leaderboard();
      if (segments[1] !== board.id || segments.length !== 2) throw problemOf('notFound');
      const participant = authenticate(req);
      const { period = 'month', cursor, limit = 20 } = parseQuery(LeaderboardQuerySchema, url);
      const page = pageOf(board.entries, cursor, limit);
      const all = period === 'all';
      return sendJson(
        res,
        200,
        {
          ...board,
          period,
          periodStart: all ? null : board.periodStart,
          periodEnd: all ? null : board.periodEnd,
          entries: page.items,
          nextCursor: page.nextCursor,
          total: page.total,
        },
        participant ? { 'Cache-Control': 'private', Vary: 'Authorization' } : {},
      );
    }
    throw problemOf('notFound');
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    route(req, res, url).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const problem = error instanceof HttpProblem ? error : new HttpProblem(500, 'about:blank');
      // Drain what is left of the request so the client is not cut off mid-upload.
      req.resume();
      sendProblem(res, problem, url.pathname);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${PREFIX}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
