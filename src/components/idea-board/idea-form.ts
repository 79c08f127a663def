import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import {
  CivicApiError,
  CivicNetworkError,
  CivicTimeoutError,
  createIdempotencyKey,
  isAuthRequired,
} from '../../client/index.js';
import type { CivicClient } from '../../client/index.js';
import type { TermKey } from '../../i18n/messages.js';
import type { TemplateParams } from '../../i18n/format.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { IDEA_BODY_MAX, IDEA_TITLE_MAX, IDEA_TITLE_MIN } from '../../protocol/ideas.js';
import type { Board, CreateIdeaRequest, Idea } from '../../protocol/ideas.js';
import { PROBLEM_TYPES } from '../../protocol/problem.js';
import { heading } from '../../internal/heading.js';
import type { HeadingLevel } from '../../internal/heading.js';
import { CHARACTER_COUNT_DELAY_MS, CHARACTER_COUNT_THRESHOLDS } from './character-count.js';
import { SimilarIdeasController } from './similar-ideas.js';

/** The fields of a new idea. */
export const IDEA_FIELDS = ['title', 'body', 'category'] as const;
export type IdeaField = (typeof IDEA_FIELDS)[number];

/** Fields with a character limit, and the limit. */
const LIMITS = { title: IDEA_TITLE_MAX, body: IDEA_BODY_MAX } as const;
type CountedField = keyof typeof LIMITS;

export interface IdeaFieldError {
  /** The field at fault; undefined for an error the backend gave about no field the form shows. */
  readonly name: IdeaField | undefined;
  readonly message: TermKey;
  readonly params?: TemplateParams;
}

/** Why a submission did not go through. The first four are worth retrying with the same key. */
type Failure = 'network' | 'server' | 'busy' | 'rateLimited' | 'closed' | 'auth';

const RETRYABLE: ReadonlySet<Failure> = new Set(['network', 'server', 'busy', 'rateLimited']);

const FAILURE_MESSAGES: Readonly<Record<Failure, TermKey>> = {
  network: 'submit.network',
  server: 'submit.server',
  busy: 'submit.busy',
  rateLimited: 'submit.rateLimited',
  closed: 'ideaBoard.form.closed',
  auth: 'ideaBoard.form.authRequired',
};

/** One submission: its body and the Idempotency-Key every try of it carries. */
interface Attempt {
  readonly key: string;
  readonly body: CreateIdeaRequest;
  readonly json: string;
}

/** What is wrong with a new idea, checked the way the server checks it. */
export function checkIdea(body: CreateIdeaRequest, board: Board): IdeaFieldError[] {
  const errors: IdeaFieldError[] = [];
  if (body.title === '') errors.push({ name: 'title', message: 'ideaBoard.error.titleMissing' });
  else if (body.title.length < IDEA_TITLE_MIN)
    errors.push({ name: 'title', message: 'ideaBoard.error.titleTooShort', params: { min: IDEA_TITLE_MIN } });
  else if (body.title.length > IDEA_TITLE_MAX)
    errors.push({ name: 'title', message: 'ideaBoard.error.titleTooLong', params: { max: IDEA_TITLE_MAX } });
  if (body.body.length > IDEA_BODY_MAX)
    errors.push({ name: 'body', message: 'ideaBoard.error.bodyTooLong', params: { max: IDEA_BODY_MAX } });
  if (body.category !== undefined && !board.categories.some((c) => c.id === body.category))
    errors.push({ name: 'category', message: 'ideaBoard.error.categoryInvalid' });
  return errors;
}

/** A field error from the server (422), in the reader's words: by field and the protocol's code. */
export function serverFieldError({ field, code }: { field: string; code: string }): IdeaFieldError {
  if (field === 'title') {
    if (code === 'duplicate') return { name: 'title', message: 'ideaBoard.error.titleDuplicate' };
    if (code === 'required') return { name: 'title', message: 'ideaBoard.error.titleMissing' };
    if (code === 'too_short')
      return { name: 'title', message: 'ideaBoard.error.titleTooShort', params: { min: IDEA_TITLE_MIN } };
    if (code === 'too_long')
      return { name: 'title', message: 'ideaBoard.error.titleTooLong', params: { max: IDEA_TITLE_MAX } };
    return { name: 'title', message: 'ideaBoard.error.titleInvalid' };
  }
  if (field === 'body') {
    if (code === 'too_long')
      return { name: 'body', message: 'ideaBoard.error.bodyTooLong', params: { max: IDEA_BODY_MAX } };
    return { name: 'body', message: 'ideaBoard.error.bodyInvalid' };
  }
  if (field === 'category') return { name: 'category', message: 'ideaBoard.error.categoryInvalid' };
  return { name: undefined, message: 'sign.error.other' };
}

/** Which announcement band a count is in: 0 plenty left, then each threshold, last: over the limit. */
export function countBand(length: number, max: number): number {
  if (length > max) return CHARACTER_COUNT_THRESHOLDS.length + 1;
  const left = (max - length) / max;
  return CHARACTER_COUNT_THRESHOLDS.filter((share) => left <= share).length;
}

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

type FocusTarget = 'summary' | 'failure' | 'done' | 'title';

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
  private errors: readonly IdeaFieldError[] = [];
  private failure: Failure | undefined;
  private submitting = false;
  private attempt: Attempt | undefined;
  private submitted: Idea | undefined;
  private lengths: Record<CountedField, number> = { title: 0, body: 0 };
  private bands: Record<CountedField, number> = { title: 0, body: 0 };
  private countTimer: ReturnType<typeof setTimeout> | undefined;
  private focusTarget: FocusTarget | undefined;

  constructor(host: ReactiveControllerHost, options: IdeaFormOptions) {
    this.host = host;
    this.options = options;
    this.similar = new SimilarIdeasController(host, (items) =>
      options.announce(options.localize.plural('ideaBoard.similar.found', items.length)),
    );
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.countTimer);
    this.countTimer = undefined;
  }

  hostUpdated(): void {
    const target = this.focusTarget;
    if (target === undefined) return;
    this.focusTarget = undefined;
    const selector = {
      summary: '.error-summary',
      failure: '.failure',
      done: '#idea-done-title',
      title: '#f-title',
    }[target];
    this.options.root().querySelector<HTMLElement>(selector)?.focus();
  }

  /** Empties the form for a new idea; `focus` moves focus to the title once it is drawn. */
  reset(focus = false): void {
    this.errors = [];
    this.failure = undefined;
    this.attempt = undefined;
    this.submitted = undefined;
    this.lengths = { title: 0, body: 0 };
    this.bands = { title: 0, body: 0 };
    this.similar.reset();
    if (focus) this.focusTarget = 'title';
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
    if (this.submitting) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const category = String(data.get('category') ?? '');
    const body: CreateIdeaRequest = {
      title: String(data.get('title') ?? '').trim(),
      body: String(data.get('body') ?? '').trim(),
      ...(category ? { category } : {}),
    };
    this.errors = checkIdea(body, board);
    this.failure = undefined;
    if (this.errors.length > 0) {
      this.focusTarget = 'summary';
      this.host.requestUpdate();
      return;
    }
    const json = JSON.stringify(body);
    // The same idea after an unanswered try is the same submission: keep its key.
    if (this.attempt?.json !== json) this.attempt = { key: createIdempotencyKey(), body, json };
    void this.send();
  }

  private handleRetry(): void {
    if (!this.submitting && this.attempt) void this.send();
  }

  private handleErrorLink(event: Event, name: IdeaField): void {
    event.preventDefault();
    this.options.root().querySelector<HTMLElement>(`#f-${name}`)?.focus();
  }

  private async send(): Promise<void> {
    const attempt = this.attempt;
    const client = this.options.client();
    const boardId = this.options.boardId();
    if (!attempt || !client || !boardId) return;
    this.submitting = true;
    this.host.requestUpdate();
    try {
      const idea = await client.call(
        'createIdea',
        { path: { boardId }, body: attempt.body },
        { idempotencyKey: attempt.key },
      );
      this.attempt = undefined;
      this.errors = [];
      this.submitted = idea;
      this.similar.reset();
      this.focusTarget = 'done';
      this.options.onSubmitted(idea);
    } catch (error) {
      this.fail(error);
    } finally {
      this.submitting = false;
      this.host.requestUpdate();
    }
  }

  private fail(error: unknown): void {
    this.focusTarget = 'failure';
    if (error instanceof CivicNetworkError || error instanceof CivicTimeoutError) {
      this.failure = 'network';
    } else if (isAuthRequired(error)) {
      this.attempt = undefined;
      this.failure = 'auth';
      this.options.onAuthRequired();
    } else if (error instanceof CivicApiError && error.status === 422 && error.problem?.errors?.length) {
      this.attempt = undefined;
      this.errors = error.problem.errors.map(serverFieldError);
      this.focusTarget = 'summary';
    } else if (error instanceof CivicApiError && (error.status === 403 || error.status === 404)) {
      this.attempt = undefined;
      this.failure = 'closed';
    } else if (error instanceof CivicApiError && error.status === 409) {
      this.failure = 'busy';
    } else if (error instanceof CivicApiError && error.status === 429) {
      this.failure = 'rateLimited';
    } else {
      if (error instanceof CivicApiError && error.problem?.type === PROBLEM_TYPES.idempotencyKeyReused) {
        this.attempt = undefined;
      }
      this.failure = 'server';
    }
  }

  render(board: Board, level: HeadingLevel, sub: HeadingLevel): TemplateResult {
    const { localize } = this.options;
    if (this.submitted) return this.renderSubmitted(this.submitted, level);
    return html`<section class="idea-form panel" part="form" aria-labelledby="idea-form-title">
      ${heading(level, localize.term('ideaBoard.form.heading'), { id: 'idea-form-title', className: 'panel-title' })}
      ${this.renderErrorSummary(sub)} ${this.renderFailure()}
      <form class="form" novalidate @submit=${(event: SubmitEvent) => this.handleSubmit(event, board)}>
        ${this.renderTextField('title', 'ideaBoard.form.title', 'ideaBoard.form.titleHint')}
        ${this.similar.render(localize, 'similar-title')}
        ${this.renderTextField('body', 'ideaBoard.form.body', 'ideaBoard.form.bodyHint')}
        ${board.categories.length > 0 ? this.renderCategory(board) : nothing}
        <div class="form-actions">
          <button
            type="submit"
            class="button"
            part="submit"
            aria-disabled=${this.submitting ? 'true' : 'false'}
          >
            ${localize.term(this.submitting ? 'ideaBoard.form.sending' : 'ideaBoard.form.submit')}
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
      <p class="done-idea">${idea.title}</p>
      <button type="button" class="button secondary" @click=${() => this.reset(true)}>
        ${localize.term('ideaBoard.submitAnother')}
      </button>
    </section>`;
  }

  private errorOf(name: IdeaField): IdeaFieldError | undefined {
    return this.errors.find((error) => error.name === name);
  }

  private message(error: IdeaFieldError): string {
    return this.options.localize.term(error.message, error.params);
  }

  private renderErrorSummary(level: HeadingLevel): unknown {
    if (this.errors.length === 0) return nothing;
    const { localize } = this.options;
    return html`<div
      class="error-summary"
      part="error-summary"
      role="alert"
      tabindex="-1"
      aria-labelledby="error-summary-title"
    >
      ${heading(level, localize.term('sign.error.summary'), {
        id: 'error-summary-title',
        className: 'error-summary-title',
      })}
      <ul class="error-list">
        ${this.errors.map((error) => {
          const name = error.name;
          return html`<li>
            ${
              name === undefined
                ? this.message(error)
                : html`<a href="#f-${name}" @click=${(event: Event) => this.handleErrorLink(event, name)}
                    >${this.message(error)}</a
                  >`
            }
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderFailure(): unknown {
    const failure = this.failure;
    if (failure === undefined) return nothing;
    const { localize } = this.options;
    const retryable = RETRYABLE.has(failure) && this.attempt !== undefined;
    return html`<div class="failure" role="alert" tabindex="-1">
      <p class="failure-title">
        <span class="visually-hidden">${localize.term('error.prefix')}</span>
        ${localize.term('ideaBoard.form.notSent')}
      </p>
      <p>${localize.term(FAILURE_MESSAGES[failure])}</p>
      ${
        retryable
          ? html`<p>${localize.term('ideaBoard.form.kept')}</p>
              <button
                type="button"
                class="button"
                aria-disabled=${this.submitting ? 'true' : 'false'}
                @click=${() => this.handleRetry()}
              >
                ${localize.term(this.submitting ? 'ideaBoard.form.sending' : 'error.retry')}
              </button>`
          : nothing
      }
    </div>`;
  }

  private renderErrorMessage(id: string, error: IdeaFieldError): TemplateResult {
    return html`<p class="error-message" id=${id}>
      <span class="visually-hidden">${this.options.localize.term('error.prefix')}</span>
      ${this.message(error)}
    </p>`;
  }

  private renderTextField(name: CountedField, label: TermKey, hint: TermKey): TemplateResult {
    const { localize } = this.options;
    const id = `f-${name}`;
    const error = this.errorOf(name);
    const describedBy = [`${id}-hint`, error ? `${id}-error` : '', `${id}-count`].filter(Boolean).join(' ');
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
      ${error ? this.renderErrorMessage(`${id}-error`, error) : nothing}
      ${
        name === 'title'
          ? html`<input
              id=${id}
              name=${name}
              class="input"
              type="text"
              autocomplete="off"
              aria-describedby=${describedBy}
              aria-invalid=${error ? 'true' : nothing}
              @input=${(event: InputEvent) => this.handleInput(event, name)}
            />`
          : html`<textarea
              id=${id}
              name=${name}
              class="input"
              rows="6"
              aria-describedby=${describedBy}
              aria-invalid=${error ? 'true' : nothing}
              @input=${(event: InputEvent) => this.handleInput(event, name)}
            ></textarea>`
      }
      <p class=${over ? 'char-count over' : 'char-count'} id="${id}-count">${this.countText(name)}</p>
    </div>`;
  }

  private renderCategory(board: Board): TemplateResult {
    const { localize } = this.options;
    const error = this.errorOf('category');
    return html`<div class=${error ? 'field field-error' : 'field'}>
      <label class="label" for="f-category"
        >${localize.term('ideaBoard.form.category')}
        <span class="optional">${localize.term('ideaBoard.form.optional')}</span></label
      >
      ${error ? this.renderErrorMessage('f-category-error', error) : nothing}
      <select
        id="f-category"
        name="category"
        class="input select"
        aria-describedby=${error ? 'f-category-error' : nothing}
        aria-invalid=${error ? 'true' : nothing}
      >
        <option value="">${localize.term('ideaBoard.form.noCategory')}</option>
        ${board.categories.map((category) => html`<option value=${category.id}>${category.name}</option>`)}
      </select>
    </div>`;
  }
}
