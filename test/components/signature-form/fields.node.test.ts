import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkField, formFields, problemOfCode } from '../../../src/components/signature-form/fields.js';
import { maskEmail } from '../../../src/components/signature-form/mask-email.js';
import type { SignatureFormField } from '../../../src/protocol/index.js';

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

describe('formFields', () => {
  it('always asks name and email, first when the backend left them out', () => {
    const fields = formFields({
      fields: [{ name: 'postcode', required: false }],
      minimumAge: null,
      eligibilityStatement: null,
      notifyOptIn: false,
    });
    assert.deepEqual(
      fields.map((f) => [f.name, f.required]),
      [
        ['name', true],
        ['email', true],
        ['postcode', false],
      ],
    );
  });
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

describe('maskEmail', () => {
  it('keeps the first character and the domain', () => {
    assert.equal(maskEmail('jane@example.org'), 'j•••@example.org');
    assert.equal(maskEmail('j@example.org'), 'j•••@example.org');
    assert.equal(maskEmail('айгерим@почта.kz'), 'а•••@почта.kz');
    assert.equal(maskEmail('not-an-address'), '•••');
  });
});
