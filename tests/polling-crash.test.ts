import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
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
import { basics, reactions } from './support/story.js';
import { startTelegram, type TestUser } from './support/telegram.js';

/**
 * kill -9 of a polling bot in the middle of a burst. Telegram forgets an update once a later
 * getUpdates confirms it; the bot used to fetch (and so confirm) far ahead of what it had
 * handled, and a kill -9 dropped the difference: 31 of 240 updates on SQLite, 47 of 120 on Redis,
 * 68 of 160 on PostgreSQL, neither stored nor answered. Here 8 users send 30 answers each at
 * once, the bot process is killed while dozens are in flight, started again, and the store must
 * hold every answer exactly once, in the order sent.
 */

const USERS = 8;
const ANSWERS = 30;
/** Answers each user sends while the bot is down: they must come after the replayed ones. */
const LATER = 2;
const KILL_AFTER_ACKS = 24;

const tmp = mkdtempSync(join(tmpdir(), 'zongjie-burst-'));
const running: BotProcess[] = [];
after(() => {
  for (const bot of running) bot.kill('SIGKILL');
});

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

/** Answers acknowledged: the bot's ✍ reaction on each (issue 13: no message per answer). */
const acks = (u: TestUser) => reactions(u).length;

describe('kill -9 of a polling bot in the middle of a burst', () => {
  for (const backend of backends) {
    test(`${backend.name}: every answer is stored once, none lost, none applied twice`, async (t) => {
      if (backend.check) {
        const avail = await backend.check();
        if (!avail.ok) return skipOrFail(t, backend.name, avail);
      }
      // A bot id and user ids of this run only: Redis and PostgreSQL are shared.
      const botId = 700_000 + Math.floor(Math.random() * 200_000);
      const token = `${botId}:TEST_burst_emulator_only_not_a_token`;
      const tg = await startTelegram({ token, timeoutMs: 20_000 });
      tg.respond('getMe', () => ({
        id: botId,
        is_bot: true,
        first_name: '总结助手',
        username: 'zongjie_burst_bot',
      }));
      const base = 6_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
      const users = Array.from({ length: USERS }, (_, i) => tg.user(base + i));
      const env = {
        TELEGRAM_BOT_TOKEN: token,
        TELEGRAM_API_ROOT: tg.apiRoot,
        STORAGE_URL: backend.url,
      };
      const start = async () => {
        const bot = startBotProcess(env);
        running.push(bot);
        await bot.waitForLog(/"msg":"bot started"/);
        return bot;
      };
      try {
        const first = await start();
        await Promise.all(users.map((u, i) => basics(u, `试点${i + 1}镇`)));

        const texts = (i: number) =>
          Array.from(
            { length: ANSWERS + LATER },
            (_, k) => `第${i + 1}户第${k + 1}条：走访党外人士${k + 1}次`,
          );
        // (Counted from here, for these users: the backends' runs share the proxy.)
        const fetchedBefore = tg.proxy.fetched.length;
        // Everything is sent before the bot has answered much of it.
        await Promise.all(
          users.map(async (u, i) => {
            for (const text of texts(i).slice(0, ANSWERS)) await u.send(text);
          }),
        );
        const sent = USERS * (ANSWERS + LATER);
        const deadline = Date.now() + 20_000;
        while (users.reduce((n, u) => n + acks(u), 0) < KILL_AFTER_ACKS) {
          assert.ok(Date.now() < deadline, 'the bot answers the burst');
          await new Promise((r) => setImmediate(r));
        }
        first.kill('SIGKILL');
        await first.exited;
        const answered = users.reduce((n, u) => n + acks(u), 0);
        const ours = new Set(users.map((u) => u.id));
        const fetched = new Set(
          tg.proxy.fetched
            .slice(fetchedBefore)
            .filter((f) => f.from !== undefined && ours.has(f.from))
            .map((f) => f.id),
        ).size;
        await Promise.all(
          users.map(async (u, i) => {
            for (const text of texts(i).slice(ANSWERS)) await u.send(text);
          }),
        );

        const second = await start();
        await tg.waitForDelivered({ timeoutMs: 30_000 });
        // Polling goes on while the leftovers are replayed; a chat whose lock the killed process
        // held waits for it to expire (15 s), which is longer than a stop may take.
        await second.waitForLog(/"msg":"replay finished"/);
        second.kill('SIGTERM');
        assert.equal((await second.exited).code, 0, second.output().slice(-2000));

        const repo = await openRepository(backend.url);
        let lost = 0;
        let twice = 0;
        /** Users whose answers are stored in another order than they were sent. */
        let shuffled = 0;
        try {
          for (const [i, u] of users.entries()) {
            const { state } = await repo.loadUser(String(u.id));
            const parts = state.summaries[0]?.answers.organization?.parts ?? [];
            for (const text of texts(i)) {
              const n = parts.filter((p) => p === text).length;
              if (n === 0) lost++;
              if (n > 1) twice += n - 1;
            }
            const theirs = parts.filter((p) => texts(i).includes(p));
            if (theirs.join('\n') !== texts(i).join('\n')) shuffled++;
          }
          assert.deepEqual(await repo.loadInbox(botId), [], 'the inbox is empty after a stop');
        } finally {
          for (const u of users) await repo.deleteUser(String(u.id));
          await repo.close();
        }
        console.log(
          `# kill -9 burst on ${backend.name}: ${sent} sent, ${fetched} fetched and ${answered} ` +
            `answered before the kill (${fetched - answered} in flight); lost ${lost}, applied twice ${twice}`,
        );
        assert.equal(lost, 0, `${lost} of ${sent} answers lost`);
        assert.equal(twice, 0, `${twice} answers applied twice`);
        // Replayed leftovers of a chat go before its new updates: each user's answers in order.
        assert.equal(shuffled, 0, `${shuffled} of ${USERS} users have their answers out of order`);
      } finally {
        for (const bot of running) bot.kill('SIGKILL');
        await tg.close();
      }
    });
  }
});
