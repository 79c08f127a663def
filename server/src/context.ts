import type { FastifyBaseLogger } from 'fastify';
import type { CampaignCache, CampaignLookup } from './campaigns/cache.js';
import type { Clock } from './clock.js';
import type { ServerConfig } from './config.js';
import type { Database } from './db/kysely.js';
import type { OutboxWorker } from './email/outbox-worker.js';
import type { LiveBroadcaster } from './http/live-broadcaster.js';
import type { CountCache, CountLookup } from './petitions/count-cache.js';
import type { PetitionCache } from './petitions/petition-cache.js';
import type { TokenVerifier } from './security/jwt.js';

/** What route handlers and services share: one per app. */
export interface AppContext {
  readonly config: ServerConfig;
  readonly database: Database;
  readonly clock: Clock;
  readonly counts: CountCache;
  readonly petitions: PetitionCache;
  readonly live: LiveBroadcaster<CountLookup>;
  readonly campaigns: CampaignCache;
  readonly campaignLive: LiveBroadcaster<CampaignLookup>;
  /** Milliseconds between keep-alive comments on event streams. */
  readonly ssePingMs: number;
  readonly outbox: OutboxWorker;
  readonly verifier: TokenVerifier | undefined;
  readonly log: FastifyBaseLogger;
  /** Base URL for links in emails; follows the listening address unless configured. */
  publicUrl: string;
  /** Origins allowed to write (the configured ones, plus the server's own in demo mode). */
  allowedOrigins: string[];
}
