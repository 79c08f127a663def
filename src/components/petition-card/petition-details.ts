import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { TermKey } from '../../i18n/messages.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Petition } from '../../protocol/petitions.js';
import { userText } from '../../internal/user-text.js';
import { renderDisclosureButton } from './disclosure.js';
import type { Disclosure } from './disclosure.js';

/** Non-empty paragraphs of a plain-text body. */
export function paragraphs(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** "Closes in 3 days", for an open petition's deadline. */
export function closesIn(closesAt: string, localize: LocalizeController): string {
  return localize.term('petition.closesIn', { when: localize.relativeTime(closesAt) });
}

/** The state in words, and marks for a response and a debate. Never colour alone. */
export function renderBadges(p: Petition, localize: LocalizeController): TemplateResult {
  const extra: TermKey[] = [];
  if (p.responseState === 'responded' && p.governmentResponse) extra.push('petition.badge.responded');
  if (p.debateState === 'scheduled') extra.push('petition.badge.debateScheduled');
  if (p.debateState === 'debated') extra.push('petition.badge.debated');
  return html`<p class="badges">
    <span class="visually-hidden">${localize.term('petition.status')}:</span>
    <strong class="badge badge-${p.state}" part="badge">${localize.term(`petition.state.${p.state}`)}</strong>
    ${extra.map((key) => html`<span class="badge badge-note">${localize.term(key)}</span>`)}
  </p>`;
}

export function renderTopics(p: Petition, localize: LocalizeController): unknown {
  if (p.topics.length === 0) return nothing;
  return html`<div class="topics">
    <span class="topics-label" id="topics-label">${localize.term('petition.topics')}:</span>
    <ul class="tags" aria-labelledby="topics-label">
      ${p.topics.map((topic) => html`<li class="tag">${userText(topic.name)}</li>`)}
    </ul>
  </div>`;
}

/** When the petition opened, and when it closes or closed. */
export function renderDates(p: Petition, localize: LocalizeController): TemplateResult {
  const closed = p.state === 'closed' ? (p.closedAt ?? p.closesAt) : null;
  return html`<dl class="dates">
    ${
      p.openedAt
        ? html`<div>
            <dt>${localize.term('petition.opened')}</dt>
            <dd><time datetime=${p.openedAt}>${localize.date(p.openedAt)}</time></dd>
          </div>`
        : nothing
    }
    ${
      p.state === 'open' && p.closesAt
        ? html`<div>
            <dt>${localize.term('petition.deadline')}</dt>
            <dd>
              <time datetime=${p.closesAt}>${localize.date(p.closesAt)}</time>
              <span class="relative">${closesIn(p.closesAt, localize)}</span>
            </dd>
          </div>`
        : nothing
    }
    ${
      closed
        ? html`<div>
            <dt>${localize.term('petition.closedOnLabel')}</dt>
            <dd><time datetime=${closed}>${localize.date(closed)}</time></dd>
          </div>`
        : nothing
    }
  </dl>`;
}

/** The petition's full text behind "Read the full petition". */
export function renderText(p: Petition, localize: LocalizeController, body: Disclosure): unknown {
  const text = paragraphs(p.body);
  if (text.length === 0) return nothing;
  return html`<div class="text">
    ${renderDisclosureButton(localize.term('petition.readFull'), 'body', body)}
    <div id="body" class="body" lang=${p.locale ?? nothing} ?hidden=${!body.open}>
      ${text.map((line) => html`<p>${userText(line)}</p>`)}
    </div>
  </div>`;
}
