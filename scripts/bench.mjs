#!/usr/bin/env node
// `npm run bench`: builds the CDN bundle and reports its size, then times response validation
// (the work every widget does on every answer). Numbers only, no pass/fail on timing.
import os from 'node:os';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { buildBundle } from './build.mjs';
import { BUNDLE_PATH, formatBytes, measure, printTable, readBundle } from './bundle-report.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const iterations = Number(process.env.BENCH_ITERATIONS ?? 1000);

buildBundle();
console.log('\n━━ Bundle size');
const size = measure(readBundle());
printTable([
  ['file', 'raw', 'gzip', 'brotli'],
  [BUNDLE_PATH, formatBytes(size.raw), formatBytes(size.gzip), formatBytes(size.brotli)],
]);

console.log(
  `\n━━ Response validation (${iterations} iterations each, Node ${process.version}, ${os.cpus()[0]?.model ?? 'CPU'})`,
);
const { benchValidation } = await tsImport('./bench/validation.ts', import.meta.url);
const results = await benchValidation(iterations, 100);
printTable([
  ['operation', 'ops/s', 'mean', 'total'],
  ...results.map((r) => [
    r.name,
    r.opsPerSecond.toFixed(0),
    `${r.meanMs.toFixed(3)} ms`,
    `${r.totalMs.toFixed(0)} ms`,
  ]),
]);
