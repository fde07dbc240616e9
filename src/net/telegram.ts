import type { ApiClientOptions } from 'grammy';
import { botApiFetch } from './fetch.js';
import { proxyAgent } from './proxy.js';

/** grammY's client options for a Bot API server, through the proxy when there is one. */
export function telegramClient(
  apiRoot: string | undefined,
  proxy: string | undefined,
  extra: Omit<ApiClientOptions, 'apiRoot' | 'baseFetchConfig'> = {},
): ApiClientOptions {
  return {
    // node:http directly, not node-fetch: a fifth of an update's CPU (src/net/fetch.ts).
    fetch: botApiFetch as unknown as typeof fetch,
    ...extra,
    ...(apiRoot ? { apiRoot } : {}),
    // grammY on Node fetches with node-fetch, which takes an http.Agent.
    // (Its RequestInit type is the web one, which has no agent.)
    ...(proxy ? { baseFetchConfig: { agent: proxyAgent(proxy) } as RequestInit } : {}),
  };
}
