import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { CivicApiError, CivicNetworkError, CivicResponseError, CivicTimeoutError } from '../client/index.js';
import type { CivicLoadErrorDetail, LoadErrorKind } from '../events/civic-load-error.js';
import type { TermKey } from '../i18n/messages.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { renderSkeleton } from './skeleton.js';
import type { SkeletonOptions } from './skeleton.js';

const MESSAGE_BY_KIND: Readonly<Record<LoadErrorKind, TermKey>> = {
  network: 'error.network',
  timeout: 'error.timeout',
  malformed: 'error.malformed',
  not_found: 'error.notFound',
  auth: 'error.authRequired',
  server: 'error.server',
};

/** What went wrong, from the client's typed errors; anything unexpected counts as a server fault. */
export function classifyLoadError(error: unknown): CivicLoadErrorDetail {
  if (error instanceof CivicNetworkError) return { kind: 'network' };
  if (error instanceof CivicTimeoutError) return { kind: 'timeout' };
  if (error instanceof CivicResponseError) return { kind: 'malformed', status: error.status };
  if (error instanceof CivicApiError) {
    const kind = error.status === 401 ? 'auth' : error.status === 404 ? 'not_found' : 'server';
    return { kind, status: error.status };
  }
  return { kind: 'server' };
}

/** The loading state: reserved space, `aria-busy`, and "Loading…" in words for screen readers. */
export function renderPending(localize: LocalizeController, skeleton?: SkeletonOptions): TemplateResult {
  return html`<div class="loading" aria-busy="true">
    <span class="visually-hidden">${localize.term('loading')}</span>
    ${renderSkeleton(skeleton)}
  </div>`;
}

/** The error state: a localized explanation and a real retry button, announced as an alert. */
export function renderErrorMessage(
  localize: LocalizeController,
  kind: LoadErrorKind,
  retry: () => void,
): TemplateResult {
  return html`<div class="load-error" role="alert">
    <p class="load-error-title">
      <span class="visually-hidden">${localize.term('error.prefix')}</span>
      ${localize.term('error.title')}
    </p>
    <p class="load-error-detail">${localize.term(MESSAGE_BY_KIND[kind])}</p>
    <button type="button" class="button secondary" @click=${retry}>${localize.term('error.retry')}</button>
  </div>`;
}
