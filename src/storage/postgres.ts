/** PostgreSQL through @keyv/postgres (table zongjie_kv); loaded only when STORAGE_URL names it. */
import KeyvPostgres from '@keyv/postgres';
import type { KeyvStoreAdapter } from 'keyv';
import pg, { type Pool } from 'pg';
import { type Opened, rawThrough } from './opened.js';

/** How long a connection attempt may take unless the caller says otherwise (store.ts's probe). */
const CONNECT_TIMEOUT_MS = 5000;

/**
 * @keyv/postgres keeps one module-wide pg.Pool per URI, ends it on any instance's disconnect and
 * attaches no 'error' listener to it (an idle connection dropped by the server would then crash
 * the process). This subclass gives each store its own pool, with a connection timeout and an
 * error handler.
 */
class OwnPoolPostgres extends KeyvPostgres {
  // `declare`: no field initialiser, so the pool created inside super() (connect) is kept.
  declare pool: Pool;
  declare poolErrorHandler: ((err: Error) => void) | undefined;

  override async connect() {
    if (!this.pool) {
      this.pool = new pg.Pool({
        connectionString: this.opts.uri,
        max: this.opts.max ?? 5,
        idleTimeoutMillis: this.opts.idleTimeoutMillis ?? 30_000,
        connectionTimeoutMillis: this.opts.connectionTimeoutMillis ?? CONNECT_TIMEOUT_MS,
        application_name: 'zongjie',
      });
      this.pool.on('error', (err) => this.poolErrorHandler?.(err));
    }
    const pool = this.pool;
    return async (sql: string, values?: unknown) => {
      const result = await pool.query(sql, values as unknown[] | undefined);
      return result.rows;
    };
  }

  override async disconnect() {
    await this.pool?.end();
  }
}

export async function openPostgres(
  url: string,
  timeoutMs: number,
  onBackgroundError: (err: unknown) => void,
): Promise<Opened> {
  const adapter = new OwnPoolPostgres({
    uri: url,
    table: 'zongjie_kv',
    connectionTimeoutMillis: timeoutMs,
  });
  adapter.poolErrorHandler = onBackgroundError;
  adapter.on('error', onBackgroundError);
  const table = `${adapter.opts.schema}.${adapter.opts.table}`;
  return {
    adapter: adapter as unknown as KeyvStoreAdapter,
    useKeyPrefix: true,
    ...rawThrough(adapter),
    deletePrefix: async (prefix) => {
      const rows = (await adapter.query(
        `DELETE FROM ${table} WHERE left(key, length($1::text)) = $1 RETURNING key`,
        [prefix],
      )) as unknown[];
      return rows.length;
    },
    purge: async () => {},
    release: async () => {
      await adapter.disconnect().catch(() => {});
    },
  };
}
