/* Valid protocol values that tests vary one field at a time. */
import type {
  Campaign,
  Discovery,
  Idea,
  Leaderboard,
  LeaderboardEntry,
  Petition,
  Problem,
  SignatureRequest,
} from '../../src/protocol/index.js';

export function discovery(): Discovery {
  return {
    protocolVersion: '1',
    backend: { name: 'Almaty Civic Backend', version: '2.3.0', url: 'https://civic.almaty.example' },
    locales: ['kk', 'ru', 'en'],
    defaultLocale: 'kk',
    features: ['petitions', 'petitions.live', 'ideas', 'campaigns', 'leaderboards'],
    pollIntervalSeconds: 60,
  };
}

export function petition(): Petition {
  return {
    id: '241584',
    title: 'Build protected bike lanes on Abai Avenue',
    summary: 'Cyclists share six lanes with buses. Protected lanes would make the avenue safe.',
    body: 'Abai Avenue carries 40,000 vehicles a day…',
    state: 'open',
    responseState: 'awaiting',
    debateState: 'none',
    signatureCount: 10412,
    offlineSignatureCount: 350,
    thresholds: [
      { kind: 'response', count: 10000, reachedAt: '2025-04-02T08:15:00+06:00' },
      { kind: 'debate', count: 100000, reachedAt: null },
    ],
    openedAt: '2025-03-01T09:00:00Z',
    closesAt: '2025-09-01T09:00:00Z',
    closedAt: null,
    createdAt: '2025-02-20T17:42:11.123Z',
    creator: { name: 'Aigerim Nurlanovna' },
    topics: [{ code: 'transport', name: 'Transport' }],
    governmentResponse: null,
    debate: null,
    rejection: null,
    signaturesByRegion: [{ code: 'ALM-MED', name: 'Medeu district', count: 2210 }],
    url: 'https://almaty.example/petitions/241584',
    signatureForm: {
      fields: [
        { name: 'name', required: true },
        { name: 'email', required: true },
        { name: 'postcode', required: false, pattern: '[A-Z][0-9]{2}[A-Z][0-9][A-Z]' },
        {
          name: 'region',
          required: true,
          options: [
            { value: 'ALM-MED', label: 'Medeu district' },
            { value: 'ALM-BOS', label: 'Bostandyk district' },
          ],
        },
      ],
      minimumAge: 16,
      eligibilityStatement: 'I live, work or study in Almaty.',
      notifyOptIn: true,
      privacyNoticeUrl: 'https://almaty.example/privacy',
    },
    locale: 'en',
  };
}

export function signatureRequest(): SignatureRequest {
  return {
    name: 'Dana Seitkali',
    email: 'dana@example.kz',
    region: 'ALM-MED',
    eligible: true,
    ageConfirmed: true,
    notify: false,
    locale: 'kk',
    website: '',
  };
}

export function idea(): Idea {
  return {
    id: 'idea-17',
    boardId: 'city-budget-2026',
    title: 'Drinking fountains in every park',
    body: 'Summers are getting hotter; free water helps everyone.',
    author: { id: 'u-9', displayName: 'Marat K.' },
    category: { id: 'parks', name: 'Parks' },
    status: 'planned',
    duplicateOf: null,
    votesUp: 214,
    votesDown: 0,
    myVote: null,
    commentCount: 12,
    officialResponse: {
      body: 'Planned for the 2026 budget.',
      respondedAt: '2025-05-10T12:00:00+05:00',
    },
    pendingModeration: false,
    hidden: false,
    createdAt: '2025-04-01T10:00:00Z',
    url: null,
  };
}

export function campaign(): Campaign {
  return {
    id: 'library-bus',
    title: 'A mobile library for the outer districts',
    summary: 'A converted bus that visits six districts a week.',
    kind: 'donation',
    goal: { amount: 5_000_000_00, currency: 'KZT' },
    raised: { amount: 3_125_000_00, currency: 'KZT' },
    minimum: { amount: 2_000_000_00, currency: 'KZT' },
    backers: 812,
    startsAt: '2025-03-01T00:00:00+05:00',
    endsAt: '2025-06-30T23:59:59+05:00',
    milestones: [
      {
        id: 'bus',
        label: 'Buy the bus',
        amount: { amount: 2_000_000_00, currency: 'KZT' },
        reachedAt: '2025-04-11T10:00:00Z',
      },
      {
        id: 'books',
        label: '5,000 books',
        amount: { amount: 5_000_000_00, currency: 'KZT' },
        reachedAt: null,
      },
    ],
    state: 'open',
    pledgeUrl: 'https://fund.almaty.example/library-bus/pledge',
    recentBackers: [{ displayName: 'Anonymous', at: '2025-05-02T09:12:00Z' }],
    url: 'https://fund.almaty.example/library-bus',
  };
}

function entry(rank: number, id: string, score: number): LeaderboardEntry {
  return {
    rank,
    participant: { id, displayName: `Expert ${id}`, avatarUrl: null, profileUrl: null },
    score,
    breakdown: [{ action: 'answer.accepted', count: score / 15, points: score }],
    badges: [],
  };
}

export function leaderboard(): Leaderboard {
  return {
    id: 'experts',
    title: 'Top experts',
    period: 'month',
    periodStart: '2025-05-01T00:00:00+05:00',
    periodEnd: '2025-06-01T00:00:00+05:00',
    category: null,
    categories: [{ id: 'transport', name: 'Transport' }],
    entries: [entry(1, 'a', 150), entry(1, 'b', 150), entry(2, 'c', 90)],
    nextCursor: null,
    total: 3,
    me: null,
    rules: {
      actions: [{ action: 'answer.accepted', label: 'Answer accepted', points: 15 }],
      dailyCap: 200,
      excludesStaff: true,
    },
    updatedAt: '2025-05-20T10:00:00Z',
  };
}

export function problem(): Problem {
  return {
    type: 'urn:civic:problem:validation',
    title: 'Your request has invalid fields',
    status: 422,
    errors: [{ field: 'email', code: 'invalid', message: 'Not an email address' }],
  };
}
