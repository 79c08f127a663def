import { delay, http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import {
  BoardSchema,
  ENDPOINTS,
  FlagReceivedSchema,
  IdeaPageSchema,
  IdeaSchema,
  SimilarIdeasSchema,
  VoteResultSchema,
} from '../../src/protocol/index.js';
import type { Board, CreateIdeaRequest, Idea, VoteValue } from '../../src/protocol/index.js';
import {
  generatedIdeas,
  hostileIdea,
  ideaBoard,
  ideaFixture,
  malformedIdeaPage,
  ownModeratedIdeas,
} from './fixtures/ideas.js';
import type { IdeaFixtureLocale } from './fixtures/ideas.js';
import { discoveryHandlers, mockPath, problemResponse, validJson } from './handlers.js';
import type { MockLatency } from './handlers.js';

/*
 * msw scenarios of <civic-idea-board>: the board and its ideas (listing with sort, filters, search
 * and cursors), votes, new ideas, reports and similar ideas. Stories put them under `ideas` in
 * `parameters.msw.handlers`; tests call `ideaHandlers()` for fresh state and to watch requests.
 */

async function wait(latency: MockLatency | undefined): Promise<void> {
  if (latency !== undefined) await delay(latency);
}

/** Discovery for the idea board: ideas with down-votes, and a sign-in page. */
export function ideaDiscovery(): RequestHandler[] {
  return discoveryHandlers({ features: ['ideas', 'ideas.downvotes'] });
}

/** Seeded shuffle (mulberry32), so every page of one `random` order comes from the same shuffle. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The ideas a list request asks for, in its order. */
export function queryIdeas(ideas: readonly Idea[], params: URLSearchParams): Idea[] {
  const status = params.get('status');
  const category = params.get('category');
  const q = params.get('q')?.toLowerCase();
  let found = ideas.filter(
    (idea) =>
      (!status || idea.status === status) &&
      (!category || idea.category?.id === category) &&
      (!q || idea.title.toLowerCase().includes(q) || idea.body.toLowerCase().includes(q)),
  );
  switch (params.get('sort')) {
    case 'top':
      found = [...found].sort((a, b) => b.votesUp - b.votesDown - (a.votesUp - a.votesDown));
      break;
    case 'new':
      found = [...found].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      break;
    case 'discussed':
      found = [...found].sort((a, b) => b.commentCount - a.commentCount);
      break;
    case 'random':
      found = shuffle(found, Number(params.get('seed') ?? 0));
      break;
    default:
  }
  return found;
}

export interface IdeaHandlerOptions {
  board?: () => Board;
  ideas?: () => readonly Idea[];
  /** Latency of the board and list requests. */
  latency?: MockLatency;
  /** Latency of the list requests alone, instead of `latency`. */
  listLatency?: MockLatency;
  /** Latency of similar-ideas lookups, by the title asked for. */
  similarLatency?: (title: string) => MockLatency | undefined;
  /** Answers `setVote` instead of succeeding. */
  voteAnswer?: () => Response | Promise<Response>;
  voteLatency?: MockLatency;
  /** Answers `createIdea` instead of succeeding. */
  createAnswer?: () => Response | Promise<Response>;
  /** Answers `flagIdea` instead of succeeding. */
  flagAnswer?: () => Response | Promise<Response>;
  /** Answers `listIdeas` instead of listing. */
  listAnswer?: () => Response | Promise<Response>;
  /** Sees every request (a clone), e.g. to count them or read their bodies. */
  onRequest?: (request: Request) => void;
}

/** Every idea endpoint, answering from one board and its ideas (state kept per call of this function). */
export function ideaHandlers(options: IdeaHandlerOptions = {}): RequestHandler[] {
  const makeBoard = options.board ?? (() => ideaBoard());
  const makeIdeas = options.ideas ?? (() => generatedIdeas(57));
  const created: Idea[] = [];
  const all = () => [...created, ...makeIdeas()];
  return [
    http.get(mockPath(ENDPOINTS.getBoard), async ({ request, params }) => {
      options.onRequest?.(request.clone());
      await wait(options.latency);
      return validJson(BoardSchema, { ...makeBoard(), id: String(params['boardId']) });
    }),
    http.get(mockPath(ENDPOINTS.listIdeas), async ({ request }) => {
      options.onRequest?.(request.clone());
      await wait(options.listLatency ?? options.latency);
      if (options.listAnswer) return options.listAnswer();
      const url = new URL(request.url);
      const found = queryIdeas(all(), url.searchParams);
      const offset = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit') ?? 20);
      const items = found.slice(offset, offset + limit);
      return validJson(IdeaPageSchema, {
        items,
        nextCursor: offset + limit < found.length ? String(offset + limit) : null,
        total: found.length,
      });
    }),
    http.put(mockPath(ENDPOINTS.setVote), async ({ request, params }) => {
      options.onRequest?.(request.clone());
      await wait(options.voteLatency);
      if (options.voteAnswer) return options.voteAnswer();
      const id = String(params['ideaId']);
      const idea = all().find((candidate) => candidate.id === id);
      if (!idea) return problemResponse('notFound');
      const { value } = (await request.json()) as { value: VoteValue };
      const up = idea.votesUp - (idea.myVote === 1 ? 1 : 0) + (value === 1 ? 1 : 0);
      const down = idea.votesDown - (idea.myVote === -1 ? 1 : 0) + (value === -1 ? 1 : 0);
      return validJson(VoteResultSchema, { ideaId: id, votesUp: up, votesDown: down, myVote: value });
    }),
    http.post(mockPath(ENDPOINTS.flagIdea), async ({ request, params }) => {
      options.onRequest?.(request.clone());
      if (options.flagAnswer) return options.flagAnswer();
      return validJson(
        FlagReceivedSchema,
        { ideaId: String(params['ideaId']), status: 'received' },
        { status: 202 },
      );
    }),
    http.post(mockPath(ENDPOINTS.createIdea), async ({ request, params }) => {
      options.onRequest?.(request.clone());
      if (options.createAnswer) return options.createAnswer();
      const body = (await request.json()) as CreateIdeaRequest;
      const board = makeBoard();
      const category = board.categories.find((c) => c.id === body.category) ?? null;
      const idea: Idea = {
        ...ideaFixture(0),
        id: `idea-new-${created.length + 1}`,
        boardId: String(params['boardId']),
        title: body.title,
        body: body.body,
        category,
        status: 'new',
        votesUp: 0,
        commentCount: 0,
        officialResponse: null,
        pendingModeration: board.preModeration,
        author: { displayName: 'You' },
        createdAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      };
      if (!board.preModeration) created.push(idea);
      return validJson(IdeaSchema, idea, { status: 201 });
    }),
    http.get(mockPath(ENDPOINTS.similarIdeas), async ({ request }) => {
      options.onRequest?.(request.clone());
      const title = new URL(request.url).searchParams.get('title') ?? '';
      await wait(options.similarLatency?.(title));
      const words = title
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word.length >= 4);
      const items = all()
        .filter((idea) => words.some((word) => idea.title.toLowerCase().includes(word)))
        .slice(0, Number(new URL(request.url).searchParams.get('limit') ?? 5))
        .map(({ id, title: ideaTitle, status, votesUp, url }) => ({
          id,
          title: ideaTitle,
          status,
          votesUp,
          url,
        }));
      return validJson(SimilarIdeasSchema, { items });
    }),
  ];
}

/** Board and list both answering with `answer` (an error, a broken body…). */
export function ideaAnswer(answer: () => Response | Promise<Response>): RequestHandler[] {
  return [http.get(mockPath(ENDPOINTS.getBoard), answer), http.get(mockPath(ENDPOINTS.listIdeas), answer)];
}

function localized(locale: IdeaFixtureLocale): RequestHandler[] {
  return ideaHandlers({ board: () => ideaBoard({}, locale), ideas: () => generatedIdeas(24, locale) });
}

/*
 * The scenarios by name. Getters build fresh handlers on each read (each with its own votes and
 * new ideas), and keep this module free of work at import time: handlers.ts imports it back.
 */
export const ideaScenarios = {
  /** 57 ideas on an up-only board that publishes new ideas at once. */
  get default() {
    return ideaHandlers();
  },
  /** A board with votes for and against. */
  get upDown() {
    return ideaHandlers({ board: () => ideaBoard({ votingMode: 'up_down' }) });
  },
  /** New ideas wait for a moderator; the author's own pending and hidden ideas are listed. */
  get preModeration() {
    return ideaHandlers({
      board: () => ideaBoard({ preModeration: true }),
      ideas: () => [...ownModeratedIdeas(), ...generatedIdeas(12)],
    });
  },
  /** No ideas yet. */
  get empty() {
    return ideaHandlers({ ideas: () => [] });
  },
  /** Submissions closed. */
  get submissionsClosed() {
    return ideaHandlers({ board: () => ideaBoard({ submissionsOpen: false }) });
  },
  /** 10,000 ideas, for the virtualized list. */
  get thousands() {
    return ideaHandlers({ ideas: () => generatedIdeas(10_000) });
  },
  /** Markup in every text field. */
  get hostile() {
    return ideaHandlers({ ideas: () => [hostileIdea(), ...generatedIdeas(3)] });
  },
  get russian() {
    return localized('ru');
  },
  get kazakh() {
    return localized('kk');
  },
  /** Never answers: the loading placeholder stays. */
  get loading() {
    return ideaHandlers({ latency: 'infinite' });
  },
  get error() {
    return ideaAnswer(() => problemResponse('server', { detail: 'The mock backend failed on purpose.' }));
  },
  /** The list breaks the protocol. */
  get malformed() {
    return ideaHandlers({ listAnswer: () => HttpResponse.json(malformedIdeaPage) });
  },
  /** Votes fail on the server: the optimistic vote rolls back. */
  get voteFails() {
    return ideaHandlers({ voteAnswer: () => problemResponse('server'), voteLatency: 300 });
  },
  /** Nobody is signed in: voting, submitting and reporting answer 401. */
  get signedOut() {
    const unauthorized = () => problemResponse('unauthorized');
    return ideaHandlers({ voteAnswer: unauthorized, createAnswer: unauthorized, flagAnswer: unauthorized });
  },
};
