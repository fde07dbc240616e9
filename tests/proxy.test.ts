import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createModelClient } from '../src/compose/model.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { createTranscriber } from '../src/intake/transcribe.js';
import { startBotProcess } from './support/bot-process.js';
import { makeDocx } from './support/documents.js';
import { type OpenAIMock, startOpenAIMock } from './support/openai-mock.js';
import { startConnectProxy, startSocks5Proxy, type TestProxy } from './support/proxies.js';
import { basics } from './support/story.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * TELEGRAM_PROXY (issue 25): the bot as the operator runs it reaches the Bot API — calls and
 * file downloads — only through a loopback proxy started here, under a host name that resolves
 * nowhere but in that proxy (telegram.test), while the model stand-in is reached directly.
 * The proxy's password never shows in the logs.
 */

const TOKEN = '123456:TEST_emulator_only_not_a_real_token';
const PASSWORD = 'pr0xy-s3cret';
const MATERIAL = [
  '镇党委加强组织领导，专题研究统战工作4次。',
  '开展理论学习8次，组织党外人士学习政策。',
];

let tg: TelegramHarness;
let mock: OpenAIMock;
let dir: string;

before(async () => {
  tg = await startTelegram({ token: TOKEN, timeoutMs: 20_000 });
  mock = await startOpenAIMock();
  dir = mkdtempSync(join(tmpdir(), 'zongjie-proxy-'));
});
after(async () => {
  await mock.close();
  await tg.close();
});

/** The emulator's address under a name only the proxy knows. */
const hiddenRoot = () => tg.apiRoot.replace('127.0.0.1', 'telegram.test');

async function throughProxy(proxy: TestProxy, userId: number, name: string) {
  const bot = startBotProcess({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: hiddenRoot(),
    TELEGRAM_PROXY: proxy.url,
    STORAGE_URL: `sqlite://${join(dir, `${name}.sqlite`)}`,
    OPENAI_BASE_URL: mock.url,
    OPENAI_API_KEY: 'sk-test-not-a-secret',
    OPENAI_MODEL: 'mock-model',
  });
  try {
    await bot.waitForLog(/"msg":"bot started"/, 30_000);
    const u = tg.user(userId);
    await basics(u, '清河镇');
    // A document: getFile through the Bot API, its bytes from the file URL (global fetch before
    // issue 25), both through the proxy; sorted into parts by the model, reached directly.
    const modelCalls = mock.requests.length;
    await u.sendDocument('简报.docx', await makeDocx(MATERIAL));
    await u.waitFor(/已读取文件《简报\.docx》/);
    await u.tap('按部分整理');
    await u.waitFor(/已归入：/);
    assert.ok(mock.requests.length > modelCalls, 'the model stand-in was asked directly');
    assert.ok(proxy.tunnels.length > 0, 'the Bot API was reached through the proxy');
    const port = new URL(tg.apiRoot).port;
    assert.deepEqual(
      [...new Set(proxy.tunnels)],
      [`telegram.test:${port}`],
      'only the Bot API goes through TELEGRAM_PROXY',
    );
    assert.doesNotMatch(bot.output(), new RegExp(PASSWORD));
    assert.match(bot.output(), /"telegramProxy":"(http|socks5):\/\/127\.0\.0\.1:\d+"/);
  } finally {
    bot.kill('SIGTERM');
    await bot.exited;
  }
}

describe('the Bot API through a proxy', () => {
  test('an HTTP CONNECT proxy with a password', async () => {
    const proxy = await startConnectProxy({ hosts: ['telegram.test'], auth: `op:${PASSWORD}` });
    try {
      await throughProxy(proxy, 7101, 'connect');
    } finally {
      await proxy.close();
    }
  });

  test('a SOCKS5 proxy with a password (names resolved by the proxy)', async () => {
    const proxy = await startSocks5Proxy({ hosts: ['telegram.test'], auth: `op:${PASSWORD}` });
    try {
      await throughProxy(proxy, 7102, 'socks');
    } finally {
      await proxy.close();
    }
  });
});

describe('proxy settings', () => {
  const base = { TELEGRAM_BOT_TOKEN: TOKEN, OPENAI_API_KEY: 'sk-x', OPENAI_MODEL: 'm' };

  test('a malformed proxy stops start-up naming the variable, not echoing the value', () => {
    for (const name of ['TELEGRAM_PROXY', 'OPENAI_PROXY', 'TRANSCRIBE_PROXY', 'HTTPS_PROXY']) {
      assert.throws(
        () => loadConfig({ ...base, [name]: `ftp://u:${PASSWORD}@host:21` }),
        (e: unknown) =>
          e instanceof ConfigError &&
          e.message.startsWith(`配置错误：${name} — 应为 http://、https:// 或 socks5://`) &&
          !e.message.includes(PASSWORD),
      );
    }
  });

  test('HTTPS_PROXY serves where no own proxy is set; NO_PROXY exempts a host', () => {
    const c = loadConfig({
      ...base,
      OPENAI_BASE_URL: 'https://api.deepseek.com',
      HTTPS_PROXY: 'http://10.0.0.1:3128',
      TELEGRAM_PROXY: 'socks5://127.0.0.1:1080',
      NO_PROXY: 'localhost, .deepseek.com',
    });
    assert.equal(c.telegramProxy, 'socks5://127.0.0.1:1080');
    assert.equal(c.model?.proxy, undefined, 'NO_PROXY names the model host');
    const d = loadConfig({ ...base, HTTPS_PROXY: 'http://10.0.0.1:3128' });
    assert.equal(d.telegramProxy, 'http://10.0.0.1:3128');
    assert.equal(d.model?.proxy, 'http://10.0.0.1:3128');
    const e = loadConfig({ ...base, OPENAI_PROXY: 'http://10.0.0.2:8080' });
    assert.equal(e.telegramProxy, undefined, 'the model proxy is not the Bot API one');
    assert.equal(e.model?.proxy, 'http://10.0.0.2:8080');
  });
});

describe('the model and transcription through their proxies', () => {
  test('OPENAI_PROXY (HTTP CONNECT): a streamed draft; TRANSCRIBE_PROXY (SOCKS5): a voice note', async () => {
    const connectProxy = await startConnectProxy({ hosts: ['model.test'] });
    const socksProxy = await startSocks5Proxy({ hosts: ['model.test'], auth: `op:${PASSWORD}` });
    const hidden = mock.url.replace('127.0.0.1', 'model.test');
    try {
      const model = createModelClient({
        apiKey: 'sk-test-not-a-secret',
        baseURL: hidden,
        model: 'mock-model',
        timeoutMs: 5_000,
        maxRetries: 0,
        proxy: connectProxy.url,
      });
      mock.enqueue({ reply: '草稿正文。', chunkSize: 2 });
      const result = await model.streamCompletion([{ role: 'user', content: '写一句' }]);
      assert.equal(result.text, '草稿正文。');
      assert.equal(connectProxy.tunnels.length, 1);
      const transcriber = createTranscriber({
        apiKey: 'sk-test-not-a-secret',
        baseURL: hidden,
        model: 'mock-asr',
        timeoutMs: 5_000,
        maxRetries: 0,
        proxy: socksProxy.url,
      });
      const heard = await transcriber.transcribe(Buffer.alloc(2_000, 1), 'voice.ogg', 'audio/ogg');
      assert.deepEqual(heard, { ok: true, text: '今年开展走访慰问3次。' });
      assert.equal(
        mock.transcriptions.at(-1)?.model,
        'mock-asr',
        'the multipart form arrived whole',
      );
      assert.ok(socksProxy.tunnels.every((t) => t.startsWith('model.test:')));
      assert.ok(socksProxy.tunnels.length >= 1);
    } finally {
      await connectProxy.close();
      await socksProxy.close();
    }
  });
});
