#!/usr/bin/env node
// `npm start`: the demo municipal site (demo/) served by the reference server, which also serves the
// kit's CDN bundle at /assets/ and the API at /api/v1 — one origin, as a city would deploy it.
// Builds the bundle first when it is missing or older than the sources; keeps its data in
// ./data/civic.db and loads the demo city's petitions on the first run.
// PORT=… to change the port; CIVIC_LOG_LEVEL=info to see each request.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildBundle } from './build.mjs';
import { BUNDLE_PATH } from './bundle-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

const LISTENING = 'civic-widgets reference server listening on ';
const DB_FILE = './data/civic.db';

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function bundleIsStale() {
  if (!existsSync(BUNDLE_PATH)) return true;
  const built = statSync(BUNDLE_PATH).mtimeMs;
  return ['src', 'scripts/cdn-build.mjs', 'package-lock.json'].some((path) => newestMtime(path) > built);
}

if (bundleIsStale()) {
  console.log('The CDN bundle is missing or older than src/: building it…');
  buildBundle();
}

const firstRun = !existsSync(DB_FILE);
const server = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    'server/src/main.ts',
    '--db',
    `sqlite:${DB_FILE}`,
    '--seed-demo',
    '--demo',
    '--port',
    process.env.PORT ?? '8080',
    '--static',
    'demo',
    '--static',
    '/assets/=dist/cdn',
  ],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, CIVIC_LOG_LEVEL: process.env.CIVIC_LOG_LEVEL ?? 'warn' },
  },
);

createInterface({ input: server.stdout }).on('line', (line) => {
  // The summary below repeats the server's own address lines in a fuller form.
  if (/^\s+(API|Demo outbox):/.test(line)) return;
  console.log(line);
  if (!line.startsWith(LISTENING)) return;
  const origin = line.slice(LISTENING.length).trim().replace(/\/+$/, '');
  console.log(`
Demo municipal site   ${origin}/
Demo mailbox          ${origin}/dev/mail   (confirmation emails land here)
Without JavaScript    ${origin}/no-js.html
API                   ${origin}/api/v1/

Data: ${DB_FILE}${firstRun ? " (new, with the demo city's petitions)" : ''} — delete it to start again from the demo data.
Stop with Ctrl+C.
`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('error', (error) => {
  console.error(`Could not start the reference server: ${error.message}`);
  process.exit(1);
});
server.on('exit', (code, signal) => {
  process.exit(signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : (code ?? 1));
});
