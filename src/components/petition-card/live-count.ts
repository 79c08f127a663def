import type { ReactiveControllerHost } from 'lit';
import { LiveResourceController } from '../../internal/live-resource.js';

/**
 * Keeps a petition's count fresh through `client.watch('getPetitionCount')` (server-sent events or
 * polling, paused while the page is hidden) while the host is connected, and stops when it leaves.
 */
export class LiveCountController extends LiveResourceController<'getPetitionCount'> {
  constructor(host: ReactiveControllerHost) {
    super(host, 'getPetitionCount', (petitionId) => ({ path: { petitionId } }));
  }
}
