import { TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CivicElement } from '../../internal/civic-element.js';
import { DataDownloadController } from '../../internal/data-download.js';
import { define } from '../../internal/define.js';
import { heading, headingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { LiveAnnouncer } from '../../internal/live-announcer.js';
import { petitionTask } from '../../internal/load-petition.js';
import type { PetitionLoad } from '../../internal/load-petition.js';
import { isolate, userText } from '../../internal/user-text.js';
import type { Petition } from '../../protocol/petitions.js';
import { badgeStyles } from '../../styles/badge.styles.js';
import { formStyles } from '../../styles/form.styles.js';
import { cardStyles, frameStyles } from '../../styles/frame.styles.js';
import { meterStyles } from '../../styles/meter.styles.js';
import { dateListStyles } from '../../styles/date-list.styles.js';
import { downloadStyles } from '../../styles/download.styles.js';
import { headingStyles } from '../../styles/heading.styles.js';
import { noticeStyles } from '../../styles/notice.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import { textButtonStyles } from '../../styles/text-button.styles.js';
import '../signature-form/signature-form.js';
import { CountAnimationController } from './count-animation.js';
import { HistoryController } from './history.js';
import { LiveCountController } from './live-count.js';
import { renderOutcome, renderStateNotice } from './outcome.js';
import { styles } from './petition-card.styles.js';
import type { PetitionCardVariant } from './petition-card.types.js';
import { closesIn, renderBadges, renderDates, renderText, renderTopics } from './petition-details.js';
import { thresholdProgress } from './progress.js';
import type { ThresholdProgress } from './progress.js';
import { renderCount, renderMilestones, renderProgress } from './progress-view.js';
import { renderRegions } from './regions.js';
import { providerEmbedScript, ShareController } from './share.js';

/**
 * A petition as a card for a city web page: what it asks, who started it, its signatures counting
 * up live towards the next goal, its deadline, and the authority's response or debate once there
 * is one. Citizens can share it, copy an embed code, and sign it when a form is attached.
 *
 * Put a link to the petition page inside the element: readers see it until the element upgrades,
 * and keep it if the script never loads. Once upgraded, the default slot is not rendered.
 *
 * @summary A petition with its live signature count, progress towards each goal, and outcome.
 *
 * @slot - Fallback content (a link to the petition page), shown only until the element upgrades or if scripts fail.
 * @slot form - A `<civic-signature-form>` (or the page's own form) shown below the petition.
 *
 * @csspart card - The card around the whole petition.
 * @csspart title - The petition's title.
 * @csspart badge - The state badge ("Open", "Closed", …).
 * @csspart count - The signature count.
 * @csspart progress - The progress bar towards the next goal.
 * @csspart download - "Download the data" (`with-download`).
 *
 * @cssproperty --civic-petition-card-progress-color - Fill of the progress bar; default the success colour.
 * @cssproperty --civic-petition-card-padding - Padding inside the card; default 1rem, 1.5rem when wide.
 *
 * @event {CivicLoadErrorEvent} civic-load-error - The petition failed to load, or no longer exists (`kind: 'not_found'`).
 * @event {CivicAuthRequiredEvent} civic-auth-required - The backend answered 401.
 */
export class CivicPetitionCard extends CivicElement {
  static override styles = [
    CivicElement.styles,
    frameStyles,
    cardStyles,
    badgeStyles,
    formStyles,
    textButtonStyles,
    meterStyles,
    headingStyles,
    dateListStyles,
    noticeStyles,
    tableStyles,
    downloadStyles,
    styles,
  ];

  private readonly announcer = new LiveAnnouncer(this);
  private readonly liveCount = new LiveCountController(this);
  private readonly countAnimation = new CountAnimationController(this);

  private readonly share = new ShareController(this, {
    localize: this.localize,
    root: () => this.renderRoot,
    petition: () => this.view,
    petitionId: () => this.petition,
    embedScript: () => this.embedScript || providerEmbedScript(this),
    apiBase: () => this.client?.baseUrl,
  });

  private readonly history = new HistoryController(this, {
    localize: this.localize,
    root: () => this.renderRoot,
    client: () => this.client,
    petitionId: () => this.petition,
  });

  private readonly download = new DataDownloadController(this, {
    client: () => this.client,
    enabled: () => this.withDownload,
    filter: 'petition',
    item: () => this.view?.id,
  });

  private readonly petitionTask = petitionTask(this, () => [this.client, this.petition, this.localize.lang]);

  @state() private bodyOpen = false;
  @state() private responseOpen = false;
  @state() private allRegions = false;

  /** Identifier of the petition to show. */
  @property() petition?: string;

  /** `full` shows everything; `compact` is a short card that fits a 280 px sidebar. */
  @property({ reflect: true }) variant: PetitionCardVariant = 'full';

  /** Renders a `<civic-signature-form>` below an open petition (or use the `form` slot). */
  @property({ type: Boolean, attribute: 'with-form' }) withForm = false;

  /**
   * Shows "Download the data": CSV and JSON links to this petition's open data (the petition, its
   * signatures by region and over time) below the full card, when the backend publishes exports.
   */
  @property({ type: Boolean, attribute: 'with-download' }) withDownload = false;

  /** Level of the card's heading (2–6), so it fits the page's outline; sections use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * URL of the kit's script for the embed code; default: the surrounding `<civic-provider>`'s
   * `embed-script`, else the CDN loader that loaded the kit, else the kit's public CDN URL for this
   * version. The snippet pins it with its integrity hash.
   */
  @property({ attribute: 'embed-script' }) embedScript?: string;

  private view: Petition | undefined;
  private progress: ThresholdProgress | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const result = this.petitionTask.status === TaskStatus.COMPLETE ? this.petitionTask.value : undefined;
    const loaded = result?.kind === 'found' ? result.petition : undefined;
    // Only open petitions gain signatures; closed ones are not worth a connection.
    this.liveCount.follow(
      loaded?.state === 'open' ? this.client : undefined,
      loaded ? this.petition : undefined,
    );
    const live = this.liveCount.value;
    this.view =
      loaded && live
        ? {
            ...loaded,
            state: live.state,
            signatureCount: live.signatureCount,
            offlineSignatureCount: live.offlineSignatureCount,
            thresholds: live.thresholds,
          }
        : loaded;
    this.progress = this.view
      ? thresholdProgress(this.view.signatureCount + this.view.offlineSignatureCount, this.view.thresholds)
      : undefined;
    this.trackTotal(this.view, this.progress?.total);
  }

  private handleToggleBody(): void {
    this.bodyOpen = !this.bodyOpen;
  }

  private handleToggleResponse(): void {
    this.responseOpen = !this.responseOpen;
  }

  private handleToggleRegions(): void {
    this.allRegions = !this.allRegions;
  }

  override render(): TemplateResult {
    return html`<div class="root">
      ${this.renderTask(this.petitionTask, (result) => this.renderResult(result), {
        skeleton: this.variant === 'compact' ? { lines: 4, height: '12rem' } : { lines: 6, height: '24rem' },
      })}
      ${this.announcer.render()}
    </div>`;
  }

  private renderResult(result: PetitionLoad): unknown {
    if (result.kind === 'gone' || !this.view || !this.progress) return this.renderUnavailable();
    return this.variant === 'compact'
      ? this.renderCompact(this.view, this.progress)
      : this.renderFull(this.view, this.progress);
  }

  private renderUnavailable(): TemplateResult {
    return html`<div class="card frame unavailable" part="card">
      ${heading(headingLevel(this.headingLevel), this.localize.term('petition.unavailable.title'), {
        className: 'title',
      })}
      <p>${this.localize.term('petition.unavailable.body')}</p>
    </div>`;
  }

  private renderFull(p: Petition, progress: ThresholdProgress): TemplateResult {
    const { localize } = this;
    const level = headingLevel(this.headingLevel);
    const sub = headingLevel(this.headingLevel, 1);
    return html`<article class="card frame full" part="card" aria-labelledby="title">
      <header class="header">
        ${renderBadges(p, localize)}
        ${heading(level, userText(p.title, p.locale), {
          id: 'title',
          className: 'title',
        })}
        ${
          p.creator
            ? html`<p class="creator">
                ${localize.term('petition.createdBy', { name: isolate(p.creator.name) })}
              </p>`
            : nothing
        }
        ${renderTopics(p, localize)}
        ${p.summary ? html`<p class="summary" lang=${p.locale ?? nothing}>${userText(p.summary)}</p>` : nothing}
      </header>
      <div class="signatures">
        ${
          counted(p)
            ? [
                renderCount(p, progress, this.shownTotal(progress), localize),
                renderProgress(p, progress, localize),
                renderMilestones(p, progress, localize),
              ]
            : nothing
        }
        ${renderDates(p, localize)}
      </div>
      <div class="main">
        ${renderText(p, localize, { open: this.bodyOpen, onToggle: () => this.handleToggleBody() })}
        ${renderOutcome(p, progress.total, sub, localize, {
          open: this.responseOpen,
          onToggle: () => this.handleToggleResponse(),
        })}
        ${renderRegions(p.signaturesByRegion, sub, localize, {
          open: this.allRegions,
          onToggle: () => this.handleToggleRegions(),
        })}
        ${counted(p) ? this.history.render(sub) : nothing}
      </div>
      <div class="actions">
        ${counted(p) ? [this.share.renderShare(), this.share.renderEmbed(p)] : nothing}
        ${p.url ? html`<p class="page-link"><a href=${p.url}>${localize.term('petition.viewPage')}</a></p>` : nothing}
        ${this.download.render(localize)}
      </div>
      ${this.renderForm(p, sub)}
    </article>`;
  }

  private renderCompact(p: Petition, progress: ThresholdProgress): TemplateResult {
    const { localize } = this;
    const title = userText(p.title, p.locale);
    return html`<article class="card frame compact" part="card" aria-labelledby="title">
      ${renderBadges(p, localize)}
      ${heading(headingLevel(this.headingLevel), p.url ? html`<a href=${p.url}>${title}</a>` : title, {
        id: 'title',
        className: 'title',
      })}
      ${
        counted(p)
          ? [
              renderCount(p, progress, this.shownTotal(progress), localize),
              renderProgress(p, progress, localize),
            ]
          : nothing
      }
      ${
        p.state === 'open' && p.closesAt
          ? html`<p class="deadline">
              <time datetime=${p.closesAt}>${closesIn(p.closesAt, localize)}</time>
            </p>`
          : nothing
      }
      ${renderStateNotice(p, localize)} ${this.renderForm(p, headingLevel(this.headingLevel, 1))}
    </article>`;
  }

  private renderForm(p: Petition, level: HeadingLevel): TemplateResult {
    return html`<div class="form">
      <slot name="form"></slot>
      ${
        this.withForm && p.state === 'open'
          ? html`<civic-signature-form
              petition=${this.petition ?? p.id}
              heading-level=${level}
              theme=${this.theme ?? nothing}
              .apiBase=${this.apiBase}
              .getToken=${this.getToken}
            ></civic-signature-form>`
          : nothing
      }
    </div>`;
  }

  /** The figure the count shows: rolling towards the total after a live change. */
  private shownTotal(progress: ThresholdProgress): number {
    return this.countAnimation.shown ?? progress.total;
  }

  /** Announces and animates changes of the total; the first total of a petition is just shown. */
  private trackTotal(view: Petition | undefined, total: number | undefined): void {
    const changedLive = this.countAnimation.track(view ? this.petition : undefined, total);
    if (changedLive && view && total !== undefined) {
      this.announcer.announce(
        this.localize.plural('petition.liveCount', total, { title: isolate(view.title) }),
      );
    }
  }
}

/** Whether the petition collects (or collected) signatures, so its count and goals mean something. */
function counted(p: Petition): boolean {
  return p.state === 'open' || p.state === 'closed';
}

define('civic-petition-card', CivicPetitionCard);

declare global {
  interface HTMLElementTagNameMap {
    'civic-petition-card': CivicPetitionCard;
  }
}
