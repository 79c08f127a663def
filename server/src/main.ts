/*
 * The reference server's command line:
 *   tsx server/src/main.ts [--port N] [--db URL] [--host H] [--demo] [--seed-demo] [--static DIR] …
 *   tsx server/src/main.ts load petitions FILE.json [--db URL]
 *   tsx server/src/main.ts load boards FILE.json [--db URL]
 *   tsx server/src/main.ts load campaigns|leaderboards FILE.json [--db URL]
 */
import process from 'node:process';
import { loadBoardFile } from './admin/load-boards.js';
import { loadCampaignFile } from './admin/load-campaigns.js';
import { loadLeaderboardFile } from './admin/load-leaderboards.js';
import { loadPetitionFile } from './admin/load-petitions.js';
import { isoAt } from './clock.js';
import { CONFIG_USAGE, ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/kysely.js';
import { migrate } from './db/migrations.js';
import { startServer } from './server.js';

const USAGE = `Usage:
  npm run server -- [options]                        start the server
  npm run server -- load petitions FILE.json [--db URL]   load petitions (upsert by id) and exit
  npm run server -- load boards FILE.json [--db URL]      load idea boards (upsert by id) and exit
  npm run server -- load campaigns FILE.json [--db URL]   load campaigns (upsert by id) and exit
  npm run server -- load leaderboards FILE.json [--db URL] load leaderboards (upsert by id) and exit

Options:
${CONFIG_USAGE}`;

async function loadCommand(args: string[]): Promise<number> {
  const [what, file, ...rest] = args;
  if (
    !(what === 'petitions' || what === 'boards' || what === 'campaigns' || what === 'leaderboards') ||
    !file
  ) {
    console.error(`load needs "petitions|boards|campaigns|leaderboards FILE.json"\n\n${USAGE}`);
    return 2;
  }
  const config = loadConfig(rest, process.env);
  const database = openDatabase(config.db);
  try {
    await migrate(database.db);
    if (what === 'boards') {
      const loaded = await loadBoardFile(database, file, isoAt(Date.now()));
      console.log(`Loaded ${loaded.boards} board(s) with ${loaded.ideas} idea(s) from ${file}.`);
      return 0;
    }
    if (what === 'campaigns' || what === 'leaderboards') {
      const load = what === 'campaigns' ? loadCampaignFile : loadLeaderboardFile;
      const loaded = await load(database, file, isoAt(Date.now()));
      console.log(`Loaded ${loaded} ${what === 'campaigns' ? 'campaign' : 'leaderboard'}(s) from ${file}.`);
      return 0;
    }
    const count = await loadPetitionFile(database, file, isoAt(Date.now()));
    console.log(`Loaded ${count} petition${count === 1 ? '' : 's'} from ${file}.`);
    return 0;
  } finally {
    await database.close();
  }
}

async function serveCommand(args: string[]): Promise<number> {
  const config = loadConfig(args, process.env);
  const server = await startServer(config);
  console.log(`civic-widgets reference server listening on ${server.url}`);
  console.log(`  API: ${server.apiUrl}`);
  if (config.demo) console.log(`  Demo outbox: ${server.url}/dev/mail`);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: closing…`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  return new Promise<number>(() => undefined);
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  try {
    return argv[0] === 'load' ? await loadCommand(argv.slice(1)) : await serveCommand(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
