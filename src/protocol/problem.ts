import * as v from 'valibot';

/*
 * Every non-2xx answer is an RFC 9457 problem document, media type `application/problem+json`.
 * Clients branch on `status` first and on `type` for the details below; `title` and `detail` are
 * for logs and developers, widgets show their own localized messages.
 */

/** Media type of error answers. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Well-known problem types with the status each is sent with. Backends may add their own type URIs. */
export const PROBLEMS = {
  /** 400: the request could not be read (not JSON, wrong types in the query). */
  malformed: { type: 'urn:civic:problem:malformed', status: 400 },
  /** 401: a signed-in participant is needed, or the token expired. Widgets ask the host page to sign in. */
  unauthorized: { type: 'urn:civic:problem:unauthorized', status: 401 },
  /** 403: signed in, but not allowed (not verified, blocked, not eligible). */
  forbidden: { type: 'urn:civic:problem:forbidden', status: 403 },
  /** 403: the target no longer accepts this action (petition closed, submissions or voting closed). */
  closed: { type: 'urn:civic:problem:closed', status: 403 },
  /**
   * 403: a write from a page whose origin the backend does not allow (its `Origin` header is not on
   * the backend's allowed origins). Sent with CORS headers so the page can read it; nothing stored.
   */
  originNotAllowed: { type: 'urn:civic:problem:origin-not-allowed', status: 403 },
  /** 404: no such resource, or it is not public. */
  notFound: { type: 'urn:civic:problem:not-found', status: 404 },
  /** 409: a request with the same Idempotency-Key is still being processed; retry later. */
  idempotencyInFlight: { type: 'urn:civic:problem:idempotency-in-flight', status: 409 },
  /** 413: the body is larger than the server accepts. */
  tooLarge: { type: 'urn:civic:problem:too-large', status: 413 },
  /** 415: a body that is not `application/json` (forms and text are refused: they skip CORS preflights). */
  unsupportedMediaType: { type: 'urn:civic:problem:unsupported-media-type', status: 415 },
  /** 410: the resource existed but was removed (a hidden petition, a deleted idea). */
  gone: { type: 'urn:civic:problem:gone', status: 410 },
  /** 410: the signature confirmation token is unknown or expired. */
  invalidToken: { type: 'urn:civic:problem:invalid-token', status: 410 },
  /** 422: the body is well-formed but invalid; `errors` lists the fields. */
  validation: { type: 'urn:civic:problem:validation', status: 422 },
  /** 422: the Idempotency-Key was already used with a different body. */
  idempotencyKeyReused: { type: 'urn:civic:problem:idempotency-key-reused', status: 422 },
  /** 429: too many requests; the `Retry-After` header says when to try again. */
  rateLimited: { type: 'urn:civic:problem:rate-limited', status: 429 },
  /** 503: temporarily unavailable (maintenance, overload); may carry `Retry-After`. */
  unavailable: { type: 'urn:civic:problem:unavailable', status: 503 },
} as const;
export type ProblemKind = keyof typeof PROBLEMS;

/** The type URI of each well-known problem, e.g. `PROBLEM_TYPES.validation` = `urn:civic:problem:validation`. */
export const PROBLEM_TYPES = Object.fromEntries(
  Object.entries(PROBLEMS).map(([kind, problem]) => [kind, problem.type]),
) as { readonly [K in ProblemKind]: (typeof PROBLEMS)[K]['type'] };
export type ProblemType = (typeof PROBLEM_TYPES)[ProblemKind];

/** Field error codes backends should use; clients treat an unknown code like `invalid`. */
export const FIELD_ERROR_CODES = [
  'required',
  'invalid',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'not_allowed',
  'duplicate',
] as const;
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/** One invalid field of a request body. */
export const FieldErrorSchema = v.object({
  field: v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(200),
    v.description('Body field name as sent (camelCase); nested fields use dots, e.g. `address.line1`.'),
  ),
  code: v.pipe(
    v.string(),
    v.regex(/^[a-z][a-z0-9_]*$/),
    v.maxLength(64),
    v.description(`Machine-readable reason. Known codes: ${FIELD_ERROR_CODES.join(', ')}.`),
  ),
  message: v.pipe(v.string(), v.maxLength(500), v.description('Human-readable message for developers.')),
});
export type FieldError = v.InferOutput<typeof FieldErrorSchema>;

/** RFC 9457 problem details. */
export const ProblemSchema = v.object({
  type: v.pipe(
    v.string(),
    v.minLength(1),
    v.maxLength(2048),
    v.description(
      'URI identifying the problem type (well-known ones are `urn:civic:problem:*`); `about:blank` when there is none.',
    ),
  ),
  title: v.pipe(v.string(), v.maxLength(200)),
  status: v.pipe(v.number(), v.integer(), v.minValue(400), v.maxValue(599)),
  detail: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  instance: v.optional(v.pipe(v.string(), v.maxLength(2048))),
  errors: v.optional(v.array(FieldErrorSchema)),
});
export type Problem = v.InferOutput<typeof ProblemSchema>;
