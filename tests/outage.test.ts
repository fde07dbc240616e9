import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type App, openApp } from '../src/app/bootstrap.js';
import { TEXT } from '../src/bot/bot.js';
import { createWebhookServer } from '../src/server/webhook.js';
import { closedPort } from './support/services.js';
import { basicsSteps, converse, RECORDED, reactions, step } from './support/story.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * Storage down for a few seconds under a webhook instance: a Redis of its own (not the shared
 * test Redis), killed and started again on the same port and data directory (append-only file,
 * fsync always, so a kill -9 loses no acknowledged write). The user is told to retry while it is
 * down; afterwards every acknowledged answer is stored once.
 */

const TOKEN = '123456:TEST_emulator_only_not_a_real_token';
const SECRET = 'outage_test_secret_0123456789';
const PATH = '/telegram';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

let tg: TelegramHarness;
let dir: string;
let port: number;
let redis: ChildProcess | undefined;
let app: App | undefined;
let web: Awaited<ReturnType<typeof createWebhookServer>> | undefined;

async function startRedis(): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
      '--protected-mode',
      'yes',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 10_000);
    child.stdout?.on('data', (d) => {
      out += d;
      if (/Ready to accept connections/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}): ${out}`));
    });
  });
  child.removeAllListeners('exit');
  return child;
}

async function killRedis(): Promise<void> {
  const child = redis;
  redis = undefined;
  if (!child || child.exitCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await gone;
}

const health = async () =>
  (await fetch(`http://127.0.0.1:${web!.port}/healthz`).catch(() => undefined))?.status ?? 0;

before(async () => {
  if (!hasRedis) return;
  dir = mkdtempSync(join(tmpdir(), 'zongjie-outage-'));
  port = await closedPort();
  redis = await startRedis();
  tg = await startTelegram({ token: TOKEN, timeoutMs: 15_000 });
  app = await openApp({
    env: {
      ALLOWED_USER_IDS: '*',
      STORAGE_URL: `redis://127.0.0.1:${port}`,
      STORAGE_TIMEOUT_MS: '1500',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    },
  });
  web = await createWebhookServer(app, tg.token, tg.apiRoot, {
    port: 0,
    host: '127.0.0.1',
    path: PATH,
    secret: SECRET,
  });
  await web.bot.bot.api.setWebhook(`http://127.0.0.1:${web.port}${PATH}`, {
    secret_token: SECRET,
  });
});

after(async () => {
  await web?.close();
  await app?.close();
  await tg?.close();
  await killRedis();
});

describe('storage unavailable for a few seconds', () => {
  test('the user is told to retry at once; afterwards every acknowledged answer is stored once', async (t) => {
    if (!hasRedis) {
      const why = 'redis-server is not installed (apt-get install redis-server)';
      if (process.env.CI === 'true') throw new Error(`CI=true and ${why}`);
      t.skip(why);
      return;
    }
    const u = tg.user(8301);
    await converse(u, basicsSteps('断电镇'));
    // 基本信息's typed values get their ✍ too: only the answers' are counted below.
    const typed = reactions(u).length;
    const answers = [
      await step(u, '党委专题研究统战工作4次', RECORDED),
      await step(u, '16个村配备统战联络员', RECORDED),
    ];
    assert.equal(await health(), 200);

    await killRedis();
    const started = Date.now();
    const told = await step(u, '建立统战工作台账3本', TEXT.error);
    const took = Date.now() - started;
    assert.equal(told.text, TEXT.error);
    assert.ok(took < 3000, `the user hears about it at once, not after a timeout (${took} ms)`);
    assert.equal(await health(), 503, '/healthz reports the outage');
    await tg.waitForDelivered();

    redis = await startRedis();
    const deadline = Date.now() + 15_000;
    while ((await health()) !== 200) {
      assert.ok(Date.now() < deadline, 'the instance reconnects to Redis by itself');
      await new Promise((r) => setTimeout(r, 100));
    }
    answers.push(await step(u, '建立统战工作台账3本', RECORDED));
    answers.push(await step(u, '召开联席会议2次', RECORDED));
    await tg.waitForDelivered();

    const { state } = await app!.repo.loadUser('8301');
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [
      '党委专题研究统战工作4次',
      '16个村配备统战联络员',
      '建立统战工作台账3本',
      '召开联席会议2次',
    ]);
    const sent = u.calls('sendMessage').filter((c) => c.ok);
    assert.deepEqual(
      reactions(u)
        .slice(typed)
        .map((c) => Number(c.payload.message_id)),
      answers,
      'each stored answer acknowledged once (a ✍ on it), the refused try not at all',
    );
    assert.equal(sent.filter((c) => c.payload.text === TEXT.error).length, 1);
  });

  test('a frozen Redis (not dead): told to retry after STORAGE_TIMEOUT_MS; nothing applied twice', async (t) => {
    if (!hasRedis || !redis) {
      t.skip('redis-server is not installed (apt-get install redis-server)');
      return;
    }
    const u = tg.user(8302);
    await converse(u, [...basicsSteps('冰封镇'), ['党委专题研究统战工作2次', RECORDED]]);

    redis.kill('SIGSTOP');
    try {
      const started = Date.now();
      const told = await step(u, '建立联络员队伍', TEXT.error);
      const took = Date.now() - started;
      assert.equal(told.text, TEXT.error);
      assert.ok(took >= 1400 && took < 6000, `told after the read timeout (${took} ms)`);
    } finally {
      redis.kill('SIGCONT');
    }
    await tg.waitForDelivered();
    await step(u, '建立联络员队伍', RECORDED);
    const { state } = await app!.repo.loadUser('8302');
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [
      '党委专题研究统战工作2次',
      '建立联络员队伍',
    ]);
  });
});
