import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { PROBLEM_MEDIA_TYPE, PROBLEMS } from '#protocol';
import type { FieldError, Problem, ProblemKind } from '#protocol';

/*
 * Every error answer is an RFC 9457 problem document. Handlers throw ProblemError; the error
 * handler turns it, Fastify's own errors and anything unexpected into `application/problem+json`,
 * never showing a stack trace or the input that caused it.
 */

/** An error that is answered with a problem document (and optional extra headers). */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly problem: Problem;
  readonly headers: Readonly<Record<string, string>>;

  constructor(problem: Problem, headers: Readonly<Record<string, string>> = {}) {
    super(problem.detail ?? problem.title);
    this.problem = problem;
    this.headers = headers;
  }
}

/** A well-known problem: `problemError('notFound', 'No such petition')`. */
export function problemError(
  kind: ProblemKind,
  title: string,
  options: { detail?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
): ProblemError {
  const { type, status } = PROBLEMS[kind];
  const problem: Problem = { type, title, status };
  if (options.detail !== undefined) problem.detail = options.detail;
  if (options.errors !== undefined) problem.errors = options.errors;
  return new ProblemError(problem, options.headers);
}

/** A problem without a well-known type (`about:blank`), e.g. 413 or 415. */
export function plainProblem(status: number, title: string, detail?: string): ProblemError {
  const problem: Problem = { type: 'about:blank', title, status };
  if (detail !== undefined) problem.detail = detail;
  return new ProblemError(problem);
}

/** 422 with field errors. */
export function validationProblem(errors: FieldError[]): ProblemError {
  return problemError('validation', 'The request has invalid fields', {
    detail: errors.length === 1 ? '1 field is invalid.' : `${errors.length} fields are invalid.`,
    errors,
  });
}

/** 401 with the `WWW-Authenticate: Bearer` challenge. */
export function unauthorizedProblem(detail: string, invalidToken: boolean): ProblemError {
  return problemError('unauthorized', 'Sign-in needed', {
    detail,
    headers: {
      'WWW-Authenticate': invalidToken ? 'Bearer error="invalid_token"' : 'Bearer',
    },
  });
}

/** Fastify error codes and what to answer with. */
const FASTIFY_ERRORS: Readonly<Record<string, () => ProblemError>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    plainProblem(413, 'Request body too large', 'Bodies are limited to 64 KiB.'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    plainProblem(415, 'Unsupported media type', 'Send the body as application/json.'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    problemError('malformed', 'Malformed request', { detail: 'Content-Length does not match the body.' }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    problemError('malformed', 'Malformed request', { detail: 'The body is empty.' }),
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    problemError('malformed', 'Malformed request', { detail: 'The body is not valid JSON.' }),
  FST_ERR_BAD_URL: () => problemError('malformed', 'Malformed request', { detail: 'The URL is malformed.' }),
  FST_ERR_BAD_STATUS_CODE: () => plainProblem(500, 'Internal server error'),
};

const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: 'Malformed request',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timeout',
  413: 'Request body too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  431: 'Request header fields too large',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Whether an error is a bug or an outage (logged with its stack) rather than a bad request. */
/** Whether Fastify refused a request body as too large while it was still arriving. */
export function isBodyTooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'FST_ERR_CTP_BODY_TOO_LARGE';
}

export function isServerError(error: unknown): boolean {
  return !(error instanceof ProblemError) && statusOf(error) >= 500;
}

function statusOf(error: unknown): number {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500;
}

/** Maps any thrown value to the problem to answer with. */
export function toProblemError(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in FASTIFY_ERRORS) return FASTIFY_ERRORS[code]!();
  if (error instanceof SyntaxError && statusOf(error) === 400) {
    return problemError('malformed', 'Malformed request', { detail: 'The body is not valid JSON.' });
  }
  const status = statusOf(error);
  if (status === 400) return problemError('malformed', 'Malformed request');
  if (status === 503) return problemError('unavailable', 'Service unavailable');
  return plainProblem(
    status,
    STATUS_TITLES[status] ?? (status >= 500 ? 'Internal server error' : 'Request error'),
  );
}

/** Sends a problem document with its headers. */
export function sendProblem(reply: FastifyReply, error: ProblemError, instance?: string): FastifyReply {
  const body: Problem = { ...error.problem };
  if (instance !== undefined && instance.length <= 2048) body.instance = instance;
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply
    .code(body.status)
    .header('Cache-Control', 'no-store')
    .type(PROBLEM_MEDIA_TYPE)
    .send(JSON.stringify(body));
}

/**
 * Answers requests Node cannot even parse (headers too large, garbage on the wire, timeouts)
 * with a problem document written straight to the socket: there is no request object for them.
 */
export function writeClientErrorProblem(error: { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const problem: Problem =
    status === 400
      ? { type: PROBLEMS.malformed.type, title: 'Malformed request', status }
      : { type: 'about:blank', title: STATUS_TITLES[status]!, status };
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: ${PROBLEM_MEDIA_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'X-Content-Type-Options: nosniff\r\n' +
        'Cache-Control: no-store\r\n' +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy();
}
