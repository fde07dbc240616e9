import { createServer as createHttpServer } from 'node:http';
import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * Two small loopback proxies for the proxy tests: an HTTP CONNECT proxy and a SOCKS5 proxy
 * (RFC 1928, user/password per RFC 1929). Each maps the host names it knows to 127.0.0.1 and
 * refuses every other destination, so a bot that reaches `telegram.test` did so through it
 * (the name resolves nowhere else). Each records the destinations it opened.
 */
export interface TestProxy {
  url: string;
  /** host:port of every tunnel opened, in order. */
  tunnels: string[];
  close(): Promise<void>;
}

export interface TestProxyOptions {
  /** Host names tunnelled to 127.0.0.1; anything else is refused. */
  hosts: string[];
  /** user:password the client must give. */
  auth?: string;
}

function listen(server: Server, scheme: string, auth?: string): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve(`${scheme}://${auth ? `${auth}@` : ''}127.0.0.1:${port}`);
    }),
  );
}

function closer(server: Server, sockets: Set<Socket>) {
  return () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

export async function startConnectProxy(opts: TestProxyOptions): Promise<TestProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const server = createHttpServer((_req, res) => res.writeHead(405).end('CONNECT only'));
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req, client: Socket) => {
    const expected = opts.auth ? `Basic ${Buffer.from(opts.auth).toString('base64')}` : undefined;
    if (expected && req.headers['proxy-authorization'] !== expected) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
      return;
    }
    const [host = '', port = '443'] = (req.url ?? '').split(/:(?=\d+$)/);
    if (!opts.hosts.includes(host)) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    tunnels.push(`${host}:${port}`);
    const upstream = connect(Number(port), '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const url = await listen(server, 'http', opts.auth);
  return { url, tunnels, close: closer(server, sockets) };
}

export async function startSocks5Proxy(opts: TestProxyOptions): Promise<TestProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    let buffer = Buffer.alloc(0);
    let stage: 'greeting' | 'auth' | 'request' = 'greeting';
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (stage === 'greeting') {
        if (buffer.length < 2 || buffer.length < 2 + (buffer[1] ?? 0)) return;
        const methods = [...buffer.subarray(2, 2 + (buffer[1] ?? 0))];
        buffer = buffer.subarray(2 + (buffer[1] ?? 0));
        const method = opts.auth ? 2 : 0;
        if (!methods.includes(method)) return client.end(Buffer.from([5, 0xff]));
        client.write(Buffer.from([5, method]));
        stage = opts.auth ? 'auth' : 'request';
      }
      if (stage === 'auth') {
        const ulen = buffer[1];
        if (ulen === undefined || buffer.length < 3 + ulen) return;
        const plen = buffer[2 + ulen];
        if (plen === undefined || buffer.length < 3 + ulen + plen) return;
        const given = `${buffer.subarray(2, 2 + ulen)}:${buffer.subarray(3 + ulen, 3 + ulen + plen)}`;
        buffer = buffer.subarray(3 + ulen + plen);
        if (given !== opts.auth) return client.end(Buffer.from([1, 1]));
        client.write(Buffer.from([1, 0]));
        stage = 'request';
      }
      if (stage === 'request') {
        if (buffer.length < 5) return;
        const atyp = buffer[3];
        let host: string;
        let end: number;
        if (atyp === 3) {
          const len = buffer[4] ?? 0;
          end = 5 + len;
          if (buffer.length < end + 2) return;
          host = buffer.subarray(5, end).toString();
        } else if (atyp === 1) {
          end = 8;
          if (buffer.length < end + 2) return;
          host = [...buffer.subarray(4, 8)].join('.');
        } else return client.end(Buffer.from([5, 8, 0, 1, 0, 0, 0, 0, 0, 0]));
        const port = buffer.readUInt16BE(end);
        client.off('data', onData);
        if (!opts.hosts.includes(host)) {
          return client.end(Buffer.from([5, 4, 0, 1, 0, 0, 0, 0, 0, 0]));
        }
        tunnels.push(`${host}:${port}`);
        const upstream = connect(port, '127.0.0.1', () => {
          client.write(Buffer.from([5, 0, 0, 1, 127, 0, 0, 1, 0, 0]));
          const rest = buffer.subarray(end + 2);
          if (rest.length > 0) upstream.write(rest);
          upstream.pipe(client).pipe(upstream);
        });
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      }
    };
    client.on('data', onData);
  });
  const url = await listen(server, 'socks5', opts.auth);
  return { url, tunnels, close: closer(server, sockets) };
}
