import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import process from 'node:process';
import { openDatabase } from '../../server/src/db/kysely.js';
import { keysetRows } from '../../server/src/open-data/keyset.js';
import { IDEA_COLUMNS } from '../../server/src/open-data/sources/ideas.js';

/*
 * The control of the exports bench (exports.ts), run as its own process:
 * `node --import tsx export-control.ts DB_URL petition-regions|ideas`. It reads the dataset's rows
 * as the server does (the same keyset batches, the same query layer, the petition documents
 * parsed for their regions), writes each as plain comma-joined values to /dev/null, and prints its
 * time, rows, bytes and memory as JSON.
 */

const [url, dataset] = process.argv.slice(2) as [string, 'petition-regions' | 'ideas'];
const database = openDatabase(url);
const { db } = database;
const out = createWriteStream('/dev/null');

async function* regionLines(): AsyncGenerator<string> {
  const petitions = keysetRows(
    (after, limit) => {
      let query = db.selectFrom('petitions').select(['id', 'document']).where('state', '!=', 'hidden');
      if (after !== null) query = query.where('id', '>', after);
      return query.orderBy('id').limit(limit).execute();
    },
    (row) => row.id,
  );
  for await (const row of petitions) {
    const { signaturesByRegion } = JSON.parse(row.document) as {
      signaturesByRegion: { code: string; name: string; count: number }[];
    };
    for (const region of signaturesByRegion)
      yield `${row.id},${region.code},${region.name},${region.count}\r\n`;
  }
}

async function* ideaLines(): AsyncGenerator<string> {
  const ideas = keysetRows(
    (after, limit) => {
      let query = db
        .selectFrom('ideas')
        .select(IDEA_COLUMNS)
        .where('hidden', '=', 0)
        .where('pending_moderation', '=', 0);
      if (after !== null) query = query.where('id', '>', after);
      return query.orderBy('id').limit(limit).execute();
    },
    (row) => row.id,
  );
  for await (const row of ideas) yield `${Object.values(row).join(',')}\r\n`;
}

const rssBefore = process.memoryUsage.rss();
const started = performance.now();
let rows = 0;
let bytes = 0;
let pending = '';
for await (const line of dataset === 'ideas' ? ideaLines() : regionLines()) {
  rows++;
  pending += line;
  if (pending.length < 64 * 1024) continue;
  bytes += Buffer.byteLength(pending);
  if (!out.write(pending)) await once(out, 'drain');
  pending = '';
}
bytes += Buffer.byteLength(pending);
out.end(pending);
await once(out, 'finish');
const seconds = (performance.now() - started) / 1000;
await database.close();
process.stdout.write(
  JSON.stringify({
    dataset,
    rows,
    bytes,
    seconds,
    rssBefore,
    rssPeak: process.resourceUsage().maxRSS * 1024,
  }),
);
