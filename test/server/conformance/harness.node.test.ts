import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ALL_CHECKS } from '../../../server/conformance/checks/index.js';
import { FAKE_IDS, FAKE_TOKEN, startFakeBackend } from './fake-backend.js';
import type { FakeBackend, FakeBackendOptions } from './fake-backend.js';
import { parseEventStream } from '../../../server/conformance/event-stream.js';
import { containsStackTrace } from '../../../server/conformance/expect.js';
import { formatTable, runSuite } from '../../../server/conformance/runner.js';
import type { CheckResult, SuiteReport } from '../../../server/conformance/runner.js';

/*
 * The suite tested against an in-process fake backend: a conformant fake passes, and fakes with
 * one defect each make exactly the checks about that defect fail, which shows the checks can fail.
 */

const ORIGIN = 'http://localhost:5173';
const ALL_FEATURES = [
  'petitions',
  'petitions.live',
  'petitions.history',
  'ideas',
  'campaigns',
  'campaigns.live',
  'campaigns.history',
  'leaderboards',
  'exports',
];
const FULL_OPTIONS = {
  boardId: FAKE_IDS.board,
  campaignId: FAKE_IDS.campaign,
  leaderboardId: FAKE_IDS.leaderboard,
  token: FAKE_TOKEN,
};

async function runAgainst(
  fakeOptions: FakeBackendOptions,
  suiteOptions: Partial<typeof FULL_OPTIONS> = {},
): Promise<SuiteReport> {
  const fake = await startFakeBackend(fakeOptions);
  try {
    return await runSuite({ baseUrl: fake.baseUrl, origin: ORIGIN, timeoutMs: 5000, ...suiteOptions });
  } finally {
    await fake.close();
  }
}

function result(report: SuiteReport, id: string): CheckResult {
  const found = report.results.find((candidate) => candidate.id === id);
  assert.ok(found, `no result for ${id}`);
  return found;
}

function idsWith(report: SuiteReport, outcome: CheckResult['outcome']): string[] {
  return report.results.filter((candidate) => candidate.outcome === outcome).map((candidate) => candidate.id);
}

describe('conformance suite', () => {
  describe('against a conformant backend with petitions and live counts', () => {
    let report: SuiteReport;
    before(async () => {
      report = await runAgainst({ features: ['petitions', 'petitions.live'] });
    });

    it('reports no failure', () => {
      assert.deepEqual(idsWith(report, 'FAIL'), []);
    });

    it('passes the discovery, errors, petitions, signatures and live checks', () => {
      assert.ok(report.summary.passed >= 35, `only ${report.summary.passed} checks passed`);
      for (const id of [
        'discovery.get',
        'discovery.preflight-write',
        'errors.unknown-route',
        'errors.body-too-large',
        'errors.no-stack-traces',
        'petitions.pagination',
        'petitions.count-conditional',
        'petitions.count-matches',
        'signatures.replay',
        'signatures.key-reused',
        'signatures.missing-key',
        'live.petition-events',
      ]) {
        assert.equal(result(report, id).outcome, 'PASS', `${id}: ${result(report, id).note}`);
      }
    });

    it('skips, and never passes, the checks of features the backend does not announce', () => {
      for (const check of report.results.filter((candidate) =>
        ['ideas', 'campaigns', 'leaderboards', 'exports'].includes(candidate.area),
      )) {
        assert.equal(check.outcome, 'SKIP', check.id);
        assert.match(check.note, /not announced/, check.id);
      }
      assert.equal(result(report, 'live.campaign-events').outcome, 'SKIP');
    });

    it('runs every check once and counts each outcome in the summary', () => {
      assert.equal(report.results.length, ALL_CHECKS.length);
      const { passed, failed, skipped } = report.summary;
      assert.equal(passed + failed + skipped, ALL_CHECKS.length);
      assert.equal(skipped, idsWith(report, 'SKIP').length);
    });
  });

  describe('against a conformant backend with every feature, test data and a token', () => {
    it('passes every check', async () => {
      const report = await runAgainst({ features: ALL_FEATURES }, FULL_OPTIONS);
      const notPassed = report.results.filter((candidate) => candidate.outcome !== 'PASS');
      assert.deepEqual(
        notPassed.map((candidate) => `${candidate.id} ${candidate.outcome}: ${candidate.note}`),
        [],
      );
    });

    it('skips the board, campaign and leaderboard checks when no ids are given', async () => {
      const report = await runAgainst({ features: ALL_FEATURES });
      assert.deepEqual(idsWith(report, 'FAIL'), []);
      assert.equal(result(report, 'ideas.board').outcome, 'SKIP');
      assert.match(result(report, 'ideas.board').note, /--board/);
      assert.equal(result(report, 'campaigns.totals').outcome, 'SKIP');
      assert.equal(result(report, 'leaderboards.periods').outcome, 'SKIP');
      // Unknown ids need no test data, so those checks still run.
      assert.equal(result(report, 'ideas.not-found').outcome, 'PASS');
      assert.equal(result(report, 'campaigns.not-found').outcome, 'PASS');
    });

    it('skips the checks that need sign-in when no token is given', async () => {
      const { token: _token, ...withoutToken } = FULL_OPTIONS;
      const report = await runAgainst({ features: ALL_FEATURES }, withoutToken);
      assert.deepEqual(idsWith(report, 'FAIL'), []);
      for (const id of ['ideas.vote', 'ideas.create', 'ideas.flag', 'ideas.private-cache']) {
        assert.equal(result(report, id).outcome, 'SKIP', id);
        assert.match(result(report, id).note, /--token/, id);
      }
    });
  });

  describe('when the backend serves an endpoint it does not announce', () => {
    it('skips the event stream check instead of passing it', async () => {
      // The fake answers /petitions/{id}/events whatever it announces.
      const report = await runAgainst({ features: ['petitions'] });
      const live = result(report, 'live.petition-events');
      assert.equal(live.outcome, 'SKIP');
      assert.match(live.note, /petitions\.live/);
      assert.deepEqual(idsWith(report, 'FAIL'), []);
    });
  });

  describe('when discovery is not valid', () => {
    it('fails discovery and skips every check that depends on announced features', async () => {
      const report = await runAgainst({ protocolVersion: '2' });
      assert.equal(result(report, 'discovery.get').outcome, 'FAIL');
      assert.match(result(report, 'discovery.get').note, /protocolVersion/);
      for (const check of ALL_CHECKS.filter((candidate) => candidate.endpoints || candidate.feature)) {
        assert.equal(result(report, check.id).outcome, 'SKIP', check.id);
      }
    });
  });

  describe('a write from an origin the backend does not allow', () => {
    it('passes when the backend refuses it readably and leaves its key unused', async () => {
      const report = await runAgainst({ foreignWrites: { allowed: ORIGIN, answer: 'refuse' } });
      assert.deepEqual(idsWith(report, 'FAIL'), []);
      assert.equal(result(report, 'signatures.foreign-origin').outcome, 'PASS');
      assert.match(result(report, 'signatures.foreign-origin').note, /refused readably/);
    });

    it('passes when the backend takes writes from any origin, readably', async () => {
      const report = await runAgainst({});
      assert.equal(result(report, 'signatures.foreign-origin').outcome, 'PASS');
      assert.match(result(report, 'signatures.foreign-origin').note, /takes writes from any origin/);
    });
  });

  describe('reports FAIL for a backend that', () => {
    it('sends errors as application/json instead of application/problem+json', async () => {
      const report = await runAgainst({ errorMediaType: 'application/json' });
      for (const id of [
        'errors.unknown-route',
        'errors.malformed-json',
        'errors.content-type-text',
        'errors.body-too-large',
        'errors.validation',
        'petitions.not-found',
        'signatures.key-reused',
        'signatures.confirm-invalid-token',
      ]) {
        assert.equal(result(report, id).outcome, 'FAIL', id);
        assert.match(result(report, id).note, /application\/problem\+json/, id);
      }
      assert.equal(result(report, 'petitions.list').outcome, 'PASS');
    });

    it('sends no ETag', async () => {
      const report = await runAgainst({ withoutEtags: true });
      assert.deepEqual(idsWith(report, 'FAIL').sort(), [
        'petitions.count-cache',
        'petitions.count-conditional',
        'petitions.get-conditional',
      ]);
      assert.match(result(report, 'petitions.count-conditional').note, /ETag/);
    });

    it('leaks stack traces in problem details', async () => {
      const report = await runAgainst({ leakStackTraces: true });
      assert.equal(result(report, 'errors.no-stack-traces').outcome, 'FAIL');
      assert.match(result(report, 'errors.no-stack-traces').note, /stack traces in/);
      assert.equal(result(report, 'errors.malformed-json').outcome, 'FAIL');
      assert.match(result(report, 'errors.malformed-json').note, /stack trace/);
    });

    it('starts a history point inside its hour', async () => {
      const report = await runAgainst({ features: ALL_FEATURES, misalignedHistory: true }, FULL_OPTIONS);
      assert.deepEqual(idsWith(report, 'FAIL'), ['history.petition']);
      assert.match(result(report, 'history.petition').note, /does not start a UTC hour/);
    });

    it('renames an export column', async () => {
      const report = await runAgainst(
        { features: ALL_FEATURES, exportDefect: 'renamed-column' },
        FULL_OPTIONS,
      );
      assert.deepEqual(idsWith(report, 'FAIL'), [
        'exports.csv',
        'exports.json',
        'exports.filter',
        'exports.datapackage',
      ]);
      assert.match(result(report, 'exports.csv').note, /header "petition_idx,/);
      assert.match(result(report, 'exports.json').note, /has keys "petition_idx,/);
      assert.match(
        result(report, 'exports.datapackage').note,
        /header "petition_idx,.*is not the data package's fields/,
      );
    });

    it('describes fewer fields in its data package than its CSV holds', async () => {
      const report = await runAgainst(
        { features: ALL_FEATURES, dataPackageDefect: 'stale-fields' },
        FULL_OPTIONS,
      );
      assert.deepEqual(idsWith(report, 'FAIL'), ['exports.datapackage']);
      assert.match(result(report, 'exports.datapackage').note, /ideas declares "idea_id:string,/);
    });

    it('takes an export parameter it does not know', async () => {
      const report = await runAgainst(
        { features: ALL_FEATURES, exportDefect: 'unknown-parameter-taken' },
        FULL_OPTIONS,
      );
      assert.deepEqual(idsWith(report, 'FAIL'), ['exports.bad-query']);
      assert.match(result(report, 'exports.bad-query').note, /expected HTTP 400, got 200/);
    });

    it('lets only private caches keep its exports', async () => {
      const report = await runAgainst(
        { features: ALL_FEATURES, exportDefect: 'private-cache' },
        FULL_OPTIONS,
      );
      assert.deepEqual(idsWith(report, 'FAIL'), ['exports.csv', 'exports.json', 'exports.filter']);
      assert.match(result(report, 'exports.csv').note, /should be public with a max-age/);
    });

    it('serves a count that disagrees with the petition', async () => {
      const report = await runAgainst({ countOffset: 1 });
      assert.deepEqual(idsWith(report, 'FAIL'), ['petitions.count-matches']);
      assert.match(result(report, 'petitions.count-matches').note, /count says 121\+3/);
    });

    it('ignores Idempotency-Key', async () => {
      const report = await runAgainst({ withoutIdempotency: true });
      assert.deepEqual(idsWith(report, 'FAIL'), ['signatures.key-reused', 'signatures.key-scope']);
      assert.match(result(report, 'signatures.key-reused').note, /expected HTTP 422, got 202/);
    });

    it('scopes Idempotency-Keys by the raw path', async () => {
      const report = await runAgainst({ scopeKeysByRawPath: true });
      assert.deepEqual(idsWith(report, 'FAIL'), ['signatures.key-scope']);
      assert.match(result(report, 'signatures.key-scope').note, /expected HTTP 422, got 202/);
    });

    it('sends no CORS headers', async () => {
      const report = await runAgainst({ withoutCors: true });
      assert.deepEqual(idsWith(report, 'FAIL').sort(), [
        'discovery.cors',
        'discovery.preflight-read',
        'discovery.preflight-write',
        'errors.cors',
        'live.petition-events',
        'petitions.count-cache',
        'signatures.foreign-origin',
      ]);
    });

    for (const [answer, note] of [
      ['fail-cors', /preflight should be answered/],
      ['take-unreadable', /the write was taken but the page cannot know it/],
      [
        'refuse-unreadable',
        /without Access-Control-Allow-Origin for that origin, so the page cannot read why/,
      ],
      ['refuse-spending-key', /answered 403 after the refusal; a refused write must not use up its key/],
    ] as const) {
      it(`answers a write from an origin it does not allow: ${answer}`, async () => {
        const report = await runAgainst({ foreignWrites: { allowed: ORIGIN, answer } });
        assert.deepEqual(idsWith(report, 'FAIL'), ['signatures.foreign-origin']);
        assert.match(result(report, 'signatures.foreign-origin').note, note);
      });
    }

    it('accepts writes in any content type', async () => {
      const report = await runAgainst({ acceptAnyContentType: true });
      assert.deepEqual(idsWith(report, 'FAIL').sort(), [
        'errors.content-type-form',
        'errors.content-type-text',
      ]);
    });

    it('reveals duplicate signatures', async () => {
      const report = await runAgainst({ revealDuplicates: true });
      assert.deepEqual(idsWith(report, 'FAIL'), ['signatures.duplicate-email']);
    });
  });

  describe('helpers', () => {
    it('recognise stack traces of common runtimes, and not ordinary text', () => {
      assert.ok(containsStackTrace('Error: x\n    at handler (/srv/app/index.js:10:5)'));
      assert.ok(containsStackTrace('at file:///srv/app.mjs:3:1'));
      assert.ok(containsStackTrace('at com.city.Api.handle(Api.java:42)'));
      assert.ok(containsStackTrace('File "/srv/app.py", line 12, in handler'));
      assert.ok(containsStackTrace('#0 /var/www/index.php(12): handle()'));
      assert.ok(!containsStackTrace('Signatures are counted at 10:30 at the latest.'));
      assert.ok(!containsStackTrace('The token is unknown or expired.'));
    });

    it('split an event stream into events across chunk and CR LF boundaries', async () => {
      const chunks = [
        'retry: 1000\r\n\r',
        '\n: keep-alive\r\n\r\nevent: count\r\nda',
        'ta: {"a":1}\r\n\r\n',
        'data: x\n\n',
      ];
      const encoder = new TextEncoder();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
          controller.close();
        },
      });
      const events = [];
      for await (const event of parseEventStream(stream)) events.push(event);
      assert.deepEqual(events, [
        { event: 'count', data: '{"a":1}' },
        { event: 'message', data: 'x' },
      ]);
    });

    it('format a table with one line per check and the summary last', async () => {
      const report = await runAgainst({});
      const lines = formatTable(report).split('\n');
      assert.equal(
        lines.at(-1),
        `${report.summary.passed} passed, 0 failed, ${report.summary.skipped} skipped`,
      );
      assert.ok(lines.some((line) => /^discovery\.get\s+discovery\s+PASS\s/.test(line)));
    });
  });

  describe('command line', () => {
    const runScript = fileURLToPath(new URL('../../../server/conformance/run.ts', import.meta.url));
    let fake: FakeBackend;
    let broken: FakeBackend;
    before(async () => {
      fake = await startFakeBackend();
      broken = await startFakeBackend({ withoutEtags: true });
    });
    after(async () => {
      await fake.close();
      await broken.close();
    });

    function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
      return new Promise((resolve) => {
        execFile(process.execPath, ['--import', 'tsx', runScript, ...args], (error, stdout, stderr) => {
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
        });
      });
    }

    it('exits 0 and prints the table when no check fails', async () => {
      const { code, stdout } = await cli(['--base-url', fake.baseUrl]);
      assert.equal(code, 0);
      assert.match(stdout, /^CHECK\s+AREA\s+RESULT\s+NOTE$/m);
      assert.match(stdout, /^\d+ passed, 0 failed, \d+ skipped$/m);
    });

    it('exits 1 and prints a JSON report when a check fails', async () => {
      const { code, stdout } = await cli(['--base-url', broken.baseUrl, '--json', '--only', 'petitions']);
      assert.equal(code, 1);
      const report = JSON.parse(stdout) as SuiteReport;
      assert.ok(report.results.every((candidate) => candidate.area === 'petitions'));
      assert.ok(report.summary.failed >= 1);
    });

    it('exits 2 on wrong usage', async () => {
      const { code, stderr } = await cli(['--origin', ORIGIN]);
      assert.equal(code, 2);
      assert.match(stderr, /--base-url/);
    });
  });
});
