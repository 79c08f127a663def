import { currencyDigits } from '../../i18n/money.js';
import type { Campaign, Milestone } from '../../protocol/campaigns.js';
import type { Money } from '../../protocol/common.js';

/**
 * Whole percent of `goal` that `raised` is, in integer arithmetic (amounts are minor units and may
 * be too large for `raised * 100` in floating point). Rounded down, so the goal is never claimed
 * before it is met, but at least 1 for any non-zero amount ("0 %" reads as "nobody gave"). Past
 * the goal it keeps counting: 134 means funded with a third more than asked.
 */
export function fundingPercent(raised: number, goal: number): number {
  if (goal <= 0 || raised <= 0) return 0;
  const percent = Number((BigInt(raised) * 100n) / BigInt(goal));
  return raised < goal ? Math.min(99, Math.max(1, percent)) : percent;
}

/** What a mark on the bar stands for. */
export type FundingMarkKind = 'goal' | 'milestone' | 'minimum';

export interface FundingMark {
  readonly kind: FundingMarkKind;
  readonly amount: number;
  /** Position on the bar, 0–100. */
  readonly percent: number;
}

/** Where a campaign stands against its goal, its minimum and its stretch goals. */
export interface FundingProgress {
  /** Percent of the goal, see `fundingPercent`; above 100 when the goal is exceeded. */
  readonly percent: number;
  readonly funded: boolean;
  /** How much more than the goal was raised; 0 until funded. */
  readonly overshoot: number;
  /** How much is still needed for the goal; 0 once funded. */
  readonly remaining: number;
  /** Once funded, the first stretch goal not reached yet: the bar now heads for it. */
  readonly next: Milestone | undefined;
  /** Still needed for `next`; 0 when there is none. */
  readonly remainingToNext: number;
  /** The end of the bar: the goal, then the next stretch goal, then the amount raised. */
  readonly scaleMax: number;
  /** How full the bar is, 0–100 (at least 1 for a non-zero amount). */
  readonly barPercent: number;
  /** Goal, stretch goals and minimum that fall inside the bar. */
  readonly marks: readonly FundingMark[];
  /** Whether the minimum is reached; undefined without a minimum. */
  readonly minimumReached: boolean | undefined;
}

function positionOf(amount: number, scaleMax: number): number {
  return Math.min(100, fundingPercent(amount, scaleMax));
}

/** The progress of a campaign (or of its live totals merged in). */
export function fundingProgress(
  campaign: Pick<Campaign, 'goal' | 'raised' | 'minimum' | 'milestones'>,
): FundingProgress {
  const raised = campaign.raised.amount;
  const goal = campaign.goal.amount;
  const funded = raised >= goal;
  const next = funded ? campaign.milestones.find((m) => m.amount.amount > raised) : undefined;
  const scaleMax = !funded ? goal : next ? next.amount.amount : raised;
  const candidates: Array<{ kind: FundingMarkKind; amount: number }> = [
    ...(funded ? [{ kind: 'goal' as const, amount: goal }] : []),
    ...campaign.milestones.map((m) => ({ kind: 'milestone' as const, amount: m.amount.amount })),
    ...(campaign.minimum ? [{ kind: 'minimum' as const, amount: campaign.minimum.amount }] : []),
  ];
  const marks = candidates
    .filter((mark) => mark.amount > 0 && mark.amount < scaleMax)
    .map((mark) => ({ ...mark, percent: positionOf(mark.amount, scaleMax) }));
  return {
    percent: fundingPercent(raised, goal),
    funded,
    overshoot: funded ? raised - goal : 0,
    remaining: funded ? 0 : goal - raised,
    next,
    remainingToNext: next ? next.amount.amount - raised : 0,
    scaleMax,
    barPercent: positionOf(raised, scaleMax),
    marks,
    minimumReached: campaign.minimum ? raised >= campaign.minimum.amount : undefined,
  };
}

/** Whether a milestone is reached, by amount (`reachedAt` may lag behind the totals). */
export function isMilestoneReached(milestone: Milestone, raised: number): boolean {
  return raised >= milestone.amount.amount;
}

/**
 * Display options for an amount: the currency's own sign where a language would print its code
 * (`₸`, not `KZT`, on an English or Russian page); whole amounts without minor units
 * (`₸4,250,000`, not `₸4,250,000.00`), others with all of them (`€1,234.50`). The scale always
 * comes from the currency.
 */
export function moneyDisplay(money: Money): Intl.NumberFormatOptions {
  const digits = currencyDigits(money.currency);
  return money.amount % 10 ** digits === 0
    ? { currencyDisplay: 'narrowSymbol', minimumFractionDigits: 0, maximumFractionDigits: 0 }
    : { currencyDisplay: 'narrowSymbol' };
}
