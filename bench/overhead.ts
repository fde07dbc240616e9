/**
 * The bot process against a bare grammY bot, same machine, same emulator, same run.
 *
 * Both are built the same way (`npm run build`'s bundler, into out/) and run as
 * `node main.js` child processes polling the Bot API emulator in this process:
 *  (a) bare: grammY + @grammyjs/runner replying 'ok' to every text (bench/bare-bot.ts);
 *  (b) ours: what `npm start` runs, LOG_LEVEL=info, a SQLite file prepared with an open
 *      interview for every user; each message is an answer, stored durably, then acknowledged
 *      (a ✍ reaction on the message, setMessageReaction).
 * ROUNDS rounds, bare and ours interleaved. Per round and bot:
 *  - cold start: spawn → the first getUpdates reaching the emulator;
 *  - idle RSS: VmRSS of the bot process IDLE_MS after that;
 *  - one user sending SOLO messages one after another (each after the previous reply): CPU
 *    time of the bot process per update (/proc/<pid>/stat, user + system, all threads; 10 ms
 *    ticks) and latency send → reply recorded; answer 60 / answer 1 = p50 of answers 51–60
 *    over p50 of answers 1–10;
 *  - CROWD users at once, MESSAGES each: CPU per update and latency p50/p99.
 * Under `npm run bench`, each round also starts `npm start` once (npm, a shell and node) for its
 * cold start and the RSS of that process tree: what an operator typing the README's command gets.
 * Ratios are taken within a round (ours / bare of the same round); printed are the median and
 * the range across rounds. Other work on the machine makes single figures noisy.
 *
 * `tsx bench/overhead.ts` on its own, or run() from the bench runner.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { buildBundle } from '../scripts/build.js';
import { openApp } from '../src/app/bootstrap.js';
import { parseCommand } from '../src/interview/commands.js';
import { REPO_ROOT } from '../tests/support/services.js';
import { startTelegram, type TelegramHarness, type TestUser } from '../tests/support/telegram.js';
import { type BotChild, startBotChild } from './process.js';
import { atMost, figure, mib, ms, percentile, spread } from './report.js';
import { sized } from './size.js';

const ROUNDS = sized(3, 1);
const IDLE_MS = sized(1500, 300);
const SOLO = sized(150, 10);
const CROWD = sized(20, 3);
const MESSAGES = sized(30, 3);
const WARMUP_USERS = sized(5, 1);
const WARMUP_MESSAGES = sized(5, 1);
const TOKEN = '123456789:AAbenchTokenForTheOverheadRun_01';

const TARGETS = { cold: 2.5, rss: 2, cpu20: 1.6, p50at20: 1.3, growth: 1.2 };

// 基本信息: unit, type, period, year, then 上级指导部门, 领导机关 and 落款 skipped.
const SETUP = ['/new', '1', '松溪镇', '乡镇', '年度', '2025', '/skip', '/skip', '/skip'];
/** Our bot acknowledges an answer with a ✍ reaction on it (issue 13), not a message. */
const OURS_REPLY = 'reaction';

const answerOf = (user: number, i: number) =>
  `第${i + 1}条：镇党委本季度走访党外代表人士${(user % 9) + i + 1}人次，召开座谈会1次，收集建议${i + 2}条。`;

/** Each user sends `messages` texts in turn, waiting for each reply; users run concurrently. */
type Reply = RegExp | 'reaction';

async function rounds(users: TestUser[], messages: number, reply: Reply): Promise<number[][]> {
  return Promise.all(
    users.map(async (u) => {
      const times: number[] = [];
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
      return times;
    }),
  );
}

interface Measured {
  coldMs: number;
  idleRss: number;
  soloCpuMs: number;
  soloP50: number;
  soloP99: number;
  growth: number;
  crowdCpuMs: number;
  crowdP50: number;
  crowdP99: number;
}

async function measure(
  bot: BotChild,
  tg: TelegramHarness,
  ids: { warm: number[]; solo: number; crowd: number[] },
  reply: Reply,
): Promise<Measured> {
  await sleep(IDLE_MS);
  const idleRss = bot.rss();
  await rounds(
    ids.warm.map((id) => tg.user(id)),
    WARMUP_MESSAGES,
    reply,
  );
  await tg.waitForDelivered();

  let cpu0 = bot.cpuMs();
  const [solo = []] = await rounds([tg.user(ids.solo)], SOLO, reply);
  const soloCpuMs = (bot.cpuMs() - cpu0) / SOLO;
  // Answers 51–60 against 1–10 (under --quick, what there is: the figure means nothing there).
  const upTo = Math.min(60, solo.length);
  const first = spread(solo.slice(0, 10)).p50;
  const sixtieth = spread(solo.slice(Math.max(0, upTo - 10), upTo)).p50;

  await tg.waitForDelivered();
  cpu0 = bot.cpuMs();
  const crowd = (
    await rounds(
      ids.crowd.map((id) => tg.user(id)),
      MESSAGES,
      reply,
    )
  ).flat();
  const crowdCpuMs = (bot.cpuMs() - cpu0) / (CROWD * MESSAGES);
  const s = spread(solo);
  const c = spread(crowd);
  return {
    coldMs: bot.coldStartMs,
    idleRss,
    soloCpuMs,
    soloP50: s.p50,
    soloP99: s.p99,
    growth: sixtieth / first,
    crowdCpuMs,
    crowdP50: c.p50,
    crowdP99: c.p99,
  };
}

/** A fresh SQLite file in which every user has an interview open at its first section. */
async function prepareStore(file: string, ids: number[]) {
  const app = await openApp({
    env: { ALLOWED_USER_IDS: '*', STORAGE_URL: `sqlite://${file}`, LOG_LEVEL: 'silent' },
  });
  try {
    for (const id of ids) {
      for (const text of SETUP) {
        await app.service.dispatch(String(id), parseCommand(text) ?? { type: 'text', text });
      }
    }
  } finally {
    await app.close();
  }
}

function idsFor(base: number) {
  return {
    warm: Array.from({ length: WARMUP_USERS }, (_, i) => base + i),
    solo: base + 99,
    crowd: Array.from({ length: CROWD }, (_, i) => base + 100 + i),
  };
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

/** `median [min–max]` of per-round values. */
function across(values: number[], show: (v: number) => string): string {
  const sorted = [...values].sort((a, b) => a - b);
  const lo = sorted[0] ?? Number.NaN;
  const hi = sorted.at(-1) ?? Number.NaN;
  return values.length > 1
    ? `${show(median(values))} [${show(lo)}–${show(hi)}]`
    : show(median(values));
}

export async function run(): Promise<void> {
  mkdirSync(join(REPO_ROOT, 'out'), { recursive: true });
  const work = mkdtempSync(join(REPO_ROOT, 'out', 'bench-'));
  const oursDir = join(work, 'ours');
  const bareDir = join(work, 'bare');
  await buildBundle(oursDir);
  await buildBundle(bareDir, join(REPO_ROOT, 'bench', 'bare-bot.ts'));
  const tg = await startTelegram({ token: TOKEN, timeoutMs: 30_000 });
  const bare: Measured[] = [];
  const ours: Measured[] = [];
  const npmStart: { coldMs: number; rss: number; processes: number }[] = [];
  // `npm start` runs dist/ (built by `npm ci`'s prepare); run outside npm or without dist/, that
  // figure cannot be taken and the line says why.
  const npm = process.env.npm_execpath;
  const npmMissing = !npm
    ? 'not run through npm (npm_execpath unset): `npm run bench` takes it'
    : !existsSync(join(REPO_ROOT, 'dist', 'main.js'))
      ? 'dist/main.js is not built (`npm run build`)'
      : undefined;
  try {
    for (let r = 0; r < ROUNDS; r++) {
      const bareIds = idsFor(100_000 + r * 1000);
      const b = await startBotChild(tg, [join(bareDir, 'main.js')], {}, REPO_ROOT);
      try {
        bare.push(await measure(b, tg, bareIds, /^ok$/));
      } finally {
        await b.stop();
      }

      const ourIds = idsFor(200_000 + r * 1000);
      const file = join(work, `round${r}.sqlite`);
      await prepareStore(file, [...ourIds.warm, ourIds.solo, ...ourIds.crowd]);
      const o = await startBotChild(
        tg,
        [join(oursDir, 'main.js')],
        { ALLOWED_USER_IDS: '*', STORAGE_URL: `sqlite://${file}`, LOG_LEVEL: 'info' },
        REPO_ROOT,
      );
      try {
        ours.push(await measure(o, tg, ourIds, OURS_REPLY));
      } finally {
        await o.stop();
      }

      if (npm && !npmMissing) {
        // `npm start` builds nothing: it runs dist/, which `npm ci` (prepare) built.
        const n = await startBotChild(
          tg,
          [npm, 'start'],
          { ALLOWED_USER_IDS: '*', STORAGE_URL: `sqlite://${file}`, LOG_LEVEL: 'info' },
          REPO_ROOT,
        );
        try {
          await sleep(IDLE_MS);
          npmStart.push({ coldMs: n.coldStartMs, rss: n.rss(), processes: n.tree().length });
        } finally {
          await n.stop();
        }
      }
    }
  } finally {
    await tg.close();
    rmSync(work, { recursive: true, force: true });
  }

  console.log(
    `  ${ROUNDS} rounds, bare and ours interleaved; each bot a \`node main.js\` child process ` +
      `(bundled the same way); median [range] across rounds; ratio = ours / bare of the same round`,
  );
  const row = (
    label: string,
    pick: (m: Measured) => number,
    show: (v: number) => string,
    target?: number,
  ) => {
    const ratios = ours.map((o, i) => pick(o) / pick(bare[i] as Measured));
    const ratio = median(ratios);
    figure(
      label,
      `bare ${across(bare.map(pick), show)}; ours ${across(ours.map(pick), show)}; ` +
        `ratio ${across(ratios, (v) => `${v.toFixed(2)}×`)}`,
      target === undefined ? undefined : atMost(ratio, target, '×'),
    );
  };
  const msInt = (v: number) => `${Math.round(v)} ms`;
  row('cold start (spawn → first getUpdates)', (m) => m.coldMs, msInt, TARGETS.cold);
  if (npmStart.length > 0) {
    const ratios = npmStart.map((n, i) => n.coldMs / (bare[i] as Measured).coldMs);
    figure(
      `\`npm start\` (dist/ as built by npm ci; ${npmStart[0]?.processes} processes): cold start / idle RSS of the tree`,
      `${across(
        npmStart.map((n) => n.coldMs),
        msInt,
      )} (${across(ratios, (v) => `${v.toFixed(2)}×`)} bare) / ${across(
        npmStart.map((n) => n.rss),
        mib,
      )}`,
    );
  } else if (npmMissing) {
    console.log(`  – \`npm start\`: cannot measure: ${npmMissing}`);
  }
  row(
    `idle RSS of the bot process (${IDLE_MS / 1000} s after start)`,
    (m) => m.idleRss,
    mib,
    TARGETS.rss,
  );
  row(
    `CPU per update, 1 user (${SOLO} messages)`,
    (m) => m.soloCpuMs,
    (v) => ms(v),
  );
  row(
    `CPU per update, ${CROWD} users at once (${CROWD * MESSAGES} messages)`,
    (m) => m.crowdCpuMs,
    (v) => ms(v),
    TARGETS.cpu20,
  );
  row(
    'latency p50, 1 user',
    (m) => m.soloP50,
    (v) => ms(v, 1),
  );
  row(
    'latency p99, 1 user',
    (m) => m.soloP99,
    (v) => ms(v, 1),
  );
  row(
    `latency p50, ${CROWD} users at once`,
    (m) => m.crowdP50,
    (v) => ms(v, 1),
    TARGETS.p50at20,
  );
  row(
    `latency p99, ${CROWD} users at once`,
    (m) => m.crowdP99,
    (v) => ms(v, 1),
  );
  figure(
    'answer 60 / answer 1 (p50 of answers 51–60 over 1–10, one user)',
    `ours ${across(
      ours.map((m) => m.growth),
      (v) => `${v.toFixed(2)}×`,
    )}; bare ${across(
      bare.map((m) => m.growth),
      (v) => `${v.toFixed(2)}×`,
    )}`,
    atMost(median(ours.map((m) => m.growth)), TARGETS.growth, '×'),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
