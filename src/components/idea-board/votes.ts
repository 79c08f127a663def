import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAuthRequired, isOriginNotAllowed } from '../../client/index.js';
import { warnIfOriginNotAllowed } from '../../internal/form/origin-warning.js';
import { rateLimitWait } from '../../internal/form/rate-limit.js';
import { isolate } from '../../internal/user-text.js';
import type { CivicClient } from '../../client/index.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Idea, VoteValue } from '../../protocol/ideas.js';
import { applyVote, nextVote, tallyOf } from './vote-button.js';
import type { VoteTally } from './vote-button.js';
import { setVote } from '../../protocol/endpoints/ideas.js';

export interface VoteControllerOptions {
  readonly client: () => CivicClient | undefined;
  /** False when the widget knows nobody is signed in: the vote is not sent at all. */
  readonly maySend: () => Promise<boolean>;
  /** Nobody is signed in: the press of `button` on `idea` can be repeated once someone is. */
  readonly onAuthRequired: (idea: Idea, button: 1 | -1) => void;
  /** The vote failed and was rolled back; `error` says why. */
  readonly onFailed: (idea: Idea, error: unknown) => void;
  /** The server stored a vote. */
  readonly onChanged: (idea: Idea, value: VoteValue) => void;
}

/** What a failed vote announces: not available on this page, when to try again after a rate limit, or to try again. */
export function voteFailureMessage(localize: LocalizeController, idea: Idea, error: unknown): string {
  if (isOriginNotAllowed(error)) return localize.term('submit.originNotAllowed.vote');
  const title = isolate(idea.title);
  const wait = rateLimitWait(error);
  return wait === undefined
    ? localize.term('ideaBoard.vote.failed', { title })
    : localize.term('ideaBoard.vote.rateLimited', { title, when: localize.wait(wait) });
}

/**
 * Votes on ideas, optimistically: the tally changes at once, the `PUT` (idempotent: it sets the
 * value, so repeating it is harmless) follows, and a failure rolls the tally back to what the
 * server last confirmed. When presses overtake each other, only the latest answer counts.
 */
export class VoteController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: VoteControllerOptions;
  /** What the server last said, by idea id; absent means the listed idea is current. */
  private readonly confirmed = new Map<string, VoteTally>();
  /** What the citizen sees while a vote is on its way. */
  private readonly shown = new Map<string, VoteTally>();
  private readonly latest = new Map<string, number>();
  private sequence = 0;

  constructor(host: ReactiveControllerHost, options: VoteControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Forgets every vote, e.g. when the list is loaded again with fresh counts. */
  clear(): void {
    this.confirmed.clear();
    this.shown.clear();
    this.latest.clear();
  }

  /** The tally to show for an idea. */
  tally(idea: Idea): VoteTally {
    return this.shown.get(idea.id) ?? this.confirmed.get(idea.id) ?? tallyOf(idea);
  }

  /** The citizen pressed `button` (1 for, -1 against) on an idea. Resolves to whether the server stored the vote. */
  async press(idea: Idea, button: 1 | -1): Promise<boolean> {
    const client = this.options.client();
    if (!client) return false;
    if (!(await this.options.maySend())) {
      this.options.onAuthRequired(idea, button);
      return false;
    }
    const before = this.tally(idea);
    const value = nextVote(before.myVote, button);
    const id = idea.id;
    const ticket = ++this.sequence;
    this.latest.set(id, ticket);
    this.shown.set(id, applyVote(before, value));
    this.host.requestUpdate();
    try {
      const result = await client.request(setVote, { path: { ideaId: id }, body: { value } });
      this.confirmed.set(id, { votesUp: result.votesUp, votesDown: result.votesDown, myVote: result.myVote });
      if (this.latest.get(id) === ticket) this.shown.delete(id);
      this.options.onChanged(idea, result.myVote);
      return true;
    } catch (error) {
      if (this.latest.get(id) !== ticket) return false;
      this.shown.delete(id);
      warnIfOriginNotAllowed(error);
      if (isAuthRequired(error)) this.options.onAuthRequired(idea, button);
      else this.options.onFailed(idea, error);
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }
}
