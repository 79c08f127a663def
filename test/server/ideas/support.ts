import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AppContext } from '../../../server/src/context.js';
import type { BoardDefinition, IdeaDefinition } from '../../../server/src/ideas/board.js';
import { upsertBoards } from '../../../server/src/ideas/import.js';
import { recordContribution } from '../../../server/src/contributions/record.js';

/* Boards, ideas, tokens and requests the idea tests share. */

/** An idea for a fixture board; override any field. */
export function ideaFixture(id: string, overrides: Partial<IdeaDefinition> = {}): IdeaDefinition {
  return {
    id,
    title: `Idea ${id}`,
    body: `Text of idea ${id}.`,
    author: { id: `author-${id}`, displayName: `Author ${id}` },
    category: 'parks',
    status: 'new',
    createdAt: '2025-05-01T10:00:00Z',
    ...overrides,
  };
}

/** An open, up-vote board without pre-moderation; override any field. */
export function boardFixture(overrides: Partial<BoardDefinition> = {}): BoardDefinition {
  return {
    id: 'city-ideas',
    title: 'Ideas for the city',
    description: 'Suggest what the city should do next.',
    categories: [
      { id: 'parks', name: 'Parks' },
      { id: 'transport', name: 'Transport' },
    ],
    statuses: ['new', 'under_review', 'planned', 'in_progress', 'implemented', 'declined', 'duplicate'],
    votingMode: 'up',
    submissionsOpen: true,
    preModeration: false,
    flagHideThreshold: 3,
    url: 'https://city.example/ideas',
    locale: 'en',
    translations: {
      ru: { title: 'Идеи для города', categories: { parks: 'Парки', transport: 'Транспорт' } },
      kk: { title: 'Қалаға арналған идеялар', categories: { parks: 'Саябақтар' } },
    },
    ideas: [],
    ...overrides,
  };
}

export async function loadBoards(ctx: AppContext, ...boards: BoardDefinition[]): Promise<void> {
  await upsertBoards(ctx.database, boards, new Date(ctx.clock.now()).toISOString());
}

/**
 * Gives a participant standing for reports (docs/ideas.md, "Reports and hiding"): a confirmed
 * signature in January 2025, before every idea of the fixtures.
 */
export async function giveStanding(ctx: AppContext, subject: string): Promise<void> {
  await recordContribution(ctx.database.db, {
    participantId: subject,
    action: 'signature.confirmed',
    subjectId: `standing-${subject}`,
    categoryId: null,
    occurredAt: '2025-01-01T00:00:00.000Z',
  });
}

/** A participant token from the demo `/dev/token`. */
export async function tokenFor(
  app: FastifyInstance,
  subject: string,
  options: { staff?: boolean; displayName?: string } = {},
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/dev/token',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({
      displayName: options.displayName ?? `Person ${subject}`,
      subject,
      staff: options.staff,
    }),
  });
  if (res.statusCode !== 200) throw new Error(`/dev/token answered ${res.statusCode}`);
  return (JSON.parse(res.body) as { token: string }).token;
}

function auth(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

export function listIdeas(
  app: FastifyInstance,
  boardId: string,
  query: Record<string, string | number> = {},
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const suffix = search.size > 0 ? `?${search.toString()}` : '';
  return app.inject({
    url: `/api/v1/boards/${boardId}/ideas${suffix}`,
    headers: { ...auth(options.token), ...options.headers },
  });
}

export function createIdea(
  app: FastifyInstance,
  boardId: string,
  body: unknown,
  options: { token?: string; key?: string | null } = {},
): Promise<LightMyRequestResponse> {
  const key = options.key === undefined ? randomUUID() : options.key;
  return app.inject({
    method: 'POST',
    url: `/api/v1/boards/${boardId}/ideas`,
    headers: {
      'content-type': 'application/json',
      ...(key === null ? {} : { 'idempotency-key': key }),
      ...auth(options.token),
    },
    payload: JSON.stringify(body),
  });
}

export function vote(
  app: FastifyInstance,
  ideaId: string,
  value: number,
  token: string | undefined,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'PUT',
    url: `/api/v1/ideas/${ideaId}/vote`,
    headers: { 'content-type': 'application/json', ...auth(token) },
    payload: JSON.stringify({ value }),
  });
}

export function flag(
  app: FastifyInstance,
  ideaId: string,
  token: string | undefined,
  options: { key?: string | null; reason?: string } = {},
): Promise<LightMyRequestResponse> {
  const key = options.key === undefined ? randomUUID() : options.key;
  return app.inject({
    method: 'POST',
    url: `/api/v1/ideas/${ideaId}/flags`,
    headers: {
      'content-type': 'application/json',
      ...(key === null ? {} : { 'idempotency-key': key }),
      ...auth(token),
    },
    payload: JSON.stringify({ reason: options.reason ?? 'spam' }),
  });
}

export function similar(
  app: FastifyInstance,
  boardId: string,
  title: string,
  limit?: number,
): Promise<LightMyRequestResponse> {
  const search = new URLSearchParams({ title, ...(limit === undefined ? {} : { limit: String(limit) }) });
  return app.inject({ url: `/api/v1/boards/${boardId}/similar?${search.toString()}` });
}
