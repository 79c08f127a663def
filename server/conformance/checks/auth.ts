import { announces, openPetition } from '../fixtures.js';
import { expectProblem } from '../expect.js';
import { CheckSkipped, ensure, fail } from '../harness.js';
import type { ApiResponse, Check, CheckContext } from '../harness.js';
import { listedIdeas } from './ideas.js';

/*
 * Bearer tokens: a `required` endpoint called anonymously, and any `optional` or `required` endpoint
 * called with a token that is not valid, answer 401 unauthorized with `WWW-Authenticate: Bearer`
 * (no silent fall-back to anonymous). Checked on whichever of those endpoints the backend announces
 * and the suite has data for.
 */

const INVALID_TOKEN = 'conformance.invalid.token';

function expectUnauthorized(res: ApiResponse): void {
  expectProblem(res, 401, 'unauthorized');
  const challenge = res.headers.get('www-authenticate') ?? '';
  ensure(
    /^bearer\b/i.test(challenge),
    `${res.method} ${res.target}: 401 needs WWW-Authenticate: Bearer, got "${challenge}"`,
  );
}

/** Runs each probe the backend and the options allow; skips when none could run. */
async function probe(
  ctx: CheckContext,
  probes: readonly { label: string; run(): Promise<ApiResponse | undefined> }[],
  skipReason: string,
): Promise<void> {
  const ran: string[] = [];
  const failures: string[] = [];
  for (const { label, run } of probes) {
    let res: ApiResponse | undefined;
    try {
      res = await run();
    } catch (error) {
      if (error instanceof CheckSkipped) continue;
      throw error;
    }
    if (!res) continue;
    ran.push(label);
    try {
      expectUnauthorized(res);
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  if (failures.length) fail(failures.join(' | '));
  if (ran.length === 0) ctx.skip(skipReason);
  ctx.note(`checked ${ran.join(', ')}`);
}

export const authChecks: Check[] = [
  {
    id: 'auth.invalid-token',
    area: 'auth',
    title:
      'An invalid bearer token on an optional-auth endpoint answers 401 unauthorized with WWW-Authenticate',
    endpoints: ['getDiscovery'],
    async run(ctx) {
      await probe(
        ctx,
        [
          {
            label: 'createSignature',
            run: async () => {
              if (!(await announces(ctx, 'createSignature'))) return undefined;
              const open = await openPetition(ctx);
              return ctx.request(
                'createSignature',
                { path: { petitionId: open.petition.id }, body: open.signature() },
                { token: INVALID_TOKEN },
              );
            },
          },
          {
            label: 'listIdeas',
            run: async () => {
              if (!(await announces(ctx, 'listIdeas')) || ctx.options.boardId === undefined) return undefined;
              return ctx.request(
                'listIdeas',
                { path: { boardId: ctx.options.boardId } },
                { token: INVALID_TOKEN },
              );
            },
          },
          {
            label: 'getLeaderboard',
            run: async () => {
              if (!(await announces(ctx, 'getLeaderboard')) || ctx.options.leaderboardId === undefined)
                return undefined;
              return ctx.request(
                'getLeaderboard',
                { path: { leaderboardId: ctx.options.leaderboardId } },
                { token: INVALID_TOKEN },
              );
            },
          },
        ],
        'no announced optional-auth endpoint the suite has data for (an open petition, --board or --leaderboard)',
      );
    },
  },
  {
    id: 'auth.required-anonymous',
    area: 'auth',
    title: 'Required-auth writes (createIdea, setVote, flagIdea) without a token answer 401 unauthorized',
    endpoints: ['getDiscovery'],
    async run(ctx) {
      const boardId = ctx.options.boardId;
      const firstIdea = async () => {
        const { ideas } = await listedIdeas(ctx);
        return ideas[0]?.id;
      };
      await probe(
        ctx,
        [
          {
            label: 'createIdea',
            run: async () => {
              if (!(await announces(ctx, 'createIdea')) || boardId === undefined) return undefined;
              const body = { title: 'Conformance check without a token', body: '' };
              return ctx.request('createIdea', { path: { boardId }, body });
            },
          },
          {
            label: 'setVote',
            run: async () => {
              if (!(await announces(ctx, 'setVote')) || boardId === undefined) return undefined;
              const ideaId = await firstIdea();
              return ideaId === undefined
                ? undefined
                : ctx.request('setVote', { path: { ideaId }, body: { value: 1 } });
            },
          },
          {
            label: 'flagIdea',
            run: async () => {
              if (!(await announces(ctx, 'flagIdea')) || boardId === undefined) return undefined;
              const ideaId = await firstIdea();
              return ideaId === undefined
                ? undefined
                : ctx.request('flagIdea', { path: { ideaId }, body: { reason: 'spam' } });
            },
          },
        ],
        'no announced required-auth endpoint the suite has data for (pass --board of a board with ideas)',
      );
    },
  },
];
