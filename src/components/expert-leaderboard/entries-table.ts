import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Leaderboard, LeaderboardEntry } from '../../protocol/leaderboards.js';
import { isolate, userText } from '../../internal/user-text.js';
import { initials, tiedRanks } from './ranking.js';
import { actionLabel } from './rules.js';

/**
 * The ranking as a table: rank (ties marked, and spoken as such), participant with avatar or
 * initials and badges, score, and a disclosure with how the points add up. A signed-in
 * participant outside the rows shown gets their own row pinned below, in a group of its own.
 */
export class EntriesTableController {
  private readonly host: ReactiveControllerHost;
  private readonly localize: LocalizeController;
  private openBreakdowns: ReadonlySet<string> = new Set();
  private brokenAvatars: ReadonlySet<string> = new Set();

  constructor(host: ReactiveControllerHost, localize: LocalizeController) {
    this.host = host;
    this.localize = localize;
  }

  /** Closes every breakdown, for a new first page. */
  closeBreakdowns(): void {
    this.openBreakdowns = new Set();
    this.host.requestUpdate();
  }

  private toggleBreakdown(id: string): void {
    const open = new Set(this.openBreakdowns);
    if (!open.delete(id)) open.add(id);
    this.openBreakdowns = open;
    this.host.requestUpdate();
  }

  private handleAvatarError(id: string): void {
    this.brokenAvatars = new Set([...this.brokenAvatars, id]);
    this.host.requestUpdate();
  }

  /** The table of `entries` of `page` (and the reader's own row), or a sentence when there are none. */
  render(page: Leaderboard, entries: readonly LeaderboardEntry[]): TemplateResult {
    const { localize } = this;
    const me = page.me;
    const pinned = me && !entries.some((e) => e.participant.id === me.participant.id) ? me : undefined;
    const tied = tiedRanks(entries);
    const period = localize.term(`expertLeaderboard.period.${page.period}`);
    return entries.length === 0 && !pinned
      ? html`<p class="empty">${localize.term('expertLeaderboard.empty')}</p>`
      : html`<table class="entries" part="table">
          <caption>
            ${localize.term('expertLeaderboard.caption', { title: isolate(page.title), period })}
          </caption>
          <thead>
            <tr>
              <th scope="col" class="rank">${localize.term('expertLeaderboard.col.rank')}</th>
              <th scope="col">${localize.term('expertLeaderboard.col.participant')}</th>
              <th scope="col" class="numeric">${localize.term('expertLeaderboard.col.score')}</th>
              <th scope="col" class="details-head">
                <span class="visually-hidden">${localize.term('expertLeaderboard.breakdown')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            ${entries.map((entry) => this.renderEntry(page, entry, tied, entry.participant.id === me?.participant.id))}
          </tbody>
          ${
            pinned
              ? html`<tbody class="pinned">
                  <tr>
                    <th scope="rowgroup" colspan="4" class="pinned-head">
                      ${localize.term('expertLeaderboard.yourPosition')}
                    </th>
                  </tr>
                  ${this.renderEntry(page, pinned, tied, true)}
                </tbody>`
              : nothing
          }
        </table>`;
  }

  private renderEntry(
    page: Leaderboard,
    entry: LeaderboardEntry,
    tied: ReadonlySet<number>,
    isMe: boolean,
  ): TemplateResult {
    const { localize } = this;
    const { participant } = entry;
    const key = `${isMe ? 'me' : 'entry'}-${participant.id}`;
    const open = this.openBreakdowns.has(key);
    const panelId = `breakdown-${key}`;
    const name = participant.profileUrl
      ? html`<a class="name" href=${participant.profileUrl}>${userText(participant.displayName)}</a>`
      : html`<span class="name" tabindex="-1">${userText(participant.displayName)}</span>`;
    return html`<tr
        class=${isMe ? 'entry own' : 'entry'}
        part=${isMe ? 'own-row' : nothing}
        data-participant=${isMe ? nothing : participant.id}
      >
        <td class="rank">
          ${
            tied.has(entry.rank)
              ? html`<span aria-hidden="true">=${localize.number(entry.rank)}</span
                  ><span class="visually-hidden"
                    >${localize.term('expertLeaderboard.tie', { rank: entry.rank })}</span
                  >`
              : localize.number(entry.rank)
          }
        </td>
        <th scope="row" class="participant">
          <span class="who">
            ${this.renderAvatar(participant.id, participant.avatarUrl, participant.displayName)}
            <span class="who-text">
              ${name}
              ${isMe ? html`<span class="you">(${localize.term('expertLeaderboard.you')})</span>` : nothing}
            </span>
          </span>
          ${
            entry.badges.length > 0
              ? html`<span class="visually-hidden">${localize.term('expertLeaderboard.badges')}:</span>
                  <span class="badges">
                    ${entry.badges.map(
                      (b) =>
                        html`<span class="badge"
                          >${
                            b.level === undefined
                              ? userText(b.label)
                              : localize.term('expertLeaderboard.badgeLevel', {
                                  label: isolate(b.label),
                                  level: b.level,
                                })
                          }</span
                        > `,
                    )}
                  </span>`
              : nothing
          }
        </th>
        <td class="numeric score">${localize.number(entry.score)}</td>
        <td class="details">
          <button
            type="button"
            class="disclosure breakdown-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${panelId}
            aria-label=${localize.term('expertLeaderboard.breakdownFor', { name: isolate(participant.displayName) })}
            @click=${() => this.toggleBreakdown(key)}
          >
            <span class="breakdown-label">${localize.term('expertLeaderboard.breakdown')}</span>
          </button>
        </td>
      </tr>
      <tr class="breakdown-row" id=${panelId} ?hidden=${!open}>
        <td colspan="4">
          <ul class="breakdown">
            ${entry.breakdown.map(
              (item) =>
                html`<li>
                  ${localize.term('expertLeaderboard.breakdownItem', {
                    action: isolate(actionLabel(page, item.action)),
                    times: localize.plural('expertLeaderboard.times', item.count),
                    points: localize.plural('expertLeaderboard.points', item.points),
                  })}
                </li>`,
            )}
          </ul>
        </td>
      </tr>`;
  }

  private renderAvatar(id: string, url: string | null, displayName: string): TemplateResult {
    if (url && !this.brokenAvatars.has(id)) {
      return html`<img
        class="avatar"
        src=${url}
        alt=""
        width="32"
        height="32"
        loading="lazy"
        @error=${() => this.handleAvatarError(id)}
      />`;
    }
    return html`<span class="avatar initials" aria-hidden="true">${initials(displayName)}</span>`;
  }
}
