import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import * as v from 'valibot';
import { CampaignDefinitionSchema } from '../../../server/src/campaigns/campaign.js';
import type { CampaignDefinition } from '../../../server/src/campaigns/campaign.js';
import { signPayload } from '../../../server/src/campaigns/webhook-signature.js';
import { DEMO_WEBHOOK_SECRET } from '../../../server/src/config.js';

/* Campaign fixtures and signed webhook deliveries for the campaign tests. */

/** The test clock starts at 2025-06-01T12:00Z; this campaign runs May to August 2025. */
export function campaignFixture(
  overrides: Partial<v.InferInput<typeof CampaignDefinitionSchema>> = {},
): CampaignDefinition {
  return v.parse(CampaignDefinitionSchema, {
    id: 'trees-abai',
    kind: 'donation',
    locale: 'en',
    title: 'Trees for Abai Avenue',
    summary: 'Three hundred elms along the avenue.',
    goal: { amount: 1_000_000, currency: 'KZT' },
    minimum: null,
    milestones: [
      { id: 'first-trees', label: 'The first trees', amount: { amount: 300_000, currency: 'KZT' } },
      { id: 'irrigation', label: 'Drip irrigation', amount: { amount: 600_000, currency: 'KZT' } },
    ],
    startsAt: '2025-05-01T00:00:00Z',
    endsAt: '2025-08-31T18:00:00Z',
    pledgeUrl: 'https://city.example/fund/trees/pledge',
    url: 'https://city.example/fund/trees',
    translations: {
      ru: { title: 'Деревья для проспекта Абая', milestones: { 'first-trees': 'Первые деревья' } },
      kk: { title: 'Абай даңғылына ағаштар' },
    },
    ...overrides,
  });
}

export interface PledgeBody {
  id: string;
  campaignId: string;
  amount: { amount: number; currency: string };
  backerId?: string | null;
  backerDisplayName?: string | null;
  public: boolean;
  createdAt: string;
}

export function pledge(overrides: Partial<PledgeBody> = {}): PledgeBody {
  return {
    id: `pay_${randomUUID()}`,
    campaignId: 'trees-abai',
    amount: { amount: 50_000, currency: 'KZT' },
    backerId: null,
    backerDisplayName: 'Dana S.',
    public: true,
    createdAt: '2025-06-01T11:59:00Z',
    ...overrides,
  };
}

/**
 * Posts a pledge to the webhook, signed with the demo secret at `nowMs` (the test clock) unless
 * `signature` replaces the header (null leaves it out). `raw` sends that exact text instead of JSON.
 */
export function deliver(
  app: FastifyInstance,
  body: PledgeBody | string,
  nowMs: number,
  options: { signature?: string | null; secret?: string; timestampS?: number } = {},
): Promise<LightMyRequestResponse> {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const timestampS = options.timestampS ?? Math.floor(nowMs / 1000);
  const signature =
    options.signature === undefined
      ? signPayload(options.secret ?? DEMO_WEBHOOK_SECRET, raw, timestampS)
      : options.signature;
  return app.inject({
    method: 'POST',
    url: '/api/v1/webhooks/pledges',
    headers: {
      'content-type': 'application/json',
      ...(signature === null ? {} : { 'civic-signature': signature }),
    },
    payload: raw,
  });
}
