import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CivicClient, LiveHandle } from '../client/index.js';
import type { LIVE_STREAMS } from '../client/live.js';
import type { EndpointInput, EndpointOutput } from '../protocol/endpoint.js';
import type { Endpoints } from '../protocol/endpoints.js';

/** Resources a widget can follow live: those with an event stream in `LIVE_STREAMS`. */
export type LiveEndpointId = keyof typeof LIVE_STREAMS;

/**
 * Keeps one live resource (a petition's count, a campaign's totals) fresh through `client.watch`
 * (server-sent events or polling, paused while the page is hidden) while the host is connected,
 * and stops when it leaves.
 */
export class LiveResourceController<K extends LiveEndpointId> implements ReactiveController {
  /** The latest value of the followed resource; undefined until the first answer. */
  value: EndpointOutput<Endpoints[K]> | undefined;

  private readonly host: ReactiveControllerHost;
  private readonly endpointId: K;
  private readonly inputFor: (id: string) => EndpointInput<Endpoints[K]>;
  private client: CivicClient | undefined;
  private resourceId: string | undefined;
  private handle: LiveHandle | undefined;

  /** `inputFor` builds the call input from the followed id, e.g. `(id) => ({ path: { campaignId: id } })`. */
  constructor(
    host: ReactiveControllerHost,
    endpointId: K,
    inputFor: (id: string) => EndpointInput<Endpoints[K]>,
  ) {
    this.host = host;
    this.endpointId = endpointId;
    this.inputFor = inputFor;
    host.addController(this);
  }

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.handle?.stop();
    this.handle = undefined;
  }

  /** Follows one resource; `undefined` for either stops following. Repeated calls are cheap. */
  follow(client: CivicClient | undefined, id: string | undefined): void {
    if (client === this.client && id === this.resourceId) return;
    this.handle?.stop();
    this.handle = undefined;
    this.client = client;
    this.resourceId = id;
    this.value = undefined;
    this.start();
  }

  /** Asks for the value now. */
  refresh(): void {
    this.handle?.refresh();
  }

  private start(): void {
    const { client, resourceId } = this;
    if (!client || !resourceId || this.handle) return;
    this.handle = client.watch(this.endpointId, this.inputFor(resourceId), {
      onValue: (value) => {
        if (client !== this.client || resourceId !== this.resourceId) return;
        this.value = value;
        this.host.requestUpdate();
      },
      // A failed refresh keeps the last good value on screen; the watch keeps trying.
      onError: () => {},
    });
  }
}
