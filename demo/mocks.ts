import { setupWorker } from 'msw/browser';
import { defaultHandlers, MOCK_API_BASE } from '../test/mocks/handlers.js';

/** The demo's backend: the msw scenarios the tests and stories use, served by a service worker. */
export async function startMockBackend(): Promise<void> {
  const worker = setupWorker(...defaultHandlers());
  await worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith(`${MOCK_API_BASE}/`)) print.warning();
    },
  });
}
