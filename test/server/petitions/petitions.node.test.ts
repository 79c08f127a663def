import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as v from 'valibot';
import {
  DiscoverySchema,
  PetitionCountSchema,
  PetitionPageSchema,
  PetitionSchema,
  PROBLEM_TYPES,
  ProblemSchema,
} from '../../../src/protocol/index.js';
import type { PetitionPage } from '../../../src/protocol/index.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { petitionFixture } from '../support/petitions.js';
import { confirm, mailTo, sign, signature } from '../support/requests.js';
import { describeEachDatabase } from '../support/suite.js';

const PETITIONS = [
  petitionFixture(),
  petitionFixture({
    id: 'parks',
    title: 'More shade trees in Gorky Park',
    summary: 'Plant 500 trees.',
    signatureCount: 5000,
    offlineSignatureCount: 0,
    openedAt: '2025-04-01T09:00:00Z',
    closesAt: '2025-06-01T13:00:00Z',
    locale: 'ru',
    translations: undefined,
  }),
  petitionFixture({
    id: 'old',
    title: 'Night buses',
    summary: 'Run buses after midnight.',
    state: 'closed',
    signatureCount: 20,
    offlineSignatureCount: 0,
    openedAt: '2024-01-01T09:00:00Z',
    closesAt: '2024-06-01T09:00:00Z',
    closedAt: '2024-06-01T09:00:00Z',
    responseState: 'responded',
    governmentResponse: {
      summary: 'Night buses start in 2025.',
      respondedAt: '2024-07-01T09:00:00Z',
      links: [],
    },
    translations: { ru: { governmentResponse: { summary: 'Ночные автобусы запустят в 2025 году.' } } },
  }),
  petitionFixture({ id: 'secret', state: 'hidden' }),
];

describeEachDatabase('discovery and reading petitions', (db) => {
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url, { petitions: PETITIONS });
  });
  after(() => t.close());

  describe('discovery', () => {
    it('answers a valid document at the base, with and without the trailing slash', async () => {
      const withSlash = await t.app.inject({ url: '/api/v1/' });
      const without = await t.app.inject({ url: '/api/v1' });
      assert.equal(withSlash.statusCode, 200);
      const document = v.parse(DiscoverySchema, json(withSlash));
      assert.deepEqual(json(without), json(withSlash));
      assert.deepEqual(document.features, [
        'petitions',
        'petitions.live',
        'petitions.history',
        'ideas',
        'ideas.downvotes',
        'campaigns',
        'campaigns.live',
        'campaigns.history',
        'leaderboards',
        'exports',
      ]);
      assert.deepEqual(document.locales, ['en', 'ru', 'kk']);
      assert.equal(document.pollIntervalSeconds, t.ctx.config.pollIntervalSeconds);
      assert.deepEqual(document.auth, { scheme: 'bearer', signInUrl: null });
    });
  });

  describe('listPetitions', () => {
    it('answers a valid page without hidden petitions, newest first by default', async () => {
      const res = await t.app.inject({ url: '/api/v1/petitions' });
      assert.equal(res.statusCode, 200);
      const page = v.parse(PetitionPageSchema, json(res));
      assert.deepEqual(
        page.items.map((item) => item.id),
        ['parks', 'bike-lanes', 'old'],
      );
      assert.equal(page.total, 3);
      assert.equal(page.nextCursor, null);
    });

    it('sorts by popularity and by closing date', async () => {
      const popular = json<PetitionPage>(await t.app.inject({ url: '/api/v1/petitions?sort=popular' }));
      assert.deepEqual(
        popular.items.map((item) => item.id),
        ['parks', 'bike-lanes', 'old'],
      );
      const closing = json<PetitionPage>(await t.app.inject({ url: '/api/v1/petitions?sort=closing' }));
      assert.deepEqual(
        closing.items.map((item) => item.id),
        ['old', 'parks', 'bike-lanes'],
      );
    });

    it('pages with an opaque cursor that keeps the filters', async () => {
      const seen: string[] = [];
      let url = '/api/v1/petitions?sort=popular&limit=1';
      for (;;) {
        const page = v.parse(PetitionPageSchema, json(await t.app.inject({ url })));
        assert.ok(page.items.length <= 1);
        seen.push(...page.items.map((item) => item.id));
        if (page.nextCursor === null) break;
        url = `/api/v1/petitions?limit=1&cursor=${encodeURIComponent(page.nextCursor)}`;
      }
      assert.deepEqual(seen, ['parks', 'bike-lanes', 'old']);
    });

    it('filters by the state as read: an open petition past its closing time is closed', async () => {
      const open = json<PetitionPage>(await t.app.inject({ url: '/api/v1/petitions?state=open' }));
      assert.deepEqual(open.items.map((item) => item.id).sort(), ['bike-lanes', 'parks']);
      t.clock.advance(2 * 3600 * 1000);
      try {
        const stillOpen = json<PetitionPage>(await t.app.inject({ url: '/api/v1/petitions?state=open' }));
        assert.deepEqual(
          stillOpen.items.map((item) => item.id),
          ['bike-lanes'],
        );
        const closed = json<PetitionPage>(await t.app.inject({ url: '/api/v1/petitions?state=closed' }));
        assert.deepEqual(closed.items.map((item) => [item.id, item.state]).sort(), [
          ['old', 'closed'],
          ['parks', 'closed'],
        ]);
      } finally {
        t.clock.advance(-2 * 3600 * 1000);
      }
    });

    it('searches titles and summaries in every language (q)', async () => {
      const page = json<PetitionPage>(
        await t.app.inject({ url: `/api/v1/petitions?q=${encodeURIComponent('ВЕЛОДОРОЖКИ')}` }),
      );
      assert.deepEqual(
        page.items.map((item) => item.id),
        ['bike-lanes'],
      );
      const percent = json<PetitionPage>(await t.app.inject({ url: '/api/v1/petitions?q=%25' }));
      assert.equal(percent.items.length, 0);
    });

    it('answers 400 malformed naming the parameter for limit=500, an unknown state or a forged cursor', async () => {
      for (const [query, field] of [
        ['limit=500', 'limit'],
        ['state=bogus', 'state'],
        ['cursor=not-a-cursor', 'cursor'],
        ['limit=abc', 'limit'],
      ] as const) {
        const res = await t.app.inject({ url: `/api/v1/petitions?${query}` });
        assert.equal(res.statusCode, 400, query);
        const problem = v.parse(ProblemSchema, json(res));
        assert.equal(problem.type, PROBLEM_TYPES.malformed);
        assert.deepEqual(
          problem.errors?.map((e) => e.field),
          [field],
          query,
        );
      }
    });
  });

  describe('getPetition', () => {
    it("answers a valid petition in the reader's language, with Vary: Accept-Language", async () => {
      const res = await t.app.inject({ url: '/api/v1/petitions/old', headers: { 'accept-language': 'ru' } });
      assert.equal(res.statusCode, 200);
      const petition = v.parse(PetitionSchema, json(res));
      assert.equal(petition.locale, 'ru');
      assert.equal(petition.governmentResponse?.summary, 'Ночные автобусы запустят в 2025 году.');
      assert.equal(petition.title, 'Night buses');
      assert.match(String(res.headers.vary), /Accept-Language/);
      const english = v.parse(PetitionSchema, json(await t.app.inject({ url: '/api/v1/petitions/old' })));
      assert.equal(english.locale, 'en');
      assert.equal(english.governmentResponse?.summary, 'Night buses start in 2025.');
    });

    it('sends an ETag and answers a matching If-None-Match with 304 and no body', async () => {
      const first = await t.app.inject({ url: '/api/v1/petitions/bike-lanes' });
      const etag = String(first.headers.etag);
      assert.match(etag, /^W\/".+"$/);
      const again = await t.app.inject({
        url: '/api/v1/petitions/bike-lanes',
        headers: { 'if-none-match': etag },
      });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const other = await t.app.inject({
        url: '/api/v1/petitions/bike-lanes',
        headers: { 'if-none-match': '"other"' },
      });
      assert.equal(other.statusCode, 200);
    });

    it('reports a petition past its closing time as closed, closed at its closing time', async () => {
      t.clock.advance(2 * 3600 * 1000);
      try {
        const petition = v.parse(
          PetitionSchema,
          json(await t.app.inject({ url: '/api/v1/petitions/parks' })),
        );
        assert.equal(petition.state, 'closed');
        assert.equal(petition.closedAt, '2025-06-01T13:00:00Z');
      } finally {
        t.clock.advance(-2 * 3600 * 1000);
      }
    });

    it('answers 404 for an unknown or malformed id and 410 gone for a hidden petition', async () => {
      for (const url of ['/api/v1/petitions/nope', '/api/v1/petitions/%3Cscript%3E']) {
        const res = await t.app.inject({ url });
        assert.equal(res.statusCode, 404, url);
        assert.equal(v.parse(ProblemSchema, json(res)).type, PROBLEM_TYPES.notFound);
      }
      const hidden = await t.app.inject({ url: '/api/v1/petitions/secret' });
      assert.equal(hidden.statusCode, 410);
      assert.equal(v.parse(ProblemSchema, json(hidden)).type, PROBLEM_TYPES.gone);
    });
  });

  describe('getPetitionCount', () => {
    it('answers a valid count with a cacheable Cache-Control and an exposed ETag', async () => {
      const res = await t.app.inject({
        url: '/api/v1/petitions/bike-lanes/count',
        headers: { origin: 'https://city.example' },
      });
      assert.equal(res.statusCode, 200);
      const count = v.parse(PetitionCountSchema, json(res));
      assert.equal(count.petitionId, 'bike-lanes');
      assert.equal(count.signatureCount, 100);
      assert.equal(count.offlineSignatureCount, 7);
      const poll = t.ctx.config.pollIntervalSeconds;
      assert.equal(
        res.headers['cache-control'],
        `public, max-age=${poll}, stale-while-revalidate=${2 * poll}, stale-if-error=${5 * poll}`,
      );
      assert.equal(res.headers['access-control-allow-origin'], '*');
      assert.match(String(res.headers['access-control-expose-headers']), /ETag/);
      assert.match(String(res.headers.etag), /^W\/"100-7-open-/);
    });

    it('agrees with getPetition', async () => {
      const petition = v.parse(
        PetitionSchema,
        json(await t.app.inject({ url: '/api/v1/petitions/bike-lanes' })),
      );
      const count = v.parse(
        PetitionCountSchema,
        json(await t.app.inject({ url: '/api/v1/petitions/bike-lanes/count' })),
      );
      assert.deepEqual(
        [petition.signatureCount, petition.offlineSignatureCount, petition.state, petition.thresholds],
        [count.signatureCount, count.offlineSignatureCount, count.state, count.thresholds],
      );
    });

    it('answers 304 while unchanged and a new ETag once a confirmation counts', async () => {
      const first = await t.app.inject({ url: '/api/v1/petitions/bike-lanes/count' });
      const etag = String(first.headers.etag);
      const unchanged = await t.app.inject({
        url: '/api/v1/petitions/bike-lanes/count',
        headers: { 'if-none-match': etag },
      });
      assert.equal(unchanged.statusCode, 304);
      assert.equal(unchanged.body, '');

      const body = signature();
      await sign(t.app, 'bike-lanes', body);
      const [mail] = await mailTo(t.app, body.email);
      await confirm(t.app, mail!.token!);
      const changed = await t.app.inject({
        url: '/api/v1/petitions/bike-lanes/count',
        headers: { 'if-none-match': etag },
      });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, etag);
      assert.equal(
        v.parse(PetitionCountSchema, json(changed)).signatureCount,
        json<{ signatureCount: number }>(first).signatureCount + 1,
      );
    });

    it('turns to closed when the closing time passes, with a new ETag', async () => {
      const before = await t.app.inject({ url: '/api/v1/petitions/parks/count' });
      assert.equal(json<{ state: string }>(before).state, 'open');
      t.clock.advance(2 * 3600 * 1000);
      try {
        const afterClose = await t.app.inject({ url: '/api/v1/petitions/parks/count' });
        const count = v.parse(PetitionCountSchema, json(afterClose));
        assert.equal(count.state, 'closed');
        assert.equal(count.updatedAt, '2025-06-01T13:00:00.000Z');
        assert.notEqual(afterClose.headers.etag, before.headers.etag);
      } finally {
        t.clock.advance(-2 * 3600 * 1000);
      }
    });

    it('answers 404 and 410 like getPetition', async () => {
      assert.equal((await t.app.inject({ url: '/api/v1/petitions/nope/count' })).statusCode, 404);
      assert.equal((await t.app.inject({ url: '/api/v1/petitions/secret/count' })).statusCode, 410);
    });
  });
});
