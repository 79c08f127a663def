import type { FastifyInstance } from 'fastify';
import { ENDPOINTS } from '#protocol';
import type { AppContext } from '../context.js';
import { routeEndpoint } from '../http/endpoint-route.js';
import { sendJson } from '../http/reply.js';
import { problemError } from '../security/problem.js';
import { buildDataPackage } from './datapackage.js';
import { servedDatasets } from './registry.js';
import { EXPORT_MAX_AGE_SECONDS } from './routes.js';

/*
 * GET {apiBase}/exports/datapackage.json: the data package describing every export this server
 * serves, built when asked for (its `created` is then, like the exports it points to), cached as
 * the exports are.
 */

export async function dataPackageRoutes(api: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  routeEndpoint(api, ENDPOINTS.getDataPackage, async (request, reply) => {
    if (request.url.includes('?'))
      throw problemError('malformed', 'Malformed request', { detail: 'The data package takes no query.' });
    const created = new Date(ctx.clock.now());
    const descriptor = buildDataPackage({
      apiBase: `${ctx.publicUrl}${api.prefix}`,
      homepage: ctx.publicUrl,
      licence: ctx.config.dataLicence,
      created,
      datasets: servedDatasets(),
    });
    reply
      .header('Cache-Control', `public, max-age=${EXPORT_MAX_AGE_SECONDS}`)
      .header('Last-Modified', created.toUTCString());
    return sendJson(reply, 200, JSON.stringify(descriptor));
  });
}
