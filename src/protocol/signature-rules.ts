import { SIGNATURE_MAX_LENGTH } from './petitions.js';
import type { SignatureField, SignatureForm, SignatureFormField, SignatureRequest } from './petitions.js';
import type { FieldErrorCode } from './problem.js';

/*
 * The rules a signature must meet, defined once: the form checks them before sending, the
 * reference server when a signature arrives. Each broken rule has the protocol's field error code.
 */

/** The fields a petition may ask for besides name and email, which every form asks. */
export const EXTRA_SIGNATURE_FIELDS = ['postcode', 'region', 'country', 'address'] as const;
export type ExtraSignatureField = (typeof EXTRA_SIGNATURE_FIELDS)[number];

/** The statements a form may ask the signer to confirm, named as in the signature request. */
export const SIGNATURE_CONFIRMATIONS = ['eligible', 'ageConfirmed'] as const;
export type SignatureConfirmation = (typeof SIGNATURE_CONFIRMATIONS)[number];

/** Each rule an answer can break, with the field error code the protocol sends for it. */
export const SIGNATURE_RULE_CODES = {
  required: 'required',
  maxLength: 'too_long',
  email: 'invalid',
  pattern: 'invalid',
  options: 'invalid',
} as const satisfies Readonly<Record<string, FieldErrorCode>>;
export type SignatureRule = keyof typeof SIGNATURE_RULE_CODES;

/** One broken rule: the answer at fault and the rule it breaks. */
export interface SignatureProblem {
  readonly field: SignatureField | SignatureConfirmation;
  readonly rule: SignatureRule;
}

/** The same check valibot's `email()` makes on the request schema. */
export const EMAIL_PATTERN = /^[\w+-]+(?:\.[\w+-]+)*@[\da-z]+(?:[.-][\da-z]+)*\.[a-z]{2,}$/iu;

export function isExtraSignatureField(name: string): name is ExtraSignatureField {
  return (EXTRA_SIGNATURE_FIELDS as readonly string[]).includes(name);
}

const patterns = new Map<string, RegExp | null>();

/** The backend's pattern, anchored like the HTML `pattern` attribute; null if it cannot be read. */
export function wholeValuePattern(source: string): RegExp | null {
  if (!patterns.has(source)) {
    let pattern: RegExp | null;
    try {
      pattern = new RegExp(`^(?:${source})$`, 'u');
    } catch {
      pattern = null;
    }
    patterns.set(source, pattern);
  }
  return patterns.get(source) ?? null;
}

/** The fields to ask, in the backend's order; name and email are always asked, first if the backend left them out. */
export function signatureFormFields(form: SignatureForm): SignatureFormField[] {
  const listed = form.fields.map((field) =>
    field.name === 'name' || field.name === 'email' ? { ...field, required: true } : field,
  );
  const missing: SignatureFormField[] = (['name', 'email'] as const)
    .filter((name) => !listed.some((field) => field.name === name))
    .map((name) => ({ name, required: true }));
  return [...missing, ...listed];
}

/** The first rule one field's (trimmed) value breaks, if any. */
export function signatureFieldRule(field: SignatureFormField, value: string): SignatureRule | undefined {
  if (value === '') return field.required ? 'required' : undefined;
  if (value.length > SIGNATURE_MAX_LENGTH[field.name]) return 'maxLength';
  if (field.name === 'email' && !EMAIL_PATTERN.test(value)) return 'email';
  if (field.pattern !== undefined) {
    const pattern = wholeValuePattern(field.pattern);
    if (pattern && !pattern.test(value)) return 'pattern';
  }
  if (field.options && !field.options.some((option) => option.value === value)) return 'options';
  return undefined;
}

/** The statements the form asks to confirm that the request leaves unconfirmed, in the form's order. */
export function unconfirmedStatements(
  form: SignatureForm,
  request: SignatureRequest,
): SignatureConfirmation[] {
  const unconfirmed: SignatureConfirmation[] = [];
  if (form.eligibilityStatement !== null && request.eligible !== true) unconfirmed.push('eligible');
  if (form.minimumAge !== null && request.ageConfirmed !== true) unconfirmed.push('ageConfirmed');
  return unconfirmed;
}

/** Every rule a signature breaks: the fields in the form's order (values trimmed), then the confirmations. */
export function signatureProblems(form: SignatureForm, request: SignatureRequest): SignatureProblem[] {
  const problems: SignatureProblem[] = [];
  for (const field of signatureFormFields(form)) {
    const rule = signatureFieldRule(field, (request[field.name] ?? '').trim());
    if (rule) problems.push({ field: field.name, rule });
  }
  for (const field of unconfirmedStatements(form, request)) problems.push({ field, rule: 'required' });
  return problems;
}
