import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny round-robin reverse proxy for webhook POSTs (load runs and tests), on 127.0.0.1.
 *
 * Each request goes to the next backend that is up. A refused connection means the backend is
 * gone: it is marked down for `downMs` and the same request is tried on the next backend (it
 * never reached the first one, so this is safe). Any other failure (the backend died while
 * handling the request, a reset) is answered 502, so the sender retries the update later —
 * exactly what Telegram does; the bot's per-user record of applied update ids makes that safe.
 */
export interface Backend {
  url: string;
  /** requests answered by this backend */
  served: number;
  /** connection failures seen */
  failures: number;
  downUntil: number;
}

export interface Balancer {
  url: string;
  backends: Backend[];
  /** 502s answered because no backend could take a request */
  rejected: number;
  close(): Promise<void>;
}

export async function startBalancer(
  targets: string[],
  opts: { path?: string; downMs?: number } = {},
): Promise<Balancer> {
  const backends: Backend[] = targets.map((url) => ({ url, served: 0, failures: 0, downUntil: 0 }));
  const downMs = opts.downMs ?? 2000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const state = { rejected: 0 };

  const pick = (tried: Set<Backend>): Backend | undefined => {
    const now = Date.now();
    for (let i = 0; i < backends.length; i++) {
      const b = backends[(next + i) % backends.length]!;
      if (!tried.has(b) && b.downUntil <= now) {
        next = (backends.indexOf(b) + 1) % backends.length;
        return b;
      }
    }
    // every backend is marked down: try one that was not tried yet anyway
    return backends.find((b) => !tried.has(b));
  };

  const forward = (b: Backend, req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
      (resolve, reject) => {
        const target = new URL(req.url ?? '/', b.url);
        const headers = { ...req.headers, host: target.host, 'content-length': body.length };
        const out = http.request(
          {
            host: target.hostname,
            port: target.port,
            path: `${target.pathname}${target.search}`,
            method: req.method,
            headers,
            agent,
            timeout: 120_000,
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 502,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            );
            res.on('error', reject);
          },
        );
        out.on('timeout', () => out.destroy(new Error('backend timeout')));
        // reused: a kept-alive socket the backend had just closed (idle timeout) — retryable
        out.on('error', (e) => reject(Object.assign(e, { reused: out.reusedSocket })));
        out.end(body);
      },
    );

  const server = http.createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const tried = new Set<Backend>();
    let resetRetried = false;
    for (;;) {
      const b = pick(tried);
      if (!b) break;
      tried.add(b);
      try {
        const answer = await forward(b, req, body);
        b.served++;
        b.downUntil = 0;
        const headers: Record<string, string> = {};
        const type = answer.headers['content-type'];
        if (typeof type === 'string') headers['content-type'] = type;
        res.writeHead(answer.status, headers).end(answer.body);
        return;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ECONNRESET' && (error as { reused?: boolean }).reused && !resetRetried) {
          resetRetried = true;
          tried.delete(b);
          continue;
        }
        b.failures++;
        b.downUntil = Date.now() + downMs;
        if (code === 'ECONNREFUSED') continue; // never reached the backend: try the next one
        break; // reached it and lost the answer: let the sender retry
      }
    }
    state.rejected++;
    res.writeHead(502).end('no backend answered');
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${opts.path ?? ''}`,
    backends,
    get rejected() {
      return state.rejected;
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      agent.destroy();
    },
  };
}
