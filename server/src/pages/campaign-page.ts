import type { Campaign } from '#protocol';
import type { ServerLocale } from '../config.js';
import { CAMPAIGN_PAGE_STRINGS } from './campaign-strings.js';
import { html } from './html.js';
import { renderLanguageLinks } from './language-links.js';
import { renderPage } from './layout.js';
import { dated, formatMoney, renderProgress } from './page-parts.js';
import { PAGE_STRINGS } from './strings.js';

/*
 * A funding campaign's page without scripts (`GET /campaigns/:id`): raised against the goal,
 * backers, state and dates, milestones, and the link to pledge on the backend's own page.
 */

function when(locale: ServerLocale, campaign: Campaign, nowMs: number) {
  const s = CAMPAIGN_PAGE_STRINGS[locale];
  if (Date.parse(campaign.startsAt) > nowMs) return dated(locale, s.startsOn, campaign.startsAt);
  if (!campaign.endsAt) return '';
  return dated(locale, Date.parse(campaign.endsAt) > nowMs ? s.endsOn : s.endedOn, campaign.endsAt);
}

export function renderCampaignPage(
  locale: ServerLocale,
  campaign: Campaign,
  path: string,
  nowMs: number,
): string {
  const s = CAMPAIGN_PAGE_STRINGS[locale];
  const common = PAGE_STRINGS[locale];
  const number = new Intl.NumberFormat(locale);
  const date = when(locale, campaign, nowMs);
  return renderPage(
    locale,
    campaign.title,
    html`${renderLanguageLinks(locale, path)}
      <h1 dir="auto">${campaign.title}</h1>
      ${campaign.summary ? html`<p dir="auto" class="lead">${campaign.summary}</p>` : ''}
      <p class="count" id="raised">
        <strong
          >${s.raisedOf(formatMoney(locale, campaign.raised), formatMoney(locale, campaign.goal))}</strong
        >
      </p>
      ${renderProgress('raised', campaign.raised.amount, campaign.goal.amount)}
      <dl>
        <dt>${common.status}</dt>
        <dd>${s.states[campaign.state]}${date === '' ? '' : html`. ${date}`}</dd>
      </dl>
      <p>${s.backers(campaign.backers, number.format(campaign.backers))}</p>
      ${campaign.minimum ? html`<p>${s.minimum(formatMoney(locale, campaign.minimum))}</p>` : ''}
      ${
        campaign.pledgeUrl && campaign.state !== 'closed' && campaign.state !== 'failed'
          ? html`<p><a href="${campaign.pledgeUrl}">${s.pledge}</a></p>`
          : ''
      }
      ${
        campaign.milestones.length > 0
          ? html`<section aria-labelledby="milestones">
              <h2 id="milestones">${common.milestones}</h2>
              <ul class="milestones">
                ${campaign.milestones.map(
                  (milestone, i) =>
                    html`<li>
                      <p id="milestone-${i}">
                        <bdi>${milestone.label}</bdi>: ${formatMoney(locale, milestone.amount)}
                      </p>
                      ${renderProgress(`milestone-${i}`, campaign.raised.amount, milestone.amount.amount)}
                      ${milestone.reachedAt ? html`<p>${dated(locale, common.reachedOn, milestone.reachedAt)}</p>` : ''}
                    </li>`,
                )}
              </ul>
            </section>`
          : ''
      }
      ${
        campaign.recentBackers && campaign.recentBackers.length > 0
          ? html`<section aria-labelledby="backers">
              <h2 id="backers">${s.recentBackers}</h2>
              <ul>
                ${campaign.recentBackers.map((backer) => html`<li><bdi>${backer.displayName}</bdi></li>`)}
              </ul>
            </section>`
          : ''
      }`,
  );
}
