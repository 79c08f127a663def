import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embedCode, escapeHtml } from '../../../src/components/petition-card/embed-code.js';
import { headingLevel } from '../../../src/internal/heading.js';
import { progressPercent, thresholdProgress } from '../../../src/components/petition-card/progress.js';
import type { Threshold } from '../../../src/protocol/index.js';

const UK: Threshold[] = [
  { kind: 'response', count: 10_000, reachedAt: null },
  { kind: 'debate', count: 100_000, reachedAt: null },
];

describe('progressPercent', () => {
  const cases: Array<[value: number, max: number, percent: number]> = [
    [0, 10_000, 0],
    [1, 10_000, 1],
    [99, 10_000, 1],
    [150, 10_000, 1],
    [87, 150, 58],
    [9_999, 10_000, 99],
    [10_000, 10_000, 100],
    [12_000, 10_000, 100],
    [5, 0, 0],
  ];
  for (const [value, max, percent] of cases) {
    it(`${value} of ${max} is ${percent} %`, () => assert.equal(progressPercent(value, max), percent));
  }
});

describe('thresholdProgress', () => {
  it('heads for the first threshold not reached', () => {
    const progress = thresholdProgress(10_762, UK);
    assert.equal(progress.next?.count, 100_000);
    assert.equal(progress.scaleMax, 100_000);
    assert.equal(progress.remaining, 89_238);
    assert.equal(progress.percent, 10);
    assert.equal(progress.allReached, false);
  });

  it('counts a threshold as reached at exactly its count', () => {
    assert.equal(thresholdProgress(10_000, UK).next?.count, 100_000);
  });

  it('ends on the last threshold once all are reached', () => {
    const progress = thresholdProgress(114_316, UK);
    assert.equal(progress.next, undefined);
    assert.equal(progress.scaleMax, 100_000);
    assert.equal(progress.percent, 100);
    assert.equal(progress.remaining, 0);
    assert.equal(progress.allReached, true);
  });

  it('has no scale without thresholds', () => {
    const progress = thresholdProgress(40, []);
    assert.equal(progress.scaleMax, 0);
    assert.equal(progress.allReached, false);
  });
});

describe('embedCode', () => {
  it('is the script and the card with a fallback link, escaped', () => {
    assert.equal(
      embedCode({
        scriptSrc: 'https://cdn.example/civic-widgets.js',
        petitionId: '241584',
        apiBase: 'https://city.example/api/v1',
        fallbackUrl: 'https://city.example/p/241584?a=1&b=2',
        title: 'Say "no" to <script>',
      }),
      [
        '<script type="module" src="https://cdn.example/civic-widgets.js" crossorigin="anonymous"></script>',
        '<civic-petition-card petition="241584" api-base="https://city.example/api/v1">',
        '  <a href="https://city.example/p/241584?a=1&amp;b=2">\u2068Say &quot;no&quot; to &lt;script&gt;\u2069</a>',
        '</civic-petition-card>',
      ].join('\n'),
    );
  });

  it('pins the script with its integrity hash when known', () => {
    const code = embedCode({
      scriptSrc: 'https://cdn.example/civic-widgets.js',
      integrity: 'sha384-abc+/=',
      petitionId: '241584',
      apiBase: 'https://city.example/api/v1',
      fallbackUrl: 'https://city.example/p/241584',
      title: 'Bike lanes',
    });
    assert.equal(
      code.split('\n')[0],
      '<script type="module" src="https://cdn.example/civic-widgets.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>',
    );
  });

  it('escapes every character that could end text or an attribute', () => {
    assert.equal(escapeHtml(`&<>"'`), '&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('headingLevel', () => {
  it('keeps levels 2–6 and clamps the rest', () => {
    assert.deepEqual(
      [headingLevel(1), headingLevel(2), headingLevel(4, 1), headingLevel(6, 1), headingLevel(Number.NaN)],
      [2, 2, 5, 6, 2],
    );
  });
});
