#!/usr/bin/env node
// `npm run check-embed -- --page URL`: checks a page that embeds the widgets before it goes live.
// Opens the page in Chromium (playwright-core, scripts/find-chromium.mjs) and reports, each as OK or
// as a problem with its fix:
//   origin    for each backend the widgets use (their api-base, or their <civic-provider>'s): does
//             it take writes from this page's origin? (A harmless probe: an empty JSON POST to the
//             API root, where no endpoint takes writes, sent with the page's Origin.)
//   csp       Content-Security-Policy violations seen while the page loaded, and whether the page's
//             policy would block the kit's scripts, its calls to the backends or its Trusted Types
//   sri       kit scripts without `integrity`, and integrity failures Chromium reported
//   language  the page's and widgets' languages the kit has no strings for (built in: en, ru, kk;
//             a page may add its own with <script type="application/json" data-civic-strings="xx">)
// Exit status: 0 when all is well, 1 when a problem was found, 2 when the page could not be checked.
// Options: --timeout MS (default 15000), --json (the findings as JSON on stdout).
import { createHash } from 'node:crypto';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { requireChromium } from './find-chromium.mjs';

const BUILT_IN_LANGUAGES = ['en', 'ru', 'kk'];
const KIT_SCRIPT = /\/civic-widgets(?:\.[\w-]+)*\.js$/;
const ORIGIN_NOT_ALLOWED = 'urn:civic:problem:origin-not-allowed';
const SRI_FAILURE = /Failed to find a valid digest in the 'integrity' attribute for resource '([^']+)'/;
const CSP_CONSOLE = /violates the following Content Security Policy directive/;

const USAGE = `Usage: npm run check-embed -- --page URL [--timeout MS] [--json]
Opens the page in Chromium and reports origin, CSP, SRI and language problems of its civic widgets.`;

/** Runs in the page before its own scripts: records CSP violations from the first moment. */
function recordViolations() {
  const seen = [];
  Object.defineProperty(window, '__civicCheckViolations', { value: seen });
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        disposition: event.disposition,
      }),
    true,
  );
}

/** Runs in the page once it settled: what the widgets are, where they talk to, in which language. */
function describePage(kitScriptPattern) {
  const kitScript = new RegExp(kitScriptPattern);
  const elements = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName.startsWith('civic-')) elements.push(element);
      else if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  /** Composed ancestors, nearest first. */
  const ancestors = (element) => {
    const found = [];
    let node = element.parentNode;
    while (node) {
      if (node.nodeType === Node.ELEMENT_NODE) found.push(node);
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return found;
  };
  const absolute = (url) => new URL(url, document.baseURI).href;
  const widgets = elements
    .filter((element) => element.localName !== 'civic-provider')
    .map((element) => {
      const providers = ancestors(element).filter((node) => node.localName === 'civic-provider');
      const apiBase =
        element.getAttribute('api-base') ??
        providers
          .map((provider) => provider.getAttribute('api-base') ?? provider.client?.baseUrl)
          .find(Boolean);
      const lang =
        element.getAttribute('lang') ||
        providers.map((provider) => provider.getAttribute('locale')).find(Boolean) ||
        ancestors(element)
          .find((node) => node.getAttribute('lang'))
          ?.getAttribute('lang') ||
        document.documentElement.lang ||
        'en';
      return {
        tag: element.localName,
        apiBase: apiBase ? absolute(apiBase) : undefined,
        lang,
        defined: customElements.get(element.localName) !== undefined,
      };
    });
  const kitScripts = Array.from(document.querySelectorAll('script[src]'))
    .filter((script) => kitScript.test(new URL(script.src).pathname))
    .map((script) => ({
      src: script.src,
      type: script.type,
      integrity: script.getAttribute('integrity'),
      crossorigin: script.getAttribute('crossorigin'),
    }));
  const metaPolicies = Array.from(document.querySelectorAll('meta[http-equiv]'))
    .filter((meta) => meta.httpEquiv.toLowerCase() === 'content-security-policy')
    .map((meta) => meta.content);
  const declaredLanguages = Array.from(
    document.querySelectorAll('script[type="application/json"][data-civic-strings]'),
  ).map((script) => script.dataset.civicStrings ?? '');
  return {
    origin: location.origin,
    url: location.href,
    pageLang: document.documentElement.lang || '',
    providers: elements.filter((element) => element.localName === 'civic-provider').length,
    widgets,
    kitScripts,
    metaPolicies,
    declaredLanguages,
    violations: window.__civicCheckViolations ?? [],
  };
}

/** `en-GB` → `en`. */
function primaryLanguage(tag) {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A Content-Security-Policy value as directives: name → list of sources. */
export function parsePolicy(value) {
  const directives = new Map();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!directives.has(key)) directives.set(key, sources);
  }
  return directives;
}

/** The sources that govern `directive` (falling back as browsers do), or undefined when nothing restricts it. */
function sourcesFor(policy, directive) {
  const fallbacks = {
    'script-src-elem': ['script-src-elem', 'script-src', 'default-src'],
    'connect-src': ['connect-src', 'default-src'],
  };
  for (const name of fallbacks[directive] ?? [directive, 'default-src']) {
    if (policy.has(name)) return policy.get(name);
  }
  return undefined;
}

/** Whether a source list allows fetching `url` from a page on `selfOrigin` (CSP3 source matching, simplified). */
export function sourceListAllows(sources, url, selfOrigin) {
  const target = new URL(url);
  const self = new URL(selfOrigin);
  const port = (u) => u.port || (u.protocol === 'https:' || u.protocol === 'wss:' ? '443' : '80');
  const lowered = sources.map((source) => source.toLowerCase());
  if (lowered.includes("'none'") && lowered.length === 1) return false;
  for (const source of lowered) {
    if (source === "'self'") {
      if (target.origin === self.origin) return true;
      // 'self' also covers the secure upgrade of the page's own scheme and host.
      if (self.protocol === 'http:' && target.protocol === 'https:' && target.host === self.host) return true;
      continue;
    }
    if (source === '*') {
      if (/^(https?|wss?):$/.test(target.protocol)) return true;
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:$/.test(source)) {
      if (target.protocol === source || (source === 'http:' && target.protocol === 'https:')) return true;
      continue;
    }
    if (source.startsWith("'")) continue;
    const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|\*\.[^:/]+|[^:/]+)(?::(\d+|\*))?(\/.*)?$/.exec(source);
    if (!match) continue;
    const [, scheme, host, sourcePort, path] = match;
    if (scheme) {
      if (!(target.protocol === `${scheme}:` || (scheme === 'http' && target.protocol === 'https:')))
        continue;
    } else if (!(
      target.protocol === self.protocol ||
      (self.protocol === 'http:' && target.protocol === 'https:')
    )) {
      continue;
    }
    if (host === '*') {
      // any host
    } else if (host.startsWith('*.')) {
      if (!target.hostname.endsWith(host.slice(1))) continue;
    } else if (target.hostname !== host) continue;
    // No port in the source: the scheme's default port only (URL leaves default ports out).
    if (sourcePort === undefined ? target.port !== '' : sourcePort !== '*' && port(target) !== sourcePort)
      continue;
    if (path && path !== '/') {
      if (path.endsWith('/') ? !target.pathname.startsWith(path) : target.pathname !== path) continue;
    }
    return true;
  }
  return false;
}

/** What one policy would block of the kit: its scripts, its calls to the backends, its Trusted Types policy. */
export function policyBlocks(policyText, { origin, scripts, backends }) {
  const policy = parsePolicy(policyText);
  const blocked = [];
  const scriptSources = sourcesFor(policy, 'script-src-elem');
  const nonceOrHash = scriptSources?.some((source) => /^'(nonce|sha\d{3})-/.test(source.toLowerCase()));
  const strictDynamic = scriptSources?.some((source) => source.toLowerCase() === "'strict-dynamic'");
  for (const script of scripts) {
    if (scriptSources === undefined || strictDynamic || nonceOrHash) continue;
    if (!sourceListAllows(scriptSources, script, origin)) blocked.push(`script-src does not allow ${script}`);
  }
  const connectSources = sourcesFor(policy, 'connect-src');
  for (const backend of backends) {
    if (connectSources !== undefined && !sourceListAllows(connectSources, backend, origin)) {
      blocked.push(`connect-src does not allow ${new URL(backend).origin} (the widgets' backend)`);
    }
  }
  if (policy.has('require-trusted-types-for') && policy.has('trusted-types')) {
    const names = policy.get('trusted-types').map((name) => name.toLowerCase());
    if (!names.includes('lit-html') && !names.includes('*')) {
      blocked.push("trusted-types does not list lit-html, the policy the widgets' templates use");
    }
  }
  return blocked;
}

/** The backend's answer to a write from `origin`, probed with an empty JSON POST to the API root. */
async function probeBackend(base, origin, timeoutMs) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const signal = AbortSignal.timeout(timeoutMs);
  const allowsOrigin = (response) => {
    const allowed = response.headers.get('access-control-allow-origin');
    return allowed === '*' || allowed === origin;
  };
  try {
    const read = await fetch(root, { headers: { Origin: origin, Accept: 'application/json' }, signal });
    await read.body?.cancel();
    if (!read.ok) return { ok: false, reason: `its discovery document (GET ${root}) answers ${read.status}` };
    if (!allowsOrigin(read)) return { ok: false, reason: `its reads carry no CORS header for ${origin}` };
    const preflight = await fetch(root, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
      signal,
    });
    await preflight.body?.cancel();
    if (!preflight.ok || !allowsOrigin(preflight)) {
      return { ok: false, reason: `its CORS preflight refuses writes from ${origin}` };
    }
    const write = await fetch(root, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json', Accept: 'application/problem+json' },
      body: '{}',
      signal,
    });
    const text = await write.text();
    let type;
    try {
      type = JSON.parse(text).type;
    } catch {
      type = undefined;
    }
    if (write.status === 403 && type === ORIGIN_NOT_ALLOWED) {
      return { ok: false, reason: `it refuses writes from ${origin} (403 origin-not-allowed)` };
    }
    if (!allowsOrigin(write))
      return { ok: false, reason: `its answers to writes carry no CORS header for ${origin}` };
    return { ok: true };
  } catch (error) {
    return {
      ok: false,
      reason: `it could not be reached (${error.cause?.message ?? error.message})`,
      unreachable: true,
    };
  }
}

async function sriOf(url, timeoutMs) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return undefined;
    const hash = createHash('sha384')
      .update(Buffer.from(await response.arrayBuffer()))
      .digest('base64');
    return `sha384-${hash}`;
  } catch {
    return undefined;
  }
}

/** Opens `pageUrl` and returns its findings: `{ page, findings: [{ area, ok, message, fix? }] }`. */
export async function checkEmbed(pageUrl, { timeoutMs = 15_000 } = {}) {
  const browser = await chromium.launch({
    executablePath: requireChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext();
    await context.addInitScript(recordViolations);
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    const sriFailures = new Set();
    const cspMessages = [];
    page.on('console', (message) => {
      const text = message.text();
      const sri = SRI_FAILURE.exec(text);
      if (sri) sriFailures.add(sri[1]);
      else if (CSP_CONSOLE.test(text)) cspMessages.push(text);
    });
    const response = await page.goto(pageUrl, { waitUntil: 'load' });
    if (!response) throw new Error(`${pageUrl} gave no answer`);
    if (!response.ok()) throw new Error(`${pageUrl} answered ${response.status()}`);
    // Let the widgets upgrade and load their data (CSP blocks their calls only then).
    await page
      .waitForFunction(
        () =>
          Array.from(document.querySelectorAll('*'))
            .filter((element) => element.localName.startsWith('civic-'))
            .every((element) => customElements.get(element.localName) !== undefined),
        undefined,
        { timeout: Math.min(timeoutMs, 10_000) },
      )
      .catch(() => undefined);
    await page
      .waitForLoadState('networkidle', { timeout: Math.min(timeoutMs, 10_000) })
      .catch(() => undefined);
    const info = await page.evaluate(describePage, KIT_SCRIPT.source);
    const headerPolicies = (await response.headersArray())
      .filter((header) => header.name.toLowerCase() === 'content-security-policy')
      .flatMap((header) => header.value.split(/\n/));
    const findings = [];
    const add = (area, ok, message, fix) => findings.push({ area, ok, message, ...(fix ? { fix } : {}) });

    // The widgets themselves.
    const undefinedTags = [
      ...new Set(info.widgets.filter((widget) => !widget.defined).map((widget) => widget.tag)),
    ];
    if (info.widgets.length === 0) {
      add(
        'widgets',
        false,
        'no civic-* widget on the page',
        'put a widget on the page, e.g. <civic-petition-card petition="…" api-base="…">',
      );
    } else if (undefinedTags.length > 0) {
      add(
        'widgets',
        false,
        `${undefinedTags.join(', ')} never upgraded: the kit did not load or does not define them`,
        "include the kit's script (see the problems below, CSP and SRI in particular)",
      );
    } else {
      add(
        'widgets',
        true,
        `${info.widgets.length} widget(s) upgraded: ${[...new Set(info.widgets.map((w) => w.tag))].join(', ')}`,
      );
    }

    // Origin: each backend must take writes from this page.
    const backends = [...new Set(info.widgets.map((widget) => widget.apiBase).filter(Boolean))];
    for (const widget of info.widgets.filter((candidate) => !candidate.apiBase)) {
      add(
        'origin',
        false,
        `<${widget.tag}> has no backend: no api-base, and no <civic-provider api-base> around it`,
        'give the widget or its <civic-provider> an api-base="https://…/api/v1"',
      );
    }
    for (const base of backends) {
      const result = await probeBackend(base, info.origin, Math.min(timeoutMs, 10_000));
      if (result.ok) add('origin', true, `${base} takes writes from ${info.origin}`);
      else
        add(
          'origin',
          false,
          `${base}: ${result.reason}; signing, proposing and voting fail on this page`,
          result.unreachable
            ? 'check the api-base URL and that the backend is up'
            : `allow ${info.origin} on that backend: on the civic-widgets reference server --allowed-origins ${info.origin} (or CIVIC_ALLOWED_ORIGINS=${info.origin}; comma-separate several); on another backend, its allowed-origins (CORS) setting`,
        );
    }

    // CSP: what happened, and what the policy would block.
    const policies = [...headerPolicies, ...info.metaPolicies].filter((policy) => policy.trim());
    const enforced = info.violations.filter((violation) => violation.disposition !== 'report');
    if (enforced.length > 0) {
      const seen = [...new Set(enforced.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'}`))];
      add(
        'csp',
        false,
        `${enforced.length} Content-Security-Policy violation(s): ${seen.join('; ')}`,
        'allow these sources in the page\'s Content-Security-Policy (the kit needs script-src for its script\'s origin, connect-src for the backend, and with Trusted Types "trusted-types lit-html")',
      );
    } else if (cspMessages.length > 0) {
      add(
        'csp',
        false,
        `Content-Security-Policy refusals in the console: ${cspMessages.join(' | ')}`,
        "allow those sources in the page's policy",
      );
    }
    const scripts = info.kitScripts.map((script) => script.src);
    const blocked = policies.flatMap((policy) =>
      policyBlocks(policy, { origin: info.origin, scripts, backends }),
    );
    if (blocked.length > 0) {
      add(
        'csp',
        false,
        `the page's Content-Security-Policy would block the kit: ${[...new Set(blocked)].join('; ')}`,
        'add those sources to the directives named (the kit needs no unsafe-inline and no unsafe-eval; its styles are constructed stylesheets, which CSP does not restrict)',
      );
    }
    if (enforced.length === 0 && cspMessages.length === 0 && blocked.length === 0) {
      add(
        'csp',
        true,
        policies.length
          ? "no violation; the page's policy allows the kit and its backends"
          : 'no Content-Security-Policy on the page, no violation',
      );
    }

    // SRI: every kit script pinned, and no integrity failure.
    if (info.kitScripts.length === 0) {
      add('sri', true, "no kit <script> on the page (the widgets come from the site's own bundle)");
    }
    for (const script of info.kitScripts) {
      if (sriFailures.has(script.src)) {
        add(
          'sri',
          false,
          `${script.src} failed its integrity check and was blocked`,
          'the file changed since its hash was taken: use the integrity printed by npm run build for the version you serve',
        );
      } else if (!script.integrity) {
        const hash = await sriOf(script.src, Math.min(timeoutMs, 10_000));
        add(
          'sri',
          false,
          `<script src="${script.src}"> has no integrity`,
          hash
            ? `add integrity="${hash}" crossorigin="anonymous" (the hash of the file served now; check it against the one npm run build printed)`
            : 'add the integrity printed by npm run build, and crossorigin="anonymous"',
        );
      } else {
        add('sri', true, `${script.src} is pinned by its integrity`);
      }
    }
    for (const url of sriFailures) {
      if (!info.kitScripts.some((script) => script.src === url)) {
        add(
          'sri',
          false,
          `${url} failed its integrity check and was blocked`,
          'serve the files of one build together: the loader pins every chunk of its own build',
        );
      }
    }

    // Languages: every language in use needs strings, built in or declared by the page.
    const declared = new Set(info.declaredLanguages.map(primaryLanguage));
    const used = new Map();
    for (const widget of info.widgets) {
      const language = primaryLanguage(widget.lang);
      if (!used.has(language)) used.set(language, widget.tag);
    }
    if (info.widgets.length === 0 && info.pageLang) used.set(primaryLanguage(info.pageLang), '<html>');
    for (const [language, where] of used) {
      if (BUILT_IN_LANGUAGES.includes(language)) add('language', true, `${language}: built in`);
      else if (declared.has(language))
        add('language', true, `${language}: the page's own strings (keys they leave out show in English)`);
      else
        add(
          'language',
          false,
          `the kit has no strings for "${language}" (the language of ${where}): its widgets show English`,
          `set lang to one of ${BUILT_IN_LANGUAGES.join(', ')}, or give the strings on the page: <script type="application/json" data-civic-strings="${language}">{ "…": "…" }</script>`,
        );
    }
    return { page: { url: info.url, origin: info.origin }, findings };
  } finally {
    await browser.close();
  }
}

function report({ page, findings }) {
  const lines = [`check-embed ${page.url} (origin ${page.origin})`, ''];
  for (const finding of findings) {
    lines.push(`${finding.ok ? 'OK     ' : 'PROBLEM'}  ${finding.area.padEnd(8)}  ${finding.message}`);
    if (finding.fix) lines.push(`${' '.repeat(19)}fix: ${finding.fix}`);
  }
  const problems = findings.filter((finding) => !finding.ok).length;
  lines.push('', problems === 0 ? 'No problem found.' : `${problems} problem(s) found.`);
  return lines.join('\n');
}

async function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        page: { type: 'string' },
        timeout: { type: 'string', default: '15000' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const timeoutMs = Number(args.timeout);
  if (!args.page || !/^https?:\/\//.test(args.page) || !(timeoutMs > 0)) {
    console.error(USAGE);
    return 2;
  }
  let result;
  try {
    result = await checkEmbed(args.page, { timeoutMs });
  } catch (error) {
    console.error(`check-embed: could not check ${args.page}: ${error.message}`);
    return 2;
  }
  console.log(args.json ? JSON.stringify(result, null, 2) : report(result));
  return result.findings.some((finding) => !finding.ok) ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
