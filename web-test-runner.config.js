// @web/test-runner: every test/**/*.test.ts (except Node and end-to-end tests) in headless Chromium.
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { requireChromium } from './scripts/find-chromium.mjs';
import { cspMiddleware } from './test/csp/csp-middleware.mjs';
import { forcedColorsPlugin } from './test/forced-colors/forced-colors-plugin.mjs';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Test pages run two at a time; the one in the background must keep real timers and frames.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Serves the msw worker from `public/` at the site root, so its scope covers every test page. */
function mswWorkerMiddleware(context, next) {
  if (context.path === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
  return next();
}

function countResults(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countResults(child, counts);
}

/**
 * Writes `{passed, failed, skipped, files}` to the file named by CIVIC_WTR_SUMMARY, for scripts/test.mjs.
 * A test file that fails without reporting a failed test (syntax error, failed import, timeout) counts
 * as one failure, so a broken file can never read as "0 failed".
 */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const target = process.env.CIVIC_WTR_SUMMARY;
      if (!target) return;
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, interrupted: [] };
      for (const session of sessions) {
        // The runner itself aborted the page (it initialised twice) before its tests reported:
        // listed apart so scripts/test.mjs can run that file again, never counted as passed.
        const errors = session.errors ?? [];
        if (
          !session.passed &&
          errors.length > 0 &&
          errors.every((e) => /^Tests were interrupted/.test(e.message))
        ) {
          const own = { passed: 0, failed: 0, skipped: 0 };
          countResults(session.testResults, own);
          if (own.failed === 0) {
            counts.interrupted.push(session.testFile);
            continue;
          }
        }
        const failedBefore = counts.failed;
        countResults(session.testResults, counts);
        if (!session.passed && counts.failed === failedBefore) counts.failed += 1;
      }
      writeFileSync(target, JSON.stringify(counts));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  // One page at a time: a second page is a background tab without animation frames or resize
  // observations, where the idea board's virtualized list is never laid out. (No slower on 2 cores.)
  concurrency: 1,
  concurrentBrowsers: 1,
  browserLogs: true,
  // Lit announces its development build once per page; that is expected in tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
  // A file's whole run: the stories audit renders and audits every story in two themes (~75 s on
  // an idle machine, up to ~170 s on a loaded one), past the runner's 120 s default.
  testsFinishTimeout: 300_000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: requireChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  middleware: [mswWorkerMiddleware, cspMiddleware],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), forcedColorsPlugin()],
  reporters: [defaultReporter(), countingReporter()],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>civic-widgets test</title>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
