import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

/*
 * The story test imports test/stories/all-stories.generated.ts because a browser test cannot list
 * a directory. `npm test` regenerates it (scripts/list-stories.mjs); this guards the checked-in copy
 * when the browser tests run on their own.
 */
describe('test/stories/all-stories.generated.ts', () => {
  const generated = readFileSync(new URL('./all-stories.generated.ts', import.meta.url), 'utf8');
  const imported = [...generated.matchAll(/from '\.\.\/\.\.\/stories\/([^']+)\.js'/g)].map(
    (m) => `${m[1]}.ts`,
  );
  const onDisk = readdirSync(new URL('../../stories/', import.meta.url)).filter((f) =>
    f.endsWith('.stories.ts'),
  );

  it('imports every stories/*.stories.ts file and nothing else (run `npm run stories`)', () => {
    assert.deepEqual([...imported].sort(), [...onDisk].sort());
  });

  it('lists at least one story file', () => {
    assert.ok(onDisk.length > 0);
  });
});
