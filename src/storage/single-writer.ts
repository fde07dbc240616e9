/**
 * One process per SQLite file. The per-user lock of a SQLite store lives in the process (see
 * lock.ts), so two processes on one file would interleave read-modify-write cycles and lose
 * answers (measured: 50 answers sent to two processes, all acknowledged, 20 lost). The first
 * process to open the file takes a write lock on `<file>.lock`, a tiny SQLite database, by
 * keeping a `BEGIN IMMEDIATE` transaction open for as long as it runs; a second process finds the
 * lock taken, reads the holder's pid from that database (a held RESERVED lock still lets others
 * read) and stops with one line naming the file and that pid.
 *
 * The lock is an OS file lock taken by SQLite, so the kernel drops it when the holder dies, even
 * by kill -9 or a power cut: there is never a stale lock to clean up by hand. The data file itself
 * stays readable by other programs (`sqlite3 bot.sqlite .backup …` works while the bot runs).
 */
import sqlite3 from 'sqlite3';

export interface WriterLock {
  readonly file: string;
  release(): Promise<void>;
}

/** Thrown when another process holds the file; `pid` is undefined when it could not be read. */
export class FileInUseError extends Error {
  override readonly name = 'FileInUseError';
  constructor(
    readonly file: string,
    readonly pid: number | undefined,
  ) {
    super(
      `SQLite 数据文件 ${file} 已被另一个进程（pid ${pid ?? '未知'}）使用：同一个文件只能由一个进程写入，` +
        '请先停止那个进程；要运行多个实例，请把 STORAGE_URL 改为 Redis 或 PostgreSQL',
    );
  }
}

interface Db {
  exec(sql: string): Promise<void>;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

function open(path: string): Promise<Db> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (error) => {
      if (error) return reject(error);
      resolve({
        exec: (sql) => new Promise((ok, fail) => db.exec(sql, (e) => (e ? fail(e) : ok()))),
        all: <T>(sql: string, params: unknown[] = []) =>
          new Promise<T[]>((ok, fail) =>
            db.all(sql, params, (e, rows) => (e ? fail(e) : ok(rows as T[]))),
          ),
        close: () => new Promise((ok) => db.close(() => ok())),
      });
    });
  });
}

const isBusy = (error: unknown) =>
  /SQLITE_BUSY|SQLITE_LOCKED/.test(String((error as { code?: unknown })?.code ?? error));

/**
 * Takes the writer lock of `file` for this process, or throws FileInUseError. Only the write lock
 * is waited for (never): a second start must fail at once, not after a timeout.
 */
export async function takeWriterLock(file: string): Promise<WriterLock> {
  const db = await open(`${file}.lock`);
  const holder = async (): Promise<number | undefined> => {
    // The holder commits its pid before it re-takes the lock; a reader may meet that commit.
    await db.exec('PRAGMA busy_timeout = 2000').catch(() => {});
    const rows = await db.all<{ pid: number }>('SELECT pid FROM holder LIMIT 1').catch(() => []);
    return rows[0]?.pid;
  };
  try {
    await db.exec('PRAGMA busy_timeout = 0');
    await db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, since INTEGER)');
    // Two processes starting together: whoever loses a step below reads the winner's pid.
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        if (!isBusy(error)) throw error;
        throw new FileInUseError(file, await holder());
      }
      await db.exec(
        `DELETE FROM holder; INSERT INTO holder (pid, since) VALUES (${process.pid}, ${Date.now()})`,
      );
      await db.exec('COMMIT');
      // Held from here on: an open write transaction that is never committed.
      try {
        await db.exec('BEGIN IMMEDIATE');
      } catch (error) {
        if (!isBusy(error)) throw error;
        continue; // taken in the instant between; the next attempt names the new holder
      }
      const rows = await db.all<{ pid: number }>('SELECT pid FROM holder LIMIT 1');
      if (rows[0]?.pid === process.pid) {
        let released = false;
        return {
          file,
          release: async () => {
            if (released) return;
            released = true;
            await db.exec('ROLLBACK').catch(() => {});
            await db.close();
          },
        };
      }
      await db.exec('ROLLBACK');
    }
    throw new FileInUseError(file, await holder());
  } catch (error) {
    await db.close();
    throw error;
  }
}
