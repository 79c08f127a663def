import type { FieldError, SignatureForm, SignatureRequest } from '../../../src/protocol/index.js';
import { containsUrl, looksLikeFormula } from '../security/text-guards.js';

/*
 * Checks a signature against the petition's form (required fields, postcode patterns, choices,
 * the eligibility and age statements) and the name rules the schema cannot express.
 */

const OPTIONAL_FIELDS = ['postcode', 'region', 'country', 'address'] as const;
type OptionalField = (typeof OPTIONAL_FIELDS)[number];

/** The optional fields the form asks for, trimmed; others are dropped. */
export function formValues(
  form: SignatureForm,
  request: SignatureRequest,
): Partial<Record<OptionalField, string>> {
  const values: Partial<Record<OptionalField, string>> = {};
  for (const field of form.fields) {
    if (!(OPTIONAL_FIELDS as readonly string[]).includes(field.name)) continue;
    const value = request[field.name as OptionalField]?.trim();
    if (value) values[field.name as OptionalField] = value;
  }
  return values;
}

export function signatureFieldErrors(form: SignatureForm, request: SignatureRequest): FieldError[] {
  const errors: FieldError[] = [];
  if (looksLikeFormula(request.name)) {
    errors.push({ field: 'name', code: 'not_allowed', message: 'Must not start with =, +, - or @' });
  } else if (containsUrl(request.name)) {
    errors.push({ field: 'name', code: 'not_allowed', message: 'Must not contain a link' });
  }
  for (const field of form.fields) {
    if (!(OPTIONAL_FIELDS as readonly string[]).includes(field.name)) continue;
    const name = field.name as OptionalField;
    const value = request[name]?.trim();
    if (!value) {
      if (field.required)
        errors.push({ field: name, code: 'required', message: 'Required by this petition' });
      continue;
    }
    if (field.pattern !== undefined && !new RegExp(`^(?:${field.pattern})$`, 'u').test(value)) {
      errors.push({ field: name, code: 'invalid', message: `Does not match the ${name} pattern` });
    } else if (field.options !== undefined && !field.options.some((option) => option.value === value)) {
      errors.push({ field: name, code: 'invalid', message: 'Not one of the offered choices' });
    } else if (looksLikeFormula(value)) {
      errors.push({ field: name, code: 'not_allowed', message: 'Must not start with =, +, - or @' });
    }
  }
  if (form.eligibilityStatement !== null && request.eligible !== true) {
    errors.push({
      field: 'eligible',
      code: 'required',
      message: 'The eligibility statement must be confirmed',
    });
  }
  if (form.minimumAge !== null && request.ageConfirmed !== true) {
    errors.push({ field: 'ageConfirmed', code: 'required', message: 'The minimum age must be confirmed' });
  }
  return errors;
}
