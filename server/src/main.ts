/*
 * The reference server's command line:
 *   tsx server/src/main.ts [--port N] [--db URL] [--host H] [--demo] [--seed-demo] [--static DIR] …
 *   tsx server/src/main.ts load petitions FILE.json [--db URL]
 *   tsx server/src/main.ts load boards FILE.json [--db URL]
 *   tsx server/src/main.ts load campaigns|leaderboards FILE.json [--db URL]
 */
import process from 'node:process';
import { isoAt } from './clock.js';
import { CONFIG_USAGE, ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/kysely.js';
import { migrate } from './db/migrator.js';
import { FEATURES, MIGRATIONS } from './features.js';
import { startServer } from './server.js';

const ADMIN_FILES = FEATURES.flatMap((feature) => feature.adminFile ?? []);

const LOAD_USAGE = ADMIN_FILES.map(
  ({ command, usage }) => `${`  npm run server -- load ${command} FILE.json [--db URL]`.padEnd(57)} ${usage}`,
);

const USAGE = `Usage:
  npm run server -- [options]                        start the server
${LOAD_USAGE.join('\n')}

Options:
${CONFIG_USAGE}`;

async function loadCommand(args: string[]): Promise<number> {
  const [what, file, ...rest] = args;
  const adminFile = ADMIN_FILES.find((candidate) => candidate.command === what);
  if (!adminFile || !file) {
    const commands = ADMIN_FILES.map((candidate) => candidate.command).join('|');
    console.error(`load needs "${commands} FILE.json"\n\n${USAGE}`);
    return 2;
  }
  const config = loadConfig(rest, process.env);
  const database = openDatabase(config.db);
  try {
    await migrate(database.db, MIGRATIONS);
    const loaded = await adminFile.load(database, file, isoAt(Date.now())).catch((error: unknown) => {
      // Name the file: a refusal names only the field.
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    });
    console.log(loaded);
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
