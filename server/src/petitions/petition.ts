import * as v from 'valibot';
import { BODY_MAX, NAME_MAX, PetitionSchema, plainText, SUMMARY_MAX, TITLE_MAX } from '#protocol';

/*
 * A petition as this server keeps it: the protocol's Petition plus translations. `signatureCount`
 * is the count collected elsewhere (an offset this server adds its confirmed signatures to);
 * `thresholds[].reachedAt` may carry dates reached before the import.
 */

/** Text of a petition in one more language; missing fields fall back to the petition's own. */
export const PetitionTranslationSchema = v.object({
  title: v.optional(plainText(1, TITLE_MAX)),
  summary: v.optional(plainText(0, SUMMARY_MAX)),
  body: v.optional(plainText(0, BODY_MAX)),
  governmentResponse: v.optional(
    v.object({
      summary: v.optional(plainText(1, SUMMARY_MAX)),
      details: v.optional(plainText(0, BODY_MAX)),
    }),
  ),
  debate: v.optional(v.object({ summary: v.optional(plainText(0, SUMMARY_MAX)) })),
  rejection: v.optional(v.object({ details: v.optional(plainText(0, SUMMARY_MAX)) })),
  /** The statement signers confirm (`signatureForm.eligibilityStatement`). */
  eligibilityStatement: v.optional(plainText(1, SUMMARY_MAX)),
  /** Names by code: topics, regions of `signaturesByRegion`, and region/country field options by value. */
  topicNames: v.optional(v.record(v.string(), plainText(1, NAME_MAX))),
  regionNames: v.optional(v.record(v.string(), plainText(1, NAME_MAX))),
  optionLabels: v.optional(v.record(v.string(), plainText(1, NAME_MAX))),
  /** Threshold labels by the threshold's count, e.g. `{ "5000": "Council debate" }`. */
  thresholdLabels: v.optional(v.record(v.pipe(v.string(), v.regex(/^[1-9][0-9]*$/)), plainText(1, NAME_MAX))),
});
export type PetitionTranslation = v.InferOutput<typeof PetitionTranslationSchema>;

export const PetitionDefinitionSchema = v.object({
  ...PetitionSchema.entries,
  translations: v.optional(
    v.object({
      en: v.optional(PetitionTranslationSchema),
      ru: v.optional(PetitionTranslationSchema),
      kk: v.optional(PetitionTranslationSchema),
    }),
  ),
});
export type PetitionDefinition = v.InferOutput<typeof PetitionDefinitionSchema>;
