import * as v from 'valibot';
import {
  CountSchema,
  CurrencyCodeSchema,
  historyPointsOf,
  HistoryResolutionSchema,
  IdSchema,
  LocaleSchema,
  MoneySchema,
  NAME_MAX,
  SUMMARY_MAX,
  plainText,
  TimestampSchema,
  TITLE_MAX,
  UrlSchema,
} from './common.js';

/*
 * Crowdfunding campaigns: a goal, what was raised, an optional minimum (all-or-nothing marker) and
 * stretch milestones. Pledging happens on the backend's own page (`pledgeUrl`); widgets only show progress.
 */

/** Donation-based, reward-based, lending (loans repaid) or equity (shares). */
export const CAMPAIGN_KINDS = ['donation', 'reward', 'lending', 'equity'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];
export const CampaignKindSchema = v.picklist(CAMPAIGN_KINDS);

/**
 * `open`: collecting, goal not reached; `funded`: goal reached (it may still collect until `endsAt`);
 * `closed`: ended after being funded, or ended without a minimum; `failed`: ended below its minimum.
 */
export const CAMPAIGN_STATES = ['open', 'funded', 'closed', 'failed'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];
export const CampaignStateSchema = v.picklist(CAMPAIGN_STATES);

/** A stretch goal or intermediate mark on the progress bar. */
export const MilestoneSchema = v.object({
  id: IdSchema,
  label: plainText(1, NAME_MAX),
  amount: MoneySchema,
  reachedAt: v.nullable(TimestampSchema),
  /** The language of `label`, when known (a translation may leave some labels in the campaign's own). */
  locale: v.optional(LocaleSchema),
});
export type Milestone = v.InferOutput<typeof MilestoneSchema>;

/** A recent backer, by display name only (never an amount or contact detail). */
export const RecentBackerSchema = v.object({
  displayName: plainText(1, NAME_MAX),
  at: TimestampSchema,
});
export type RecentBacker = v.InferOutput<typeof RecentBackerSchema>;

export const CampaignSchema = v.pipe(
  v.object({
    id: IdSchema,
    title: plainText(1, TITLE_MAX),
    summary: v.optional(plainText(0, SUMMARY_MAX)),
    kind: CampaignKindSchema,
    goal: MoneySchema,
    raised: MoneySchema,
    /** The least that must be raised for the campaign to succeed (all-or-nothing); null when none. */
    minimum: v.nullable(MoneySchema),
    backers: CountSchema,
    startsAt: TimestampSchema,
    endsAt: v.nullable(TimestampSchema),
    /** Sorted by amount, smallest first. */
    milestones: v.array(MilestoneSchema),
    state: CampaignStateSchema,
    /** Where people pledge, on the backend's site. */
    pledgeUrl: v.nullable(UrlSchema),
    recentBackers: v.optional(v.array(RecentBackerSchema)),
    url: v.nullable(UrlSchema),
    /** The language of `title` and `summary` as sent (the translation chosen, or the campaign's own). */
    locale: v.optional(LocaleSchema),
  }),
  v.forward(
    v.check((c) => c.goal.amount > 0, 'goal must be greater than zero'),
    ['goal', 'amount'],
  ),
  v.check((c) => campaignCurrencies(c).size === 1, 'all amounts of a campaign must share its currency'),
  v.forward(
    v.check(
      (c) => c.milestones.every((m, i) => i === 0 || c.milestones[i - 1]!.amount.amount <= m.amount.amount),
      'milestones must be sorted by amount, smallest first',
    ),
    ['milestones'],
  ),
  v.description(
    'All amounts (goal, raised, minimum, milestones) share one currency; goal is greater than zero; milestones are sorted by amount.',
  ),
);
export type Campaign = v.InferOutput<typeof CampaignSchema>;

function campaignCurrencies(c: {
  goal: { currency: string };
  raised: { currency: string };
  minimum: { currency: string } | null;
  milestones: readonly { amount: { currency: string } }[];
}): Set<string> {
  const currencies = new Set([
    c.goal.currency,
    c.raised.currency,
    ...c.milestones.map((m) => m.amount.currency),
  ]);
  if (c.minimum) currencies.add(c.minimum.currency);
  return currencies;
}

/** The small, cacheable totals resource made for polling. */
export const CampaignTotalsSchema = v.object({
  campaignId: IdSchema,
  raised: MoneySchema,
  backers: CountSchema,
  state: CampaignStateSchema,
  /** When each milestone was reached, by id. */
  milestones: v.array(v.object({ id: IdSchema, reachedAt: v.nullable(TimestampSchema) })),
  updatedAt: TimestampSchema,
});
export type CampaignTotals = v.InferOutput<typeof CampaignTotalsSchema>;

/** Data of the `totals` event on a campaign's event stream. */
export const CampaignTotalsEventSchema = CampaignTotalsSchema;
export type CampaignTotalsEvent = CampaignTotals;

/** One bucket of a campaign's history: its totals at the end of the bucket that starts `at` (UTC). */
export const CampaignHistoryPointSchema = v.object({
  at: TimestampSchema,
  /** Raised, in minor units of the history's `currency`. */
  raised: CountSchema,
  backers: CountSchema,
  resolution: HistoryResolutionSchema,
});
export type CampaignHistoryPoint = v.InferOutput<typeof CampaignHistoryPointSchema>;

/** A campaign's raised amount and backers over time. */
export const CampaignHistorySchema = v.object({
  campaignId: IdSchema,
  currency: CurrencyCodeSchema,
  points: historyPointsOf(CampaignHistoryPointSchema),
});
export type CampaignHistory = v.InferOutput<typeof CampaignHistorySchema>;

export const CampaignPathSchema = v.object({ campaignId: IdSchema });
