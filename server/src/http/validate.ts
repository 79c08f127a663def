import * as v from 'valibot';
import { decodeQuery } from '#protocol';
import type { AnyEndpoint, FieldError, FieldErrorCode } from '#protocol';
import { problemError, validationProblem } from '../security/problem.js';
import { illFormedTextPaths } from '../security/text-guards.js';

/*
 * Request validation with the protocol's own schemas: path parameters (invalid → 404, no such
 * resource), query (→ 400 malformed naming the parameter), body (→ 422 with field errors).
 * Messages describe the rule, never echo the value (it may be an email address).
 */

/** Maps a valibot issue to a protocol field error code. */
function codeOf(issue: v.BaseIssue<unknown>): FieldErrorCode {
  if (issue.input === undefined && issue.kind === 'schema') return 'required';
  switch (issue.type) {
    case 'min_length':
    case 'non_empty':
      return 'too_short';
    case 'max_length':
      return 'too_long';
    case 'min_value':
      return 'too_small';
    case 'max_value':
      return 'too_large';
    default:
      return 'invalid';
  }
}

function messageOf(issue: v.BaseIssue<unknown>, code: FieldErrorCode): string {
  switch (code) {
    case 'required':
      return 'Required';
    case 'too_short':
      return `Must be at least ${issue.requirement as number} characters`;
    case 'too_long':
      return `Must be at most ${issue.requirement as number} characters`;
    case 'too_small':
      return `Must be at least ${issue.requirement as number}`;
    case 'too_large':
      return `Must be at most ${issue.requirement as number}`;
    default:
      // valibot's default messages quote the received value; custom ones ('Must not be blank') do not.
      if (!/received/i.test(issue.message)) return issue.message;
      if (issue.kind === 'schema') return `Expected ${issue.expected ?? 'another type'}`;
      return issue.type === 'regex' ? 'Invalid format' : `Invalid ${issue.type.replace(/_/g, ' ')}`;
  }
}

/** Field errors from valibot issues, one per field (the first issue of each). */
export function fieldErrors(issues: readonly v.BaseIssue<unknown>[], rootName = 'body'): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const field = (v.getDotPath(issue) ?? rootName).slice(0, 200) || rootName;
    if (seen.has(field)) continue;
    seen.add(field);
    const code = codeOf(issue);
    errors.push({ field, code, message: messageOf(issue, code).slice(0, 500) });
  }
  return errors;
}

/** Validates path parameters; anything invalid cannot name a resource, so it is a 404. */
export function parsePath<E extends AnyEndpoint>(
  endpoint: E,
  params: unknown,
): E['pathParams'] extends v.GenericSchema ? v.InferOutput<E['pathParams']> : undefined {
  if (!endpoint.pathParams) return undefined as never;
  const result = v.safeParse(endpoint.pathParams, params);
  if (!result.success) throw problemError('notFound', 'Not found');
  return result.output as never;
}

/** The query string of a request URL as URLSearchParams. */
export function searchParamsOf(url: string): URLSearchParams {
  const at = url.indexOf('?');
  return new URLSearchParams(at === -1 ? '' : url.slice(at + 1));
}

/** Validates the query with the endpoint's schema (numbers arrive as text; decodeQuery converts). */
export function parseQuery<E extends AnyEndpoint>(
  endpoint: E,
  url: string,
): E['query'] extends v.GenericSchema ? v.InferOutput<E['query']> : undefined {
  if (!endpoint.query) return undefined as never;
  const decoded = decodeQuery(endpoint.query as Parameters<typeof decodeQuery>[0], searchParamsOf(url));
  const result = v.safeParse(endpoint.query, decoded);
  if (!result.success) {
    throw problemError('malformed', 'Invalid query parameters', {
      detail: 'One or more query parameters are invalid.',
      errors: fieldErrors(result.issues, 'query'),
    });
  }
  return result.output as never;
}

/**
 * Validates a JSON body: not an object → 400; text that is not well-formed Unicode or invalid
 * fields → 422 with field errors.
 */
export function parseBody<S extends v.GenericSchema>(schema: S, body: unknown): v.InferOutput<S> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw problemError('malformed', 'Malformed request', { detail: 'The body must be a JSON object.' });
  }
  refuseIllFormedText(body);
  const result = v.safeParse(schema, body);
  if (!result.success) throw validationProblem(fieldErrors(result.issues));
  return result.output;
}

/** 422 naming each field whose text is not well-formed Unicode (a lone surrogate has no UTF-8 form). */
function refuseIllFormedText(body: unknown): void {
  const paths = illFormedTextPaths(body);
  if (paths.length === 0) return;
  throw validationProblem(
    paths.slice(0, 20).map((field) => ({
      field: field.slice(0, 200),
      code: 'invalid',
      message: 'Must be well-formed Unicode text (no unpaired surrogate characters)',
    })),
  );
}
