import { defineEndpoint } from './endpoint.js';
import type { AnyEndpoint, Endpoint } from './endpoint.js';
import { CampaignPathSchema, CampaignSchema, CampaignTotalsSchema } from './campaigns.js';
import { DiscoverySchema } from './discovery.js';
import {
  BoardPathSchema,
  BoardSchema,
  CreateIdeaRequestSchema,
  FlagReceivedSchema,
  FlagRequestSchema,
  IdeaPageSchema,
  IdeaPathSchema,
  IdeaSchema,
  ListIdeasQuerySchema,
  SimilarIdeasQuerySchema,
  SimilarIdeasSchema,
  VoteRequestSchema,
  VoteResultSchema,
} from './ideas.js';
import { LeaderboardPathSchema, LeaderboardQuerySchema, LeaderboardSchema } from './leaderboards.js';
import {
  ConfirmSignatureRequestSchema,
  ListPetitionsQuerySchema,
  PetitionCountSchema,
  PetitionPageSchema,
  PetitionPathSchema,
  PetitionSchema,
  SignatureAcceptedSchema,
  SignatureConfirmedSchema,
  SignatureRequestSchema,
} from './petitions.js';

/* Every operation of wire protocol v1. Paths are relative to the API base (servers mount it at /api/v1). */

type PathSchema = NonNullable<AnyEndpoint['pathParams']>;
type ResponseSchema = NonNullable<AnyEndpoint['response']>;

/** What a public GET of one resource by its path states; the rest of its descriptor is fixed. */
interface ResourceGet<Path extends PathSchema, Response extends ResponseSchema | undefined> {
  readonly id: string;
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly feature: string;
  readonly conditional?: true;
  readonly responseType?: 'text/event-stream';
  readonly pathParams: Path;
  readonly response: Response;
}

/** A public GET of one resource named by its path: no query, no body, anyone may call it. */
function defineResourceGet<Path extends PathSchema, Response extends ResponseSchema | undefined>(
  get: ResourceGet<Path, Response>,
): Endpoint<Path, undefined, undefined, Response> {
  const { id, path, summary, tag, feature, pathParams, response, ...kind } = get;
  return defineEndpoint({
    id,
    method: 'GET',
    path,
    summary,
    tag,
    status: 200,
    auth: 'none',
    feature,
    ...kind,
    pathParams,
    query: undefined,
    body: undefined,
    response,
  });
}

const getDiscovery = defineEndpoint({
  id: 'getDiscovery',
  method: 'GET',
  path: '/',
  summary: 'What the backend supports: protocol version, locales, features, poll interval',
  tag: 'discovery',
  status: 200,
  auth: 'none',
  pathParams: undefined,
  query: undefined,
  body: undefined,
  response: DiscoverySchema,
});

const listPetitions = defineEndpoint({
  id: 'listPetitions',
  method: 'GET',
  path: '/petitions',
  summary: 'List petitions',
  tag: 'petitions',
  status: 200,
  auth: 'none',
  feature: 'petitions',
  pathParams: undefined,
  query: ListPetitionsQuerySchema,
  body: undefined,
  response: PetitionPageSchema,
});

const getPetition = defineResourceGet({
  id: 'getPetition',
  path: '/petitions/{petitionId}',
  summary: 'Get a petition',
  tag: 'petitions',
  feature: 'petitions',
  conditional: true,
  pathParams: PetitionPathSchema,
  response: PetitionSchema,
});

const getPetitionCount = defineResourceGet({
  id: 'getPetitionCount',
  path: '/petitions/{petitionId}/count',
  summary: "Get a petition's signature count (small and cacheable, made for polling)",
  tag: 'petitions',
  feature: 'petitions',
  conditional: true,
  pathParams: PetitionPathSchema,
  response: PetitionCountSchema,
});

const streamPetitionEvents = defineResourceGet({
  id: 'streamPetitionEvents',
  path: '/petitions/{petitionId}/events',
  summary: 'Live signature counts as server-sent events (`count`)',
  tag: 'petitions',
  feature: 'petitions.live',
  responseType: 'text/event-stream',
  pathParams: PetitionPathSchema,
  response: undefined,
});

const createSignature = defineEndpoint({
  id: 'createSignature',
  method: 'POST',
  path: '/petitions/{petitionId}/signatures',
  summary: 'Sign a petition (a confirmation email is sent; same answer for duplicates)',
  tag: 'petitions',
  status: 202,
  auth: 'optional',
  feature: 'petitions',
  idempotent: true,
  pathParams: PetitionPathSchema,
  query: undefined,
  body: SignatureRequestSchema,
  response: SignatureAcceptedSchema,
});

const confirmSignature = defineEndpoint({
  id: 'confirmSignature',
  method: 'POST',
  path: '/signatures/confirm',
  summary: 'Confirm a signature with the token from the email (confirming twice is not an error)',
  tag: 'petitions',
  status: 200,
  auth: 'none',
  feature: 'petitions',
  idempotent: true,
  pathParams: undefined,
  query: undefined,
  body: ConfirmSignatureRequestSchema,
  response: SignatureConfirmedSchema,
});

const getBoard = defineResourceGet({
  id: 'getBoard',
  path: '/boards/{boardId}',
  summary: 'Get an idea board and its settings',
  tag: 'ideas',
  feature: 'ideas',
  conditional: true,
  pathParams: BoardPathSchema,
  response: BoardSchema,
});

const listIdeas = defineEndpoint({
  id: 'listIdeas',
  method: 'GET',
  path: '/boards/{boardId}/ideas',
  summary: "List a board's ideas (a token adds `myVote` and the caller's pending ideas)",
  tag: 'ideas',
  status: 200,
  auth: 'optional',
  feature: 'ideas',
  pathParams: BoardPathSchema,
  query: ListIdeasQuerySchema,
  body: undefined,
  response: IdeaPageSchema,
});

const createIdea = defineEndpoint({
  id: 'createIdea',
  method: 'POST',
  path: '/boards/{boardId}/ideas',
  summary: 'Submit an idea',
  tag: 'ideas',
  status: 201,
  auth: 'required',
  feature: 'ideas',
  idempotent: true,
  pathParams: BoardPathSchema,
  query: undefined,
  body: CreateIdeaRequestSchema,
  response: IdeaSchema,
});

const setVote = defineEndpoint({
  id: 'setVote',
  method: 'PUT',
  path: '/ideas/{ideaId}/vote',
  summary: "Set the caller's vote on an idea (1, -1 or 0 to withdraw)",
  tag: 'ideas',
  status: 200,
  auth: 'required',
  feature: 'ideas',
  pathParams: IdeaPathSchema,
  query: undefined,
  body: VoteRequestSchema,
  response: VoteResultSchema,
});

const flagIdea = defineEndpoint({
  id: 'flagIdea',
  method: 'POST',
  path: '/ideas/{ideaId}/flags',
  summary: 'Report an idea to the moderators',
  tag: 'ideas',
  status: 202,
  auth: 'required',
  feature: 'ideas',
  idempotent: true,
  pathParams: IdeaPathSchema,
  query: undefined,
  body: FlagRequestSchema,
  response: FlagReceivedSchema,
});

const similarIdeas = defineEndpoint({
  id: 'similarIdeas',
  method: 'GET',
  path: '/boards/{boardId}/similar',
  summary: 'Ideas similar to a title being typed, to avoid duplicates',
  tag: 'ideas',
  status: 200,
  auth: 'none',
  feature: 'ideas',
  pathParams: BoardPathSchema,
  query: SimilarIdeasQuerySchema,
  body: undefined,
  response: SimilarIdeasSchema,
});

const getCampaign = defineResourceGet({
  id: 'getCampaign',
  path: '/campaigns/{campaignId}',
  summary: 'Get a crowdfunding campaign',
  tag: 'campaigns',
  feature: 'campaigns',
  conditional: true,
  pathParams: CampaignPathSchema,
  response: CampaignSchema,
});

const getCampaignTotals = defineResourceGet({
  id: 'getCampaignTotals',
  path: '/campaigns/{campaignId}/totals',
  summary: "Get a campaign's totals (small and cacheable, made for polling)",
  tag: 'campaigns',
  feature: 'campaigns',
  conditional: true,
  pathParams: CampaignPathSchema,
  response: CampaignTotalsSchema,
});

const streamCampaignEvents = defineResourceGet({
  id: 'streamCampaignEvents',
  path: '/campaigns/{campaignId}/events',
  summary: 'Live campaign totals as server-sent events (`totals`)',
  tag: 'campaigns',
  feature: 'campaigns.live',
  responseType: 'text/event-stream',
  pathParams: CampaignPathSchema,
  response: undefined,
});

const getLeaderboard = defineEndpoint({
  id: 'getLeaderboard',
  method: 'GET',
  path: '/leaderboards/{leaderboardId}',
  summary: 'Get a page of a leaderboard (a token adds `me`)',
  tag: 'leaderboards',
  status: 200,
  auth: 'optional',
  feature: 'leaderboards',
  pathParams: LeaderboardPathSchema,
  query: LeaderboardQuerySchema,
  body: undefined,
  response: LeaderboardSchema,
});

/** The registry every consumer derives from; keys equal each endpoint's `id`. */
export const ENDPOINTS = {
  getDiscovery,
  listPetitions,
  getPetition,
  getPetitionCount,
  streamPetitionEvents,
  createSignature,
  confirmSignature,
  getBoard,
  listIdeas,
  createIdea,
  setVote,
  flagIdea,
  similarIdeas,
  getCampaign,
  getCampaignTotals,
  streamCampaignEvents,
  getLeaderboard,
} as const;
export type Endpoints = typeof ENDPOINTS;
export type EndpointId = keyof Endpoints;

/** Whether an endpoint exists on a backend that advertises `features` (endpoints without a feature always do). */
export function isEndpointAvailable(endpoint: AnyEndpoint, features: readonly string[]): boolean {
  return endpoint.feature === undefined || features.includes(endpoint.feature);
}
