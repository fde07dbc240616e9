/**
 * The SQLite file store (@keyv/sqlite over node-sqlite3), with group commit (group-commit.ts):
 * every write goes through one queue, so the writes of concurrent updates share a transaction
 * and an fsync, and each resolves only once its transaction is on disk.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvSqlite, { type KeyvSqliteOptions } from '@keyv/sqlite';
import type { KeyvStoreAdapter } from 'keyv';
import { GroupCommit } from './group-commit.js';
import { type Opened, rawThrough } from './opened.js';
import { takeWriterLock } from './single-writer.js';

/** @keyv/sqlite with its writes (set, delete) queued for group commit. */
class GroupCommitSqlite extends KeyvSqlite {
  readonly commits: GroupCommit;

  constructor(options: KeyvSqliteOptions) {
    super(options);
    this.commits = new GroupCommit((sql, ...params) => this.query(sql, ...params), this.table);
  }

  get table(): string {
    return String(this.opts.table);
  }

  override async get<Value>(key: string): Promise<Value | undefined> {
    await this.commits.settled(key);
    return super.get<Value>(key);
  }

  override async getMany<Value>(keys: string[]) {
    for (const key of keys) await this.commits.settled(key);
    return super.getMany<Value>(keys);
  }

  override set(key: string, value: unknown): Promise<void> {
    return this.commits.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }

  override async delete(key: string): Promise<boolean> {
    await this.commits.delete(key);
    return true;
  }

  override async deleteMany(keys: string[]): Promise<boolean> {
    await Promise.all(keys.map((key) => this.commits.delete(key)));
    return true;
  }
}

export async function openSqlite(
  file: string,
  timeoutMs: number,
  onBackgroundError: (err: unknown) => void,
): Promise<Opened> {
  const onDisk = file !== ':memory:';
  if (onDisk) mkdirSync(dirname(file), { recursive: true });
  // Before the data file is touched: a second process stops here, naming the first.
  const writer = onDisk ? await takeWriterLock(file) : undefined;
  const adapter = new GroupCommitSqlite({ uri: `sqlite://${file}`, busyTimeout: timeoutMs });
  adapter.on('error', onBackgroundError);
  try {
    // WAL appends a commit to one log file instead of writing and deleting a rollback journal
    // (measured: p99 per answer 7.2 ms → 0.9 ms), and FULL still makes every commit wait for
    // the disk, so an acknowledged answer survives kill -9 and power loss alike. (WAL needs a
    // local filesystem.)
    await adapter.query('PRAGMA journal_mode = WAL');
    await adapter.query('PRAGMA synchronous = FULL');
    // A deleted or overwritten record is zeroed in the file, not left in free pages where
    // /delete would leave the user's answers readable.
    await adapter.query('PRAGMA secure_delete = ON');
  } catch (error) {
    await adapter.disconnect().catch(() => {});
    await writer?.release();
    throw error;
  }
  const { table, commits } = adapter;
  return {
    adapter: adapter as unknown as KeyvStoreAdapter,
    useKeyPrefix: true,
    ...rawThrough(adapter),
    deletePrefix: (prefix) =>
      commits.exclusive(async () => {
        const rows = (await adapter.query(
          `DELETE FROM ${table} WHERE instr(key, ?) = 1 RETURNING key`,
          prefix,
        )) as unknown[];
        return rows.length;
      }),
    // The log still holds the pages as they were before the delete: copy it into the file
    // and truncate it.
    purge: () =>
      commits.exclusive(async () => {
        await adapter.query('PRAGMA wal_checkpoint(TRUNCATE)');
      }),
    writeSoon: async (key, text, withinMs) => {
      await (text === undefined ? commits.delete(key, withinMs) : commits.set(key, text, withinMs));
    },
    commitStats: () => ({ ...commits.stats }),
    release: async () => {
      // Writes already queued are committed (and their callers answered) before the file closes.
      await commits.exclusive(async () => {}).catch(() => {});
      await adapter.disconnect().catch(() => {});
      await writer?.release();
    },
  };
}
