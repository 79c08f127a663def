import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyBaseLogger } from 'fastify';
import { SERVER_LOCALES } from '../../../server/src/config.js';
import { openDatabase } from '../../../server/src/db/kysely.js';
import type { Database } from '../../../server/src/db/kysely.js';
import { migrate } from '../../../server/src/db/migrator.js';
import { OutboxWorker } from '../../../server/src/email/outbox-worker.js';
import { enqueueMail } from '../../../server/src/email/outbox.js';
import type { Mailer } from '../../../server/src/email/smtp.js';
import { renderAlreadySignedMail, renderConfirmationMail } from '../../../server/src/email/templates.js';
import { MIGRATIONS } from '../../../server/src/features.js';
import { TestClock } from '../support/app.js';
import { describeEachDatabase } from '../support/suite.js';

const LINK = 'https://civic.example/confirm?token=abcdefghijklmnopqrstuvwxyz012345&lang=en';

describe('email templates', () => {
  it('writes the confirmation email in each language, with the link in text and HTML', () => {
    const subjects = new Set<string>();
    for (const locale of SERVER_LOCALES) {
      const mail = renderConfirmationMail(locale, 'Bike lanes', LINK);
      subjects.add(mail.subject);
      assert.ok(mail.text.includes(LINK), locale);
      assert.ok(mail.html.includes(LINK.replace('&', '&amp;')), locale);
      assert.match(mail.html, new RegExp(`<html lang="${locale}">`));
      assert.ok(mail.subject.includes('Bike lanes'));
    }
    assert.equal(subjects.size, 3, 'each language has its own subject');
    assert.match(
      renderConfirmationMail('ru', 'Велодорожки', LINK).text,
      /Спасибо, что подписали петицию «Велодорожки»/,
    );
    assert.match(
      renderConfirmationMail('kk', 'Веложолдар', LINK).text,
      /«Веложолдар» петициясына қол қойғаныңыз үшін рахмет/,
    );
  });

  it('writes the "already signed" email in each language', () => {
    for (const locale of SERVER_LOCALES) {
      const mail = renderAlreadySignedMail(locale, 'Bike lanes', 'https://city.example/p/1');
      assert.ok(mail.text.includes('https://city.example/p/1'));
      assert.doesNotMatch(mail.text, /confirm\?token=/);
    }
    assert.match(renderAlreadySignedMail('en', 'X', null).subject, /^You have already signed: X$/);
  });

  it('escapes the petition title in HTML and keeps the subject on one line', () => {
    const mail = renderConfirmationMail(
      'en',
      'Parks <script>alert(1)</script>\r\nBcc: evil@example.com',
      LINK,
    );
    assert.doesNotMatch(mail.html, /<script>/);
    assert.match(mail.html, /&lt;script&gt;/);
    assert.doesNotMatch(mail.subject, /[\r\n]/);
  });
});

const quietLog = {
  warn: () => undefined,
  error: () => undefined,
  info: () => undefined,
} as unknown as FastifyBaseLogger;

describeEachDatabase('outbox worker', (db) => {
  let database: Database;
  before(async () => {
    database = openDatabase(db().url);
    await migrate(database.db, MIGRATIONS);
  });
  after(() => database.close());

  function mailer(fail: () => boolean) {
    const sent: string[] = [];
    const instance: Mailer = {
      async send(message) {
        if (fail()) throw new Error(`550 mailbox ${message.to} unavailable`);
        sent.push(message.to);
      },
      close() {},
    };
    return { instance, sent };
  }

  it('sends queued mail and marks it sent', async () => {
    const clock = new TestClock();
    const { instance, sent } = mailer(() => false);
    const worker = new OutboxWorker(database, instance, clock, quietLog);
    await enqueueMail(
      database.db,
      {
        kind: 'confirm',
        petitionId: null,
        to: 'ok@example.org',
        locale: 'en',
        subject: 's',
        text: 't',
        html: 'h',
      },
      new Date(clock.now()).toISOString(),
    );
    assert.equal(await worker.runOnce(), 1);
    assert.deepEqual(sent, ['ok@example.org']);
    const row = await database.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', 'ok@example.org')
      .executeTakeFirstOrThrow();
    assert.equal(row.delivered_to, 'smtp');
    assert.notEqual(row.sent_at, null);
    assert.equal(await worker.runOnce(), 0);
    await worker.stop();
  });

  it('retries with exponential backoff and gives up after the last attempt', async () => {
    const clock = new TestClock();
    let failing = true;
    const { instance, sent } = mailer(() => failing);
    const worker = new OutboxWorker(database, instance, clock, quietLog, {
      maxAttempts: 3,
      baseDelayMs: 1000,
    });
    await enqueueMail(
      database.db,
      {
        kind: 'confirm',
        petitionId: null,
        to: 'retry@example.org',
        locale: 'en',
        subject: 's',
        text: 't',
        html: 'h',
      },
      new Date(clock.now()).toISOString(),
    );
    const row = () =>
      database.db
        .selectFrom('outbox')
        .selectAll()
        .where('to_address', '=', 'retry@example.org')
        .executeTakeFirstOrThrow();

    await worker.runOnce();
    const first = await row();
    assert.equal(first.attempts, 1);
    assert.equal(first.next_attempt_at, new Date(clock.now() + 1000).toISOString());
    assert.doesNotMatch(first.last_error ?? '', /retry@example\.org/, 'no address in the stored error');

    clock.advance(500);
    await worker.runOnce();
    assert.equal((await row()).attempts, 1, 'not before the retry time');

    clock.advance(600);
    await worker.runOnce();
    const second = await row();
    assert.equal(second.attempts, 2);
    assert.equal(second.next_attempt_at, new Date(clock.now() + 2000).toISOString());

    clock.advance(2000);
    await worker.runOnce();
    assert.equal((await row()).attempts, 3);
    failing = false;
    clock.advance(60_000);
    await worker.runOnce();
    assert.deepEqual(sent, [], 'no fourth attempt');
    assert.equal((await row()).sent_at, null);
    await worker.stop();
  });
});
