import type { TermKey } from '../../i18n/messages.js';
import { SIGNATURE_FIELDS } from '../../protocol/petitions.js';
import type { SignatureField, SignatureForm, SignatureFormField } from '../../protocol/petitions.js';

/** The confirmations a signer ticks, named as in the signature request. */
export const CONFIRMATIONS = ['eligible', 'ageConfirmed', 'notify'] as const;
export type Confirmation = (typeof CONFIRMATIONS)[number];

/** Every answer the form can show an error for. */
export type AnswerName = SignatureField | Confirmation;

/** What can be wrong with an answer. */
export const ANSWER_PROBLEMS = ['missing', 'invalid', 'tooLong'] as const;
export type AnswerProblem = (typeof ANSWER_PROBLEMS)[number];

/** An answer that needs fixing, and the message that says how. */
export interface AnswerError {
  /** The answer at fault; undefined for an error the backend gave about no field the form shows. */
  readonly name: AnswerName | undefined;
  readonly message: TermKey;
}

/** `autocomplete` tokens (WCAG 1.3.5), for a select of codes and for free text. */
export const AUTOCOMPLETE: Readonly<
  Record<SignatureField, { readonly select: string; readonly text: string }>
> = {
  name: { select: 'name', text: 'name' },
  email: { select: 'email', text: 'email' },
  postcode: { select: 'postal-code', text: 'postal-code' },
  region: { select: 'address-level1', text: 'address-level1' },
  country: { select: 'country', text: 'country-name' },
  address: { select: 'street-address', text: 'street-address' },
};

export const LABELS: Readonly<Record<SignatureField, TermKey>> = {
  name: 'sign.name',
  email: 'sign.email',
  postcode: 'sign.postcode',
  region: 'sign.region',
  country: 'sign.country',
  address: 'sign.address',
};

/** Longest value the protocol accepts for each field. */
export const MAX_LENGTH: Readonly<Record<SignatureField, number>> = {
  name: 100,
  email: 254,
  postcode: 16,
  region: 64,
  country: 64,
  address: 500,
};

const MESSAGES: Readonly<Record<AnswerName, Readonly<Record<AnswerProblem, TermKey>>>> = {
  name: {
    missing: 'sign.error.nameMissing',
    invalid: 'sign.error.nameInvalid',
    tooLong: 'sign.error.nameTooLong',
  },
  email: {
    missing: 'sign.error.emailMissing',
    invalid: 'sign.error.emailInvalid',
    tooLong: 'sign.error.emailInvalid',
  },
  postcode: {
    missing: 'sign.error.postcodeMissing',
    invalid: 'sign.error.postcodeInvalid',
    tooLong: 'sign.error.postcodeInvalid',
  },
  region: {
    missing: 'sign.error.regionMissing',
    invalid: 'sign.error.regionInvalid',
    tooLong: 'sign.error.regionInvalid',
  },
  country: {
    missing: 'sign.error.countryMissing',
    invalid: 'sign.error.countryInvalid',
    tooLong: 'sign.error.countryInvalid',
  },
  address: {
    missing: 'sign.error.addressMissing',
    invalid: 'sign.error.addressMissing',
    tooLong: 'sign.error.addressTooLong',
  },
  eligible: {
    missing: 'sign.error.eligible',
    invalid: 'sign.error.eligible',
    tooLong: 'sign.error.eligible',
  },
  ageConfirmed: { missing: 'sign.error.age', invalid: 'sign.error.age', tooLong: 'sign.error.age' },
  notify: { missing: 'sign.error.other', invalid: 'sign.error.other', tooLong: 'sign.error.other' },
};

/** The localized message for a problem with an answer. */
export function errorMessage(name: AnswerName, problem: AnswerProblem): TermKey {
  return MESSAGES[name][problem];
}

/** Reads a protocol field error code (`required`, `too_long`, …); unknown codes count as invalid. */
export function problemOfCode(code: string): AnswerProblem {
  if (code === 'required') return 'missing';
  if (code === 'too_long') return 'tooLong';
  return 'invalid';
}

export function isAnswerName(name: string): name is AnswerName {
  return (
    (CONFIRMATIONS as readonly string[]).includes(name) ||
    (SIGNATURE_FIELDS as readonly string[]).includes(name)
  );
}

/** The fields to show, in the backend's order; name and email are always asked, first if the backend left them out. */
export function formFields(form: SignatureForm): SignatureFormField[] {
  const listed = form.fields.map((field) =>
    field.name === 'name' || field.name === 'email' ? { ...field, required: true } : field,
  );
  const missing: SignatureFormField[] = (['name', 'email'] as const)
    .filter((name) => !listed.some((field) => field.name === name))
    .map((name) => ({ name, required: true }));
  return [...missing, ...listed];
}

/** The same check valibot's `email()` makes on the server, so the form catches what would be refused. */
const EMAIL = /^[\w+-]+(?:\.[\w+-]+)*@[\da-z]+(?:[.-][\da-z]+)*\.[a-z]{2,}$/iu;

const patterns = new Map<string, RegExp | null>();

/** The backend's pattern, anchored like the HTML `pattern` attribute; null if it cannot be read. */
function wholeValuePattern(source: string): RegExp | null {
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

/** What is wrong with one field's (trimmed) value, if anything. */
export function checkField(field: SignatureFormField, value: string): AnswerProblem | undefined {
  if (value === '') return field.required ? 'missing' : undefined;
  if (value.length > MAX_LENGTH[field.name]) return 'tooLong';
  if (field.name === 'email' && !EMAIL.test(value)) return 'invalid';
  if (field.options && !field.options.some((option) => option.value === value)) return 'invalid';
  if (field.pattern) {
    const pattern = wholeValuePattern(field.pattern);
    if (pattern && !pattern.test(value)) return 'invalid';
  }
  return undefined;
}
