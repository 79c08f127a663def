export interface CivicSignedDetail {
  /** The petition that was signed. Never any personal data: the page learns that someone signed, not who. */
  readonly petitionId: string;
}

/**
 * A citizen sent a signature and the backend accepted it; a confirmation email is on its way.
 * The same event follows a duplicate signature, because the backend answers both alike.
 */
export class CivicSignedEvent extends CustomEvent<CivicSignedDetail> {
  static readonly eventName = 'civic-signed';

  constructor(detail: CivicSignedDetail) {
    super(CivicSignedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-signed': CivicSignedEvent;
  }
}
