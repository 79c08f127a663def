#!/usr/bin/env node
// `npm test`: typecheck → lint → Node tests → Chromium tests, failing fast.
// Ends with one line, `N passed, N failed`, summed over the Node and browser tests.
// `node scripts/test.mjs node browser` runs only the named steps (typecheck, lint, node, browser).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { writeStoryList } from './list-stories.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'civic-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const STEPS = ['typecheck', 'lint', 'node', 'browser'];
const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
for (const step of requested) {
  if (!STEPS.includes(step)) {
    console.error(`Unknown step "${step}"; steps are: ${STEPS.join(', ')}`);
    process.exit(2);
  }
}
const runs = (step) => requested.length === 0 || requested.includes(step);

const totals = { passed: 0, failed: 0 };
let testsRan = false;

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(error.message);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function header(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

function stop(step) {
  console.error(`\n✗ npm test stopped: ${step} failed.`);
  if (testsRan) console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(1);
}

/** Tests with their own step (`npm run test:multi-process`: PostgreSQL, nginx and several servers). */
const OWN_STEP = [join(root, 'test', 'server', 'multi-process')];

/** Every `*.node.test.ts` under test/ but OWN_STEP's, sorted (Node 20's --test takes no globs). */
function findNodeTests(dir = join(root, 'test')) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && OWN_STEP.includes(path)) continue;
    if (entry.isDirectory()) found.push(...findNodeTests(path));
    else if (entry.name.endsWith('.node.test.ts')) found.push(relative(root, path));
  }
  return found.sort();
}

/** Reads `# pass N` / `# fail N` … from a TAP summary; throws when the summary is missing. */
export function parseTapSummary(tap) {
  const count = (name) => {
    const match = tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'));
    return match ? Number(match[1]) : undefined;
  };
  const passed = count('pass');
  const failed = count('fail');
  if (passed === undefined || failed === undefined) {
    throw new Error('could not find the "# pass N" and "# fail N" lines in the Node test runner TAP output');
  }
  return {
    passed,
    failed,
    cancelled: count('cancelled') ?? 0,
    skipped: (count('skipped') ?? 0) + (count('todo') ?? 0),
  };
}

function addCounts(label, { passed, failed, skipped = 0, cancelled = 0 }) {
  testsRan = true;
  // Skipped, todo and cancelled tests count as failures: the suite must not pass by not running.
  const notRun = skipped + cancelled;
  totals.passed += passed;
  totals.failed += failed + notRun;
  const extra = notRun ? ` (+${notRun} skipped/cancelled, counted as failed)` : '';
  console.log(`${label}: ${passed} passed, ${failed} failed${extra}`);
  return failed + notRun === 0;
}

async function typecheck() {
  header('Typecheck (tsc --noEmit)');
  // Storybook's preview imports the generated manifest; a fresh clone does not have it yet.
  if ((await run(bin('cem'), ['analyze', '--quiet'])) !== 0) stop('custom-elements.json (cem analyze)');
  for (const project of ['tsconfig.json', 'server/tsconfig.json', '.storybook/tsconfig.json']) {
    if ((await run(bin('tsc'), ['--noEmit', '-p', project])) !== 0) stop(`typecheck (${project})`);
  }
}

async function lint() {
  header('Lint (eslint + prettier --check)');
  if ((await run(bin('eslint'), ['.'])) !== 0) stop('eslint');
  if ((await run(bin('prettier'), ['--check', '.', '--log-level', 'warn'])) !== 0) stop('prettier');
}

async function nodeTests() {
  header('Node tests (node --test)');
  const files = findNodeTests();
  if (files.length === 0) {
    console.error('No test/**/*.node.test.ts files found.');
    stop('Node tests');
  }
  const tapFile = join(scratch, 'node.tap');
  const code = await run(process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ]);
  let ok = false;
  try {
    ok = addCounts(`Node tests (${files.length} files)`, parseTapSummary(readFileSync(tapFile, 'utf8')));
  } catch (error) {
    console.error(`Cannot count the Node tests: ${error instanceof Error ? error.message : error}`);
  }
  if (code !== 0 || !ok) stop('Node tests');
}

function readBrowserSummary(summaryFile) {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  if (!Number.isInteger(summary.passed) || !Number.isInteger(summary.failed)) {
    throw new Error(`unexpected summary ${JSON.stringify(summary)}`);
  }
  return summary;
}

async function browserTests() {
  header('Browser tests (web-test-runner, Chromium)');
  if ((await run(process.execPath, [join(root, 'scripts', 'find-chromium.mjs'), '--install'])) !== 0) {
    stop('finding Chromium');
  }
  const summaryFile = join(scratch, 'wtr.json');
  let code = await run(bin('web-test-runner'), ['--static-logging'], {
    env: { ...process.env, CIVIC_WTR_SUMMARY: summaryFile },
  });
  let ok = false;
  try {
    const summary = readBrowserSummary(summaryFile);
    const interrupted = summary.interrupted ?? [];
    if (interrupted.length > 0 && summary.failed === 0) {
      // Not a test failure: the runner aborted these pages before their tests reported. Their
      // results were not counted; they run once more, and count only from that run.
      console.log(`\nThe runner interrupted ${interrupted.length} test file(s); running them again:`);
      for (const file of interrupted) console.log(`  ${file}`);
      const rerunFile = join(scratch, 'wtr-rerun.json');
      const files = interrupted.map((file) => relative(root, file));
      code = await run(bin('web-test-runner'), [...files, '--static-logging'], {
        env: { ...process.env, CIVIC_WTR_SUMMARY: rerunFile },
      });
      const rerun = readBrowserSummary(rerunFile);
      summary.passed += rerun.passed;
      summary.failed += rerun.failed + (rerun.interrupted ?? []).length;
      summary.skipped += rerun.skipped;
    } else if (interrupted.length > 0) {
      summary.failed += interrupted.length;
    }
    ok = addCounts(`Browser tests (${summary.files} files)`, summary);
  } catch (error) {
    console.error(`Cannot count the browser tests: ${error instanceof Error ? error.message : error}`);
  }
  if (code !== 0 || !ok) stop('browser tests');
}

async function main() {
  // The story test imports this generated list; refresh it before anything reads it.
  if (writeStoryList()) console.log('Updated test/stories/all-stories.generated.ts (stories/ changed).');
  if (runs('typecheck')) await typecheck();
  if (runs('lint')) await lint();
  if (runs('node')) await nodeTests();
  if (runs('browser')) await browserTests();
  console.log(
    `\n✓ ${requested.length ? requested.join(', ') : 'typecheck, lint, Node and browser tests'} passed.`,
  );
  if (testsRan) console.log(`${totals.passed} passed, ${totals.failed} failed`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
