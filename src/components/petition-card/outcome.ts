import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { heading } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { userText } from '../../internal/user-text.js';
import type { Link } from '../../protocol/common.js';
import type { Petition, PetitionState } from '../../protocol/petitions.js';
import { paragraphs } from './petition-details.js';
import { renderDisclosureButton } from './disclosure.js';
import type { Disclosure } from './disclosure.js';
import { isReached } from './progress.js';

const NOT_YET_OPEN: ReadonlySet<PetitionState> = new Set(['draft', 'collecting_sponsors', 'in_moderation']);

/** A short notice for states in which the petition cannot be signed. */
export function renderStateNotice(p: Petition, localize: LocalizeController): unknown {
  if (p.state === 'closed') {
    const date = p.closedAt ?? p.closesAt;
    return html`<p class="notice">
      ${
        date
          ? localize.term('petition.closed', { date: localize.date(date) })
          : localize.term('petition.closedUndated')
      }
    </p>`;
  }
  if (p.state === 'hidden') return html`<p class="notice">${localize.term('petition.removed')}</p>`;
  if (NOT_YET_OPEN.has(p.state)) return html`<p class="notice">${localize.term('petition.notOpenYet')}</p>`;
  if (p.state === 'rejected' && !p.rejection)
    return html`<p class="notice">${localize.term('petition.rejected.title')}</p>`;
  return nothing;
}

/**
 * What came of the petition: its rejection with the reason, or the state notice, the authority's
 * response (or that one is awaited, once `total` reached the response threshold) and the debate.
 */
export function renderOutcome(
  p: Petition,
  total: number,
  level: HeadingLevel,
  localize: LocalizeController,
  responseDetails: Disclosure,
): unknown {
  if (p.state === 'rejected' && p.rejection) return renderRejection(p, level, localize);
  return [
    renderStateNotice(p, localize),
    renderResponse(p, total, level, localize, responseDetails),
    renderDebate(p, level, localize),
  ];
}

function renderRejection(p: Petition, level: HeadingLevel, localize: LocalizeController): TemplateResult {
  const rejection = p.rejection!;
  return html`<section class="outcome outcome-rejected" aria-labelledby="rejection-title">
    ${heading(level, localize.term('petition.rejected.title'), { id: 'rejection-title' })}
    <p>
      <strong>${localize.term('petition.rejected.reason')}:</strong>
      ${localize.term(`petition.rejection.${rejection.code}`)}
    </p>
    ${rejection.details ? html`<p lang=${p.locale ?? nothing}>${userText(rejection.details)}</p>` : nothing}
  </section>`;
}

function renderResponse(
  p: Petition,
  total: number,
  level: HeadingLevel,
  localize: LocalizeController,
  details: Disclosure,
): unknown {
  const response = p.governmentResponse;
  const threshold = p.thresholds.find((t) => t.kind === 'response');
  const waiting =
    !response && p.responseState === 'awaiting' && (threshold === undefined || isReached(threshold, total));
  if (!response && !waiting) return nothing;
  const detailText = paragraphs(response?.details);
  return html`<section class="outcome" aria-labelledby="response-title">
    ${heading(level, localize.term('petition.response.title'), { id: 'response-title' })}
    ${
      response
        ? html`<p class="meta">
              ${localize.term('petition.response.respondedOn', {
                date: localize.date(response.respondedAt),
              })}
            </p>
            <p lang=${p.locale ?? nothing}>${userText(response.summary)}</p>
            ${
              detailText.length > 0
                ? html`${renderDisclosureButton(
                      localize.term('petition.response.readFull'),
                      'response-details',
                      details,
                    )}
                    <div
                      id="response-details"
                      class="body"
                      lang=${p.locale ?? nothing}
                      ?hidden=${!details.open}
                    >
                      ${detailText.map((text) => html`<p>${userText(text)}</p>`)}
                    </div>`
                : nothing
            }
            ${renderLinks(response.links, 'response-links', localize)}`
        : html`<p>${localize.term('petition.response.awaiting')}</p>`
    }
  </section>`;
}

/** Where the debate stands, in a sentence; undefined when there is nothing to say. */
function debateText(p: Petition, localize: LocalizeController): string | undefined {
  const debate = p.debate;
  switch (p.debateState) {
    case 'scheduled':
      return debate?.scheduledFor
        ? localize.term('petition.debate.scheduled', { date: localize.date(debate.scheduledFor) })
        : localize.term('petition.debate.scheduledUndated');
    case 'debated':
      return debate?.debatedAt
        ? localize.term('petition.debate.debated', { date: localize.date(debate.debatedAt) })
        : localize.term('petition.debate.debatedUndated');
    case 'not_debated':
      return localize.term('petition.debate.notDebated');
    case 'awaiting':
      return localize.term('petition.debate.awaiting');
    default:
      return undefined;
  }
}

function renderDebate(p: Petition, level: HeadingLevel, localize: LocalizeController): unknown {
  const text = debateText(p, localize);
  if (text === undefined) return nothing;
  const debate = p.debate;
  return html`<section class="outcome" aria-labelledby="debate-title">
    ${heading(level, localize.term('petition.debate.title'), { id: 'debate-title' })}
    <p>${text}</p>
    ${debate?.summary ? html`<p lang=${p.locale ?? nothing}>${userText(debate.summary)}</p>` : nothing}
    ${debate ? renderLinks(debate.links, 'debate-links', localize) : nothing}
  </section>`;
}

function renderLinks(links: readonly Link[], id: string, localize: LocalizeController): unknown {
  if (links.length === 0) return nothing;
  return html`<p class="links-title" id=${id}>${localize.term('petition.links')}</p>
    <ul class="links" aria-labelledby=${id}>
      ${links.map((link) => html`<li><a href=${link.url} lang=${link.locale ?? nothing}>${userText(link.label)}</a></li>`)}
    </ul>`;
}
