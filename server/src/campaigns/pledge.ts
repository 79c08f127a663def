import * as v from 'valibot';
import { IdSchema } from '#protocol';
import { isoAt } from '../clock.js';
import type { AppContext } from '../context.js';
import { sampleCampaignTotals } from '../history/campaign-samples.js';
import { ProblemError, problemError, validationProblem } from '../security/problem.js';
import { PledgeFieldsSchema } from './campaign.js';
import {
  findCampaign,
  findPledge,
  insertPledge,
  lockCampaign,
  readPledgeTotals,
  stampReachedMilestones,
  storedDisplayName,
  touchTotals,
} from './store.js';
import { campaignWindow } from './view.js';

/*
 * Recording a pledge the payment provider reported (the signed webhook, see webhook-signature.ts).
 * A payment id is counted once: a replayed or concurrent duplicate delivery is answered
 * `duplicate` and changes nothing. The total, distinct backers and reached milestones are updated
 * in the same transaction; on PostgreSQL the campaign's row lock orders pledges of one campaign,
 * so each sees the previous one's total and stamps milestones exactly when they are crossed.
 */

export const PledgeEventSchema = v.object({
  ...PledgeFieldsSchema.entries,
  campaignId: IdSchema,
});
export type PledgeEvent = v.InferOutput<typeof PledgeEventSchema>;

export type PledgeOutcome = 'counted' | 'duplicate';

/** How far in the future a payment's `createdAt` may be (clock skew between provider and server). */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** 422 with its own type: the campaign exists but does not take pledges at that time. */
function notOpenProblem(detail: string): ProblemError {
  return new ProblemError({
    type: 'urn:civic:problem:campaign-not-open',
    title: 'The campaign does not take pledges',
    status: 422,
    detail,
  });
}

export async function recordPledge(ctx: AppContext, event: PledgeEvent): Promise<PledgeOutcome> {
  const { db, dialect } = ctx.database;
  if (await findPledge(db, event.id)) return 'duplicate';
  const createdAt = isoAt(Date.parse(event.createdAt));
  const outcome = await ctx.database.write(async (trx): Promise<PledgeOutcome> => {
    const nowIso = isoAt(ctx.clock.now());
    await lockCampaign(trx, dialect, event.campaignId);
    if (await findPledge(trx, event.id)) return 'duplicate';
    const campaign = await findCampaign(trx, event.campaignId);
    if (!campaign) throw problemError('notFound', 'No such campaign');
    if (event.amount.currency !== campaign.currency) {
      throw validationProblem([
        {
          field: 'amount.currency',
          code: 'invalid',
          message: `The campaign collects ${campaign.currency}`,
        },
      ]);
    }
    if (Date.parse(createdAt) > ctx.clock.now() + FUTURE_TOLERANCE_MS) {
      throw validationProblem([
        { field: 'createdAt', code: 'invalid', message: 'Must not be in the future' },
      ]);
    }
    const window = campaignWindow(campaign, Date.parse(createdAt));
    if (window !== 'running') {
      throw notOpenProblem(
        window === 'not_started'
          ? 'The campaign had not started at createdAt.'
          : 'The campaign had ended at createdAt.',
      );
    }
    const stored = await insertPledge(
      trx,
      {
        paymentId: event.id,
        campaignId: campaign.id,
        amount: event.amount.amount,
        currency: event.amount.currency,
        backerId: event.backerId ?? null,
        displayName: storedDisplayName(event.backerDisplayName, event.public),
        public: event.public,
        createdAt,
      },
      nowIso,
    );
    if (!stored) return 'duplicate';
    const { pledged, backers } = await readPledgeTotals(trx, campaign.id);
    await stampReachedMilestones(trx, campaign.id, campaign.offlineAmount + pledged, nowIso);
    const totals = { raised: campaign.offlineAmount + pledged, backers: campaign.offlineBackers + backers };
    await sampleCampaignTotals(trx, campaign.id, totals, ctx.clock.now());
    await touchTotals(trx, campaign.id, nowIso);
    return 'counted';
  });
  if (outcome === 'counted') ctx.campaigns.invalidate(event.campaignId);
  return outcome;
}
