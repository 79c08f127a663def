import type { TermKey } from '../../i18n/messages.js';
import { SIGNATURE_FIELDS } from '../../protocol/petitions.js';
import type {
  SignatureField,
  SignatureForm,
  SignatureFormField,
  SignatureRequest,
} from '../../protocol/petitions.js';
import type { FieldError } from '../../protocol/problem.js';
import {
  SIGNATURE_RULE_CODES,
  signatureFieldRule,
  signatureProblems,
} from '../../protocol/signature-rules.js';

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

/** What is wrong with one field's (trimmed) value, if anything. */
export function checkField(field: SignatureFormField, value: string): AnswerProblem | undefined {
  const rule = signatureFieldRule(field, value);
  return rule && problemOfCode(SIGNATURE_RULE_CODES[rule]);
}

/** Every answer that needs fixing, in the form's order, with its message. */
export function answerErrors(form: SignatureForm, body: SignatureRequest): AnswerError[] {
  return signatureProblems(form, body).map(({ field, rule }) => ({
    name: field,
    message: errorMessage(field, problemOfCode(SIGNATURE_RULE_CODES[rule])),
  }));
}

/**
 * The backend's field errors (422) as answers to fix: one per field the form shows (the first),
 * and a general line for each error about anything else.
 */
export function serverAnswerErrors(
  errors: readonly FieldError[],
  isShown: (name: AnswerName) => boolean,
): AnswerError[] {
  const answers: AnswerError[] = [];
  for (const { field, code } of errors) {
    const name = field.split('.')[0] ?? field;
    const known = isAnswerName(name) && isShown(name);
    if (known && answers.some((e) => e.name === name)) continue;
    answers.push(
      known
        ? { name, message: errorMessage(name, problemOfCode(code)) }
        : { name: undefined, message: 'sign.error.other' },
    );
  }
  return answers;
}
