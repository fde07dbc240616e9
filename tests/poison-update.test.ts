import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Update } from 'grammy/types';
import { Inbox, type InboxEntry } from '../src/bot/inbox.js';
import { freshState } from '../src/interview/state.js';
import { createLogger } from '../src/logger.js';
import { openRepository } from '../src/storage/repository.js';
import { type BotProcess, startBotProcess } from './support/bot-process.js';
import {
  type Availability,
  POSTGRES_URL,
  postgresAvailable,
  REDIS_URL,
  redisAvailable,
  skipOrFail,
} from './support/services.js';
import { stickFileDownloads } from './support/stuck-file.js';
import { startTelegram } from './support/telegram.js';

/**
 * An update that kills the polling bot (a bomb file running the process out of memory) used to
 * stay in the inbox and be replayed first at every start, killing the bot again: one user's
 * file took the bot from everybody. Now an update started twice without finishing is set
 * aside: its sender is told once, and the bot goes on serving everyone else.
 */

const tmp = mkdtempSync(join(tmpdir(), 'zongjie-poison-'));
const running: BotProcess[] = [];
after(() => {
  for (const bot of running) bot.kill('SIGKILL');
});

const CHOOSE = /请选择要写的总结类型/;
const FILE_NAME = '年度工作材料.docx';
const NOTICE = `您发来的文件「${FILE_NAME}」没能读取，已跳过。`;

interface Backend {
  name: string;
  check?: () => Promise<Availability>;
  url: string;
}

const backends: Backend[] = [
  { name: 'SQLite', url: `sqlite://${join(tmp, 'polling.sqlite')}` },
  { name: 'Redis', check: redisAvailable, url: REDIS_URL },
  { name: 'PostgreSQL', check: postgresAvailable, url: POSTGRES_URL },
];

describe('an update that kills the polling bot', () => {
  for (const backend of backends) {
    test(`${backend.name}: set aside after two starts; its sender is told once, the others are served`, async (t) => {
      if (backend.check) {
        const avail = await backend.check();
        if (!avail.ok) return skipOrFail(t, backend.name, avail);
      }
      const botId = 700_000 + Math.floor(Math.random() * 200_000);
      const token = `${botId}:TEST_poison_emulator_only_not_a_token`;
      const tg = await startTelegram({ token, timeoutMs: 20_000 });
      tg.respond('getMe', () => ({
        id: botId,
        is_bot: true,
        first_name: '总结助手',
        username: 'zongjie_poison_bot',
      }));
      const storage = backend.url;
      const env = {
        TELEGRAM_BOT_TOKEN: token,
        TELEGRAM_API_ROOT: tg.apiRoot,
        STORAGE_URL: storage,
      };
      const start = async () => {
        const bot = startBotProcess(env);
        running.push(bot);
        await bot.waitForLog(/"msg":"bot started"/);
        return bot;
      };
      const stuck = stickFileDownloads(tg);
      // User ids of this run only: Redis and PostgreSQL are shared.
      const base = 8_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
      const sender = tg.user(base + 1);
      const waiting = tg.user(base + 2);
      const meanwhile = tg.user(base + 3);
      try {
        // The file's handling never ends; the process dies in it (kill -9, as the OOM killer).
        const first = await start();
        await sender.sendDocument(FILE_NAME, Buffer.from('PK\u0003\u0004 not read: getFile hangs'));
        await stuck.reached(1);
        // A bomb takes seconds to fill memory; by then the batch holding the file is stored and
        // confirmed to Telegram (the next getUpdates goes out only once it is stored).
        await tg.waitForPolling();
        first.kill('SIGKILL');
        await first.exited;

        // Started again, the bot replays the file first, and dies in it again. While the replay
        // hangs, another user is served: a leftover holds up its own chat only.
        const second = await start();
        await stuck.reached(2);
        await meanwhile.send('/new');
        await meanwhile.waitFor(CHOOSE);
        second.kill('SIGKILL');
        await second.exited;

        // While the bot is down, another user writes.
        await waiting.send('/new');
        const restarted = Date.now();
        const third = startBotProcess(env);
        running.push(third);
        await third.waitForLog(/"msg":"bot started"/);
        const startedAfter = Date.now() - restarted;
        await waiting.waitFor(CHOOSE);
        const servedAfter = Date.now() - restarted;
        const notice = await sender.waitFor(NOTICE);
        assert.match(notice.text, /请换个格式（如另存为 \.docx 或复制文字粘贴）再发/);
        console.log(
          `# poison update (polling, ${backend.name}): after the 2nd crash, restart → bot started in ` +
            `${startedAfter} ms, next user answered ${servedAfter} ms after the restart`,
        );

        // The sender is served again too, and the file is not tried a third time.
        await sender.send('/new');
        await sender.waitFor(CHOOSE);
        assert.equal(stuck.calls, 2, 'the file is not fetched a third time');
        assert.equal(
          sender.messages().filter((m) => m.text.includes(NOTICE)).length,
          1,
          'the sender is told once',
        );

        // The operator sees which update it was, from whom and of what kind; not its content.
        const aside = third
          .output()
          .split('\n')
          .find((line) => line.includes('update set aside'));
        assert.ok(aside, third.output().slice(-2000));
        const logged = JSON.parse(aside) as Record<string, unknown>;
        assert.equal(logged.level, 50, 'logged at error level');
        assert.equal(logged.user, sender.id);
        assert.equal(logged.kind, 'document');
        assert.equal(typeof logged.update, 'number');
        for (const bot of [first, second, third]) {
          assert.ok(!bot.output().includes(FILE_NAME), 'the file name is not logged');
        }

        third.kill('SIGTERM');
        assert.equal((await third.exited).code, 0, third.output().slice(-2000));
        const repo = await openRepository(storage);
        try {
          assert.deepEqual(await repo.loadInbox(botId), [], 'the set-aside update left the inbox');
        } finally {
          for (const u of [sender, waiting, meanwhile]) await repo.deleteUser(String(u.id));
          await repo.close();
        }
      } finally {
        stuck.release();
        for (const bot of running) bot.kill('SIGKILL');
        await tg.close();
      }
    });
  }
});

describe("the inbox's count of starts", () => {
  const message = (id: number, chat: number, text: string): Update =>
    ({
      update_id: id,
      message: {
        message_id: id,
        date: 0,
        chat: { id: chat, type: 'private', first_name: 'x' },
        from: { id: chat, is_bot: false, first_name: 'x' },
        text,
      },
    }) as Update;

  test('counts the first leftover of each chat; sets aside one started twice unless applied', async () => {
    const storage = `sqlite://${join(tmp, 'inbox.sqlite')}`;
    const repo = await openRepository(storage);
    try {
      const botId = 42;
      // Chat 1: an update that already crashed two starts, then two waiting behind it.
      // Chat 2: its first update was applied before the crash (the record lists it).
      // Chat 3: a record written before starts were counted (bare updates).
      const stored: unknown[] = [
        { update: message(1, 1, 'crashed twice'), starts: 2 },
        { update: message(2, 1, 'waiting'), starts: 1 },
        { update: message(3, 1, 'waiting too'), starts: 1 },
        { update: message(4, 2, 'applied'), starts: 2 },
        { update: message(5, 2, 'next'), starts: 1 },
        message(6, 3, 'old format'),
      ];
      await repo.saveInbox(botId, stored);
      await repo.saveUser({ ...freshState('2'), recentUpdates: [4] });

      const inbox = new Inbox(repo, botId, createLogger('silent'));
      const { replay, aside } = await inbox.load();
      assert.deepEqual(
        aside.map((e) => e.update.update_id),
        [1],
        'only the update that crashed twice is set aside',
      );
      assert.deepEqual(
        replay.map((u) => u.update_id),
        [2, 3, 5, 6],
        'the others are replayed in order',
      );
      // Stored before any is replayed: the chat's next update took the count; the ones waiting
      // behind it were never started and keep theirs.
      const counts = (await repo.loadInbox(botId)).map((e) => {
        const { update, starts } = e as InboxEntry;
        return [update.update_id, starts];
      });
      assert.deepEqual(counts, [
        [2, 2],
        [3, 1],
        [5, 2],
        [6, 2],
      ]);
    } finally {
      await repo.close();
    }
  });
});
