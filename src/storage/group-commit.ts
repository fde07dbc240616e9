/**
 * Group commit for the SQLite store: the writes that arrive while the previous commit is on its
 * way to the disk (or within the same turn of the event loop) are written together, in one
 * transaction with one fsync, and each caller's promise resolves only once that transaction is
 * committed. A lone write is committed at once, as before; under load, twenty users answering
 * at the same moment cost one fsync instead of twenty, and nobody waits behind nineteen others.
 *
 * - Durability is unchanged: synchronous=FULL, and a write resolves after COMMIT returned. A
 *   kill -9 before COMMIT loses the whole batch, and none of its writes had been acknowledged.
 * - A failed batch rejects every write in it and is rolled back (nothing of it is stored).
 * - Within a batch the last write of a key wins (the same order as one by one).
 * - A read of a key with a write still in the queue or in flight waits for that write's batch,
 *   so nobody reads a value before it is durable (or one that is about to be rolled back).
 * - `exclusive` runs a statement alone, between batches (prefix deletes, checkpoints).
 * - A write given `withinMs` does not start a commit of its own at once: it rides along with
 *   the next write that does, or is committed after `withinMs` if none comes. Polling's inbox
 *   uses it, so the batch of updates fetched and the answers they bring share one fsync.
 */

/** Runs one SQL statement with positional parameters; resolves with its rows. */
export type Query = (sql: string, ...params: unknown[]) => Promise<unknown>;

interface Write {
  key: string;
  /** undefined: delete the key. */
  value: string | undefined;
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface Task {
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Item = { write: Write } | { task: Task };

/** Keys per statement: two parameters a row stays far below SQLite's 32,766. */
const MAX_BATCH = 500;

export class GroupCommit {
  private readonly queue: Item[] = [];
  private draining = false;
  private scheduled = false;
  /** The timer committing deferred writes when no other write comes (see `withinMs`). */
  private deferred: NodeJS.Timeout | undefined;
  private deferredUntil = Number.POSITIVE_INFINITY;
  /** Per key, the promise of its newest write not yet settled (never rejects). */
  private readonly pending = new Map<string, Promise<void>>();
  /** Batches committed and writes in them, for the bench and tests. */
  readonly stats = { batches: 0, writes: 0 };

  constructor(
    private readonly query: Query,
    private readonly table: string,
  ) {}

  /** Resolves once committed; with `withinMs`, committed with the next write or by then. */
  set(key: string, value: string, withinMs?: number): Promise<void> {
    return this.write(key, value, withinMs);
  }

  delete(key: string, withinMs?: number): Promise<void> {
    return this.write(key, undefined, withinMs);
  }

  /** Resolves once no write of `key` is queued or in flight (whether it succeeded or not). */
  async settled(key: string): Promise<void> {
    const p = this.pending.get(key);
    if (p) await p;
  }

  /** Runs `run` alone: after the batches before it are committed, before those after it. */
  exclusive<T>(run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ task: { run, resolve: resolve as (v: unknown) => void, reject } });
      this.kick();
    });
  }

  private write(key: string, value: string | undefined, withinMs?: number): Promise<void> {
    const done = new Promise<void>((resolve, reject) => {
      this.queue.push({ write: { key, value, resolve, reject } });
      if (withinMs === undefined) this.kick();
      else this.kickWithin(withinMs);
    });
    const settled = done.then(
      () => {},
      () => {},
    );
    this.pending.set(key, settled);
    void settled.then(() => {
      if (this.pending.get(key) === settled) this.pending.delete(key);
    });
    return done;
  }

  /** Starts a drain within `ms` unless a write or a running drain takes the queue first. */
  private kickWithin(ms: number) {
    if (this.draining || this.scheduled) return;
    const at = performance.now() + ms;
    if (at >= this.deferredUntil) return;
    clearTimeout(this.deferred);
    this.deferredUntil = at;
    this.deferred = setTimeout(() => this.kick(), ms);
  }

  /** Starts a drain on the next turn (collecting what this turn still writes), unless one runs. */
  private kick() {
    clearTimeout(this.deferred);
    this.deferred = undefined;
    this.deferredUntil = Number.POSITIVE_INFINITY;
    if (this.draining || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.drain();
    });
  }

  private async drain() {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const head = this.queue[0];
        if (head && 'task' in head) {
          this.queue.shift();
          await head.task.run().then(head.task.resolve, head.task.reject);
          continue;
        }
        const batch: Write[] = [];
        while (batch.length < MAX_BATCH) {
          const item = this.queue[0];
          if (!item || !('write' in item)) break;
          this.queue.shift();
          batch.push(item.write);
        }
        try {
          await this.commit(batch);
          this.stats.batches++;
          this.stats.writes += batch.length;
          for (const w of batch) w.resolve();
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async commit(batch: Write[]) {
    // The last write of each key, in first-seen order.
    const last = new Map<string, string | undefined>();
    for (const w of batch) last.set(w.key, w.value);
    const sets: unknown[] = [];
    const deletes: string[] = [];
    for (const [key, value] of last) {
      if (value === undefined) deletes.push(key);
      else sets.push(key, value);
    }
    const upsert = () =>
      this.query(
        `INSERT INTO ${this.table} (key, value) VALUES ${Array(sets.length / 2)
          .fill('(?, ?)')
          .join(', ')} ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
        ...sets,
      );
    const remove = () =>
      this.query(
        `DELETE FROM ${this.table} WHERE key IN (${deletes.map(() => '?').join(', ')})`,
        ...deletes,
      );
    // One statement is its own transaction (one commit, one fsync).
    if (deletes.length === 0) return void (await upsert());
    if (sets.length === 0) return void (await remove());
    await this.query('BEGIN IMMEDIATE');
    try {
      await upsert();
      await remove();
      await this.query('COMMIT');
    } catch (error) {
      await this.query('ROLLBACK').catch(() => {});
      throw error;
    }
  }
}
