#!/usr/bin/env node
// `npm start`: the demo municipal site (demo/) on a Vite dev server, with the kit loaded from the
// CDN bundle exactly as a city embeds it, and the backend mocked by msw in the browser.
// Rebuilds the bundle first when it is missing or older than the sources. PORT=… to change the port.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { buildBundle } from './build.mjs';
import { BUNDLE_PATH } from './bundle-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

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
  return ['src', 'vite.config.ts', 'package-lock.json'].some((path) => newestMtime(path) > built);
}

/** Serves dist/cdn at /assets/, like a city's CDN or asset folder. */
function serveBundle() {
  return {
    name: 'civic-serve-bundle',
    configureServer(server) {
      server.middlewares.use('/assets', (req, res, next) => {
        const name = (req.url ?? '').split('?')[0].replace(/^\/+/, '');
        const file = join(root, 'dist/cdn', name);
        if (!/^civic-widgets\.js(\.map)?$/.test(name) || !existsSync(file)) return next();
        res.setHeader('Content-Type', name.endsWith('.map') ? 'application/json' : 'text/javascript');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
  };
}

if (bundleIsStale()) {
  console.log('The CDN bundle is missing or older than src/: building it…');
  buildBundle();
}

const server = await createServer({
  configFile: false,
  root: join(root, 'demo'),
  publicDir: join(root, 'public'),
  appType: 'mpa',
  server: { port: Number(process.env.PORT ?? 5173), fs: { allow: [root] } },
  plugins: [serveBundle()],
});
await server.listen();
console.log('\nDemo municipal site (mocked backend):');
server.printUrls();
console.log('  Without JavaScript: /no-js.html · Stop with Ctrl+C\n');
