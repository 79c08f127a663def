#!/usr/bin/env node
// `npm test`: typecheck → lint → Node tests → Chromium tests, failing fast.
// Ends with one line, `N passed, N failed`, summed over the Node and browser tests.
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

const totals = { passed: 0, failed: 0 };

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
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(1);
}

/** Every `*.node.test.ts` under test/, sorted (Node 20's --test takes no globs). */
function findNodeTests(dir = join(root, 'test')) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
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
  return { passed, failed, cancelled: count('cancelled') ?? 0, skipped: (count('skipped') ?? 0) + (count('todo') ?? 0) };
}

function addCounts(label, { passed, failed, skipped = 0, cancelled = 0 }) {
  // Skipped, todo and cancelled tests count as failures: the suite must not pass by not running.
  const notRun = skipped + cancelled;
  totals.passed += passed;
  totals.failed += failed + notRun;
  const extra = notRun ? ` (+${notRun} skipped/cancelled, counted as failed)` : '';
  console.log(`${label}: ${passed} passed, ${failed} failed${extra}`);
  return failed + notRun === 0;
}

async function main() {
  header('Typecheck (tsc --noEmit)');
  if (writeStoryList()) console.log('Updated test/stories/all-stories.generated.ts (stories/ changed).');
  if ((await run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])) !== 0) stop('typecheck');

  header('Lint (eslint + prettier --check)');
  if ((await run(bin('eslint'), ['.'])) !== 0) stop('eslint');
  if ((await run(bin('prettier'), ['--check', '.', '--log-level', 'warn'])) !== 0) stop('prettier');

  header('Node tests (node --test)');
  const nodeTests = findNodeTests();
  if (nodeTests.length === 0) {
    console.error('No test/**/*.node.test.ts files found.');
    stop('Node tests');
  }
  const tapFile = join(scratch, 'node.tap');
  const nodeCode = await run(process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...nodeTests,
  ]);
  let nodeOk;
  try {
    nodeOk = addCounts('Node tests', parseTapSummary(readFileSync(tapFile, 'utf8')));
  } catch (error) {
    console.error(`Cannot count the Node tests: ${error instanceof Error ? error.message : error}`);
    stop('Node tests');
  }
  if (nodeCode !== 0 || !nodeOk) stop('Node tests');

  header('Browser tests (web-test-runner, Chromium)');
  if ((await run(process.execPath, [join(root, 'scripts', 'find-chromium.mjs'), '--install'])) !== 0) {
    stop('finding Chromium');
  }
  const summaryFile = join(scratch, 'wtr.json');
  const wtrCode = await run(bin('web-test-runner'), ['--static-logging'], {
    env: { ...process.env, CIVIC_WTR_SUMMARY: summaryFile },
  });
  let browserOk;
  try {
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    if (!Number.isInteger(summary.passed) || !Number.isInteger(summary.failed)) throw new Error('bad summary');
    browserOk = addCounts(`Browser tests (${summary.files} files)`, summary);
  } catch (error) {
    console.error(`Cannot count the browser tests: ${error instanceof Error ? error.message : error}`);
    stop('browser tests');
  }
  if (wtrCode !== 0 || !browserOk) stop('browser tests');

  console.log(`\n✓ typecheck, lint, ${nodeTests.length} Node test files and the browser tests passed.`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
