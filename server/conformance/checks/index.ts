import type { Check } from '../harness.js';
import { authChecks } from './auth.js';
import { campaignChecks } from './campaigns.js';
import { dataPackageChecks } from './datapackage.js';
import { discoveryChecks } from './discovery.js';
import { errorChecks } from './errors.js';
import { exportChecks } from './exports.js';
import { historyChecks } from './history.js';
import { ideaChecks } from './ideas.js';
import { leaderboardChecks } from './leaderboards.js';
import { liveChecks } from './live.js';
import { originChecks } from './origins.js';
import { petitionChecks } from './petitions.js';
import { signatureChecks } from './signatures.js';

/** Every check, in report order. */
export const ALL_CHECKS: readonly Check[] = [
  ...discoveryChecks,
  ...errorChecks,
  ...petitionChecks,
  ...signatureChecks,
  ...originChecks,
  ...liveChecks,
  ...authChecks,
  ...ideaChecks,
  ...campaignChecks,
  ...historyChecks,
  ...leaderboardChecks,
  ...exportChecks,
  ...dataPackageChecks,
];
