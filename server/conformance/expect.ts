import * as v from 'valibot';
import { PROBLEM_MEDIA_TYPE, PROBLEMS, ProblemSchema } from '#protocol';
import type { Problem, ProblemKind } from '#protocol';
import { ensure, fail } from './harness.js';
import type { ApiResponse } from './harness.js';

/* The expectations checks are written with: each fails the check with a message naming the request. */

/** A short excerpt of an answer for failure messages. */
export function excerpt(res: ApiResponse, max = 160): string {
  const text = res.text.replace(/\s+/g, ' ').trim();
  if (!text) return '(empty body)';
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Describes valibot issues by path, at most three. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const described = issues.slice(0, 3).map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  return described.join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');
}

export function expectStatus(res: ApiResponse, ...statuses: number[]): void {
  if (!statuses.includes(res.status)) {
    fail(
      `${res.method} ${res.target}: expected HTTP ${statuses.join(' or ')}, got ${res.status} ${excerpt(res)}`,
    );
  }
}

/** Validates a JSON success body against a schema and returns the parsed value. */
export function expectSchema<S extends v.GenericSchema>(res: ApiResponse, schema: S): v.InferOutput<S> {
  ensure(
    res.mediaType === 'application/json',
    `${res.method} ${res.target}: Content-Type should be application/json, got "${res.headers.get('content-type') ?? ''}"`,
  );
  ensure(res.body !== undefined, `${res.method} ${res.target}: body is not JSON: ${excerpt(res)}`);
  const result = v.safeParse(schema, res.body);
  if (!result.success)
    fail(`${res.method} ${res.target}: body does not match the schema: ${describeIssues(result.issues)}`);
  return result.output;
}

/*
 * Stack frames as JavaScript (`at fn (/srv/app.js:1:2)`), Java (`at com.x.Y(Y.java:12)`),
 * Python (`File "/srv/app.py", line 3`) and PHP (`#0 /var/www/x.php(12)`) print them.
 */
const STACK_FRAME_PATTERNS = [
  /\bat (?:[^\s()]+ \()?(?:\/|file:\/\/|node:|[A-Za-z]:\\)[^\s)]*:\d+/,
  /\bat [\w$.]+\([\w$]+\.(?:java|kt|scala):\d+\)/,
  /File "[^"]+", line \d+/,
  /#\d+ (?:\/|[A-Za-z]:\\)[^\s(]+\(\d+\)/,
];

/** Whether text shows a stack trace (frames with file paths). */
export function containsStackTrace(text: string): boolean {
  return STACK_FRAME_PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * Checks an RFC 9457 answer: the status, `application/problem+json`, a body that ProblemSchema
 * accepts with `status` equal to the HTTP status, no stack trace, and (when given) the problem type.
 */
export function expectProblem(res: ApiResponse, status: number, kindOrType?: ProblemKind | string): Problem {
  expectStatus(res, status);
  ensure(
    res.mediaType === PROBLEM_MEDIA_TYPE,
    `${res.method} ${res.target}: HTTP ${res.status} should be ${PROBLEM_MEDIA_TYPE}, got "${res.headers.get('content-type') ?? ''}"`,
  );
  ensure(
    !containsStackTrace(res.text),
    `${res.method} ${res.target}: the problem document shows a stack trace`,
  );
  ensure(res.body !== undefined, `${res.method} ${res.target}: problem body is not JSON: ${excerpt(res)}`);
  const result = v.safeParse(ProblemSchema, res.body);
  if (!result.success) {
    fail(
      `${res.method} ${res.target}: problem body does not match ProblemSchema: ${describeIssues(result.issues)}`,
    );
  }
  const problem = result.output;
  ensure(
    problem.status === res.status,
    `${res.method} ${res.target}: problem "status" is ${problem.status} but the HTTP status is ${res.status}`,
  );
  if (kindOrType !== undefined) {
    const type = kindOrType in PROBLEMS ? PROBLEMS[kindOrType as ProblemKind].type : kindOrType;
    ensure(
      problem.type === type,
      `${res.method} ${res.target}: problem type should be ${type}, got ${problem.type}`,
    );
  }
  return problem;
}

/** Checks that a problem's field errors name a field. */
export function expectFieldError(res: ApiResponse, problem: Problem, field: string): void {
  const named = (problem.errors ?? []).map((error) => error.field);
  ensure(
    named.includes(field),
    `${res.method} ${res.target}: field errors should name "${field}", got ${named.length ? named.join(', ') : 'none'}`,
  );
}

/** Comma-separated header values as a lowercase set (`ETag, Retry-After` → {etag, retry-after}). */
export function headerTokens(headers: Headers, name: string): Set<string> {
  const value = headers.get(name) ?? '';
  return new Set(
    value
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter(Boolean),
  );
}

/** `Access-Control-Allow-Origin` must be `*` or the test origin. */
export function expectAllowedOrigin(
  res: { method?: string; target: string; headers: Headers },
  origin: string,
): void {
  const allowed = res.headers.get('access-control-allow-origin');
  ensure(
    allowed === '*' || allowed === origin,
    `${res.method ?? 'GET'} ${res.target}: Access-Control-Allow-Origin should be * or ${origin}, got ${allowed === null ? 'none' : `"${allowed}"`}`,
  );
}
