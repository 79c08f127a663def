/** The policy a cautious city site sends; the kit must work under it without exceptions. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The page served with STRICT_CSP as a response header. */
export const CSP_PAGE_PATH = '/test/csp/csp-page.html';

/** API base the page gives its `<civic-provider>`; the dev server answers discovery there. */
export const CSP_API_BASE = '/test/csp/api/v1';
