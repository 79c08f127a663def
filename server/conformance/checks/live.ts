import * as v from 'valibot';
import { STREAM_EVENTS } from '#protocol';
import type { StreamEndpointId } from '#protocol';
import { readablePetitionId } from '../fixtures.js';
import { describeIssues, expectAllowedOrigin } from '../expect.js';
import { ensure, fail } from '../harness.js';
import type { CallInput, Check, CheckContext } from '../harness.js';

/**
 * Opens an event stream and reads until the first event named `eventName` (others are ignored, as
 * clients do), validating its data with the stream's schema; the stream is closed afterwards.
 */
export async function expectFirstEvent(
  ctx: CheckContext,
  streamId: StreamEndpointId,
  input: CallInput,
  eventName: string,
): Promise<unknown> {
  const stream = await ctx.openStream(streamId, input);
  try {
    if (stream.status !== 200) {
      const text = (await stream.readText()).slice(0, 160);
      fail(`GET ${stream.target}: expected HTTP 200, got ${stream.status} ${text}`);
    }
    ensure(
      stream.mediaType === 'text/event-stream',
      `GET ${stream.target}: Content-Type should be text/event-stream, got "${stream.headers.get('content-type') ?? ''}"`,
    );
    expectAllowedOrigin({ target: stream.target, headers: stream.headers }, ctx.options.origin);
    const schemas: Readonly<Record<string, v.GenericSchema>> = STREAM_EVENTS[streamId];
    const schema = schemas[eventName];
    ensure(schema, `${streamId} has no event named ${eventName}`);
    for (;;) {
      const event = await stream.next();
      if (!event) fail(`GET ${stream.target}: the stream ended before a "${eventName}" event`);
      if (event.event !== eventName) continue;
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        fail(`GET ${stream.target}: "${eventName}" data is not JSON: ${event.data.slice(0, 120)}`);
      }
      const result = v.safeParse(schema, data);
      if (!result.success)
        fail(`GET ${stream.target}: "${eventName}" data is invalid: ${describeIssues(result.issues)}`);
      return result.output;
    }
  } finally {
    stream.close();
  }
}

export const liveChecks: Check[] = [
  {
    id: 'live.petition-events',
    area: 'live',
    title: 'GET /petitions/{id}/events streams text/event-stream with a valid first "count" event',
    endpoints: ['streamPetitionEvents'],
    async run(ctx) {
      const petitionId = await readablePetitionId(ctx);
      const data = (await expectFirstEvent(
        ctx,
        'streamPetitionEvents',
        { path: { petitionId } },
        'count',
      )) as {
        petitionId: string;
        signatureCount: number;
      };
      ensure(
        data.petitionId === petitionId,
        `the count event names petition ${data.petitionId}, not ${petitionId}`,
      );
      ctx.note(`first count: ${data.signatureCount}`);
    },
  },
  {
    id: 'live.campaign-events',
    area: 'live',
    title: 'GET /campaigns/{id}/events streams text/event-stream with a valid first "totals" event',
    endpoints: ['streamCampaignEvents'],
    async run(ctx: CheckContext) {
      const campaignId = ctx.options.campaignId;
      if (campaignId === undefined) ctx.skip('pass --campaign ID to check campaign streams');
      const data = (await expectFirstEvent(
        ctx,
        'streamCampaignEvents',
        { path: { campaignId } },
        'totals',
      )) as {
        campaignId: string;
      };
      ensure(
        data.campaignId === campaignId,
        `the totals event names campaign ${data.campaignId}, not ${campaignId}`,
      );
    },
  },
];
