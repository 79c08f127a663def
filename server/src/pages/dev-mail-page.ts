import type { OutboxRow } from '../email/outbox.js';
import { html } from './html.js';
import type { SafeHtml } from './html.js';
import { renderPage } from './layout.js';

/*
 * Demo mode's outbox viewer (`/dev/mail`): the newest messages first, as text, with this server's
 * confirmation links made clickable so a person can try the whole signing flow without SMTP.
 */

/** Text with links to `publicUrl`'s confirmation page turned into anchors; everything escaped. */
function linkify(text: string, publicUrl: string): SafeHtml {
  const parts: (string | SafeHtml)[] = [];
  const pattern = /https?:\/\/\S+\/confirm\?token=[A-Za-z0-9_-]+(?:&lang=[a-z]{2})?/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const url = match[0];
    parts.push(text.slice(last, match.index));
    parts.push(url.startsWith(`${publicUrl}/`) ? html`<a href="${url}">${url}</a>` : url);
    last = match.index + url.length;
  }
  parts.push(text.slice(last));
  return html`${parts}`;
}

export function renderDevMail(messages: readonly OutboxRow[], publicUrl: string): string {
  const items = messages.map(
    (mail) =>
      html`<article>
        <h2>${mail.subject}</h2>
        <dl>
          <dt>To</dt>
          <dd>${mail.to_address}</dd>
          <dt>Kind</dt>
          <dd>${mail.kind}</dd>
          <dt>Queued</dt>
          <dd><time datetime="${mail.created_at}">${mail.created_at}</time></dd>
          <dt>Delivery</dt>
          <dd>${mail.delivered_to ?? `pending (attempts: ${mail.attempts})`}</dd>
        </dl>
        <pre>${linkify(mail.text_body, publicUrl)}</pre>
      </article>`,
  );
  return renderPage(
    'en',
    'Outbox (demo)',
    html`<h1>Outbox (demo)</h1>
      <p>Emails this demo server would send, newest first. Nothing here leaves the server.</p>
      ${messages.length === 0 ? html`<p>No emails yet. Sign a petition to see one here.</p>` : items}`,
  );
}
