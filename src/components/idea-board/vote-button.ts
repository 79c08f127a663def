import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { isolate } from '../../internal/user-text.js';
import { isVotingClosed } from '../../protocol/ideas.js';
import type { Idea, IdeaStatus, VoteValue, VotingMode } from '../../protocol/ideas.js';

/** Whether citizens can still vote on an idea in this status. */
export function isVotingOpen(status: IdeaStatus): boolean {
  return !isVotingClosed(status);
}

/** The counts of an idea and the caller's vote: what a vote changes. */
export interface VoteTally {
  readonly votesUp: number;
  readonly votesDown: number;
  readonly myVote: VoteValue | null;
}

/** The vote a press of `button` asks for: pressing the vote already given withdraws it. */
export function nextVote(current: VoteValue | null, button: 1 | -1): VoteValue {
  return current === button ? 0 : button;
}

/** The tally after the caller's vote becomes `value`, as the server will count it. */
export function applyVote(tally: VoteTally, value: VoteValue): VoteTally {
  const previous = tally.myVote ?? 0;
  return {
    votesUp: Math.max(0, tally.votesUp - (previous === 1 ? 1 : 0) + (value === 1 ? 1 : 0)),
    votesDown: Math.max(0, tally.votesDown - (previous === -1 ? 1 : 0) + (value === -1 ? 1 : 0)),
    myVote: value,
  };
}

export function tallyOf(idea: Idea): VoteTally {
  return { votesUp: idea.votesUp, votesDown: idea.votesDown, myVote: idea.myVote };
}

/**
 * The vote control of one idea: "Support" on up-only boards, "For" and "Against" on up/down boards.
 * Real toggle buttons (`aria-pressed`) whose names carry the idea's title and the count; the
 * visible word starts the name (WCAG 2.5.3). Closed ideas show their count and "Voting closed".
 */
export function renderVoteControl(
  idea: Idea,
  tally: VoteTally,
  mode: VotingMode,
  localize: LocalizeController,
  onVote: (idea: Idea, button: 1 | -1) => void,
): TemplateResult {
  const open = isVotingOpen(idea.status);
  const title = isolate(idea.title);
  if (mode === 'up') {
    return html`<div class="vote" part="vote">
      <p class="vote-count">${localize.plural('supporters', tally.votesUp)}</p>
      ${
        open
          ? html`<button
              type="button"
              class="button secondary vote-button"
              aria-pressed=${tally.myVote === 1 ? 'true' : 'false'}
              aria-label=${localize.plural('ideaBoard.vote.supportName', tally.votesUp, { title })}
              @click=${() => onVote(idea, 1)}
            >
              <span class="vote-mark" aria-hidden="true"></span>${localize.term('ideaBoard.vote.support')}
            </button>`
          : html`<p class="vote-closed">${localize.term('ideaBoard.vote.closed')}</p>`
      }
    </div>`;
  }
  return html`<div class="vote" part="vote">
    <p class="vote-count">
      ${localize.plural('ideaBoard.vote.forCount', tally.votesUp)} ·
      ${localize.plural('ideaBoard.vote.againstCount', tally.votesDown)}
    </p>
    ${
      open
        ? html`<div class="vote-buttons">
            <button
              type="button"
              class="button secondary vote-button"
              aria-pressed=${tally.myVote === 1 ? 'true' : 'false'}
              aria-label=${localize.plural('ideaBoard.vote.forName', tally.votesUp, { title })}
              @click=${() => onVote(idea, 1)}
            >
              <span class="vote-mark" aria-hidden="true"></span>${localize.term('ideaBoard.vote.for')}
            </button>
            <button
              type="button"
              class="button secondary vote-button"
              aria-pressed=${tally.myVote === -1 ? 'true' : 'false'}
              aria-label=${localize.plural('ideaBoard.vote.againstName', tally.votesDown, { title })}
              @click=${() => onVote(idea, -1)}
            >
              <span class="vote-mark" aria-hidden="true"></span>${localize.term('ideaBoard.vote.against')}
            </button>
          </div>`
        : html`<p class="vote-closed">${localize.term('ideaBoard.vote.closed')}</p>`
    }
  </div>`;
}
