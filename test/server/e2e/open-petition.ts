/* The petition the end-to-end tests load into a server process, dated around the real clock it runs on. */

/** What differs between the tests' petitions. */
export interface OpenPetitionFields {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly signatureCount: number;
  readonly thresholds: readonly { kind: string; count: number; reachedAt: null }[];
}

/** An open petition (opened an hour ago, closing in 30 days) signed with a name and an email. */
export function openPetition(fields: OpenPetitionFields) {
  const now = Date.now();
  return {
    id: fields.id,
    title: fields.title,
    summary: fields.summary,
    state: 'open',
    responseState: 'none',
    debateState: 'none',
    signatureCount: fields.signatureCount,
    offlineSignatureCount: 0,
    thresholds: fields.thresholds,
    openedAt: new Date(now - 3_600_000).toISOString(),
    closesAt: new Date(now + 30 * 86_400_000).toISOString(),
    createdAt: new Date(now - 86_400_000).toISOString(),
    url: null,
    locale: 'en',
    body: fields.body,
    closedAt: null,
    creator: { name: 'Test Creator' },
    topics: [],
    governmentResponse: null,
    debate: null,
    rejection: null,
    signaturesByRegion: [],
    signatureForm: {
      fields: [
        { name: 'name', required: true },
        { name: 'email', required: true },
      ],
      minimumAge: null,
      eligibilityStatement: null,
      notifyOptIn: false,
    },
  };
}
