import type { PetitionDefinition } from '../../../server/src/petitions/petition.js';

/**
 * A valid open petition for tests; override any field. Its total is 107 (100 imported + 7 offline),
 * so the first confirmed signature reaches the `response` threshold at 108.
 */
export function petitionFixture(overrides: Partial<PetitionDefinition> = {}): PetitionDefinition {
  return {
    id: 'bike-lanes',
    title: 'Build protected bike lanes on Abai Avenue',
    summary: 'Cyclists share six lanes with buses.',
    body: 'Abai Avenue carries 40,000 vehicles a day.',
    state: 'open',
    responseState: 'none',
    debateState: 'none',
    signatureCount: 100,
    offlineSignatureCount: 7,
    thresholds: [
      { kind: 'response', count: 108, reachedAt: null },
      { kind: 'debate', count: 100_000, reachedAt: null },
    ],
    openedAt: '2025-03-01T09:00:00Z',
    closesAt: '2099-09-01T09:00:00+06:00',
    closedAt: null,
    createdAt: '2025-02-20T17:42:11Z',
    url: 'https://almaty.example/petitions/bike-lanes',
    creator: { name: 'Aigerim Nurlanovna' },
    topics: [{ code: 'transport', name: 'Transport' }],
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
      eligibilityStatement: 'I live, work or study in Almaty.',
      notifyOptIn: true,
    },
    locale: 'en',
    translations: {
      ru: {
        title: 'Постройте защищённые велодорожки на проспекте Абая',
        summary: 'Велосипедисты делят шесть полос с автобусами.',
      },
      kk: { title: 'Абай даңғылында қорғалған веложолдар салыңыз' },
    },
    ...overrides,
  };
}
