import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createClient } from '@keyv/redis';
import pg from 'pg';
import sqlite3 from 'sqlite3';
import { NOTICE_UNREADABLE } from '../src/storage/repository.js';
import { startBot } from './support/bot-app.js';
import { startOpenAIMock } from './support/openai-mock.js';
import {
  type Availability,
  POSTGRES_URL,
  postgresAvailable,
  REDIS_URL,
  redisAvailable,
  skipOrFail,
} from './support/services.js';
import { basics, draftNow, RECORDED, step } from './support/story.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * /delete as the user does it, on every store, then a look at the store itself. It used to leave
 * the `user:<id>` record (written again with the confirm tap's update id), drafts of summaries
 * the record no longer listed (a record reset after it became unreadable), and on SQLite the
 * deleted answers readable in the file's free pages and in the write-ahead log.
 */

let tg: TelegramHarness;
before(async () => {
  tg = await startTelegram({ token: '123456:TEST_delete_emulator_only_token', timeoutMs: 15_000 });
});
after(async () => {
  await tg.close();
});

interface Backend {
  name: string;
  check?: () => Promise<Availability>;
  /** Every key (in any table or namespace the bot uses) that contains `text`. */
  keysWith?: (text: string) => Promise<string[]>;
}

const backends: Backend[] = [
  { name: 'SQLite' },
  {
    name: 'Redis',
    check: redisAvailable,
    keysWith: async (text) => {
      const client = createClient({ url: REDIS_URL });
      await client.connect();
      try {
        return await client.keys(`*${text}*`);
      } finally {
        client.destroy();
      }
    },
  },
  {
    name: 'PostgreSQL',
    check: postgresAvailable,
    keysWith: async (text) => {
      const pool = new pg.Pool({ connectionString: POSTGRES_URL });
      try {
        const kv = await pool.query('SELECT key FROM zongjie_kv WHERE strpos(key, $1) > 0', [text]);
        const locks = await pool
          .query('SELECT key FROM zongjie_locks WHERE strpos(key, $1) > 0', [text])
          .catch(() => ({ rows: [] }));
        return [...kv.rows, ...locks.rows].map((r) => String(r.key));
      } finally {
        await pool.end();
      }
    },
  },
];

function sqliteKeys(file: string, text: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (error) => {
      if (error) return reject(error);
      db.all('SELECT key FROM keyv WHERE instr(key, ?) > 0', [text], (e, rows) => {
        db.close();
        if (e) reject(e);
        else resolve((rows as { key: string }[]).map((r) => r.key));
      });
    });
  });
}

function fileHas(path: string, text: string): boolean {
  try {
    return readFileSync(path).includes(Buffer.from(text));
  } catch {
    return false; // no such file (a WAL truncated and removed)
  }
}

describe('/delete leaves nothing of the user behind', () => {
  for (const [i, backend] of backends.entries()) {
    test(`${backend.name}: every key of the user is gone and no answer is readable`, async (t) => {
      let url: string | undefined;
      if (backend.check) {
        const avail = await backend.check();
        if (!avail.ok) return skipOrFail(t, backend.name, avail);
        url = avail.url;
      }
      const id = 5_000_000 + Math.floor(Math.random() * 1_000_000) * 10 + i;
      const mark = `踪迹${id}号`;
      const bot = await startBot(tg, url ? { STORAGE_URL: url } : {});
      const file = join(bot.dir, 'bot.sqlite');
      const u = tg.user(id);
      try {
        // A summary with two drafts.
        await basics(u, '清风镇');
        await step(u, `${mark}党委专题研究统战工作4次`, RECORDED);
        await step(u, '/next', /第3\/11部分/);
        await draftNow(u);
        await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
        await u.tap('重新生成');
        await u.waitForCall('sendDocument', (c) => /草稿v2/.test(c.file?.fileName ?? ''), {
          timeoutMs: 20_000,
        });
        // The record gets damaged (cut short): kept aside, and the user starts afresh, so the
        // drafts above are listed by nothing any more.
        const damaged = JSON.stringify({ value: (await bot.app.repo.loadUser(String(id))).state });
        await bot.app.repo.store.setRaw(`user:${id}`, damaged.slice(0, damaged.length / 2));
        await step(u, '/start', NOTICE_UNREADABLE);
        await basics(u, '明月镇');
        await step(u, `${mark}建立统战工作台账3本`, RECORDED);

        await step(u, '/delete', /确定要删除您的全部总结/);
        const confirm = await u.tap('确认删除');
        await u.waitFor(/已删除您的全部数据/);
        // Looking around afterwards (help, the old button again) stores nothing either.
        await step(u, '/help', /\/new/);
        await u.tapData(confirm.data!, confirm.messageId);
        await u.waitForCall('answerCallbackQuery', (c) => c.payload.text !== undefined);
        await tg.waitForDelivered();
        await bot.polling.idle();

        const store = bot.app.repo.store;
        assert.equal(await store.getRaw(`user:${id}`), undefined, 'no user record');
        const index = await store.get('jobs:pending');
        assert.ok(!JSON.stringify(index ?? []).includes(String(id)), 'not in the job index');
        if (backend.keysWith) {
          assert.deepEqual(await backend.keysWith(String(id)), [], 'no key names the user');
        } else {
          // Nothing readable in the file or its write-ahead log, even in free pages.
          assert.ok(!fileHas(file, mark), 'the answers are not in the SQLite file');
          assert.ok(!fileHas(`${file}-wal`, mark), 'nor in the write-ahead log');
        }
      } finally {
        await bot.stop();
      }
      if (!backend.keysWith) {
        assert.deepEqual(await sqliteKeys(file, String(id)), [], 'no key names the user');
        assert.ok(!fileHas(file, mark), 'nothing readable after the bot stopped either');
      }
    });
  }
});

describe('/delete while a draft is being written', () => {
  test('the draft that finishes afterwards stores nothing and brings nothing back', async () => {
    const mock = await startOpenAIMock();
    const draft = [
      '落花镇2026年统战工作总结',
      '一、压实主体责任',
      '党委专题研究统战工作5次。',
    ].join('\n');
    mock.enqueue({ reply: draft, chunkSize: 4, delayMs: 150 });
    const bot = await startBot(tg, {
      OPENAI_BASE_URL: mock.url,
      OPENAI_API_KEY: 'sk-test-not-a-secret',
      OPENAI_MODEL: 'mock-model',
    });
    const u = tg.user(4301);
    try {
      await basics(u, '落花镇');
      await step(u, '党委专题研究统战工作5次', RECORDED);
      await step(u, '/next', /第3\/11部分/);
      await draftNow(u);
      await u.waitFor('正在生成草稿…');
      await step(u, '/delete', /确定要删除您的全部总结/);
      await u.tap('确认删除');
      await u.waitFor(/已删除您的全部数据/);
      await bot.polling.idle(); // the composition has finished by now
      const store = bot.app.repo.store;
      assert.equal(await store.getRaw('user:4301'), undefined, 'no user record came back');
      assert.equal(await store.getRaw('draft:4301:s1:v1'), undefined, 'no draft text was stored');
      assert.equal(await store.getRaw('job:4301'), undefined);
      assert.equal(u.calls('sendDocument').length, 0, 'nothing is delivered for deleted data');
    } finally {
      await bot.stop();
      await mock.close();
    }
  });

  test('a revision being written and one waiting stop at /delete: nothing said after it, nothing stored', async () => {
    const mock = await startOpenAIMock();
    const id = 4302;
    const mark = `修改标记${id}`;
    const v1 = ['晓风镇2026年统战工作总结', '一、压实主体责任', '党委专题研究统战工作5次。'].join(
      '\n',
    );
    // Revision 1 would stream for over 10 s; the delete comes in its first seconds.
    mock.enqueue(
      { reply: v1 },
      { reply: `${v1}\n${'补充内容。'.repeat(10)}`, chunkSize: 1, delayMs: 150 },
    );
    const bot = await startBot(tg, {
      OPENAI_BASE_URL: mock.url,
      OPENAI_API_KEY: 'sk-test-not-a-secret',
      OPENAI_MODEL: 'mock-model',
      DRAFT_REPAIRS: '0',
    });
    const file = join(bot.dir, 'bot.sqlite');
    const u = tg.user(id);
    try {
      await basics(u, '晓风镇');
      await step(u, '党委专题研究统战工作5次', RECORDED);
      await step(u, '/next', /第3\/11部分/);
      await draftNow(u);
      await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
      await u.send(`第一部分写具体些${mark}`);
      await u.waitFor('正在按您的意见修改草稿…');
      await u.waitForCall('sendMessageDraft');
      await u.send(`结尾加一句${mark}`);
      await u.waitFor(/上一份草稿还在生成/);
      const asked = mock.requests.length;

      await step(u, '/delete', /确定要删除您的全部总结/);
      u.mark();
      await u.tap('确认删除');
      await u.waitFor(/已删除您的全部数据/);
      await u.waitForCall('answerCallbackQuery');
      u.mark();
      // As long as revision 1 would still have streamed: not a preview, a status line or 出错了.
      await u.expectSilence(3000);
      await bot.polling.idle();
      assert.equal(mock.requests.length, asked, 'the waiting revision never reached the model');
      assert.equal(u.calls('sendDocument').length, 1, 'no version after version 1');

      const store = bot.app.repo.store;
      assert.equal(await store.getRaw(`user:${id}`), undefined, 'no user record came back');
      assert.equal(await store.getRaw(`job:${id}`), undefined, 'no job came back');
      const index = await store.get('jobs:pending');
      assert.ok(!JSON.stringify(index ?? []).includes(String(id)), 'not in the job index');
      assert.deepEqual(await sqliteKeys(file, String(id)), [], 'no key names the user');
      assert.ok(!fileHas(file, mark), 'the instructions are not in the SQLite file');
      assert.ok(!fileHas(`${file}-wal`, mark), 'nor in the write-ahead log');
    } finally {
      await bot.stop();
      await mock.close();
    }
  });
});
