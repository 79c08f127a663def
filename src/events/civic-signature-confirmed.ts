export interface CivicSignatureConfirmedDetail {
  /** The petition whose signature was confirmed. No personal data. */
  readonly petitionId: string;
}

/** A citizen confirmed their signature with the token from the email, and it now counts. */
export class CivicSignatureConfirmedEvent extends CustomEvent<CivicSignatureConfirmedDetail> {
  static readonly eventName = 'civic-signature-confirmed';

  constructor(detail: CivicSignatureConfirmedDetail) {
    super(CivicSignatureConfirmedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-signature-confirmed': CivicSignatureConfirmedEvent;
  }
}
