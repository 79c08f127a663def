import type { FastifyBaseLogger } from 'fastify';
import { isoAt } from '../clock.js';
import type { Clock } from '../clock.js';
import type { Database } from '../db/kysely.js';
import { claimDueMail, markMailFailed, markMailSent } from './outbox.js';
import type { Mailer } from './smtp.js';

/*
 * Delivers the outbox: every `intervalMs` (and right after a request queued mail) it leases due
 * messages, sends each over SMTP and marks it sent, or schedules a retry with exponential backoff
 * (30 s, 1 min, 2 min … up to `maxAttempts`, about an hour in all). Without a mailer nothing is
 * sent and messages wait in the outbox.
 */

export interface OutboxWorkerOptions {
  intervalMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  batchSize?: number;
}

export class OutboxWorker {
  readonly #database: Database;
  readonly #mailer: Mailer | undefined;
  readonly #clock: Clock;
  readonly #log: FastifyBaseLogger;
  readonly #intervalMs: number;
  readonly #baseDelayMs: number;
  readonly #batchSize: number;
  readonly maxAttempts: number;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;
  #again = false;

  constructor(
    database: Database,
    mailer: Mailer | undefined,
    clock: Clock,
    log: FastifyBaseLogger,
    options: OutboxWorkerOptions = {},
  ) {
    this.#database = database;
    this.#mailer = mailer;
    this.#clock = clock;
    this.#log = log;
    this.#intervalMs = options.intervalMs ?? 5000;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.#baseDelayMs = options.baseDelayMs ?? 30_000;
    this.#batchSize = options.batchSize ?? 20;
  }

  start(): void {
    if (!this.#mailer || this.#timer) return;
    this.#timer = setInterval(() => this.nudge(), this.#intervalMs);
    this.#timer.unref();
  }

  /** Delivers soon (new mail was queued). */
  nudge(): void {
    if (!this.#mailer) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    void this.runOnce().catch((error: unknown) => this.#log.error({ err: error }, 'outbox delivery failed'));
  }

  /** One delivery round; resolves with the number of messages sent. */
  runOnce(): Promise<number> {
    if (this.#running) return this.#running;
    const run = this.#deliver().finally(() => {
      this.#running = undefined;
      if (this.#again) {
        this.#again = false;
        this.nudge();
      }
    });
    this.#running = run;
    return run;
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running?.catch(() => undefined);
    this.#mailer?.close();
  }

  async #deliver(): Promise<number> {
    const mailer = this.#mailer;
    if (!mailer) return 0;
    const { db, dialect } = this.#database;
    const now = this.#clock.now();
    const due = await claimDueMail(db, dialect, {
      nowIso: isoAt(now),
      leaseUntilIso: isoAt(now + 60_000),
      maxAttempts: this.maxAttempts,
      limit: this.#batchSize,
    });
    let sent = 0;
    for (const mail of due) {
      try {
        await mailer.send({
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text_body,
          html: mail.html_body,
        });
        await markMailSent(db, mail.id, isoAt(this.#clock.now()), 'smtp');
        sent++;
      } catch (error) {
        const delay = this.#baseDelayMs * 2 ** Math.max(0, mail.attempts - 1);
        const reason = error instanceof Error ? error.message : String(error);
        // The reason may quote the address; only the message id is logged.
        this.#log.warn({ mailId: mail.id, attempt: mail.attempts }, 'email delivery failed, will retry');
        await markMailFailed(
          db,
          mail.id,
          reason.replace(/\S+@\S+/g, '<address>'),
          isoAt(this.#clock.now() + delay),
        );
      }
    }
    if (due.length === this.#batchSize) this.#again = true;
    return sent;
  }
}
