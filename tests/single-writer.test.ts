import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openRepository } from '../src/storage/repository.js';
import { type BotProcess, startBotProcess } from './support/bot-process.js';
import { runTs } from './support/services.js';
import { basicsSteps, converse } from './support/story.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * One SQLite file, one process. A second `npm start` on the same file (a systemd unit started
 * twice, a deploy overlapping the old process) used to run alongside the first: 50 answers sent
 * to both, all acknowledged, 20 lost. Now it stops at once and says who holds the file.
 */

const TOKEN = '123456:TEST_single_writer_emulator_only';
let tg: TelegramHarness;
let dir: string;
let file: string;
const running: BotProcess[] = [];

before(async () => {
  tg = await startTelegram({ token: TOKEN, timeoutMs: 15_000 });
  dir = mkdtempSync(join(tmpdir(), 'zongjie-writer-'));
  file = join(dir, 'bot.sqlite');
});
after(async () => {
  for (const bot of running) bot.kill('SIGKILL');
  await tg.close();
});

function bot(): BotProcess {
  const started = startBotProcess({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: tg.apiRoot,
    STORAGE_URL: `sqlite://${file}`,
  });
  running.push(started);
  return started;
}

describe('one writer per SQLite file', () => {
  test('a second process stops with one line naming the file and the first process', async () => {
    const first = bot();
    await first.waitForLog(/"msg":"bot started"/);
    const u = tg.user(4101);
    await converse(u, basicsSteps('双启镇'));

    const second = bot();
    const exit = await second.exited;
    assert.equal(exit.code, 1, second.output());
    const lines = second.stderr().trim().split('\n');
    assert.equal(lines.length, 1, second.stderr());
    assert.match(lines[0]!, new RegExp(`${file}.*pid ${first.pid}`));
    assert.match(lines[0]!, /Redis 或 PostgreSQL/);
    assert.ok(exit.ms < 10_000, `refused at once (${exit.ms} ms)`);

    // The terminal chat is a process too.
    const chat = await runTs('src/terminal/main.ts', [], {
      env: { STORAGE_URL: `sqlite://${file}`, CHAT_USER_ID: 'operator' },
    });
    assert.equal(chat.code, 1, chat.stdout);
    assert.match(chat.stderr.trim(), new RegExp(`^[^\\n]*pid ${first.pid}[^\\n]*$`));

    // The first process goes on serving: 30 answers sent at once, all acknowledged, all kept.
    const sent = Array.from({ length: 30 }, (_, i) => `走访党外人士第${i + 1}次`);
    const ids: number[] = [];
    for (const text of sent) ids.push(await u.send(text));
    await u.waitForCall('setMessageReaction', (c) => Number(c.payload.message_id) === ids.at(-1), {
      timeoutMs: 20_000,
    });

    // kill -9 frees the file at once (the kernel drops the lock): no stale lock to clear.
    first.kill('SIGKILL');
    await first.exited;
    const third = bot();
    await third.waitForLog(/"msg":"bot started"/);
    third.kill('SIGTERM');
    assert.equal((await third.exited).code, 0, third.output());

    const repo = await openRepository(`sqlite://${file}`);
    const { state } = await repo.loadUser('4101');
    await repo.close();
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, sent);
  });
});
