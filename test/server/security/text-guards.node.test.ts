import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { DEMO_CAMPAIGNS_FILE, parseCampaignFile } from '../../../server/src/campaigns/admin-file.js';
import { upsertCampaigns } from '../../../server/src/campaigns/store.js';
import { openDatabase } from '../../../server/src/db/kysely.js';
import { DEMO_BOARDS_FILE, parseBoardFile } from '../../../server/src/ideas/admin-file.js';
import { DEMO_LEADERBOARD_FILE, parseLeaderboardFile } from '../../../server/src/leaderboards/admin-file.js';
import { DEMO_PETITIONS_FILE, parsePetitionFile } from '../../../server/src/petitions/admin-file.js';
import { findPetitionRow } from '../../../server/src/petitions/store.js';
import { issueToken } from '../../../server/src/security/jwt.js';
import { containsNul, illFormedTextPaths } from '../../../server/src/security/text-guards.js';
import { PROBLEM_TYPES, ProblemSchema } from '../../../src/protocol/index.js';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { campaignFixture, deliver, pledge } from '../campaigns/support.js';
import { boardFixture, createIdea, flag, ideaFixture, loadBoards, tokenFor } from '../ideas/support.js';
import { petitionFixture } from '../support/petitions.js';
import { mailTo, sign, signature, storedSignatureIds } from '../support/requests.js';
import { describeEachDatabase } from '../support/suite.js';

/* Text that is not well-formed Unicode (a lone surrogate such as "\ud800") at every entry point. */

const LONE = 'Zed \ud800 Smith';

/** The fields a 422 validation problem names. */
function refusedFields(res: { statusCode: number; body: string }): string[] {
  assert.equal(res.statusCode, 422, res.body);
  const problem = v.parse(ProblemSchema, JSON.parse(res.body));
  assert.equal(problem.type, PROBLEM_TYPES.validation);
  return (problem.errors ?? []).map((error) => error.field);
}

describe('illFormedTextPaths', () => {
  it('names lone surrogates in values and keys by dot path, and passes paired ones', () => {
    assert.deepEqual(illFormedTextPaths({ name: 'Ok 😀', items: [{ title: '\udc00' }], ['k\ud800']: 1 }), [
      'items.0.title',
      'k\ufffd',
    ]);
    assert.deepEqual(illFormedTextPaths('\ud83d', '(file)'), ['(file)']);
    assert.deepEqual(illFormedTextPaths({ name: '😀 \u00e9' }), []);
  });

  it('leaves the NUL check as it was', () => {
    assert.equal(containsNul({ a: ['x', { b: 'y\u0000' }] }), true);
    assert.equal(containsNul({ ['k\u0000']: 1 }), true);
    assert.equal(containsNul({ a: ['x'] }), false);
  });
});

describeEachDatabase('lone surrogates at the API', (db) => {
  let t: TestApp;
  let token: string;
  before(async () => {
    t = await testApp(db().url, {
      petitions: [
        petitionFixture({
          id: 'addresses',
          signatureForm: {
            ...petitionFixture().signatureForm,
            fields: [...petitionFixture().signatureForm.fields, { name: 'address', required: false }],
          },
        }),
      ],
    });
    await loadBoards(t.ctx, boardFixture({ ideas: [ideaFixture('park-benches')] }));
    await upsertCampaigns(t.ctx.database.db, [campaignFixture()], new Date(t.clock.now()).toISOString());
    token = await tokenFor(t.app, 'surrogate-tester');
  });
  after(() => t.close());

  it('refuses a signer name and an answer with a lone surrogate, naming both, and stores and sends nothing', async () => {
    const body = signature({ name: LONE, address: 'Abai \udfff 10' } as never);
    const res = await sign(t.app, 'addresses', body);
    assert.deepEqual(refusedFields(res).sort(), ['address', 'name']);
    assert.deepEqual(await storedSignatureIds(t.ctx, body.email), []);
    assert.equal((await mailTo(t.app, body.email)).length, 0);
  });

  it('refuses an idea title and body with lone surrogates, naming them, and stores nothing', async () => {
    for (const [body, field] of [
      [{ title: `Benches ${LONE}`, body: 'More benches.' }, 'title'],
      [{ title: 'More benches please', body: `In the park ${LONE}` }, 'body'],
    ] as const) {
      const res = await createIdea(t.app, 'city-ideas', body, { token });
      assert.deepEqual(refusedFields(res), [field]);
    }
    const ideas = await t.ctx.database.db
      .selectFrom('ideas')
      .select('id')
      .where('board_id', '=', 'city-ideas')
      .execute();
    assert.equal(ideas.length, 1);
  });

  it('refuses a report whose note has a lone surrogate, naming it, and stores no report', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/ideas/park-benches/flags',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': 'surrogate-report-1',
        authorization: `Bearer ${token}`,
      },
      payload: JSON.stringify({ reason: 'spam', note: LONE }),
    });
    assert.deepEqual(refusedFields(res), ['note']);
    const flags = await t.ctx.database.db.selectFrom('idea_flags').select('idea_id').execute();
    assert.equal(flags.length, 0);
    // The same report with good text goes through.
    assert.equal((await flag(t.app, 'park-benches', token)).statusCode, 202);
  });

  it('refuses a participant token whose name or subject has a lone surrogate with 401 naming the claim', async () => {
    const signing = t.ctx.verifier!.signing!;
    for (const [claim, token] of [
      ['name', await issueToken(signing, LONE, { subject: 'lone-name' })],
      ['sub', await issueToken(signing, 'Dana', { subject: 'lone-\ud800' })],
    ] as const) {
      const res = await createIdea(t.app, 'city-ideas', { title: `Idea by ${claim}`, body: '' }, { token });
      assert.equal(res.statusCode, 401, res.body);
      assert.match(v.parse(ProblemSchema, JSON.parse(res.body)).detail ?? '', new RegExp(`"${claim}" claim`));
    }
    const participants = await t.ctx.database.db
      .selectFrom('participants')
      .select('id')
      .where('id', 'in', ['lone-name', 'lone-\ud800'])
      .execute();
    assert.deepEqual(participants, []);
  });

  it('refuses a dev token whose display name has a lone surrogate', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/dev/token',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ displayName: LONE, subject: 'someone' }),
    });
    assert.deepEqual(refusedFields(res), ['displayName']);
  });
});

describeEachDatabase('lone surrogates in a pledge webhook', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url);
    await upsertCampaigns(t.ctx.database.db, [campaignFixture()], new Date(t.clock.now()).toISOString());
  });
  after(() => t.close());

  it("refuses a backer's display name with a lone surrogate, naming it, and counts nothing", async () => {
    const res = await deliver(t.app, pledge({ backerDisplayName: LONE }), t.clock.now());
    assert.deepEqual(refusedFields(res), ['backerDisplayName']);
    const pledges = await t.ctx.database.db.selectFrom('pledges').select('payment_id').execute();
    assert.equal(pledges.length, 0);
  });
});

describe('lone surrogates in admin files', () => {
  /** A demo file with a lone surrogate in the first item's title. */
  function withLoneTitle(file: URL): string {
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>[]>;
    const list = Object.values(json)[0]!;
    list[0]!.title = LONE;
    return JSON.stringify(json);
  }

  for (const [what, file, parse, field] of [
    ['petition', DEMO_PETITIONS_FILE, parsePetitionFile, 'petitions.0.title'],
    ['board', DEMO_BOARDS_FILE, parseBoardFile, 'boards.0.title'],
    ['campaign', DEMO_CAMPAIGNS_FILE, parseCampaignFile, 'campaigns.0.title'],
    ['leaderboard', DEMO_LEADERBOARD_FILE, parseLeaderboardFile, 'leaderboards.0.title'],
  ] as const) {
    it(`refuses a ${what} file with one, naming the field`, () => {
      assert.doesNotThrow(() => parse(readFileSync(file, 'utf8')));
      assert.throws(
        () => parse(withLoneTitle(file)),
        (error: Error) =>
          error.message.includes(`invalid ${what} file:`) &&
          error.message.includes(`${field}: not well-formed Unicode`),
      );
    });
  }

  describe('on the command line', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'civic-surrogate-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('refuses to load, naming the file and the field, and stores nothing', async () => {
      const file = join(dir, 'petitions.json');
      writeFileSync(file, JSON.stringify({ petitions: [petitionFixture({ id: 'lone', summary: LONE })] }));
      const url = `sqlite:${join(dir, 'civic.db')}`;
      const result = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'server/src/main.ts', 'load', 'petitions', file, '--db', url],
        { cwd: fileURLToPath(new URL('../../../', import.meta.url)), encoding: 'utf8' },
      );
      assert.equal(result.status, 1);
      assert.ok(result.stderr.includes(`${file}: invalid petition file:`), result.stderr);
      assert.match(result.stderr, /petitions\.0\.summary: not well-formed Unicode/);
      const database = openDatabase(url);
      try {
        assert.equal(await findPetitionRow(database.db, 'lone'), undefined);
      } finally {
        await database.close();
      }
    });
  });
});
