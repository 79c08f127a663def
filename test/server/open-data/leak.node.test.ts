import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import * as v from 'valibot';
import { EXPORT_DATASETS } from '../../../src/protocol/index.js';
import { upsertCampaigns } from '../../../server/src/campaigns/store.js';
import { recordContribution } from '../../../server/src/contributions/record.js';
import { LeaderboardDefinitionSchema } from '../../../server/src/leaderboards/leaderboard.js';
import { upsertLeaderboards } from '../../../server/src/leaderboards/store.js';
import { servedDatasets } from '../../../server/src/open-data/registry.js';
import { campaignFixture, deliver, pledge } from '../campaigns/support.js';
import {
  boardFixture,
  createIdea,
  giveStanding,
  ideaFixture,
  loadBoards,
  tokenFor,
  vote,
} from '../ideas/support.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { confirm, mailTo, sign, signature } from '../support/requests.js';
import { describeEachDatabase } from '../support/suite.js';
import { parseCsv } from '../../../server/conformance/csv.js';

/*
 * No personal data in any export: signatures, ideas, votes, reports, pledges, participants and
 * contributions are seeded with unique marker names, emails, postcodes, addresses and subjects,
 * and no marker may appear in any dataset, in either format. Text a spreadsheet would run as a
 * formula is exported inert in CSV (and unchanged in JSON); numbers stay numbers.
 */

const FORMULAS = ['=HYPERLINK("http://evil.test","x")', '+1+cmd|/C calc', '-2+3', '@SUM(1)', '\tTab', '\rCR'];

describeEachDatabase('exports hold no personal data', (db) => {
  let t: TestApp;
  const markers: string[] = [];
  const marker = (kind: string) => {
    const value = `mk${kind}${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    markers.push(value);
    return value;
  };
  const bodies = async () => {
    const all: [string, string][] = [];
    for (const dataset of servedDatasets())
      for (const format of ['csv', 'json']) {
        const res = await t.app.inject({ url: `/api/v1/exports/${dataset}.${format}` });
        assert.equal(res.statusCode, 200, res.body);
        all.push([`${dataset}.${format}`, res.body]);
      }
    return all;
  };
  const rowsOf = async (dataset: string) =>
    json<Record<string, unknown>[]>(await t.app.inject({ url: `/api/v1/exports/${dataset}.json` }));

  before(async () => {
    t = await testApp(db().url, {
      petitions: [
        petitionFixture({
          id: 'leaky',
          creator: { name: marker('creator') },
          signaturesByRegion: [{ code: 'north', name: 'North district', count: 3 }],
          signatureForm: {
            fields: [
              { name: 'name', required: true },
              { name: 'email', required: true },
              { name: 'postcode', required: false },
              { name: 'address', required: false },
              { name: 'region', required: false, options: [{ value: 'north', label: 'North district' }] },
            ],
            minimumAge: null,
            eligibilityStatement: null,
            notifyOptIn: true,
          },
        }),
      ],
    });
    const now = new Date(t.clock.now()).toISOString();

    // Signatures: two confirmed, one not.
    for (const confirmIt of [true, true, false]) {
      const email = `${marker('local')}@${marker('domain')}.example`;
      const res = await sign(
        t.app,
        'leaky',
        signature({
          name: `Resident ${marker('signer')}`,
          email,
          postcode: marker('pc').slice(0, 16),
          address: `${marker('street')} street 1`,
          region: 'north',
        }),
      );
      assert.equal(res.statusCode, 202, res.body);
      if (confirmIt) {
        const [mail] = await mailTo(t.app, email);
        assert.equal((await confirm(t.app, mail!.token!)).statusCode, 200);
      }
    }

    // Ideas: an imported one with an author, one submitted, votes and a report with a note.
    const author = marker('author');
    await loadBoards(
      t.ctx,
      boardFixture({
        ideas: [ideaFixture('imported', { author: { id: marker('authorid'), displayName: author } })],
      }),
    );
    const authorSubject = marker('subject');
    const authorToken = await tokenFor(t.app, authorSubject, { displayName: marker('display') });
    const created = await createIdea(
      t.app,
      'city-ideas',
      { title: 'Benches by the river', body: 'Shade too.' },
      { token: authorToken },
    );
    assert.equal(created.statusCode, 201, created.body);
    const ideaId = json<{ id: string }>(created).id;
    for (const _ of [1, 2]) {
      const voter = await tokenFor(t.app, marker('voter'), { displayName: marker('votername') });
      assert.equal((await vote(t.app, ideaId, 1, voter)).statusCode, 200);
    }
    const reporter = marker('reporter');
    await giveStanding(t.ctx, reporter);
    const report = await t.app.inject({
      method: 'POST',
      url: `/api/v1/ideas/imported/flags`,
      headers: {
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
        authorization: `Bearer ${await tokenFor(t.app, reporter, { displayName: marker('reportername') })}`,
      },
      payload: JSON.stringify({ reason: 'spam', note: `See ${marker('note')}` }),
    });
    assert.equal(report.statusCode, 202, report.body);

    // Pledges: a public named backer, a private one.
    await upsertCampaigns(t.ctx.database.db, [campaignFixture()], now);
    for (const isPublic of [true, false]) {
      const res = await deliver(
        t.app,
        pledge({ backerId: marker('backer'), backerDisplayName: marker('backername'), public: isPublic }),
        t.clock.now(),
      );
      assert.equal(res.statusCode, 200, res.body);
    }

    // A leaderboard over contributions of marked participants.
    const board = v.parse(LeaderboardDefinitionSchema, {
      id: 'helpers',
      title: { en: 'Helpers' },
      actions: [{ action: 'signature.confirmed', points: 1, label: { en: 'Signed' } }],
    });
    await upsertLeaderboards(t.ctx.database.db, [board], now);
    for (const n of [1, 2, 3])
      await recordContribution(t.ctx.database.db, {
        participantId: marker('participant'),
        action: 'signature.confirmed',
        subjectId: `${marker('contribution')}-${n}`,
        categoryId: null,
        occurredAt: now,
      });
  });
  after(async () => {
    await t.close();
  });

  it('exports the seeded items (so the search below has something to search)', async () => {
    const [petition] = await rowsOf('petitions');
    assert.equal(petition!.signature_count, 100 + 2);
    const ideas = (await rowsOf('ideas')).map((row) => row.title);
    assert.ok(ideas.includes('Benches by the river'));
    const [campaign] = await rowsOf('campaigns');
    assert.equal(campaign!.raised_amount, 100_000);
    assert.equal(campaign!.backers, 2);
    assert.ok((await rowsOf('leaderboard-entries')).length >= 3);
  });

  it('holds no marker (name, email, postcode, address, subject, note, backer) in any export, CSV or JSON', async () => {
    const exports = await bodies();
    assert.equal(exports.length, servedDatasets().length * 2);
    for (const [name, body] of exports)
      for (const value of markers)
        assert.ok(!body.toLowerCase().includes(value.toLowerCase()), `${value} in ${name}`);
  });

  it('has no column that could hold a person (the protocol says what each column is)', () => {
    for (const dataset of servedDatasets())
      for (const column of EXPORT_DATASETS[dataset].columns)
        assert.doesNotMatch(
          column.name,
          /email|postcode|address|author|subject|participant|backer_id|display_name/,
        );
  });
});

describeEachDatabase('exports keep spreadsheet formulas inert', (db) => {
  let t: TestApp;
  const csvRows = async (dataset: string) => {
    const res = await t.app.inject({ url: `/api/v1/exports/${dataset}.csv` });
    const [header, ...records] = parseCsv(res.body);
    return records.map((record) => Object.fromEntries(header!.map((name, i) => [name, record[i]!])));
  };
  const jsonRows = async (dataset: string) =>
    json<Record<string, unknown>[]>(await t.app.inject({ url: `/api/v1/exports/${dataset}.json` }));

  before(async () => {
    t = await testApp(db().url, {
      petitions: FORMULAS.map((title, i) =>
        petitionFixture({
          id: `formula-${i}`,
          title,
          signaturesByRegion: [{ code: `r${i}`, name: FORMULAS[(i + 1) % FORMULAS.length]!, count: 1 }],
        }),
      ),
    });
    const now = new Date(t.clock.now()).toISOString();
    await loadBoards(
      t.ctx,
      boardFixture({ ideas: FORMULAS.map((title, i) => ideaFixture(`f${i}`, { title })) }),
    );
    await upsertCampaigns(
      t.ctx.database.db,
      [
        campaignFixture({
          title: FORMULAS[0]!,
          milestones: [{ id: 'm', label: FORMULAS[3]!, amount: { amount: 300_000, currency: 'KZT' } }],
        }),
      ],
      now,
    );
    const board = v.parse(LeaderboardDefinitionSchema, {
      id: 'penalties',
      title: { en: 'Penalties' },
      actions: [{ action: 'signature.confirmed', points: -5, label: { en: 'Signed' } }],
    });
    await upsertLeaderboards(t.ctx.database.db, [board], now);
    await recordContribution(t.ctx.database.db, {
      participantId: 'p1',
      action: 'signature.confirmed',
      subjectId: 's1',
      categoryId: null,
      occurredAt: now,
    });
  });
  after(async () => {
    await t.close();
  });

  it('prefixes every text cell that starts with = + - @ TAB or CR with an apostrophe in CSV', async () => {
    const cells = [
      ...(await csvRows('petitions')).map((row) => row.title),
      ...(await csvRows('petition-regions')).map((row) => row.region_name),
      ...(await csvRows('ideas')).map((row) => row.title),
      ...(await csvRows('campaigns')).map((row) => row.title),
      ...(await csvRows('campaign-milestones')).map((row) => row.label),
    ];
    assert.equal(cells.length, FORMULAS.length * 3 + 2);
    for (const cell of cells) {
      assert.ok(FORMULAS.includes(cell!.slice(1)), JSON.stringify(cell));
      assert.equal(cell![0], "'");
    }
  });

  it('keeps the text as it is in JSON (no spreadsheet reads it)', async () => {
    const titles = (await jsonRows('petitions')).map((row) => row.title);
    assert.deepEqual([...titles].sort(), [...FORMULAS].sort());
  });

  it('writes numbers as numbers, a negative score too', async () => {
    const scores = (await csvRows('leaderboard-entries')).map((row) => row.score);
    assert.ok(scores.length > 0);
    for (const score of scores) assert.equal(score, '-5');
  });
});
