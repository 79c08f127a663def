import { defineEndpoint, defineResourceGet } from '../endpoint.js';
import type { LiveStream } from '../endpoint.js';
import {
  ConfirmSignatureRequestSchema,
  ListPetitionsQuerySchema,
  PetitionCountEventSchema,
  PetitionCountSchema,
  PetitionHistorySchema,
  PetitionPageSchema,
  PetitionPathSchema,
  PetitionSchema,
  SignatureAcceptedSchema,
  SignatureConfirmedSchema,
  SignatureRequestSchema,
} from '../petitions.js';
import type { PetitionCount } from '../petitions.js';

/* The petitions feature's endpoints and event stream. Paths are relative to the API base. */

export const listPetitions = defineEndpoint({
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

export const getPetition = defineResourceGet({
  id: 'getPetition',
  path: '/petitions/{petitionId}',
  summary: 'Get a petition',
  tag: 'petitions',
  feature: 'petitions',
  conditional: true,
  pathParams: PetitionPathSchema,
  response: PetitionSchema,
});

export const getPetitionCount = defineResourceGet({
  id: 'getPetitionCount',
  path: '/petitions/{petitionId}/count',
  summary: "Get a petition's signature count (small and cacheable, made for polling)",
  tag: 'petitions',
  feature: 'petitions',
  conditional: true,
  pathParams: PetitionPathSchema,
  response: PetitionCountSchema,
});

export const getPetitionHistory = defineResourceGet({
  id: 'getPetitionHistory',
  path: '/petitions/{petitionId}/history',
  summary: "Get a petition's confirmed count over time (hourly for 30 days, daily before)",
  tag: 'petitions',
  feature: 'petitions.history',
  conditional: true,
  pathParams: PetitionPathSchema,
  response: PetitionHistorySchema,
});

export const streamPetitionEvents = defineResourceGet({
  id: 'streamPetitionEvents',
  path: '/petitions/{petitionId}/events',
  summary: 'Live signature counts as server-sent events (`count`)',
  tag: 'petitions',
  feature: 'petitions.live',
  responseType: 'text/event-stream',
  pathParams: PetitionPathSchema,
  response: undefined,
});

export const createSignature = defineEndpoint({
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

export const confirmSignature = defineEndpoint({
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

/** The events of `streamPetitionEvents`, by name. */
export const PETITION_STREAM_EVENTS = { count: PetitionCountEventSchema } as const;

/** The stream that pushes what `getPetitionCount` answers: `count` events of `streamPetitionEvents`. */
export const PETITION_COUNT_STREAM: LiveStream<PetitionCount> = {
  endpoint: streamPetitionEvents,
  event: 'count',
  schema: PETITION_STREAM_EVENTS.count,
};
