#!/usr/bin/env node
// Finds a Chromium/Chrome executable for the browser tests, the demo and the benchmark.
// Usage: node scripts/find-chromium.mjs [--install]
//   prints the path; with --install, installs Debian's chromium via apt-get when missing
//   and this process runs as root; otherwise exits 1 with instructions.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HELP = `Chromium (or Google Chrome) was not found. Install it, or point CHROME_PATH at it:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium
                  (Ubuntu's "chromium-browser" package installs a snap: sudo snap install chromium)
  Fedora/RHEL:    sudo dnf install -y chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
  Any system:     export CHROME_PATH=/path/to/chrome`;

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Returns the first usable browser executable, or `undefined`. `CHROME_PATH` wins when set. */
export function findChromium(env = process.env) {
  if (env.CHROME_PATH) {
    if (isExecutable(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to "${env.CHROME_PATH}", which is not an executable file.`);
  }
  return CHROMIUM_CANDIDATES.find(isExecutable);
}

/**
 * Headless-only builds of Chromium (Debian's `chromium-headless-shell`, the browser Playwright runs
 * headless by default): the same Blink and V8 without the browser's own interface.
 */
export const HEADLESS_SHELL_CANDIDATES = ['/usr/bin/chromium-headless-shell'];

/**
 * The browser for measuring a page's own cost: `CHROME_PATH` when set, else a headless shell, else
 * any Chromium. The full browser renders its tab strip and toolbar in a renderer of their own, which
 * on a two-core machine competes with the page measured.
 */
export function findHeadlessChromium(env = process.env) {
  if (env.CHROME_PATH) return findChromium(env);
  return HEADLESS_SHELL_CANDIDATES.find(isExecutable) ?? findChromium(env);
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Installs one of Debian's Chromium packages (`chromium` unless `pkg` says otherwise) with apt-get
 * when running as root; returns whether it tried.
 */
export function installChromium({ log = console.error, pkg = 'chromium' } = {}) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get')) return false;
  log(`${pkg} not found: installing it with apt-get (this takes a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', pkg]]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.status !== 0) {
      log(`apt-get ${args.join(' ')} failed with exit code ${result.status}.`);
      return true;
    }
  }
  return true;
}

/** Finds the browser, installing it first when allowed; throws with instructions when impossible. */
export function requireChromium({ install = false } = {}) {
  let path = findChromium();
  if (!path && install && installChromium()) path = findChromium();
  if (!path) throw new Error(INSTALL_HELP);
  return path;
}

/**
 * The browser for measuring a page's own cost (`findHeadlessChromium`), installing Debian's
 * `chromium-headless-shell` first when allowed and no browser was chosen with `CHROME_PATH`.
 */
export function requireHeadlessChromium({ install = false } = {}) {
  if (install && !process.env.CHROME_PATH && !HEADLESS_SHELL_CANDIDATES.some(isExecutable)) {
    installChromium({ pkg: 'chromium-headless-shell' });
  }
  const path = findHeadlessChromium();
  if (!path) throw new Error(INSTALL_HELP);
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(requireChromium({ install: process.argv.includes('--install') }));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
