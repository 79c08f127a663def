import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { BoardPathSchema, ENDPOINTS, IdeaSortSchema } from '#protocol';
import type { AppContext } from '../context.js';
import { searchParamsOf } from '../http/validate.js';
import { readApi } from '../pages/api-read.js';
import { renderBoardPage } from '../pages/board-page.js';
import { pageLocale } from '../pages/page-http.js';
import { sendRead } from '../pages/read-page.js';

/*
 * An idea board's page without scripts: `GET /boards/:boardId?sort=&category=&cursor=&from=`,
 * read through the API's getBoard and listIdeas. A filter the board does not have shows the first
 * page unfiltered rather than an error.
 */

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
    const board = await readApi(app, ENDPOINTS.getBoard, { boardId }, {}, locale);
    if (board.kind !== 'ok') return sendRead(reply, locale, board, () => '');
    const sorted = v.safeParse(IdeaSortSchema, params.get('sort'));
    const sort = sorted.success ? sorted.output : undefined;
    const wanted = params.get('category');
    const category = board.value.categories.some((c) => c.id === wanted) ? wanted! : undefined;
    let cursor = params.get('cursor') ?? undefined;
    let from = Math.max(1, Math.floor(Number(params.get('from'))) || 1);
    let ideas = await readApi(app, ENDPOINTS.listIdeas, { boardId }, { sort, category, cursor }, locale);
    if (ideas.kind === 'invalid') {
      // A cursor that no longer reads (an old link): the first page.
      [cursor, from] = [undefined, 1];
      ideas = await readApi(app, ENDPOINTS.listIdeas, { boardId }, { sort, category }, locale);
    }
    return sendRead(reply, locale, ideas, (page) =>
      renderBoardPage(locale, board.value, page, {
        path: boardPagePath(boardId),
        sort,
        category,
        cursor,
        from,
      }),
    );
  });
}
