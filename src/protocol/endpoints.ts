import type { AnyEndpoint } from './endpoint.js';
import {
  getCampaign,
  getCampaignHistory,
  getCampaignTotals,
  streamCampaignEvents,
} from './endpoints/campaigns.js';
import { getDiscovery } from './endpoints/discovery.js';
import { getDataPackage, getExportCsv, getExportJson } from './endpoints/exports.js';
import { createIdea, flagIdea, getBoard, listIdeas, setVote, similarIdeas } from './endpoints/ideas.js';
import { getLeaderboard } from './endpoints/leaderboards.js';
import {
  confirmSignature,
  createSignature,
  getPetition,
  getPetitionCount,
  getPetitionHistory,
  listPetitions,
  streamPetitionEvents,
} from './endpoints/petitions.js';

/*
 * Every operation of wire protocol v1, gathered from the features' modules in endpoints/. Paths are
 * relative to the API base (servers mount it at /api/v1).
 *
 * The registry pulls in every feature's schemas, so browser code never imports it statically: a
 * widget imports the descriptors it calls from its feature's module (`endpoints/petitions.js`) and
 * passes them to `client.request`, and its bundle holds only its own feature's protocol.
 */

/** The registry every consumer derives from; keys equal each endpoint's `id`. */
export const ENDPOINTS = {
  getDiscovery,
  listPetitions,
  getPetition,
  getPetitionCount,
  getPetitionHistory,
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
  getCampaignHistory,
  streamCampaignEvents,
  getLeaderboard,
  getExportCsv,
  getExportJson,
  getDataPackage,
} as const;
export type Endpoints = typeof ENDPOINTS;
export type EndpointId = keyof Endpoints;

/** Whether an endpoint exists on a backend that advertises `features` (endpoints without a feature always do). */
export function isEndpointAvailable(endpoint: AnyEndpoint, features: readonly string[]): boolean {
  return endpoint.feature === undefined || features.includes(endpoint.feature);
}
