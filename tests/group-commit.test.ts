import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { KeyvStoreAdapter } from 'keyv';
import sqlite3 from 'sqlite3';
import { openStore, type Store } from '../src/storage/store.js';
import { runTs, startTs } from './support/services.js';

/**
 * SQLite group commit (src/storage/group-commit.ts): writes arriving together share one
 * transaction, each resolves only once that transaction is on disk, reads never see a write
 * before it is durable, and kill -9 in the middle of a burst loses nothing acknowledged.
 */
const tmpRoot = mkdtempSync(join(tmpdir(), 'zongjie-group-commit-'));
after(() => rmSync(tmpRoot, { recursive: true, force: true }));
let n = 0;
const freshFile = () => join(tmpRoot, `g${n++}`, 'g.sqlite');

/** A second connection to the same file: it sees committed transactions only. */
function otherConnection(file: string) {
  const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY);
  return {
    value: (key: string) =>
      new Promise<string | undefined>((resolve, reject) =>
        db.get('SELECT value FROM keyv WHERE key = ?', [key], (err, row?: { value: string }) =>
          err ? reject(err) : resolve(row?.value),
        ),
      ),
    close: () => new Promise<void>((resolve) => db.close(() => resolve())),
  };
}

async function withStore(file: string, fn: (store: Store) => Promise<void>) {
  const store = await openStore(`sqlite://${file}`);
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

describe('SQLite group commit', () => {
  test('twenty users answering at once share commits; each answer is on disk when acknowledged', async () => {
    const file = freshFile();
    await withStore(file, async (store) => {
      const reader = otherConnection(file);
      try {
        const before = store.commitStats();
        assert.ok(before, 'a SQLite store reports its commits');
        const seenAtAck: (string | undefined)[] = [];
        await Promise.all(
          Array.from({ length: 20 }, async (_, i) => {
            await store.set(`user:${i}`, { answer: `第${i}位用户的回答` });
            // Another connection sees only committed transactions.
            seenAtAck[i] = await reader.value(store.adapterKey(`user:${i}`));
          }),
        );
        for (let i = 0; i < 20; i++) {
          assert.equal(seenAtAck[i], JSON.stringify({ value: { answer: `第${i}位用户的回答` } }));
        }
        const stats = store.commitStats();
        assert.ok(stats);
        const batches = stats.batches - before.batches;
        assert.equal(stats.writes - before.writes, 20);
        assert.ok(batches <= 3, `20 concurrent writes took ${batches} commits`);
      } finally {
        await reader.close();
      }
    });
  });

  test('a lone write is committed at once, in its own commit', async () => {
    await withStore(freshFile(), async (store) => {
      const before = store.commitStats()?.batches ?? 0;
      const t0 = performance.now();
      await store.set('user:solo', { a: 1 });
      assert.ok(performance.now() - t0 < 1000);
      assert.equal((store.commitStats()?.batches ?? 0) - before, 1);
    });
  });

  // The adapter's own calls: their order is the order they were made (keyv's async layers
  // above it do not promise an order between two unawaited calls).
  test('a read right after an unawaited write waits for it and gets the new value', async () => {
    await withStore(freshFile(), async (store) => {
      const adapter = store.keyv.store as KeyvStoreAdapter;
      const key = store.adapterKey('user:r');
      await adapter.set(key, 'v1');
      const writing = adapter.set(key, 'v2');
      assert.equal(await adapter.get(key), 'v2');
      await writing;
    });
  });

  test('within one batch the last write of a key wins, deletes included', async () => {
    const file = freshFile();
    await withStore(file, async (store) => {
      const adapter = store.keyv.store as KeyvStoreAdapter;
      const k = (key: string) => store.adapterKey(key);
      await adapter.set(k('b'), 'old b');
      await adapter.set(k('c'), 'old c');
      const before = store.commitStats()?.batches ?? 0;
      await Promise.all([
        adapter.set(k('a'), '1'),
        adapter.set(k('a'), '2'),
        adapter.set(k('b'), 'new b'),
        adapter.delete(k('b')),
        adapter.delete(k('c')),
        adapter.set(k('c'), 'new c'),
        adapter.delete(k('never-there')),
      ]);
      assert.equal((store.commitStats()?.batches ?? 0) - before, 1, 'one commit for the seven');
    });
    await withStore(file, async (store) => {
      assert.equal(await store.getRaw('a'), '2');
      assert.equal(await store.getRaw('b'), undefined);
      assert.equal(await store.getRaw('c'), 'new c');
    });
  });

  test('a write that may wait (the polling inbox) shares the next commit, or is committed by itself soon', async () => {
    const file = freshFile();
    await withStore(file, async (store) => {
      const reader = otherConnection(file);
      try {
        let before = store.commitStats()?.batches ?? 0;
        // Alone: committed within about its 5 ms, visible to another connection when it resolves.
        const t0 = performance.now();
        await store.put('inbox:1', [{ update_id: 1 }], { withinMs: 5 });
        assert.ok(performance.now() - t0 < 1000);
        assert.equal(
          await reader.value(store.adapterKey('inbox:1')),
          '{"value":[{"update_id":1}]}',
        );
        assert.equal((store.commitStats()?.batches ?? 0) - before, 1);

        // With an answer written a moment later: one commit for both.
        before = store.commitStats()?.batches ?? 0;
        const inbox = store.put('inbox:1', [{ update_id: 2 }], { withinMs: 1000 });
        await new Promise((resolve) => setTimeout(resolve, 1));
        await store.put('user:7', { answer: '召开座谈会3次' });
        await inbox;
        assert.equal(
          (store.commitStats()?.batches ?? 0) - before,
          1,
          'inbox and answer share a commit',
        );
        assert.equal(
          await reader.value(store.adapterKey('inbox:1')),
          '{"value":[{"update_id":2}]}',
        );
        await store.delete('inbox:1', { withinMs: 5 });
        assert.equal(await reader.value(store.adapterKey('inbox:1')), undefined);
      } finally {
        await reader.close();
      }
    });
  });

  test('a batch the disk refuses rejects every write in it and stores none; the next one works', async () => {
    const file = freshFile();
    await withStore(file, async (store) => {
      const adapter = store.keyv.store as { query(sql: string): Promise<unknown> };
      await adapter.query('PRAGMA query_only = ON');
      const results = await Promise.allSettled([store.set('x', 1), store.set('y', 2)]);
      assert.deepEqual(
        results.map((r) => r.status),
        ['rejected', 'rejected'],
      );
      await adapter.query('PRAGMA query_only = OFF');
      await store.set('z', 3);
    });
    await withStore(file, async (store) => {
      assert.equal(await store.get('x'), undefined);
      assert.equal(await store.get('y'), undefined);
      assert.equal(await store.get('z'), 3);
    });
  });

  test('kill -9 in the middle of a burst of 20 concurrent writers: every acknowledged write is there', async () => {
    const url = `sqlite://${freshFile()}`;
    const writers = 20;
    const child = startTs(
      'tests/support/storage-child.ts',
      ['burst', url, String(writers), 'b'],
      /^ack \d+ 30$/,
    );
    await child.ready;
    child.child.kill('SIGKILL');
    await child.exited;
    const acked = new Map<number, number>();
    for (const line of child.lines) {
      const m = /^ack (\d+) (\d+)$/.exec(line);
      if (m) acked.set(Number(m[1]), Math.max(acked.get(Number(m[1])) ?? -1, Number(m[2])));
    }
    assert.ok(acked.size > 0);
    const read = await runTs('tests/support/storage-child.ts', [
      'burst-read',
      url,
      String(writers),
      'b',
    ]);
    assert.equal(read.code, 0, read.stderr);
    for (const [w, last] of acked) {
      const stored = Number(new RegExp(`^value ${w} (-?\\d+)$`, 'm').exec(read.stdout)?.[1]);
      assert.ok(stored >= last, `writer ${w}: acknowledged ${last}, stored ${stored}`);
    }
  });
});
