import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { CivicClient } from '../../client/index.js';
import type { TermKey } from '../../i18n/messages.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { describedBy, renderErrorMessage } from '../../internal/form/error-message.js';
import { renderErrorSummary } from '../../internal/form/error-summary.js';
import { renderFailureNotice } from '../../internal/form/failure-notice.js';
import { PendingFocusController } from '../../internal/form/pending-focus.js';
import { failureMessage } from '../../internal/form/rate-limit.js';
import { FormSubmission } from '../../internal/form/submission.js';
import type { SubmitFailure } from '../../internal/form/submit-failure.js';
import { IDEA_BODY_MAX, IDEA_TITLE_MAX } from '../../protocol/ideas.js';
import type { Board, CreateIdeaRequest, Idea } from '../../protocol/ideas.js';
import { heading } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { CHARACTER_COUNT_DELAY_MS, countBand } from './character-count.js';
import { checkIdea, serverFieldError } from './idea-form-checks.js';
import type { IdeaField, IdeaFieldError } from './idea-form-checks.js';
import { SimilarIdeasController } from './similar-ideas.js';
import { createIdea } from '../../protocol/endpoints/ideas.js';
import { isolate, userText } from '../../internal/user-text.js';

/** Fields with a character limit, and the limit. */
const LIMITS = { title: IDEA_TITLE_MAX, body: IDEA_BODY_MAX } as const;
type CountedField = keyof typeof LIMITS;

const FAILURE_MESSAGES: Readonly<Record<SubmitFailure, TermKey>> = {
  network: 'submit.network',
  server: 'submit.server',
  busy: 'submit.busy',
  rateLimited: 'submit.rateLimited',
  closed: 'ideaBoard.form.closed',
  // A board that refuses ideas says so the same way whether it is closed or the citizen may not post.
  forbidden: 'ideaBoard.form.closed',
  auth: 'ideaBoard.form.authRequired',
  originNotAllowed: 'submit.originNotAllowed.idea',
};

export interface IdeaFormOptions {
  readonly localize: LocalizeController;
  readonly client: () => CivicClient | undefined;
  readonly boardId: () => string | undefined;
  /** Reads a sentence out through the host's polite live region. */
  readonly announce: (text: string) => void;
  readonly onSubmitted: (idea: Idea) => void;
  readonly onAuthRequired: () => void;
  readonly onCancel: () => void;
  /** The host's shadow root, to move focus inside it. */
  readonly root: () => ParentNode;
}

/**
 * The form to submit an idea, GOV.UK style: title, description and category; checked when sent,
 * with an error summary that takes focus and links to each field; character counts in words,
 * announced only when a limit comes near; similar ideas suggested while the title is typed. Each
 * submission carries one Idempotency-Key, reused when "Try again" repeats it.
 */
export class IdeaFormController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: IdeaFormOptions;
  private readonly similar: SimilarIdeasController;
  private readonly pendingFocus: PendingFocusController;
  private readonly submission: FormSubmission<CreateIdeaRequest, Idea, IdeaFieldError>;
  private submitted: Idea | undefined;
  private lengths: Record<CountedField, number> = { title: 0, body: 0 };
  private bands: Record<CountedField, number> = { title: 0, body: 0 };
  private countTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: IdeaFormOptions) {
    this.host = host;
    this.options = options;
    this.similar = new SimilarIdeasController(host, (items) =>
      options.announce(options.localize.plural('ideaBoard.similar.found', items.length)),
    );
    this.pendingFocus = new PendingFocusController(host, options.root);
    this.submission = new FormSubmission(host, {
      send: (body, idempotencyKey) => {
        const client = options.client();
        const boardId = options.boardId();
        if (!client || !boardId) return undefined;
        return client.request(createIdea, { path: { boardId }, body }, { idempotencyKey });
      },
      onSent: (idea) => {
        this.submitted = idea;
        this.similar.reset();
        this.pendingFocus.focusAfterUpdate('#idea-done-title');
        options.onSubmitted(idea);
      },
      fieldErrors: (errors) => errors.map(serverFieldError),
      onAuthRequired: () => options.onAuthRequired(),
      // Boards answer 404 when they are gone; a 410 is read as a server fault, and kept for a retry.
      failures: { gone: 'server' },
      focus: this.pendingFocus,
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.countTimer);
    this.countTimer = undefined;
  }

  /** Empties the form for a new idea; `focus` moves focus to the title once it is drawn. */
  reset(focus = false): void {
    this.submission.reset();
    this.submitted = undefined;
    this.lengths = { title: 0, body: 0 };
    this.bands = { title: 0, body: 0 };
    this.similar.reset();
    if (focus) this.pendingFocus.focusAfterUpdate('#f-title');
    this.host.requestUpdate();
  }

  private handleInput(event: InputEvent, field: CountedField): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.lengths = { ...this.lengths, [field]: value.length };
    if (field === 'title') this.similar.search(this.options.client(), this.options.boardId(), value);
    // Count announcements wait for a pause in typing, and only speak when a limit comes near.
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => this.announceCount(field), CHARACTER_COUNT_DELAY_MS);
    this.host.requestUpdate();
  }

  private announceCount(field: CountedField): void {
    this.countTimer = undefined;
    const band = countBand(this.lengths[field], LIMITS[field]);
    if (band === this.bands[field]) return;
    this.bands = { ...this.bands, [field]: band };
    if (band > 0) this.options.announce(this.countText(field));
  }

  private countText(field: CountedField): string {
    const left = LIMITS[field] - this.lengths[field];
    return left >= 0
      ? this.options.localize.plural('ideaBoard.form.remaining', left)
      : this.options.localize.plural('ideaBoard.form.over', -left);
  }

  private handleSubmit(event: SubmitEvent, board: Board): void {
    event.preventDefault();
    if (this.submission.submitting) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const category = String(data.get('category') ?? '');
    const body: CreateIdeaRequest = {
      title: String(data.get('title') ?? '').trim(),
      body: String(data.get('body') ?? '').trim(),
      ...(category ? { category } : {}),
    };
    this.submission.submit(body, checkIdea(body, board));
  }

  render(board: Board, level: HeadingLevel, sub: HeadingLevel): TemplateResult {
    const { localize } = this.options;
    if (this.submitted) return this.renderSubmitted(this.submitted, level);
    const submitting = this.submission.submitting;
    return html`<section class="idea-form panel" part="form" aria-labelledby="idea-form-title">
      ${heading(level, localize.term('ideaBoard.form.heading'), { id: 'idea-form-title', className: 'panel-title' })}
      ${this.renderErrorSummary(sub)} ${this.renderFailure()}
      <form class="form" novalidate @submit=${(event: SubmitEvent) => this.handleSubmit(event, board)}>
        ${this.renderTextField('title', 'ideaBoard.form.title', 'ideaBoard.form.titleHint')}
        ${this.similar.render(localize, 'similar-title')}
        ${this.renderTextField('body', 'ideaBoard.form.body', 'ideaBoard.form.bodyHint')}
        ${board.categories.length > 0 ? this.renderCategory(board) : nothing}
        <div class="form-actions">
          <button type="submit" class="button" part="submit" aria-disabled=${submitting ? 'true' : 'false'}>
            ${localize.term(submitting ? 'ideaBoard.form.sending' : 'ideaBoard.form.submit')}
          </button>
          <button type="button" class="button secondary" @click=${() => this.options.onCancel()}>
            ${localize.term('ideaBoard.form.cancel')}
          </button>
        </div>
      </form>
    </section>`;
  }

  private renderSubmitted(idea: Idea, level: HeadingLevel): TemplateResult {
    const { localize } = this.options;
    const pending = idea.pendingModeration;
    return html`<section class="panel done" part="form" aria-labelledby="idea-done-title">
      ${heading(level, localize.term(pending ? 'ideaBoard.moderation.title' : 'ideaBoard.submitted.title'), {
        id: 'idea-done-title',
        className: 'panel-title',
        focusTarget: true,
      })}
      <p>${localize.term(pending ? 'ideaBoard.moderation.body' : 'ideaBoard.submitted.body')}</p>
      <p class="done-idea">${userText(idea.title)}</p>
      <button type="button" class="button secondary" @click=${() => this.reset(true)}>
        ${localize.term('ideaBoard.submitAnother')}
      </button>
    </section>`;
  }

  private message(error: IdeaFieldError): string {
    return this.options.localize.term(error.message, error.params);
  }

  private renderErrorSummary(level: HeadingLevel): unknown {
    return renderErrorSummary(
      this.options.localize,
      level,
      this.submission.errors.map((error) => ({
        fieldId: error.name === undefined ? undefined : `f-${error.name}`,
        text: this.message(error),
      })),
    );
  }

  private renderFailure(): unknown {
    const failure = this.submission.failure;
    if (failure === undefined) return nothing;
    const { localize } = this.options;
    const submitting = this.submission.submitting;
    return renderFailureNotice(localize, {
      title: localize.term('ideaBoard.form.notSent'),
      message: failureMessage(localize, FAILURE_MESSAGES, failure, this.submission.retryAfter),
      retry: this.submission.retryable
        ? {
            kept: localize.term('ideaBoard.form.kept'),
            label: localize.term(submitting ? 'ideaBoard.form.sending' : 'error.retry'),
            busy: submitting,
            onRetry: () => this.submission.retry(),
          }
        : undefined,
    });
  }

  private renderFieldError(name: IdeaField): unknown {
    const error = this.submission.errorOf(name);
    return error
      ? renderErrorMessage(this.options.localize, `f-${name}-error`, this.message(error))
      : nothing;
  }

  private renderTextField(name: CountedField, label: TermKey, hint: TermKey): TemplateResult {
    const { localize } = this.options;
    const id = `f-${name}`;
    const error = this.submission.errorOf(name);
    const described = describedBy(`${id}-hint`, error && `${id}-error`, `${id}-count`);
    const over = this.lengths[name] > LIMITS[name];
    const optional = name === 'body';
    return html`<div class=${error ? 'field field-error' : 'field'}>
      <label class="label" for=${id}
        >${localize.term(label)}${
          optional
            ? html` <span class="optional">${localize.term('ideaBoard.form.optional')}</span>`
            : nothing
        }</label
      >
      <p class="hint" id="${id}-hint">${localize.term(hint)}</p>
      ${this.renderFieldError(name)}
      ${
        name === 'title'
          ? html`<input
              id=${id}
              name=${name}
              class="input"
              type="text"
              autocomplete="off"
              aria-describedby=${described ?? nothing}
              aria-invalid=${error ? 'true' : nothing}
              @input=${(event: InputEvent) => this.handleInput(event, name)}
            />`
          : html`<textarea
              id=${id}
              name=${name}
              class="input"
              rows="6"
              aria-describedby=${described ?? nothing}
              aria-invalid=${error ? 'true' : nothing}
              @input=${(event: InputEvent) => this.handleInput(event, name)}
            ></textarea>`
      }
      <p class=${over ? 'char-count over' : 'char-count'} id="${id}-count">${this.countText(name)}</p>
    </div>`;
  }

  private renderCategory(board: Board): TemplateResult {
    const { localize } = this.options;
    const error = this.submission.errorOf('category');
    return html`<div class=${error ? 'field field-error' : 'field'}>
      <label class="label" for="f-category"
        >${localize.term('ideaBoard.form.category')}
        <span class="optional">${localize.term('ideaBoard.form.optional')}</span></label
      >
      ${this.renderFieldError('category')}
      <select
        id="f-category"
        name="category"
        class="input select"
        aria-describedby=${error ? 'f-category-error' : nothing}
        aria-invalid=${error ? 'true' : nothing}
      >
        <option value="">${localize.term('ideaBoard.form.noCategory')}</option>
        ${board.categories.map((category) => html`<option value=${category.id}>${isolate(category.name)}</option>`)}
      </select>
    </div>`;
  }
}
