import type { FastifyReply, FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import type { AppContext } from '../context.js';
import type { Participant } from '../security/jwt.js';
import { RETURN_FIELD, SIGN_IN_PATH } from './sign-in-page.js';

/*
 * The sign-in of the server's own pages, for people without scripts: the participant's token (the
 * same JWT the widgets send as a bearer token) kept in an HttpOnly cookie, checked again on every
 * request. SameSite=Lax keeps it off other sites' form posts; the pages' origin check refuses those
 * anyway. Nothing is stored on the server: signing out or the token expiring ends the session.
 */

export const SESSION_COOKIE = 'civic_session';

/** The longest a page session lasts, whatever the token's own expiry. */
const MAX_SESSION_S = 12 * 3600;

/** A signed-in reader of the pages. */
export interface PageSession {
  readonly token: string;
  readonly participant: Participant;
}

/** The request's page session, or undefined when it has none or its token no longer verifies. */
export async function sessionOf(ctx: AppContext, request: FastifyRequest): Promise<PageSession | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || !ctx.verifier) return undefined;
  try {
    return { token, participant: await ctx.verifier.verify(token) };
  } catch {
    return undefined;
  }
}

/** Keeps a verified token as the page session until the token expires (12 hours at most). */
export function startSession(ctx: AppContext, reply: FastifyReply, token: string): void {
  const { exp } = decodeJwt(token);
  const left = exp === undefined ? MAX_SESSION_S : exp - Math.floor(Date.now() / 1000);
  void reply.setCookie(SESSION_COOKIE, token, {
    ...cookieOptions(ctx),
    maxAge: Math.max(0, Math.min(left, MAX_SESSION_S)),
  });
}

export function endSession(ctx: AppContext, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, cookieOptions(ctx));
}

function cookieOptions(ctx: AppContext) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.publicUrl.startsWith('https:'),
  };
}

/**
 * Where to go after signing in or out, or after voting: a path on this server (`/boards/x?sort=top`),
 * never another site (`//evil.example`, `https://…`, `/\evil.example`); anything else is `/`.
 */
export function localReturn(value: string | null | undefined): string {
  if (!value || value.length > 2000) return '/';
  return /^\/(?![/\\])[^\s\\]*$/.test(value) ? value : '/';
}

/** Whether this server can offer its own sign-in for the pages: demo mode with a token secret. */
export function hasDemoSignIn(ctx: AppContext): boolean {
  return ctx.config.demo && ctx.verifier?.signing !== undefined;
}

/** Whether the pages can sign a reader in at all (the city's sign-in, or demo mode's). */
export function canSignIn(ctx: AppContext): boolean {
  return ctx.verifier !== undefined && (ctx.config.pageSignInUrl !== undefined || hasDemoSignIn(ctx));
}

/** `/sign-in?return=…&lang=…`: where the pages send a reader to sign in. */
export function signInPath(returnTo: string, locale: string): string {
  return `${SIGN_IN_PATH}?${new URLSearchParams({ [RETURN_FIELD]: returnTo, lang: locale })}`;
}
