import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { CampaignCache } from './campaigns/cache.js';
import { loadCampaignData } from './campaigns/store.js';
import { isoAt, systemClock } from './clock.js';
import type { Clock } from './clock.js';
import type { ServerConfig } from './config.js';
import type { AppContext } from './context.js';
import { openDatabase } from './db/kysely.js';
import type { Database } from './db/kysely.js';
import { migrate } from './db/migrator.js';
import { OutboxWorker } from './email/outbox-worker.js';
import type { OutboxWorkerOptions } from './email/outbox-worker.js';
import { purgeSentMail } from './email/outbox.js';
import { createSmtpMailer } from './email/smtp.js';
import type { Mailer } from './email/smtp.js';
import { FEATURES, MIGRATIONS } from './features.js';
import { compactHistory } from './history/compaction.js';
import { seedDemoHistory } from './history/demo-history.js';
import { timeoutOptions } from './http/connection-limits.js';
import { purgeExpiredKeys } from './http/idempotency-store.js';
import { useStrictJsonBodies } from './http/json-body.js';
import { lingerOnClose } from './http/lingering-close.js';
import { LiveBroadcaster } from './http/live-broadcaster.js';
import { loggerOptions } from './logging.js';
import { CountCache } from './petitions/count-cache.js';
import { loadCountData } from './petitions/count-data.js';
import { PetitionCache } from './petitions/petition-cache.js';
import { findPetitionRow } from './petitions/store.js';
import { purgeExpiredTokens } from './petitions/token-store.js';
import { devRoutes } from './routes/dev.js';
import { discoveryRoutes } from './routes/discovery.js';
import { signInRoutes } from './routes/sign-in.js';
import { staticRoutes } from './routes/static.js';
import { nonJsonWrite } from './security/content-type.js';
import { registerPreflight, setCorsHeaders } from './security/cors.js';
import { foreignWriteProblem } from './security/origin-check.js';
import { setApiHeaders, setBaseHeaders } from './security/headers.js';
import { createTokenVerifier } from './security/jwt.js';
import {
  isBodyTooLarge,
  isServerError,
  problemError,
  sendProblem,
  toProblemError,
  writeClientErrorProblem,
} from './security/problem.js';

/** Where the API is mounted. */
export const API_PREFIX = '/api/v1';
/** Largest request body accepted (413 above). */
export const BODY_LIMIT = 64 * 1024;
/** Keep-alive comments on event streams (the protocol asks for one every 15–30 s). */
const SSE_PING_MS = 15_000;
const API_PATH = /^\/api\/v1(?:[/?]|$)/;
const CLOSE_GRACE_MS = 2000;
const CLEANUP_INTERVAL_MS = 3600 * 1000;
const SENT_MAIL_RETENTION_MS = 30 * 24 * 3600 * 1000;

export interface AppOptions {
  config: ServerConfig;
  /** An open database; when absent `config.db` is opened, and closed with the app. Migrated either way. */
  database?: Database;
  clock?: Clock;
  /** Delivers email; when absent, SMTP from `config.smtpUrl` (or no delivery). */
  mailer?: Mailer;
  outbox?: OutboxWorkerOptions;
  /** Event streams: how often counts are checked and keep-alive comments sent (ms). */
  live?: { tickMs?: number; pingMs?: number };
  /** Where log lines go instead of stdout. */
  logStream?: { write(line: string): void };
  /** Timers for outbox delivery and cleanup (default true; tests drive them by hand). */
  backgroundJobs?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The server's shared state (database, caches, configuration). */
    civic: AppContext;
  }
}

function pathOnly(url: string): string {
  return url.split('?')[0]!;
}

/** Whether a raw URL carries a NUL character, encoded or not. */
function urlHasNul(url: string): boolean {
  return url.includes('\u0000') || /%00/i.test(url);
}

function nulInUrlProblem() {
  return problemError('malformed', 'Malformed request', {
    detail: 'The URL must not contain NUL characters.',
  });
}

/** Builds the reference server (routes, hooks, background jobs) without listening. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const database = options.database ?? openDatabase(config.db);
  const ownsDatabase = options.database === undefined;
  try {
    await migrate(database.db, MIGRATIONS);
    if (config.seedDemo) {
      for (const feature of FEATURES) await feature.adminFile?.seedDemo(database, clock.now());
      await seedDemoHistory(database, clock.now());
    }
  } catch (error) {
    if (ownsDatabase) await database.close();
    throw error;
  }

  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy as boolean | string,
    ...timeoutOptions(config.connections),
    requestIdHeader: false,
    // Requests arriving while closing are served normally (the answer is a problem if anything).
    return503OnClosing: false,
    routerOptions: { maxParamLength: 200 },
    clientErrorHandler: writeClientErrorProblem,
    // Fastify answers unparseable URLs itself; make those problems too.
    frameworkErrors(error, request, reply) {
      if (request.method === 'GET' || request.method === 'HEAD')
        reply.header('Access-Control-Allow-Origin', '*');
      reply.header('X-Content-Type-Options', 'nosniff');
      sendProblem(reply, toProblemError(error));
    },
  });

  const mailer =
    options.mailer ?? (config.smtpUrl ? createSmtpMailer(config.smtpUrl, mailFrom(config)) : undefined);
  const counts = new CountCache((id) => loadCountData(database.db, database.dialect, id), clock);
  const campaigns = new CampaignCache((id) => loadCampaignData(database.db, id), clock);
  const ctx: AppContext = {
    config,
    database,
    clock,
    counts,
    petitions: new PetitionCache((id) => findPetitionRow(database.db, id), clock),
    live: new LiveBroadcaster(counts, options.live?.tickMs),
    campaigns,
    campaignLive: new LiveBroadcaster(campaigns, options.live?.tickMs),
    ssePingMs: options.live?.pingMs ?? SSE_PING_MS,
    outbox: new OutboxWorker(database, mailer, clock, app.log, options.outbox),
    verifier: createTokenVerifier(config.jwt, config.demo),
    log: app.log,
    publicUrl: config.publicUrl,
    allowedOrigins: [...config.allowedOrigins],
  };
  if (config.demo && (config.publicUrlExplicit || config.port !== 0)) {
    ctx.allowedOrigins.push(new URL(config.publicUrl).origin);
  }
  app.decorate('civic', ctx);

  app.setErrorHandler((error, request, reply) => {
    if (isServerError(error)) request.log.error({ err: error }, 'request failed');
    if (isBodyTooLarge(error)) lingerOnClose(request.raw.socket);
    return sendProblem(reply, toProblemError(error), pathOnly(request.url));
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, problemError('notFound', 'Not found'), pathOnly(request.url)),
  );
  useStrictJsonBodies(app);

  // A client that asks before sending its body (`Expect: 100-continue`, as curl does for large
  // ones) and announces more than any route accepts gets the 413 at once. Told to continue, it
  // would still be sending when the 413 came and the connection closed, and the reset that follows
  // can discard the answer before the client reads it.
  app.server.on('checkContinue', (request, response) => {
    const length = request.headers['content-length'];
    if (length === undefined || Number(length) <= BODY_LIMIT) response.writeContinue();
    app.server.emit('request', request, response);
  });

  // Closing waits for open connections, and a client may hold one it never sends on. Once the
  // requests in flight have finished (or after a grace period) every connection is closed, so
  // shutdowns and restarts stay quick.
  let inFlight = 0;
  const finished = () => inFlight--;
  // Hooks are plain callbacks, one per scope: they run on every request, count reads included.
  app.addHook('onRequest', (request, reply, done) => {
    inFlight++;
    reply.raw.once('close', finished);
    setBaseHeaders(reply);
    done(!API_PATH.test(request.url) && urlHasNul(request.url) ? nulInUrlProblem() : undefined);
  });
  app.addHook('preClose', (done) => {
    const deadline = Date.now() + CLOSE_GRACE_MS;
    const poll = setInterval(() => {
      if (inFlight > 0 && Date.now() < deadline) return;
      clearInterval(poll);
      app.server.closeAllConnections();
    }, 25);
    poll.unref();
    done();
  });

  await app.register(
    async (api) => {
      api.addHook('onRequest', (request, reply, done) => {
        setCorsHeaders(request, reply, ctx.allowedOrigins);
        setApiHeaders(reply);
        done(
          urlHasNul(request.url)
            ? nulInUrlProblem()
            : (foreignWriteProblem(request, reply, ctx) ?? nonJsonWrite(request)),
        );
      });
      registerPreflight(api, () => ctx.allowedOrigins);
      await api.register(discoveryRoutes, { ctx, features: FEATURES.flatMap((feature) => feature.flags) });
      for (const routes of FEATURES.flatMap((feature) => feature.apiRoutes))
        await api.register(routes, { ctx });
      // Unknown API paths: a problem with CORS headers, whatever else is mounted at `/`.
      api.route({
        method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
        url: '/*',
        handler: async () => {
          throw problemError('notFound', 'Not found');
        },
      });
    },
    { prefix: API_PREFIX },
  );
  // The server's pages keep a reader's sign-in (for voting without scripts) in a cookie.
  await app.register(fastifyCookie);
  for (const routes of FEATURES.flatMap((feature) => feature.pageRoutes ?? []))
    await app.register(routes, { ctx });
  await app.register(signInRoutes, { ctx });
  if (config.demo) {
    await app.register(async (dev) => {
      dev.addHook('onRequest', (request, reply, done) => {
        setCorsHeaders(request, reply, ctx.allowedOrigins);
        done(foreignWriteProblem(request, reply, ctx) ?? nonJsonWrite(request));
      });
      registerPreflight(dev, () => ctx.allowedOrigins);
      await dev.register(devRoutes, { ctx });
    });
  }
  const mounts = [
    ...(config.staticDir !== undefined ? [{ prefix: '/', dir: config.staticDir }] : []),
    ...config.staticMounts,
  ];
  if (mounts.length > 0) await app.register(staticRoutes, { mounts });

  let cleanup: NodeJS.Timeout | undefined;
  if (options.backgroundJobs ?? true) {
    ctx.outbox.start();
    cleanup = setInterval(() => void runCleanup(ctx), CLEANUP_INTERVAL_MS);
    cleanup.unref();
    app.addHook('onReady', async () => {
      void runCleanup(ctx);
      ctx.outbox.nudge();
    });
  }
  if (!mailer) {
    app.log.warn(
      config.demo
        ? 'no SMTP configured: emails stay in the outbox, see /dev/mail'
        : 'no SMTP configured (CIVIC_SMTP_URL): emails wait in the outbox and are not sent',
    );
  }
  app.addHook('onClose', async () => {
    if (cleanup) clearInterval(cleanup);
    ctx.live.close();
    ctx.campaignLive.close();
    await ctx.outbox.stop();
    if (ownsDatabase) await database.close();
  });
  return app;
}

function mailFrom(config: ServerConfig): string {
  return process.env.CIVIC_MAIL_FROM ?? `Petitions <no-reply@${new URL(config.publicUrl).hostname}>`;
}

/** Deletes expired idempotency keys, tokens and old delivered mail; compacts old count history. */
async function runCleanup(ctx: AppContext): Promise<void> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  try {
    await purgeExpiredKeys(db, now);
    await purgeExpiredTokens(db, isoAt(now));
    await purgeSentMail(db, isoAt(now - SENT_MAIL_RETENTION_MS));
    await compactHistory(ctx.database, now);
  } catch (error) {
    ctx.log.warn({ err: error }, 'cleanup failed');
  }
}
