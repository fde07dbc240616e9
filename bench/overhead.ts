/**
 * The bot's per-update overhead against a bare grammY bot, same machine, same emulator, same run.
 *
 * Round trip per update = from the user's send (handing the update to the emulator) to the
 * bot's reply being recorded by the harness (its waitFor resolving), measured with
 * performance.now() in this process. USERS users at once, each sending MESSAGES messages one
 * after another (the next only after the reply to the previous one):
 *  (a) a bare grammY bot on @grammyjs/runner that replies 'ok' to every text;
 *  (b) our bot (openApp + runPolling, fresh SQLite): each message is an answer in an interview
 *      section — stored, then acknowledged (a ✍ reaction on the message, setMessageReaction).
 * The two bots poll the same emulator one after the other (the same token cannot poll twice).
 * Our bot's pino `update` lines are captured for the bot-side time per update.
 *
 * `tsx bench/overhead.ts` on its own, or run() from the bench runner.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run as runBot } from '@grammyjs/runner';
import { Bot } from 'grammy';
import pino from 'pino';
import { openApp } from '../src/app/bootstrap.js';
import { runPolling } from '../src/bot/polling.js';
import { parseCommand } from '../src/interview/commands.js';
import { startTelegram, type TelegramHarness, type TestUser } from '../tests/support/telegram.js';
import { atMost, figure, ms, spread } from './report.js';

const USERS = 20;
const MESSAGES = 25;
const WARMUP_USERS = 5;
const WARMUP_MESSAGES = 5;
const TARGET_RATIO = 1.5;

const SETUP = ['/new', '1', '松溪镇', '乡镇', '年度', '2025', '/skip', '/skip'];

const answerOf = (user: number, i: number) =>
  `第${i + 1}条：镇党委本季度走访党外代表人士${(user % 9) + i + 1}人次，召开座谈会1次，收集建议${i + 2}条。`;

/** Each user sends `messages` texts in turn, waiting for the reply; users run concurrently. */
async function rounds(
  users: TestUser[],
  messages: number,
  reply: RegExp | string | 'reaction',
): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    users.map(async (u) => {
      for (let i = 0; i < messages; i++) {
        const t0 = performance.now();
        const id = await u.send(answerOf(u.id, i));
        if (reply === 'reaction') {
          await u.waitForCall(
            'setMessageReaction',
            (c) => c.ok && Number(c.payload.message_id) === id,
          );
        } else await u.waitFor(reply);
        times.push(performance.now() - t0);
      }
    }),
  );
  return times;
}

async function bareBot(tg: TelegramHarness, firstId: number) {
  const bot = new Bot(tg.token, { client: { apiRoot: tg.apiRoot } });
  bot.on('message:text', (ctx) => ctx.reply('ok'));
  await bot.init();
  const handle = runBot(bot, {
    runner: { fetch: { allowed_updates: ['message', 'callback_query'] } },
  });
  try {
    const warm = Array.from({ length: WARMUP_USERS }, (_, i) => tg.user(firstId + i));
    await rounds(warm, WARMUP_MESSAGES, /^ok$/);
    const solo = await rounds([tg.user(firstId + 99)], MESSAGES, /^ok$/);
    const users = Array.from({ length: USERS }, (_, i) => tg.user(firstId + 100 + i));
    return { times: await rounds(users, MESSAGES, /^ok$/), solo };
  } finally {
    if (handle.isRunning()) await handle.stop();
  }
}

async function ourBot(tg: TelegramHarness, firstId: number) {
  const dir = mkdtempSync(join(tmpdir(), 'zongjie-bench-overhead-'));
  const app = await openApp({
    env: {
      ALLOWED_USER_IDS: '*',
      STORAGE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
      LOG_LEVEL: 'silent',
    },
  });
  // The bot's per-update log line, captured instead of printed (createBot reads app.logger).
  const botMs: number[] = [];
  let capture = false;
  app.logger = pino(
    { level: 'info', base: undefined },
    {
      write(line: string) {
        if (!capture) return;
        const entry = JSON.parse(line) as {
          msg?: string;
          ms?: number;
          action?: string;
          user?: number;
        };
        const measured = entry.user !== undefined && entry.user >= firstId + 100;
        if (entry.msg === 'update' && measured && typeof entry.ms === 'number') {
          botMs.push(entry.ms);
        }
      },
    },
  );
  const polling = await runPolling(app, tg.token, tg.apiRoot);
  try {
    // Interviews are opened through the service the bot uses; answers then go over Telegram.
    const ids = [
      ...Array.from({ length: WARMUP_USERS }, (_, i) => firstId + i),
      firstId + 99,
      ...Array.from({ length: USERS }, (_, i) => firstId + 100 + i),
    ];
    for (const id of ids) {
      for (const text of SETUP) {
        const event = parseCommand(text) ?? { type: 'text' as const, text };
        await app.service.dispatch(String(id), event);
      }
    }
    const warm = ids.slice(0, WARMUP_USERS).map((id) => tg.user(id));
    await rounds(warm, WARMUP_MESSAGES, 'reaction');
    const solo = await rounds([tg.user(firstId + 99)], MESSAGES, 'reaction');
    await tg.waitForDelivered();
    capture = true;
    const users = ids.slice(WARMUP_USERS + 1).map((id) => tg.user(id));
    const times = await rounds(users, MESSAGES, 'reaction');
    // Sanity: every answer was stored.
    const { state } = await app.repo.loadUser(String(users[0]?.id));
    const stored = state.summaries[0]?.answers.organization?.parts.length ?? 0;
    if (stored !== MESSAGES) throw new Error(`expected ${MESSAGES} stored answers, got ${stored}`);
    return { times, solo, botMs };
  } finally {
    await polling.stop();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const tg = await startTelegram({ timeoutMs: 20_000 });
  try {
    const bareRun = await bareBot(tg, 20_000);
    const bare = spread(bareRun.times);
    const bareSolo = spread(bareRun.solo);
    const ours = await ourBot(tg, 30_000);
    const our = spread(ours.times);
    const ourSolo = spread(ours.solo);
    const side = spread(ours.botMs);
    const ratio = our.p50 / bare.p50;
    console.log(
      `  ${USERS} users × ${MESSAGES} messages (sequential per user, concurrent across users), ` +
        `after ${WARMUP_USERS} × ${WARMUP_MESSAGES} warm-up; send → reply recorded by the emulator`,
    );
    figure('bare grammY + runner (replies ok) p50 / p99', `${ms(bare.p50)} / ${ms(bare.p99)}`);
    figure('our bot (answer stored + acknowledged) p50 / p99', `${ms(our.p50)} / ${ms(our.p99)}`);
    figure('ratio of p50s (ours / bare)', `${ratio.toFixed(2)}×`, atMost(ratio, TARGET_RATIO, '×'));
    figure(
      `one user alone (${MESSAGES} messages): bare p50 / p99`,
      `${ms(bareSolo.p50)} / ${ms(bareSolo.p99)}; ours ${ms(ourSolo.p50)} / ${ms(ourSolo.p99)}` +
        ` (${(ourSolo.p50 / bareSolo.p50).toFixed(2)}×)`,
    );
    figure(
      "our bot's own time per update, 20 users (pino `ms`, includes its sendMessage) p50 / p99",
      `${ms(side.p50, 1)} / ${ms(side.p99, 1)} (n=${side.n})`,
    );
  } finally {
    await tg.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
