import type { Debate, GovernmentResponse, Link, Petition, Rejection, Threshold } from '#protocol';
import type { ServerLocale } from '../config.js';
import { html } from './html.js';
import type { SafeHtml } from './html.js';
import { renderLanguageLinks } from './language-links.js';
import { renderPage } from './layout.js';
import { dated, paragraphs, renderProgress } from './page-parts.js';
import { PETITION_PAGE_STRINGS } from './petition-strings.js';
import { renderSignatureErrors, renderSignatureForm } from './signature-form-page.js';
import type { SignatureFormState } from './signature-form-page.js';
import { SIGNATURE_FORM_STRINGS } from './signature-strings.js';
import { PAGE_STRINGS } from './strings.js';

/*
 * A petition's page for browsers without scripts (`GET /petitions/:id`): its text, count,
 * milestones with progress, state, response, debate, signatures by region, and the signature
 * form while it is open. Every text that comes from the petition is isolated for bidi.
 */

/** Where the page posts its form and where it lives. */
export interface PetitionPagePaths {
  readonly page: string;
  readonly sign: string;
}

function renderLinks(links: readonly Link[]): SafeHtml | '' {
  if (links.length === 0) return '';
  return html`<ul>
    ${links.map((link) => html`<li><a href="${link.url}" dir="auto">${link.label}</a></li>`)}
  </ul>`;
}

function renderThreshold(locale: ServerLocale, threshold: Threshold, total: number, index: number): SafeHtml {
  const s = PETITION_PAGE_STRINGS[locale];
  const number = new Intl.NumberFormat(locale);
  const id = `milestone-${index}`;
  const name = threshold.label ?? s.thresholdKinds[threshold.kind];
  return html`<li>
    <p id="${id}">
      <strong><bdi>${name}</bdi></strong
      >: ${s.progress(number.format(Math.min(total, threshold.count)), number.format(threshold.count))}
    </p>
    ${renderProgress(id, total, threshold.count)}
    ${threshold.reachedAt ? html`<p>${dated(locale, PAGE_STRINGS[locale].reachedOn, threshold.reachedAt)}</p>` : ''}
  </li>`;
}

function renderResponse(
  locale: ServerLocale,
  petition: Petition,
  response: GovernmentResponse | null,
): SafeHtml | '' {
  const s = PETITION_PAGE_STRINGS[locale];
  if (!response) {
    return petition.responseState === 'awaiting'
      ? html`<section aria-labelledby="response">
          <h2 id="response">${s.response}</h2>
          <p>${s.awaitingResponse}</p>
        </section>`
      : '';
  }
  return html`<section aria-labelledby="response">
    <h2 id="response">${s.response}</h2>
    <p>${dated(locale, s.respondedOn, response.respondedAt)}</p>
    <p dir="auto" class="lead">${response.summary}</p>
    ${paragraphs(response.details)} ${renderLinks(response.links)}
  </section>`;
}

function debateLine(locale: ServerLocale, petition: Petition, debate: Debate | null): SafeHtml | string {
  const s = PETITION_PAGE_STRINGS[locale];
  if (debate?.debatedAt) return dated(locale, s.debatedOn, debate.debatedAt);
  if (debate?.scheduledFor) return dated(locale, s.debateScheduled, debate.scheduledFor);
  if (petition.debateState === 'not_debated') return s.notDebated;
  if (petition.debateState === 'awaiting') return s.awaitingDebate;
  return '';
}

function renderDebate(locale: ServerLocale, petition: Petition): SafeHtml | '' {
  const { debate } = petition;
  const line = debateLine(locale, petition, debate);
  if (!debate && line === '') return '';
  return html`<section aria-labelledby="debate">
    <h2 id="debate">${PETITION_PAGE_STRINGS[locale].debate}</h2>
    ${line === '' ? '' : html`<p>${line}</p>`}
    ${debate?.summary ? html`<p dir="auto">${debate.summary}</p>` : ''}
    ${debate ? renderLinks(debate.links) : ''}
  </section>`;
}

function renderRejection(locale: ServerLocale, rejection: Rejection | null): SafeHtml | '' {
  if (!rejection) return '';
  const s = PETITION_PAGE_STRINGS[locale];
  return html`<section aria-labelledby="rejection">
    <h2 id="rejection">${s.rejection}</h2>
    ${rejection.details ? html`<p dir="auto">${rejection.details}</p>` : html`<p>${s.rejectionNoDetails}</p>`}
  </section>`;
}

function renderRegions(locale: ServerLocale, petition: Petition): SafeHtml | '' {
  if (petition.signaturesByRegion.length === 0) return '';
  const s = PETITION_PAGE_STRINGS[locale];
  const number = new Intl.NumberFormat(locale);
  const rows = [...petition.signaturesByRegion].sort((a, b) => b.count - a.count);
  return html`<section aria-labelledby="regions">
    <h2 id="regions">${s.regions}</h2>
    <table>
      <thead>
        <tr>
          <th scope="col">${s.region}</th>
          <th scope="col" class="number">${s.signaturesColumn}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row" dir="auto">${row.name}</th>
              <td class="number">${number.format(row.count)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

function renderFacts(locale: ServerLocale, petition: Petition): SafeHtml {
  const s = PETITION_PAGE_STRINGS[locale];
  const number = new Intl.NumberFormat(locale);
  const total = petition.signatureCount + petition.offlineSignatureCount;
  const when = petition.closedAt
    ? dated(locale, s.closedOn, petition.closedAt)
    : petition.state === 'open' && petition.closesAt
      ? dated(locale, s.closesOn, petition.closesAt)
      : petition.openedAt
        ? dated(locale, s.openedOn, petition.openedAt)
        : '';
  return html`<p class="count">
      <strong>${s.signatures(total, number.format(total))}</strong>
      ${petition.offlineSignatureCount > 0 ? html`(${s.offline(number.format(petition.offlineSignatureCount))})` : ''}
    </p>
    <dl>
      <dt>${PAGE_STRINGS[locale].status}</dt>
      <dd>${s.states[petition.state]}${when === '' ? '' : html`. ${when}`}</dd>
      ${
        petition.creator
          ? html`<dt>${s.startedBy}</dt>
              <dd><bdi>${petition.creator.name}</bdi></dd>`
          : ''
      }
      ${
        petition.topics.length > 0
          ? html`<dt>${s.topics}</dt>
              <dd>
                ${petition.topics.map((topic, i) => html`${i > 0 ? ', ' : ''}<bdi>${topic.name}</bdi>`)}
              </dd>`
          : ''
      }
    </dl>`;
}

function renderSigning(
  locale: ServerLocale,
  petition: Petition,
  state: SignatureFormState,
  paths: PetitionPagePaths,
): SafeHtml {
  const s = SIGNATURE_FORM_STRINGS[locale];
  if (petition.state !== 'open') return html`<p class="notice">${s.notOpen}</p>`;
  if (petition.signatureForm.signInRequired) return html`<p class="notice">${s.signInNeeded}</p>`;
  return renderSignatureForm(locale, petition.signatureForm, state, paths.sign);
}

/** The whole page; `state` is the form as last sent (or a fresh one). */
export function renderPetitionPage(
  locale: ServerLocale,
  petition: Petition,
  state: SignatureFormState,
  paths: PetitionPagePaths,
): string {
  const total = petition.signatureCount + petition.offlineSignatureCount;
  const summary = renderSignatureErrors(locale, petition.signatureForm, state);
  const title =
    summary === '' ? petition.title : `${SIGNATURE_FORM_STRINGS[locale].errorPrefix} ${petition.title}`;
  return renderPage(
    locale,
    title,
    html`${renderLanguageLinks(locale, paths.page)} ${summary}
      <h1 dir="auto">${petition.title}</h1>
      ${petition.summary ? html`<p dir="auto" class="lead">${petition.summary}</p>` : ''}
      ${renderFacts(locale, petition)}
      ${
        petition.thresholds.length > 0
          ? html`<section aria-labelledby="milestones">
              <h2 id="milestones">${PAGE_STRINGS[locale].milestones}</h2>
              <ul class="milestones">
                ${petition.thresholds.map((threshold, i) => renderThreshold(locale, threshold, total, i))}
              </ul>
            </section>`
          : ''
      }
      ${paragraphs(petition.body)} ${renderRejection(locale, petition.rejection)}
      ${renderResponse(locale, petition, petition.governmentResponse)} ${renderDebate(locale, petition)}
      ${renderRegions(locale, petition)} ${renderSigning(locale, petition, state, paths)}`,
  );
}
