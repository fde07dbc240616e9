import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openRepository } from '../src/storage/repository.js';
import { startBot } from './support/bot-app.js';
import { type BotProcess, startBotProcess } from './support/bot-process.js';
import { basics, RECORDED, step } from './support/story.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * The Bot API unreachable: a reply cannot be sent. auto-retry used to retry network errors
 * forever, so the update never ended, and SIGTERM waited for it without a deadline (still alive
 * 15 minutes later). Now a call gives up after TELEGRAM_RETRY_MS and a stop after
 * SHUTDOWN_TIMEOUT_MS.
 */

const TOKEN = '123456:TEST_shutdown_emulator_only_token';
let tg: TelegramHarness;
const running: BotProcess[] = [];

before(async () => {
  tg = await startTelegram({ token: TOKEN, timeoutMs: 15_000 });
});
after(async () => {
  for (const bot of running) bot.kill('SIGKILL');
  await tg.close();
});

describe('the Bot API unreachable', () => {
  test('SIGTERM ends the process within the deadline, exit 1 with a log line; the answer is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zongjie-shutdown-'));
    const file = join(dir, 'bot.sqlite');
    const bot = startBotProcess({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: tg.apiRoot,
      STORAGE_URL: `sqlite://${file}`,
      SHUTDOWN_TIMEOUT_MS: '3000',
    });
    running.push(bot);
    await bot.waitForLog(/"msg":"bot started"/);
    const u = tg.user(4201);
    await basics(u, '断网镇');
    // The first answer is also explained in words (once); the one that is cut off comes after.
    await step(u, '建立统战工作台账3本', RECORDED);

    // From now on every reply to this user is lost on the way (the connection drops); an answer
    // is acknowledged with a reaction on it (issue 13).
    for (const method of ['sendMessage', 'setMessageReaction']) {
      tg.failNext(method, { dropConnection: true, times: 100_000, chatId: u.chatId });
    }
    await u.send('党委专题研究统战工作4次');
    await tg.waitForCall('setMessageReaction', (c) => c.chatId === u.chatId && !c.ok);
    bot.kill('SIGTERM');
    const exit = await Promise.race([
      bot.exited,
      sleep(20_000).then(() => ({ code: 'still running after 20 s', ms: 0 })),
    ]);
    assert.equal(exit.code, 1, bot.output().slice(-1500));
    assert.ok(exit.ms > 0);
    assert.match(bot.output(), /"msg":"shutdown deadline passed; exiting"/);

    const repo = await openRepository(`sqlite://${file}`);
    const { state } = await repo.loadUser('4201');
    await repo.close();
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [
      '建立统战工作台账3本',
      '党委专题研究统战工作4次',
    ]);
  });

  test('a reply that cannot be sent stops being retried after TELEGRAM_RETRY_MS', async () => {
    const bot = await startBot(tg, {}, { bot: { networkRetryMs: 1500 } });
    try {
      const cut = tg.user(4202);
      const other = tg.user(4203);
      await basics(cut, '孤岛镇');
      await step(cut, '建立统战工作台账3本', RECORDED);
      for (const method of ['sendMessage', 'setMessageReaction']) {
        tg.failNext(method, { dropConnection: true, times: 100_000, chatId: cut.chatId });
      }
      await cut.send('党委专题研究统战工作2次');
      await tg.waitForCall('setMessageReaction', (c) => c.chatId === cut.chatId && !c.ok);
      // The update in hand ends (its reply and the error notice both give up) …
      const started = Date.now();
      await Promise.race([
        bot.polling.idle(),
        sleep(8000).then(() => assert.fail('the update is still retrying after 8 s')),
      ]);
      const took = Date.now() - started;
      assert.ok(took >= 1000, `retried for a while first (${took} ms)`);
      const attempts = cut.calls().length;
      await sleep(1500);
      assert.equal(cut.calls().length, attempts, 'no retries after giving up');
      // … and everyone else is served meanwhile and afterwards.
      await basics(other, '通达镇');
      await step(other, '建立统战工作台账3本', RECORDED);
      const { state } = await bot.app.repo.loadUser('4202');
      assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [
        '建立统战工作台账3本',
        '党委专题研究统战工作2次',
      ]);
    } finally {
      await bot.stop();
    }
  });
});
