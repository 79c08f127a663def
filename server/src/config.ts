import { parseArgs } from 'node:util';
import { DATA_LICENCE_SPEC, DEFAULT_DATA_LICENCE, parseDataLicence } from './open-data/data-licence.js';
import type { DataLicence } from './open-data/data-licence.js';

/** Languages the server writes its own text in (emails, pages) and answers content in. */
export const SERVER_LOCALES = ['en', 'ru', 'kk'] as const;
export type ServerLocale = (typeof SERVER_LOCALES)[number];

/** Per-IP, per-petition signing limits (UK e-petitions defaults: 1 per 60 s, 5 per 300 s). */
export interface RateLimitConfig {
  /** Signatures allowed within `burstWindowS`; 0 turns the burst limit off. */
  burst: number;
  burstWindowS: number;
  /** Signatures allowed within `sustainedWindowS`; 0 turns the sustained limit off. */
  sustained: number;
  sustainedWindowS: number;
}

export interface JwtConfig {
  /** HS256 shared secret. */
  secret?: string;
  /** JWKS endpoint of the city's identity provider (RS256, ES256…). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

/** How long a client may take over a request, and how many connections it may hold open. */
export interface ConnectionLimitsConfig {
  /** Time to receive a request's headers, from its first byte (or from connecting); 0: none. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, headers and body; 0: none. */
  requestTimeoutMs: number;
  /** How long a kept-alive connection may wait for its next request. */
  keepAliveTimeoutMs: number;
  /** Open connections per client address (an IPv6 client: per /64); 0: no cap. */
  maxPerAddress: number;
}

/** A directory served under a URL prefix. */
export interface StaticMount {
  /** URL prefix starting and ending with `/`, e.g. `/` or `/assets/`. */
  prefix: string;
  dir: string;
}

export interface ServerConfig {
  port: number;
  host: string;
  /** `sqlite:./data/civic.db`, `sqlite::memory:` or a `postgres://` URL. */
  db: string;
  /** Demo mode: `/dev/mail`, `/dev/token`, mails kept in the outbox, the server's own origin allowed. */
  demo: boolean;
  /** Host page origins allowed to write (`*` allows any). Reads are open to every origin. */
  allowedOrigins: string[];
  smtpUrl?: string;
  jwt: JwtConfig;
  /** Base URL of this server as people reach it, used in email links (no trailing slash). */
  publicUrl: string;
  /** Whether `publicUrl` was given; otherwise it follows the address the server listens on. */
  publicUrlExplicit: boolean;
  /** A directory served at `/` (the demo site). */
  staticDir?: string;
  /** More directories under prefixes (`--static /assets/=dist/cdn`). */
  staticMounts: StaticMount[];
  /** Load the demo petitions on start when the database has none. */
  seedDemo: boolean;
  rateLimit: RateLimitConfig;
  /** New ideas per participant (all boards): at most `max` within `windowS` seconds; max 0 = no limit. */
  ideaRateLimit: { max: number; windowS: number };
  /** Signing emails per address (canonical, all petitions): at most `max` within `windowS` seconds; max 0 = no cap. */
  emailsPerAddress: { max: number; windowS: number };
  /** Idea reports per participant (all boards): at most `max` within `windowS` seconds; max 0 = no cap. */
  reportsPerParticipant: { max: number; windowS: number };
  pollIntervalSeconds: number;
  defaultLocale: ServerLocale;
  /** Fastify `trustProxy`: false, true, a hop count or a comma list of addresses/CIDRs. */
  trustProxy: boolean | number | string;
  connections: ConnectionLimitsConfig;
  logLevel: string;
  /**
   * The city's sign-in page for the server's own pages (voting without scripts), asked with
   * `?return=` (this server's `/sign-in` URL, where it posts the participant's token back). None:
   * demo mode offers its own sign-in; otherwise the pages link to the host's page.
   */
  pageSignInUrl?: string;
  /** HMAC secret of the pledge webhook (`Civic-Signature`); a documented demo secret in demo mode. */
  webhookSecret?: string;
  /** The licence of the open-data exports (the data package's `licenses`). */
  dataLicence: DataLicence;
}

/** The pledge webhook's secret in `--demo` mode when none is configured (documented, never for production). */
export const DEMO_WEBHOOK_SECRET = 'civic-demo-webhook-secret';

export const DEFAULT_RATE_LIMIT: RateLimitConfig = {
  burst: 1,
  burstWindowS: 60,
  sustained: 5,
  sustainedWindowS: 300,
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  db: { type: 'string' },
  demo: { type: 'boolean' },
  'seed-demo': { type: 'boolean' },
  static: { type: 'string', multiple: true },
  'public-url': { type: 'string' },
  'allowed-origins': { type: 'string' },
  'smtp-url': { type: 'string' },
  'jwks-url': { type: 'string' },
  'jwt-issuer': { type: 'string' },
  'jwt-audience': { type: 'string' },
  'poll-interval': { type: 'string' },
  'rate-limit': { type: 'string' },
  'idea-rate-limit': { type: 'string' },
  'emails-per-address': { type: 'string' },
  'reports-per-participant': { type: 'string' },
  'default-locale': { type: 'string' },
  'trust-proxy': { type: 'string' },
  'headers-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  'keep-alive-timeout': { type: 'string' },
  'max-connections-per-address': { type: 'string' },
  'log-level': { type: 'string' },
  'webhook-secret': { type: 'string' },
  'page-sign-in-url': { type: 'string' },
  'data-licence': { type: 'string' },
} as const;

/** Usage text of the server's flags (the CLI prints it with `--help`). */
export const CONFIG_USAGE = `  --port N                 port (PORT, default 8080; 0 picks a free one)
  --host H                 interface (CIVIC_HOST, default 127.0.0.1; 0.0.0.0 for all)
  --db URL                 sqlite:./data/civic.db (default), sqlite::memory: or postgres://… (CIVIC_DB)
  --demo                   demo mode: /dev/mail, /dev/token, mails kept in the outbox (CIVIC_DEMO=1)
  --seed-demo              load the demo petitions when the database has none
  --static DIR             serve DIR at /; --static /prefix/=DIR serves it under a prefix (repeatable)
  --public-url URL         base URL in email links (CIVIC_PUBLIC_URL, default the listening address)
  --allowed-origins LIST   host page origins allowed to write, comma list or * (CIVIC_ALLOWED_ORIGINS)
  --smtp-url URL           smtp://user:pass@host:587 for email (CIVIC_SMTP_URL)
  --jwks-url URL           participant tokens: JWKS URL (CIVIC_JWKS_URL; or CIVIC_JWT_SECRET for HS256)
  --jwt-issuer ISS         expected iss (CIVIC_JWT_ISSUER)
  --jwt-audience AUD       expected aud (CIVIC_JWT_AUDIENCE)
  --poll-interval S        pollIntervalSeconds announced in discovery (CIVIC_POLL_INTERVAL, default 10)
  --rate-limit SPEC        per IP and petition: 1/60,5/300 (default), or off (CIVIC_RATE_LIMIT)
  --idea-rate-limit N/S    new ideas per participant: 5/3600 (default), or off (CIVIC_IDEA_RATE_LIMIT)
  --emails-per-address N/S signing emails per address: 10/86400 (default), or off (CIVIC_EMAILS_PER_ADDRESS)
  --reports-per-participant N/S
                           idea reports per participant: 10/86400 (default), or off (CIVIC_REPORTS_PER_PARTICIPANT)
  --default-locale L       en, ru or kk (CIVIC_DEFAULT_LOCALE, default en)
  --trust-proxy V          true, a hop count or addresses of trusted proxies (CIVIC_TRUST_PROXY)
  --headers-timeout S      seconds to receive a request's headers, 0 for none (CIVIC_HEADERS_TIMEOUT, default 10)
  --request-timeout S      seconds to receive a whole request, 0 for none (CIVIC_REQUEST_TIMEOUT, default 30)
  --keep-alive-timeout S   seconds an idle kept-alive connection stays open (CIVIC_KEEP_ALIVE_TIMEOUT, default 5)
  --max-connections-per-address N
                           open connections per client address, 0 for no cap (CIVIC_MAX_CONNECTIONS_PER_ADDRESS, default 64)
  --log-level L            fatal … trace, or silent (CIVIC_LOG_LEVEL, default info)
  --webhook-secret S       HMAC secret of the pledge webhook (CIVIC_WEBHOOK_SECRET; a demo one with --demo)
  --page-sign-in-url URL   the city's sign-in for voting on the server's pages (CIVIC_PAGE_SIGN_IN_URL)
  --data-licence L         licence of the open data: CC-BY-4.0 (default), CC0-1.0, ODC-BY-1.0, ODbL-1.0,
                           OGL-UK-3.0, or NAME|URL|TITLE (CIVIC_DATA_LICENCE)`;

function integer(value: string, what: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim())) throw new ConfigError(`${what} must be a whole number, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new ConfigError(`${what} must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** `5/3600` → 5 new ideas per participant per hour; `off` → no limit. */
export function parseIdeaRateLimit(spec: string): { max: number; windowS: number } {
  return parseCountPerWindow(spec, 'idea rate limit', '5/3600');
}

/** `N/S` → at most N within S seconds; `off` (or 0) → max 0, no limit. */
export function parseCountPerWindow(
  spec: string,
  what: string,
  example: string,
): { max: number; windowS: number } {
  const trimmed = spec.trim().toLowerCase();
  if (trimmed === 'off' || trimmed === '0') return { max: 0, windowS: Number(example.split('/')[1]) };
  const match = /^(\d+)\/(\d+)$/.exec(trimmed);
  if (!match || Number(match[2]) < 1)
    throw new ConfigError(`${what} must look like ${example} or off, got "${spec}"`);
  return { max: Number(match[1]), windowS: Number(match[2]) };
}

/** `1/60,5/300` → burst 1 per 60 s, sustained 5 per 300 s; `off` → no limits. */
export function parseRateLimit(spec: string): RateLimitConfig {
  const trimmed = spec.trim().toLowerCase();
  if (trimmed === 'off' || trimmed === '0') {
    return { burst: 0, burstWindowS: 60, sustained: 0, sustainedWindowS: 300 };
  }
  const match = /^(\d+)\/(\d+)\s*,\s*(\d+)\/(\d+)$/.exec(trimmed);
  if (!match) throw new ConfigError(`rate limit must look like 1/60,5/300 or off, got "${spec}"`);
  const [burst, burstWindowS, sustained, sustainedWindowS] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (burstWindowS < 1 || sustainedWindowS < 1) throw new ConfigError('rate limit windows must be ≥ 1 s');
  return { burst, burstWindowS, sustained, sustainedWindowS };
}

function parseOrigin(value: string): string {
  if (value === '*') return value;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    return url.origin;
  } catch {
    throw new ConfigError(
      `allowed origin must be an http(s) origin such as https://city.example, got "${value}"`,
    );
  }
}

function parseTrustProxy(value: string): boolean | number | string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'false' || trimmed === '0') return false;
  if (trimmed === 'true') return true;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

function parseStatic(values: readonly string[]): { staticDir?: string; staticMounts: StaticMount[] } {
  let staticDir: string | undefined;
  const staticMounts: StaticMount[] = [];
  for (const value of values) {
    const match = /^(\/[^=]*)=(.+)$/.exec(value);
    if (!match) {
      if (staticDir !== undefined) throw new ConfigError('--static DIR (served at /) may be given once');
      staticDir = value;
      continue;
    }
    let prefix = match[1]!;
    if (!prefix.endsWith('/')) prefix += '/';
    if (prefix === '/') staticDir = match[2]!;
    else staticMounts.push({ prefix, dir: match[2]! });
  }
  return staticDir === undefined ? { staticMounts } : { staticDir, staticMounts };
}

function isServerLocale(value: string): value is ServerLocale {
  return (SERVER_LOCALES as readonly string[]).includes(value);
}

/** The URL people reach a server on, from its listening address. */
export function listeningUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/**
 * Reads the configuration from flags (which win) and the environment. Throws ConfigError on bad
 * values and on unknown flags.
 */
export function loadConfig(argv: string[], env: NodeJS.ProcessEnv): ServerConfig {
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const pick = (flag: string | undefined, name: string) => {
    const value = flag ?? env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  const port = integer(pick(values.port, 'PORT') ?? '8080', 'port', 0, 65535);
  const host = pick(values.host, 'CIVIC_HOST') ?? '127.0.0.1';
  const db = pick(values.db, 'CIVIC_DB') ?? 'sqlite:./data/civic.db';
  if (!/^sqlite:/.test(db) && !/^postgres(ql)?:\/\//.test(db)) {
    throw new ConfigError(`db must be sqlite:PATH, sqlite::memory: or a postgres:// URL, got "${db}"`);
  }
  const demo = values.demo ?? /^(1|true|yes)$/i.test(env.CIVIC_DEMO ?? '');
  const origins = (pick(values['allowed-origins'], 'CIVIC_ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map(parseOrigin);
  const explicitUrl = pick(values['public-url'], 'CIVIC_PUBLIC_URL');
  if (explicitUrl !== undefined && !/^https?:\/\/[^/]/.test(explicitUrl)) {
    throw new ConfigError(`public URL must be an absolute http(s) URL, got "${explicitUrl}"`);
  }
  const publicUrl = (explicitUrl ?? listeningUrl(host, port)).replace(/\/+$/, '');
  const defaultLocale = pick(values['default-locale'], 'CIVIC_DEFAULT_LOCALE') ?? 'en';
  if (!isServerLocale(defaultLocale)) {
    throw new ConfigError(
      `default locale must be one of ${SERVER_LOCALES.join(', ')}, got "${defaultLocale}"`,
    );
  }
  const jwt: JwtConfig = {};
  const secret = env.CIVIC_JWT_SECRET;
  if (secret) {
    if (secret.length < 32) throw new ConfigError('CIVIC_JWT_SECRET must be at least 32 characters');
    jwt.secret = secret;
  }
  const jwksUrl = pick(values['jwks-url'], 'CIVIC_JWKS_URL');
  if (jwksUrl !== undefined) jwt.jwksUrl = jwksUrl;
  const issuer = pick(values['jwt-issuer'], 'CIVIC_JWT_ISSUER');
  if (issuer !== undefined) jwt.issuer = issuer;
  const audience = pick(values['jwt-audience'], 'CIVIC_JWT_AUDIENCE');
  if (audience !== undefined) jwt.audience = audience;
  if (jwt.secret && jwt.jwksUrl)
    throw new ConfigError('set either CIVIC_JWT_SECRET or CIVIC_JWKS_URL, not both');
  const rateLimitSpec = pick(values['rate-limit'], 'CIVIC_RATE_LIMIT');
  const seconds = (flag: string | undefined, name: string, fallback: string, what: string, min: number) =>
    integer(pick(flag, name) ?? fallback, what, min, 3600) * 1000;
  const connections: ConnectionLimitsConfig = {
    headersTimeoutMs: seconds(values['headers-timeout'], 'CIVIC_HEADERS_TIMEOUT', '10', 'headers timeout', 0),
    requestTimeoutMs: seconds(values['request-timeout'], 'CIVIC_REQUEST_TIMEOUT', '30', 'request timeout', 0),
    keepAliveTimeoutMs: seconds(
      values['keep-alive-timeout'],
      'CIVIC_KEEP_ALIVE_TIMEOUT',
      '5',
      'keep-alive timeout',
      1,
    ),
    maxPerAddress: integer(
      pick(values['max-connections-per-address'], 'CIVIC_MAX_CONNECTIONS_PER_ADDRESS') ?? '64',
      'connections per address',
      0,
      1_000_000,
    ),
  };
  if (connections.requestTimeoutMs > 0 && connections.headersTimeoutMs > connections.requestTimeoutMs)
    throw new ConfigError('the headers timeout must not be longer than the request timeout');
  const smtpUrl = pick(values['smtp-url'], 'CIVIC_SMTP_URL');
  const licenceSpec = pick(values['data-licence'], 'CIVIC_DATA_LICENCE');
  const dataLicence = licenceSpec === undefined ? DEFAULT_DATA_LICENCE : parseDataLicence(licenceSpec);
  if (dataLicence === undefined)
    throw new ConfigError(`data licence must be ${DATA_LICENCE_SPEC}, got "${licenceSpec}"`);

  const config: ServerConfig = {
    port,
    host,
    db,
    demo,
    allowedOrigins: origins,
    jwt,
    publicUrl,
    publicUrlExplicit: explicitUrl !== undefined,
    ...parseStatic(values.static ?? []),
    seedDemo: values['seed-demo'] ?? false,
    rateLimit: rateLimitSpec === undefined ? { ...DEFAULT_RATE_LIMIT } : parseRateLimit(rateLimitSpec),
    ideaRateLimit: parseIdeaRateLimit(pick(values['idea-rate-limit'], 'CIVIC_IDEA_RATE_LIMIT') ?? '5/3600'),
    emailsPerAddress: parseCountPerWindow(
      pick(values['emails-per-address'], 'CIVIC_EMAILS_PER_ADDRESS') ?? '10/86400',
      'emails per address',
      '10/86400',
    ),
    reportsPerParticipant: parseCountPerWindow(
      pick(values['reports-per-participant'], 'CIVIC_REPORTS_PER_PARTICIPANT') ?? '10/86400',
      'reports per participant',
      '10/86400',
    ),
    pollIntervalSeconds: integer(
      pick(values['poll-interval'], 'CIVIC_POLL_INTERVAL') ?? '10',
      'poll interval',
      1,
      3600,
    ),
    defaultLocale,
    trustProxy: parseTrustProxy(pick(values['trust-proxy'], 'CIVIC_TRUST_PROXY') ?? 'false'),
    connections,
    logLevel: pick(values['log-level'], 'CIVIC_LOG_LEVEL') ?? 'info',
    dataLicence,
  };
  if (smtpUrl !== undefined) config.smtpUrl = smtpUrl;
  const pageSignInUrl = pick(values['page-sign-in-url'], 'CIVIC_PAGE_SIGN_IN_URL');
  if (pageSignInUrl !== undefined) {
    if (!/^https?:\/\/[^/]/.test(pageSignInUrl))
      throw new ConfigError(`page sign-in URL must be an absolute http(s) URL, got "${pageSignInUrl}"`);
    config.pageSignInUrl = pageSignInUrl;
  }
  const webhookSecret =
    pick(values['webhook-secret'], 'CIVIC_WEBHOOK_SECRET') ?? (demo ? DEMO_WEBHOOK_SECRET : undefined);
  if (webhookSecret !== undefined) config.webhookSecret = webhookSecret;
  return config;
}
