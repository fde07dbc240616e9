import type { ApiClientOptions } from 'grammy';
import { proxyAgent } from './proxy.js';

/** grammY's client options for a Bot API server, through the proxy when there is one. */
export function telegramClient(
  apiRoot: string | undefined,
  proxy: string | undefined,
  extra: Omit<ApiClientOptions, 'apiRoot' | 'baseFetchConfig'> = {},
): ApiClientOptions {
  return {
    ...extra,
    ...(apiRoot ? { apiRoot } : {}),
    // grammY on Node fetches with node-fetch, which takes an http.Agent.
    // (Its RequestInit type is the web one, which has no agent.)
    ...(proxy ? { baseFetchConfig: { agent: proxyAgent(proxy) } as RequestInit } : {}),
  };
}
