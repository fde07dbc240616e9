/**
 * What each backend file (sqlite.ts, redis.ts, postgres.ts) hands back to store.ts: a keyv
 * adapter plus the raw access keyv does not offer. A backend file is imported only when
 * STORAGE_URL names it, so the clients of the other stores are never loaded.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { KeyvStoreAdapter } from 'keyv';
import { StorageError } from './errors.js';

/** What keyv does not offer: the backend's own text, prefix deletes, scrubbing. */
export interface RawAccess {
  /** Keys here are the backend's (adapterKey applied). */
  getRaw(key: string): Promise<string | undefined>;
  setRaw(key: string, text: string): Promise<void>;
  deletePrefix(prefix: string): Promise<number>;
  purge(): Promise<void>;
}

export interface Opened extends RawAccess {
  adapter: KeyvStoreAdapter;
  useKeyPrefix: boolean;
  /** Releases what the adapter holds; must not throw. */
  release: () => Promise<void>;
  /**
   * SQLite: a write (text, or undefined to delete) that joins the next commit another write
   * starts, or is committed within `withinMs`. Resolves once committed.
   */
  writeSoon?: (key: string, text: string | undefined, withinMs: number) => Promise<void>;
  /** SQLite: commits made and writes they held (group commit), for tests and the bench. */
  commitStats?: () => { batches: number; writes: number };
}

/** get/set of the adapter's stored text: keyv serialises before it calls the adapter. */
export function rawThrough(adapter: {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<unknown>;
}): Pick<RawAccess, 'getRaw' | 'setRaw'> {
  return {
    getRaw: async (key) => {
      const value = await adapter.get(key);
      return value === undefined || value === null ? undefined : String(value);
    },
    setRaw: async (key, text) => {
      await adapter.set(key, text);
    },
  };
}

/** `promise`, or a timeout StorageError after `ms`; the timer is cancelled either way. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  const cancel = new AbortController();
  const timeout = sleep(ms, undefined, { signal: cancel.signal }).then(
    () => Promise.reject(new StorageError(`${what}：${ms / 1000} 秒内无响应（超时）`, 'timeout')),
    () => new Promise<never>(() => {}), // cancelled: the race is already decided
  );
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    cancel.abort();
  }
}
