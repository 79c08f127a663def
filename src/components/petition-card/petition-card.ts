import { initialState, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../../client/index.js';
import type { TermKey } from '../../i18n/messages.js';
import { CivicElement } from '../../internal/civic-element.js';
import { customProperties } from '../../internal/custom-properties.js';
import { define } from '../../internal/define.js';
import { LiveAnnouncer } from '../../internal/live-announcer.js';
import { renderMeter } from '../../internal/progress-meter.js';
import { meterStyles } from '../../styles/meter.styles.js';
import type { Link } from '../../protocol/common.js';
import type { Petition, PetitionState, Threshold } from '../../protocol/petitions.js';
import '../signature-form/signature-form.js';
import { embedCode } from './embed-code.js';
import { heading, headingLevel } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { LiveCountController } from './live-count.js';
import { formStyles } from '../../styles/form.styles.js';
import { styles } from './petition-card.styles.js';
import { COUNT_ANIMATION_MS, TOP_REGIONS } from './petition-card.types.js';
import type { PetitionCardVariant } from './petition-card.types.js';
import { isReached, progressPercent, thresholdProgress } from './progress.js';
import type { ThresholdProgress } from './progress.js';
import { loadPetition } from '../../internal/load-petition.js';
import type { PetitionLoad } from '../../internal/load-petition.js';
import { resourceTask } from '../../internal/resource-task.js';
import { badgeStyles } from '../../styles/badge.styles.js';
import { frameStyles } from '../../styles/frame.styles.js';

/** What loading a petition can end in, besides an error with a retry. */

type CopyStatus = 'copied' | 'failed' | undefined;

const NOT_YET_OPEN: ReadonlySet<PetitionState> = new Set(['draft', 'collecting_sponsors', 'in_moderation']);

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
 *
 * @cssproperty --civic-petition-card-progress-color - Fill of the progress bar; default the success colour.
 * @cssproperty --civic-petition-card-padding - Padding inside the card; default 1rem, 1.5rem when wide.
 *
 * @event {CivicLoadErrorEvent} civic-load-error - The petition failed to load, or no longer exists (`kind: 'not_found'`).
 * @event {CivicAuthRequiredEvent} civic-auth-required - The backend answered 401.
 */
export class CivicPetitionCard extends CivicElement {
  static override styles = [CivicElement.styles, frameStyles, badgeStyles, formStyles, meterStyles, styles];

  private readonly announcer = new LiveAnnouncer(this);
  private readonly liveCount = new LiveCountController(this);

  private readonly petitionTask = resourceTask(
    this,
    // The language is an argument: a language switch loads the petition's text in the new language.
    () => [this.client, this.petition, this.localize.lang] as const,
    ([client, petitionId, lang], signal) =>
      client && petitionId
        ? loadPetition(this, client, petitionId, lang, signal)
        : Promise.resolve(initialState),
  );

  @state() private shownTotal: number | undefined;
  @state() private bodyOpen = false;
  @state() private responseOpen = false;
  @state() private embedOpen = false;
  @state() private allRegions = false;
  @state() private linkStatus: CopyStatus;
  @state() private embedStatus: CopyStatus;

  /** Identifier of the petition to show. */
  @property() petition?: string;

  /** `full` shows everything; `compact` is a short card that fits a 280 px sidebar. */
  @property({ reflect: true }) variant: PetitionCardVariant = 'full';

  /** Renders a `<civic-signature-form>` below an open petition (or use the `form` slot). */
  @property({ type: Boolean, attribute: 'with-form' }) withForm = false;

  /** Level of the card's heading (2–6), so it fits the page's outline; sections use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** URL of the kit's script for the embed code; default: the script that loaded the kit. */
  @property({ attribute: 'embed-script' }) embedScript?: string;

  private view: Petition | undefined;
  private progress: ThresholdProgress | undefined;
  private countedPetition: string | undefined;
  private countedTotal: number | undefined;
  private countFrame: number | undefined;
  private countLanding: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCountAnimation();
  }

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

  private handleToggleEmbed(): void {
    this.embedOpen = !this.embedOpen;
  }

  private handleToggleRegions(): void {
    this.allRegions = !this.allRegions;
  }

  private async handleShare(): Promise<void> {
    const url = this.shareUrl();
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: this.view?.title ?? document.title, url });
        return;
      } catch (error) {
        // The citizen closed the share sheet: nothing to say. Other failures fall back to copying.
        if (isAbortError(error)) return;
      }
    }
    this.linkStatus = undefined;
    await this.updateComplete;
    this.linkStatus = (await copyText(url)) ? 'copied' : 'failed';
    if (this.linkStatus === 'failed') {
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('#share-link');
      field?.focus();
      field?.select();
    }
  }

  private async handleCopyEmbed(): Promise<void> {
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>('#embed-code');
    if (!textarea) return;
    this.embedStatus = undefined;
    await this.updateComplete;
    this.embedStatus = (await copyText(textarea.value)) ? 'copied' : 'failed';
    if (this.embedStatus === 'failed') {
      textarea.focus();
      textarea.select();
    }
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
    const level = headingLevel(this.headingLevel);
    const sub = headingLevel(this.headingLevel, 1);
    return html`<article class="card frame full" part="card" aria-labelledby="title">
      <header class="header">
        ${this.renderBadges(p)}
        ${heading(level, html`<span lang=${p.locale ?? nothing}>${p.title}</span>`, {
          id: 'title',
          className: 'title',
        })}
        ${
          p.creator
            ? html`<p class="creator">
                ${this.localize.term('petition.createdBy', { name: p.creator.name })}
              </p>`
            : nothing
        }
        ${this.renderTopics(p)}
        ${p.summary ? html`<p class="summary" lang=${p.locale ?? nothing}>${p.summary}</p>` : nothing}
      </header>
      <div class="signatures">
        ${
          counted(p)
            ? [
                this.renderCount(p, progress),
                this.renderProgress(progress),
                this.renderMilestones(p, progress),
              ]
            : nothing
        }
        ${this.renderDates(p)}
      </div>
      <div class="main">
        ${this.renderText(p)} ${this.renderOutcome(p, sub)} ${this.renderRegions(p, sub)}
      </div>
      <div class="actions">
        ${counted(p) ? [this.renderShare(), this.renderEmbed(p)] : nothing}
        ${p.url ? html`<p class="page-link"><a href=${p.url}>${this.localize.term('petition.viewPage')}</a></p>` : nothing}
      </div>
      ${this.renderForm(p, sub)}
    </article>`;
  }

  private renderCompact(p: Petition, progress: ThresholdProgress): TemplateResult {
    const title = html`<span lang=${p.locale ?? nothing}>${p.title}</span>`;
    return html`<article class="card frame compact" part="card" aria-labelledby="title">
      ${this.renderBadges(p)}
      ${heading(headingLevel(this.headingLevel), p.url ? html`<a href=${p.url}>${title}</a>` : title, {
        id: 'title',
        className: 'title',
      })}
      ${counted(p) ? [this.renderCount(p, progress), this.renderProgress(progress)] : nothing}
      ${
        p.state === 'open' && p.closesAt
          ? html`<p class="deadline">
              <time datetime=${p.closesAt}>${this.closesIn(p.closesAt)}</time>
            </p>`
          : nothing
      }
      ${this.renderStateNotice(p)} ${this.renderForm(p, headingLevel(this.headingLevel, 1))}
    </article>`;
  }

  private renderBadges(p: Petition): TemplateResult {
    const extra: TermKey[] = [];
    if (p.responseState === 'responded' && p.governmentResponse) extra.push('petition.badge.responded');
    if (p.debateState === 'scheduled') extra.push('petition.badge.debateScheduled');
    if (p.debateState === 'debated') extra.push('petition.badge.debated');
    return html`<p class="badges">
      <span class="visually-hidden">${this.localize.term('petition.status')}:</span>
      <strong class="badge badge-${p.state}" part="badge"
        >${this.localize.term(`petition.state.${p.state}`)}</strong
      >
      ${extra.map((key) => html`<span class="badge badge-note">${this.localize.term(key)}</span>`)}
    </p>`;
  }

  private renderTopics(p: Petition): unknown {
    if (p.topics.length === 0) return nothing;
    return html`<div class="topics">
      <span class="topics-label" id="topics-label">${this.localize.term('petition.topics')}:</span>
      <ul class="tags" aria-labelledby="topics-label">
        ${p.topics.map((topic) => html`<li class="tag">${topic.name}</li>`)}
      </ul>
    </div>`;
  }

  private renderCount(p: Petition, progress: ThresholdProgress): TemplateResult {
    const shown = this.shownTotal ?? progress.total;
    return html`<p class="count" part="count">
        <span class="count-number">${this.localize.number(shown)}</span>
        <span class="count-label">${this.localize.plural('petition.signaturesLabel', progress.total)}</span>
      </p>
      ${
        p.offlineSignatureCount > 0
          ? html`<p class="offline">${this.localize.plural('petition.offline', p.offlineSignatureCount)}</p>`
          : nothing
      }`;
  }

  private renderProgress(progress: ThresholdProgress): unknown {
    if (progress.scaleMax === 0 || !this.view) return nothing;
    const { next } = progress;
    const goal = next ? this.goalPhrase(next) : '';
    const marks = this.view.thresholds.filter((t) => t.count < progress.scaleMax);
    return html`${
        next
          ? html`<p class="progress-goal">
              ${this.localize.plural('petition.goalLine', next.count, { goal })}
            </p>`
          : nothing
      }
      ${renderMeter({
        label: this.localize.term('petition.progressLabel'),
        valueNow: progress.total,
        valueMax: progress.scaleMax,
        valueText: this.progressSentence(progress),
        percent: progress.percent,
        marks: marks.map((t) => ({ percent: progressPercent(t.count, progress.scaleMax) })),
      })}
      <p class="progress-text">
        ${
          next
            ? html`<strong
                  >${this.localize.term('petition.percentOfGoal', {
                    percent: this.localize.percent(progress.percent / 100),
                  })}</strong
                >${
                  this.view.state === 'open'
                    ? html`. ${this.localize.plural('petition.moreNeeded', progress.remaining, { goal })}`
                    : nothing
                }`
            : html`<strong>${this.localize.term('petition.allReached')}</strong>`
        }
      </p>`;
  }

  private renderMilestones(p: Petition, progress: ThresholdProgress): unknown {
    if (p.thresholds.length === 0) return nothing;
    return html`<p class="milestones-title" id="milestones-title">
        ${this.localize.term('petition.milestones')}
      </p>
      <ol class="milestones" aria-labelledby="milestones-title">
        ${p.thresholds.map((t) => {
          const reached = isReached(t, progress.total);
          return html`<li class=${reached ? 'milestone reached' : 'milestone'}>
            <span class="milestone-figure">${this.localize.number(t.count)}</span>
            <span class="milestone-name">${this.milestoneName(t)}</span>
            <span class="milestone-state"
              >${
                reached
                  ? t.reachedAt
                    ? this.localize.term('petition.milestone.reachedOn', {
                        date: this.localize.date(t.reachedAt),
                      })
                    : this.localize.term('petition.milestone.reached')
                  : p.state === 'open'
                    ? this.localize.plural('petition.milestone.toGo', t.count - progress.total)
                    : this.localize.term('petition.milestone.notReached')
              }</span
            >
          </li>`;
        })}
      </ol>`;
  }

  private renderDates(p: Petition): TemplateResult {
    const closed = p.state === 'closed' ? (p.closedAt ?? p.closesAt) : null;
    return html`<dl class="dates">
      ${
        p.openedAt
          ? html`<div>
              <dt>${this.localize.term('petition.opened')}</dt>
              <dd><time datetime=${p.openedAt}>${this.localize.date(p.openedAt)}</time></dd>
            </div>`
          : nothing
      }
      ${
        p.state === 'open' && p.closesAt
          ? html`<div>
              <dt>${this.localize.term('petition.deadline')}</dt>
              <dd>
                <time datetime=${p.closesAt}>${this.localize.date(p.closesAt)}</time>
                <span class="relative">${this.closesIn(p.closesAt)}</span>
              </dd>
            </div>`
          : nothing
      }
      ${
        closed
          ? html`<div>
              <dt>${this.localize.term('petition.closedOnLabel')}</dt>
              <dd><time datetime=${closed}>${this.localize.date(closed)}</time></dd>
            </div>`
          : nothing
      }
    </dl>`;
  }

  private renderText(p: Petition): unknown {
    const body = paragraphs(p.body);
    if (body.length === 0) return nothing;
    return html`<div class="text">
      <button
        type="button"
        class="disclosure"
        aria-expanded=${this.bodyOpen ? 'true' : 'false'}
        aria-controls="body"
        @click=${this.handleToggleBody}
      >
        ${this.localize.term('petition.readFull')}
      </button>
      <div id="body" class="body" lang=${p.locale ?? nothing} ?hidden=${!this.bodyOpen}>
        ${body.map((text) => html`<p>${text}</p>`)}
      </div>
    </div>`;
  }

  /** A short notice for states in which the petition cannot be signed. */
  private renderStateNotice(p: Petition): unknown {
    if (p.state === 'closed') {
      const date = p.closedAt ?? p.closesAt;
      return html`<p class="notice">
        ${
          date
            ? this.localize.term('petition.closed', { date: this.localize.date(date) })
            : this.localize.term('petition.closedUndated')
        }
      </p>`;
    }
    if (p.state === 'hidden') return html`<p class="notice">${this.localize.term('petition.removed')}</p>`;
    if (NOT_YET_OPEN.has(p.state))
      return html`<p class="notice">${this.localize.term('petition.notOpenYet')}</p>`;
    if (p.state === 'rejected' && !p.rejection)
      return html`<p class="notice">${this.localize.term('petition.rejected.title')}</p>`;
    return nothing;
  }

  private renderOutcome(p: Petition, level: HeadingLevel): unknown {
    if (p.state === 'rejected' && p.rejection) return this.renderRejection(p, level);
    return [this.renderStateNotice(p), this.renderResponse(p, level), this.renderDebate(p, level)];
  }

  private renderRejection(p: Petition, level: HeadingLevel): TemplateResult {
    const rejection = p.rejection!;
    return html`<section class="outcome outcome-rejected" aria-labelledby="rejection-title">
      ${heading(level, this.localize.term('petition.rejected.title'), { id: 'rejection-title' })}
      <p>
        <strong>${this.localize.term('petition.rejected.reason')}:</strong>
        ${this.localize.term(`petition.rejection.${rejection.code}`)}
      </p>
      ${rejection.details ? html`<p lang=${p.locale ?? nothing}>${rejection.details}</p>` : nothing}
    </section>`;
  }

  private renderResponse(p: Petition, level: HeadingLevel): unknown {
    const response = p.governmentResponse;
    const threshold = p.thresholds.find((t) => t.kind === 'response');
    const waiting =
      !response &&
      p.responseState === 'awaiting' &&
      (threshold === undefined || isReached(threshold, this.progress?.total ?? 0));
    if (!response && !waiting) return nothing;
    const details = paragraphs(response?.details);
    return html`<section class="outcome" aria-labelledby="response-title">
      ${heading(level, this.localize.term('petition.response.title'), { id: 'response-title' })}
      ${
        response
          ? html`<p class="meta">
                ${this.localize.term('petition.response.respondedOn', {
                  date: this.localize.date(response.respondedAt),
                })}
              </p>
              <p lang=${p.locale ?? nothing}>${response.summary}</p>
              ${
                details.length > 0
                  ? html`<button
                        type="button"
                        class="disclosure"
                        aria-expanded=${this.responseOpen ? 'true' : 'false'}
                        aria-controls="response-details"
                        @click=${this.handleToggleResponse}
                      >
                        ${this.localize.term('petition.response.readFull')}
                      </button>
                      <div
                        id="response-details"
                        class="body"
                        lang=${p.locale ?? nothing}
                        ?hidden=${!this.responseOpen}
                      >
                        ${details.map((text) => html`<p>${text}</p>`)}
                      </div>`
                  : nothing
              }
              ${this.renderLinks(response.links, 'response-links')}`
          : html`<p>${this.localize.term('petition.response.awaiting')}</p>`
      }
    </section>`;
  }

  private renderDebate(p: Petition, level: HeadingLevel): unknown {
    const debate = p.debate;
    let text: string | undefined;
    switch (p.debateState) {
      case 'scheduled':
        text = debate?.scheduledFor
          ? this.localize.term('petition.debate.scheduled', { date: this.localize.date(debate.scheduledFor) })
          : this.localize.term('petition.debate.scheduledUndated');
        break;
      case 'debated':
        text = debate?.debatedAt
          ? this.localize.term('petition.debate.debated', { date: this.localize.date(debate.debatedAt) })
          : this.localize.term('petition.debate.debatedUndated');
        break;
      case 'not_debated':
        text = this.localize.term('petition.debate.notDebated');
        break;
      case 'awaiting':
        text = this.localize.term('petition.debate.awaiting');
        break;
      default:
        text = undefined;
    }
    if (text === undefined) return nothing;
    return html`<section class="outcome" aria-labelledby="debate-title">
      ${heading(level, this.localize.term('petition.debate.title'), { id: 'debate-title' })}
      <p>${text}</p>
      ${debate?.summary ? html`<p lang=${p.locale ?? nothing}>${debate.summary}</p>` : nothing}
      ${debate ? this.renderLinks(debate.links, 'debate-links') : nothing}
    </section>`;
  }

  private renderLinks(links: readonly Link[], id: string): unknown {
    if (links.length === 0) return nothing;
    return html`<p class="links-title" id=${id}>${this.localize.term('petition.links')}</p>
      <ul class="links" aria-labelledby=${id}>
        ${links.map((link) => html`<li><a href=${link.url}>${link.label}</a></li>`)}
      </ul>`;
  }

  private renderRegions(p: Petition, level: HeadingLevel): unknown {
    if (p.signaturesByRegion.length === 0) return nothing;
    const sorted = [...p.signaturesByRegion].sort((a, b) => b.count - a.count);
    const shown = this.allRegions ? sorted : sorted.slice(0, TOP_REGIONS);
    const sum = sorted.reduce((total, region) => total + region.count, 0);
    const largest = sorted[0]?.count ?? 0;
    return html`<section class="regions" aria-labelledby="regions-title">
      ${heading(level, this.localize.term('petition.regions.title'), { id: 'regions-title' })}
      <table id="regions-table" aria-labelledby="regions-title">
        <thead>
          <tr>
            <th scope="col">${this.localize.term('petition.regions.region')}</th>
            <th scope="col" class="numeric">${this.localize.term('petition.regions.count')}</th>
            <th scope="col" class="numeric">${this.localize.term('petition.regions.share')}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (region) =>
              html`<tr>
                <th scope="row">${region.name}</th>
                <td class="numeric">
                  ${this.localize.number(region.count)}
                  <span
                    class="bar"
                    aria-hidden="true"
                    ${customProperties({ '--_civic-bar': `${progressPercent(region.count, largest)}%` })}
                  ></span>
                </td>
                <td class="numeric">${this.localize.percent(progressPercent(region.count, sum) / 100)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        sorted.length > TOP_REGIONS
          ? html`<button
              type="button"
              class="button secondary"
              aria-expanded=${this.allRegions ? 'true' : 'false'}
              aria-controls="regions-table"
              @click=${this.handleToggleRegions}
            >
              ${
                this.allRegions
                  ? this.localize.term('petition.regions.showFewer')
                  : this.localize.plural('petition.regions.showAll', sorted.length)
              }
            </button>`
          : nothing
      }
    </section>`;
  }

  private renderShare(): TemplateResult {
    return html`<div class="share">
      <button type="button" class="button secondary" @click=${this.handleShare}>
        ${this.localize.term('petition.share')}
      </button>
      <div class="status" role="status">
        ${
          this.linkStatus
            ? html`<p>
                ${this.localize.term(this.linkStatus === 'copied' ? 'petition.linkCopied' : 'petition.copyFailed')}
              </p>`
            : nothing
        }
      </div>
      ${
        this.linkStatus === 'failed'
          ? html`<label class="label" for="share-link">${this.localize.term('petition.linkLabel')}</label>
              <input id="share-link" class="input" type="url" readonly .value=${this.shareUrl()} />`
          : nothing
      }
    </div>`;
  }

  private renderEmbed(p: Petition): TemplateResult {
    return html`<div class="embed">
      <button
        type="button"
        class="disclosure"
        aria-expanded=${this.embedOpen ? 'true' : 'false'}
        aria-controls="embed"
        @click=${this.handleToggleEmbed}
      >
        ${this.localize.term('petition.embed.toggle')}
      </button>
      <div id="embed" class="embed-panel" ?hidden=${!this.embedOpen}>
        <label class="label" for="embed-code">${this.localize.term('petition.embed.label')}</label>
        <p class="hint" id="embed-hint">${this.localize.term('petition.embed.hint')}</p>
        <textarea
          id="embed-code"
          class="input code"
          rows="6"
          readonly
          spellcheck="false"
          aria-describedby="embed-hint"
          .value=${this.embedSnippet(p)}
        ></textarea>
        <button type="button" class="button secondary" @click=${this.handleCopyEmbed}>
          ${this.localize.term('petition.embed.copy')}
        </button>
        <div class="status" role="status">
          ${
            this.embedStatus
              ? html`<p>
                  ${this.localize.term(
                    this.embedStatus === 'copied' ? 'petition.embed.copied' : 'petition.embed.copyFailed',
                  )}
                </p>`
              : nothing
          }
        </div>
      </div>
    </div>`;
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

  /** The whole sentence a screen reader reads for the progress bar. */
  private progressSentence(progress: ThresholdProgress): string {
    const parts = [this.localize.plural('signatures', progress.total)];
    if (progress.next) {
      const goal = this.goalPhrase(progress.next);
      parts.push(
        this.localize.plural('petition.goalLine', progress.next.count, { goal }),
        this.localize.term('petition.percentOfGoal', {
          percent: this.localize.percent(progress.percent / 100),
        }),
      );
      if (this.view?.state === 'open') {
        parts.push(this.localize.plural('petition.moreNeeded', progress.remaining, { goal }));
      }
    } else {
      parts.push(this.localize.term('petition.allReached'));
    }
    return `${parts.join('. ')}.`;
  }

  private goalPhrase(threshold: Threshold): string {
    if (threshold.kind === 'custom') {
      return threshold.label
        ? this.localize.term('petition.goal.custom', { label: threshold.label })
        : this.localize.term('petition.goal.next');
    }
    return this.localize.term(`petition.goal.${threshold.kind}`);
  }

  private milestoneName(threshold: Threshold): string {
    if (threshold.kind === 'custom')
      return threshold.label ?? this.localize.term('petition.milestone.custom');
    return this.localize.term(`petition.milestone.${threshold.kind}`);
  }

  private closesIn(closesAt: string): string {
    return this.localize.term('petition.closesIn', { when: this.localize.relativeTime(closesAt) });
  }

  private shareUrl(): string {
    return this.view?.url ?? location.href;
  }

  private embedSnippet(p: Petition): string {
    const base = this.client?.baseUrl;
    return embedCode({
      scriptSrc: this.embedScript ? new URL(this.embedScript, location.href).href : kitScriptUrl(),
      petitionId: this.petition ?? p.id,
      apiBase: base ? new URL(base, location.href).href : '',
      fallbackUrl: p.url ?? location.href,
      title: p.title,
    });
  }

  /** Announces and animates changes of the total; the first total of a petition is just shown. */
  private trackTotal(view: Petition | undefined, total: number | undefined): void {
    const id = view ? this.petition : undefined;
    if (total === this.countedTotal && id === this.countedPetition) return;
    const previous = this.countedTotal;
    const changedLive = id !== undefined && id === this.countedPetition && previous !== undefined;
    this.countedPetition = id;
    this.countedTotal = total;
    if (!changedLive || total === undefined || !view) {
      this.stopCountAnimation();
      this.shownTotal = total;
      return;
    }
    this.announcer.announce(this.localize.plural('petition.liveCount', total, { title: view.title }));
    this.animateCount(this.shownTotal ?? previous, total);
  }

  private animateCount(from: number, to: number): void {
    this.stopCountAnimation();
    if (from === to || document.hidden || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.shownTotal = to;
      return;
    }
    const start = performance.now();
    const step = (now: number): void => {
      const t = Math.min(1, (now - start) / COUNT_ANIMATION_MS);
      const eased = 1 - (1 - t) ** 3;
      this.shownTotal = Math.round(from + (to - from) * eased);
      this.countFrame = t < 1 ? requestAnimationFrame(step) : undefined;
    };
    this.countFrame = requestAnimationFrame(step);
    // Frames stop in a background tab; the figure must still end right.
    this.countLanding = setTimeout(() => {
      this.stopCountAnimation();
      this.shownTotal = to;
    }, COUNT_ANIMATION_MS + 100);
  }

  private stopCountAnimation(): void {
    if (this.countFrame !== undefined) cancelAnimationFrame(this.countFrame);
    clearTimeout(this.countLanding);
    this.countFrame = undefined;
    this.countLanding = undefined;
  }
}

/** Whether the petition collects (or collected) signatures, so its count and goals mean something. */
function counted(p: Petition): boolean {
  return p.state === 'open' || p.state === 'closed';
}

/** Non-empty paragraphs of a plain-text body. */
function paragraphs(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\n\s*\n|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Writes text to the clipboard; false when the browser refuses (no permission, insecure page). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where the kit's script lives, for embed codes: the page's `<script>` that loaded the bundle,
 * else this module's own bundle, else the package entry next to this module.
 */
function kitScriptUrl(): string {
  const script = document.querySelector<HTMLScriptElement>('script[type="module"][src*="civic-widgets"]');
  if (script?.src) return script.src;
  const self = import.meta.url;
  return /civic-widgets[^/]*\.js(?:[?#].*)?$/.test(self) ? self : new URL('../../index.js', self).href;
}

define('civic-petition-card', CivicPetitionCard);

declare global {
  interface HTMLElementTagNameMap {
    'civic-petition-card': CivicPetitionCard;
  }
}
