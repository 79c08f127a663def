// Size, integrity and CSP checks on the built CDN bundle, shared by the build and the benchmark.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export const BUNDLE_PATH = 'dist/cdn/civic-widgets.js';

/** Raw, gzip (level 9) and brotli (quality 11) sizes in bytes. */
export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

/** Subresource Integrity value for a `<script integrity="…">`. */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

// Code that strict CSP (no 'unsafe-eval') blocks. Property accesses like `x.eval(` are not calls to eval.
const FORBIDDEN = [
  { name: 'eval(', pattern: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', pattern: /\bnew\s+Function\s*\(/g },
  { name: 'Function(…) constructor call', pattern: /(?<![\w$.])(?<!new\s+)Function\s*\(\s*["'`]/g },
];

/** Every use of eval-like code in `source`, with a little context for the error message. */
export function findEvalUse(source) {
  const hits = [];
  for (const { name, pattern } of FORBIDDEN) {
    for (const match of source.matchAll(pattern)) {
      const start = Math.max(0, match.index - 40);
      hits.push({ name, index: match.index, context: source.slice(start, match.index + 40) });
    }
  }
  return hits;
}

export function formatBytes(n) {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(2)} KiB`;
}

/** Prints a fixed-width table; the first row is the header. */
export function printTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
      .join('  ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

export function readBundle(path = BUNDLE_PATH) {
  return readFileSync(path);
}
