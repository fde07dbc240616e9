import type { Agent as HttpAgent } from 'node:http';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { SocksProxyAgent } from 'socks-proxy-agent';
import type { Dispatcher, fetch as undiciFetch } from 'undici';

/**
 * Proxies for outgoing traffic (issue 25): in mainland China the Bot API needs one while the
 * model providers are reached directly, so each destination has its own setting. The tunnels are
 * the well-kept libraries' — https-proxy-agent / socks-proxy-agent for grammY (node-fetch takes
 * an http.Agent), undici's ProxyAgent / fetch-socks for everything that speaks fetch (the openai
 * SDK, Telegram file downloads) — never hand-written.
 */

/** The schemes a proxy URL may have. socks5h is socks5 with names resolved by the proxy. */
export const PROXY_SCHEMES = ['http:', 'https:', 'socks5:', 'socks5h:', 'socks:'] as const;

export function isProxyUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (PROXY_SCHEMES as readonly string[]).includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

const isSocks = (url: URL) => url.protocol.startsWith('socks');

/** The proxy as it may be logged: scheme, host and port, never the user name or password. */
export function proxyLabel(proxy: string): string {
  try {
    const url = new URL(proxy);
    return `${url.protocol}//${url.host}`;
  } catch {
    return '(无效的代理地址)';
  }
}

/** An http.Agent for node-fetch (grammY's Bot API client on Node). */
export function proxyAgent(proxy: string): HttpAgent {
  const url = new URL(proxy);
  if (isSocks(url)) {
    // socks5h: the proxy resolves api.telegram.org, where a local resolver may answer wrongly.
    url.protocol = 'socks5h:';
    return new SocksProxyAgent(url);
  }
  return new HttpsProxyAgent(url);
}

/**
 * An undici dispatcher sending every request through the proxy. undici (1.1 MB of code) and
 * fetch-socks are imported here, on the first proxied request, not at start-up: most
 * deployments have no proxy, and compiling them cost every start ~60 ms (issue 26).
 */
async function proxyDispatcher(proxy: string): Promise<Dispatcher> {
  const url = new URL(proxy);
  if (isSocks(url)) {
    const { socksDispatcher } = await import('fetch-socks');
    return socksDispatcher({
      type: 5,
      host: url.hostname,
      port: Number(url.port || 1080),
      ...(url.username ? { userId: decodeURIComponent(url.username) } : {}),
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    });
  }
  const { ProxyAgent } = await import('undici');
  return new ProxyAgent(proxy);
}

/**
 * A fetch that goes through the proxy, or the global fetch without one. undici's own fetch is
 * used with its dispatcher: Node's built-in fetch bundles another undici version, whose
 * dispatcher interface need not match the package's.
 */
export function proxiedFetch(proxy: string | undefined): typeof fetch {
  if (!proxy) return fetch;
  let ready: Promise<[Dispatcher, typeof undiciFetch]> | undefined;
  type UndiciInit = NonNullable<Parameters<typeof undiciFetch>[1]>;
  const proxied = async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    let body = init?.body as UndiciInit['body'];
    let headers = init?.headers as UndiciInit['headers'];
    // undici's fetch knows only its own FormData class, and would send Node's (the openai SDK's
    // uploads: voice notes) as the text "[object FormData]": it is encoded here, boundary and all.
    if (init?.body instanceof FormData) {
      const encoded = new Response(init.body);
      const merged = new Headers(init.headers);
      merged.set('content-type', encoded.headers.get('content-type') ?? 'multipart/form-data');
      headers = Object.fromEntries(merged);
      body = Buffer.from(await encoded.arrayBuffer());
    }
    ready ??= Promise.all([proxyDispatcher(proxy), import('undici').then((m) => m.fetch)]);
    const [dispatcher, send] = await ready;
    return send(input as Parameters<typeof undiciFetch>[0], {
      ...(init as UndiciInit),
      body,
      headers,
      dispatcher,
    });
  };
  // The openai SDK tests uploads with `new fetch.Response(formData)`: Node's, encoded above.
  return Object.assign(proxied, { Response }) as unknown as typeof fetch;
}
