import type { FastifyInstance, RouteHandlerMethod } from 'fastify';
import type { AnyEndpoint } from '#protocol';

/** Fastify's form of a protocol path: `/petitions/{petitionId}` → `/petitions/:petitionId`. */
export function routePath(path: string): string {
  return path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}

/** Registers the handler of one protocol endpoint at the endpoint's own method and path. */
export function routeEndpoint(
  api: FastifyInstance,
  endpoint: AnyEndpoint,
  handler: RouteHandlerMethod,
): void {
  api.route({ method: endpoint.method, url: routePath(endpoint.path), handler });
}
