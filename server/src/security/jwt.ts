import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { createRemoteJWKSet, jwtVerify, SignJWT } from 'jose';
import type { JWTPayload, JWTVerifyOptions } from 'jose';
import type { AuthMode } from '#protocol';
import type { JwtConfig } from '../config.js';
import { unauthorizedProblem } from './problem.js';
import { isWellFormedText } from './text-guards.js';

/*
 * Participants are identified by the host page's bearer token (a JWT from the city's identity
 * provider), verified with an HS256 secret or the provider's JWKS, with issuer and audience checked.
 */

/** Who a verified token names. */
export interface Participant {
  subject: string;
  displayName?: string;
  /** City staff or an official (claim `civic_staff: true` or `roles` containing `staff`): moderates, and is left out of leaderboards. */
  staff?: boolean;
}

export interface TokenVerifier {
  /** Resolves the participant, or rejects when the token is invalid or expired. */
  verify(token: string): Promise<Participant>;
  /** HS256 secret and claims for issuing demo tokens; absent when tokens come from a JWKS. */
  readonly signing?: { secret: Uint8Array; issuer?: string; audience?: string };
}

/** Issuer and audience of tokens minted by `POST /dev/token` when nothing else is configured. */
export const DEMO_ISSUER = 'civic-widgets-demo';
export const DEMO_AUDIENCE = 'civic-widgets';

/** A token claim that is not well-formed Unicode text (it would be stored as a name or an id). */
class IllFormedClaimError extends Error {
  constructor(readonly claim: string) {
    super(`the token's "${claim}" claim is not well-formed Unicode text`);
  }
}

function participantOf(payload: JWTPayload): Participant {
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new Error('token has no subject');
  if (!isWellFormedText(payload.sub)) throw new IllFormedClaimError('sub');
  const participant: Participant = { subject: payload.sub };
  const claim = payload.name === undefined || payload.name === null ? 'preferred_username' : 'name';
  const name = payload[claim];
  if (typeof name === 'string' && !isWellFormedText(name)) throw new IllFormedClaimError(claim);
  if (typeof name === 'string' && name !== '') participant.displayName = name;
  const roles = payload['roles'];
  if (payload['civic_staff'] === true || (Array.isArray(roles) && roles.includes('staff')))
    participant.staff = true;
  return participant;
}

/**
 * The verifier for a configuration, or undefined when tokens cannot be verified (no secret, no
 * JWKS and not in demo mode). Demo mode without a secret uses a random one per process.
 */
export function createTokenVerifier(config: JwtConfig, demo: boolean): TokenVerifier | undefined {
  const options: JWTVerifyOptions = {};
  if (config.issuer !== undefined) options.issuer = config.issuer;
  if (config.audience !== undefined) options.audience = config.audience;
  if (config.jwksUrl !== undefined) {
    const jwks = createRemoteJWKSet(new URL(config.jwksUrl));
    return {
      async verify(token) {
        const { payload } = await jwtVerify(token, jwks, options);
        return participantOf(payload);
      },
    };
  }
  let secret: Uint8Array;
  if (config.secret !== undefined) secret = new TextEncoder().encode(config.secret);
  else if (demo) {
    secret = randomBytes(32);
    options.issuer ??= DEMO_ISSUER;
    options.audience ??= DEMO_AUDIENCE;
  } else return undefined;
  const signing: { secret: Uint8Array; issuer?: string; audience?: string } = { secret };
  if (typeof options.issuer === 'string') signing.issuer = options.issuer;
  if (typeof options.audience === 'string') signing.audience = options.audience;
  return {
    signing,
    async verify(token) {
      const { payload } = await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] });
      return participantOf(payload);
    },
  };
}

/** Mints an HS256 participant token (demo mode's `POST /dev/token`). */
export async function issueToken(
  signing: NonNullable<TokenVerifier['signing']>,
  displayName: string,
  {
    subject,
    staff,
    ttlSeconds = 12 * 3600,
  }: { subject?: string | undefined; staff?: boolean | undefined; ttlSeconds?: number } = {},
): Promise<string> {
  let jwt = new SignJWT(staff ? { name: displayName, civic_staff: true } : { name: displayName })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject ?? `demo-${randomUUID()}`)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`);
  if (signing.issuer !== undefined) jwt = jwt.setIssuer(signing.issuer);
  if (signing.audience !== undefined) jwt = jwt.setAudience(signing.audience);
  return jwt.sign(signing.secret);
}

/**
 * The participant of a request under an endpoint's auth mode. `none` ignores tokens; otherwise an
 * invalid token is a 401 (never a silent fall-back to anonymous), and `required` needs one.
 */
export async function authenticate(
  request: FastifyRequest,
  mode: AuthMode,
  verifier: TokenVerifier | undefined,
): Promise<Participant | undefined> {
  if (mode === 'none') return undefined;
  const header = request.headers.authorization;
  if (header === undefined || header.trim() === '') {
    if (mode === 'required') throw unauthorizedProblem('This action needs a signed-in participant.', false);
    return undefined;
  }
  const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header);
  if (!match) throw unauthorizedProblem('The Authorization header must be "Bearer <token>".', true);
  if (!verifier) throw unauthorizedProblem('This server does not accept participant tokens.', true);
  try {
    return await verifier.verify(match[1]!);
  } catch (error) {
    if (error instanceof IllFormedClaimError) throw unauthorizedProblem(`${error.message}.`, true);
    throw unauthorizedProblem('The token is invalid or expired.', true);
  }
}
