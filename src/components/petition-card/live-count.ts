import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CivicClient, LiveHandle } from '../../client/index.js';
import type { PetitionCount } from '../../protocol/petitions.js';

/**
 * Keeps a petition's count fresh through `client.watch('getPetitionCount')` (server-sent events or
 * polling, paused while the page is hidden) while the host is connected, and stops when it leaves.
 */
export class LiveCountController implements ReactiveController {
  /** The latest count of the followed petition; undefined until the first answer. */
  value: PetitionCount | undefined;

  private readonly host: ReactiveControllerHost;
  private client: CivicClient | undefined;
  private petitionId: string | undefined;
  private handle: LiveHandle | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    this.handle?.stop();
    this.handle = undefined;
  }

  /** Follows one petition's count; `undefined` for either stops following. Repeated calls are cheap. */
  follow(client: CivicClient | undefined, petitionId: string | undefined): void {
    if (client === this.client && petitionId === this.petitionId) return;
    this.handle?.stop();
    this.handle = undefined;
    this.client = client;
    this.petitionId = petitionId;
    this.value = undefined;
    this.start();
  }

  /** Asks for the count now. */
  refresh(): void {
    this.handle?.refresh();
  }

  private start(): void {
    const { client, petitionId } = this;
    if (!client || !petitionId || this.handle) return;
    this.handle = client.watch(
      'getPetitionCount',
      { path: { petitionId } },
      {
        onValue: (value) => {
          if (client !== this.client || petitionId !== this.petitionId) return;
          this.value = value;
          this.host.requestUpdate();
        },
        // A failed refresh keeps the last good count on screen; the watch keeps trying.
        onError: () => {},
      },
    );
  }
}
