import type * as v from 'valibot';
import type { EndpointId } from './endpoints.js';
import { CAMPAIGN_STREAM_EVENTS } from './endpoints/campaigns.js';
import { PETITION_STREAM_EVENTS } from './endpoints/petitions.js';

/*
 * Server-sent event streams. Each message has an `event:` name from this map and one line of
 * `data:` holding the JSON the schema describes. Clients ignore unknown event names and comment
 * lines (`: keep-alive`), and validate `data` with the schema. Each feature defines its streams'
 * events beside its endpoints (endpoints/<feature>.ts); this map gathers them.
 */
export const STREAM_EVENTS = {
  streamPetitionEvents: PETITION_STREAM_EVENTS,
  streamCampaignEvents: CAMPAIGN_STREAM_EVENTS,
} as const satisfies Partial<Record<EndpointId, Record<string, v.GenericSchema>>>;
export type StreamEvents = typeof STREAM_EVENTS;
export type StreamEndpointId = keyof StreamEvents;
/** Event names of one stream, e.g. `'count'` for `streamPetitionEvents`. */
export type StreamEventName<E extends StreamEndpointId> = keyof StreamEvents[E] & string;
/** The validated data of one stream event. */
export type StreamEventData<E extends StreamEndpointId, N extends StreamEventName<E>> = v.InferOutput<
  StreamEvents[E][N] extends v.GenericSchema ? StreamEvents[E][N] : never
>;
