import { defineEndpoint } from '../endpoint.js';
import { LeaderboardPathSchema, LeaderboardQuerySchema, LeaderboardSchema } from '../leaderboards.js';

/* The leaderboards feature's endpoint. Paths are relative to the API base. */

export const getLeaderboard = defineEndpoint({
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
