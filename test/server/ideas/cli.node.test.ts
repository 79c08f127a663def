import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../../server/src/db/kysely.js';
import { findBoardRow } from '../../../server/src/ideas/store.js';
import { describeEachDatabase } from '../support/suite.js';
import { boardFixture, ideaFixture } from './support.js';

/* `main.ts load boards FILE`. */

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function runMain(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CIVIC_LOG_LEVEL: 'silent' },
  });
}

describeEachDatabase('load boards', (db) => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'civic-cli-boards-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a board file, and refuses an invalid one with exit code 1 and the problem', async () => {
    const file = join(dir, 'boards.json');
    writeFileSync(
      file,
      JSON.stringify({ boards: [boardFixture({ ideas: [ideaFixture('one'), ideaFixture('two')] })] }),
    );
    const loaded = runMain(['load', 'boards', file, '--db', db().url]);
    assert.equal(loaded.status, 0, loaded.stderr);
    assert.match(loaded.stdout, /Loaded 1 board\(s\) with 2 idea\(s\)/);

    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ boards: [{ ...boardFixture({ id: 'other' }), votingMode: 'sideways' }] }),
    );
    const refused = runMain(['load', 'boards', bad, '--db', db().url]);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /invalid board file:\n {2}boards\.0\.votingMode/);

    const database = openDatabase(db().url);
    try {
      assert.ok(await findBoardRow(database.db, 'city-ideas'));
      assert.equal(await findBoardRow(database.db, 'other'), undefined);
    } finally {
      await database.close();
    }
  });
});
