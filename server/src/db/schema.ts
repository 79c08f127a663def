import type { ColumnType, Generated, Kysely } from 'kysely';

/*
 * Table types of the query layer. Both databases use the same columns: timestamps are ISO 8601
 * UTC text (`2025-03-21T09:30:00.000Z`, which sorts as time does), booleans are 0/1 integers.
 */

export interface PetitionsTable {
  id: string;
  /** State as loaded; an `open` petition whose `closes_at` has passed is read as `closed`. */
  state: string;
  /** The admin petition document (protocol Petition plus translations) as JSON. */
  document: string;
  /** Signatures counted elsewhere before this server (the admin file's `signatureCount`). */
  imported_count: number;
  offline_count: number;
  /** Confirmed online signatures (SQLite; PostgreSQL keeps them in petition_counts). */
  confirmed_count: Generated<number>;
  /** When the count last changed. */
  count_updated_at: string;
  /** Lowercased titles and summaries in every language, for `q`. */
  search_text: string;
  created_at: string;
  opened_at: string | null;
  closes_at: string | null;
  updated_at: string;
}

export interface PetitionThresholdsTable {
  petition_id: string;
  position: number;
  kind: string;
  count: number;
  label: string | null;
  reached_at: string | null;
}

/** PostgreSQL's sharded counter: N rows per petition, incremented at random, summed on read. */
export interface PetitionCountsTable {
  petition_id: string;
  shard: number;
  count: number;
  updated_at: string;
}

export interface SignaturesTable {
  id: string;
  petition_id: string;
  name: string;
  email: string;
  /** sha256 of the canonical email: what duplicates are found by. */
  email_key: string;
  postcode: string | null;
  region: string | null;
  country: string | null;
  address: string | null;
  locale: string;
  notify: number;
  /** Subject of the participant token, when the signer was signed in. */
  subject: string | null;
  /** sha256 of the client address, for the rate limits. */
  ip_hash: string;
  /** Why the signature is never counted (`rate_limit`); null for normal signatures. */
  flagged_reason: string | null;
  created_at: string;
  confirmed_at: string | null;
  /** Confirmation or "already signed" emails sent for this signature (capped). */
  emails_sent: number;
}

export interface ConfirmationTokensTable {
  /** sha256 (hex) of the token; the token itself is only in the email. */
  token_hash: string;
  signature_id: string;
  petition_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface IdempotencyKeysTable {
  /** sha256 of the scope (endpoint, path, token subject) and the key. */
  id: string;
  /** sha256 of method, path and body. */
  fingerprint: string;
  /** Null while the first request is in flight. */
  status: number | null;
  response: string | null;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  kind: string;
  petition_id: string | null;
  to_address: string;
  /** sha256 of the canonical recipient (`emailKey`); null on mail queued before it was kept. */
  to_key: string | null;
  locale: string;
  subject: string;
  text_body: string;
  html_body: string;
  created_at: string;
  next_attempt_at: string;
  attempts: number;
  /** A worker holds the message until then (several processes share one PostgreSQL). */
  lease_until: string | null;
  sent_at: string | null;
  /** `smtp` or `dev-outbox` (demo mode without SMTP). */
  delivered_to: string | null;
  last_error: string | null;
}

export interface ParticipantsTable {
  /** The token's subject. */
  id: string;
  display_name: string;
  /** 1 for staff and officials (moderate; left out of leaderboards). */
  staff: number;
  avatar_url: string | null;
  profile_url: string | null;
  updated_at: string;
}

export interface ContributionsTable {
  participant_id: string;
  action: string;
  subject_id: string;
  category_id: string | null;
  occurred_at: string;
}

/** A bigint column (money in minor units): PostgreSQL's driver reads it as text, so read with Number(). */
type Amount = ColumnType<number | string, number, number>;

export interface CampaignsTable {
  id: string;
  /** The admin campaign document (texts, translations, milestones' labels) as JSON. */
  document: string;
  /** ISO 4217; every amount of the campaign is in it, in minor units. */
  currency: string;
  goal_amount: Amount;
  minimum_amount: Amount | null;
  /** Raised outside the payment provider (cash, bank transfers), from the admin file. */
  offline_amount: Amount;
  offline_backers: number;
  starts_at: string;
  ends_at: string | null;
  /** When raised or backers last changed. */
  totals_updated_at: string;
  updated_at: string;
}

export interface CampaignMilestonesTable {
  campaign_id: string;
  id: string;
  position: number;
  amount: Amount;
  /** When the raised total first reached the amount. */
  reached_at: string | null;
}

export interface PledgesTable {
  /** The payment provider's id: a pledge is stored (and counted) once. */
  payment_id: string;
  campaign_id: string;
  amount: Amount;
  currency: string;
  /** The provider's id of the backer (several pledges, one backer); null counts the pledge as its own backer. */
  backer_id: string | null;
  display_name: string | null;
  /** 1 when the backer agreed to be shown by name. */
  public: number;
  /** When the provider took the payment. */
  created_at: string;
  received_at: string;
}

export interface LeaderboardsTable {
  id: string;
  /** The admin leaderboard definition as JSON. */
  document: string;
  updated_at: string;
}

export interface BoardsTable {
  id: string;
  /** The admin board document (protocol Board plus locale and translations) as JSON. */
  document: string;
  voting_mode: string;
  submissions_open: number;
  pre_moderation: number;
  flag_hide_threshold: number;
  updated_at: string;
}

export interface IdeasTable {
  id: string;
  board_id: string;
  /** Title and body in the idea's own language (`locale`, null when unknown). */
  title: string;
  body: string;
  locale: string | null;
  /** JSON `{ ru?: { title?, body?, officialResponse? }, … }` from admin files; null for submitted ideas. */
  translations: string | null;
  /** The title normalized (NFKC, lowercase, single spaces): exact duplicates on a board are refused. */
  title_key: string;
  /** Lowercased titles (every language) and titles plus bodies, for full-text search. */
  search_title: string;
  search_text: string;
  /** The author's participant id (token subject); null for ideas imported without one. */
  author_id: string | null;
  author_name: string;
  category_id: string | null;
  status: string;
  duplicate_of: string | null;
  /** JSON OfficialResponse, or null. */
  official_response: string | null;
  comment_count: number;
  /** Votes counted elsewhere (admin files); votes cast here are rows of idea_votes. */
  imported_up: number;
  imported_down: number;
  /** imported + idea_votes, recomputed in every vote's transaction. */
  votes_up: number;
  votes_down: number;
  pending_moderation: number;
  hidden: number;
  url: string | null;
  created_at: string;
  updated_at: string;
}

export interface IdeaVotesTable {
  idea_id: string;
  participant_id: string;
  /** 1 or -1; a withdrawn vote has no row. */
  value: number;
  voted_at: string;
}

export interface IdeaFlagsTable {
  idea_id: string;
  participant_id: string;
  reason: string;
  note: string | null;
  created_at: string;
}

/** One petition count shard's confirmed count at the end of a bucket (history/). */
export interface PetitionCountSamplesTable {
  petition_id: string;
  /** The bucket's start, ISO 8601 UTC. */
  bucket_at: string;
  shard: number;
  /** `hour` or `day`. */
  resolution: string;
  count: number;
}

/** A campaign's totals at the end of a bucket (history/). */
export interface CampaignTotalSamplesTable {
  campaign_id: string;
  bucket_at: string;
  resolution: string;
  raised: Amount;
  backers: number;
}

/** The typed query layer over every table. */
export type Db = Kysely<DatabaseSchema>;

export interface DatabaseSchema {
  petitions: PetitionsTable;
  petition_thresholds: PetitionThresholdsTable;
  petition_counts: PetitionCountsTable;
  signatures: SignaturesTable;
  confirmation_tokens: ConfirmationTokensTable;
  idempotency_keys: IdempotencyKeysTable;
  outbox: OutboxTable;
  participants: ParticipantsTable;
  contributions: ContributionsTable;
  boards: BoardsTable;
  ideas: IdeasTable;
  idea_votes: IdeaVotesTable;
  idea_flags: IdeaFlagsTable;
  campaigns: CampaignsTable;
  campaign_milestones: CampaignMilestonesTable;
  pledges: PledgesTable;
  leaderboards: LeaderboardsTable;
  petition_count_samples: PetitionCountSamplesTable;
  campaign_total_samples: CampaignTotalSamplesTable;
}
