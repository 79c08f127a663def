import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  decodeQuery,
  encodeQuery,
  ENDPOINTS,
  FEATURES,
  isEndpointAvailable,
  PROBLEM_TYPES,
  PROBLEMS,
  STREAM_EVENTS,
} from '../../src/protocol/index.js';
import type {
  AnyEndpoint,
  EndpointInput,
  EndpointOutput,
  Endpoints,
  Petition,
} from '../../src/protocol/index.js';
import * as campaignEndpoints from '../../src/protocol/endpoints/campaigns.js';
import * as discoveryEndpoints from '../../src/protocol/endpoints/discovery.js';
import * as exportEndpoints from '../../src/protocol/endpoints/exports.js';
import * as ideaEndpoints from '../../src/protocol/endpoints/ideas.js';
import * as leaderboardEndpoints from '../../src/protocol/endpoints/leaderboards.js';
import * as petitionEndpoints from '../../src/protocol/endpoints/petitions.js';
import * as fixtures from './fixtures.js';

const endpoints = Object.entries(ENDPOINTS as Record<string, AnyEndpoint>);

const FAMILY_BY_TAG: Record<string, string> = {
  petitions: 'petitions',
  ideas: 'ideas',
  campaigns: 'campaigns',
  leaderboards: 'leaderboards',
  exports: 'exports',
};

describe('ENDPOINTS', () => {
  it('has exactly the operation ids the client depends on', () => {
    assert.deepEqual(
      Object.keys(ENDPOINTS).sort(),
      [
        'confirmSignature',
        'createIdea',
        'createSignature',
        'flagIdea',
        'getBoard',
        'getCampaign',
        'getCampaignHistory',
        'getCampaignTotals',
        'getDataPackage',
        'getDiscovery',
        'getExportCsv',
        'getExportJson',
        'getLeaderboard',
        'getPetition',
        'getPetitionCount',
        'getPetitionHistory',
        'listIdeas',
        'listPetitions',
        'setVote',
        'similarIdeas',
        'streamCampaignEvents',
        'streamPetitionEvents',
      ].sort(),
    );
  });

  for (const [key, endpoint] of endpoints) {
    describe(key, () => {
      it('is keyed by its id', () => assert.equal(endpoint.id, key));

      it('declares exactly the path parameters of its template', () => {
        const inTemplate = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        assert.deepEqual(inTemplate, Object.keys(endpoint.pathParams?.entries ?? {}).sort());
      });

      it('belongs to a known feature of its family', () => {
        if (key === 'getDiscovery') {
          assert.equal(endpoint.feature, undefined);
          return;
        }
        assert.ok(endpoint.feature, 'feature missing');
        assert.ok(
          (FEATURES as readonly string[]).includes(endpoint.feature),
          `unknown feature ${endpoint.feature}`,
        );
        assert.equal(endpoint.feature.split('.')[0], FAMILY_BY_TAG[endpoint.tag]);
      });

      it('has a body exactly when it writes', () => {
        assert.equal(endpoint.body !== undefined, endpoint.method === 'POST' || endpoint.method === 'PUT');
        if (endpoint.idempotent) assert.equal(endpoint.method, 'POST', 'only POSTs need an Idempotency-Key');
        if (endpoint.conditional) assert.equal(endpoint.method, 'GET');
      });

      it('describes its success body, or its stream events', () => {
        if (endpoint.responseType === 'text/event-stream') {
          assert.equal(endpoint.response, undefined);
          assert.ok(key in STREAM_EVENTS, 'stream without STREAM_EVENTS entry');
        } else if (endpoint.responseType === 'text/csv') {
          assert.equal(endpoint.response, undefined, 'a CSV body has no JSON schema');
          assert.equal(key in STREAM_EVENTS, false);
        } else {
          assert.ok(endpoint.response, 'response schema missing');
          assert.equal(key in STREAM_EVENTS, false);
        }
      });
    });
  }

  it('marks the writes that need an Idempotency-Key', () => {
    const idempotent = endpoints
      .filter(([, e]) => e.idempotent)
      .map(([k]) => k)
      .sort();
    assert.deepEqual(idempotent, ['confirmSignature', 'createIdea', 'createSignature', 'flagIdea']);
  });

  it('is available only when the backend lists its feature', () => {
    const { features } = fixtures.discovery();
    assert.equal(isEndpointAvailable(ENDPOINTS.getDiscovery, []), true);
    assert.equal(isEndpointAvailable(ENDPOINTS.getCampaign, features), true);
    assert.equal(isEndpointAvailable(ENDPOINTS.streamCampaignEvents, features), false);
  });
});

describe("the features' endpoint modules", () => {
  const modules: Record<string, Record<string, unknown>> = {
    discovery: discoveryEndpoints,
    petitions: petitionEndpoints,
    ideas: ideaEndpoints,
    campaigns: campaignEndpoints,
    leaderboards: leaderboardEndpoints,
    exports: exportEndpoints,
  };
  /** The endpoint descriptors a module exports, by export name. */
  const descriptorsOf = (module: Record<string, unknown>): [string, AnyEndpoint][] =>
    Object.entries(module).filter(
      (entry): entry is [string, AnyEndpoint] =>
        typeof entry[1] === 'object' && entry[1] !== null && 'method' in entry[1] && 'path' in entry[1],
    );

  it('hold every registered endpoint once, the same object, exported under its id', () => {
    const seen = new Map<string, string>();
    for (const [feature, module] of Object.entries(modules)) {
      for (const [name, endpoint] of descriptorsOf(module)) {
        assert.equal(endpoint.id, name, `${feature} exports ${endpoint.id} as ${name}`);
        assert.equal(seen.has(name), false, `${name} is in ${seen.get(name)} and ${feature}`);
        seen.set(name, feature);
        assert.equal((ENDPOINTS as Record<string, AnyEndpoint>)[name], endpoint, `${name} in ENDPOINTS`);
      }
    }
    assert.deepEqual([...seen.keys()].sort(), Object.keys(ENDPOINTS).sort());
  });

  it("keep each endpoint in its tag's module", () => {
    for (const [feature, module] of Object.entries(modules)) {
      for (const [name, endpoint] of descriptorsOf(module)) assert.equal(endpoint.tag, feature, name);
    }
  });

  it("define each live stream from its stream endpoint and that stream's events", () => {
    const streams = [
      [petitionEndpoints.PETITION_COUNT_STREAM, 'streamPetitionEvents', 'count'],
      [campaignEndpoints.CAMPAIGN_TOTALS_STREAM, 'streamCampaignEvents', 'totals'],
    ] as const;
    for (const [stream, id, event] of streams) {
      assert.equal(stream.endpoint, ENDPOINTS[id]);
      assert.equal(stream.event, event);
      assert.equal(stream.schema, (STREAM_EVENTS[id] as Record<string, v.GenericSchema>)[event]);
    }
    assert.equal(STREAM_EVENTS.streamPetitionEvents, petitionEndpoints.PETITION_STREAM_EVENTS);
    assert.equal(STREAM_EVENTS.streamCampaignEvents, campaignEndpoints.CAMPAIGN_STREAM_EVENTS);
  });

  it('push the value the resource they keep fresh answers with', () => {
    assert.equal(petitionEndpoints.PETITION_COUNT_STREAM.schema, ENDPOINTS.getPetitionCount.response);
    assert.equal(campaignEndpoints.CAMPAIGN_TOTALS_STREAM.schema, ENDPOINTS.getCampaignTotals.response);
  });
});

describe('endpoint types', () => {
  it('derive inputs and outputs from the schemas', () => {
    const input: EndpointInput<Endpoints['listIdeas']> = {
      path: { boardId: 'b-1' },
      query: { sort: 'random', seed: 7 },
    };
    // @ts-expect-error: 'hot' is not an idea sort
    const wrong: EndpointInput<Endpoints['listIdeas']> = { path: { boardId: 'b-1' }, query: { sort: 'hot' } };
    const output: EndpointOutput<Endpoints['getPetition']> = fixtures.petition();
    const petition: Petition = output;
    const stream: EndpointOutput<Endpoints['streamPetitionEvents']> = undefined;

    assert.equal(v.safeParse(ENDPOINTS.listIdeas.query, input.query).success, true);
    assert.equal(v.safeParse(ENDPOINTS.listIdeas.query, wrong.query).success, false);
    assert.equal(v.safeParse(ENDPOINTS.getPetition.response, petition).success, true);
    assert.equal(stream, undefined);
  });
});

describe('STREAM_EVENTS', () => {
  it('validates the data of a petition count event', () => {
    const data = {
      petitionId: '241584',
      signatureCount: 1,
      offlineSignatureCount: 0,
      state: 'open',
      thresholds: [],
      updatedAt: '2025-04-02T08:15:00Z',
    };
    assert.equal(v.safeParse(STREAM_EVENTS.streamPetitionEvents.count, data).success, true);
    assert.equal(
      v.safeParse(STREAM_EVENTS.streamPetitionEvents.count, { ...data, signatureCount: '1' }).success,
      false,
    );
  });
});

describe('PROBLEM_TYPES', () => {
  it('gives every well-known problem a distinct urn:civic:problem URI and an error status', () => {
    const types = Object.values(PROBLEM_TYPES);
    assert.equal(new Set(types).size, types.length);
    for (const [kind, problem] of Object.entries(PROBLEMS)) {
      assert.match(problem.type, /^urn:civic:problem:[a-z-]+$/, kind);
      assert.equal(PROBLEM_TYPES[kind as keyof typeof PROBLEM_TYPES], problem.type);
      assert.ok(problem.status >= 400 && problem.status <= 599, kind);
    }
    assert.equal(PROBLEM_TYPES.validation, 'urn:civic:problem:validation');
  });
});

describe('query strings', () => {
  it('encodes set values and skips unset ones', () => {
    assert.equal(encodeQuery({ sort: 'top', limit: 20, q: undefined, cursor: null }), '?sort=top&limit=20');
    assert.equal(encodeQuery({ q: 'bike lanes & parks' }), '?q=bike+lanes+%26+parks');
    assert.equal(encodeQuery({}), '');
    assert.equal(encodeQuery(undefined), '');
  });

  it('decodes numbers where the schema expects numbers and drops unknown parameters', () => {
    const params = new URLSearchParams('sort=random&seed=42&limit=20&q=12&utm_source=x');
    const query = decodeQuery(ENDPOINTS.listIdeas.query, params);
    assert.deepEqual(query, { sort: 'random', seed: 42, q: '12', limit: 20 });
    assert.equal(v.safeParse(ENDPOINTS.listIdeas.query, query).success, true);
  });

  it('leaves non-numeric text for validation to reject', () => {
    const query = decodeQuery(ENDPOINTS.listPetitions.query, new URLSearchParams('limit=ten'));
    assert.deepEqual(query, { limit: 'ten' });
    assert.equal(v.safeParse(ENDPOINTS.listPetitions.query, query).success, false);
  });

  it('round-trips a typed query', () => {
    const typed = { period: 'month', category: 'transport', limit: 50 } as const;
    const decoded = decodeQuery(ENDPOINTS.getLeaderboard.query, new URLSearchParams(encodeQuery(typed)));
    assert.deepEqual(v.parse(ENDPOINTS.getLeaderboard.query, decoded), typed);
  });
});
