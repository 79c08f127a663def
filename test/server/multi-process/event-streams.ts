import { request } from 'node:http';
import type { ClientRequest } from 'node:http';

/*
 * Many petition count streams (server-sent events) held open at once, the way browsers hold them:
 * each on its own connection through the proxy, reconnecting after the server's `retry:` time when
 * the connection ends (a killed process), as EventSource does. Each stream remembers the last count
 * it was sent and which process serves it (the proxy's X-Civic-Upstream header).
 */

/** EventSource's reconnection delay when the server names none. */
const DEFAULT_RETRY_MS = 3_000;

export interface CountStream {
  /** `127.0.0.1:PORT` of the process serving the stream now; null while reconnecting. */
  upstream: string | null;
  /** The last `signatureCount` received; null before the first event. */
  count: number | null;
  /** Connections that ended and were opened again. */
  reconnects: number;
}

export class CountStreams {
  readonly streams: CountStream[] = [];
  readonly #requests = new Set<ClientRequest>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #url: URL;
  /** Problems other than a connection ending (a non-200 answer, a malformed event). */
  readonly problems: string[] = [];
  #closed = false;

  constructor(url: string) {
    this.#url = new URL(url);
  }

  /** Opens `n` streams and resolves when each has received its first count. */
  async open(n: number, timeoutMs: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const stream: CountStream = { upstream: null, count: null, reconnects: 0 };
      this.streams.push(stream);
      this.#connect(stream);
    }
    await this.waitFor(() => this.streams.every((s) => s.count !== null), timeoutMs, 'every stream opened');
  }

  /** Resolves when `condition` holds (checked every 20 ms); rejects after `timeoutMs`. */
  async waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<number> {
    const start = Date.now();
    while (!condition()) {
      if (Date.now() - start > timeoutMs) {
        throw new Error(`${what}: not within ${timeoutMs} ms (${this.describe()})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return Date.now() - start;
  }

  /** Open streams per process and their counts, for failure messages. */
  describe(): string {
    const by = new Map<string, Map<string, number>>();
    for (const stream of this.streams) {
      const key = stream.upstream ?? 'reconnecting';
      const counts = by.get(key) ?? new Map<string, number>();
      counts.set(String(stream.count), (counts.get(String(stream.count)) ?? 0) + 1);
      by.set(key, counts);
    }
    return [...by]
      .map(([upstream, counts]) => `${upstream}: ${[...counts].map(([c, n]) => `${n}× ${c}`).join(', ')}`)
      .join('; ');
  }

  close(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    for (const req of this.#requests) req.destroy();
  }

  #connect(stream: CountStream): void {
    if (this.#closed) return;
    let retryMs = DEFAULT_RETRY_MS;
    const req = request(this.#url, { agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) {
        this.problems.push(`stream answered ${res.statusCode}`);
        res.resume();
        return;
      }
      // `a, b` when nginx tried `a` (a killed process) before `b` answered.
      const upstream = res.headers['x-civic-upstream'];
      stream.upstream = typeof upstream === 'string' ? upstream.split(', ').at(-1)! : 'unknown';
      let buffer = '';
      res.setEncoding('utf8').on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const retry = /^retry: (\d+)$/m.exec(block);
          if (retry) retryMs = Number(retry[1]);
          const data = /^data: (.*)$/m.exec(block);
          if (!/^event: count$/m.test(block) || !data) continue;
          try {
            stream.count = (JSON.parse(data[1]!) as { signatureCount: number }).signatureCount;
          } catch {
            this.problems.push(`malformed event: ${block}`);
          }
        }
      });
    });
    this.#requests.add(req);
    req.on('error', () => undefined);
    req.on('close', () => {
      this.#requests.delete(req);
      if (this.#closed) return;
      stream.upstream = null;
      stream.reconnects++;
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        this.#connect(stream);
      }, retryMs);
      this.#timers.add(timer);
    });
    req.end();
  }
}
