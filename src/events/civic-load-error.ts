/** Why a widget could not load its data; `auth` means the backend answered 401. */
export const LOAD_ERROR_KINDS = ['network', 'timeout', 'malformed', 'not_found', 'auth', 'server'] as const;

export type LoadErrorKind = (typeof LOAD_ERROR_KINDS)[number];

export interface CivicLoadErrorDetail {
  /** The HTTP status when the backend answered; absent for network failures and timeouts. */
  readonly status?: number;
  readonly kind: LoadErrorKind;
}

/** A widget failed to load its data and shows an error with a retry button. Fired once per failed load. */
export class CivicLoadErrorEvent extends CustomEvent<CivicLoadErrorDetail> {
  static readonly eventName = 'civic-load-error';

  constructor(detail: CivicLoadErrorDetail) {
    super(CivicLoadErrorEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-load-error': CivicLoadErrorEvent;
  }
}
