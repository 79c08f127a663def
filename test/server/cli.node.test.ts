import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../server/src/db/kysely.js';
import { DEMO_PETITIONS_FILE } from '../../server/src/petitions/admin-file.js';
import { countPetitionRows, findPetitionRow } from '../../server/src/petitions/store.js';
import { testApp } from './support/app.js';
import { sqliteDatabase } from './support/databases.js';
import { petitionFixture } from './support/petitions.js';
import { describeEachDatabase } from './support/suite.js';

/* `main.ts load petitions FILE` and `--seed-demo`. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function runMain(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CIVIC_LOG_LEVEL: 'silent' },
  });
}

describeEachDatabase('command line', (db) => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'civic-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('loads petitions from a file, and again (upsert by id)', async () => {
    const file = join(dir, 'petitions.json');
    writeFileSync(
      file,
      JSON.stringify({ petitions: [petitionFixture(), petitionFixture({ id: 'second' })] }),
    );
    const first = runMain(['load', 'petitions', file, '--db', db().url]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /Loaded 2 petitions/);
    writeFileSync(file, JSON.stringify({ petitions: [petitionFixture({ title: 'Renamed' })] }));
    assert.equal(runMain(['load', 'petitions', file, '--db', db().url]).status, 0);
    const database = openDatabase(db().url);
    try {
      assert.equal(await countPetitionRows(database.db), 2);
      assert.equal(JSON.parse((await findPetitionRow(database.db, 'bike-lanes'))!.document).title, 'Renamed');
    } finally {
      await database.close();
    }
  });

  it('refuses an invalid file, naming what is wrong, and changes nothing', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ petitions: [{ ...petitionFixture({ id: 'bad' }), state: 'pending' }] }),
    );
    const result = runMain(['load', 'petitions', file, '--db', db().url]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /petitions\.0\.state/);
    const database = openDatabase(db().url);
    try {
      assert.equal(await findPetitionRow(database.db, 'bad'), undefined);
    } finally {
      await database.close();
    }
  });

  it('--seed-demo leaves a database that has petitions alone', async () => {
    const app = await testApp(db().url, { config: { seedDemo: true } });
    try {
      assert.equal(await countPetitionRows(app.ctx.database.db), 2);
    } finally {
      await app.close();
    }
  });
});

describe('command line usage', () => {
  it('answers usage errors with exit code 2 and --help with the usage', () => {
    assert.equal(runMain(['--port', 'many']).status, 2);
    assert.equal(runMain(['load', 'ideas', 'x.json']).status, 2);
    const help = runMain(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /load petitions FILE\.json/);
  });

  it('--seed-demo loads the demo city into an empty database', async () => {
    const expected = (JSON.parse(readFileSync(DEMO_PETITIONS_FILE, 'utf8')) as { petitions: unknown[] })
      .petitions.length;
    const database = sqliteDatabase();
    const app = await testApp(database.url, { config: { seedDemo: true } });
    try {
      assert.equal(await countPetitionRows(app.ctx.database.db), expected);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
