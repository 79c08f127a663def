import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import {
  BoardPathSchema,
  ENDPOINTS,
  IdeaPathSchema,
  IdeaSortSchema,
  PROBLEM_TYPES,
  VoteValueSchema,
} from '#protocol';
import type { AppContext } from '../context.js';
import { searchParamsOf } from '../http/validate.js';
import { readApi } from '../pages/api-read.js';
import { renderBoardPage } from '../pages/board-page.js';
import type { BoardVoting } from '../pages/board-page.js';
import { withLang } from '../pages/language-links.js';
import { acceptForms, formBody, pageLocale } from '../pages/page-http.js';
import { canSignIn, localReturn, sessionOf, signInPath } from '../pages/page-session.js';
import type { PageSession } from '../pages/page-session.js';
import { sendRead } from '../pages/read-page.js';
import { RETURN_FIELD } from '../pages/sign-in-page.js';
import { ProblemError } from '../security/problem.js';
import { castVote } from './voting.js';

/*
 * An idea board's page without scripts: `GET /boards/:boardId?sort=&category=&cursor=&from=`,
 * read through the API's getBoard and listIdeas (as the signed-in reader, so their own votes show).
 * A filter the board does not have shows the first page unfiltered rather than an error.
 * `POST /ideas/:ideaId/vote` (`value` 1, -1 or 0, `return`) votes as the page session's participant
 * through the same code as the API's setVote, then goes back to the idea on the page it came from;
 * without a session it goes to sign in first.
 */

const FORM_BODY_LIMIT = 4 * 1024;

function votingOf(ctx: AppContext, session: PageSession | undefined, locale: string): BoardVoting {
  if (session) return { kind: 'signed-in', participant: session.participant };
  if (canSignIn(ctx)) return { kind: 'sign-in', href: (returnTo) => signInPath(returnTo, locale) };
  return { kind: 'elsewhere' };
}

export function boardPagePath(boardId: string): string {
  return `/boards/${encodeURIComponent(boardId)}`;
}

export async function boardPageRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  app.get('/boards/:boardId', async (request, reply) => {
    const params = searchParamsOf(request.url);
    const locale = pageLocale(ctx, request, params.get('lang'));
    const path = v.safeParse(BoardPathSchema, request.params);
    if (!path.success) return sendRead(reply, locale, { kind: 'missing' }, () => '');
    const { boardId } = path.output;
    const session = await sessionOf(ctx, request);
    const token = session?.token;
    const board = await readApi(app, ENDPOINTS.getBoard, { boardId }, {}, locale);
    if (board.kind !== 'ok') return sendRead(reply, locale, board, () => '');
    const sorted = v.safeParse(IdeaSortSchema, params.get('sort'));
    const sort = sorted.success ? sorted.output : undefined;
    const wanted = params.get('category');
    const category = board.value.categories.some((c) => c.id === wanted) ? wanted! : undefined;
    let cursor = params.get('cursor') ?? undefined;
    let from = Math.max(1, Math.floor(Number(params.get('from'))) || 1);
    let ideas = await readApi(
      app,
      ENDPOINTS.listIdeas,
      { boardId },
      { sort, category, cursor },
      locale,
      token,
    );
    if (ideas.kind === 'invalid') {
      // A cursor that no longer reads (an old link): the first page.
      [cursor, from] = [undefined, 1];
      ideas = await readApi(app, ENDPOINTS.listIdeas, { boardId }, { sort, category }, locale, token);
    }
    return sendRead(reply, locale, ideas, (page) =>
      renderBoardPage(locale, board.value, page, {
        path: boardPagePath(boardId),
        sort,
        category,
        cursor,
        from,
        returnTo: localReturn(withLang(request.url, locale)),
        voting: votingOf(ctx, session, locale),
      }),
    );
  });

  await app.register(async (forms) => {
    acceptForms(forms, ctx, FORM_BODY_LIMIT);
    forms.post('/ideas/:ideaId/vote', async (request, reply) => {
      const form = formBody(request);
      const locale = pageLocale(ctx, request, form.get('lang'));
      const returnTo = localReturn(form.get(RETURN_FIELD));
      const session = await sessionOf(ctx, request);
      if (!session) return reply.redirect(canSignIn(ctx) ? signInPath(returnTo, locale) : returnTo, 303);
      const path = v.safeParse(IdeaPathSchema, request.params);
      const value = v.safeParse(VoteValueSchema, Number(form.get('value') ?? 'none'));
      if (!path.success || !value.success) return reply.redirect(returnTo, 303);
      try {
        await castVote(ctx, session.participant, path.output.ideaId, value.output);
      } catch (error) {
        // An idea gone or closed since the page was shown: the page, as it is now, shows why.
        const type = error instanceof ProblemError ? error.problem.type : undefined;
        if (type !== PROBLEM_TYPES.notFound && type !== PROBLEM_TYPES.closed) throw error;
      }
      return reply.redirect(returnTo, 303);
    });
  });
}
