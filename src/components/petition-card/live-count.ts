import type { ReactiveControllerHost } from 'lit';
import { LiveResourceController } from '../../internal/live-resource.js';
import { getPetitionCount, PETITION_COUNT_STREAM } from '../../protocol/endpoints/petitions.js';

/**
 * Keeps a petition's count fresh through `getPetitionCount` and its `count` events
 * (`PETITION_COUNT_STREAM`; server-sent events or polling, paused while the page is hidden) while the
 * host is connected, and stops when it leaves.
 */
export class LiveCountController extends LiveResourceController<typeof getPetitionCount> {
  constructor(host: ReactiveControllerHost) {
    super(host, getPetitionCount, PETITION_COUNT_STREAM, (petitionId) => ({ path: { petitionId } }));
  }
}
