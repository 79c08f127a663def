import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';

/*
 * The package as an npm user gets it: `npm pack` (which runs `prepack`, the full build) from a
 * copy of this repository's files, then apps in a temp folder that install the tarball from the registry's view: a
 * Vite + TypeScript app, a React 19 app, a Preact app (type-checked), and two apps that import one
 * entry each, to see what their bundles contain. The apps live in test/package/fixtures/.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'civic-package-'));
const tarball = join(work, 'civic-widgets.tgz');

interface Result {
  code: number;
  output: string;
}

/** Runs a command; resolves with its exit code and its stdout and stderr together. */
function run(command: string, args: string[], cwd: string): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function mustRun(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  assert.equal(result.code, 0, `${command} ${args.join(' ')} failed:\n${result.output}`);
  return result.output;
}

const apps = join(work, 'apps');
const bin = (name: string) => join(apps, 'node_modules', '.bin', name);
const rootBin = (name: string) => join(root, 'node_modules', '.bin', name);

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    statSync(join(dir, f)).isFile(),
  );
}

/** The JavaScript a built app ships, all chunks together. */
const builtScript = (app: string) => {
  const dist = join(apps, app, 'dist');
  return filesUnder(dist)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dist, f), 'utf8'))
    .join('\n');
};

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serves the built apps; `/api/…` answers 503, as a backend that is down. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path.startsWith('/api/')) {
      response.writeHead(503, { 'content-type': 'application/problem+json' });
      response.end(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503 }));
      return;
    }
    const file = join(apps, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(apps)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the npm package', { timeout: 600_000 }, () => {
  let files: string[] = [];

  before(async () => {
    // `npm pack` runs `prepack` (npm run build), in a copy of the repository's files as a clean
    // clone has them: building in place would replace dist/ under the tests that serve it.
    const clone = join(work, 'clone');
    for (const file of (await mustRun('git', ['ls-files', '-z'], root)).split('\0').filter(Boolean)) {
      if (existsSync(join(root, file))) cpSync(join(root, file), join(clone, file), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
    const packs = join(work, 'pack');
    mkdirSync(packs);
    await mustRun('npm', ['pack', '--pack-destination', packs], clone);
    const [name] = readdirSync(packs).filter((f) => f.endsWith('.tgz'));
    assert.ok(name, 'npm pack wrote a tarball');
    cpSync(join(packs, name), tarball);
    files = (await mustRun('tar', ['-tzf', tarball], work))
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
    cpSync(fixtures, apps, { recursive: true });
    cpSync(tarball, join(apps, 'civic-widgets.tgz'));
    await mustRun(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
      apps,
    );
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('ships dist/npm (JavaScript and types), the manifest and the generated integrations', () => {
    for (const file of [
      'package.json',
      'custom-elements.json',
      'dist/npm/index.js',
      'dist/npm/index.d.ts',
      'dist/npm/components/petition-card/petition-card.js',
      'dist/npm/components/petition-card/petition-card.d.ts',
      'dist/npm/client/index.js',
      'dist/npm/protocol/index.d.ts',
      'dist/types/index.d.ts',
      'dist/types/petition-card.d.ts',
      'dist/types/bundle.d.ts',
      'dist/types/jsx/civic-petition-card.d.ts',
      'dist/integrations/vscode.html-custom-data.json',
      'dist/integrations/web-types.json',
      'dist/cdn/civic-widgets.js',
      'dist/cdn/civic-widgets.all.js',
    ]) {
      assert.ok(files.includes(file), `the tarball has ${file}`);
    }
    assert.ok(!files.some((f) => f.startsWith('src/') || f.startsWith('test/')), 'no sources or tests');
  });

  it('passes publint --strict', async () => {
    const output = await mustRun(rootBin('publint'), ['run', tarball, '--strict'], root);
    assert.match(output, /All good!/);
  });

  it('passes @arethetypeswrong/cli with the esm-only profile', async () => {
    // The same check as `attw --pack --profile esm-only`, on the tarball already packed.
    await mustRun(rootBin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'], root);
  });

  it('type-checks a Vite + TypeScript app, and a React 19 app and a Preact app (skipLibCheck false)', async () => {
    const results = await Promise.all(
      ['vanilla', 'react', 'preact'].map((app) => run(bin('tsc'), ['-p', join(app, 'tsconfig.json')], apps)),
    );
    for (const [index, result] of results.entries()) {
      assert.equal(result.code, 0, `tsc (${['vanilla', 'react', 'preact'][index]}):\n${result.output}`);
    }
  });

  describe('built with Vite', () => {
    before(async () => {
      for (const app of ['vanilla', 'react', 'funding-only', 'client-only']) {
        // Relative asset URLs: the test server serves each app from /<app>/dist/.
        await mustRun(bin('vite'), ['build', app, '--base', './', '--logLevel', 'warn'], apps);
      }
    });

    it('renders a petition card in Chromium, from the TypeScript app and from the React app', async () => {
      const { findChromium } = (await import(
        new URL('../../scripts/find-chromium.mjs', import.meta.url).href
      )) as {
        findChromium: () => string | undefined;
      };
      const executablePath = findChromium();
      assert.ok(executablePath, 'Chromium is installed (node scripts/find-chromium.mjs --install)');
      const server = await serve();
      const browser = await chromium.launch({ executablePath });
      try {
        const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
        for (const app of ['vanilla', 'react']) {
          const page = await browser.newPage();
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          await page.goto(`${origin}/${app}/dist/index.html?api=${encodeURIComponent(`${origin}/api`)}`);
          // Upgraded: the element has its shadow root and draws in it; the backend is down, so the
          // card reports the failed load (to the React app through its `oncivic-load-error` prop).
          await page.waitForFunction(() => {
            const card = document.querySelector('civic-petition-card');
            return (
              customElements.get('civic-petition-card') !== undefined &&
              Boolean(card?.shadowRoot?.querySelector('*'))
            );
          });
          await page.waitForFunction(() => document.querySelector('[data-load-error]') !== null, undefined, {
            timeout: 10_000,
          });
          assert.deepEqual(errors, [], `${app}: no page errors`);
          await page.close();
        }
      } finally {
        await browser.close();
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('bundles only <civic-funding-progress> for an app that imports civic-widgets/funding-progress', () => {
      const script = builtScript('funding-only');
      assert.match(script, /civic-funding-progress/);
      for (const tag of [
        'civic-idea-board',
        'civic-petition-card',
        'civic-signature-form',
        'civic-expert-leaderboard',
      ]) {
        assert.doesNotMatch(script, new RegExp(tag), `no ${tag} code`);
      }
    });

    it('bundles no element for an app that imports createClient from civic-widgets/client', () => {
      const script = builtScript('client-only');
      assert.doesNotMatch(
        script,
        /customElements|civic-(petition-card|funding-progress|idea-board|provider)/,
      );
      assert.doesNotMatch(script, /\blit-html\b|LitElement/, 'no Lit');
    });
  });
});
