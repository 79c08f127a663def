import type { FastifyInstance } from 'fastify';
import type { Feature } from '#protocol';
import type { AdminFile } from './admin/admin-file.js';
import { CAMPAIGN_ADMIN_FILE } from './campaigns/admin-file.js';
import { campaignsMigration } from './campaigns/migration.js';
import { campaignPageRoutes } from './campaigns/campaign-page-routes.js';
import { campaignRoutes } from './campaigns/routes.js';
import { webhookRoutes } from './campaigns/webhook-routes.js';
import type { AppContext } from './context.js';
import { contributionsMigration } from './contributions/migration.js';
import { inOrder } from './db/migrator.js';
import { countHistoryMigration } from './history/migration.js';
import { campaignHistoryRoutes, petitionHistoryRoutes } from './history/routes.js';
import type { NamedMigration } from './db/migrator.js';
import { outboxAddressKeyMigration, outboxMigration } from './email/outbox-migration.js';
import { idempotencyMigration } from './http/idempotency-migration.js';
import { BOARD_ADMIN_FILE } from './ideas/admin-file.js';
import { ideaReportsMigration, ideasMigration } from './ideas/migration.js';
import { boardPageRoutes } from './ideas/board-page-routes.js';
import { ideaRoutes } from './ideas/routes.js';
import { LEADERBOARD_ADMIN_FILE } from './leaderboards/admin-file.js';
import { leaderboardsMigration } from './leaderboards/migration.js';
import { leaderboardPageRoutes } from './leaderboards/leaderboard-page-routes.js';
import { leaderboardRoutes } from './leaderboards/routes.js';
import { PETITION_ADMIN_FILE } from './petitions/admin-file.js';
import { dataPackageRoutes } from './open-data/datapackage-routes.js';
import { exportRoutes } from './open-data/routes.js';
import { petitionsMigration } from './petitions/migration.js';
import { pageRoutes } from './petitions/page-routes.js';
import { petitionPageRoutes } from './petitions/petition-page-routes.js';
import { petitionRoutes } from './petitions/routes.js';
import { signatureRoutes } from './petitions/signature-routes.js';

/*
 * What this server is made of. Adding a feature: its folder under server/src/, one entry in
 * FEATURES and its migration in MIGRATIONS (plus its tables in db/schema.ts).
 */

/** Routes of one feature, registered as a Fastify plugin (its own scope). */
export type FeatureRoutes = (scope: FastifyInstance, options: { ctx: AppContext }) => Promise<void>;

export interface ServerFeature {
  /** What discovery advertises for it. */
  readonly flags: readonly Feature[];
  /** Its routes under the API base. */
  readonly apiRoutes: readonly FeatureRoutes[];
  /** Its routes outside the API base (HTML pages). */
  readonly pageRoutes?: readonly FeatureRoutes[];
  /** Its admin file: `npm run server -- load <command>` and the demo seed (none for exports). */
  readonly adminFile?: AdminFile;
}

/** Every feature, in the order routes are registered and demo data is seeded. */
export const FEATURES: readonly ServerFeature[] = [
  {
    flags: ['petitions', 'petitions.live', 'petitions.history'],
    apiRoutes: [petitionRoutes, signatureRoutes, petitionHistoryRoutes],
    pageRoutes: [pageRoutes, petitionPageRoutes],
    adminFile: PETITION_ADMIN_FILE,
  },
  {
    flags: ['ideas', 'ideas.downvotes'],
    apiRoutes: [ideaRoutes],
    pageRoutes: [boardPageRoutes],
    adminFile: BOARD_ADMIN_FILE,
  },
  {
    flags: ['campaigns', 'campaigns.live', 'campaigns.history'],
    apiRoutes: [campaignRoutes, webhookRoutes, campaignHistoryRoutes],
    pageRoutes: [campaignPageRoutes],
    adminFile: CAMPAIGN_ADMIN_FILE,
  },
  {
    flags: ['leaderboards'],
    apiRoutes: [leaderboardRoutes],
    pageRoutes: [leaderboardPageRoutes],
    adminFile: LEADERBOARD_ADMIN_FILE,
  },
  { flags: ['exports'], apiRoutes: [exportRoutes, dataPackageRoutes] },
];

/** Every schema migration, in the order they run. A name, once shipped, never changes. */
export const MIGRATIONS: readonly NamedMigration[] = [
  // The first release made the shared tables (idempotency keys, outbox) with the petitions'.
  { name: '0001_initial', migration: inOrder(petitionsMigration, idempotencyMigration, outboxMigration) },
  { name: '0002_contributions', migration: contributionsMigration },
  { name: '0003_ideas', migration: ideasMigration },
  { name: '0004_campaigns', migration: campaignsMigration },
  { name: '0005_leaderboards', migration: leaderboardsMigration },
  { name: '0006_outbox_address_key', migration: outboxAddressKeyMigration },
  { name: '0007_idea_reports', migration: ideaReportsMigration },
  { name: '0008_count_history', migration: countHistoryMigration },
];
