import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseCsv } from '../../../server/conformance/csv.js';
import { EXPORT_BATCH_SIZE, keysetRows } from '../../../server/src/open-data/keyset.js';
import { boardFixture, ideaFixture, loadBoards } from '../ideas/support.js';
import { json, testApp } from '../support/app.js';
import type { TestApp } from '../support/app.js';
import { describeEachDatabase } from '../support/suite.js';

/* Rows read batch after batch by key: every row once, and no batch read before it is needed. */

function table(keys: string[]) {
  const reads: (string | null)[] = [];
  const readBatch = async (after: string | null, limit: number) => {
    reads.push(after);
    return keys.filter((key) => after === null || key > after).slice(0, limit);
  };
  return { reads, readBatch };
}

describe('keysetRows', () => {
  it('reads every row once, each batch after the last key of the one before', async () => {
    const { reads, readBatch } = table(['a', 'b', 'c', 'd', 'e']);
    const rows: string[] = [];
    for await (const row of keysetRows(readBatch, (key) => key, 2)) rows.push(row);
    assert.deepEqual(rows, ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(reads, [null, 'b', 'd']);
  });

  it('stops after an empty batch when the rows fill the last one exactly', async () => {
    const { reads, readBatch } = table(['a', 'b', 'c', 'd']);
    const rows: string[] = [];
    for await (const row of keysetRows(readBatch, (key) => key, 2)) rows.push(row);
    assert.deepEqual(rows, ['a', 'b', 'c', 'd']);
    assert.deepEqual(reads, [null, 'b', 'd']);
  });

  it('reads the next batch only when the reader has taken the rows before it', async () => {
    const { reads, readBatch } = table(['a', 'b', 'c', 'd', 'e']);
    const rows = keysetRows(readBatch, (key) => key, 2);
    assert.deepEqual(await rows.next(), { value: 'a', done: false });
    assert.deepEqual(await rows.next(), { value: 'b', done: false });
    assert.deepEqual(reads, [null]);
    await rows.next();
    assert.deepEqual(reads, [null, 'b']);
    await rows.return(undefined);
  });
});

describeEachDatabase('an export longer than a batch', (db) => {
  const ids = Array.from(
    { length: EXPORT_BATCH_SIZE * 2 + 37 },
    (_, n) => [`Idea-${n}`, `idea_${n}`, `x.${n}`, `Z~${n}`][n % 4]!,
  );
  let t: TestApp;
  before(async () => {
    t = await testApp(db().url);
    await loadBoards(t.ctx, boardFixture({ ideas: ids.map((id) => ideaFixture(id)) }));
  });
  after(async () => {
    await t.close();
  });

  it("holds every row once, in the database's order of the key, in both formats", async () => {
    const res = await t.app.inject({ url: '/api/v1/exports/ideas.json' });
    const exported = json<{ idea_id: string }[]>(res).map((row) => row.idea_id);
    assert.equal(exported.length, ids.length);
    assert.deepEqual([...exported].sort(), [...ids].sort());
    const csv = await t.app.inject({ url: '/api/v1/exports/ideas.csv' });
    assert.deepEqual(
      parseCsv(csv.body)
        .slice(1)
        .map((record) => record[0]),
      exported,
    );
  });
});
