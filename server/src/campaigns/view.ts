import type { Campaign, CampaignState, CampaignTotals, Milestone } from '#protocol';
import { negotiate } from '../i18n/locale.js';
import type { CampaignDefinition, CampaignTranslation } from './campaign.js';
import type { CampaignData, CampaignRow } from './store.js';

/*
 * Stored campaigns → protocol resources. The state is derived from the time and the amounts, so no
 * job has to run when a campaign ends:
 *   before endsAt: `funded` when raised ≥ goal, else `open`;
 *   from endsAt:   `failed` when there is a minimum and raised < minimum, else `closed`.
 */

export type CampaignWindow = 'not_started' | 'running' | 'ended';

/** Where a time falls: before `startsAt`, between, or from `endsAt` on. */
export function campaignWindow(
  campaign: Pick<CampaignRow, 'startsAt' | 'endsAt'>,
  atMs: number,
): CampaignWindow {
  if (atMs < Date.parse(campaign.startsAt)) return 'not_started';
  if (campaign.endsAt !== null && atMs >= Date.parse(campaign.endsAt)) return 'ended';
  return 'running';
}

export function raisedOf(data: CampaignData): number {
  return data.campaign.offlineAmount + data.pledged;
}

export function campaignState(data: CampaignData, nowMs: number): CampaignState {
  const { campaign } = data;
  const raised = raisedOf(data);
  if (campaignWindow(campaign, nowMs) !== 'ended') return raised >= campaign.goal ? 'funded' : 'open';
  return campaign.minimum !== null && raised < campaign.minimum ? 'failed' : 'closed';
}

export function toCampaignTotals(data: CampaignData, nowMs: number): CampaignTotals {
  const { campaign } = data;
  const state = campaignState(data, nowMs);
  let updatedAt = campaign.totalsUpdatedAt;
  // The state changed by time at endsAt: that is when the resource last changed.
  if (
    campaign.endsAt !== null &&
    campaignWindow(campaign, nowMs) === 'ended' &&
    campaign.endsAt > updatedAt
  ) {
    updatedAt = campaign.endsAt;
  }
  return {
    campaignId: campaign.id,
    raised: { amount: raisedOf(data), currency: campaign.currency },
    backers: campaign.offlineBackers + data.pledgeBackers,
    state,
    milestones: data.milestones.map((m) => ({ id: m.id, reachedAt: m.reachedAt })),
    updatedAt,
  };
}

/** The campaign's texts in the best language for the reader (its own language when none matches). */
export function localizeCampaign(
  document: CampaignDefinition,
  acceptLanguage: string | undefined,
  fallbackLocale: string,
): {
  title: string;
  summary: string | undefined;
  locale: string;
  milestoneLabel(id: string, own: string): { label: string; locale: string };
} {
  const ownLocale = document.locale ?? fallbackLocale;
  const translations = document.translations ?? {};
  const available = [ownLocale, ...Object.keys(translations).filter((locale) => locale !== ownLocale)];
  const chosen = negotiate(acceptLanguage, available, ownLocale);
  const translation: CampaignTranslation | undefined =
    chosen === ownLocale ? undefined : translations[chosen as keyof typeof translations];
  return {
    title: translation?.title ?? document.title,
    summary: translation?.summary ?? document.summary,
    locale: chosen,
    milestoneLabel: (id, own) => {
      const translated = translation?.milestones?.[id];
      return translated === undefined
        ? { label: own, locale: ownLocale }
        : { label: translated, locale: chosen };
    },
  };
}

export function toCampaign(
  data: CampaignData,
  nowMs: number,
  acceptLanguage: string | undefined,
  fallbackLocale: string,
): Campaign {
  const { campaign } = data;
  const { document } = campaign;
  const text = localizeCampaign(document, acceptLanguage, fallbackLocale);
  const labels = new Map(document.milestones.map((m) => [m.id, m.label]));
  const currency = campaign.currency;
  const milestones: Milestone[] = data.milestones.map((m) => {
    const { label, locale } = text.milestoneLabel(m.id, labels.get(m.id) ?? m.id);
    return { id: m.id, label, amount: { amount: m.amount, currency }, reachedAt: m.reachedAt, locale };
  });
  const totals = toCampaignTotals(data, nowMs);
  const result: Campaign = {
    id: campaign.id,
    title: text.title,
    kind: document.kind,
    goal: { amount: campaign.goal, currency },
    raised: totals.raised,
    minimum: campaign.minimum === null ? null : { amount: campaign.minimum, currency },
    backers: totals.backers,
    startsAt: campaign.startsAt,
    endsAt: campaign.endsAt,
    milestones,
    state: totals.state,
    pledgeUrl: document.pledgeUrl,
    recentBackers: data.recentBackers,
    url: document.url,
    locale: text.locale,
  };
  if (text.summary !== undefined) result.summary = text.summary;
  return result;
}
