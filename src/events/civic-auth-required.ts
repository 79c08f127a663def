/** What the citizen was doing when the backend asked for a signed-in user. */
export const AUTH_REQUIRED_REASONS = ['load', 'sign', 'vote', 'propose', 'report'] as const;

export type AuthRequiredReason = (typeof AUTH_REQUIRED_REASONS)[number];

export interface CivicAuthRequiredDetail {
  readonly reason: AuthRequiredReason;
}

/**
 * The backend answered 401: the host page should offer its own sign-in, then set a token callback
 * (`getToken`) on the provider or widget and let the citizen try again.
 */
export class CivicAuthRequiredEvent extends CustomEvent<CivicAuthRequiredDetail> {
  static readonly eventName = 'civic-auth-required';

  constructor(detail: CivicAuthRequiredDetail) {
    super(CivicAuthRequiredEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-auth-required': CivicAuthRequiredEvent;
  }
}
