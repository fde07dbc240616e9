import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freshState } from '../src/interview/state.js';
import { STATE_SCHEMA, type UserState } from '../src/interview/types.js';
import {
  createRepository,
  draftKey,
  NOTICE_UNREADABLE,
  type Repository,
  unreadableKey,
} from '../src/storage/repository.js';
import { openStore, StorageError, type Store } from '../src/storage/store.js';
import {
  type Availability,
  closedPort,
  POSTGRES_URL,
  postgresAvailable,
  REDIS_URL,
  redisAvailable,
  runTs,
  skipOrFail,
  startTs,
} from './support/services.js';

const CHILD = 'tests/support/storage-child.ts';
const tmpRoot = mkdtempSync(join(tmpdir(), 'zongjie-storage-'));
after(() => rmSync(tmpRoot, { recursive: true, force: true }));

const runId = `${process.pid}${Date.now().toString(36)}`;
let nsCounter = 0;
/** A namespace of its own per test, so runs against a shared Redis/PostgreSQL never collide. */
const freshNamespace = () => `zongjie_t${runId}_${nsCounter++}`;

function sampleState(userId: string): UserState {
  return {
    schema: STATE_SCHEMA,
    userId,
    seq: 2,
    activeId: 's2',
    summaries: [
      {
        id: 's2',
        templateId: 'tongzhan',
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_100_000,
        info: { 单位名称: '某某街道党工委', 年份: '2024' },
        answers: {
          overview: { status: 'done', parts: ['全年开展统战活动12次。', '覆盖人员300余人。'] },
          problems: {
            status: 'open',
            parts: ['宣传不够'],
            followUp: { question: '具体是哪方面？', parts: [], status: 'asked' },
          },
        },
        position: { kind: 'drafted' },
        drafts: [{ version: 1, createdAt: 1_700_000_200_000, composer: 'offline', chars: 1800 }],
      },
    ],
    pending: { kind: 'confirmDeleteSummary', summaryId: 's2' },
    quota: { day: '2024-05-01', count: 1 },
    paused: false,
    recentUpdates: [101, 102],
  };
}

// ---------------------------------------------------------------------------------------------
// The same suite on every backend

interface Backend {
  name: string;
  /** Undefined when the backend is always there (SQLite). */
  check?: () => Promise<Availability>;
  url: () => string;
}

const backends: Backend[] = [
  { name: 'SQLite', url: () => `sqlite://${join(tmpRoot, 'suite', 'store.sqlite')}` },
  { name: 'Redis', check: redisAvailable, url: () => REDIS_URL },
  { name: 'PostgreSQL', check: postgresAvailable, url: () => POSTGRES_URL },
];

for (const backend of backends) {
  describe(`repository on ${backend.name}`, () => {
    let avail: Availability = { ok: true, url: backend.url() };
    let store: Store | undefined;
    let repo: Repository;

    before(async () => {
      if (backend.check) avail = await backend.check();
      if (!avail.ok) return;
      store = await openStore(backend.url(), { namespace: freshNamespace() });
      repo = createRepository(store);
    });
    after(async () => {
      await store?.close();
    });

    /** A test that needs the backend: skipped (or, under CI, failed) when it is not reachable. */
    const it = (name: string, fn: (store: Store) => Promise<void>) =>
      test(name, async (t) => {
        if (!avail.ok || !store) return skipOrFail(t, backend.name, avail);
        await fn(store);
      });

    it('a new user gets a fresh state and no notice', async () => {
      const loaded = await repo.loadUser('new-user');
      assert.deepEqual(loaded, { state: freshState('new-user') });
      assert.deepEqual(freshState('x'), {
        schema: STATE_SCHEMA,
        userId: 'x',
        seq: 0,
        summaries: [],
      });
    });

    it('user state, draft text and jobs round-trip; deletes remove them', async (s) => {
      const state = sampleState('u1');
      await repo.saveUser(state);
      assert.deepEqual(await repo.loadUser('u1'), { state });

      const text = '一、基本情况\n\n今年以来，我街道统战工作……'.repeat(50);
      await repo.saveDraftText('u1', 's2', 1, text);
      await repo.saveDraftText('u1', 's2', 2, '第二稿');
      await repo.saveDraftText('u1', 's3', 1, '另一份总结');
      assert.equal(await repo.loadDraftText('u1', 's2', 1), text);
      assert.equal(await repo.loadDraftText('u1', 's2', 3), undefined);

      await repo.deleteSummaryData('u1', 's2', [1, 2]);
      assert.equal(await repo.loadDraftText('u1', 's2', 1), undefined);
      assert.equal(await repo.loadDraftText('u1', 's2', 2), undefined);
      assert.equal(await repo.loadDraftText('u1', 's3', 1), '另一份总结');

      const job = {
        userId: 'u1',
        chatId: 12345,
        summaryId: 's3',
        kind: 'revise' as const,
        instruction: '压缩到两千字',
        startedAt: 1_700_000_300_000,
      };
      await repo.putJob(job);
      await repo.putJob({
        userId: 'u2',
        chatId: 'c2',
        summaryId: 's1',
        kind: 'compose',
        startedAt: 1,
      });
      assert.deepEqual(await repo.getJob('u1'), job);
      assert.deepEqual(
        (await repo.listJobs()).map((j) => j.userId),
        ['u1', 'u2'],
      );
      await repo.deleteJob('u2');
      assert.deepEqual(await repo.listJobs(), [job]);

      await repo.deleteUser('u1');
      assert.deepEqual(await repo.loadUser('u1'), { state: freshState('u1') });
      assert.equal(await repo.loadDraftText('u1', 's3', 1), undefined);
      assert.equal(await repo.getJob('u1'), undefined);
      assert.deepEqual(await repo.listJobs(), []);
      assert.equal(await s.get(draftKey('u1', 's3', 1)), undefined);
      await repo.ping();
    });

    it('an unreadable record gives a fresh state and the notice, never a throw', async (s) => {
      const truncated = JSON.stringify({ value: sampleState('c11') }).slice(0, 150);
      const cases: [string, () => Promise<void>][] = [
        ['garbage string through keyv', () => s.set('user:c1', 'garbage')],
        ['a number', () => s.set('user:c2', 42)],
        ['an array', () => s.set('user:c3', [1, 2])],
        ['null', () => s.set('user:c4', null)],
        [
          'wrong shape',
          () => s.set('user:c5', { schema: 1, userId: 'c5', seq: 0, summaries: 'x' }),
        ],
        ['newer schema', () => s.set('user:c6', { ...freshState('c6'), schema: 99 })],
        ['another user', () => s.set('user:c7', freshState('someone-else'))],
        ['bad summary', () => s.set('user:c8', { ...freshState('c8'), summaries: [{ id: 's1' }] })],
        // Not JSON at all, written under the key the backend really uses.
        ['not JSON', () => s.setRaw('user:c9', '{not json')],
        ['JSON not keyv', () => s.setRaw('user:c10', '7')],
        // A record cut short (a full disk, a bad copy): the case that used to be overwritten.
        ['truncated', () => s.setRaw('user:c11', truncated)],
        // Escapes as JSON.stringify writes them (PostgreSQL text cannot hold a raw NUL).
        ['odd text', () => s.setRaw('user:c12', String.raw`{"value":"\ud83d\u0000 表情😀`)],
      ];
      for (const [i, [label, write]] of cases.entries()) {
        const id = `c${i + 1}`;
        await write();
        const stored = await s.getRaw(`user:${id}`);
        assert.ok(stored !== undefined, label);
        const loaded = await repo.loadUser(id);
        assert.deepEqual(loaded, { state: freshState(id), notice: NOTICE_UNREADABLE }, label);
        // Kept aside byte for byte, once however often it is read.
        await repo.loadUser(id);
        assert.equal(await s.getRaw(unreadableKey(id, stored)), stored, label);
        // The fresh state the bot then saves does not touch the kept copy.
        await repo.saveUser(freshState(id));
        assert.equal(await s.getRaw(unreadableKey(id, stored)), stored, label);
      }
      assert.equal(await s.getRaw('user:c11'), JSON.stringify({ value: freshState('c11') }));
      assert.equal(NOTICE_UNREADABLE, '您之前保存的数据无法读取，已为您重新开始。');
      // The kept record is removed with the user.
      const kept = unreadableKey('c11', truncated);
      await repo.deleteUser('c11');
      assert.equal(await s.getRaw(kept), undefined);
      assert.equal(await s.getRaw('user:c11'), undefined);
      assert.notEqual(await s.getRaw(unreadableKey('c9', '{not json')), undefined, 'others stay');
    });

    it('/delete removes every key of the user, also drafts the record no longer lists', async (s) => {
      await repo.saveUser(sampleState('d1'));
      await repo.saveUser(sampleState('d10')); // a user whose id starts with the other's
      for (const [summary, version] of [
        ['s1', 1],
        ['s2', 1],
        ['s2', 2],
        ['s9', 4], // an orphan: no record lists s9
      ] as const) {
        await repo.saveDraftText('d1', summary, version, `第${version}稿`);
        await repo.saveDraftText('d10', summary, version, `第${version}稿`);
      }
      await repo.putJob({
        userId: 'd1',
        chatId: 1,
        summaryId: 's2',
        kind: 'compose',
        startedAt: 1,
      });
      await repo.putJob({
        userId: 'd10',
        chatId: 1,
        summaryId: 's2',
        kind: 'compose',
        startedAt: 1,
      });
      await s.setRaw('user:d1', 'damaged');
      await repo.loadUser('d1'); // kept aside, record reset
      await repo.saveUser(freshState('d1'));

      await repo.deleteUser('d1');
      for (const key of [
        'user:d1',
        'job:d1',
        draftKey('d1', 's1', 1),
        draftKey('d1', 's2', 2),
        draftKey('d1', 's9', 4),
        unreadableKey('d1', 'damaged'),
      ]) {
        assert.equal(await s.getRaw(key), undefined, key);
      }
      assert.deepEqual(
        (await repo.listJobs()).map((j) => j.userId),
        ['d10'],
      );
      assert.equal(await repo.loadDraftText('d10', 's9', 4), '第4稿', 'd10 keeps everything');
      assert.equal((await repo.loadUser('d10')).state.seq, 2);
      await repo.deleteUser('d10');
    });

    it('a schema-0 record (no schema, no seq) is migrated', async (s) => {
      const old = sampleState('m1') as Partial<UserState>;
      delete old.schema;
      delete old.seq;
      old.summaries = [
        { ...sampleState('m1').summaries[0]!, id: 's1' },
        { ...sampleState('m1').summaries[0]!, id: 's7' },
      ];
      await s.set('user:m1', old);
      const { state, notice } = await repo.loadUser('m1');
      assert.equal(notice, undefined);
      assert.equal(state.schema, STATE_SCHEMA);
      assert.equal(state.seq, 7, 'seq = highest s<n> in use');
      assert.deepEqual(
        state.summaries.map((x) => x.id),
        ['s1', 's7'],
      );
      assert.deepEqual(state.summaries[0]?.answers, sampleState('m1').summaries[0]?.answers);

      await s.set('user:m2', { schema: 0, userId: 'm2' });
      assert.deepEqual(await repo.loadUser('m2'), { state: freshState('m2') });
    });

    it('malformed optional fields are dropped, the rest kept', async (s) => {
      const state = sampleState('o1');
      await s.set('user:o1', {
        ...state,
        quota: 'lots',
        pending: { kind: 'nonsense' },
        recentUpdates: 'x',
        extra: { kept: true },
      });
      const { state: loaded, notice } = await repo.loadUser('o1');
      assert.equal(notice, undefined);
      assert.equal(loaded.quota, undefined);
      assert.equal(loaded.pending, undefined);
      assert.equal(loaded.recentUpdates, undefined);
      assert.deepEqual(loaded.summaries, state.summaries);
      assert.deepEqual((loaded as unknown as { extra: unknown }).extra, { kept: true });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// SQLite specifics

describe('SQLite URLs', () => {
  test('unset STORAGE_URL uses <dataDir>/zongjie.sqlite and creates the directory', async () => {
    const dataDir = join(tmpRoot, 'unset', 'nested', 'data');
    const store = await openStore(undefined, { dataDir });
    try {
      assert.equal(store.kind, 'sqlite');
      assert.ok(existsSync(join(dataDir, 'zongjie.sqlite')));
    } finally {
      await store.close();
    }
  });

  test('unset STORAGE_URL without dataDir is ./data/zongjie.sqlite under the cwd', async () => {
    const dir = join(tmpRoot, 'cwd-default');
    const previous = process.cwd();
    mkdirSync(dir, { recursive: true });
    process.chdir(dir);
    try {
      const store = await openStore(undefined);
      await store.close();
      assert.ok(existsSync(join(dir, 'data', 'zongjie.sqlite')));
    } finally {
      process.chdir(previous);
    }
  });

  test('sqlite:///abs and sqlite://rel', async () => {
    const abs = join(tmpRoot, 'abs', 'a.sqlite');
    const s1 = await openStore(`sqlite://${abs}`);
    assert.ok(abs.startsWith('/'));
    await s1.set('k', { v: 1 });
    await s1.close();
    assert.ok(existsSync(abs));

    const previous = process.cwd();
    process.chdir(tmpRoot);
    try {
      const s2 = await openStore('sqlite://rel/dir/b.sqlite');
      await s2.set('k', { v: 2 });
      await s2.close();
      assert.ok(existsSync(join(tmpRoot, 'rel', 'dir', 'b.sqlite')));
    } finally {
      process.chdir(previous);
    }
    const again = await openStore(`sqlite://${abs}`);
    assert.deepEqual(await again.get('k'), { v: 1 });
    await again.close();
  });

  test('an unwritable SQLite path is a one-line StorageError', async () => {
    const file = join(tmpRoot, 'not-a-dir');
    writeFileSync(file, 'x');
    await assert.rejects(openStore(`sqlite://${file}/sub/z.sqlite`), (error: unknown) => {
      assert.ok(error instanceof StorageError);
      assert.doesNotMatch(error.message, /\n/);
      assert.match(error.message, /^无法连接存储 STORAGE_URL=sqlite:\/\//);
      return true;
    });
  });

  test('kill -9 after awaited writes loses nothing (child writes N, second child reads N)', async () => {
    const url = `sqlite://${join(tmpRoot, 'durable', 'd.sqlite')}`;
    const n = 100;
    const writer = startTs(CHILD, ['write', url, String(n), 'dur'], /^done$/);
    await writer.ready;
    writer.child.kill('SIGKILL');
    const exit = await writer.exited;
    assert.equal(exit.signal, 'SIGKILL');
    const read = await runTs(CHILD, ['read', url, String(n), 'dur']);
    assert.equal(read.code, 0, read.stderr);
    assert.match(read.stdout, new RegExp(`^present ${n}$`, 'm'));
    assert.match(read.stdout, new RegExp(`^seq ${n - 1}$`, 'm'));
  });

  test('kill -9 in the middle of writing: every acknowledged write is there', async () => {
    const url = `sqlite://${join(tmpRoot, 'durable2', 'd.sqlite')}`;
    const writer = startTs(CHILD, ['write', url, '100000', 'dur'], /^ack 60$/);
    await writer.ready;
    writer.child.kill('SIGKILL');
    await writer.exited;
    const acked = writer.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4)));
    const last = Math.max(...acked);
    assert.ok(last >= 60);
    const read = await runTs(CHILD, ['read', url, String(last + 1), 'dur']);
    assert.equal(read.code, 0, read.stderr);
    assert.match(read.stdout, new RegExp(`^present ${last + 1}$`, 'm'));
    const seq = Number(/^seq (\d+)/m.exec(read.stdout)?.[1]);
    assert.ok(seq >= last, `user record has seq ${seq}, last acknowledged ${last}`);
  });
});

// ---------------------------------------------------------------------------------------------
// Start-up failures

function assertOneLineStorageError(error: unknown, expect: RegExp, secret?: string): true {
  assert.ok(error instanceof StorageError, `expected StorageError, got ${String(error)}`);
  assert.doesNotMatch(error.message, /[\r\n]/);
  assert.match(error.message, expect);
  if (secret) {
    assert.ok(!error.message.includes(secret), `password leaked: ${error.message}`);
    assert.ok(!String(error.stack).includes(secret), 'password leaked in stack');
  }
  return true;
}

describe('STORAGE_URL errors', () => {
  test('an unsupported scheme lists the accepted forms', async () => {
    await assert.rejects(openStore('mysql://root:hunter2pw@db/zongjie'), (e) =>
      assertOneLineStorageError(
        e,
        /STORAGE_URL=mysql:\/\/root:\*\*\*@db\/zongjie.*sqlite:\/\/.*redis:\/\/.*postgresql:\/\//,
        'hunter2pw',
      ),
    );
    await assert.rejects(openStore('sqlite:/no-slashes.sqlite'), (e) =>
      assertOneLineStorageError(e, /sqlite:\/\/\//),
    );
  });

  test('unreachable Redis: one line, names STORAGE_URL, no password, within 6 s', async () => {
    const port = await closedPort();
    const started = Date.now();
    await assert.rejects(openStore(`redis://admin:s3cretRedisPw@127.0.0.1:${port}`), (e) =>
      assertOneLineStorageError(
        e,
        new RegExp(
          `^无法连接存储 STORAGE_URL=redis://admin:\\*\\*\\*@127\\.0\\.0\\.1:${port}：连接被拒绝（请确认服务已启动）$`,
        ),
        's3cretRedisPw',
      ),
    );
    assert.ok(Date.now() - started < 6000);
  });

  test('unreachable PostgreSQL: one line, names STORAGE_URL, no password, within 6 s', async () => {
    const port = await closedPort();
    const started = Date.now();
    await assert.rejects(openStore(`postgresql://zj:s3cretPgPw@127.0.0.1:${port}/zongjie`), (e) =>
      assertOneLineStorageError(
        e,
        new RegExp(
          `^无法连接存储 STORAGE_URL=postgresql://zj:\\*\\*\\*@127\\.0\\.0\\.1:${port}/zongjie：连接被拒绝`,
        ),
        's3cretPgPw',
      ),
    );
    assert.ok(Date.now() - started < 6000);
  });

  test('a failed connection leaves nothing that keeps the process alive', async () => {
    const port = await closedPort();
    const run = await runTs(
      CHILD,
      [
        'unreachable',
        `redis://:pw1secret@127.0.0.1:${port}`,
        `postgres://u:pw2secret@127.0.0.1:${port}/db`,
        'redis://127.0.0.1:1',
      ],
      { timeoutMs: 15_000 },
    );
    assert.equal(run.signal, null, `child had to be killed: ${run.stdout} ${run.stderr}`);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '', 'no unhandled error events or warnings');
    assert.equal(run.stdout.match(/^error StorageError: 无法连接存储/gm)?.length, 3, run.stdout);
    assert.ok(!/pw1secret|pw2secret/.test(run.stdout));
  });

  test('wrong database / wrong password on a running PostgreSQL are named', async (t) => {
    const avail = await postgresAvailable();
    if (!avail.ok) return skipOrFail(t, 'PostgreSQL', avail);
    const url = new URL(POSTGRES_URL);
    url.pathname = '/no_such_db_zongjie';
    url.password = 'irrelevantPw';
    await assert.rejects(openStore(url.toString()), (e) =>
      assertOneLineStorageError(e, /STORAGE_URL=postgresql:.*\*\*\*.*数据库不存在/, 'irrelevantPw'),
    );
  });

  test('a wrong Redis password is named and not shown', async (t) => {
    const avail = await redisAvailable();
    if (!avail.ok) return skipOrFail(t, 'Redis', avail);
    const url = new URL(REDIS_URL);
    url.password = 'wrongRedisPw';
    await assert.rejects(openStore(url.toString()), (e) =>
      assertOneLineStorageError(e, /STORAGE_URL=redis:.*\*\*\*.*认证失败/, 'wrongRedisPw'),
    );
  });
});
