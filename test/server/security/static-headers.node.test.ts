import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';

/*
 * The kit's files served by the reference server (`--static /assets/=dist/cdn`) load on a city page
 * on another origin: module scripts, their chunks and SRI checks fetch with CORS.
 */

describe('static files', () => {
  let t: TestApp;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-static-'));
    writeFileSync(join(dir, 'civic-widgets.js'), 'export {};\n');
    t = await testApp('sqlite::memory:', { config: { staticMounts: [{ prefix: '/assets/', dir }] } });
  });
  after(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('may be loaded from any origin, with CORS', async () => {
    const res = await t.app.inject({
      url: '/assets/civic-widgets.js',
      headers: { origin: 'https://news.city.example', 'sec-fetch-mode': 'cors' },
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.equal(res.headers['cross-origin-resource-policy'], 'cross-origin');
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
  });
});
