import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../../server/src/app.js';
import type { AppOptions } from '../../../server/src/app.js';
import type { Clock } from '../../../server/src/clock.js';
import { loadConfig } from '../../../server/src/config.js';
import type { ServerConfig } from '../../../server/src/config.js';
import type { AppContext } from '../../../server/src/context.js';
import type { PetitionDefinition } from '../../../server/src/petitions/petition.js';
import { upsertPetitions } from '../../../server/src/petitions/store.js';

/** A clock tests move by hand. */
export class TestClock implements Clock {
  #now: number;
  constructor(start = Date.parse('2025-06-01T12:00:00Z')) {
    this.#now = start;
  }
  now(): number {
    return this.#now;
  }
  advance(ms: number): void {
    this.#now += ms;
  }
}

/** A quiet demo-mode configuration for tests, rate limits off unless given. */
export function testConfig(db: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...loadConfig(['--db', db, '--port', '0', '--demo', '--rate-limit', 'off', '--log-level', 'silent'], {}),
    publicUrl: 'http://civic.test',
    publicUrlExplicit: true,
    ...overrides,
  };
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  close(): Promise<void>;
}

/** Builds an app on a database URL with petitions loaded and background jobs off. */
export async function testApp(
  db: string,
  options: { config?: Partial<ServerConfig>; petitions?: PetitionDefinition[]; clock?: TestClock } & Omit<
    AppOptions,
    'config' | 'clock'
  > = {},
): Promise<TestApp> {
  const clock = options.clock ?? new TestClock();
  const { config, petitions, ...rest } = options;
  const app = await buildApp({ backgroundJobs: false, ...rest, config: testConfig(db, config), clock });
  if (petitions?.length)
    await upsertPetitions(
      app.civic.database.db,
      app.civic.database.dialect,
      petitions,
      new Date(clock.now()).toISOString(),
    );
  return { app, ctx: app.civic, clock, close: () => app.close() };
}

/** Parses a JSON answer. */
export function json<T = unknown>(res: Pick<LightMyRequestResponse, 'body'>): T {
  return JSON.parse(res.body) as T;
}
