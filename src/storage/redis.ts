/** Redis through @keyv/redis; loaded only when STORAGE_URL names it. */
import KeyvRedis, { createClient } from '@keyv/redis';
import type { KeyvStoreAdapter } from 'keyv';
import { type Opened, rawThrough, withTimeout } from './opened.js';

/** A Redis glob matching `text` literally. */
const globLiteral = (text: string) => text.replace(/[*?[\]\\]/g, '\\$&');

export async function openRedis(
  url: string,
  timeoutMs: number,
  namespace: string,
  onBackgroundError: (err: unknown) => void,
): Promise<Opened> {
  let connected = false;
  const client = createClient({
    url,
    // While the connection is down, fail commands at once (the bot tells the user) instead
    // of queueing them until Redis returns.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: timeoutMs,
      // Fail fast at start-up; once connected, reconnect with a capped backoff.
      reconnectStrategy: (retries: number, cause: Error) =>
        connected ? Math.min(100 * 2 ** retries, 3000) : cause,
    },
  });
  client.on('error', onBackgroundError);
  try {
    await withTimeout(client.connect(), timeoutMs + 500, '连接 Redis');
    connected = true;
  } catch (error) {
    await destroyRedis(client);
    throw error;
  }
  const adapter = new KeyvRedis(client, { throwOnErrors: true, throwOnConnectError: true });
  adapter.on('error', onBackgroundError);
  return {
    adapter: adapter as unknown as KeyvStoreAdapter,
    useKeyPrefix: false, // the adapter prefixes `namespace::` itself
    ...rawThrough(adapter),
    deletePrefix: async (prefix) => {
      const match = `${globLiteral(`${namespace}${adapter.keyPrefixSeparator}${prefix}`)}*`;
      let deleted = 0;
      for await (const keys of client.scanIterator({ MATCH: match, COUNT: 500 })) {
        if (keys.length > 0) deleted += await client.del(keys);
      }
      return deleted;
    },
    purge: async () => {},
    release: () => destroyRedis(client),
  };
}

async function destroyRedis(client: { isOpen: boolean; destroy(): void }) {
  try {
    if (client.isOpen) client.destroy();
  } catch {
    // already gone
  }
}
