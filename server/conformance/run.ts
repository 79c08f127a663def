/*
 * `npm run conformance -- --base-url URL`: checks a backend against wire protocol v1 over HTTP and
 * prints one line per check. Exits 0 only when no check failed (skipped checks do not fail a run),
 * 1 when one did, 2 on wrong usage.
 */
import process from 'node:process';
import { parseArgs } from 'node:util';
import { ALL_CHECKS } from './checks/index.js';
import { formatTable, runSuite } from './runner.js';

const USAGE = `Usage: npm run conformance -- --base-url URL [options]

  --base-url URL       API base, e.g. http://127.0.0.1:8080/api/v1 (required)
  --origin ORIGIN      Origin sent for the CORS checks (default http://localhost:5173)
  --petition ID        an open petition to sign (default: the first suitable open one)
  --board ID           an idea board to check (ideas checks are skipped without it)
  --campaign ID        a campaign to check (campaign checks are skipped without it)
  --leaderboard ID     a leaderboard to check (leaderboard checks are skipped without it)
  --token TOKEN        a participant's bearer token, for writes that need sign-in
  --only LIST          comma-separated check ids, id prefixes or areas to run
  --timeout SECONDS    time limit of each request and stream read (default 10)
  --json               print the report as JSON instead of a table
  --help               show this help`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      options: {
        'base-url': { type: 'string' },
        origin: { type: 'string', default: 'http://localhost:5173' },
        petition: { type: 'string' },
        board: { type: 'string' },
        campaign: { type: 'string' },
        leaderboard: { type: 'string' },
        token: { type: 'string' },
        only: { type: 'string' },
        timeout: { type: 'string', default: '10' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    usageError((error as Error).message);
  }
}

const args = parse();
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const baseUrl = args['base-url'];
if (!baseUrl || !/^https?:\/\/[^/]/.test(baseUrl)) usageError('--base-url needs an absolute http(s) URL');
let origin: string;
try {
  origin = new URL(args.origin).origin;
} catch {
  usageError('--origin needs an origin such as http://localhost:5173');
}
const timeoutSeconds = Number(args.timeout);
if (!(timeoutSeconds > 0)) usageError('--timeout needs a positive number of seconds');

const only = args.only
  ?.split(',')
  .map((item) => item.trim())
  .filter(Boolean);
const checks = only
  ? ALL_CHECKS.filter((check) =>
      only.some((item) => check.area === item || check.id === item || check.id.startsWith(`${item}.`)),
    )
  : ALL_CHECKS;
if (checks.length === 0) usageError(`--only ${args.only} matches no check`);

if (!args.json) console.error(`Running ${checks.length} checks against ${baseUrl} …`);
const report = await runSuite({
  baseUrl,
  origin,
  petitionId: args.petition,
  boardId: args.board,
  campaignId: args.campaign,
  leaderboardId: args.leaderboard,
  token: args.token,
  timeoutMs: Math.round(timeoutSeconds * 1000),
  checks,
});
console.log(args.json ? JSON.stringify(report, null, 2) : formatTable(report));
process.exitCode = report.summary.failed === 0 ? 0 : 1;
