import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  CampaignHistorySchema,
  CampaignSchema,
  ConfirmSignatureRequestSchema,
  CreateIdeaRequestSchema,
  DiscoverySchema,
  IdeaSchema,
  IdSchema,
  LeaderboardSchema,
  LocaleSchema,
  MoneySchema,
  PETITION_STATES,
  PetitionCountSchema,
  PetitionHistorySchema,
  PetitionSchema,
  ProblemSchema,
  SignatureRequestSchema,
  TimestampSchema,
  UrlSchema,
  VoteRequestSchema,
} from '../../src/protocol/index.js';
import * as fixtures from './fixtures.js';

interface Case {
  name: string;
  schema: v.GenericSchema;
  value: unknown;
  valid: boolean;
}

/** A copy of `base` with `change` applied, for one-field variations. */
function variant<T>(base: T, change: (draft: T) => void): T {
  const draft = structuredClone(base);
  change(draft);
  return draft;
}

/** A petition history body from `[at, count, resolution]` triples. */
function petitionHistory(...points: [string, number, string][]) {
  return { petitionId: 'p1', points: points.map(([at, count, resolution]) => ({ at, count, resolution })) };
}

/** A campaign history body with one hourly point raising `raised` minor units. */
function campaignHistory(raised: number) {
  return {
    campaignId: 'c1',
    currency: 'KZT',
    points: [{ at: '2026-11-20T13:00:00Z', raised, backers: 3, resolution: 'hour' }],
  };
}

const cases: Case[] = [
  // Money
  {
    name: 'money in minor units',
    schema: MoneySchema,
    value: { amount: 1050, currency: 'EUR' },
    valid: true,
  },
  { name: 'money of zero', schema: MoneySchema, value: { amount: 0, currency: 'KZT' }, valid: true },
  {
    name: 'money with a float amount',
    schema: MoneySchema,
    value: { amount: 10.5, currency: 'EUR' },
    valid: false,
  },
  {
    name: 'money with a negative amount',
    schema: MoneySchema,
    value: { amount: -1, currency: 'EUR' },
    valid: false,
  },
  {
    name: 'money beyond safe integers',
    schema: MoneySchema,
    value: { amount: Number.MAX_SAFE_INTEGER + 1, currency: 'EUR' },
    valid: false,
  },
  {
    name: 'money as a string amount',
    schema: MoneySchema,
    value: { amount: '1050', currency: 'EUR' },
    valid: false,
  },
  {
    name: 'money with a lowercase currency',
    schema: MoneySchema,
    value: { amount: 1, currency: 'eur' },
    valid: false,
  },
  {
    name: 'money with a 4-letter currency',
    schema: MoneySchema,
    value: { amount: 1, currency: 'EURO' },
    valid: false,
  },

  // Timestamp
  { name: 'UTC timestamp', schema: TimestampSchema, value: '2025-03-21T09:30:00Z', valid: true },
  {
    name: 'timestamp with an offset',
    schema: TimestampSchema,
    value: '2025-03-21T15:30:00+06:00',
    valid: true,
  },
  {
    name: 'timestamp with fractions',
    schema: TimestampSchema,
    value: '2025-03-21T09:30:00.123456Z',
    valid: true,
  },
  {
    name: 'timestamp without an offset',
    schema: TimestampSchema,
    value: '2025-03-21T09:30:00',
    valid: false,
  },
  {
    name: 'timestamp with a space separator',
    schema: TimestampSchema,
    value: '2025-03-21 09:30:00Z',
    valid: false,
  },
  { name: 'timestamp with month 13', schema: TimestampSchema, value: '2025-13-01T00:00:00Z', valid: false },
  { name: 'date without a time', schema: TimestampSchema, value: '2025-03-21', valid: false },
  { name: 'unix seconds', schema: TimestampSchema, value: 1355516840, valid: false },

  // Url
  { name: 'https URL', schema: UrlSchema, value: 'https://almaty.example/petitions/1', valid: true },
  { name: 'http URL', schema: UrlSchema, value: 'http://localhost:8080/p?id=1', valid: true },
  { name: 'javascript: URL', schema: UrlSchema, value: 'javascript:alert(1)', valid: false },
  {
    name: 'javascript: URL hiding an http text',
    schema: UrlSchema,
    value: 'javascript://https://x/%0aalert(1)',
    valid: false,
  },
  { name: 'data: URL', schema: UrlSchema, value: 'data:text/html,<script>alert(1)</script>', valid: false },
  { name: 'relative URL', schema: UrlSchema, value: '/petitions/1', valid: false },
  { name: 'ftp URL', schema: UrlSchema, value: 'ftp://files.example/x', valid: false },

  // Id and Locale
  { name: 'numeric id sent as a string', schema: IdSchema, value: '241584', valid: true },
  { name: 'uuid id', schema: IdSchema, value: '3f1c2a9e-8b7d-4c1e-9f2a-1b2c3d4e5f60', valid: true },
  { name: 'numeric id sent as a number', schema: IdSchema, value: 241584, valid: false },
  { name: 'id with a slash', schema: IdSchema, value: 'a/b', valid: false },
  { name: 'empty id', schema: IdSchema, value: '', valid: false },
  { name: 'locale with region', schema: LocaleSchema, value: 'kk-KZ', valid: true },
  { name: 'locale with an underscore', schema: LocaleSchema, value: 'en_GB', valid: false },

  // Discovery
  { name: 'discovery', schema: DiscoverySchema, value: fixtures.discovery(), valid: true },
  {
    name: 'discovery with a numeric protocol version',
    schema: DiscoverySchema,
    value: variant(fixtures.discovery(), (d) => Object.assign(d, { protocolVersion: 1 })),
    valid: false,
  },
  {
    name: 'discovery of protocol version 2',
    schema: DiscoverySchema,
    value: variant(fixtures.discovery(), (d) => Object.assign(d, { protocolVersion: '2' })),
    valid: false,
  },
  {
    name: 'discovery listing a feature this version does not know',
    schema: DiscoverySchema,
    value: variant(fixtures.discovery(), (d) => d.features.push('ideas.comments')),
    valid: true,
  },
  {
    name: 'discovery listing a malformed feature name',
    schema: DiscoverySchema,
    value: variant(fixtures.discovery(), (d) => d.features.push('Ideas Comments')),
    valid: false,
  },
  {
    name: 'discovery polling every 0 seconds',
    schema: DiscoverySchema,
    value: variant(fixtures.discovery(), (d) => (d.pollIntervalSeconds = 0)),
    valid: false,
  },
  {
    name: 'discovery polling every 3601 seconds',
    schema: DiscoverySchema,
    value: variant(fixtures.discovery(), (d) => (d.pollIntervalSeconds = 3601)),
    valid: false,
  },
  {
    name: 'discovery whose default locale is not offered',
    schema: DiscoverySchema,
    value: variant(fixtures.discovery(), (d) => (d.defaultLocale = 'de')),
    valid: false,
  },

  // Petition
  { name: 'petition', schema: PetitionSchema, value: fixtures.petition(), valid: true },
  ...PETITION_STATES.map((state) => ({
    name: `petition in state ${state}`,
    schema: PetitionSchema,
    value: variant(fixtures.petition(), (p) => (p.state = state)),
    valid: true,
  })),
  {
    name: 'petition in an unknown state',
    schema: PetitionSchema,
    value: variant(fixtures.petition(), (p) => Object.assign(p, { state: 'pending' })),
    valid: false,
  },
  {
    name: 'petition with a negative count',
    schema: PetitionSchema,
    value: variant(fixtures.petition(), (p) => (p.signatureCount = -1)),
    valid: false,
  },
  {
    name: 'petition with a fractional offline count',
    schema: PetitionSchema,
    value: variant(fixtures.petition(), (p) => (p.offlineSignatureCount = 1.5)),
    valid: false,
  },
  {
    name: 'petition with thresholds out of order',
    schema: PetitionSchema,
    value: variant(fixtures.petition(), (p) => p.thresholds.reverse()),
    valid: false,
  },
  {
    name: 'petition with an unknown threshold kind',
    schema: PetitionSchema,
    value: variant(fixtures.petition(), (p) => Object.assign(p.thresholds[0]!, { kind: 'victory' })),
    valid: false,
  },
  {
    name: 'petition whose form lists a field twice',
    schema: PetitionSchema,
    value: variant(fixtures.petition(), (p) =>
      p.signatureForm.fields.push({ name: 'email', required: false }),
    ),
    valid: false,
  },
  {
    name: 'petition whose form has a broken pattern',
    schema: PetitionSchema,
    value: variant(fixtures.petition(), (p) => (p.signatureForm.fields[2]!.pattern = '([A-Z')),
    valid: false,
  },
  {
    name: 'petition with a javascript: page URL',
    schema: PetitionSchema,
    value: variant(fixtures.petition(), (p) => (p.url = 'javascript:alert(1)')),
    valid: false,
  },
  {
    name: 'petition with a title over 200 characters',
    schema: PetitionSchema,
    value: variant(fixtures.petition(), (p) => (p.title = 'x'.repeat(201))),
    valid: false,
  },
  {
    name: 'petition without a signature form',
    schema: PetitionSchema,
    value: variant(fixtures.petition(), (p) => Reflect.deleteProperty(p, 'signatureForm')),
    valid: false,
  },
  {
    name: 'petition count',
    schema: PetitionCountSchema,
    value: {
      petitionId: '241584',
      signatureCount: 10412,
      offlineSignatureCount: 0,
      state: 'open',
      thresholds: [],
      updatedAt: '2025-04-02T08:15:00Z',
    },
    valid: true,
  },

  // Signatures
  {
    name: 'signature request',
    schema: SignatureRequestSchema,
    value: fixtures.signatureRequest(),
    valid: true,
  },
  {
    name: 'signature request with a malformed email',
    schema: SignatureRequestSchema,
    value: variant(fixtures.signatureRequest(), (s) => (s.email = 'dana.example.kz')),
    valid: false,
  },
  {
    name: 'signature request without the eligibility answer',
    schema: SignatureRequestSchema,
    value: variant(fixtures.signatureRequest(), (s) => Reflect.deleteProperty(s, 'eligible')),
    valid: false,
  },
  {
    name: 'signature request with a blank name',
    schema: SignatureRequestSchema,
    value: variant(fixtures.signatureRequest(), (s) => (s.name = '   ')),
    valid: false,
  },
  {
    name: 'confirmation token of 22 URL-safe characters',
    schema: ConfirmSignatureRequestSchema,
    value: { token: 'abcDEF0123456789_-abcd' },
    valid: true,
  },
  {
    name: 'confirmation token that is too short',
    schema: ConfirmSignatureRequestSchema,
    value: { token: 'abc' },
    valid: false,
  },
  {
    name: 'confirmation token with standard base64 characters',
    schema: ConfirmSignatureRequestSchema,
    value: { token: 'abcDEF0123456789+/abcd=' },
    valid: false,
  },

  // Ideas
  { name: 'idea', schema: IdeaSchema, value: fixtures.idea(), valid: true },
  {
    name: 'idea with the caller’s down-vote',
    schema: IdeaSchema,
    value: variant(fixtures.idea(), (i) => (i.myVote = -1)),
    valid: true,
  },
  {
    name: 'idea with a vote of 2',
    schema: IdeaSchema,
    value: variant(fixtures.idea(), (i) => Object.assign(i, { myVote: 2 })),
    valid: false,
  },
  {
    name: 'idea marked duplicate of another',
    schema: IdeaSchema,
    value: variant(fixtures.idea(), (i) => Object.assign(i, { status: 'duplicate', duplicateOf: 'idea-3' })),
    valid: true,
  },
  {
    name: 'idea pointing to an original without being a duplicate',
    schema: IdeaSchema,
    value: variant(fixtures.idea(), (i) => (i.duplicateOf = 'idea-3')),
    valid: false,
  },
  {
    name: 'new idea',
    schema: CreateIdeaRequestSchema,
    value: { title: 'Bike racks', body: '' },
    valid: true,
  },
  {
    name: 'new idea with a 2-character title',
    schema: CreateIdeaRequestSchema,
    value: { title: 'ab', body: '' },
    valid: false,
  },
  {
    name: 'new idea with a blank title',
    schema: CreateIdeaRequestSchema,
    value: { title: '     ', body: '' },
    valid: false,
  },
  {
    name: 'new idea with a 141-character title',
    schema: CreateIdeaRequestSchema,
    value: { title: 'x'.repeat(141), body: '' },
    valid: false,
  },
  {
    name: 'new idea with a 5001-character body',
    schema: CreateIdeaRequestSchema,
    value: { title: 'Bike racks', body: 'x'.repeat(5001) },
    valid: false,
  },
  ...[1, -1, 0].map((value) => ({
    name: `vote ${value}`,
    schema: VoteRequestSchema,
    value: { value },
    valid: true,
  })),
  { name: 'vote 2', schema: VoteRequestSchema, value: { value: 2 }, valid: false },
  { name: 'vote as a string', schema: VoteRequestSchema, value: { value: '1' }, valid: false },

  // Campaigns
  { name: 'campaign', schema: CampaignSchema, value: fixtures.campaign(), valid: true },
  {
    name: 'campaign raising another currency than its goal',
    schema: CampaignSchema,
    value: variant(fixtures.campaign(), (c) => (c.raised.currency = 'USD')),
    valid: false,
  },
  {
    name: 'campaign with a milestone in another currency',
    schema: CampaignSchema,
    value: variant(fixtures.campaign(), (c) => (c.milestones[1]!.amount.currency = 'EUR')),
    valid: false,
  },
  {
    name: 'campaign with a minimum in another currency',
    schema: CampaignSchema,
    value: variant(fixtures.campaign(), (c) => (c.minimum = { amount: 1, currency: 'RUB' })),
    valid: false,
  },
  {
    name: 'campaign with a goal of zero',
    schema: CampaignSchema,
    value: variant(fixtures.campaign(), (c) => (c.goal.amount = 0)),
    valid: false,
  },
  {
    name: 'campaign with milestones out of order',
    schema: CampaignSchema,
    value: variant(fixtures.campaign(), (c) => c.milestones.reverse()),
    valid: false,
  },
  {
    name: 'campaign in an unknown state',
    schema: CampaignSchema,
    value: variant(fixtures.campaign(), (c) => Object.assign(c, { state: 'successful' })),
    valid: false,
  },

  // Leaderboards
  {
    name: 'leaderboard with a shared rank',
    schema: LeaderboardSchema,
    value: fixtures.leaderboard(),
    valid: true,
  },
  {
    name: 'leaderboard with a gap in ranks',
    schema: LeaderboardSchema,
    value: variant(fixtures.leaderboard(), (l) => (l.entries[2]!.rank = 3)),
    valid: false,
  },
  {
    name: 'leaderboard with rank 0',
    schema: LeaderboardSchema,
    value: variant(fixtures.leaderboard(), (l) => l.entries.forEach((e) => (e.rank -= 1))),
    valid: false,
  },
  {
    name: 'leaderboard over an unknown period',
    schema: LeaderboardSchema,
    value: variant(fixtures.leaderboard(), (l) => Object.assign(l, { period: 'day' })),
    valid: false,
  },

  // Count histories
  {
    name: 'petition history, hourly after daily',
    schema: PetitionHistorySchema,
    value: petitionHistory(['2026-10-01T00:00:00Z', 10, 'day'], ['2026-11-20T13:00:00Z', 25, 'hour']),
    valid: true,
  },
  { name: 'empty petition history', schema: PetitionHistorySchema, value: petitionHistory(), valid: true },
  {
    name: 'petition history out of order',
    schema: PetitionHistorySchema,
    value: petitionHistory(['2026-11-20T13:00:00Z', 25, 'hour'], ['2026-11-20T12:00:00Z', 20, 'hour']),
    valid: false,
  },
  {
    name: 'petition history with two points for one bucket',
    schema: PetitionHistorySchema,
    value: petitionHistory(['2026-11-20T13:00:00Z', 25, 'hour'], ['2026-11-20T13:00:00+00:00', 26, 'hour']),
    valid: false,
  },
  {
    name: 'petition history with an unknown resolution',
    schema: PetitionHistorySchema,
    value: petitionHistory(['2026-11-20T13:00:00Z', 1, 'minute']),
    valid: false,
  },
  { name: 'campaign history', schema: CampaignHistorySchema, value: campaignHistory(150000), valid: true },
  {
    name: 'campaign history with a fractional amount',
    schema: CampaignHistorySchema,
    value: campaignHistory(1.5),
    valid: false,
  },

  // Problems
  { name: 'validation problem', schema: ProblemSchema, value: fixtures.problem(), valid: true },
  {
    name: 'problem with a success status',
    schema: ProblemSchema,
    value: variant(fixtures.problem(), (p) => (p.status = 200)),
    valid: false,
  },
  {
    name: 'problem whose field error lacks a code',
    schema: ProblemSchema,
    value: variant(fixtures.problem(), (p) => Reflect.deleteProperty(p.errors![0]!, 'code')),
    valid: false,
  },
];

describe('protocol schemas', () => {
  for (const { name, schema, value, valid } of cases) {
    it(`${valid ? 'accepts' : 'rejects'} ${name}`, () => {
      const result = v.safeParse(schema, value);
      const issues = result.issues?.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
      assert.equal(
        result.success,
        valid,
        valid ? `unexpected issues: ${issues?.join('; ')}` : 'was accepted',
      );
    });
  }

  describe('forward compatibility', () => {
    it('strips unknown fields instead of rejecting them', () => {
      const withExtras = {
        ...fixtures.petition(),
        shareCount: 12,
        signatureForm: { ...fixtures.petition().signatureForm, captcha: 'x' },
      };
      const parsed = v.parse(PetitionSchema, withExtras);
      assert.equal('shareCount' in parsed, false);
      assert.equal('captcha' in parsed.signatureForm, false);
      assert.deepEqual(parsed, fixtures.petition());
    });

    it('keeps feature names it does not know, for the caller to ignore', () => {
      const parsed = v.parse(DiscoverySchema, {
        ...fixtures.discovery(),
        features: ['ideas', 'ideas.comments'],
      });
      assert.deepEqual(parsed.features, ['ideas', 'ideas.comments']);
    });
  });

  it('points a mixed-currency campaign issue at the campaign', () => {
    const result = v.safeParse(
      CampaignSchema,
      variant(fixtures.campaign(), (c) => (c.raised.currency = 'USD')),
    );
    assert.equal(result.success, false);
    assert.match(result.issues![0]!.message, /currency/);
  });

  it('points a field-level rule at the field', () => {
    const result = v.safeParse(
      IdeaSchema,
      variant(fixtures.idea(), (i) => (i.duplicateOf = 'idea-3')),
    );
    assert.equal(result.success, false);
    assert.equal(v.getDotPath(result.issues![0]!), 'duplicateOf');
  });
});
