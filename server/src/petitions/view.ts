import type { Link, Petition, PetitionCount, PetitionState, PetitionSummary, Threshold } from '#protocol';
import { negotiate } from '../i18n/locale.js';
import type { PetitionDefinition, PetitionTranslation } from './petition.js';
import type { PetitionRow } from './store.js';
import type { ThresholdRow } from './threshold-store.js';

/*
 * Stored rows → protocol resources: the state as read (an open petition past its closing time is
 * closed), counts, thresholds and the text in the reader's language.
 */

/** What the count resource is made of. */
export interface CountData {
  petitionId: string;
  storedState: string;
  importedCount: number;
  offlineCount: number;
  confirmed: number;
  countUpdatedAt: string;
  /** UTC ISO, or null. */
  closesAt: string | null;
  thresholds: readonly ThresholdRow[];
}

/** The state as read at `nowMs`: `open` with `closesAt` passed is `closed`. */
export function effectiveState(storedState: string, closesAt: string | null, nowMs: number): PetitionState {
  if (storedState === 'open' && closesAt !== null && Date.parse(closesAt) <= nowMs) return 'closed';
  return storedState as PetitionState;
}

/** Whether the petition was closed by time rather than by an administrator. */
function closedByTime(storedState: string, closesAt: string | null, nowMs: number): boolean {
  return storedState === 'open' && effectiveState(storedState, closesAt, nowMs) === 'closed';
}

export function toThresholds(rows: readonly ThresholdRow[]): Threshold[] {
  return rows.map((row) => {
    const threshold: Threshold = {
      kind: row.kind as Threshold['kind'],
      count: row.count,
      reachedAt: row.reached_at,
    };
    if (row.label !== null) threshold.label = row.label;
    return threshold;
  });
}

export function toPetitionCount(data: CountData, nowMs: number): PetitionCount {
  let updatedAt = data.countUpdatedAt;
  if (closedByTime(data.storedState, data.closesAt, nowMs) && data.closesAt! > updatedAt)
    updatedAt = data.closesAt!;
  return {
    petitionId: data.petitionId,
    signatureCount: data.importedCount + data.confirmed,
    offlineSignatureCount: data.offlineCount,
    state: effectiveState(data.storedState, data.closesAt, nowMs),
    thresholds: toThresholds(data.thresholds),
    updatedAt,
  };
}

export function parseDocument(row: PetitionRow): PetitionDefinition {
  return JSON.parse(row.document) as PetitionDefinition;
}

/** The petition's text in the best language for the reader (its own language when none matches). */
export function localize(
  document: PetitionDefinition,
  acceptLanguage: string | undefined,
  fallbackLocale: string,
): PetitionDefinition {
  const ownLocale = document.locale ?? fallbackLocale;
  const translations = document.translations ?? {};
  const available = [
    ownLocale,
    ...Object.entries(translations)
      .filter(([, translation]) => translation !== undefined)
      .map(([locale]) => locale),
  ];
  const chosen = negotiate(acceptLanguage, available, ownLocale);
  const translation = chosen === ownLocale ? undefined : translations[chosen as keyof typeof translations];
  const localized: PetitionDefinition = { ...document, locale: chosen };
  if (!translation) return labelLinks(localized, ownLocale);
  if (translation.title !== undefined) localized.title = translation.title;
  if (translation.summary !== undefined) localized.summary = translation.summary;
  if (translation.body !== undefined) localized.body = translation.body;
  if (document.governmentResponse && translation.governmentResponse) {
    const response = { ...document.governmentResponse };
    if (translation.governmentResponse.summary !== undefined)
      response.summary = translation.governmentResponse.summary;
    if (translation.governmentResponse.details !== undefined)
      response.details = translation.governmentResponse.details;
    localized.governmentResponse = response;
  }
  if (document.debate && translation.debate?.summary !== undefined) {
    localized.debate = { ...document.debate, summary: translation.debate.summary };
  }
  if (document.rejection && translation.rejection?.details !== undefined) {
    localized.rejection = { ...document.rejection, details: translation.rejection.details };
  }
  localizeNames(localized, translation);
  return labelLinks(localized, ownLocale);
}

/** Links are never translated: each says its label's language, the petition's own unless it names one. */
function labelLinks(localized: PetitionDefinition, ownLocale: string): PetitionDefinition {
  const label = (links: readonly Link[]): Link[] =>
    links.map((link) => ({ ...link, locale: link.locale ?? ownLocale }));
  if (localized.governmentResponse)
    localized.governmentResponse = {
      ...localized.governmentResponse,
      links: label(localized.governmentResponse.links),
    };
  if (localized.debate) localized.debate = { ...localized.debate, links: label(localized.debate.links) };
  return localized;
}

/** Replaces names the translation gives by code; anything it leaves out keeps the petition's own. */
function localizeNames(localized: PetitionDefinition, translation: PetitionTranslation): void {
  const { topicNames, regionNames, optionLabels, thresholdLabels, eligibilityStatement } = translation;
  if (topicNames) {
    localized.topics = localized.topics.map((topic) => ({
      ...topic,
      name: topicNames[topic.code] ?? topic.name,
    }));
  }
  if (regionNames) {
    localized.signaturesByRegion = localized.signaturesByRegion.map((region) => ({
      ...region,
      name: regionNames[region.code] ?? region.name,
    }));
  }
  const form = localized.signatureForm;
  if (eligibilityStatement !== undefined || optionLabels) {
    localized.signatureForm = {
      ...form,
      eligibilityStatement:
        form.eligibilityStatement === null ? null : (eligibilityStatement ?? form.eligibilityStatement),
      fields: form.fields.map((field) =>
        field.options && optionLabels
          ? {
              ...field,
              options: field.options.map((option) => ({
                ...option,
                label: optionLabels[option.value] ?? option.label,
              })),
            }
          : field,
      ),
    };
  }
  if (thresholdLabels) {
    localized.thresholds = localized.thresholds.map((threshold) => {
      const label = thresholdLabels[String(threshold.count)];
      return label === undefined ? threshold : { ...threshold, label };
    });
  }
}

/** The count's thresholds (with reached-at times) under the labels of the petition's language. */
function labelled(counted: readonly Threshold[], own: readonly Threshold[]): Threshold[] {
  return counted.map((threshold) => {
    const label = own.find((t) => t.kind === threshold.kind && t.count === threshold.count)?.label;
    return label === undefined ? threshold : { ...threshold, label };
  });
}

function summaryOf(document: PetitionDefinition, count: PetitionCount): PetitionSummary {
  const summary: PetitionSummary = {
    id: document.id,
    title: document.title,
    summary: document.summary,
    state: count.state,
    responseState: document.responseState,
    debateState: document.debateState,
    signatureCount: count.signatureCount,
    offlineSignatureCount: count.offlineSignatureCount,
    thresholds: labelled(count.thresholds, document.thresholds),
    openedAt: document.openedAt,
    closesAt: document.closesAt,
    createdAt: document.createdAt,
    url: document.url,
  };
  if (document.locale !== undefined) summary.locale = document.locale;
  return summary;
}

/** A list item. */
export function toPetitionSummary(
  row: PetitionRow,
  count: PetitionCount,
  acceptLanguage: string | undefined,
  fallbackLocale: string,
): PetitionSummary {
  return summaryOf(localize(parseDocument(row), acceptLanguage, fallbackLocale), count);
}

/** The whole petition, with the count resource's numbers so both always agree. */
export function toPetition(
  row: PetitionRow,
  stored: PetitionDefinition,
  count: PetitionCount,
  nowMs: number,
  acceptLanguage: string | undefined,
  fallbackLocale: string,
): Petition {
  const document = localize(stored, acceptLanguage, fallbackLocale);
  const closedAt =
    document.closedAt ?? (closedByTime(row.state, row.closes_at, nowMs) ? document.closesAt : null);
  const petition: Petition = {
    ...summaryOf(document, count),
    closedAt,
    creator: document.creator,
    topics: document.topics,
    governmentResponse: document.governmentResponse,
    debate: document.debate,
    rejection: document.rejection,
    signaturesByRegion: document.signaturesByRegion,
    signatureForm: document.signatureForm,
  };
  if (document.body !== undefined) petition.body = document.body;
  return petition;
}
