import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CivicClient, LiveHandle } from '../client/index.js';
import type { AnyEndpoint, EndpointInput, EndpointOutput, LiveStream } from '../protocol/endpoint.js';

/**
 * Keeps one live resource (a petition's count, a campaign's totals) fresh through
 * `client.watchEndpoint` (server-sent events on the resource's stream, or polling, paused while the
 * page is hidden) while the host is connected, and stops when it leaves. The widget passes the
 * endpoint and stream it imports from its feature's module, so its bundle holds no other feature's.
 */
export class LiveResourceController<E extends AnyEndpoint> implements ReactiveController {
  /** The latest value of the followed resource; undefined until the first answer. */
  value: EndpointOutput<E> | undefined;

  private readonly host: ReactiveControllerHost;
  private readonly endpoint: E;
  private readonly stream: LiveStream<EndpointOutput<E>> | null;
  private readonly inputFor: (id: string) => EndpointInput<E>;
  private client: CivicClient | undefined;
  private resourceId: string | undefined;
  private handle: LiveHandle | undefined;

  /**
   * `stream` pushes the endpoint's value (e.g. `CAMPAIGN_TOTALS_STREAM` for `getCampaignTotals`), or
   * `null` to always poll; `inputFor` builds the call input from the followed id, e.g.
   * `(id) => ({ path: { campaignId: id } })`.
   */
  constructor(
    host: ReactiveControllerHost,
    endpoint: E,
    stream: LiveStream<EndpointOutput<E>> | null,
    inputFor: (id: string) => EndpointInput<E>,
  ) {
    this.host = host;
    this.endpoint = endpoint;
    this.stream = stream;
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
    this.handle = client.watchEndpoint(this.endpoint, this.inputFor(resourceId), {
      stream: this.stream,
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
