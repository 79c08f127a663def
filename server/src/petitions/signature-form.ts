import {
  isExtraSignatureField,
  SIGNATURE_MAX_LENGTH,
  SIGNATURE_RULE_CODES,
  signatureFieldRule,
  unconfirmedStatements,
} from '#protocol';
import type {
  ExtraSignatureField,
  FieldError,
  SignatureConfirmation,
  SignatureForm,
  SignatureRequest,
  SignatureRule,
} from '#protocol';
import { containsUrl, looksLikeFormula } from '../security/text-guards.js';

/*
 * Checks a signature against the petition's form with the protocol's signature rules (required
 * fields, postcode patterns, choices, the eligibility and age statements), plus the text guards
 * only the server applies: no formulas in answers, no formulas or links in names.
 */

const RULE_MESSAGES: Readonly<Record<SignatureRule, (field: ExtraSignatureField) => string>> = {
  required: () => 'Required by this petition',
  maxLength: (field) => `Must be at most ${SIGNATURE_MAX_LENGTH[field]} characters`,
  email: () => 'Invalid email',
  pattern: (field) => `Does not match the ${field} pattern`,
  options: () => 'Not one of the offered choices',
};

const UNCONFIRMED_MESSAGES: Readonly<Record<SignatureConfirmation, string>> = {
  eligible: 'The eligibility statement must be confirmed',
  ageConfirmed: 'The minimum age must be confirmed',
};

const FORMULA: Omit<FieldError, 'field'> = {
  code: 'not_allowed',
  message: 'Must not start with =, +, - or @',
};

/** The optional fields the form asks for, trimmed; others are dropped. */
export function formValues(
  form: SignatureForm,
  request: SignatureRequest,
): Partial<Record<ExtraSignatureField, string>> {
  const values: Partial<Record<ExtraSignatureField, string>> = {};
  for (const field of form.fields) {
    if (!isExtraSignatureField(field.name)) continue;
    const value = request[field.name]?.trim();
    if (value) values[field.name] = value;
  }
  return values;
}

export function signatureFieldErrors(form: SignatureForm, request: SignatureRequest): FieldError[] {
  const errors: FieldError[] = [];
  // Name and email already passed the request schema; the name still meets the text guards.
  if (looksLikeFormula(request.name)) {
    errors.push({ field: 'name', ...FORMULA });
  } else if (containsUrl(request.name)) {
    errors.push({ field: 'name', code: 'not_allowed', message: 'Must not contain a link' });
  }
  for (const field of form.fields) {
    const name = field.name;
    if (!isExtraSignatureField(name)) continue;
    const value = request[name]?.trim() ?? '';
    const rule = signatureFieldRule(field, value);
    if (rule) {
      errors.push({ field: name, code: SIGNATURE_RULE_CODES[rule], message: RULE_MESSAGES[rule](name) });
    } else if (looksLikeFormula(value)) {
      errors.push({ field: name, ...FORMULA });
    }
  }
  for (const field of unconfirmedStatements(form, request)) {
    errors.push({ field, code: 'required', message: UNCONFIRMED_MESSAGES[field] });
  }
  return errors;
}
