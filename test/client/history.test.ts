/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { CivicResponseError, createClient } from '../../src/client/index.js';
import { getCampaignHistory } from '../../src/protocol/endpoints/campaigns.js';
import { getPetitionHistory } from '../../src/protocol/endpoints/petitions.js';
import { API, rejectionOf, useMockServer, worker } from './support.js';

/* The client on the two count-history endpoints (issue 27): URLs, validation, malformed histories. */

const POINTS = [
  { at: '2026-10-01T00:00:00Z', count: 10, resolution: 'day' },
  { at: '2026-11-20T13:00:00Z', count: 25, resolution: 'hour' },
];

describe('the client on count histories', () => {
  useMockServer();

  it("reads a petition's history from /petitions/{id}/history, validated", async () => {
    let path: string | undefined;
    worker.use(
      http.get(`${API}/petitions/:petitionId/history`, ({ request, params }) => {
        path = request.url;
        return HttpResponse.json({ petitionId: params['petitionId'], points: POINTS });
      }),
    );
    const client = createClient({ baseUrl: API });

    const history = await client.request(getPetitionHistory, { path: { petitionId: 'zh-102' } });

    expect(path).to.equal(`${API}/petitions/zh-102/history`);
    expect(history).to.deep.equal({ petitionId: 'zh-102', points: POINTS });
    expect(await client.call('getPetitionHistory', { path: { petitionId: 'zh-102' } })).to.deep.equal(
      history,
    );
  });

  it("reads a campaign's history, raised in minor units of its currency", async () => {
    const body = {
      campaignId: 'c1',
      currency: 'KZT',
      points: [{ at: '2026-11-20T13:00:00Z', raised: 1_500_000, backers: 3, resolution: 'hour' }],
    };
    worker.use(http.get(`${API}/campaigns/:campaignId/history`, () => HttpResponse.json(body)));
    const client = createClient({ baseUrl: API });

    expect(await client.request(getCampaignHistory, { path: { campaignId: 'c1' } })).to.deep.equal(body);
  });

  it('rejects a history whose points are out of order with CivicResponseError', async () => {
    worker.use(
      http.get(`${API}/petitions/:petitionId/history`, () =>
        HttpResponse.json({ petitionId: 'p1', points: [...POINTS].reverse() }),
      ),
    );
    const client = createClient({ baseUrl: API });

    const error = await rejectionOf(client.request(getPetitionHistory, { path: { petitionId: 'p1' } }));

    expect(error).to.be.instanceOf(CivicResponseError);
    expect((error as CivicResponseError).reason).to.equal('schema');
  });
});
