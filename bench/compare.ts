/**
 * Before/after for the bot process: `npx tsx bench/compare.ts a/dist/main.js b/dist/main.js …`
 * runs each built bot (e.g. the previous commit, `git archive <rev> | tar -x -C out/base`, then
 * `npx tsx scripts/build.ts` there) against the same emulator, interleaved over ROUNDS rounds
 * (env, default 3), each on a fresh SQLite file in out/ with 21 interviews open: one user
 * sending 100 answers one after another, then 20 users at once sending 20 each. Prints, per
 * round, CPU per update of the bot process (ms, /proc; in brackets its main thread's share,
 * where the updates queue), the send → reply p50 (ms) and the card edits per update. Each phase
 * ends TAIL_MS (env, default 1000) after the last reply, so the edit a card still owes the
 * burst (it waits up to 500 ms, bot/cards.ts) is counted with its CPU, as a user would see it.
 *
 * A variant may carry environment settings after `::`, e.g. `dist/main.js::LOG_LEVEL=warn`
 * (what logging costs), the same bundle then compared under two settings.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openApp } from '../src/app/bootstrap.js';
import { parseCommand } from '../src/interview/commands.js';
import { REPO_ROOT } from '../tests/support/services.js';
import { startTelegram } from '../tests/support/telegram.js';
import { startBotChild } from './process.js';
import { spread } from './report.js';

const SETUP = ['/new', '1', '松溪镇', '乡镇', '年度', '2025', '/skip', '/skip', '/skip'];
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const TAIL_MS = Number(process.env.TAIL_MS ?? 1000);
const variants = process.argv.slice(2);
/** `main.js::A=1,B=2` → the file and its extra environment. */
const parse = (variant: string) => {
  const [file = '', settings = ''] = variant.split('::');
  const env = Object.fromEntries(
    settings
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split('=') as [string, string]),
  );
  return { file: resolve(file), env };
};
if (variants.length === 0) throw new Error('usage: tsx bench/compare.ts <main.js> [<main.js> …]');

mkdirSync(join(REPO_ROOT, 'out'), { recursive: true });
const work = mkdtempSync(join(REPO_ROOT, 'out', 'compare-'));
const tg = await startTelegram({
  token: '123456789:AAbenchTokenForTheCompareRun_01',
  timeoutMs: 30_000,
});
let base = 300_000;
const results = new Map<string, string[]>();
try {
  for (let r = 0; r < ROUNDS; r++) {
    // Each round starts with the next variant: the emulator slows as it keeps every update, so
    // a fixed order would favour whichever bot always runs last (bigger getUpdates batches).
    const order = variants.map((_, i) => variants[(i + r) % variants.length] as string);
    for (const main of order) {
      const { file: mainFile, env } = parse(main);
      const ids = Array.from({ length: 21 }, (_, i) => base + i);
      base += 100;
      const file = join(work, `r${base}.sqlite`);
      const app = await openApp({
        env: { ALLOWED_USER_IDS: '*', STORAGE_URL: `sqlite://${file}`, LOG_LEVEL: 'silent' },
      });
      for (const id of ids) {
        for (const text of SETUP) {
          await app.service.dispatch(String(id), parseCommand(text) ?? { type: 'text', text });
        }
      }
      await app.close();
      const bot = await startBotChild(
        tg,
        [mainFile],
        { ALLOWED_USER_IDS: '*', STORAGE_URL: `sqlite://${file}`, LOG_LEVEL: 'info', ...env },
        REPO_ROOT,
      );
      const load = async (users: number, each: number) => {
        const cpu0 = bot.cpuMs();
        const main0 = bot.mainThreadCpuMs();
        const calls0 = tg.calls.length;
        const times: number[] = [];
        await Promise.all(
          ids.slice(0, users).map(async (id) => {
            const u = tg.user(id);
            for (let i = 0; i < each; i++) {
              const t0 = performance.now();
              const sent = await u.send(
                `第${i + 1}条：走访党外代表人士${i + 3}人次，召开座谈会1次。`,
              );
              // Builds before issue 13 reply 已记录…; later ones react ✍ on the answer. Whichever
              // comes counts; Promise.any absorbs the other one's timeout.
              await Promise.any([
                u.waitFor(/已记录/),
                u.waitForCall(
                  'setMessageReaction',
                  (c) => c.ok && Number(c.payload.message_id) === sent,
                ),
              ]);
              times.push(performance.now() - t0);
            }
          }),
        );
        await tg.waitForDelivered();
        await new Promise((resolve) => setTimeout(resolve, TAIL_MS));
        const n = users * each;
        const cpu = (bot.cpuMs() - cpu0) / n;
        const main = (bot.mainThreadCpuMs() - main0) / n;
        const edits =
          tg.calls.slice(calls0).filter((c) => c.method === 'editMessageText').length / n;
        return `CPU ${cpu.toFixed(2)} ms (main thread ${main.toFixed(2)}), p50 ${spread(times).p50.toFixed(1)} ms, edits ${edits.toFixed(2)}`;
      };
      try {
        const one = await load(1, 100);
        const twenty = await load(20, 20);
        const rows = results.get(main) ?? [];
        rows.push(`round ${r + 1}: 1 user ${one}; 20 users ${twenty}`);
        results.set(main, rows);
      } finally {
        await bot.stop();
      }
    }
  }
} finally {
  await tg.close();
  rmSync(work, { recursive: true, force: true });
}
for (const [main, rows] of results) console.log(`${main}\n  ${rows.join('\n  ')}`);
