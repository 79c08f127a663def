import { defineEndpoint, defineResourceGet } from '../endpoint.js';
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
} from '../ideas.js';

/* The ideas feature's endpoints (idea boards, ideas, votes, reports). Paths are relative to the API base. */

export const getBoard = defineResourceGet({
  id: 'getBoard',
  path: '/boards/{boardId}',
  summary: 'Get an idea board and its settings',
  tag: 'ideas',
  feature: 'ideas',
  conditional: true,
  pathParams: BoardPathSchema,
  response: BoardSchema,
});

export const listIdeas = defineEndpoint({
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

export const createIdea = defineEndpoint({
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

export const setVote = defineEndpoint({
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

export const flagIdea = defineEndpoint({
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

export const similarIdeas = defineEndpoint({
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
