/**
 * The SQLite file store (@keyv/sqlite over node-sqlite3), with group commit (group-commit.ts):
 * every write goes through one queue, so the writes of concurrent updates share a transaction
 * and an fsync, and each resolves only once its transaction is on disk.
 *
 * Reads of what this process committed are answered from memory (CommittedTexts): the file has
 * one writer by design (single-writer.ts), so the text it last committed for a key is what the
 * file holds. Every answer reads the user's record before it writes it; skipping that SELECT
 * (a thread-pool round trip) was measured at 0.1–0.2 ms of CPU per update (issue 26). The
 * write itself is untouched: an answer is acknowledged only after its COMMIT, as before.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvSqlite, { type KeyvSqliteOptions } from '@keyv/sqlite';
import type { KeyvStoreAdapter } from 'keyv';
import { GroupCommit } from './group-commit.js';
import { type Opened, rawThrough } from './opened.js';
import { takeWriterLock } from './single-writer.js';

/** Characters of committed text kept for reads (about 16 MiB at most). */
const CACHED_CHARS_MAX = 8_000_000;

/**
 * The text last committed per key, the least recently used going first past CACHED_CHARS_MAX.
 * A key is forgotten before any write of it starts and remembered only once that write is
 * committed, so a write that fails (rolled back) leaves the next read to the file.
 */
export class CommittedTexts {
  private readonly texts = new Map<string, string>();
  private chars = 0;

  get(key: string): string | undefined {
    const text = this.texts.get(key);
    if (text === undefined) return undefined;
    this.texts.delete(key); // most recently used last
    this.texts.set(key, text);
    return text;
  }

  remember(key: string, text: string) {
    this.forget(key);
    if (text.length > CACHED_CHARS_MAX) return;
    this.texts.set(key, text);
    this.chars += text.length;
    for (const [k, t] of this.texts) {
      if (this.chars <= CACHED_CHARS_MAX) break;
      this.texts.delete(k);
      this.chars -= t.length;
    }
  }

  forget(key: string) {
    const old = this.texts.get(key);
    if (old === undefined) return;
    this.texts.delete(key);
    this.chars -= old.length;
  }

  clear() {
    this.texts.clear();
    this.chars = 0;
  }
}

/** @keyv/sqlite with its writes (set, delete) queued for group commit. */
class GroupCommitSqlite extends KeyvSqlite {
  readonly commits: GroupCommit;
  readonly cache = new CommittedTexts();

  constructor(options: KeyvSqliteOptions) {
    super(options);
    this.commits = new GroupCommit((sql, ...params) => this.query(sql, ...params), this.table);
  }

  get table(): string {
    return String(this.opts.table);
  }

  override async get<Value>(key: string): Promise<Value | undefined> {
    await this.commits.settled(key);
    const text = this.cache.get(key);
    if (text !== undefined) return text as Value;
    return super.get<Value>(key);
  }

  override async getMany<Value>(keys: string[]) {
    for (const key of keys) await this.commits.settled(key);
    return super.getMany<Value>(keys);
  }

  override async set(key: string, value: unknown): Promise<void> {
    await this.write(key, typeof value === 'string' ? value : JSON.stringify(value));
  }

  override async delete(key: string): Promise<boolean> {
    await this.write(key, undefined);
    return true;
  }

  override async deleteMany(keys: string[]): Promise<boolean> {
    await Promise.all(keys.map((key) => this.write(key, undefined)));
    return true;
  }

  override async clear(): Promise<void> {
    this.cache.clear();
    await super.clear();
  }

  /** Queued for group commit; remembered for reads once committed. */
  async write(key: string, text: string | undefined, withinMs?: number): Promise<void> {
    this.cache.forget(key);
    if (text === undefined) await this.commits.delete(key, withinMs);
    else {
      await this.commits.set(key, text, withinMs);
      this.cache.remember(key, text);
    }
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
  const { table, commits, cache } = adapter;
  return {
    adapter: adapter as unknown as KeyvStoreAdapter,
    useKeyPrefix: true,
    ...rawThrough(adapter),
    deletePrefix: (prefix) =>
      commits.exclusive(async () => {
        // Rows go behind the cache's back: it starts over (it refills as records are written).
        cache.clear();
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
      await adapter.write(key, text, withinMs);
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
