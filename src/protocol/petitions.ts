import * as v from 'valibot';
import {
  BODY_MAX,
  CountSchema,
  CursorSchema,
  historyPointsOf,
  HistoryResolutionSchema,
  IdSchema,
  LimitSchema,
  LinkSchema,
  LocaleSchema,
  NAME_MAX,
  pageOf,
  SearchQuerySchema,
  SUMMARY_MAX,
  plainText,
  TimestampSchema,
  TITLE_MAX,
  UrlSchema,
} from './common.js';

/*
 * Petitions follow the UK Parliament model (separate response and debate sub-states, thresholds
 * stamped when reached, a small count resource for polling) generalised so that US- and
 * Kazakh-style backends fit: thresholds are a list, and the signature form is described by the backend.
 */

/** Lifecycle. Backends map their own states onto these (UK `pending`/`validated` → `draft`, `sponsored` → `in_moderation`). */
export const PETITION_STATES = [
  'draft',
  'collecting_sponsors',
  'in_moderation',
  'open',
  'closed',
  'rejected',
  'hidden',
] as const;
export type PetitionState = (typeof PETITION_STATES)[number];
export const PetitionStateSchema = v.picklist(PETITION_STATES);

/** Whether the authority has answered. */
export const RESPONSE_STATES = ['none', 'awaiting', 'responded'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];
export const ResponseStateSchema = v.picklist(RESPONSE_STATES);

/** Whether the petition is, was or will be debated. */
export const DEBATE_STATES = ['none', 'awaiting', 'scheduled', 'debated', 'not_debated'] as const;
export type DebateState = (typeof DEBATE_STATES)[number];
export const DebateStateSchema = v.picklist(DEBATE_STATES);

/** List orders: most signatures, most recently opened, closing soonest. */
export const PETITION_SORTS = ['popular', 'newest', 'closing'] as const;
export type PetitionSort = (typeof PETITION_SORTS)[number];
export const PetitionSortSchema = v.picklist(PETITION_SORTS);

/**
 * What reaching a threshold means: `publication` (US: 150 to become public), `moderation` (UK: 5
 * sponsors), `response` (UK 10,000; US 100,000), `debate` (UK 100,000), `referral` (to a committee,
 * Scotland/Wales), `custom` (anything else, described by `label`).
 */
export const THRESHOLD_KINDS = [
  'publication',
  'moderation',
  'response',
  'debate',
  'referral',
  'custom',
] as const;
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number];
export const ThresholdKindSchema = v.picklist(THRESHOLD_KINDS);

/** Rejection reasons (UK codes, snake_case). Backends map anything else to `other` with `details`. */
export const REJECTION_CODES = [
  'duplicate',
  'irrelevant',
  'no_action',
  'defamatory',
  'offensive',
  'honours',
  'fake_name',
  'foi',
  'libellous',
  'advert',
  'already_happening',
  'individual',
  'local',
  'joke',
  'other',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];
export const RejectionCodeSchema = v.picklist(REJECTION_CODES);

/** Fields a signature form may ask for. `name` and `email` are always asked. */
export const SIGNATURE_FIELDS = ['name', 'email', 'postcode', 'region', 'country', 'address'] as const;
export type SignatureField = (typeof SIGNATURE_FIELDS)[number];
export const SignatureFieldNameSchema = v.picklist(SIGNATURE_FIELDS);

/** Longest value the protocol accepts for each signature field. */
export const SIGNATURE_MAX_LENGTH: Readonly<Record<SignatureField, number>> = {
  name: NAME_MAX,
  email: 254,
  postcode: 16,
  region: 64,
  country: 64,
  address: 500,
};

/** A signature count at which something happens. */
export const ThresholdSchema = v.object({
  kind: ThresholdKindSchema,
  count: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  /** Shown for `custom` thresholds; optional for the others, whose meaning clients localize. */
  label: v.optional(plainText(1, NAME_MAX)),
  /** When the count first reached the threshold; null if not (or no longer) reached. */
  reachedAt: v.nullable(TimestampSchema),
});
export type Threshold = v.InferOutput<typeof ThresholdSchema>;

const ThresholdListSchema = v.pipe(
  v.array(ThresholdSchema),
  v.check(
    (list) => list.every((t, i) => i === 0 || list[i - 1]!.count <= t.count),
    'thresholds must be sorted by count, smallest first',
  ),
  v.description('Sorted by count, smallest first.'),
);

export const TopicSchema = v.object({
  code: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: plainText(1, NAME_MAX),
});
export type Topic = v.InferOutput<typeof TopicSchema>;

/** The authority's answer. */
export const GovernmentResponseSchema = v.object({
  summary: plainText(1, SUMMARY_MAX),
  details: v.optional(plainText(0, BODY_MAX)),
  respondedAt: TimestampSchema,
  links: v.array(LinkSchema),
});
export type GovernmentResponse = v.InferOutput<typeof GovernmentResponseSchema>;

/** A debate on the petition (parliament, council or committee). */
export const DebateSchema = v.object({
  scheduledFor: v.nullable(TimestampSchema),
  debatedAt: v.nullable(TimestampSchema),
  summary: v.optional(plainText(0, SUMMARY_MAX)),
  /** Transcript, video, debate pack… */
  links: v.array(LinkSchema),
});
export type Debate = v.InferOutput<typeof DebateSchema>;

export const RejectionSchema = v.object({
  code: RejectionCodeSchema,
  details: v.optional(plainText(0, SUMMARY_MAX)),
});
export type Rejection = v.InferOutput<typeof RejectionSchema>;

/** Signatures from one region, constituency or country. */
export const RegionCountSchema = v.object({
  code: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: plainText(1, NAME_MAX),
  count: CountSchema,
});
export type RegionCount = v.InferOutput<typeof RegionCountSchema>;

/** A choice for a `region` or `country` field. */
export const FieldOptionSchema = v.object({
  value: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  label: plainText(1, NAME_MAX),
});
export type FieldOption = v.InferOutput<typeof FieldOptionSchema>;

function isRegExpSource(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** One field of the signature form. */
export const SignatureFormFieldSchema = v.object({
  name: SignatureFieldNameSchema,
  required: v.boolean(),
  /** ECMAScript regular expression (u flag) the whole value must match, like the HTML `pattern` attribute. */
  pattern: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(500),
      v.check(isRegExpSource, 'pattern must be a valid regular expression'),
    ),
  ),
  /** Allowed values; the widget renders a select. */
  options: v.optional(v.array(FieldOptionSchema)),
});
export type SignatureFormField = v.InferOutput<typeof SignatureFormFieldSchema>;

/**
 * What the backend requires to sign, so one widget serves the UK model (name, email, postcode,
 * citizen/resident statement), the US model (name, email, optional ZIP, age 13+) and others.
 */
export const SignatureFormSchema = v.object({
  fields: v.pipe(
    v.array(SignatureFormFieldSchema),
    v.check(
      (fields) => new Set(fields.map((f) => f.name)).size === fields.length,
      'each field may be listed once',
    ),
    v.description('Each field at most once, in display order.'),
  ),
  /** Signers must confirm they are at least this old; null when there is no age limit. */
  minimumAge: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(150))),
  /** A statement the signer must confirm (`eligible: true`), e.g. "I am a British citizen or UK resident". */
  eligibilityStatement: v.nullable(plainText(1, SUMMARY_MAX)),
  /** Whether to offer "email me about this petition". */
  notifyOptIn: v.boolean(),
  privacyNoticeUrl: v.optional(UrlSchema),
  /** Whether signing needs a signed-in participant (identity-verified systems); absent means false. */
  signInRequired: v.optional(v.boolean()),
});
export type SignatureForm = v.InferOutput<typeof SignatureFormSchema>;

/** A petition in a list. */
export const PetitionSummarySchema = v.object({
  id: IdSchema,
  title: plainText(1, TITLE_MAX),
  summary: plainText(0, SUMMARY_MAX),
  state: PetitionStateSchema,
  responseState: ResponseStateSchema,
  debateState: DebateStateSchema,
  /** Confirmed online signatures. */
  signatureCount: CountSchema,
  /** Paper or other offline signatures added to the total; 0 when there are none. */
  offlineSignatureCount: CountSchema,
  thresholds: ThresholdListSchema,
  openedAt: v.nullable(TimestampSchema),
  closesAt: v.nullable(TimestampSchema),
  createdAt: TimestampSchema,
  /** Canonical page on the city site. */
  url: v.nullable(UrlSchema),
  locale: v.optional(LocaleSchema),
});
export type PetitionSummary = v.InferOutput<typeof PetitionSummarySchema>;

export const PetitionPageSchema = pageOf(PetitionSummarySchema);
export type PetitionPage = v.InferOutput<typeof PetitionPageSchema>;

/** A petition with everything a petition page shows. */
export const PetitionSchema = v.object({
  ...PetitionSummarySchema.entries,
  body: v.optional(plainText(0, BODY_MAX)),
  closedAt: v.nullable(TimestampSchema),
  /** Null while the petition is not public, or when the backend does not publish names. */
  creator: v.nullable(v.object({ name: plainText(1, NAME_MAX) })),
  topics: v.array(TopicSchema),
  governmentResponse: v.nullable(GovernmentResponseSchema),
  debate: v.nullable(DebateSchema),
  rejection: v.nullable(RejectionSchema),
  /** May be empty. */
  signaturesByRegion: v.array(RegionCountSchema),
  signatureForm: SignatureFormSchema,
});
export type Petition = v.InferOutput<typeof PetitionSchema>;

/** The small, cacheable count resource made for polling. */
export const PetitionCountSchema = v.object({
  petitionId: IdSchema,
  signatureCount: CountSchema,
  offlineSignatureCount: CountSchema,
  state: PetitionStateSchema,
  thresholds: ThresholdListSchema,
  updatedAt: TimestampSchema,
});
export type PetitionCount = v.InferOutput<typeof PetitionCountSchema>;

/** Data of the `count` event on a petition's event stream. */
export const PetitionCountEventSchema = PetitionCountSchema;
export type PetitionCountEvent = PetitionCount;

/** One bucket of a petition's history: the confirmed count at the end of the bucket that starts `at` (UTC). */
export const PetitionHistoryPointSchema = v.object({
  at: TimestampSchema,
  count: CountSchema,
  resolution: HistoryResolutionSchema,
});
export type PetitionHistoryPoint = v.InferOutput<typeof PetitionHistoryPointSchema>;

/** A petition's confirmed signature count over time. */
export const PetitionHistorySchema = v.object({
  petitionId: IdSchema,
  points: historyPointsOf(PetitionHistoryPointSchema),
});
export type PetitionHistory = v.InferOutput<typeof PetitionHistorySchema>;

export const PetitionPathSchema = v.object({ petitionId: IdSchema });

export const ListPetitionsQuerySchema = v.object({
  state: v.optional(PetitionStateSchema),
  sort: v.optional(PetitionSortSchema),
  q: v.optional(SearchQuerySchema),
  cursor: v.optional(CursorSchema),
  limit: v.optional(LimitSchema),
});
export type ListPetitionsQuery = v.InferOutput<typeof ListPetitionsQuerySchema>;

/**
 * A signature. Which of the optional fields are needed comes from the petition's `signatureForm`;
 * the server checks them and answers 422 with field errors.
 */
export const SignatureRequestSchema = v.object({
  name: plainText(1, SIGNATURE_MAX_LENGTH.name),
  email: v.pipe(v.string(), v.maxLength(SIGNATURE_MAX_LENGTH.email), v.email()),
  postcode: v.optional(v.pipe(v.string(), v.maxLength(SIGNATURE_MAX_LENGTH.postcode))),
  region: v.optional(v.pipe(v.string(), v.maxLength(SIGNATURE_MAX_LENGTH.region))),
  country: v.optional(v.pipe(v.string(), v.maxLength(SIGNATURE_MAX_LENGTH.country))),
  address: v.optional(v.pipe(v.string(), v.maxLength(SIGNATURE_MAX_LENGTH.address))),
  /** The signer confirms the eligibility statement; the server rejects false when one is set. */
  eligible: v.boolean(),
  /** The signer confirms the minimum age. */
  ageConfirmed: v.optional(v.boolean()),
  /** Opt-in to email about this petition. */
  notify: v.optional(v.boolean()),
  /** Language for the confirmation email. */
  locale: v.optional(LocaleSchema),
  /**
   * Honeypot: a hidden field people leave empty. When it is filled the server answers 202 as usual
   * and discards the signature, so bots learn nothing.
   */
  website: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export type SignatureRequest = v.InferOutput<typeof SignatureRequestSchema>;

/** The same answer for new and duplicate signatures, so the form never reveals who signed. */
export const SignatureAcceptedSchema = v.object({
  status: v.literal('confirmation_sent'),
  petitionId: IdSchema,
});
export type SignatureAccepted = v.InferOutput<typeof SignatureAcceptedSchema>;

/** The token from the confirmation email link (URL-safe base64 alphabet). */
export const ConfirmSignatureRequestSchema = v.object({
  token: v.pipe(v.string(), v.minLength(22), v.maxLength(128), v.regex(/^[A-Za-z0-9_-]+$/)),
});
export type ConfirmSignatureRequest = v.InferOutput<typeof ConfirmSignatureRequestSchema>;

/** Confirming twice gives the same answer. */
export const SignatureConfirmedSchema = v.object({
  petitionId: IdSchema,
  count: PetitionCountSchema,
});
export type SignatureConfirmed = v.InferOutput<typeof SignatureConfirmedSchema>;
