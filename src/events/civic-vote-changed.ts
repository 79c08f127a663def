import type { VoteValue } from '../protocol/ideas.js';

export interface CivicVoteChangedDetail {
  readonly ideaId: string;
  /** The vote the backend stored: 1, -1, or 0 when withdrawn. Never who voted. */
  readonly value: VoteValue;
}

/** A citizen's vote on an idea was stored by the backend. */
export class CivicVoteChangedEvent extends CustomEvent<CivicVoteChangedDetail> {
  static readonly eventName = 'civic-vote-changed';

  constructor(detail: CivicVoteChangedDetail) {
    super(CivicVoteChangedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-vote-changed': CivicVoteChangedEvent;
  }
}
