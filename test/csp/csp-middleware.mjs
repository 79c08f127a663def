// Dev-server middleware for the strict-CSP page: adds the policy header to that page, and answers
// the page's discovery call (the page uses no msw: a service worker is not what a city page runs).
import { tsImport } from 'tsx/esm/api';

const { CSP_API_BASE, CSP_PAGE_PATH, STRICT_CSP } = await tsImport('./policy.ts', import.meta.url);

let discoveryBody;

async function discoveryJson() {
  if (!discoveryBody) {
    const { discoveryDocument } = await tsImport('../mocks/handlers.ts', import.meta.url);
    discoveryBody = JSON.stringify(discoveryDocument());
  }
  return discoveryBody;
}

/** @type {import('@web/dev-server-core').Middleware} */
export async function cspMiddleware(context, next) {
  if (context.method === 'GET' && context.path === `${CSP_API_BASE}/`) {
    context.type = 'application/json';
    context.body = await discoveryJson();
    return;
  }
  await next();
  if (context.path === CSP_PAGE_PATH) context.set('Content-Security-Policy', STRICT_CSP);
}
