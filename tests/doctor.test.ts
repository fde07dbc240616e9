import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type OpenAIMock, startOpenAIMock } from './support/openai-mock.js';
import { REPO_ROOT } from './support/services.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * `npm run doctor` (issue 25) against the Bot API emulator and the loopback model: every line ✓
 * and exit 0 when all is right; a wrong token or a wrong key gives the matching ✗ and exit 1.
 * No secret is printed.
 */

const TOKEN = '123456:TEST_emulator_only_not_a_real_token';
const KEY = 'sk-test-doctor-not-a-secret';
let tg: TelegramHarness;
let mock: OpenAIMock;
let dir: string;

before(async () => {
  tg = await startTelegram({ token: TOKEN, timeoutMs: 20_000 });
  mock = await startOpenAIMock();
  dir = mkdtempSync(join(tmpdir(), 'zongjie-doctor-'));
});
after(async () => {
  await mock.close();
  await tg.close();
});

function doctor(extra: Record<string, string> = {}) {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(OPENAI_|STORAGE_|TELEGRAM_|TRANSCRIBE_|HTTPS?_PROXY|NO_PROXY)/i.test(k)) base[k] = v;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/doctor.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...base,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: tg.apiRoot,
      OPENAI_BASE_URL: mock.url,
      OPENAI_API_KEY: KEY,
      OPENAI_MODEL: 'mock-model',
      TRANSCRIBE_MODEL: 'mock-asr',
      STORAGE_URL: `sqlite://${join(dir, 'doctor.sqlite')}`,
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  return new Promise<{ code: number | null; lines: string[] }>((resolve) =>
    child.once('exit', (code) => resolve({ code, lines: out.trim().split('\n') })),
  );
}

describe('npm run doctor', () => {
  test('everything configured and reachable: one ✓ line per part, exit 0', async () => {
    const r = await doctor();
    assert.equal(r.code, 0, r.lines.join('\n'));
    assert.deepEqual(
      r.lines.map((l) => l.split('：')[0]),
      ['✓ 配置', '✓ Telegram Bot API', '✓ 模型', '✓ 语音转写', '✓ 存储'],
      r.lines.join('\n'),
    );
    assert.match(r.lines[1] ?? '', /令牌有效/);
    assert.match(r.lines[2] ?? '', /mock-model 可用/);
    assert.doesNotMatch(r.lines.join('\n'), /TEST_emulator|sk-test-doctor/);
  });

  test('a token Telegram refuses: ✗ on the Telegram line naming TELEGRAM_BOT_TOKEN, exit 1', async () => {
    tg.respond('getMe', () => ({ ok: false, error_code: 401, description: 'Unauthorized' }));
    try {
      const r = await doctor();
      assert.equal(r.code, 1);
      assert.match(r.lines[1] ?? '', /^✗ Telegram Bot API：.*401.*TELEGRAM_BOT_TOKEN/);
      assert.match(r.lines[2] ?? '', /^✓ 模型/, 'the other parts are still checked');
    } finally {
      tg.respond('getMe', undefined);
    }
  });

  test('a key the provider refuses: ✗ on the model line naming OPENAI_API_KEY, exit 1', async () => {
    mock.enqueue({ status: 401, message: 'Incorrect API key provided' });
    const r = await doctor();
    assert.equal(r.code, 1);
    assert.match(r.lines[1] ?? '', /^✓ Telegram/);
    assert.match(r.lines[2] ?? '', /^✗ 模型：模型接口拒绝了密钥（401）— 请核对 OPENAI_API_KEY/);
  });

  test('a model name the provider does not know: ✗ naming OPENAI_MODEL', async () => {
    mock.enqueue({ status: 404, message: 'The model `mock-modle` does not exist' });
    const r = await doctor({ OPENAI_MODEL: 'mock-modle' });
    assert.equal(r.code, 1);
    assert.match(r.lines[2] ?? '', /^✗ 模型：.*OPENAI_MODEL/);
  });

  test('nothing listening at the Bot API, a bad storage URL: ✗ each with what to do', async () => {
    const r = await doctor({
      TELEGRAM_API_ROOT: 'http://127.0.0.1:1',
      STORAGE_URL: 'redis://user:hunter2-secret@127.0.0.1:1',
    });
    assert.equal(r.code, 1);
    assert.match(r.lines[1] ?? '', /^✗ Telegram Bot API：.*连接被拒绝 — .*TELEGRAM_PROXY/);
    assert.match(r.lines[4] ?? '', /^✗ 存储：.*redis:\/\/user:\*\*\*@127\.0\.0\.1:1/);
    assert.doesNotMatch(r.lines.join('\n'), /hunter2/);
  });

  test('a bad setting: the one configuration line, exit 1', async () => {
    const r = await doctor({ TELEGRAM_PROXY: 'ftp://proxy:21' });
    assert.equal(r.code, 1);
    assert.deepEqual(r.lines.length, 1);
    assert.match(r.lines[0] ?? '', /^✗ 配置：配置错误：TELEGRAM_PROXY — /);
  });
});
