import process from 'node:process';
import { startServerProcess } from '../e2e/server-process.js';
import type { ServerProcess } from '../e2e/server-process.js';
import { freePort, startReverseProxy } from './nginx.js';
import type { ReverseProxy } from './nginx.js';

/*
 * Several reference-server processes on one database behind nginx, as docs/server.md's
 * "Production: several processes" sets them up. Every process started here is stopped by `stop()`,
 * and killed when this process exits without calling it (a failed test, an interrupt).
 */

export interface Cluster {
  /** The proxy's origin: what citizens' browsers reach. */
  readonly origin: string;
  readonly proxy: ReverseProxy;
  readonly servers: readonly ServerProcess[];
  /** SIGKILLs server `index` (nginx keeps it in its list and must route around it). */
  kill(index: number): Promise<void>;
  /** The processes not killed. */
  survivors(): ServerProcess[];
  /** Stops nginx and every process still running. */
  stop(): Promise<void>;
}

/** Processes to end when this one exits, each with its signal (nginx's master stops its workers on SIGTERM). */
const running = new Map<{ kill(signal: NodeJS.Signals): void }, NodeJS.Signals>();
let exitHookInstalled = false;

/** Kills whatever a cluster left running when this process ends. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const endAll = () => {
    for (const [child, signal] of running) child.kill(signal);
  };
  process.once('exit', endAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      endAll();
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    });
  }
}

/** Starts `size` processes on `dbUrl` (already migrated and loaded) and nginx in front of them. */
export async function startCluster(dbUrl: string, size: number, extraArgs: string[] = []): Promise<Cluster> {
  installExitHook();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    '--port',
    '0',
    '--db',
    dbUrl,
    '--demo',
    '--rate-limit',
    'off',
    // Addresses come from nginx's X-Forwarded-For; only the proxy on this machine is trusted.
    '--trust-proxy',
    '127.0.0.1',
    // Links in emails point at the proxy, not at one process.
    '--public-url',
    origin,
    ...extraArgs,
  ];
  // One after another: on a busy machine, three compiling at once can each miss the start timeout.
  const servers: ServerProcess[] = [];
  try {
    for (let i = 0; i < size; i++) {
      const server = await startServerProcess(args);
      running.set(server.child, 'SIGKILL');
      servers.push(server);
    }
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  }
  let proxy: ReverseProxy;
  try {
    proxy = await startReverseProxy(
      port,
      servers.map((server) => `127.0.0.1:${server.port}`),
    );
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  }
  running.set(proxy.child, 'SIGTERM');
  const killed = new Set<number>();
  return {
    origin,
    proxy,
    servers,
    async kill(index) {
      killed.add(index);
      await servers[index]!.kill();
      running.delete(servers[index]!.child);
    },
    survivors: () => servers.filter((_, index) => !killed.has(index)),
    async stop() {
      await proxy.stop();
      running.delete(proxy.child);
      await Promise.all(servers.map((server) => server.stop()));
      for (const server of servers) running.delete(server.child);
    },
  };
}
