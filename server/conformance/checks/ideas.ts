import { isDeepStrictEqual } from 'node:util';
import {
  BoardSchema,
  FlagReceivedSchema,
  IDEA_SORTS,
  IdeaPageSchema,
  IdeaSchema,
  isVotingClosed,
  SimilarIdeasSchema,
  VoteResultSchema,
} from '#protocol';
import type { Board, Idea } from '#protocol';
import { missingId } from '../fixtures.js';
import { expectFieldError, expectProblem, expectSchema, expectStatus } from '../expect.js';
import { ensure, randomId } from '../harness.js';
import type { ApiResponse, Check, CheckContext } from '../harness.js';
import { expectConditional, expectPersonalCaching, expectWalk, walkPages } from './common.js';

const MAX_PAGES = 500;
const SEED = 20250521;

export function boardId(ctx: CheckContext): string {
  const id = ctx.options.boardId;
  if (id === undefined) ctx.skip('pass --board ID to check idea boards');
  return id;
}

export function token(ctx: CheckContext): string {
  const value = ctx.options.token;
  if (value === undefined)
    ctx.skip("pass --token (a participant's bearer token) to check what needs sign-in");
  return value;
}

export function board(ctx: CheckContext): Promise<Board> {
  const id = boardId(ctx);
  return ctx.memo('board', async () => {
    const res = await ctx.request('getBoard', { path: { boardId: id } });
    expectStatus(res, 200);
    return expectSchema(res, BoardSchema);
  });
}

/** The first page of ideas (top sort), anonymously or with the token. */
export async function listedIdeas(
  ctx: CheckContext,
  withToken = false,
): Promise<{ res: ApiResponse; ideas: Idea[] }> {
  const res = await ctx.request(
    'listIdeas',
    { path: { boardId: boardId(ctx) }, query: { sort: 'top', limit: 50 } },
    withToken ? { token: token(ctx) } : {},
  );
  expectStatus(res, 200);
  return { res, ideas: expectSchema(res, IdeaPageSchema).items };
}

/** A new idea by the token's participant, created once per run. */
function createdIdea(ctx: CheckContext): Promise<{ first: ApiResponse; replay: ApiResponse; body: object }> {
  const participant = token(ctx);
  const id = boardId(ctx);
  return ctx.memo('created-idea', async () => {
    const body = {
      title: `Conformance check ${randomId().slice(0, 8)}`,
      body: 'Created by the civic-widgets conformance suite; safe to delete.',
    };
    const key = randomId();
    const first = await ctx.request(
      'createIdea',
      { path: { boardId: id }, body },
      { token: participant, idempotencyKey: key },
    );
    const replay = await ctx.request(
      'createIdea',
      { path: { boardId: id }, body },
      { token: participant, idempotencyKey: key },
    );
    return { first, replay, body };
  });
}

/**
 * The token's participant and the first idea listed to them whose voting is closed (or open);
 * skips the check with `none` when there is no such idea.
 */
async function ideaToVoteOn(
  ctx: CheckContext,
  votingClosed: boolean,
  none: string,
): Promise<{ participant: string; idea: Idea }> {
  const participant = token(ctx);
  const { ideas } = await listedIdeas(ctx, true);
  const idea = ideas.find((candidate) => isVotingClosed(candidate.status) === votingClosed);
  if (!idea) return ctx.skip(none);
  return { participant, idea };
}

/** Sets the participant's vote on an idea. */
function setVote(
  ctx: CheckContext,
  participant: string,
  ideaId: string,
  value: number,
): Promise<ApiResponse> {
  return ctx.request('setVote', { path: { ideaId }, body: { value } }, { token: participant });
}

export const ideaChecks: Check[] = [
  {
    id: 'ideas.board',
    area: 'ideas',
    title: 'GET /boards/{id} answers a valid Board with that id',
    endpoints: ['getBoard'],
    async run(ctx) {
      const found = await board(ctx);
      ensure(found.id === boardId(ctx), `GET /boards/${boardId(ctx)} answered board ${found.id}`);
    },
  },
  {
    id: 'ideas.board-conditional',
    area: 'ideas',
    title: 'getBoard sends an ETag and answers If-None-Match with 304 and no body',
    endpoints: ['getBoard'],
    async run(ctx) {
      await expectConditional(ctx, 'getBoard', { path: { boardId: boardId(ctx) } });
    },
  },
  {
    id: 'ideas.not-found',
    area: 'ideas',
    title: 'An unknown board answers 404 urn:civic:problem:not-found',
    endpoints: ['getBoard'],
    async run(ctx) {
      expectProblem(await ctx.request('getBoard', { path: { boardId: missingId() } }), 404, 'notFound');
    },
  },
  {
    id: 'ideas.list-sorts',
    area: 'ideas',
    title: `Each sort (${IDEA_SORTS.join(', ')}) answers a valid IdeaPage of that board, without private ideas`,
    endpoints: ['listIdeas'],
    async run(ctx) {
      const id = boardId(ctx);
      for (const sort of IDEA_SORTS) {
        const query = sort === 'random' ? { sort, seed: SEED, limit: 20 } : { sort, limit: 20 };
        const res = await ctx.request('listIdeas', { path: { boardId: id }, query });
        expectStatus(res, 200);
        for (const idea of expectSchema(res, IdeaPageSchema).items) {
          ensure(idea.boardId === id, `GET ${res.target}: idea ${idea.id} belongs to board ${idea.boardId}`);
          ensure(idea.myVote === null, `GET ${res.target}: anonymous myVote of ${idea.id} should be null`);
          ensure(
            !idea.pendingModeration && !idea.hidden,
            `GET ${res.target}: anonymous callers must not see pending or hidden idea ${idea.id}`,
          );
        }
      }
    },
  },
  {
    id: 'ideas.random-seed',
    area: 'ideas',
    title: 'sort=random with the same seed answers the same order',
    endpoints: ['listIdeas'],
    async run(ctx) {
      const input = { path: { boardId: boardId(ctx) }, query: { sort: 'random', seed: SEED, limit: 20 } };
      const order = async () => {
        const res = await ctx.request('listIdeas', input);
        expectStatus(res, 200);
        return expectSchema(res, IdeaPageSchema).items.map((idea) => idea.id);
      };
      const first = await order();
      if (first.length < 2) ctx.skip('fewer than 2 ideas, so an order is not observable');
      const second = await order();
      ensure(
        isDeepStrictEqual(first, second),
        `seed ${SEED} gave ${first.join(',')} then ${second.join(',')}`,
      );
    },
  },
  {
    id: 'ideas.pagination',
    area: 'ideas',
    title: 'limit=1 pages through ideas by cursor without repeats; total matches',
    endpoints: ['listIdeas'],
    async run(ctx) {
      const input = { path: { boardId: boardId(ctx) }, query: { sort: 'new' } };
      const walk = await walkPages(ctx, 'listIdeas', input, IdeaPageSchema, (page) => page.items, MAX_PAGES);
      expectWalk(walk, ctx, 'listIdeas');
    },
  },
  {
    id: 'ideas.bad-query',
    area: 'ideas',
    title: 'An unknown sort and a too-short similar title answer 400 malformed naming the parameter',
    endpoints: ['listIdeas', 'similarIdeas'],
    async run(ctx) {
      const id = boardId(ctx);
      const badSort = await ctx.request('listIdeas', {
        path: { boardId: id },
        query: { sort: 'conformance-bogus' },
      });
      expectFieldError(badSort, expectProblem(badSort, 400, 'malformed'), 'sort');
      const shortTitle = await ctx.request('similarIdeas', { path: { boardId: id }, query: { title: 'a' } });
      expectFieldError(shortTitle, expectProblem(shortTitle, 400, 'malformed'), 'title');
    },
  },
  {
    id: 'ideas.similar',
    area: 'ideas',
    title: 'GET /boards/{id}/similar answers valid SimilarIdeas within the limit',
    endpoints: ['listIdeas', 'similarIdeas'],
    async run(ctx) {
      const { ideas } = await listedIdeas(ctx);
      const title = ideas[0]?.title ?? 'Benches in the park';
      const res = await ctx.request('similarIdeas', {
        path: { boardId: boardId(ctx) },
        query: { title, limit: 5 },
      });
      expectStatus(res, 200);
      const similar = expectSchema(res, SimilarIdeasSchema);
      ensure(similar.items.length <= 5, `GET ${res.target}: limit=5 answered ${similar.items.length} items`);
    },
  },
  {
    id: 'ideas.private-cache',
    area: 'ideas',
    title: 'listIdeas with a token is Cache-Control private and Vary: Authorization',
    endpoints: ['listIdeas'],
    async run(ctx) {
      const { res } = await listedIdeas(ctx, true);
      expectPersonalCaching(res);
    },
  },
  {
    id: 'ideas.vote',
    area: 'ideas',
    title: 'PUT /ideas/{id}/vote sets the vote, setting it again changes nothing (restored after)',
    endpoints: ['listIdeas', 'setVote'],
    async run(ctx) {
      const { participant, idea } = await ideaToVoteOn(
        ctx,
        false,
        'no idea open for voting on the first page',
      );
      const vote = async (value: number) => {
        const res = await setVote(ctx, participant, idea.id, value);
        expectStatus(res, 200);
        return expectSchema(res, VoteResultSchema);
      };
      const original = idea.myVote ?? 0;
      try {
        const once = await vote(1);
        ensure(
          once.ideaId === idea.id && once.myVote === 1,
          `vote 1 on ${idea.id} answered ${JSON.stringify(once)}`,
        );
        const twice = await vote(1);
        ensure(
          isDeepStrictEqual(twice, once),
          `setting the same vote again changed ${JSON.stringify(once)} to ${JSON.stringify(twice)}`,
        );
      } finally {
        await vote(original);
      }
    },
  },
  {
    id: 'ideas.vote-closed',
    area: 'ideas',
    title: 'Voting on an implemented, declined or duplicate idea answers 403 closed',
    endpoints: ['listIdeas', 'setVote'],
    async run(ctx) {
      const { participant, idea } = await ideaToVoteOn(
        ctx,
        true,
        'no implemented, declined or duplicate idea on the first page',
      );
      expectProblem(await setVote(ctx, participant, idea.id, 1), 403, 'closed');
    },
  },
  {
    id: 'ideas.create',
    area: 'ideas',
    title:
      'POST /boards/{id}/ideas answers 201 Idea (403 closed when submissions are closed) and replays by key',
    endpoints: ['getBoard', 'createIdea'],
    async run(ctx) {
      const found = await board(ctx);
      const { first, replay, body } = await createdIdea(ctx);
      if (!found.submissionsOpen) {
        expectProblem(first, 403, 'closed');
        return;
      }
      expectStatus(first, 201);
      const idea = expectSchema(first, IdeaSchema);
      ensure(idea.title === (body as { title: string }).title, `the created idea's title is "${idea.title}"`);
      ensure(
        idea.pendingModeration === found.preModeration,
        `pendingModeration should equal the board's preModeration`,
      );
      ensure(
        replay.status === 201 && isDeepStrictEqual(replay.body, first.body),
        'the replay answered differently',
      );
      ctx.note(`created idea ${idea.id}`);
    },
  },
  {
    id: 'ideas.flag',
    area: 'ideas',
    title: 'POST /ideas/{id}/flags answers 202 FlagReceived, also when reporting again',
    endpoints: ['getBoard', 'createIdea', 'flagIdea'],
    async run(ctx) {
      const participant = token(ctx);
      const { first } = await createdIdea(ctx);
      if (first.status !== 201) ctx.skip('no idea was created to flag (see ideas.create)');
      const ideaId = (first.body as { id: string }).id;
      const flag = () =>
        ctx.request('flagIdea', { path: { ideaId }, body: { reason: 'off_topic' } }, { token: participant });
      const once = await flag();
      expectStatus(once, 202);
      const received = expectSchema(once, FlagReceivedSchema);
      ensure(received.ideaId === ideaId, `flagging ${ideaId} answered for ${received.ideaId}`);
      const again = await flag();
      expectStatus(again, 202);
      ensure(isDeepStrictEqual(again.body, once.body), 'reporting again answered differently');
    },
  },
];
