/**
 * A per-chat lock for several bot instances sharing one store, chosen by the same STORAGE_URL:
 *
 * - SQLite (one process by design): an in-process queue per key.
 * - Redis: `SET zongjie:lock:<key> <token> NX PX <ttl>`, retried with a small backoff until
 *   waitMs; released by a Lua compare-and-delete so an instance never frees a lock it lost.
 * - PostgreSQL: a lock table with an expiry (see PostgresBackend for why not advisory locks).
 *
 * Locks have a ttl so that a killed instance's lock frees by itself; a live holder renews its lock
 * every ttl/3 while fn runs, so a slow step is never taken over. Within one process, callers of
 * the same key first queue locally, so only one of them at a time polls the shared store.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { createClient } from '@keyv/redis';
import type { Pool } from 'pg';
import { describeFailure, PROBE_TIMEOUT_MS, parseStorageUrl, StorageError } from './store.js';

export interface LockOptions {
  /** How long the lock outlives a holder that stopped renewing it (default 15 s). */
  ttlMs?: number;
  /** How long to wait for the lock before LockTimeoutError (default 30 s). */
  waitMs?: number;
}

export interface Locker {
  readonly kind: 'memory' | 'redis' | 'postgres';
  /** Runs fn while holding the lock for key; the lock is released when fn settles. */
  withLock<T>(key: string, fn: () => Promise<T>, opts?: LockOptions): Promise<T>;
  /** Releases connections. Locks still held are left to expire. */
  close(): Promise<void>;
}

export interface LockerOptions {
  /** Told (one line, redacted) about background trouble: lost connection, a lock lost to expiry. */
  onError?: (message: string) => void;
  defaultTtlMs?: number;
  defaultWaitMs?: number;
  /** Prefix of lock names in Redis and of keys in the PostgreSQL table (default `zongjie:lock:`). */
  prefix?: string;
}

export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  constructor(
    readonly key: string,
    readonly waitMs: number,
  ) {
    super(`等待锁 ${key} 超过 ${waitMs} 毫秒`);
  }
}

export const DEFAULT_TTL_MS = 15_000;
export const DEFAULT_WAIT_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// In-process queue

type Release = () => void;

/** A FIFO mutex per key with a bounded wait. */
class LocalQueue {
  private readonly held = new Map<string, Array<() => void>>();

  acquire(key: string, waitMs: number): Promise<Release> {
    const release = () => {
      const queue = this.held.get(key);
      const next = queue?.shift();
      if (next) next();
      else this.held.delete(key);
    };
    const queue = this.held.get(key);
    if (!queue) {
      this.held.set(key, []);
      return Promise.resolve(release);
    }
    return new Promise<Release>((resolve, reject) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve(release);
      };
      const timer = setTimeout(() => {
        const i = queue.indexOf(waiter);
        if (i >= 0) queue.splice(i, 1);
        reject(new LockTimeoutError(key, waitMs));
      }, waitMs);
      queue.push(waiter);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Shared-store backends

interface Backend {
  /** True when the lock was taken for token. */
  tryAcquire(name: string, token: string, ttlMs: number): Promise<boolean>;
  /** True when the lock is still ours and was extended. */
  renew(name: string, token: string, ttlMs: number): Promise<boolean>;
  release(name: string, token: string): Promise<void>;
  close(): Promise<void>;
}

const RELEASE_SCRIPT = `if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
else
  return 0
end`;

const RENEW_SCRIPT = `if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2])
else
  return 0
end`;

class RedisBackend implements Backend {
  private readonly client: ReturnType<typeof createClient>;
  private connecting: Promise<unknown> | undefined;
  private everConnected = false;

  constructor(connect: typeof createClient, url: string, onError: (err: unknown) => void) {
    this.client = connect({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: PROBE_TIMEOUT_MS,
        // Until the first connection succeeds, fail the attempt (withLock rejects); after it,
        // reconnect with a capped backoff.
        reconnectStrategy: (retries: number, cause: Error) =>
          this.everConnected ? Math.min(100 * 2 ** retries, 3000) : cause,
      },
    });
    this.client.on('error', onError);
  }

  private async ready() {
    if (this.client.isReady) return this.client;
    if (!this.client.isOpen) {
      this.connecting ??= this.client.connect().then(
        () => {
          this.everConnected = true;
        },
        (error: unknown) => {
          this.connecting = undefined;
          throw error;
        },
      );
    }
    await this.connecting;
    return this.client;
  }

  async tryAcquire(name: string, token: string, ttlMs: number) {
    const client = await this.ready();
    const reply = await client.set(name, token, {
      condition: 'NX',
      expiration: { type: 'PX', value: ttlMs },
    });
    return reply === 'OK';
  }

  async renew(name: string, token: string, ttlMs: number) {
    const client = await this.ready();
    const reply = await client.eval(RENEW_SCRIPT, {
      keys: [name],
      arguments: [token, String(ttlMs)],
    });
    return Number(reply) === 1;
  }

  async release(name: string, token: string) {
    const client = await this.ready();
    await client.eval(RELEASE_SCRIPT, { keys: [name], arguments: [token] });
  }

  async close() {
    if (this.client.isOpen) this.client.destroy();
  }
}

/**
 * PostgreSQL: a lock table with an expiry rather than pg_advisory_lock. An advisory lock belongs
 * to a session, so it would pin one pooled connection per held chat lock for the whole step (a
 * busy bot exhausts the pool), it never expires while a hung instance keeps its connection open,
 * and a dead machine's lock frees only when the server notices the dropped TCP connection. The
 * table gives the same semantics as Redis (ttl, renewal, compare-and-delete), uses the server's
 * clock for every instance, and holds no connection between statements.
 */
class PostgresBackend implements Backend {
  private readonly pool: Pool;
  private ensured: Promise<void> | undefined;

  constructor(PoolClass: typeof Pool, url: string, onError: (err: unknown) => void) {
    this.pool = new PoolClass({
      connectionString: url,
      max: 4,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: PROBE_TIMEOUT_MS,
      application_name: 'zongjie-lock',
    });
    this.pool.on('error', onError);
  }

  private ensureTable() {
    this.ensured ??= this.pool
      .query(
        `CREATE TABLE IF NOT EXISTS zongjie_locks (
           key text PRIMARY KEY,
           owner text NOT NULL,
           expires_at timestamptz NOT NULL
         )`,
      )
      .then(
        () => {},
        (error: { code?: string }) => {
          // Two instances creating the table at once: the loser sees one of these; fine.
          if (error?.code === '23505' || error?.code === '42P07') return;
          this.ensured = undefined;
          throw error;
        },
      );
    return this.ensured;
  }

  async tryAcquire(name: string, token: string, ttlMs: number) {
    await this.ensureTable();
    const result = await this.pool.query(
      `INSERT INTO zongjie_locks (key, owner, expires_at)
       VALUES ($1, $2, clock_timestamp() + $3 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
       WHERE zongjie_locks.expires_at < clock_timestamp()
       RETURNING owner`,
      [name, token, ttlMs],
    );
    return result.rowCount === 1;
  }

  async renew(name: string, token: string, ttlMs: number) {
    const result = await this.pool.query(
      `UPDATE zongjie_locks SET expires_at = clock_timestamp() + $3 * interval '1 millisecond'
       WHERE key = $1 AND owner = $2`,
      [name, token, ttlMs],
    );
    return result.rowCount === 1;
  }

  async release(name: string, token: string) {
    await this.pool.query('DELETE FROM zongjie_locks WHERE key = $1 AND owner = $2', [name, token]);
  }

  async close() {
    await this.pool.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Locker

export function createLocker(url: string | undefined, opts: LockerOptions = {}): Locker {
  const target = parseStorageUrl(url);
  const defaultTtl = opts.defaultTtlMs ?? DEFAULT_TTL_MS;
  const defaultWait = opts.defaultWaitMs ?? DEFAULT_WAIT_MS;
  const prefix = opts.prefix ?? 'zongjie:lock:';
  const local = new LocalQueue();
  let closed = false;
  const report = (what: string, err: unknown) => {
    if (!closed)
      opts.onError?.(`锁 ${what}（STORAGE_URL=${target.label}）：${describeFailure(err).reason}`);
  };

  // The client library is loaded on the first lock, not at start-up (nor ever with SQLite).
  let backendOpened: Promise<Backend> | undefined;
  const openBackend = (): Promise<Backend> | undefined => {
    const onError = (err: unknown) => report('连接出错', err);
    if (target.kind === 'redis') {
      backendOpened ??= import('@keyv/redis').then(
        ({ createClient }) => new RedisBackend(createClient, target.url, onError),
      );
    } else if (target.kind === 'postgres') {
      backendOpened ??= import('pg').then(
        ({ default: pg }) => new PostgresBackend(pg.Pool, target.url, onError),
      );
    }
    return backendOpened;
  };
  const kind = target.kind === 'sqlite' ? 'memory' : target.kind;

  const acquireShared = async (
    b: Backend,
    key: string,
    token: string,
    ttlMs: number,
    deadline: number,
    waitMs: number,
  ) => {
    let delay = 5;
    for (;;) {
      try {
        if (await b.tryAcquire(prefix + key, token, ttlMs)) return;
      } catch (error) {
        const { reason } = describeFailure(error);
        throw new StorageError(
          `无法取得锁 ${key}（STORAGE_URL=${target.label}）：${reason}`,
          'failed',
        );
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new LockTimeoutError(key, waitMs);
      await sleep(Math.min(left, delay + Math.random() * delay));
      delay = Math.min(delay * 1.5, 100);
    }
  };

  return {
    kind,
    async withLock<T>(key: string, fn: () => Promise<T>, lockOpts: LockOptions = {}) {
      if (closed) throw new Error('locker is closed');
      const ttlMs = lockOpts.ttlMs ?? defaultTtl;
      const waitMs = lockOpts.waitMs ?? defaultWait;
      const deadline = Date.now() + waitMs;
      const releaseLocal = await local.acquire(key, waitMs);
      try {
        const opening = openBackend();
        if (!opening) return await fn();
        const backend = await opening;
        const token = randomUUID();
        await acquireShared(backend, key, token, ttlMs, deadline, waitMs);
        let renewing: Promise<unknown> = Promise.resolve();
        const timer = setInterval(
          () => {
            renewing = backend.renew(prefix + key, token, ttlMs).then(
              (still) => {
                if (!still) report(`${key} 已过期被他人取得`, new Error('lock lost'));
              },
              (err) => report(`${key} 续期失败`, err),
            );
          },
          Math.max(10, Math.floor(ttlMs / 3)),
        );
        timer.unref();
        try {
          return await fn();
        } finally {
          clearInterval(timer);
          await renewing;
          await backend.release(prefix + key, token).catch((err) => report(`${key} 释放失败`, err));
        }
      } finally {
        releaseLocal();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      const backend = await backendOpened?.catch(() => undefined);
      await backend?.close();
    },
  };
}
