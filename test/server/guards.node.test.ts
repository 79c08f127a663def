import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ifNoneMatchMatches } from '../../server/src/http/etag.js';
import { negotiate } from '../../server/src/i18n/locale.js';
import { canonicalEmail, emailKey } from '../../server/src/security/canonical-email.js';
import { containsNul, containsUrl, looksLikeFormula } from '../../server/src/security/text-guards.js';

describe('canonicalEmail', () => {
  it('folds Gmail dots, +tags and googlemail.com; elsewhere only +tags and case', () => {
    assert.equal(canonicalEmail('J.Doe+x@gmail.com'), 'jdoe@gmail.com');
    assert.equal(canonicalEmail('jdoe@googlemail.com'), 'jdoe@gmail.com');
    assert.equal(canonicalEmail('J.Doe+news@Example.KZ'), 'j.doe@example.kz');
    assert.equal(canonicalEmail('dana@example.kz.'), 'dana@example.kz');
    assert.equal(emailKey('J.Doe+x@gmail.com'), emailKey('jdoe@googlemail.com'));
    assert.notEqual(emailKey('j.doe@example.kz'), emailKey('jdoe@example.kz'));
  });
});

describe('text guards', () => {
  it('spots spreadsheet formulas', () => {
    for (const text of ['=1+1', '+7', '-2', '@SUM(A1)', '  =x', '\tx', '\rx'])
      assert.ok(looksLikeFormula(text), text);
    for (const text of ['Anna-Maria', 'O’Neil', 'Dana 2']) assert.ok(!looksLikeFormula(text), text);
  });

  it('spots links but not initials', () => {
    for (const text of ['see https://x.io', 'www.example', 'buy at spam.com now', 'javascript://x']) {
      assert.ok(containsUrl(text), text);
    }
    for (const text of ['J.R.R. Tolkien', 'Dr. Aliya Nur', 'Anna-Maria']) assert.ok(!containsUrl(text), text);
  });

  it('finds NUL characters in nested values and keys', () => {
    assert.ok(containsNul({ a: [{ b: 'x\u0000' }] }));
    assert.ok(containsNul({ 'k\u0000': 1 }));
    assert.ok(!containsNul({ a: ['x', 1, null, true] }));
  });
});

describe('negotiate', () => {
  it('picks the best available language by q-value and primary subtag', () => {
    assert.equal(negotiate('kk-KZ,ru;q=0.8', ['en', 'ru', 'kk'], 'en'), 'kk');
    assert.equal(negotiate('de,ru;q=0.5,en;q=0.4', ['en', 'ru', 'kk'], 'en'), 'ru');
    assert.equal(negotiate('de', ['en', 'ru'], 'ru'), 'ru');
    assert.equal(negotiate('en;q=0,ru;q=0.1', ['en', 'ru'], 'en'), 'ru');
    assert.equal(negotiate(undefined, ['en', 'ru'], 'ru'), 'ru');
  });
});

describe('ifNoneMatchMatches', () => {
  it('compares weakly, in lists and with *', () => {
    assert.ok(ifNoneMatchMatches('W/"1-0-open-x"', 'W/"1-0-open-x"'));
    assert.ok(ifNoneMatchMatches('"a", W/"1-0-open-x"', 'W/"1-0-open-x"'));
    assert.ok(ifNoneMatchMatches('"1-0-open-x"', 'W/"1-0-open-x"'));
    assert.ok(ifNoneMatchMatches('*', 'W/"x"'));
    assert.ok(!ifNoneMatchMatches('W/"2-0-open-x"', 'W/"1-0-open-x"'));
    assert.ok(!ifNoneMatchMatches(undefined, 'W/"x"'));
  });
});
