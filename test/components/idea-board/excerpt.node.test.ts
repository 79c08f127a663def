import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXCERPT_LENGTH, excerpt } from '../../../src/components/idea-board/excerpt.js';

describe('excerpt', () => {
  it('keeps a short text whole, with its whitespace collapsed', () => {
    assert.equal(excerpt('  Plant\n\ttrees   along the river.  '), 'Plant trees along the river.');
    assert.equal(excerpt(''), '');
  });

  it('cuts a long text at the last word boundary and marks the cut', () => {
    assert.equal(excerpt('one two three four', 10), 'one two…');
    const words = Array.from({ length: 100 }, (_, index) => `word${index}`).join(' ');
    const cut = excerpt(words);
    assert.ok(cut.length <= EXCERPT_LENGTH + 1, `${cut.length} characters`);
    assert.ok(cut.endsWith('…'));
    assert.ok(words.startsWith(cut.slice(0, -1)));
    assert.ok(words[cut.length - 1] === ' ', 'cut inside a word');
  });

  it('cuts inside a word when the text has no boundary in the second half', () => {
    assert.equal(excerpt('a'.repeat(20), 10), `${'a'.repeat(10)}…`);
    assert.equal(excerpt(`ab ${'c'.repeat(20)}`, 10), `ab ${'c'.repeat(7)}…`);
  });

  it('gives the same excerpt for a very long text as for its start', () => {
    const start = 'Light the footpath by the school. '.repeat(10);
    assert.equal(excerpt(start + 'More. '.repeat(5_000)), excerpt(start + 'More.'));
  });

  it('reads past a start that is all whitespace', () => {
    const text = `${' \n'.repeat(EXCERPT_LENGTH * 4)}Repair the bridge on Abay Avenue.`;
    assert.equal(excerpt(text), 'Repair the bridge on Abay Avenue.');
  });

  it('reads past a start that is mostly whitespace when the rest is long', () => {
    const rest = 'Open the courtyard to children after school hours. '.repeat(10);
    const text = `Note:${' '.repeat(EXCERPT_LENGTH * 4)}${rest}`;
    const cut = excerpt(text);
    assert.ok(cut.startsWith('Note: Open the courtyard'), cut);
    assert.ok(cut.endsWith('…'));
  });
});
