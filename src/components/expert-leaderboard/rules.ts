import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Leaderboard } from '../../protocol/leaderboards.js';
import { userText } from '../../internal/user-text.js';

/** The backend's label for an action key; the key itself when the rules do not list it. */
export function actionLabel(board: Leaderboard, action: string): string {
  return board.rules.actions.find((rule) => rule.action === action)?.label ?? action;
}

/** "How points are earned": the backend's rules, each action's points, the daily cap, staff. */
export function renderRules(board: Leaderboard, localize: LocalizeController): TemplateResult {
  const { rules } = board;
  return html`<details class="rules" part="rules">
    <summary class="disclosure">${localize.term('expertLeaderboard.rules')}</summary>
    <div class="rules-body">
      ${rules.description ? html`<p>${userText(rules.description)}</p>` : nothing}
      <ul class="rule-list">
        ${rules.actions.map(
          (rule) =>
            html`<li>
              <span class="rule-label">${userText(rule.label)}</span>
              <span class="rule-points"
                >${localize.plural('expertLeaderboard.rulePoints', Math.abs(rule.points), {
                  signed: localize.number(rule.points, { signDisplay: 'exceptZero' }),
                })}</span
              >
            </li>`,
        )}
      </ul>
      <p>
        ${
          rules.dailyCap === null
            ? localize.term('expertLeaderboard.noCap')
            : localize.plural('expertLeaderboard.dailyCap', rules.dailyCap)
        }
      </p>
      <p>
        ${localize.term(rules.excludesStaff ? 'expertLeaderboard.staffExcluded' : 'expertLeaderboard.staffIncluded')}
      </p>
    </div>
  </details>`;
}
