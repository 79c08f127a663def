import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { EXPORT_DATASETS, PROBLEM_MEDIA_TYPE } from '../../../src/protocol/index.js';
import type {
  CampaignTotals,
  ExportDatasetId,
  ExportFilter,
  PetitionCount,
} from '../../../src/protocol/index.js';
import { servedDatasets } from '../../../server/src/open-data/registry.js';
import { upsertPetitions } from '../../../server/src/petitions/store.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { describeEachDatabase } from '../support/suite.js';
import { parseCsv } from '../../../server/conformance/csv.js';

/*
 * GET /api/v1/exports/{dataset}.csv|.json over the demo city's data: the shape of every dataset in
 * both formats, the filters, the headers, and hostile query parameters refused with a problem.
 */

type Row = Record<string, string | number | boolean | null>;

/** The column a filter narrows by. */
const FILTER_COLUMN: Record<ExportFilter, string> = {
  petition: 'petition_id',
  board: 'board_id',
  campaign: 'campaign_id',
  leaderboard: 'leaderboard_id',
};

const names = (dataset: ExportDatasetId) => EXPORT_DATASETS[dataset].columns.map((c) => c.name);

describeEachDatabase('exports', (db) => {
  let t: TestApp;
  const get = (url: string) => t.app.inject({ url: `/api/v1/exports/${url}` });
  const rowsOf = async (url: string): Promise<Row[]> => {
    const res = await get(url);
    assert.equal(res.statusCode, 200, res.body);
    return json<Row[]>(res);
  };

  before(async () => {
    t = await testApp(db().url, { config: { seedDemo: true } });
  });
  after(async () => {
    await t.close();
  });

  it('serves the six datasets of this part of issue 27', () => {
    for (const id of [
      'petitions',
      'petition-regions',
      'ideas',
      'campaigns',
      'campaign-milestones',
      'leaderboard-entries',
    ] as const)
      assert.ok(servedDatasets().includes(id), id);
  });

  for (const dataset of servedDatasets()) {
    it(`${dataset}.csv: RFC 4180 with the protocol's header, one field per column in every record`, async () => {
      const res = await get(`${dataset}.csv`);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8; header=present');
      const [header, ...records] = parseCsv(res.body);
      assert.deepEqual(header, names(dataset));
      assert.ok(records.length > 0, 'the demo city has rows in every dataset');
      for (const record of records) assert.equal(record.length, header!.length);
    });

    it(`${dataset}.json: an array of objects keyed by the columns, in order, agreeing with the CSV`, async () => {
      const res = await get(`${dataset}.json`);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
      const rows = json<Row[]>(res);
      assert.ok(rows.length > 0);
      const columns = EXPORT_DATASETS[dataset].columns;
      for (const row of rows) {
        assert.deepEqual(Object.keys(row), names(dataset));
        for (const column of columns) {
          const value = row[column.name];
          if (value === null) {
            assert.ok(column.nullable, `${column.name} is null but not nullable`);
            continue;
          }
          const expected = { integer: 'number', number: 'number', boolean: 'boolean' }[column.type as string];
          assert.equal(typeof value, expected ?? 'string', column.name);
          if (column.type === 'integer') assert.ok(Number.isSafeInteger(value), column.name);
          if (column.type === 'datetime') assert.match(value as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
        }
      }
      const csv = parseCsv((await get(`${dataset}.csv`)).body).slice(1);
      assert.deepEqual(
        csv,
        rows.map((row) => Object.values(row).map((value) => (value === null ? '' : String(value)))),
      );
    });

    const filter = EXPORT_DATASETS[dataset].filter;
    if (filter !== null) {
      it(`${dataset}: ?${filter}=ID narrows both formats to that item`, async () => {
        const all = await rowsOf(`${dataset}.json`);
        const column = FILTER_COLUMN[filter];
        const id = String(all[all.length - 1]![column]);
        const expected = all.filter((row) => row[column] === id);
        assert.ok(expected.length > 0);
        assert.deepEqual(await rowsOf(`${dataset}.json?${filter}=${encodeURIComponent(id)}`), expected);
        const csv = await get(`${dataset}.csv?${filter}=${encodeURIComponent(id)}`);
        assert.equal(parseCsv(csv.body).length, expected.length + 1);
      });

      it(`${dataset}: a ${filter} that does not exist is a 404 problem`, async () => {
        const res = await get(`${dataset}.csv?${filter}=no-such-item`);
        assert.equal(res.statusCode, 404);
        assert.equal(res.headers['content-type'], `${PROBLEM_MEDIA_TYPE}; charset=utf-8`);
      });
    }
  }

  it('sends caching headers and an attachment file name', async () => {
    const res = await get('petitions.csv');
    assert.equal(res.headers['cache-control'], 'public, max-age=300');
    assert.equal(res.headers['last-modified'], new Date(t.clock.now()).toUTCString());
    assert.equal(res.headers['content-disposition'], 'attachment; filename="petitions.csv"');
    const one = await get('petition-regions.json?petition=zh-103');
    assert.equal(
      one.headers['content-disposition'],
      'attachment; filename="petition-regions-petition-zh-103.json"',
    );
  });

  it('leaves out hidden petitions, and hidden or unmoderated ideas', async () => {
    const { db: kysely } = t.ctx.database;
    const [petition] = await rowsOf('petitions.json');
    const [idea, pendingIdea] = await rowsOf('ideas.json');
    await kysely
      .updateTable('petitions')
      .set({ state: 'hidden' })
      .where('id', '=', String(petition!.petition_id))
      .execute();
    await kysely.updateTable('ideas').set({ hidden: 1 }).where('id', '=', String(idea!.idea_id)).execute();
    await kysely
      .updateTable('ideas')
      .set({ pending_moderation: 1 })
      .where('id', '=', String(pendingIdea!.idea_id))
      .execute();
    try {
      const petitions = (await rowsOf('petitions.json')).map((row) => row.petition_id);
      assert.ok(!petitions.includes(petition!.petition_id));
      const regions = (await rowsOf('petition-regions.json')).map((row) => row.petition_id);
      assert.ok(!regions.includes(petition!.petition_id));
      assert.equal((await get(`petitions.csv?petition=${String(petition!.petition_id)}`)).statusCode, 404);
      const ideas = (await rowsOf('ideas.json')).map((row) => row.idea_id);
      assert.ok(!ideas.includes(idea!.idea_id) && !ideas.includes(pendingIdea!.idea_id));
    } finally {
      await kysely
        .updateTable('petitions')
        .set({ state: String(petition!.state) })
        .where('id', '=', String(petition!.petition_id))
        .execute();
      await kysely
        .updateTable('ideas')
        .set({ hidden: 0, pending_moderation: 0 })
        .where('id', 'in', [String(idea!.idea_id), String(pendingIdea!.idea_id)])
        .execute();
    }
  });

  it('holds the numbers the API shows: petition counts and thresholds, campaign totals, idea votes', async () => {
    const api = async <T>(path: string) => json<T>(await t.app.inject({ url: `/api/v1${path}` }));
    for (const row of await rowsOf('petitions.json')) {
      const count = await api<PetitionCount>(`/petitions/${String(row.petition_id)}/count`);
      assert.equal(row.signature_count, count.signatureCount);
      assert.equal(row.offline_signature_count, count.offlineSignatureCount);
      assert.equal(row.state, count.state);
      const response = count.thresholds.find((threshold) => threshold.kind === 'response');
      assert.equal(row.response_threshold, response?.count ?? null);
    }
    for (const row of await rowsOf('campaigns.json')) {
      const totals = await api<CampaignTotals>(`/campaigns/${String(row.campaign_id)}/totals`);
      assert.deepEqual(
        [row.raised_amount, row.currency, row.backers, row.state],
        [totals.raised.amount, totals.raised.currency, totals.backers, totals.state],
      );
    }
    const ideas = await rowsOf('ideas.json');
    const board = String(ideas[0]!.board_id);
    const page = await api<{ items: { id: string; votesUp: number }[] }>(`/boards/${board}/ideas?limit=100`);
    assert.ok(page.items.length > 0);
    for (const item of page.items)
      assert.equal(ideas.find((row) => row.idea_id === item.id)?.votes_up, item.votesUp, item.id);
  });

  it("gives a petition without a page of its own this server's page, as the API does", async () => {
    const now = new Date(t.clock.now()).toISOString();
    const { db: kysely, dialect } = t.ctx.database;
    await upsertPetitions(kysely, dialect, [petitionFixture({ id: 'no-page', url: null })], now);
    const api = json<{ url: string | null }>(await t.app.inject({ url: '/api/v1/petitions/no-page' }));
    assert.ok(api.url);
    const [row] = await rowsOf('petitions.json?petition=no-page');
    assert.equal(row!.url, api.url);
    const demo = (await rowsOf('petitions.json')).find((r) => r.petition_id !== 'no-page')!;
    const demoApi = await t.app.inject({ url: `/api/v1/petitions/${String(demo.petition_id)}` });
    assert.equal(demo.url, json<{ url: string | null }>(demoApi).url);
  });

  const refused: [string, number][] = [
    ['petitions.csv?limit=5', 400],
    ['petitions.json?__proto__=x', 400],
    ['petitions.csv?__proto__[polluted]=1', 400],
    ['petitions.csv?constructor=x', 400],
    ['ideas.csv?petition=zh-103', 400],
    ['petition-regions.csv?petition=zh-103&petition=zh-104', 400],
    [`petitions.csv?petition=${'a'.repeat(10_000)}`, 400],
    [`petitions.csv?petition=${'a'.repeat(129)}`, 400],
    ['petitions.csv?petition=..%2Fetc%2Fpasswd', 400],
    ['petitions.csv?petition=', 400],
    ['petitions.csv?petition=a%00b', 400],
    ['petitions.csv?petition%00=a', 400],
    ['petitions.csv?petition=%27%20or%201%3D1--', 400],
    ['nope.csv', 404],
    ['petitions.xml', 404],
    ['petitions', 404],
    ['__proto__.csv', 404],
    ['constructor.json', 404],
    ['datapackage.csv', 404],
  ];
  for (const [url, status] of refused)
    it(`refuses ${url.slice(0, 60)} with a ${status} problem that does not echo it`, async () => {
      const res = await get(url);
      assert.equal(res.statusCode, status, res.body);
      assert.equal(res.headers['content-type'], `${PROBLEM_MEDIA_TYPE}; charset=utf-8`);
      assert.equal(res.headers['cache-control'], 'no-store');
      const problem = json<{ status: number; detail?: string }>(res);
      assert.equal(problem.status, status);
      assert.ok(!(problem.detail ?? '').includes('aaaa') && !(problem.detail ?? '').includes('passwd'));
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });
});
