import { initialState, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PluralKey } from '../../i18n/messages.js';
import { CivicElement } from '../../internal/civic-element.js';
import { DataDownloadController } from '../../internal/data-download.js';
import { define } from '../../internal/define.js';
import { LiveAnnouncer } from '../../internal/live-announcer.js';
import { LiveResourceController } from '../../internal/live-resource.js';
import { renderMeter } from '../../internal/progress-meter.js';
import type { Campaign, CampaignKind, CampaignTotals } from '../../protocol/campaigns.js';
import type { Money } from '../../protocol/common.js';
import { meterStyles } from '../../styles/meter.styles.js';
import { dateListStyles } from '../../styles/date-list.styles.js';
import { downloadStyles } from '../../styles/download.styles.js';
import { headingStyles } from '../../styles/heading.styles.js';
import { noticeStyles } from '../../styles/notice.styles.js';
import { rowListStyles } from '../../styles/row-list.styles.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { isolate, userText } from '../../internal/user-text.js';
import { fundingProgress, isMilestoneReached, moneyDisplay } from './funding.js';
import type { FundingProgress } from './funding.js';
import { styles } from './funding-progress.styles.js';
import type { FundingProgressVariant } from './funding-progress.types.js';
import { resourceTask } from '../../internal/resource-task.js';
import { badgeStyles } from '../../styles/badge.styles.js';
import { cardStyles, frameStyles } from '../../styles/frame.styles.js';
import {
  CAMPAIGN_TOTALS_STREAM,
  getCampaign,
  getCampaignTotals,
} from '../../protocol/endpoints/campaigns.js';

/** How many recent supporters `with-backers` lists at most. */
const RECENT_BACKERS_SHOWN = 5;

const BACKERS_KEY: Readonly<Record<CampaignKind, PluralKey>> = {
  donation: 'fundingProgress.backers.donation',
  reward: 'fundingProgress.backers.reward',
  lending: 'fundingProgress.backers.lending',
  equity: 'fundingProgress.backers.equity',
};

/**
 * A crowdfunding campaign's progress for a city web page: how much was raised of the goal (in the
 * campaign's currency), by how many backers, how long is left, the minimum and the stretch goals,
 * with a link to support the project on the backend's own page. Totals update live.
 *
 * Put a link to the campaign page inside the element: readers see it until the element upgrades,
 * and keep it if the script never loads. Once upgraded, the default slot is not rendered.
 *
 * @summary A crowdfunding campaign's live progress towards its goal and stretch goals.
 *
 * @slot - Fallback content (a link to the campaign page), shown only until the element upgrades or if scripts fail.
 *
 * @csspart card - The box around the whole campaign.
 * @csspart title - The campaign's title.
 * @csspart badge - The state badge ("Open", "Funded", …).
 * @csspart amount - The sentence with the amount raised and the goal.
 * @csspart progress - The progress bar.
 * @csspart support - The "Support this project" link.
 * @csspart download - "Download the data" (`with-download`).
 *
 * @cssproperty --civic-funding-progress-color - Fill of the progress bar; default the success colour.
 * @cssproperty --civic-funding-progress-padding - Padding inside the card; default 1rem, 1.5rem when wide.
 *
 * @event {CivicLoadErrorEvent} civic-load-error - The campaign failed to load (or the answer was malformed).
 * @event {CivicAuthRequiredEvent} civic-auth-required - The backend answered 401.
 */
export class CivicFundingProgress extends CivicElement {
  static override styles = [
    CivicElement.styles,
    frameStyles,
    cardStyles,
    badgeStyles,
    meterStyles,
    headingStyles,
    dateListStyles,
    noticeStyles,
    rowListStyles('.recent-list'),
    downloadStyles,
    styles,
  ];

  private readonly announcer = new LiveAnnouncer(this);
  private readonly liveTotals = new LiveResourceController(
    this,
    getCampaignTotals,
    CAMPAIGN_TOTALS_STREAM,
    (campaignId) => ({ path: { campaignId } }),
  );

  private readonly download = new DataDownloadController(this, {
    client: () => this.client,
    enabled: () => this.withDownload,
    filter: 'campaign',
    item: () => this.view?.id,
  });

  private readonly campaignTask = resourceTask(
    this,
    () => [this.client, this.campaign, this.localize.lang] as const,
    async ([client, campaignId, lang], signal): Promise<Campaign | typeof initialState> =>
      client && campaignId
        ? client.request(getCampaign, { path: { campaignId } }, { signal, locale: lang })
        : initialState,
  );

  /** Identifier of the campaign to show. */
  @property() campaign?: string;

  /** `full` shows the whole campaign; `compact` only the bar and the percentage. */
  @property({ reflect: true }) variant: FundingProgressVariant = 'full';

  /** Lists the most recent supporters, by display name only. */
  @property({ type: Boolean, attribute: 'with-backers' }) withBackers = false;

  /** Shows "Download the data": CSV and JSON links to this campaign's open data (full variant only). */
  @property({ type: Boolean, attribute: 'with-download' }) withDownload = false;

  /** Level of the title's heading (2–6), so it fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  private view: Campaign | undefined;
  private progress: FundingProgress | undefined;
  private announcedCampaign: string | undefined;
  private announcedRaised: number | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const campaign = this.campaignTask.status === TaskStatus.COMPLETE ? this.campaignTask.value : undefined;
    // Only a campaign that still collects changes; an ended one is not worth a connection.
    const collecting = campaign?.state === 'open' || campaign?.state === 'funded';
    this.liveTotals.follow(collecting ? this.client : undefined, campaign ? this.campaign : undefined);
    this.view = campaign ? withTotals(campaign, this.liveTotals.value) : undefined;
    this.progress = this.view ? fundingProgress(this.view) : undefined;
    this.trackTotals(this.view, this.progress);
  }

  override render(): TemplateResult {
    return html`<div class="root">
      ${this.renderTask(this.campaignTask, () => this.renderCampaign(), {
        skeleton: this.variant === 'compact' ? { lines: 2, height: '4rem' } : { lines: 6, height: '22rem' },
      })}
      ${this.announcer.render()}
    </div>`;
  }

  private renderCampaign(): unknown {
    const { view: c, progress } = this;
    if (!c || !progress) return nothing;
    return this.variant === 'compact' ? this.renderCompact(c, progress) : this.renderFull(c, progress);
  }

  private renderFull(c: Campaign, progress: FundingProgress): TemplateResult {
    return html`<article class="card frame full" part="card" aria-labelledby="title">
      <p class="badges">
        <span class="visually-hidden">${this.localize.term('fundingProgress.status')}:</span>
        <strong class="badge badge-${c.state}" part="badge"
          >${this.localize.term(`fundingProgress.state.${c.state}`)}</strong
        >
        <span class="badge badge-note"
          ><span class="visually-hidden">${this.localize.term('fundingProgress.kindLabel')}:</span>
          ${this.localize.term(`fundingProgress.kind.${c.kind}`)}</span
        >
      </p>
      ${heading(headingLevel(this.headingLevel), userText(c.title, c.locale), {
        id: 'title',
        className: 'title',
      })}
      ${c.summary ? html`<p class="summary" lang=${c.locale ?? nothing}>${userText(c.summary)}</p>` : nothing}
      <p class="amount" part="amount">${this.raisedSentence(c)}</p>
      ${this.renderBar(c, progress)}
      <p class="progress-text">
        <strong>${this.percentFunded(progress)}</strong>${this.progressDetails(c, progress).map(
          (detail) => html`. ${detail}`,
        )}
      </p>
      <p class="backers">${this.localize.plural(BACKERS_KEY[c.kind], c.backers)}</p>
      ${this.renderMinimum(c, progress)} ${this.renderMilestones(c)} ${this.renderDates(c)}
      <p class="kind-note">${this.localize.term(`fundingProgress.kindNote.${c.kind}`)}</p>
      ${this.renderNotice(c)}
      <div class="actions">
        ${
          c.pledgeUrl && collects(c)
            ? html`<a class="button support" part="support" href=${c.pledgeUrl}
                >${this.localize.term('fundingProgress.support')}</a
              >`
            : nothing
        }
        ${c.url ? html`<a class="page-link" href=${c.url}>${this.localize.term('fundingProgress.viewPage')}</a>` : nothing}
      </div>
      ${this.renderBackers(c)} ${this.download.render(this.localize)}
    </article>`;
  }

  private renderCompact(c: Campaign, progress: FundingProgress): TemplateResult {
    return html`<div class="card frame compact" part="card">
      ${this.renderBar(c, progress, `${this.localize.term('fundingProgress.progressLabel')}: ${isolate(c.title)}`)}
      <p class="compact-text" aria-hidden="true">
        <strong>${this.percentFunded(progress)}</strong>
        <span class="compact-amount">${this.money(c.raised)} / ${this.money(c.goal)}</span>
      </p>
    </div>`;
  }

  private renderBar(c: Campaign, progress: FundingProgress, label?: string): TemplateResult {
    return renderMeter({
      label: label ?? this.localize.term('fundingProgress.progressLabel'),
      valueNow: progress.barPercent,
      valueMax: 100,
      valueText: this.progressSentence(c, progress),
      percent: progress.barPercent,
      marks: progress.marks,
    });
  }

  private renderMinimum(c: Campaign, progress: FundingProgress): unknown {
    if (!c.minimum) return nothing;
    const amount = this.money(c.minimum);
    return html`<p class="minimum">
      ${
        progress.minimumReached
          ? this.localize.term('fundingProgress.minimumReached', { amount })
          : this.localize.term('fundingProgress.minimum', { amount })
      }
    </p>`;
  }

  private renderMilestones(c: Campaign): unknown {
    if (c.milestones.length === 0) return nothing;
    const raised = c.raised.amount;
    return html`<p class="milestones-title" id="milestones-title">
        ${this.localize.term('fundingProgress.milestones')}
      </p>
      <ol class="milestones" aria-labelledby="milestones-title">
        ${c.milestones.map((m) => {
          const reached = isMilestoneReached(m, raised);
          const status = reached
            ? m.reachedAt
              ? this.localize.term('fundingProgress.milestone.reachedOn', {
                  date: this.localize.date(m.reachedAt),
                })
              : this.localize.term('fundingProgress.milestone.reached')
            : collects(c)
              ? this.localize.term('fundingProgress.milestone.toGo', {
                  amount: this.money({ ...m.amount, amount: m.amount.amount - raised }),
                })
              : this.localize.term('fundingProgress.milestone.notReached');
          return html`<li class=${reached ? 'milestone reached' : 'milestone'}>
            <span class="milestone-figure">${this.money(m.amount)}</span>
            <span class="milestone-name" lang=${m.locale ?? nothing}>${userText(m.label)}</span>
            <span class="milestone-state">${status}</span>
          </li>`;
        })}
      </ol>`;
  }

  private renderDates(c: Campaign): TemplateResult {
    const ended = c.endsAt !== null && (!collects(c) || Date.parse(c.endsAt) <= Date.now());
    return html`<dl class="dates">
      <div>
        <dt>${this.localize.term('fundingProgress.started')}</dt>
        <dd><time datetime=${c.startsAt}>${this.localize.date(c.startsAt)}</time></dd>
      </div>
      <div>
        <dt>${this.localize.term(ended ? 'fundingProgress.ended' : 'fundingProgress.deadline')}</dt>
        <dd>
          ${
            c.endsAt
              ? html`<time datetime=${c.endsAt}>${this.localize.date(c.endsAt)}</time>
                  ${ended ? nothing : html`<span class="relative">${this.endsIn(c.endsAt)}</span>`}`
              : this.localize.term('fundingProgress.noDeadline')
          }
        </dd>
      </div>
    </dl>`;
  }

  private renderNotice(c: Campaign): unknown {
    if (c.state === 'open') return nothing;
    const text =
      c.state === 'failed'
        ? c.minimum
          ? this.localize.term('fundingProgress.notice.failed', { minimum: this.money(c.minimum) })
          : this.localize.term('fundingProgress.notice.failedGoal')
        : this.localize.term(`fundingProgress.notice.${c.state}`);
    return html`<p class="notice notice-${c.state}">${text}</p>`;
  }

  private renderBackers(c: Campaign): unknown {
    const backers = (c.recentBackers ?? []).slice(0, RECENT_BACKERS_SHOWN);
    if (!this.withBackers || backers.length === 0) return nothing;
    return html`<section class="recent" aria-labelledby="recent-title">
      ${heading(headingLevel(this.headingLevel, 1), this.localize.term('fundingProgress.recentBackers'), {
        id: 'recent-title',
        className: 'recent-title',
      })}
      <ul class="recent-list">
        ${backers.map(
          (b) =>
            html`<li>
              <span class="recent-name">${userText(b.displayName)}</span>
              <time class="relative" datetime=${b.at}>${this.localize.relativeTime(b.at)}</time>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private money(money: Money): string {
    return this.localize.money(money, moneyDisplay(money));
  }

  private raisedSentence(c: Campaign): string {
    return this.localize.term(`fundingProgress.raised.${c.kind}`, {
      raised: this.money(c.raised),
      goal: this.money(c.goal),
    });
  }

  private percentFunded(progress: FundingProgress): string {
    return this.localize.term('fundingProgress.percentFunded', {
      percent: this.localize.percent(progress.percent / 100),
    });
  }

  /** What is left to do: the amount still needed, or by how much the goal was beaten and what comes next. */
  private progressDetails(c: Campaign, progress: FundingProgress): string[] {
    const currency = c.goal.currency;
    const details: string[] = [];
    if (!progress.funded) {
      if (collects(c)) {
        details.push(
          this.localize.term('fundingProgress.stillNeeded', {
            amount: this.money({ amount: progress.remaining, currency }),
          }),
        );
      }
      return details;
    }
    if (progress.overshoot > 0) {
      details.push(
        this.localize.term('fundingProgress.overshoot', {
          amount: this.money({ amount: progress.overshoot, currency }),
        }),
      );
    }
    if (progress.next && collects(c)) {
      const label = isolate(progress.next.label);
      details.push(
        this.localize.term('fundingProgress.nextGoal', { label, amount: this.money(progress.next.amount) }),
        this.localize.term('fundingProgress.toNextGoal', {
          label,
          amount: this.money({ amount: progress.remainingToNext, currency }),
        }),
      );
    } else if (c.milestones.length > 0 && !progress.next) {
      details.push(this.localize.term('fundingProgress.allReached'));
    }
    return details;
  }

  /** The whole sentence a screen reader reads for the bar. */
  private progressSentence(c: Campaign, progress: FundingProgress): string {
    const parts = [
      this.raisedSentence(c),
      this.percentFunded(progress),
      ...this.progressDetails(c, progress),
      this.localize.plural(BACKERS_KEY[c.kind], c.backers),
    ];
    if (c.minimum && !progress.minimumReached) {
      parts.push(this.localize.term('fundingProgress.minimum', { amount: this.money(c.minimum) }));
    }
    if (c.endsAt && collects(c) && Date.parse(c.endsAt) > Date.now()) parts.push(this.endsIn(c.endsAt));
    return `${parts.join('. ')}.`;
  }

  private endsIn(endsAt: string): string {
    return this.localize.term('fundingProgress.endsIn', { when: this.localize.relativeTime(endsAt) });
  }

  /** Announces changed totals; the first totals of a campaign are just shown. */
  private trackTotals(view: Campaign | undefined, progress: FundingProgress | undefined): void {
    const id = view ? this.campaign : undefined;
    const raised = view?.raised.amount;
    if (id === this.announcedCampaign && raised === this.announcedRaised) return;
    const changedLive =
      id !== undefined && id === this.announcedCampaign && this.announcedRaised !== undefined;
    this.announcedCampaign = id;
    this.announcedRaised = raised;
    if (!changedLive || !view || !progress) return;
    this.announcer.announce(
      this.localize.term('fundingProgress.liveTotals', {
        title: isolate(view.title),
        raised: this.raisedSentence(view),
        percent: this.localize.percent(progress.percent / 100),
      }),
    );
  }
}

/** Whether the campaign still takes support. */
function collects(c: Campaign): boolean {
  return c.state === 'open' || c.state === 'funded';
}

/**
 * The campaign with its latest live totals. Totals in another currency than the campaign's break the
 * protocol; they are ignored and the loaded figures stay.
 */
function withTotals(campaign: Campaign, totals: CampaignTotals | undefined): Campaign {
  if (!totals || totals.raised.currency !== campaign.goal.currency) return campaign;
  const reachedAt = new Map(totals.milestones.map((m) => [m.id, m.reachedAt]));
  return {
    ...campaign,
    raised: totals.raised,
    backers: totals.backers,
    state: totals.state,
    milestones: campaign.milestones.map((m) =>
      reachedAt.has(m.id) ? { ...m, reachedAt: reachedAt.get(m.id) ?? null } : m,
    ),
  };
}

define('civic-funding-progress', CivicFundingProgress);

declare global {
  interface HTMLElementTagNameMap {
    'civic-funding-progress': CivicFundingProgress;
  }
}
