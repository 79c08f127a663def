import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { text } from 'node:stream/consumers';
import type { ExportColumn } from '../../../src/protocol/index.js';
import { csvCell, csvStream } from '../../../server/src/open-data/csv-writer.js';
import { jsonStream } from '../../../server/src/open-data/json-writer.js';
import type { ExportRow } from '../../../server/src/open-data/source.js';
import { parseCsv } from '../../../server/conformance/csv.js';

const COLUMNS: ExportColumn[] = [
  { name: 'id', type: 'string', description: 'Id.' },
  { name: 'count', type: 'integer', description: 'A count.' },
  { name: 'at', type: 'datetime', description: 'A time.', nullable: true },
  { name: 'flag', type: 'boolean', description: 'A flag.' },
];

async function* rowsOf(rows: ExportRow[]): AsyncGenerator<ExportRow> {
  yield* rows;
}

function csvOf(rows: ExportRow[]): Promise<string> {
  return text(
    csvStream(COLUMNS, rowsOf(rows), (error) => {
      throw error;
    }),
  );
}

describe('csvCell', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r'])
    it(`neutralises text starting with ${JSON.stringify(start)}`, () => {
      assert.equal(
        csvCell(`${start}HYPERLINK("http://evil.test")`),
        `'${start}HYPERLINK("http://evil.test")`,
      );
    });

  it('leaves other text, numbers (negative too) and booleans as they are', () => {
    assert.equal(csvCell('Trees = shade'), 'Trees = shade');
    assert.equal(csvCell(-42), '-42');
    assert.equal(csvCell(1.5), '1.5');
    assert.equal(csvCell(true), 'true');
    assert.equal(csvCell(null), '');
  });
});

describe('csvStream', () => {
  it('writes the header and CRLF-terminated records in column order', async () => {
    const csv = await csvOf([{ count: 3, id: 'a', at: null, flag: false }]);
    assert.equal(csv, 'id,count,at,flag\r\na,3,,false\r\n');
  });

  it('quotes commas, quotes, line feeds and carriage returns (RFC 4180)', async () => {
    const id = 'one, "two"\nthree\rfour';
    const csv = await csvOf([{ id, count: 1, at: null, flag: true }]);
    assert.deepEqual(parseCsv(csv), [
      ['id', 'count', 'at', 'flag'],
      [id, '1', '', 'true'],
    ]);
  });

  for (const [name, id] of [
    ['a lone carriage return', 'a\rb'],
    ['a lone line feed', 'a\nb'],
    ['a quote', 'a"b'],
    ['a comma', 'a,b'],
  ])
    it(`quotes a field whose only special character is ${name}`, async () => {
      const csv = await csvOf([{ id, count: 1, at: null, flag: true }]);
      assert.deepEqual(parseCsv(csv)[1], [id, '1', '', 'true']);
    });

  it('writes datetimes in UTC with whole seconds', async () => {
    const csv = await csvOf([{ id: 'a', count: 0, at: '2025-06-01T17:00:00.250+05:00', flag: false }]);
    assert.equal(parseCsv(csv)[1]![2], '2025-06-01T12:00:00Z');
  });

  it('writes only the header when there are no rows', async () => {
    assert.equal(await csvOf([]), 'id,count,at,flag\r\n');
  });
});

describe('jsonStream', () => {
  it('writes an array of objects with every column, in order, null when missing', async () => {
    const body = await text(jsonStream(COLUMNS, rowsOf([{ flag: true, id: 'a', count: 2 }, { id: 'b' }])));
    const parsed = JSON.parse(body) as Record<string, unknown>[];
    assert.deepEqual(parsed, [
      { id: 'a', count: 2, at: null, flag: true },
      { id: 'b', count: null, at: null, flag: null },
    ]);
    assert.deepEqual(Object.keys(parsed[0]!), ['id', 'count', 'at', 'flag']);
  });

  it('writes an empty array when there are no rows', async () => {
    assert.deepEqual(JSON.parse(await text(jsonStream(COLUMNS, rowsOf([])))), []);
  });
});
