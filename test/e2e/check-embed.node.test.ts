import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startDemoSite } from './support.js';
import type { DemoSite } from './support.js';

/*
 * `npm run check-embed -- --page URL` against city pages on other origins than the reference
 * server (tiny static servers), which load the kit from the server's /assets/civic-widgets.js:
 * a good page (origin allowed, integrity, a CSP that lets the kit work, a built-in language) is all
 * OK with exit status 0; a bad one gets one problem per area, each with its fix, and exit status 1.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../../scripts/check-embed.mjs', import.meta.url));
/** The loader's integrity: SHA-384 of /assets/civic-widgets.js as the server sends it (the build's layout may change). */
let LOADER_SRI = '';

interface Finding {
  area: string;
  ok: boolean;
  message: string;
  fix?: string;
}

interface Host {
  readonly origin: string;
  readonly server: Server;
}

/** A static server on its own origin: path → [headers, body], bodies built once the backend is known. */
function host(pages: Record<string, () => { csp?: string; html: string }>): Promise<Host> {
  const server = createServer((request, response) => {
    const page = pages[request.url ?? ''];
    if (!page) {
      response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    const { csp, html } = page();
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      ...(csp ? { 'Content-Security-Policy': csp } : {}),
    });
    response.end(html);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://localhost:${port}`, server });
    });
  });
}

function page(options: { lang: string; script: string; card: string; extra?: string }): string {
  return `<!doctype html>
<html lang="${options.lang}">
  <head>
    <meta charset="utf-8" />
    <title>City news</title>
    ${options.script}
  </head>
  <body>
    <main>
      ${options.card}
      ${options.extra ?? ''}
    </main>
  </body>
</html>
`;
}

function checkEmbed(url: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [SCRIPT, '--page', url, '--json', '--timeout', '20000'],
      { cwd: ROOT, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function findings(stdout: string): Finding[] {
  return (JSON.parse(stdout) as { findings: Finding[] }).findings;
}

describe('npm run check-embed', () => {
  let site: DemoSite;
  let good: Host;
  let bad: Host;

  before(async () => {
    let server = '';
    const card = (petition: string) =>
      `<civic-petition-card petition="${petition}" with-form api-base="${server}/api/v1">
        <a href="${server}/petitions/${petition}">Petition</a>
      </civic-petition-card>`;
    good = await host({
      '/': () => ({
        csp: [
          "default-src 'self'",
          `script-src 'self' ${server}`,
          `connect-src 'self' ${server}`,
          "style-src 'self'",
          "require-trusted-types-for 'script'",
          'trusted-types lit-html',
        ].join('; '),
        html: page({
          lang: 'kk',
          script: `<script type="module" src="${server}/assets/civic-widgets.js" integrity="${LOADER_SRI}" crossorigin="anonymous"></script>`,
          card: card('zh-102'),
        }),
      }),
    });
    bad = await host({
      // Not allowed by the backend, the kit unpinned, calls to the backend blocked, a language the kit lacks.
      '/': () => ({
        csp: `default-src 'self'; script-src 'self' ${server}; connect-src 'self'`,
        html: page({
          lang: 'de',
          script: `<script type="module" src="${server}/assets/civic-widgets.js" crossorigin="anonymous"></script>`,
          card: card('zh-102'),
        }),
      }),
      // The kit pinned by a hash it does not have: refused.
      '/tampered': () => ({
        html: page({
          lang: 'en',
          script: `<script type="module" src="${server}/assets/civic-widgets.js" integrity="sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" crossorigin="anonymous"></script>`,
          card: card('zh-102'),
        }),
      }),
      // Kazakh built in, and a language of the page's own.
      '/own-language': () => ({
        html: page({
          lang: 'uz',
          script: `<script type="module" src="${server}/assets/civic-widgets.js" integrity="${LOADER_SRI}" crossorigin="anonymous"></script>`,
          card: card('zh-102'),
          extra:
            '<script type="application/json" data-civic-strings="uz">{ "loading": "Yuklanmoqda…" }</script>',
        }),
      }),
    });
    site = await startDemoSite(['--allowed-origins', good.origin]);
    server = site.origin;
    const loader = await fetch(`${server}/assets/civic-widgets.js`);
    assert.equal(loader.status, 200);
    LOADER_SRI = `sha384-${createHash('sha384')
      .update(Buffer.from(await loader.arrayBuffer()))
      .digest('base64')}`;
  });

  after(async () => {
    await site?.close();
    good?.server.close();
    bad?.server.close();
  });

  it('reports every area OK for a good page, with exit status 0', async () => {
    const { code, stdout, stderr } = await checkEmbed(`${good.origin}/`);
    const found = findings(stdout);
    assert.deepEqual(
      found.filter((finding) => !finding.ok),
      [],
      stderr,
    );
    assert.equal(code, 0);
    const areas = new Set(found.map((finding) => finding.area));
    for (const area of ['widgets', 'origin', 'csp', 'sri', 'language']) assert.ok(areas.has(area), area);
    assert.ok(
      found.some(
        (finding) =>
          finding.area === 'origin' && finding.message.includes(`takes writes from ${good.origin}`),
      ),
    );
    assert.ok(found.some((finding) => finding.area === 'language' && finding.message === 'kk: built in'));
  });

  it('reports the origin, CSP, SRI and language problems of a bad page, each with its fix, and exit status 1', async () => {
    const { code, stdout } = await checkEmbed(`${bad.origin}/`);
    assert.equal(code, 1);
    const problems = findings(stdout).filter((finding) => !finding.ok);
    const byArea = (area: string) => problems.filter((finding) => finding.area === area);

    const [origin] = byArea('origin');
    assert.ok(origin, 'an origin problem');
    assert.match(origin.message, /refuses writes from .* \(403 origin-not-allowed\)/);
    assert.match(origin.fix ?? '', new RegExp(`--allowed-origins ${bad.origin}`));
    assert.match(origin.fix ?? '', /CIVIC_ALLOWED_ORIGINS/);

    const csp = byArea('csp');
    assert.ok(
      csp.some((finding) => /violation\(s\): connect-src blocked/.test(finding.message)),
      JSON.stringify(csp),
    );
    assert.ok(
      csp.some((finding) => /connect-src does not allow http:\/\/127\.0\.0\.1/.test(finding.message)),
      JSON.stringify(csp),
    );

    const [sri] = byArea('sri');
    assert.ok(sri, 'an SRI problem');
    assert.match(sri.message, /civic-widgets\.js"> has no integrity/);
    assert.equal(
      sri.fix,
      `add integrity="${LOADER_SRI}" crossorigin="anonymous" (the hash of the file served now; check it against the one npm run build printed)`,
    );

    const [language] = byArea('language');
    assert.ok(language, 'a language problem');
    assert.match(language.message, /no strings for "de"/);
    assert.match(language.fix ?? '', /data-civic-strings="de"/);
    for (const finding of problems) assert.ok(finding.fix, `${finding.area} has a fix`);
  });

  it('reports a kit script refused by its integrity', async () => {
    const { code, stdout } = await checkEmbed(`${bad.origin}/tampered`);
    assert.equal(code, 1);
    const problems = findings(stdout).filter((finding) => !finding.ok);
    assert.ok(
      problems.some(
        (finding) => finding.area === 'sri' && /failed its integrity check/.test(finding.message),
      ),
      JSON.stringify(problems),
    );
    assert.ok(
      problems.some((finding) => finding.area === 'widgets' && /never upgraded/.test(finding.message)),
    );
  });

  it('takes a language the page declares its own strings for', async () => {
    const { stdout } = await checkEmbed(`${bad.origin}/own-language`);
    const language = findings(stdout).filter((finding) => finding.area === 'language');
    assert.deepEqual(
      language.map((finding) => [finding.ok, finding.message]),
      [[true, "uz: the page's own strings (keys they leave out show in English)"]],
    );
  });

  it('explains its usage and exits 2 without a page', async () => {
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [SCRIPT], { cwd: ROOT }, (error, _stdout, stderr) =>
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr }),
      );
    });
    assert.equal(code, 2);
    assert.match(stderr, /Usage: npm run check-embed -- --page URL/);
  });
});
