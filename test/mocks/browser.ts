import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

/**
 * The one msw worker of a browser test page. Start it with `startMockWorker()` (idempotent), add
 * scenarios with `worker.use(...)` and call `worker.resetHandlers()` after each test.
 * Requests that reach the mocked API without a handler fail the request and log an error.
 */
export const worker = setupWorker();

let started: Promise<unknown> | undefined;

export function startMockWorker(...handlers: RequestHandler[]): Promise<unknown> {
  started ??= worker.start({
    quiet: true,
    onUnhandledRequest: 'error',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  if (handlers.length > 0) worker.use(...handlers);
  return started;
}
