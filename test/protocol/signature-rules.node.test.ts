import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import {
  EMAIL_PATTERN,
  SIGNATURE_FIELDS,
  SIGNATURE_MAX_LENGTH,
  SignatureRequestSchema,
  signatureFieldRule,
  signatureFormFields,
  signatureProblems,
  unconfirmedStatements,
  wholeValuePattern,
} from '../../src/protocol/index.js';
import type { SignatureForm, SignatureFormField, SignatureRequest } from '../../src/protocol/index.js';

const FORM: SignatureForm = {
  fields: [
    { name: 'postcode', required: true, pattern: '[A-Z][0-9]{2}[A-Z][0-9][A-Z][0-9]' },
    { name: 'region', required: false, options: [{ value: 'MED', label: 'Medeu' }] },
  ],
  minimumAge: 16,
  eligibilityStatement: 'I live, work or study in Almaty.',
  notifyOptIn: true,
};

const VALID: SignatureRequest = {
  name: 'Dana Seitkali',
  email: 'dana@example.kz',
  postcode: 'A05E3X4',
  eligible: true,
  ageConfirmed: true,
};

describe('EMAIL_PATTERN', () => {
  const addresses = [
    'dana@example.kz',
    'dana.seitkali+petitions@mail.example.org',
    'DANA@EXAMPLE.KZ',
    'a_b-c@x-y.co',
    'dana@example',
    'dana example.kz',
    'dana@@example.kz',
    '.dana@example.kz',
    'dana.@example.kz',
    'dana@example.k',
    'dana@-example.kz',
    'дана@example.kz',
    'dana@почта.kz',
    '',
  ];
  for (const address of addresses) {
    it(`agrees with valibot's email() on "${address}"`, () => {
      const valibot = v.safeParse(v.pipe(v.string(), v.email()), address).success;
      assert.equal(EMAIL_PATTERN.test(address), valibot);
    });
  }
});

describe('SIGNATURE_MAX_LENGTH', () => {
  for (const name of SIGNATURE_FIELDS) {
    it(`is the longest ${name} the request schema accepts`, () => {
      const max = SIGNATURE_MAX_LENGTH[name];
      const valid =
        name === 'email'
          ? (length: number) => `${'d'.repeat(length - 11)}@example.kz`
          : (n: number) => 'a'.repeat(n);
      const accepts = (length: number) =>
        v.safeParse(SignatureRequestSchema, { ...VALID, [name]: valid(length) }).success;
      assert.equal(accepts(max), true);
      assert.equal(accepts(max + 1), false);
    });
  }
});

describe('wholeValuePattern', () => {
  it('anchors the pattern like the HTML pattern attribute', () => {
    const pattern = wholeValuePattern('a|b')!;
    assert.equal(pattern.test('a'), true);
    assert.equal(pattern.test('ab'), false);
  });

  it('gives null for a pattern it cannot read', () => {
    assert.equal(wholeValuePattern('('), null);
  });
});

describe('signatureFieldRule', () => {
  const postcode = FORM.fields[0]!;
  const region = FORM.fields[1]!;
  const cases: Array<[SignatureFormField, string, string | undefined]> = [
    [{ name: 'name', required: true }, '', 'required'],
    [{ name: 'name', required: true }, 'x'.repeat(101), 'maxLength'],
    [{ name: 'email', required: true }, 'dana@example', 'email'],
    [{ name: 'email', required: true }, `${'d'.repeat(250)}@example.kz`, 'maxLength'],
    [postcode, 'A05E3X4', undefined],
    [postcode, 'xA05E3X4', 'pattern'],
    [{ name: 'postcode', required: true, pattern: '(' }, 'anything', undefined],
    [{ name: 'postcode', required: true, pattern: '' }, 'A05E3X4', 'pattern'],
    [region, '', undefined],
    [region, 'BOS', 'options'],
    [{ ...region, pattern: '[a-z]+' }, 'BOS', 'pattern'],
    [{ name: 'address', required: false }, 'x'.repeat(501), 'maxLength'],
  ];
  for (const [field, value, rule] of cases) {
    it(`${field.name} "${value.slice(0, 20)}" → ${rule ?? 'fine'}`, () => {
      assert.equal(signatureFieldRule(field, value), rule);
    });
  }
});

describe('signatureFormFields', () => {
  it('always asks name and email, first when the backend left them out', () => {
    const fields = signatureFormFields({
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

  it('keeps the backend order and makes name and email required where it lists them', () => {
    const fields = signatureFormFields({
      ...FORM,
      fields: [
        { name: 'postcode', required: false },
        { name: 'email', required: false },
      ],
    });
    assert.deepEqual(
      fields.map((f) => [f.name, f.required]),
      [
        ['name', true],
        ['postcode', false],
        ['email', true],
      ],
    );
  });
});

describe('unconfirmedStatements', () => {
  it('lists the statements the form asks for and the request leaves unticked', () => {
    assert.deepEqual(unconfirmedStatements(FORM, { ...VALID, eligible: false, ageConfirmed: undefined }), [
      'eligible',
      'ageConfirmed',
    ]);
    assert.deepEqual(unconfirmedStatements(FORM, VALID), []);
    assert.deepEqual(
      unconfirmedStatements(
        { ...FORM, minimumAge: null, eligibilityStatement: null },
        { ...VALID, eligible: false },
      ),
      [],
    );
  });
});

describe('signatureProblems', () => {
  it('accepts a signature that meets every rule', () => {
    assert.deepEqual(signatureProblems(FORM, VALID), []);
  });

  it('lists the broken rules field by field in the form order, trimmed, then the statements', () => {
    const problems = signatureProblems(FORM, {
      name: '  ',
      email: 'dana@example',
      postcode: ' A05E3X4 ',
      region: 'BOS',
      eligible: false,
    });
    assert.deepEqual(problems, [
      { field: 'name', rule: 'required' },
      { field: 'email', rule: 'email' },
      { field: 'region', rule: 'options' },
      { field: 'eligible', rule: 'required' },
      { field: 'ageConfirmed', rule: 'required' },
    ]);
  });
});
