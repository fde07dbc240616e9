import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';

/**
 * What the operator sees when the configuration is wrong: `npm start` stops with exit code 1
 * and one line naming the variable and what is expected, never a stack trace or a secret.
 */

const root = new URL('..', import.meta.url).pathname;
const GOOD_TOKEN = '123456:TEST_emulator_only_not_a_real_token';

function start(env: Record<string, string>) {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      !/^(OPENAI_|STORAGE_URL|TELEGRAM_|ALLOWED_|BOT_MODE|WEBHOOK_|PORT|DRAFTS_|LOG_LEVEL)/.test(k)
    )
      base[k] = v;
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...base, ...env },
    input: '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, stderr: r.stderr.trim(), stdout: r.stdout.trim() };
}

describe('npm start with a bad configuration', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['no token and no terminal', {}, /^配置错误：TELEGRAM_BOT_TOKEN — 未设置/],
    [
      'a malformed token',
      { TELEGRAM_BOT_TOKEN: 'abc' },
      /^配置错误：TELEGRAM_BOT_TOKEN — 格式应为/,
    ],
    [
      'an API key without a model',
      { TELEGRAM_BOT_TOKEN: GOOD_TOKEN, OPENAI_API_KEY: 'sk-test-not-a-secret' },
      /^配置错误：OPENAI_MODEL — /,
    ],
    [
      'a bad drafts limit',
      { DRAFTS_PER_DAY: 'lots' },
      /^配置错误：DRAFTS_PER_DAY — 应为 1 到 10000 之间的整数$/,
    ],
    [
      'a short webhook secret',
      {
        TELEGRAM_BOT_TOKEN: GOOD_TOKEN,
        BOT_MODE: 'webhook',
        WEBHOOK_URL: 'https://bot.example.cn/telegram',
        WEBHOOK_SECRET: 'short',
      },
      /^配置错误：WEBHOOK_SECRET — /,
    ],
    ['an unknown storage scheme', { STORAGE_URL: 'mysql://x' }, /^配置错误：STORAGE_URL — /],
    [
      'an unreachable Redis',
      {
        TELEGRAM_BOT_TOKEN: GOOD_TOKEN,
        ALLOWED_USER_IDS: '*',
        STORAGE_URL: 'redis://user:hunter2-secret@127.0.0.1:1',
      },
      /STORAGE_URL=redis:\/\/user:\*\*\*@127\.0\.0\.1:1/,
    ],
  ];
  for (const [name, env, expected] of cases) {
    test(`${name}: exit 1 with one line`, () => {
      const r = start(env);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, expected);
      assert.equal(r.stderr.split('\n').length, 1, `one line, got:\n${r.stderr}`);
      assert.doesNotMatch(r.stderr, /\n\s+at |hunter2|sk-test|TEST_emulator/);
    });
  }
});
