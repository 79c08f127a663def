import {
  CampaignHistorySchema,
  CampaignPathSchema,
  CampaignSchema,
  CampaignTotalsEventSchema,
  CampaignTotalsSchema,
} from '../campaigns.js';
import type { CampaignTotals } from '../campaigns.js';
import { defineResourceGet } from '../endpoint.js';
import type { LiveStream } from '../endpoint.js';

/* The crowdfunding feature's endpoints and event stream. Paths are relative to the API base. */

export const getCampaign = defineResourceGet({
  id: 'getCampaign',
  path: '/campaigns/{campaignId}',
  summary: 'Get a crowdfunding campaign',
  tag: 'campaigns',
  feature: 'campaigns',
  conditional: true,
  pathParams: CampaignPathSchema,
  response: CampaignSchema,
});

export const getCampaignTotals = defineResourceGet({
  id: 'getCampaignTotals',
  path: '/campaigns/{campaignId}/totals',
  summary: "Get a campaign's totals (small and cacheable, made for polling)",
  tag: 'campaigns',
  feature: 'campaigns',
  conditional: true,
  pathParams: CampaignPathSchema,
  response: CampaignTotalsSchema,
});

export const getCampaignHistory = defineResourceGet({
  id: 'getCampaignHistory',
  path: '/campaigns/{campaignId}/history',
  summary: "Get a campaign's raised amount and backers over time (hourly for 30 days, daily before)",
  tag: 'campaigns',
  feature: 'campaigns.history',
  conditional: true,
  pathParams: CampaignPathSchema,
  response: CampaignHistorySchema,
});

export const streamCampaignEvents = defineResourceGet({
  id: 'streamCampaignEvents',
  path: '/campaigns/{campaignId}/events',
  summary: 'Live campaign totals as server-sent events (`totals`)',
  tag: 'campaigns',
  feature: 'campaigns.live',
  responseType: 'text/event-stream',
  pathParams: CampaignPathSchema,
  response: undefined,
});

/** The events of `streamCampaignEvents`, by name. */
export const CAMPAIGN_STREAM_EVENTS = { totals: CampaignTotalsEventSchema } as const;

/** The stream that pushes what `getCampaignTotals` answers: `totals` events of `streamCampaignEvents`. */
export const CAMPAIGN_TOTALS_STREAM: LiveStream<CampaignTotals> = {
  endpoint: streamCampaignEvents,
  event: 'totals',
  schema: CAMPAIGN_STREAM_EVENTS.totals,
};
