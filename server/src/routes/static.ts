import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { StaticMount } from '../config.js';
import { setStaticHeaders } from '../security/headers.js';

/**
 * Serves directories (the demo site at `/`, the widget bundle under a prefix) with a CSP that allows
 * their own scripts and styles and nothing from elsewhere. API routes win over these wildcards.
 */
export async function staticRoutes(
  app: FastifyInstance,
  { mounts }: { mounts: readonly StaticMount[] },
): Promise<void> {
  app.addHook('onRequest', (_request, reply, done) => {
    setStaticHeaders(reply);
    done();
  });
  let first = true;
  for (const mount of mounts) {
    await app.register(fastifyStatic, {
      root: resolve(mount.dir),
      prefix: mount.prefix,
      decorateReply: first,
      index: ['index.html'],
      cacheControl: true,
      // dist/cdn holds .br and .gz siblings of every file (scripts/cdn-build.mjs).
      preCompressed: true,
      maxAge: 0,
    });
    first = false;
  }
}
