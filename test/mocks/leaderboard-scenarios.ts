import { delay, http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { ENDPOINTS, LEADERBOARD_PERIODS, LeaderboardSchema } from '../../src/protocol/index.js';
import type { Leaderboard, LeaderboardPeriod } from '../../src/protocol/index.js';
import {
  CATEGORIES,
  leaderboard,
  leaderboardStates,
  malformedLeaderboard,
  secondPage,
} from './fixtures/leaderboards.js';
import type { LeaderboardStateName } from './fixtures/leaderboards.js';
import { discoveryHandlers, mockPath, problemResponse, validJson } from './handlers.js';
import type { MockLatency } from './handlers.js';

/*
 * msw scenarios of <civic-expert-leaderboard> (`leaderboards`). The handlers honour the query: the
 * period and category change the page they answer with, and the cursor `page-2` answers the second
 * page. Stories put them under `parameters.msw.handlers.leaderboards`; tests call the factories.
 */

async function wait(latency: MockLatency | undefined): Promise<void> {
  if (latency !== undefined) await delay(latency);
}

/** Discovery for the leaderboard widget. */
export function leaderboardDiscovery(): RequestHandler[] {
  return discoveryHandlers({ features: ['leaderboards'] });
}

/** A head-and-shoulders picture, in a hue of its own for each file, so avatars show in stories. */
function avatarPicture(file: string): string {
  const hue = [...file].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 360, 0);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40">
  <rect width="40" height="40" fill="hsl(${hue} 45% 85%)"/>
  <g fill="hsl(${hue} 35% 35%)"><circle cx="20" cy="15" r="7"/><path d="M6 40c0-9 6-14 14-14s14 5 14 14z"/></g>
</svg>`;
}

/**
 * The fixtures' avatar images (`https://participate.example.kz/avatars/…`), answered so they load:
 * unanswered, they fail, and the widget puts initials in their place some time after it renders.
 * Files named `missing-…` answer 404.
 */
export function leaderboardAvatars(): RequestHandler[] {
  return [
    http.get('https://participate.example.kz/avatars/:file', ({ params }) => {
      const file = String(params.file);
      return file.startsWith('missing-')
        ? new HttpResponse(null, { status: 404 })
        : new HttpResponse(avatarPicture(file), { headers: { 'Content-Type': 'image/svg+xml' } });
    }),
  ];
}

/** What one leaderboard request asked for. */
export interface LeaderboardRequest {
  period: LeaderboardPeriod;
  category: string | null;
  cursor: string | null;
  authorization: string | null;
}

export interface LeaderboardHandlerOptions {
  latency?: MockLatency;
  /** Sees every request, e.g. to check its period and cursor. */
  onRequest?: (request: LeaderboardRequest) => void;
  /** Answers the second page (`cursor=page-2`) instead, e.g. with an error. */
  secondPageAnswer?: () => Response | Promise<Response>;
}

function periodOf(value: string | null): LeaderboardPeriod {
  return (LEADERBOARD_PERIODS as readonly string[]).includes(value ?? '')
    ? (value as LeaderboardPeriod)
    : 'month';
}

/** `getLeaderboard` answering with `make()` for the asked period and category. */
export function leaderboardHandlers(
  make: () => Leaderboard,
  options: LeaderboardHandlerOptions = {},
): RequestHandler[] {
  return [
    http.get(mockPath(ENDPOINTS.getLeaderboard), async ({ request, params }) => {
      const url = new URL(request.url);
      const asked: LeaderboardRequest = {
        period: periodOf(url.searchParams.get('period')),
        category: url.searchParams.get('category'),
        cursor: url.searchParams.get('cursor'),
        authorization: request.headers.get('Authorization'),
      };
      options.onRequest?.(asked);
      await wait(options.latency);
      if (asked.cursor === 'page-2' && options.secondPageAnswer) return options.secondPageAnswer();
      const base = make();
      const { periodStart, periodEnd } = leaderboard({ period: asked.period });
      const category = CATEGORIES.find((c) => c.id === asked.category) ?? null;
      const page: Leaderboard = {
        ...base,
        id: String(params['leaderboardId']),
        period: asked.period,
        periodStart,
        periodEnd,
        category,
        ...(asked.cursor === 'page-2' ? { entries: secondPage(), nextCursor: null, me: null } : {}),
      };
      return validJson(LeaderboardSchema, page);
    }),
  ];
}

/** `getLeaderboard` answering with `answer` (an error, a broken body…). */
export function leaderboardAnswer(answer: () => Response | Promise<Response>): RequestHandler[] {
  return [http.get(mockPath(ENDPOINTS.getLeaderboard), answer)];
}

const stateScenarios = Object.fromEntries(
  Object.entries(leaderboardStates).map(([name, make]) => [name, leaderboardHandlers(make)]),
) as Record<LeaderboardStateName, RequestHandler[]>;

/** The leaderboard resource, by scenario name. */
export const leaderboardScenarios = {
  ...stateScenarios,
  /** Never answers: the widget keeps its loading placeholder. */
  loading: leaderboardHandlers(leaderboardStates.month, { latency: 'infinite' }),
  error: leaderboardAnswer(() =>
    problemResponse('server', { detail: 'The mock backend failed on purpose.' }),
  ),
  malformed: leaderboardAnswer(() => HttpResponse.json(malformedLeaderboard)),
  networkError: leaderboardAnswer(() => HttpResponse.error()),
};
