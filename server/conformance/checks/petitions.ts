import { PETITION_SORTS, PetitionCountSchema, PetitionPageSchema } from '#protocol';
import type { PetitionState } from '#protocol';
import { getPetition, missingId, readablePetitionId } from '../fixtures.js';
import { expectFieldError, expectProblem, expectSchema, expectStatus } from '../expect.js';
import { ensure, fail } from '../harness.js';
import type { Check, CheckContext } from '../harness.js';
import { expectConditional, expectPollingHeaders, expectWalk, sleep, walkPages } from './common.js';

/** How far pagination is followed before the check stops (and says so). */
const MAX_PAGES = 500;

async function readCount(ctx: CheckContext, petitionId: string) {
  const res = await ctx.request('getPetitionCount', { path: { petitionId } });
  expectStatus(res, 200);
  return { res, count: expectSchema(res, PetitionCountSchema) };
}

export const petitionChecks: Check[] = [
  {
    id: 'petitions.list',
    area: 'petitions',
    title: 'GET /petitions answers a valid PetitionPage',
    endpoints: ['listPetitions'],
    async run(ctx) {
      const res = await ctx.request('listPetitions');
      expectStatus(res, 200);
      const page = expectSchema(res, PetitionPageSchema);
      ctx.note(`${page.items.length} items on the first page, total ${page.total ?? 'not given'}`);
    },
  },
  {
    id: 'petitions.sorts',
    area: 'petitions',
    title: `Each sort (${PETITION_SORTS.join(', ')}) answers a valid page`,
    endpoints: ['listPetitions'],
    async run(ctx) {
      for (const sort of PETITION_SORTS) {
        const res = await ctx.request('listPetitions', { query: { sort, limit: 5 } });
        expectStatus(res, 200);
        const page = expectSchema(res, PetitionPageSchema);
        ensure(page.items.length <= 5, `GET ${res.target}: limit=5 answered ${page.items.length} items`);
      }
    },
  },
  {
    id: 'petitions.pagination',
    area: 'petitions',
    title: 'limit=1 pages through the list by cursor without repeats; nextCursor is null at the end',
    endpoints: ['listPetitions'],
    async run(ctx) {
      const walk = await walkPages(
        ctx,
        'listPetitions',
        {},
        PetitionPageSchema,
        (page) => page.items,
        MAX_PAGES,
      );
      expectWalk(walk, ctx, 'listPetitions');
    },
  },
  {
    id: 'petitions.state-filter',
    area: 'petitions',
    title: 'state= filters the list, and a cursor keeps the filter',
    endpoints: ['listPetitions'],
    async run(ctx) {
      const first = await ctx.request('listPetitions', { query: { limit: 50 } });
      expectStatus(first, 200);
      const seen = new Set<PetitionState>(['open', 'closed']);
      for (const item of expectSchema(first, PetitionPageSchema).items) seen.add(item.state);
      let filtered = 0;
      for (const state of seen) {
        const walk = await walkPages(
          ctx,
          'listPetitions',
          { query: { state } },
          PetitionPageSchema,
          (p) => p.items,
          3,
        );
        for (const page of walk.pages) {
          for (const item of page.items) {
            ensure(
              item.state === state,
              `listPetitions?state=${state} listed ${item.id} whose state is ${item.state}`,
            );
            filtered++;
          }
        }
      }
      if (filtered === 0) ctx.skip('no petition matched any state filter, so filtering was not observable');
      ctx.note(`states tried: ${[...seen].join(', ')}`);
    },
  },
  {
    id: 'petitions.bad-query',
    area: 'petitions',
    title: 'limit=500 and an unknown state answer 400 malformed naming the parameter',
    endpoints: ['listPetitions'],
    async run(ctx) {
      const tooMany = await ctx.request('listPetitions', { query: { limit: 500 } });
      expectFieldError(tooMany, expectProblem(tooMany, 400, 'malformed'), 'limit');
      const badState = await ctx.request('listPetitions', { query: { state: 'conformance-bogus' } });
      expectFieldError(badState, expectProblem(badState, 400, 'malformed'), 'state');
    },
  },
  {
    id: 'petitions.get',
    area: 'petitions',
    title: 'GET /petitions/{id} answers a valid Petition with that id',
    endpoints: ['getPetition'],
    async run(ctx) {
      const petitionId = await readablePetitionId(ctx);
      const petition = await getPetition(ctx, petitionId);
      ensure(petition.id === petitionId, `GET /petitions/${petitionId} answered petition ${petition.id}`);
    },
  },
  {
    id: 'petitions.get-conditional',
    area: 'petitions',
    title: 'getPetition sends an ETag and answers If-None-Match with 304 and no body',
    endpoints: ['getPetition'],
    async run(ctx) {
      await expectConditional(ctx, 'getPetition', { path: { petitionId: await readablePetitionId(ctx) } });
    },
  },
  {
    id: 'petitions.not-found',
    area: 'petitions',
    title: 'An unknown petition (and its count) answers 404 urn:civic:problem:not-found',
    endpoints: ['getPetition', 'getPetitionCount'],
    async run(ctx) {
      const petitionId = missingId();
      expectProblem(await ctx.request('getPetition', { path: { petitionId } }), 404, 'notFound');
      expectProblem(await ctx.request('getPetitionCount', { path: { petitionId } }), 404, 'notFound');
    },
  },
  {
    id: 'petitions.count',
    area: 'petitions',
    title: 'GET /petitions/{id}/count answers a valid PetitionCount for that petition',
    endpoints: ['getPetitionCount'],
    async run(ctx) {
      const petitionId = await readablePetitionId(ctx);
      const { count } = await readCount(ctx, petitionId);
      ensure(count.petitionId === petitionId, `count of ${petitionId} names petition ${count.petitionId}`);
    },
  },
  {
    id: 'petitions.count-cache',
    area: 'petitions',
    title: 'The count is cacheable: ETag (exposed), Cache-Control public with max-age, CORS',
    endpoints: ['getPetitionCount'],
    async run(ctx) {
      const { res } = await readCount(ctx, await readablePetitionId(ctx));
      await expectPollingHeaders(ctx, res);
    },
  },
  {
    id: 'petitions.count-conditional',
    area: 'petitions',
    title: 'The count answers If-None-Match with 304 and no body',
    endpoints: ['getPetitionCount'],
    async run(ctx) {
      await expectConditional(ctx, 'getPetitionCount', {
        path: { petitionId: await readablePetitionId(ctx) },
      });
    },
  },
  {
    id: 'petitions.count-matches',
    area: 'petitions',
    title: "The count resource agrees with getPetition's signatureCount, offlineSignatureCount and state",
    endpoints: ['getPetition', 'getPetitionCount'],
    async run(ctx) {
      const petitionId = await readablePetitionId(ctx);
      // Counts may be eventually consistent: compare against reads on both sides, a few times.
      let mismatch = '';
      for (let attempt = 0; attempt < 3; attempt++) {
        if (attempt > 0) await sleep(500);
        const before = await getPetition(ctx, petitionId);
        const { count } = await readCount(ctx, petitionId);
        const after = await getPetition(ctx, petitionId);
        const agrees = [before, after].some(
          (petition) =>
            petition.signatureCount === count.signatureCount &&
            petition.offlineSignatureCount === count.offlineSignatureCount &&
            petition.state === count.state,
        );
        if (agrees) return;
        mismatch =
          `count says ${count.signatureCount}+${count.offlineSignatureCount} (${count.state}), ` +
          `getPetition says ${after.signatureCount}+${after.offlineSignatureCount} (${after.state})`;
      }
      fail(`petition ${petitionId}: ${mismatch}`);
    },
  },
];
