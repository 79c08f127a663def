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
} from '#protocol';

/*
 * A campaign as this server keeps it. Texts are written in the campaign's own `locale` with
 * optional translations (as petitions do); every amount is an integer in the minor units of one
 * ISO 4217 currency. `offline` is money raised outside the payment provider; `pledges` imports
 * pledges collected before (the demo seeds its backers this way).
 */

/** The pledge fields a provider sends (and an admin file may import). */
export const PledgeFieldsSchema = v.object({
  /** The provider's payment id. */
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200), v.regex(/^[\x21-\x7e]+$/, 'Printable ASCII only')),
  amount: v.pipe(
    MoneySchema,
    v.forward(
      v.check((money) => money.amount > 0, 'A pledge must be greater than zero'),
      ['amount'],
    ),
  ),
  /** The provider's id of the backer: several pledges of one backer count as one backer. */
  backerId: v.optional(v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(200)))),
  /** Shown among recent backers when `public`; anything that is not a usable name is dropped. */
  backerDisplayName: v.optional(v.nullable(v.string())),
  public: v.boolean(),
  /** When the provider took the payment. */
  createdAt: TimestampSchema,
});

export const MilestoneDefinitionSchema = v.object({
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

export const CampaignDefinitionSchema = v.pipe(
  v.object({
    id: IdSchema,
    kind: CampaignKindSchema,
    /** The language `title`, `summary` and milestone labels are written in (default: the server's). */
    locale: v.optional(LocaleSchema),
    title: plainText(1, TITLE_MAX),
    summary: v.optional(plainText(0, SUMMARY_MAX)),
    goal: MoneySchema,
    minimum: v.optional(v.nullable(MoneySchema), null),
    milestones: v.optional(v.array(MilestoneDefinitionSchema), []),
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
export type CampaignDefinition = v.InferOutput<typeof CampaignDefinitionSchema>;
