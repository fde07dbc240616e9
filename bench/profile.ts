/**
 * Where the bot's per-update time goes: `npx tsx bench/profile.ts [users] [messages]`.
 *
 * Builds the bundle as `npm run build` does (into out/), prepares a SQLite file with an open
 * interview for every user, and runs the bot as `node --cpu-prof main.js` (LOG_LEVEL=info, as
 * deployed) while `users` users (default 20) each send `messages` answers (default 30), each
 * waiting for its ✍ reaction. A preloaded module measures the event loop inside the bot: its
 * utilisation and blocked time (delay p50/p99/max). Then the CPU profile's self time is summed
 * by the module each function came from (esbuild's `// path` comments in the chunks), printed
 * largest first, with the top functions: what a millisecond of an update is spent on.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildBundle } from '../scripts/build.js';
import { openApp } from '../src/app/bootstrap.js';
import { parseCommand } from '../src/interview/commands.js';
import { REPO_ROOT } from '../tests/support/services.js';
import { startTelegram } from '../tests/support/telegram.js';
import { startBotChild } from './process.js';
import { spread } from './report.js';

const USERS = Number(process.argv[2] ?? 20);
const MESSAGES = Number(process.argv[3] ?? 30);
const SETUP = ['/new', '1', '松溪镇', '乡镇', '年度', '2025', '/skip', '/skip', '/skip'];

/** Loaded into the bot with --import: event-loop figures, written to a file at exit. */
const LOOP_PROBE = `
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { writeFileSync } from 'node:fs';
const h = monitorEventLoopDelay({ resolution: 1 });
let elu0;
process.on('message', () => {});
let t0;
globalThis.__probeStart = () => { h.reset(); h.enable(); elu0 = performance.eventLoopUtilization(); t0 = Number(process.hrtime.bigint() / 1000n); };
process.on('SIGUSR2', () => {
  if (!elu0) { globalThis.__probeStart(); return; }
  h.disable();
  const elu = performance.eventLoopUtilization(elu0);
  writeFileSync(process.env.PROBE_OUT, JSON.stringify({
    fromUs: t0, toUs: Number(process.hrtime.bigint() / 1000n), utilization: elu.utilization, activeMs: elu.active, idleMs: elu.idle,
    delayP50: h.percentile(50) / 1e6, delayP99: h.percentile(99) / 1e6, delayMax: h.max / 1e6,
  }));
});
`;

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** line → module path, from esbuild's `// src/app/service.ts` markers in a chunk. */
function moduleMap(file: string): (line: number) => string {
  const marks: { line: number; name: string }[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      const m = /^\/\/ (\S+\.(?:[cm]?js|ts|json))$/.exec(l);
      if (m?.[1]) marks.push({ line: i, name: m[1] });
    });
  return (line) => {
    let name = '(chunk prelude)';
    for (const m of marks) {
      if (m.line > line) break;
      name = m.name;
    }
    return name.replace(/^.*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, '$1');
  };
}

function summarise(
  profile: Profile & { startTime: number },
  dir: string,
  updates: number,
  window: { fromUs: number; toUs: number },
) {
  const maps = new Map<string, (line: number) => string>();
  const where = (url: string, line: number) => {
    if (!url.startsWith('file://')) return url === '' ? '(native/gc/idle)' : url;
    const path = fileURLToPath(url);
    if (!path.startsWith(dir))
      return path.replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*/, '$1');
    let map = maps.get(path);
    if (!map) {
      map = moduleMap(path);
      maps.set(path, map);
    }
    return map(line);
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    at += profile.timeDeltas[i] ?? 0;
    // Only the measured run: not start-up (module compilation), warm-up or shutdown.
    if (!node || at < window.fromUs || at > window.toUs) return;
    const fn = node.callFrame.functionName;
    if (fn === '(idle)' || fn === '(program)') return;
    const mod =
      fn === '(garbage collector)' ? '(gc)' : where(node.callFrame.url, node.callFrame.lineNumber);
    byModule.set(mod, (byModule.get(mod) ?? 0) + dt);
    const key = `${fn || '(anonymous)'} ${mod}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + dt);
    total += dt;
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, v]) =>
          `  ${(v / updates).toFixed(3)} ms/update  ${((100 * v) / total).toFixed(1)}%  ${k}`,
      )
      .join('\n');
  console.log(
    `JS on the main thread (profile, busy samples): ${(total / updates).toFixed(3)} ms/update`,
  );
  console.log(`by module:\n${top(byModule, 30)}`);
  console.log(`top functions:\n${top(byFunction, 30)}`);
}

mkdirSync(join(REPO_ROOT, 'out'), { recursive: true });
const work = mkdtempSync(join(REPO_ROOT, 'out', 'profile-'));
const bundle = join(work, 'bundle');
await buildBundle(bundle);
const probe = join(work, 'probe.mjs');
writeFileSync(probe, LOOP_PROBE);
const ids = Array.from({ length: USERS + 1 }, (_, i) => 400_000 + i);
const file = join(work, 'bot.sqlite');
const app = await openApp({
  env: { ALLOWED_USER_IDS: '*', STORAGE_URL: `sqlite://${file}`, LOG_LEVEL: 'silent' },
});
for (const id of ids) {
  for (const text of SETUP) {
    await app.service.dispatch(String(id), parseCommand(text) ?? { type: 'text', text });
  }
}
await app.close();

const tg = await startTelegram({
  token: '123456789:AAbenchTokenForTheProfileRun_1',
  timeoutMs: 30_000,
});
const profDir = join(work, 'prof');
const probeOut = join(work, 'probe.json');
const bot = await startBotChild(
  tg,
  [
    '--cpu-prof',
    `--cpu-prof-dir=${profDir}`,
    // Finer sampling for line-level figures: PROF_INTERVAL_US=100 (node's default is 1000).
    `--cpu-prof-interval=${Number(process.env.PROF_INTERVAL_US ?? 1000)}`,
    '--import',
    pathToFileURL(probe).href,
    join(bundle, 'main.js'),
  ],
  {
    ALLOWED_USER_IDS: '*',
    STORAGE_URL: `sqlite://${file}`,
    LOG_LEVEL: 'info',
    PROBE_OUT: probeOut,
  },
  REPO_ROOT,
);
const answer = (i: number) =>
  `第${i + 1}条：镇党委本季度走访党外代表人士${i + 3}人次，召开座谈会1次。`;
const send = async (id: number, n: number, times: number[]) => {
  const u = tg.user(id);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const sent = await u.send(answer(i));
    await u.waitForCall('setMessageReaction', (c) => c.ok && Number(c.payload.message_id) === sent);
    times.push(performance.now() - t0);
  }
};
await send(ids[USERS] as number, 10, []); // warm-up: JIT, first statements prepared
await tg.waitForDelivered();
process.kill(bot.child.pid as number, 'SIGUSR2'); // probe: start
const calls0 = tg.calls.length;
const polls0 = tg.pollCount;
const cpu0 = bot.cpuMs();
const times: number[] = [];
await Promise.all(ids.slice(0, USERS).map((id) => send(id, MESSAGES, times)));
await tg.waitForDelivered();
const cpu = (bot.cpuMs() - cpu0) / (USERS * MESSAGES);
const byMethod = new Map<string, number>();
for (const c of tg.calls.slice(calls0)) byMethod.set(c.method, (byMethod.get(c.method) ?? 0) + 1);
const perUpdate = (n: number) => (n / (USERS * MESSAGES)).toFixed(2);
console.log(
  `Bot API calls per update: getUpdates ${perUpdate(tg.pollCount - polls0)}; ${[...byMethod]
    .map(([m, n]) => `${m} ${perUpdate(n)}`)
    .join('; ')}`,
);
process.kill(bot.child.pid as number, 'SIGUSR2'); // probe: write
await new Promise((r) => setTimeout(r, 300));
await bot.stop();
await tg.close();
const loop = JSON.parse(readFileSync(probeOut, 'utf8'));
const s = spread(times);
console.log(
  `${USERS} users × ${MESSAGES} answers: CPU ${cpu.toFixed(2)} ms/update (/proc), latency p50 ${s.p50.toFixed(1)} ms, p99 ${s.p99.toFixed(1)} ms`,
);
console.log(
  `event loop (bot, measured run): utilisation ${(loop.utilization * 100).toFixed(0)}%, busy ${(loop.activeMs / (USERS * MESSAGES)).toFixed(2)} ms/update; delay p50 ${loop.delayP50.toFixed(1)} ms, p99 ${loop.delayP99.toFixed(1)} ms, max ${loop.delayMax.toFixed(1)} ms`,
);
const prof = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
if (!prof) throw new Error(`no profile written in ${profDir}:\n${bot.output().slice(-2000)}`);
summarise(JSON.parse(readFileSync(join(profDir, prof), 'utf8')), bundle, USERS * MESSAGES, loop);
console.log(`profile: ${join(profDir, prof)} (open in Chrome DevTools → Performance)`);
