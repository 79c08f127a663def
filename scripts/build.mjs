#!/usr/bin/env node
// `npm run build`: npm package (tsc → dist/npm), CDN bundle (Vite → dist/cdn), custom-elements.json,
// then a size report, the bundle's SRI hash, and a scan that fails the build on eval-like code.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import {
  BUNDLE_PATH,
  findEvalUse,
  formatBytes,
  measure,
  printTable,
  readBundle,
  sriHash,
} from './bundle-report.mjs';

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

/** Builds the CDN bundle; exported for the benchmark and `npm start`. */
export function buildBundle() {
  step('CDN bundle (vite build → dist/cdn)', bin('vite'), ['build', '--logLevel', 'warn']);
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

  console.log('\n━━ Bundle report');
  const bundle = readBundle();
  const size = measure(bundle);
  printTable([
    ['file', 'raw', 'gzip', 'brotli'],
    [BUNDLE_PATH, formatBytes(size.raw), formatBytes(size.gzip), formatBytes(size.brotli)],
  ]);

  const integrity = sriHash(bundle);
  writeFileSync(`${BUNDLE_PATH}.sri`, `${integrity}\n`);
  console.log(`\nSRI (${BUNDLE_PATH}.sri): ${integrity}`);

  const hits = findEvalUse(bundle.toString('utf8'));
  if (hits.length > 0) {
    console.error(`\n✗ The bundle contains code that strict CSP blocks (no 'unsafe-eval'):`);
    for (const hit of hits) console.error(`  ${hit.name} at offset ${hit.index}: …${hit.context}…`);
    process.exit(1);
  }
  console.log('CSP scan: no eval(, new Function or Function("…") in the bundle.');
  console.log('\n✓ build complete');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
