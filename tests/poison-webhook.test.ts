import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { attemptKey, openRepository } from '../src/storage/repository.js';
import { type BotProcess, startBotProcess } from './support/bot-process.js';
import {
  type Availability,
  closedPort,
  POSTGRES_URL,
  postgresAvailable,
  REDIS_URL,
  redisAvailable,
  skipOrFail,
} from './support/services.js';
import { stickFileDownloads } from './support/stuck-file.js';
import { startTelegram } from './support/telegram.js';

/**
 * Webhook mode: Telegram sends an update again when the instance it went to died without
 * answering, so an update that kills the bot would kill every instance it reaches, forever.
 * Each delivery is counted in the shared store before it is handled; the third delivery of an
 * update that never finished is answered 200 without being handled, and its sender told once.
 * The bot runs as the operator runs it (`BOT_MODE=webhook`), killed with kill -9 while it is
 * stuck in the update, and started again on the same port, where the Bot API emulator's
 * retries find it.
 */

const tmp = mkdtempSync(join(tmpdir(), 'zongjie-poison-webhook-'));
const running: BotProcess[] = [];
after(() => {
  for (const bot of running) bot.kill('SIGKILL');
});

const SECRET = 'poison_webhook_secret_0123456789';
const CHOOSE = /请选择要写的总结类型/;
const FILE_NAME = '述职材料（定稿）.docx';
const NOTICE = `您发来的文件「${FILE_NAME}」没能读取，已跳过。`;

interface Backend {
  name: string;
  check?: () => Promise<Availability>;
  url: string;
}

const backends: Backend[] = [
  { name: 'SQLite', url: `sqlite://${join(tmp, 'bot.sqlite')}` },
  { name: 'Redis', check: redisAvailable, url: REDIS_URL },
  { name: 'PostgreSQL', check: postgresAvailable, url: POSTGRES_URL },
];

describe('an update that kills the webhook bot', () => {
  for (const backend of backends) {
    test(`${backend.name}: the third delivery is answered without handling; the others are served`, async (t) => {
      if (backend.check) {
        const avail = await backend.check();
        if (!avail.ok) return skipOrFail(t, backend.name, avail);
      }
      // A bot id of this run only: Redis and PostgreSQL are shared, and update ids restart at 1.
      const botId = 700_000 + Math.floor(Math.random() * 200_000);
      const token = `${botId}:TEST_poison_webhook_emulator_only`;
      const tg = await startTelegram({ token, timeoutMs: 20_000 });
      tg.respond('getMe', () => ({
        id: botId,
        is_bot: true,
        first_name: '总结助手',
        username: 'zongjie_poison_webhook_bot',
      }));
      const port = await closedPort();
      const url = `http://127.0.0.1:${port}/telegram`;
      const env = {
        TELEGRAM_BOT_TOKEN: token,
        TELEGRAM_API_ROOT: tg.apiRoot,
        STORAGE_URL: backend.url,
        BOT_MODE: 'webhook',
        WEBHOOK_URL: url,
        WEBHOOK_SECRET: SECRET,
        PORT: String(port),
      };
      const start = async () => {
        const bot = startBotProcess(env);
        running.push(bot);
        await bot.waitForLog(/"msg":"bot started"/);
        return bot;
      };
      const stuck = stickFileDownloads(tg);
      const base = 7_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
      const sender = tg.user(base + 1);
      const meanwhile = tg.user(base + 2);
      const waiting = tg.user(base + 3);
      try {
        const first = await start();
        await sender.sendDocument(FILE_NAME, Buffer.from('PK\u0003\u0004 not read: getFile hangs'));
        await stuck.reached(1);
        first.kill('SIGKILL');
        await first.exited;

        // Telegram sends it again to the next instance up; it dies in it again. Other chats
        // are delivered meanwhile and answered.
        const second = await start();
        await stuck.reached(2);
        await meanwhile.send('/new');
        await meanwhile.waitFor(CHOOSE);
        second.kill('SIGKILL');
        await second.exited;

        await waiting.send('/new');
        const restarted = Date.now();
        const third = await start();
        const startedAfter = Date.now() - restarted;
        await waiting.waitFor(CHOOSE);
        const servedAfter = Date.now() - restarted;
        await sender.waitFor(NOTICE);
        await tg.waitForDelivered();
        console.log(
          `# poison update (webhook, ${backend.name}): after the 2nd crash, restart → bot ` +
            `started in ${startedAfter} ms, next user answered ${servedAfter} ms after the restart`,
        );

        const doc = tg.deliveries.filter((d) => d.updateId === 1);
        assert.equal(doc.at(-1)?.status, 200, 'the update is finally acknowledged');
        assert.equal(stuck.calls, 2, 'the third delivery is not handled');

        // Should Telegram send it once more (our 200 lost on the way), it is acknowledged
        // again, still not handled, and the sender is not told twice.
        const again = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-telegram-bot-api-secret-token': SECRET,
          },
          body: JSON.stringify({
            update_id: 1,
            message: {
              message_id: 1,
              date: Math.floor(Date.now() / 1000),
              chat: sender.chat,
              from: sender.from,
              document: { file_id: 'gone', file_unique_id: 'gone', file_name: FILE_NAME },
            },
          }),
        });
        assert.equal(again.status, 200);
        await sender.send('/new');
        await sender.waitFor(CHOOSE);
        assert.equal(stuck.calls, 2);
        assert.equal(
          sender.messages().filter((m) => m.text.includes(NOTICE)).length,
          1,
          'the sender is told once',
        );

        const aside = third
          .output()
          .split('\n')
          .filter((line) => line.includes('update set aside'));
        assert.equal(aside.length, 2, third.output().slice(-2000));
        const logged = JSON.parse(aside[0] ?? '{}') as Record<string, unknown>;
        assert.equal(logged.level, 50, 'logged at error level');
        assert.deepEqual([logged.update, logged.user, logged.kind], [1, sender.id, 'document']);
        for (const bot of [first, second, third]) {
          assert.ok(!bot.output().includes(FILE_NAME), 'the file name is not logged');
        }
        third.kill('SIGTERM');
        assert.equal((await third.exited).code, 0, third.output().slice(-2000));
        const repo = await openRepository(backend.url);
        try {
          // Kept (expiring in a day) so that yet another delivery is not handled either.
          assert.equal(await repo.store.get(attemptKey(botId, 1)), 4);
          await repo.store.delete(attemptKey(botId, 1));
          for (const u of [sender, meanwhile, waiting]) await repo.deleteUser(String(u.id));
        } finally {
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
