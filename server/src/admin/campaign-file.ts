import * as v from 'valibot';
import {
  CampaignKindSchema,
  CountSchema,
  IdSchema,
  LocaleSchema,
  MoneySchema,
  NAME_MAX,
  plainText,
  SUMMARY_MAX,
  TimestampSchema,
  TITLE_MAX,
  UrlSchema,
} from '../../../src/protocol/index.js';
import { PledgeFieldsSchema } from '../campaigns/pledge.js';

/*
 * The file `npm run server -- load campaigns FILE.json` reads. Texts are written in the campaign's
 * own `locale` with optional translations (as petitions do); every amount is an integer in the
 * minor units of one ISO 4217 currency. `offline` is money raised outside the payment provider;
 * `pledges` imports pledges collected before (the demo seeds its backers this way).
 */

export const MilestoneFileSchema = v.object({
  id: IdSchema,
  label: plainText(1, NAME_MAX),
  amount: MoneySchema,
  /** When it was reached before this server; stamped on load or on the pledge that reaches it otherwise. */
  reachedAt: v.optional(v.nullable(TimestampSchema)),
});

/** Text of a campaign in one more language; missing fields fall back to the campaign's own. */
export const CampaignTranslationSchema = v.object({
  title: v.optional(plainText(1, TITLE_MAX)),
  summary: v.optional(plainText(0, SUMMARY_MAX)),
  /** Milestone labels by milestone id. */
  milestones: v.optional(v.record(IdSchema, plainText(1, NAME_MAX))),
});
export type CampaignTranslation = v.InferOutput<typeof CampaignTranslationSchema>;

export const AdminCampaignSchema = v.pipe(
  v.object({
    id: IdSchema,
    kind: CampaignKindSchema,
    /** The language `title`, `summary` and milestone labels are written in (default: the server's). */
    locale: v.optional(LocaleSchema),
    title: plainText(1, TITLE_MAX),
    summary: v.optional(plainText(0, SUMMARY_MAX)),
    goal: MoneySchema,
    minimum: v.optional(v.nullable(MoneySchema), null),
    milestones: v.optional(v.array(MilestoneFileSchema), []),
    startsAt: TimestampSchema,
    endsAt: v.nullable(TimestampSchema),
    pledgeUrl: v.nullable(UrlSchema),
    url: v.nullable(UrlSchema),
    offline: v.optional(v.object({ raised: MoneySchema, backers: CountSchema })),
    translations: v.optional(
      v.object({
        en: v.optional(CampaignTranslationSchema),
        ru: v.optional(CampaignTranslationSchema),
        kk: v.optional(CampaignTranslationSchema),
      }),
    ),
    pledges: v.optional(v.array(PledgeFieldsSchema), []),
  }),
  v.forward(
    v.check((c) => c.goal.amount > 0, 'goal must be greater than zero'),
    ['goal', 'amount'],
  ),
  v.check(
    (c) =>
      [c.minimum, c.offline?.raised, ...c.milestones.map((m) => m.amount), ...c.pledges.map((p) => p.amount)]
        .filter((money) => money != null)
        .every((money) => money.currency === c.goal.currency),
    'every amount must be in the currency of the goal',
  ),
  v.forward(
    v.check(
      (c) => c.minimum === null || c.minimum.amount <= c.goal.amount,
      'minimum must not exceed the goal',
    ),
    ['minimum'],
  ),
  v.forward(
    v.check(
      (c) => new Set(c.milestones.map((m) => m.id)).size === c.milestones.length,
      'each milestone id may appear once',
    ),
    ['milestones'],
  ),
  v.forward(
    v.check(
      (c) => c.endsAt === null || Date.parse(c.endsAt) > Date.parse(c.startsAt),
      'endsAt must be after startsAt',
    ),
    ['endsAt'],
  ),
);
export type AdminCampaign = v.InferOutput<typeof AdminCampaignSchema>;

export const AdminCampaignFileSchema = v.pipe(
  v.object({ campaigns: v.array(AdminCampaignSchema) }),
  v.check(
    (file) => new Set(file.campaigns.map((c) => c.id)).size === file.campaigns.length,
    'each campaign id may appear once',
  ),
);
export type AdminCampaignFile = v.InferOutput<typeof AdminCampaignFileSchema>;

/** Parses and validates a campaign file's text; throws with every problem listed by path. */
export function parseCampaignFile(text: string): AdminCampaignFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`);
  }
  const result = v.safeParse(AdminCampaignFileSchema, json);
  if (!result.success) throw new Error(`invalid campaign file:\n${issueLines(result.issues)}`);
  return result.output;
}

/** Problems of an admin file, one line each by path (the first 20). */
export function issueLines(issues: readonly v.BaseIssue<unknown>[]): string {
  const lines = issues.slice(0, 20).map((issue) => `  ${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`);
  if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more`);
  return lines.join('\n');
}
