import type { FastifyReply } from 'fastify';
import type { ServerLocale } from '../config.js';
import type { ApiRead } from './api-read.js';
import { renderMessagePage, sendPage } from './page-http.js';
import { PAGE_STRINGS } from './strings.js';

/* Sending a page made from an API read: the page, or "not found" / "removed" pages. */

export function sendRead<T>(
  reply: FastifyReply,
  locale: ServerLocale,
  read: ApiRead<T>,
  render: (value: T) => string,
): FastifyReply {
  const s = PAGE_STRINGS[locale];
  if (read.kind === 'ok') return sendPage(reply, 200, render(read.value));
  if (read.kind === 'gone') return sendPage(reply, 410, renderMessagePage(locale, s.goneTitle, s.goneBody));
  return sendPage(reply, 404, renderMessagePage(locale, s.notFoundTitle, s.notFoundBody));
}
