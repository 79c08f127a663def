#!/usr/bin/env node
// `npm run build`: npm package (tsc → dist/npm), CDN files (scripts/cdn-build.mjs → dist/cdn),
// custom-elements.json, then what each kind of page downloads against its budget, the loader's SRI
// hash, and a scan for eval-like code. Over budget or eval found: the build fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { findEvalUse, formatBytes, measure, printTable } from './bundle-report.mjs';
import { ALL_IN_ONE_FILE, CDN_DIR, GRAPH_FILE, LOADER_FILE, measurePages } from './cdn-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const bin = (name) => join(root, 'node_modules', '.bin', name);

function step(title, command, args) {
  console.log(`\n━━ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✗ build failed at: ${title}`);
    process.exit(1);
  }
}

/** Builds the CDN loader, chunks and one-file bundle; exported for the benchmark and `npm start`. */
export function buildBundle() {
  step('CDN (loader, chunks, one-file bundle → dist/cdn)', process.execPath, [
    '--input-type=module',
    '-e',
    "import { buildCdn } from './scripts/cdn-build.mjs'; await buildCdn();",
  ]);
}

function main() {
  rmSync('dist/npm', { recursive: true, force: true });
  step('npm package (tsc -p tsconfig.build.json → dist/npm)', bin('tsc'), ['-p', 'tsconfig.build.json']);
  for (const file of ['dist/npm/index.js', 'dist/npm/index.d.ts']) {
    if (!existsSync(file)) {
      console.error(`✗ ${file} was not produced`);
      process.exit(1);
    }
  }

  buildBundle();
  step('custom-elements.json (cem analyze)', bin('cem'), ['analyze', '--quiet']);

  console.log('\n━━ What a page downloads for the widgets (brotli)');
  const graph = JSON.parse(readFileSync(join(CDN_DIR, GRAPH_FILE), 'utf8'));
  const pages = measurePages(graph);
  printTable([
    ['page', 'files', 'brotli', 'ceiling', 'target (issue 22)', ''],
    ...pages.map(({ page, files, brotli, ceiling, target }) => [
      page,
      files.length,
      formatBytes(brotli),
      formatBytes(ceiling),
      formatBytes(target),
      brotli > ceiling
        ? 'OVER CEILING'
        : brotli <= target
          ? 'target met'
          : `${(brotli / target).toFixed(2)}× target`,
    ]),
  ]);
  const all = measure(readFileSync(join(CDN_DIR, ALL_IN_ONE_FILE)));
  console.log(
    `\nOne-file bundle ${ALL_IN_ONE_FILE}: ${formatBytes(all.raw)} raw, ${formatBytes(all.brotli)} brotli.`,
  );

  console.log(`\nSRI of every file: ${join(CDN_DIR, GRAPH_FILE)} ("integrity"). Include the loader as:`);
  console.log(
    `  <script type="module" src="…/${LOADER_FILE}" integrity="${graph.integrity[LOADER_FILE]}" crossorigin="anonymous"></script>`,
  );
  writeFileSync(join(CDN_DIR, `${LOADER_FILE}.sri`), `${graph.integrity[LOADER_FILE]}\n`);

  const hits = Object.keys(graph.integrity).flatMap((file) =>
    findEvalUse(readFileSync(join(CDN_DIR, file), 'utf8')).map((hit) => ({ ...hit, file })),
  );
  if (hits.length > 0) {
    console.error(`\n✗ The CDN files contain code that strict CSP blocks (no 'unsafe-eval'):`);
    for (const hit of hits)
      console.error(`  ${hit.file}: ${hit.name} at offset ${hit.index}: …${hit.context}…`);
    process.exit(1);
  }
  console.log('CSP scan: no eval(, new Function or Function("…") in any CDN file.');

  const over = pages.filter(({ brotli, ceiling }) => brotli > ceiling);
  if (over.length > 0) {
    console.error(`\n✗ Over the ceiling: ${over.map(({ page }) => page).join('; ')}`);
    process.exit(1);
  }
  console.log('\n✓ build complete');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
