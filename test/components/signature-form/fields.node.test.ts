import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answerErrors, checkField, problemOfCode } from '../../../src/components/signature-form/fields.js';
import { maskEmail } from '../../../src/components/signature-form/mask-email.js';
import type { SignatureForm, SignatureFormField } from '../../../src/protocol/index.js';

describe('checkField', () => {
  const postcode: SignatureFormField = {
    name: 'postcode',
    required: true,
    pattern: '[A-Z][0-9]{2}[A-Z][0-9][A-Z][0-9]',
  };
  const cases: Array<[SignatureFormField, string, string | undefined]> = [
    [{ name: 'name', required: true }, '', 'missing'],
    [{ name: 'name', required: true }, 'Dana', undefined],
    [{ name: 'name', required: true }, 'x'.repeat(101), 'tooLong'],
    [{ name: 'email', required: true }, 'dana@example.kz', undefined],
    [{ name: 'email', required: true }, 'dana@example', 'invalid'],
    [{ name: 'email', required: true }, 'dana example.kz', 'invalid'],
    [postcode, 'A05E3X4', undefined],
    [postcode, 'A05E3X4Z', 'invalid'],
    [postcode, 'xA05E3X4', 'invalid'],
    [{ ...postcode, required: false }, '', undefined],
    [{ name: 'region', required: true, options: [{ value: 'MED', label: 'Medeu' }] }, 'MED', undefined],
    [{ name: 'region', required: true, options: [{ value: 'MED', label: 'Medeu' }] }, 'BOS', 'invalid'],
  ];
  for (const [field, value, problem] of cases) {
    it(`${field.name} "${value.slice(0, 20)}" → ${problem ?? 'fine'}`, () => {
      assert.equal(checkField(field, value), problem);
    });
  }
});

describe('problemOfCode', () => {
  it('reads the protocol codes and treats unknown ones as invalid', () => {
    assert.deepEqual(['required', 'too_long', 'invalid', 'not_allowed', 'something_new'].map(problemOfCode), [
      'missing',
      'tooLong',
      'invalid',
      'invalid',
      'invalid',
    ]);
  });
});

describe('answerErrors', () => {
  it('gives each broken rule its message, fields first, then the statements', () => {
    const form: SignatureForm = {
      fields: [{ name: 'postcode', required: true }],
      minimumAge: 16,
      eligibilityStatement: 'I live in Almaty.',
      notifyOptIn: false,
    };
    const errors = answerErrors(form, { name: '', email: 'dana@example', eligible: false });
    assert.deepEqual(errors, [
      { name: 'name', message: 'sign.error.nameMissing' },
      { name: 'email', message: 'sign.error.emailInvalid' },
      { name: 'postcode', message: 'sign.error.postcodeMissing' },
      { name: 'eligible', message: 'sign.error.eligible' },
      { name: 'ageConfirmed', message: 'sign.error.age' },
    ]);
  });
});

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    assert.equal(maskEmail('jane@example.org'), 'j•••@example.org');
    assert.equal(maskEmail('j@example.org'), 'j•••@example.org');
    assert.equal(maskEmail('айгерим@почта.kz'), 'а•••@почта.kz');
    assert.equal(maskEmail('not-an-address'), '•••');
  });
});
