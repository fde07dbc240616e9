import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createLocker, type Locker, LockTimeoutError } from '../src/storage/lock.js';
import { openStore, StorageError, type Store } from '../src/storage/store.js';
import {
  type Availability,
  closedPort,
  POSTGRES_URL,
  postgresAvailable,
  REDIS_URL,
  redisAvailable,
  skipOrFail,
  startTs,
} from './support/services.js';

const HOLDER = 'tests/support/lock-holder.ts';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const runId = `${process.pid}-${Date.now().toString(36)}`;

/**
 * 100 increments run concurrently, split over the given lockers: each reads the counter (from the
 * store when given), yields, and writes it back plus one. Without mutual exclusion they interleave
 * and lose updates; with it, the count is exact and at most one is ever inside.
 */
async function hammer(lockers: Locker[], key: string, store?: Store) {
  let inside = 0;
  let maxInside = 0;
  let memoryCounter = 0;
  const counterKey = `lock-test-counter:${key}`;
  if (store) await store.set(counterKey, 0);
  const increments = Array.from({ length: 100 }, (_, i) =>
    lockers[i % lockers.length]!.withLock(
      key,
      async () => {
        inside++;
        maxInside = Math.max(maxInside, inside);
        const before = store ? ((await store.get(counterKey)) as number) : memoryCounter;
        await sleep(Math.random() * 2);
        if (store) await store.set(counterKey, before + 1);
        else memoryCounter = before + 1;
        inside--;
      },
      { waitMs: 60_000 },
    ),
  );
  await Promise.all(increments);
  const final = store ? await store.get(counterKey) : memoryCounter;
  if (store) await store.delete(counterKey);
  return { final, maxInside };
}

describe('in-process lock (SQLite)', () => {
  test('100 concurrent increments do not interleave', async () => {
    const locker = createLocker(undefined);
    assert.equal(locker.kind, 'memory');
    assert.deepEqual(await hammer([locker], 'chat:1'), { final: 100, maxInside: 1 });
    await locker.close();
  });

  test('the check can fail: without the lock the same increments interleave', async () => {
    const noLock = { kind: 'memory', withLock: (_k: string, fn: () => Promise<unknown>) => fn() };
    const result = await hammer([noLock as unknown as Locker], 'chat:x');
    assert.ok(result.maxInside > 1 && (result.final as number) < 100);
  });

  test('waiters run in order; other keys do not wait; a throwing fn releases', async () => {
    const locker = createLocker('sqlite:///tmp/ignored.sqlite');
    const order: number[] = [];
    let releaseFirst!: () => void;
    const first = locker.withLock('a', () => new Promise<void>((r) => (releaseFirst = r)));
    const queued = [1, 2, 3].map((n) => locker.withLock('a', async () => void order.push(n)));
    // Another key runs while 'a' is held.
    assert.equal(await locker.withLock('b', async () => 'b ran'), 'b ran');
    assert.deepEqual(order, []);
    releaseFirst();
    await first;
    await Promise.all(queued);
    assert.deepEqual(order, [1, 2, 3]);

    await assert.rejects(
      locker.withLock('a', async () => {
        throw new Error('boom');
      }),
      /boom/,
    );
    assert.equal(
      await locker.withLock('a', async () => 'free again', { waitMs: 100 }),
      'free again',
    );
  });

  test('waitMs bounds the wait with LockTimeoutError, and the timed-out fn never runs', async () => {
    const locker = createLocker(undefined);
    let release!: () => void;
    const held = locker.withLock('k', () => new Promise<void>((r) => (release = r)));
    let ran = false;
    const started = Date.now();
    await assert.rejects(
      locker.withLock(
        'k',
        async () => {
          ran = true;
        },
        { waitMs: 150 },
      ),
      LockTimeoutError,
    );
    assert.ok(Date.now() - started >= 140);
    release();
    await held;
    await sleep(10);
    assert.equal(ran, false);
    assert.equal(await locker.withLock('k', async () => 1, { waitMs: 100 }), 1);
  });
});

// ---------------------------------------------------------------------------------------------
// Shared stores

const shared = [
  { name: 'Redis', url: REDIS_URL, check: redisAvailable },
  { name: 'PostgreSQL', url: POSTGRES_URL, check: postgresAvailable },
];

for (const backend of shared) {
  describe(`lock on ${backend.name}`, () => {
    let avail: Availability = { ok: false, url: backend.url, reason: 'not checked' };
    const lockers: Locker[] = [];
    let store: Store | undefined;
    before(async () => {
      avail = await backend.check();
      if (avail.ok) store = await openStore(backend.url, { namespace: `zongjie_lt_${runId}` });
    });
    after(async () => {
      for (const l of lockers) await l.close();
      await store?.close();
    });
    const newLocker = () => {
      const l = createLocker(backend.url);
      lockers.push(l);
      return l;
    };
    const it = (name: string, fn: () => Promise<void>) =>
      test(name, async (t) => {
        if (!avail.ok || !store) return skipOrFail(t, backend.name, avail);
        await fn();
      });

    it('two lockers serialise 100 concurrent increments of a shared counter', async () => {
      const a = newLocker();
      const b = newLocker();
      assert.equal(a.kind, backend.name === 'Redis' ? 'redis' : 'postgres');
      const started = Date.now();
      const result = await hammer([a, b], `chat:${runId}:hammer`, store);
      assert.deepEqual(result, { final: 100, maxInside: 1 });
      console.log(
        `# ${backend.name}: 100 locked increments over 2 lockers in ${Date.now() - started} ms`,
      );
    });

    it('a live holder renews past ttl; a killed holder is taken over after ttl', async () => {
      const key = `chat:${runId}:takeover`;
      const ttlMs = 1000;
      const holder = startTs(HOLDER, [backend.url, key, String(ttlMs)], /^locked$/);
      try {
        await holder.ready;
        const locker = newLocker();
        // Held (and renewed) well past one ttl: another instance cannot take it.
        await sleep(ttlMs * 1.6);
        await assert.rejects(
          locker.withLock(key, async () => {}, { waitMs: 300 }),
          LockTimeoutError,
        );
        holder.child.kill('SIGKILL');
        await holder.exited;
        const killedAt = Date.now();
        const value = await locker.withLock(key, async () => 'taken over', {
          ttlMs,
          waitMs: 10_000,
        });
        const waited = Date.now() - killedAt;
        assert.equal(value, 'taken over');
        assert.ok(waited <= ttlMs + 500, `took ${waited} ms to take over a ${ttlMs} ms lock`);
        console.log(`# ${backend.name}: lock of killed holder taken over after ${waited} ms`);
      } finally {
        holder.child.kill('SIGKILL');
      }
    });

    it('a throwing fn releases the lock at once', async () => {
      const locker = newLocker();
      const key = `chat:${runId}:throw`;
      await assert.rejects(
        locker.withLock(key, async () => {
          throw new Error('boom');
        }),
        /boom/,
      );
      const other = newLocker();
      assert.equal(await other.withLock(key, async () => 'free', { waitMs: 200 }), 'free');
    });
  });
}

test('an unreachable Redis or PostgreSQL lock rejects with a StorageError without the password', async () => {
  const port = await closedPort();
  for (const url of [
    `redis://:lockPw1@127.0.0.1:${port}`,
    `postgresql://u:lockPw2@127.0.0.1:${port}/db`,
  ]) {
    const locker = createLocker(url);
    const started = Date.now();
    await assert.rejects(
      locker.withLock('k', async () => {}),
      (error: unknown) => {
        assert.ok(error instanceof StorageError, String(error));
        assert.doesNotMatch(error.message, /lockPw|\n/);
        assert.match(error.message, /\*\*\*/);
        return true;
      },
    );
    assert.ok(Date.now() - started < 6000);
    await locker.close();
  }
});
