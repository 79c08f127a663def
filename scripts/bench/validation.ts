import * as v from 'valibot';
import { createClient } from '../../src/client/index.js';
import { PetitionPageSchema } from '../../src/protocol/index.js';
import { petitionPage } from '../../test/mocks/fixtures/petitions.js';

/** One benchmark row: what ran, how often, and the measured rate. */
export interface BenchResult {
  name: string;
  iterations: number;
  totalMs: number;
  opsPerSecond: number;
  meanMs: number;
}

async function measure(name: string, iterations: number, run: () => unknown): Promise<BenchResult> {
  for (let i = 0; i < Math.min(50, iterations); i++) await run(); // warm-up: JIT and caches
  const start = performance.now();
  for (let i = 0; i < iterations; i++) await run();
  const totalMs = performance.now() - start;
  return {
    name,
    iterations,
    totalMs,
    opsPerSecond: (iterations * 1000) / totalMs,
    meanMs: totalMs / iterations,
  };
}

/**
 * Response validation as widgets pay for it: a page of 100 petitions checked by the protocol
 * schema alone, then through the client (fetch → JSON parse → validation) with an in-memory fetch.
 */
export async function benchValidation(iterations = 1000, pageSize = 100): Promise<BenchResult[]> {
  const page = petitionPage(pageSize);
  const json = JSON.stringify(page);
  const client = createClient({
    baseUrl: 'https://bench.test/api/v1',
    retries: 0,
    fetch: async () => new Response(json, { status: 200, headers: { 'Content-Type': 'application/json' } }),
  });
  const results = [
    await measure(
      `JSON.parse, ${pageSize} petitions (${(json.length / 1024).toFixed(1)} KiB)`,
      iterations,
      () => JSON.parse(json),
    ),
    await measure(`valibot parse, ${pageSize} petitions`, iterations, () =>
      v.parse(PetitionPageSchema, JSON.parse(json)),
    ),
    await measure(`client.call('listPetitions'), ${pageSize} petitions`, iterations, () =>
      client.call('listPetitions', { query: { limit: pageSize } }),
    ),
  ];
  const checked = await client.call('listPetitions', { query: { limit: pageSize } });
  if (checked.items.length !== pageSize)
    throw new Error('the client returned a different page than it was given');
  return results;
}
