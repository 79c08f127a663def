import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EXPORT_DATASETS } from '#protocol';
import type { ExportDatasetId } from '#protocol';
import type { DataPackage } from '../../../server/src/open-data/datapackage.js';
import { servedDatasets } from '../../../server/src/open-data/registry.js';
import { startServer } from '../../../server/src/server.js';
import type { RunningServer } from '../../../server/src/server.js';
import { testConfig } from '../support/app.js';
import { validateDataPackage } from '../support/frictionless.js';
import { describeEachDatabase } from '../support/suite.js';

/** The first line of a CSV body, without its CRLF. */
function headerOf(csv: string): string {
  return csv.slice(0, csv.indexOf('\r\n'));
}

describeEachDatabase('GET /exports/datapackage.json on the demo data', (db) => {
  let server: RunningServer;
  let descriptor: DataPackage;
  let response: Response;

  before(async () => {
    // The public URL follows the listening address, so the resources' paths can be fetched.
    server = await startServer(
      testConfig(db().url, { seedDemo: true, publicUrlExplicit: false, host: '127.0.0.1', port: 0 }),
      { backgroundJobs: false },
    );
    response = await fetch(`${server.apiUrl}/exports/datapackage.json`);
    descriptor = (await response.clone().json()) as DataPackage;
  });

  after(async () => {
    await server?.close();
  });

  it('answers JSON, public and cacheable like the exports, with when it was built', async () => {
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
    assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=\d+$/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const lastModified = Date.parse(response.headers.get('last-modified') ?? '');
    assert.equal(lastModified, Date.parse(descriptor.created));
  });

  it('validates with the Frictionless validator and lists exactly the datasets served', async () => {
    const { errors } = await validateDataPackage(descriptor);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      descriptor.resources.map((resource) => resource.name),
      servedDatasets(),
    );
    assert.equal(descriptor.id, `${server.apiUrl}/exports/datapackage.json`);
    assert.equal(descriptor.licenses[0].name, 'CC-BY-4.0');
  });

  it("points every resource at its CSV, whose header row is the resource's fields", async () => {
    for (const resource of descriptor.resources) {
      assert.equal(resource.path, `${server.apiUrl}/exports/${resource.name}.csv`);
      const csv = await fetch(resource.path);
      assert.equal(csv.status, 200, resource.path);
      assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
      assert.equal(
        headerOf(await csv.text()),
        resource.schema.fields.map((field) => field.name).join(','),
        resource.name,
      );
      assert.deepEqual(
        resource.schema.fields.map((field) => field.name),
        EXPORT_DATASETS[resource.name as ExportDatasetId].columns.map((column) => column.name),
      );
    }
  });

  it("has every served CSV's rows cast to their fields' types and constraints by the validator", async () => {
    const { pkg } = await validateDataPackage(descriptor);
    let rows = 0;
    for (const resource of pkg.resources) {
      // Throws on the first cell that does not cast to its field's type or breaks a constraint.
      const read = await resource.read({ cast: true });
      const { fields } = resource.descriptor.schema as { fields: { name: string }[] };
      assert.deepEqual(
        resource.headers,
        fields.map((field) => field.name),
        resource.name,
      );
      rows += read.length;
    }
    // The demo data has rows in every dataset but history; a package of empty files proves little.
    assert.ok(rows > 100, `${rows} rows read`);
  });

  it('refuses a query with a problem', async () => {
    const refused = await fetch(`${server.apiUrl}/exports/datapackage.json?format=ckan`);
    assert.equal(refused.status, 400);
    assert.match(refused.headers.get('content-type') ?? '', /^application\/problem\+json/);
  });
});

describe('the data package of a server with a configured licence', () => {
  let server: RunningServer;
  let drop: () => Promise<void>;

  before(async () => {
    const { sqliteDatabase } = await import('../support/databases.js');
    const database = sqliteDatabase();
    drop = database.drop;
    server = await startServer(
      testConfig(database.url, {
        dataLicence: { name: 'OGL-UK-3.0', path: 'https://ogl.example/3', title: 'OGL 3' },
        publicUrl: 'https://petitions.city.example',
      }),
      { backgroundJobs: false },
    );
  });

  after(async () => {
    await server?.close();
    await drop?.();
  });

  it('carries that licence, and paths under the public URL', async () => {
    const descriptor = (await (
      await fetch(`${server.apiUrl}/exports/datapackage.json`)
    ).json()) as DataPackage;
    assert.deepEqual(descriptor.licenses, [
      { name: 'OGL-UK-3.0', path: 'https://ogl.example/3', title: 'OGL 3' },
    ]);
    assert.ok(
      descriptor.resources.every((resource) =>
        resource.path.startsWith('https://petitions.city.example/api/v1/exports/'),
      ),
    );
  });
});
