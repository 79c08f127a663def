import * as v from 'valibot';
import { LocaleSchema, NAME_MAX, plainText, UrlSchema } from './common.js';

/** The protocol version this package speaks. */
export const PROTOCOL_VERSION = '1';

/**
 * Optional parts of the protocol. An endpoint whose `feature` the backend does not list is absent:
 * clients do not call it and the conformance suite reports it as skipped.
 */
export const FEATURES = [
  /** Petitions, counts and signing. */
  'petitions',
  /** Server-sent events with live petition counts. */
  'petitions.live',
  /** Each petition's confirmed count over time (`getPetitionHistory`). */
  'petitions.history',
  /** Idea boards: list, submit, vote, flag, similar ideas. */
  'ideas',
  /** Boards may use down-votes (`votingMode: 'up_down'`). */
  'ideas.downvotes',
  /** Crowdfunding campaigns and totals. */
  'campaigns',
  /** Server-sent events with live campaign totals. */
  'campaigns.live',
  /** Each campaign's raised amount and backers over time (`getCampaignHistory`). */
  'campaigns.history',
  /** Contributor leaderboards. */
  'leaderboards',
  /** Open data: every dataset as CSV and JSON under `/exports/`. */
  'exports',
] as const;
export type Feature = (typeof FEATURES)[number];

/**
 * A feature name. Known names are listed in FEATURES; a newer backend may list names this version
 * does not know, which clients ignore, so they are accepted rather than rejected.
 */
export const FeatureNameSchema = v.union([
  v.picklist(FEATURES),
  v.pipe(v.string(), v.maxLength(64), v.regex(/^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/)),
]);

/** How participants sign in, for widgets that need a token (`auth: 'required'` endpoints). */
export const AuthHintsSchema = v.object({
  scheme: v.literal('bearer'),
  /** Where the host page sends people to sign in; null when the host page handles it itself. */
  signInUrl: v.nullable(UrlSchema),
});
export type AuthHints = v.InferOutput<typeof AuthHintsSchema>;

/** What a backend supports, read once by clients before anything else. */
export const DiscoverySchema = v.pipe(
  v.object({
    protocolVersion: v.literal(PROTOCOL_VERSION),
    backend: v.object({
      name: plainText(1, NAME_MAX),
      version: v.optional(v.pipe(v.string(), v.maxLength(50))),
      url: v.optional(UrlSchema),
    }),
    locales: v.pipe(v.array(LocaleSchema), v.minLength(1)),
    defaultLocale: LocaleSchema,
    features: v.array(FeatureNameSchema),
    pollIntervalSeconds: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1),
      v.maxValue(3600),
      v.description('How often clients may poll count and totals resources.'),
    ),
    auth: v.optional(AuthHintsSchema),
  }),
  v.forward(
    v.check((d) => d.locales.includes(d.defaultLocale), 'defaultLocale must be one of locales'),
    ['defaultLocale'],
  ),
  v.description('defaultLocale is one of locales.'),
);
export type Discovery = v.InferOutput<typeof DiscoverySchema>;

/** Whether a backend advertises a feature. */
export function hasFeature(discovery: Pick<Discovery, 'features'>, feature: Feature): boolean {
  return discovery.features.includes(feature);
}
