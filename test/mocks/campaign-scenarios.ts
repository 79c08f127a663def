import { delay, http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { CampaignSchema, CampaignTotalsSchema, ENDPOINTS } from '../../src/protocol/index.js';
import type { Campaign } from '../../src/protocol/index.js';
import { campaignStates, malformedCampaign, totalsOf } from './fixtures/campaigns.js';
import type { CampaignStateName } from './fixtures/campaigns.js';
import { discoveryHandlers, mockPath, problemResponse, validJson } from './handlers.js';
import type { MockLatency } from './handlers.js';

/*
 * msw scenarios of <civic-funding-progress>: the campaign and its totals (`campaigns`). Stories put
 * them under that key in `parameters.msw.handlers`; tests call the factories for fresh state.
 * Handlers answer for any campaign id and echo it, so tests can use an id of their own.
 */

async function wait(latency: MockLatency | undefined): Promise<void> {
  if (latency !== undefined) await delay(latency);
}

/** Discovery for the funding widget: campaigns without event streams, so totals are polled. */
export function campaignDiscovery(pollIntervalSeconds = 30): RequestHandler[] {
  return discoveryHandlers({ features: ['campaigns'], pollIntervalSeconds });
}

export interface CampaignHandlerOptions {
  latency?: MockLatency;
  /** Amount raised (minor units) of the n-th totals request (0-based) for one campaign id. */
  liveRaised?: (request: number) => number;
  /** Answers the totals requests instead (e.g. with broken data). */
  totalsAnswer?: () => Response | Promise<Response>;
}

/** `getCampaign` and `getCampaignTotals` answering with one campaign. */
export function campaignHandlers(
  make: () => Campaign,
  options: CampaignHandlerOptions = {},
): RequestHandler[] {
  const totalsRequests = new Map<string, number>();
  return [
    http.get(mockPath(ENDPOINTS.getCampaign), async ({ params }) => {
      await wait(options.latency);
      return validJson(CampaignSchema, { ...make(), id: String(params['campaignId']) });
    }),
    http.get(mockPath(ENDPOINTS.getCampaignTotals), async ({ params }) => {
      if (options.totalsAnswer) return options.totalsAnswer();
      const id = String(params['campaignId']);
      const campaign = { ...make(), id };
      const n = totalsRequests.get(id) ?? 0;
      totalsRequests.set(id, n + 1);
      const totals = totalsOf(campaign);
      if (options.liveRaised) totals.raised = { ...totals.raised, amount: options.liveRaised(n) };
      return validJson(CampaignTotalsSchema, totals);
    }),
  ];
}

/** `getCampaign` and `getCampaignTotals` both answering with `answer` (an error, a broken body…). */
export function campaignAnswer(answer: () => Response | Promise<Response>): RequestHandler[] {
  return [
    http.get(mockPath(ENDPOINTS.getCampaign), answer),
    http.get(mockPath(ENDPOINTS.getCampaignTotals), answer),
  ];
}

const stateScenarios = Object.fromEntries(
  Object.entries(campaignStates).map(([name, make]) => [name, campaignHandlers(make)]),
) as Record<CampaignStateName, RequestHandler[]>;

/** The campaign resource, by scenario name. */
export const campaignScenarios = {
  ...stateScenarios,
  /** Never answers: the widget keeps its loading placeholder. */
  loading: campaignHandlers(campaignStates.open, { latency: 'infinite' }),
  error: campaignAnswer(() => problemResponse('server', { detail: 'The mock backend failed on purpose.' })),
  notFound: campaignAnswer(() => problemResponse('notFound')),
  malformed: campaignAnswer(() => HttpResponse.json(malformedCampaign)),
  networkError: campaignAnswer(() => HttpResponse.error()),
};
