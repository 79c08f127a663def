import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

/*
 * nginx from the Debian package as the reverse proxy in front of several reference-server
 * processes: its configuration generated into a temporary prefix, run as the current user
 * (`-p`, `-c`, no root needed), stopped with its workers. The configuration is the one
 * docs/server.md recommends, plus a header naming the process that answered (for the tests).
 */

const START_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;

/** The nginx binary: CIVIC_NGINX, else Debian's /usr/sbin/nginx, else `nginx` on the PATH. */
export function nginxBinary(): string {
  const configured = process.env.CIVIC_NGINX;
  if (configured) return configured;
  return ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path)) ?? 'nginx';
}

/** A port nothing listens on right now (the kernel's pick, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ProxyConfigOptions {
  /** Where nginx keeps its pid, logs and temporary files. */
  prefix: string;
  port: number;
  /** `127.0.0.1:PORT` of each server process. */
  upstreams: readonly string[];
}

/** nginx.conf for a proxy at 127.0.0.1:`port` balancing over `upstreams`. */
export function proxyConfig({ prefix, port, upstreams }: ProxyConfigOptions): string {
  const servers = upstreams.map((address) => `    server ${address} max_fails=3 fail_timeout=10s;`);
  // Run as root (CI), the master would otherwise hand its workers to `nobody`, who cannot use the prefix.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;
worker_processes 1;
worker_rlimit_nofile 16384;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 8192; }
http {
  access_log off;
  client_body_temp_path ${join(prefix, 'body')};
  proxy_temp_path ${join(prefix, 'proxy')};
  fastcgi_temp_path ${join(prefix, 'fastcgi')};
  uwsgi_temp_path ${join(prefix, 'uwsgi')};
  scgi_temp_path ${join(prefix, 'scgi')};
  upstream civic {
${servers.join('\n')}
    keepalive 64;
    # Below the servers' --keep-alive-timeout (5 s): nginx must not reuse a connection a server is closing.
    keepalive_timeout 4s;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://civic;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_connect_timeout 2s;
      # A process that refuses or drops the connection: try the next one. nginx never resends a POST
      # it has already sent (no non_idempotent); the client retries it with its Idempotency-Key.
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 10s;
      add_header X-Civic-Upstream $upstream_addr always;
    }
  }
}
`;
}

/** A running nginx. */
export interface ReverseProxy {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly child: ChildProcess;
  /** nginx's error log, for failure messages. */
  errors(): string;
  /** Fast shutdown (SIGTERM: the master stops its workers), waiting for the exit. */
  stop(): Promise<void>;
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts nginx on `port` in front of `upstreams`; its files live in a temporary directory removed on stop. */
export async function startReverseProxy(port: number, upstreams: readonly string[]): Promise<ReverseProxy> {
  const prefix = mkdtempSync(join(tmpdir(), 'civic-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, proxyConfig({ prefix, port, upstreams }));
  const errorLog = join(prefix, 'error.log');
  const child = spawn(nginxBinary(), ['-p', prefix, '-c', conf, '-e', errorLog], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const errors = () => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
  const spawnFailed = new Promise<Error>((resolve) => child.once('error', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const failure = await Promise.race([
      spawnFailed,
      new Promise<null>((r) => setTimeout(() => r(null), 50)),
    ]);
    if (failure) {
      await stop();
      throw new Error(`nginx could not be started (${nginxBinary()}): ${failure.message}`);
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      const log = errors();
      await stop();
      throw new Error(`nginx exited before listening:\n${log}`);
    }
    if (await acceptsConnections(port)) break;
    if (Date.now() > deadline) {
      const log = errors();
      await stop();
      throw new Error(`nginx did not listen on ${port} within ${START_TIMEOUT_MS} ms:\n${log}`);
    }
  }
  return { origin: `http://127.0.0.1:${port}`, child, errors, stop };
}
