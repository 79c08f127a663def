import os from 'node:os';
import { postgresDatabase } from '../../test/server/support/databases.js';
import { loadPetitions } from '../../test/server/e2e/server-process.js';
import { startCluster } from '../../test/server/multi-process/cluster.js';
import {
  benchPetition,
  confirmSignatures,
  countRows,
  createSignatures,
  measured,
  readCount,
  readCounts,
  readTokens,
  settledCount,
} from './server.js';
import type { BenchOptions, PhaseResult } from './server.js';

/*
 * The production setup of docs/server.md under load: server processes on one PostgreSQL behind
 * nginx, measured through the proxy with the same autocannon phases as the single-process bench
 * (create, confirm, count reads), once with one process and once with three, each on a fresh
 * database. The final count must equal the acknowledged confirmations in both.
 */

export const MULTI_OPTIONS: BenchOptions = {
  createSeconds: 10,
  readSeconds: 10,
  writeConnections: 32,
  readConnections: 100,
  maxConfirmations: 25_000,
  rawSeconds: 0,
};

export interface ClusterBenchResult {
  processes: number;
  create: PhaseResult;
  confirm: PhaseResult;
  countReads: PhaseResult;
  initialCount: number;
  finalCount: number;
  acknowledgedConfirmations: number;
  confirmedRows: number;
}

async function benchCluster(adminUrl: string, processes: number, options: BenchOptions) {
  const database = await postgresDatabase(adminUrl);
  try {
    loadPetitions(database.url, [benchPetition()]);
    const cluster = await startCluster(database.url, processes);
    try {
      const origin = cluster.origin;
      const pids = cluster.servers.map((server) => server.child.pid!);
      const initialCount = await readCount(origin);
      const create = await measured(pids, 'create signature (POST …/signatures → 202)', () =>
        createSignatures(origin, options),
      );
      const tokens = await readTokens(database.url, options.maxConfirmations);
      const confirm = await measured(pids, 'confirm signature (POST /signatures/confirm → 200)', () =>
        confirmSignatures(origin, tokens, options),
      );
      const countReads = await measured(pids, 'count read (GET …/count → 200)', () =>
        readCounts(origin, options),
      );
      const finalCount = await settledCount(origin);
      const rows = await countRows(database.url);
      return {
        processes,
        create,
        confirm,
        countReads,
        initialCount,
        finalCount,
        acknowledgedConfirmations: confirm.ok,
        confirmedRows: rows.confirmed,
      } satisfies ClusterBenchResult;
    } finally {
      await cluster.stop();
    }
  } finally {
    await database.drop();
  }
}

/** One process, then three, behind nginx on PostgreSQL at `adminUrl` (a fresh database each). */
export async function benchMultiProcess(
  adminUrl: string,
  options: BenchOptions = MULTI_OPTIONS,
): Promise<{ environment: string; runs: ClusterBenchResult[] }> {
  const loadAtStart = os.loadavg()[0]!;
  const runs = [];
  for (const processes of [1, 3]) runs.push(await benchCluster(adminUrl, processes, options));
  return {
    environment:
      `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
      `PostgreSQL and nginx on the same machine, load average ${loadAtStart.toFixed(1)} before the run`,
    runs,
  };
}
