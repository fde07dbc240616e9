import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startBotProcess } from './support/bot-process.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * Start-up with the Bot API out of reach (issue 25): one error line naming the cause and the fix
 * within 10 s of start, retries with backoff, a line when it got through; a token Telegram
 * refuses stops start-up naming TELEGRAM_BOT_TOKEN.
 */

const TOKEN = '123456:TEST_emulator_only_not_a_real_token';
let tg: TelegramHarness;
let dir: string;

before(async () => {
  tg = await startTelegram({ token: TOKEN, timeoutMs: 20_000 });
  dir = mkdtempSync(join(tmpdir(), 'zongjie-reach-'));
});
after(async () => {
  await tg.close();
});

const env = (name: string, extra: Record<string, string>) => ({
  TELEGRAM_BOT_TOKEN: TOKEN,
  STORAGE_URL: `sqlite://${join(dir, `${name}.sqlite`)}`,
  ...extra,
});

/** The first log line at error level, and how long after start it came. */
async function firstError(extra: Record<string, string>, name: string) {
  const bot = startBotProcess(env(name, extra));
  const started = Date.now();
  try {
    await bot.waitForLog(/"level":50/, 15_000);
    const ms = Date.now() - started;
    const line =
      bot
        .output()
        .split('\n')
        .find((l) => l.includes('"level":50')) ?? '';
    return { ms, msg: (JSON.parse(line) as { msg: string }).msg, output: bot.output() };
  } finally {
    bot.kill('SIGKILL');
    await bot.exited;
  }
}

describe('the Bot API cannot be reached at start', () => {
  test('refused: the cause and TELEGRAM_PROXY within 10 s', async () => {
    const r = await firstError({ TELEGRAM_API_ROOT: 'http://127.0.0.1:1' }, 'refused');
    console.log(`refused: error line after ${r.ms} ms`);
    assert.ok(r.ms < 10_000, `${r.ms} ms`);
    assert.match(r.msg, /^无法连接 Telegram（直连）：连接被拒绝 — .*TELEGRAM_PROXY/);
    assert.doesNotMatch(r.output, /TEST_emulator/, 'the token is never logged');
  });

  test('a server that never answers: a timeout within 10 s', async () => {
    const held = new Set<Socket>();
    const silent = createServer((s) => held.add(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const r = await firstError({ TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` }, 'silent');
      console.log(`no answer: error line after ${r.ms} ms`);
      assert.ok(r.ms < 10_000, `${r.ms} ms`);
      assert.match(r.msg, /^无法连接 Telegram（直连）：连接超时 — /);
    } finally {
      for (const s of held) s.destroy();
      silent.close();
    }
  });

  test('through a proxy that is not running: the proxy is named, its password not', async () => {
    const r = await firstError(
      { TELEGRAM_API_ROOT: tg.apiRoot, TELEGRAM_PROXY: 'socks5://op:pw-s3cret@127.0.0.1:1' },
      'proxy',
    );
    assert.match(r.msg, /^无法连接 Telegram（经代理 socks5:\/\/127\.0\.0\.1:1）：.*TELEGRAM_PROXY/);
    assert.doesNotMatch(r.output, /pw-s3cret/);
  });

  test('a passing fault: the error, then a line once it got through, then the bot starts', async () => {
    tg.failNext('getMe', { status: 502 });
    const bot = startBotProcess(env('passing', { TELEGRAM_API_ROOT: tg.apiRoot }));
    try {
      await bot.waitForLog(/"msg":"bot started"/, 30_000);
      const out = bot.output();
      assert.match(out, /"level":50.*"msg":"无法连接 Telegram：服务器返回错误（502）/);
      assert.match(out, /"msg":"Telegram Bot API 已连通"/);
    } finally {
      bot.kill('SIGTERM');
      await bot.exited;
    }
  });

  test('a token Telegram refuses: exit 1 with one line naming TELEGRAM_BOT_TOKEN', async () => {
    tg.respond('getMe', () => ({ ok: false, error_code: 401, description: 'Unauthorized' }));
    const bot = startBotProcess(env('token', { TELEGRAM_API_ROOT: tg.apiRoot }));
    try {
      const { code, ms } = await bot.exited;
      assert.equal(code, 1);
      assert.ok(ms < 15_000, `${ms} ms`);
      assert.match(bot.stderr().trim(), /^配置错误：TELEGRAM_BOT_TOKEN — .*401.*BotFather/);
      assert.equal(bot.stderr().trim().split('\n').length, 1);
    } finally {
      tg.respond('getMe', undefined);
    }
  });
});
