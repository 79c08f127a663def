export interface CivicIdeaSubmittedDetail {
  readonly boardId: string;
  readonly ideaId: string;
  /** The idea waits for a moderator before others see it. */
  readonly pendingModeration: boolean;
}

/** A citizen submitted an idea and the backend stored it. No personal data. */
export class CivicIdeaSubmittedEvent extends CustomEvent<CivicIdeaSubmittedDetail> {
  static readonly eventName = 'civic-idea-submitted';

  constructor(detail: CivicIdeaSubmittedDetail) {
    super(CivicIdeaSubmittedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'civic-idea-submitted': CivicIdeaSubmittedEvent;
  }
}
