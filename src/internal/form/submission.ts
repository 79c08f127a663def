import type { ReactiveControllerHost } from 'lit';
import { createIdempotencyKey } from '../../client/index.js';
import type { FieldError } from '../../protocol/problem.js';
import { warnIfOriginNotAllowed } from './origin-warning.js';
import type { PendingFocusController } from './pending-focus.js';
import { rateLimitWait } from './rate-limit.js';
import {
  DEFAULT_FAILURES,
  fieldErrorsOf,
  keepsKey,
  refusalOf,
  RETRYABLE_FAILURES,
} from './submit-failure.js';
import type { SubmitFailure, SubmitRefusal } from './submit-failure.js';

/** An error a form shows, by the field at fault (undefined for an error about no field the form shows). */
export interface FormError {
  readonly name: string | undefined;
}

/** One submission: its body and the Idempotency-Key every try of it carries. */
interface Attempt<Body> {
  readonly key: string;
  readonly body: Body;
  readonly json: string;
}

export interface SubmissionOptions<Body, Result, E extends FormError> {
  /** Sends one try; undefined when the form cannot send now (no client or target yet). */
  readonly send: (body: Body, idempotencyKey: string) => Promise<Result> | undefined;
  /** The backend took the submission. */
  readonly onSent: (result: Result, body: Body) => void;
  /** The backend's field errors (422), as the errors the form shows. */
  readonly fieldErrors: (errors: readonly FieldError[]) => E[];
  /** The backend wants a signed-in participant (401). */
  readonly onAuthRequired: () => void;
  /** How this form tells the refusals it reads differently from the default. */
  readonly failures?: Partial<Record<Exclude<SubmitRefusal, 'fields'>, SubmitFailure>>;
  readonly focus: PendingFocusController;
}

/**
 * A form's submission, GOV.UK style, as state the host draws: answers checked before sending, with
 * an error summary that takes focus; one Idempotency-Key per submission, kept while the same
 * answers are tried again (the client's automatic retries, "Try again", or a resubmit of unchanged
 * answers) and renewed when they change, so nothing is stored twice; a failure the reader can act on.
 */
export class FormSubmission<Body, Result, E extends FormError> {
  private readonly host: ReactiveControllerHost;
  private readonly options: SubmissionOptions<Body, Result, E>;
  private attempt: Attempt<Body> | undefined;
  private currentErrors: readonly E[] = [];
  private currentFailure: SubmitFailure | undefined;
  private currentWait: number | undefined;
  private sending = false;

  constructor(host: ReactiveControllerHost, options: SubmissionOptions<Body, Result, E>) {
    this.host = host;
    this.options = options;
  }

  /** The answers in error, from the form's own check or the backend's. */
  get errors(): readonly E[] {
    return this.currentErrors;
  }

  /** Why the last try did not go through, until the next one starts. */
  get failure(): SubmitFailure | undefined {
    return this.currentFailure;
  }

  /** Seconds the backend asked to wait after refusing the last try for a rate limit, if it said. */
  get retryAfter(): number | undefined {
    return this.currentWait;
  }

  /** Whether a try is on its way. */
  get submitting(): boolean {
    return this.sending;
  }

  /** Whether "Try again" may resend the failed submission under its key. */
  get retryable(): boolean {
    return this.currentFailure !== undefined && RETRYABLE_FAILURES.has(this.currentFailure) && !!this.attempt;
  }

  errorOf(name: string): E | undefined {
    return this.currentErrors.find((error) => error.name === name);
  }

  /** Sends `body` unless the form's check found `errors`, which the summary then shows. */
  submit(body: Body, errors: readonly E[]): void {
    if (this.sending) return;
    this.currentErrors = errors;
    this.currentFailure = undefined;
    this.currentWait = undefined;
    this.host.requestUpdate();
    if (errors.length > 0) {
      this.options.focus.focusAfterUpdate('.error-summary');
      return;
    }
    const json = JSON.stringify(body);
    // The same answers after an unanswered try are the same submission: keep its key.
    if (this.attempt?.json !== json) this.attempt = { key: createIdempotencyKey(), body, json };
    void this.send();
  }

  /** Sends the failed submission again, under the same key. */
  retry(): void {
    if (!this.sending && this.attempt) void this.send();
  }

  /** Forgets the errors, the failure and the submission (a new form). */
  reset(): void {
    this.currentErrors = [];
    this.currentFailure = undefined;
    this.currentWait = undefined;
    this.attempt = undefined;
    this.host.requestUpdate();
  }

  private async send(): Promise<void> {
    const attempt = this.attempt;
    const request = attempt && this.options.send(attempt.body, attempt.key);
    if (!attempt || !request) return;
    this.sending = true;
    this.host.requestUpdate();
    try {
      const result = await request;
      this.attempt = undefined;
      this.currentErrors = [];
      this.options.onSent(result, attempt.body);
    } catch (error) {
      this.fail(error);
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  private fail(error: unknown): void {
    const refusal = refusalOf(error);
    if (refusal === 'fields') {
      this.attempt = undefined;
      this.currentErrors = this.options.fieldErrors(fieldErrorsOf(error));
      this.options.focus.focusAfterUpdate('.error-summary');
      return;
    }
    if (refusal === 'originNotAllowed') warnIfOriginNotAllowed(error);
    const failure = this.options.failures?.[refusal] ?? DEFAULT_FAILURES[refusal];
    if (!keepsKey(refusal, failure)) this.attempt = undefined;
    this.currentFailure = failure;
    this.currentWait = rateLimitWait(error);
    if (refusal === 'auth') this.options.onAuthRequired();
    this.options.focus.focusAfterUpdate('.failure');
  }
}
