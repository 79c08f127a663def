import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SignatureForm, SignatureRequest } from '../../../src/protocol/index.js';
import { formValues, signatureFieldErrors } from '../../../server/src/petitions/signature-form.js';

const FORM: SignatureForm = {
  fields: [
    { name: 'name', required: true },
    { name: 'email', required: true },
    { name: 'postcode', required: true, pattern: '[0-9]{6}' },
    { name: 'region', required: false, options: [{ value: 'MED', label: 'Medeu' }] },
    { name: 'country', required: false },
    { name: 'address', required: true },
  ],
  minimumAge: 16,
  eligibilityStatement: 'I live in Almaty.',
  notifyOptIn: false,
};

const VALID: SignatureRequest = {
  name: 'Dana Seitkali',
  email: 'dana@example.kz',
  postcode: '050000',
  region: 'MED',
  address: 'Abai Avenue 1',
  eligible: true,
  ageConfirmed: true,
};

/** Errors as `field code message` lines, in the order the server sends them. */
function errorsOf(request: Partial<SignatureRequest>, form: SignatureForm = FORM): string[] {
  return signatureFieldErrors(form, { ...VALID, ...request }).map(
    ({ field, code, message }) => `${field} ${code} ${message}`,
  );
}

describe('signatureFieldErrors', () => {
  it('accepts a signature that meets every rule', () => {
    assert.deepEqual(errorsOf({}), []);
  });

  const cases: Array<[string, Partial<SignatureRequest>, string[]]> = [
    [
      'missing answers, then the statements, in the form order',
      { postcode: '  ', address: undefined, eligible: false, ageConfirmed: undefined },
      [
        'postcode required Required by this petition',
        'address required Required by this petition',
        'eligible required The eligibility statement must be confirmed',
        'ageConfirmed required The minimum age must be confirmed',
      ],
    ],
    [
      'a postcode off the pattern',
      { postcode: '05000' },
      ['postcode invalid Does not match the postcode pattern'],
    ],
    [
      'a pattern anchored like HTML',
      { postcode: '0500001' },
      ['postcode invalid Does not match the postcode pattern'],
    ],
    ['a choice not offered', { region: 'BOS' }, ['region invalid Not one of the offered choices']],
    ['an empty optional answer', { region: ' ', country: '' }, []],
    ['a formula in a name', { name: '=SUM(A1)' }, ['name not_allowed Must not start with =, +, - or @']],
    ['a link in a name', { name: 'Visit spam.com' }, ['name not_allowed Must not contain a link']],
    [
      'a formula in an answer',
      { country: '@home' },
      ['country not_allowed Must not start with =, +, - or @'],
    ],
    [
      'name guards first, then each field in order',
      { name: '+1', address: '-x', postcode: 'abc', region: 'BOS' },
      [
        'name not_allowed Must not start with =, +, - or @',
        'postcode invalid Does not match the postcode pattern',
        'region invalid Not one of the offered choices',
        'address not_allowed Must not start with =, +, - or @',
      ],
    ],
  ];
  for (const [name, request, expected] of cases) {
    it(name, () => {
      assert.deepEqual(errorsOf(request), expected);
    });
  }

  it('checks the pattern before the choices', () => {
    const form: SignatureForm = {
      ...FORM,
      fields: [
        { name: 'region', required: true, pattern: '[A-Z]{3}', options: [{ value: 'MED', label: 'Medeu' }] },
      ],
    };
    assert.deepEqual(errorsOf({ region: 'bos' }, form), ['region invalid Does not match the region pattern']);
    assert.deepEqual(errorsOf({ region: 'BOS' }, form), ['region invalid Not one of the offered choices']);
  });

  it('asks no statement the form does not ask', () => {
    const form: SignatureForm = { ...FORM, minimumAge: null, eligibilityStatement: null };
    assert.deepEqual(errorsOf({ eligible: false, ageConfirmed: false }, form), []);
  });
});

describe('formValues', () => {
  it('keeps the trimmed answers the form asks for, and drops the rest', () => {
    const form: SignatureForm = { ...FORM, fields: [{ name: 'postcode', required: true }] };
    assert.deepEqual(formValues(form, { ...VALID, postcode: ' 050000 ', country: 'KZ' }), {
      postcode: '050000',
    });
    assert.deepEqual(formValues(FORM, { ...VALID, region: '  ' }), {
      postcode: '050000',
      address: 'Abai Avenue 1',
    });
  });
});
