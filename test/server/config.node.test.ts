import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, DEFAULT_RATE_LIMIT, loadConfig, parseRateLimit } from '../../server/src/config.js';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const config = loadConfig([], {});
    assert.equal(config.port, 8080);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.db, 'sqlite:./data/civic.db');
    assert.equal(config.demo, false);
    assert.deepEqual(config.allowedOrigins, []);
    assert.equal(config.publicUrl, 'http://127.0.0.1:8080');
    assert.equal(config.publicUrlExplicit, false);
    assert.deepEqual(config.rateLimit, DEFAULT_RATE_LIMIT);
    assert.equal(config.pollIntervalSeconds, 10);
    assert.equal(config.seedDemo, false);
    assert.deepEqual(config.jwt, {});
    assert.equal(config.trustProxy, false);
  });

  it('reads the environment, and flags win over it', () => {
    const env = {
      PORT: '9000',
      CIVIC_DB: 'postgres://u:p@db:5432/civic',
      CIVIC_ALLOWED_ORIGINS: 'https://almaty.example, https://astana.example/path',
      CIVIC_SMTP_URL: 'smtp://mail:587',
      CIVIC_JWT_SECRET: 'x'.repeat(32),
      CIVIC_JWT_ISSUER: 'https://id.example',
      CIVIC_JWT_AUDIENCE: 'civic',
      CIVIC_DEMO: '1',
      CIVIC_TRUST_PROXY: '1',
    };
    const config = loadConfig(
      [
        '--port',
        '9100',
        '--host',
        '0.0.0.0',
        '--seed-demo',
        '--static',
        'demo',
        '--static',
        '/assets/=dist/cdn',
      ],
      env,
    );
    assert.equal(config.port, 9100);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.db, 'postgres://u:p@db:5432/civic');
    assert.deepEqual(config.allowedOrigins, ['https://almaty.example', 'https://astana.example']);
    assert.equal(config.smtpUrl, 'smtp://mail:587');
    assert.deepEqual(config.jwt, { secret: 'x'.repeat(32), issuer: 'https://id.example', audience: 'civic' });
    assert.equal(config.demo, true);
    assert.equal(config.seedDemo, true);
    assert.equal(config.staticDir, 'demo');
    assert.deepEqual(config.staticMounts, [{ prefix: '/assets/', dir: 'dist/cdn' }]);
    assert.equal(config.publicUrl, 'http://localhost:9100');
    assert.equal(config.trustProxy, 1);
  });

  it('reads the connection timeouts and the per-address cap, in seconds, with production defaults', () => {
    assert.deepEqual(loadConfig([], {}).connections, {
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxPerAddress: 64,
    });
    const env = {
      CIVIC_HEADERS_TIMEOUT: '3',
      CIVIC_REQUEST_TIMEOUT: '20',
      CIVIC_MAX_CONNECTIONS_PER_ADDRESS: '0',
    };
    assert.deepEqual(loadConfig(['--keep-alive-timeout', '2', '--request-timeout', '15'], env).connections, {
      headersTimeoutMs: 3_000,
      requestTimeoutMs: 15_000,
      keepAliveTimeoutMs: 2_000,
      maxPerAddress: 0,
    });
    for (const argv of [
      ['--headers-timeout', '40'],
      ['--keep-alive-timeout', '0'],
      ['--request-timeout', 'soon'],
      ['--max-connections-per-address', '-1'],
    ])
      assert.throws(() => loadConfig(argv, {}), ConfigError, argv.join(' '));
  });

  it('parses rate limits', () => {
    assert.deepEqual(parseRateLimit('2/30,10/600'), {
      burst: 2,
      burstWindowS: 30,
      sustained: 10,
      sustainedWindowS: 600,
    });
    assert.equal(parseRateLimit('off').burst, 0);
    assert.equal(parseRateLimit('off').sustained, 0);
  });

  it('rejects bad values with a ConfigError', () => {
    for (const argv of [
      ['--port', 'eighty'],
      ['--port', '70000'],
      ['--db', 'mysql://x'],
      ['--allowed-origins', 'javascript:alert(1)'],
      ['--rate-limit', 'lots'],
      ['--poll-interval', '0'],
      ['--default-locale', 'de'],
      ['--public-url', 'ftp://x'],
      ['--unknown-flag'],
    ]) {
      assert.throws(() => loadConfig(argv, {}), ConfigError, argv.join(' '));
    }
    assert.throws(() => loadConfig([], { CIVIC_JWT_SECRET: 'short' }), ConfigError);
  });
});
