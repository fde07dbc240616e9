/**
 * Engine + storage cost per answer on a real SQLite file: 1,000 simulated users × 30 answers,
 * through InterviewService.dispatch exactly as the bot calls it (per-user lock, load the record,
 * the pure engine `step`, save; with the Telegram update id, so recentUpdates grows as in
 * production). Users are interleaved round-robin, so the store holds 1,000 records throughout.
 *
 * Pass 1 (latency): one dispatch at a time, round-robin over all users — the cost of one answer.
 * Pass 2 (throughput): the same script for fresh users with 8 dispatches in flight.
 *
 * `tsx bench/engine.ts` on its own, or run() from the bench runner.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InterviewService } from '../src/app/service.js';
import { parseCommand } from '../src/interview/commands.js';
import type { Event } from '../src/interview/types.js';
import { createLocker } from '../src/storage/lock.js';
import { createRepository } from '../src/storage/repository.js';
import { openStore } from '../src/storage/store.js';
import { loadTemplates } from '../src/templates/load.js';
import { atMost, figure, mib, ms, rssSampler, spread } from './report.js';
import { sized } from './size.js';

const USERS = Number(process.env.BENCH_ENGINE_USERS ?? sized(1000, 20));
const ANSWERS = 30;
/** Answers per section before /next: 30 answers over 10 sections. */
const PER_SECTION = 3;
const THROUGHPUT_USERS = Math.min(USERS, 200);
const IN_FLIGHT = 8;
const TARGET_P99_MS = 5;
/** Hard stop for the whole section (every loop is bounded by count; this bounds time). */
const DEADLINE_MS = 120_000;

/** /new, template, basics — the same messages a user types in the bot. */
function setupScript(user: number): string[] {
  return ['/new', '1', `第${user}号镇`, '乡镇', '年度', '2025', '/skip', '/skip', '/skip'];
}

const PHRASES = [
  '镇党委全年专题研究统战工作{n}次，调整了统战工作领导小组，党委副书记任组长。',
  '14个村（社区）每个都明确了1名统战联络员，统战工作纳入年度考核，占{n}分。',
  '党委理论学习中心组开展统战专题学习{n}次，请县委统战部的同志来讲课，镇村干部约90人参加。',
  '更新党外代表人士信息库，现收录{n}人，推荐2名党外干部参加县里的培训班。',
  '召开党外人士座谈会{n}次，收到建议12条，采纳5条，“老街错峰施工”的建议已落实。',
  '镇商会现有会员企业{n}家，今年新发展6家，帮助企业协调用工、融资问题8件。',
  '全镇登记的宗教活动场所{n}处，班子成员分片联系，每季度走访1次，全年报备大型活动3场。',
  '摸底归侨侨眷、台属{n}户，春节、中秋两次上门慰问，举办在外乡贤恳谈会，来了32人。',
  '“同心议事会”每月议一件民生实事，全年议定事项{n}件，办结8件，在全县会议上作交流发言。',
  '联络员基本是兼职，培训偏少；对新的社会阶层人士底数掌握不全，信息报送{n}篇，质量有待提高。',
];

/** Answer i (0-based) of a user: a realistic 40–60 字 message with a number of its own. */
function answerText(user: number, i: number): string {
  const phrase = PHRASES[i % PHRASES.length] as string;
  return phrase.replace('{n}', String((user % 37) + i + 1));
}

function eventOf(text: string): Event {
  return parseCommand(text) ?? { type: 'text', text };
}

/** Runs `work(i)` for i in 0..count-1 with at most `limit` in flight. */
async function pool(count: number, limit: number, work: (i: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await work(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'zongjie-bench-engine-'));
  const file = join(dir, 'bench.sqlite');
  const url = `sqlite://${file}`;
  const locker = createLocker(url);
  // openStore + createRepository is what openRepository does; kept apart so that
  // BENCH_SQLITE_WAL=1 can try WAL journaling (a proposal, not what the bot does today).
  const store = await openStore(url);
  const wal = process.env.BENCH_SQLITE_WAL === '1';
  if (wal) {
    const adapter = store.keyv.store as { query(sql: string): Promise<unknown> };
    await adapter.query('PRAGMA journal_mode = WAL');
  }
  const repo = createRepository(store, { withLock: locker.withLock.bind(locker) });
  const service = new InterviewService({
    repo,
    locker,
    templates: loadTemplates(),
    draftsPerDay: 20,
  });
  const started = Date.now();
  const checkDeadline = () => {
    if (Date.now() - started > DEADLINE_MS) {
      throw new Error(`engine bench exceeded ${DEADLINE_MS / 1000} s; stopped`);
    }
  };
  let updateId = 1;
  const sampler = rssSampler();

  /** One message from one user, as the bot dispatches it; resolves with the time it took. */
  const send = async (userId: string, text: string): Promise<number> => {
    const t0 = performance.now();
    const result = await service.dispatch(userId, eventOf(text), { updateId: updateId++ });
    const elapsed = performance.now() - t0;
    if (result.replies.some((r) => r.kind === 'error')) {
      const error = result.replies.find((r) => r.kind === 'error')?.text;
      throw new Error(`user ${userId} got an error for ${JSON.stringify(text)}: ${error}`);
    }
    return elapsed;
  };

  try {
    // ---- Pass 1: one dispatch at a time, round-robin over USERS users. ----
    const ids = Array.from({ length: USERS }, (_, i) => String(100_000 + i));
    const setupStart = performance.now();
    const setupTimes: number[] = [];
    for (let step = 0; step < setupScript(0).length; step++) {
      for (const [u, id] of ids.entries()) {
        setupTimes.push(await send(id, setupScript(u)[step] as string));
      }
      checkDeadline();
    }
    const setupMs = performance.now() - setupStart;

    const byIndex: number[][] = Array.from({ length: ANSWERS }, () => []);
    const nextTimes: number[] = [];
    let answerMs = 0;
    for (let i = 0; i < ANSWERS; i++) {
      const roundStart = performance.now();
      for (const [u, id] of ids.entries()) {
        byIndex[i]?.push(await send(id, answerText(u, i)));
      }
      answerMs += performance.now() - roundStart;
      if (i % PER_SECTION === PER_SECTION - 1) {
        for (const id of ids) nextTimes.push(await send(id, '/next'));
      }
      checkDeadline();
    }

    // Sanity: the last user's record holds what was sent.
    const { state } = await repo.loadUser(ids.at(-1) as string);
    const parts = Object.values(state.summaries[0]?.answers ?? {}).flatMap((a) => a.parts);
    if (parts.length !== ANSWERS) {
      throw new Error(`expected ${ANSWERS} stored answers, found ${parts.length}`);
    }
    const recordBytes = Buffer.byteLength(JSON.stringify(state));

    const all = spread(byIndex.flat());
    const first = spread(byIndex[0] ?? []);
    const last = spread(byIndex[ANSWERS - 1] ?? []);
    const nexts = spread(nextTimes);
    const setup = spread(setupTimes);
    const ratio = last.p50 / first.p50;

    console.log(
      `  ${USERS} users × ${ANSWERS} answers (${PER_SECTION} per section, /next between), ` +
        `round-robin, one dispatch at a time; SQLite file in ${tmpdir()}` +
        (wal ? ' — journal_mode=WAL (BENCH_SQLITE_WAL=1, not the default)' : ''),
    );
    figure(
      'answer p50 / p99',
      `${ms(all.p50)} / ${ms(all.p99)} (max ${ms(all.max, 1)}, n=${all.n})`,
      atMost(all.p99, TARGET_P99_MS, ' ms'),
    );
    figure('answers per second (one at a time)', `${Math.round((all.n / answerMs) * 1000)}/s`);
    figure(
      'answer 30 vs answer 1 (p50)',
      `${ms(last.p50)} vs ${ms(first.p50)} = ${ratio.toFixed(2)}×`,
      { text: '≈ 1× (≤ 1.5×)', ok: ratio <= 1.5 },
    );
    figure('/next p50 / p99', `${ms(nexts.p50)} / ${ms(nexts.p99)}`);
    figure(
      'setup (/new, template, basics) p50 / p99',
      `${ms(setup.p50)} / ${ms(setup.p99)} (${(setupMs / 1000).toFixed(1)} s for ${setup.n})`,
    );
    figure('user record after 30 answers', `${(recordBytes / 1024).toFixed(1)} KiB JSON`);

    // ---- Pass 2: throughput with IN_FLIGHT dispatches at once (fresh users). ----
    const tIds = Array.from({ length: THROUGHPUT_USERS }, (_, i) => String(900_000 + i));
    const script = (u: number) => {
      const out = setupScript(u);
      for (let i = 0; i < ANSWERS; i++) {
        out.push(answerText(u, i));
        if (i % PER_SECTION === PER_SECTION - 1) out.push('/next');
      }
      return out;
    };
    const scripts = tIds.map((_, u) => script(u));
    const steps = scripts[0]?.length ?? 0;
    const concurrent: number[] = [];
    const tStart = performance.now();
    for (let s = 0; s < steps; s++) {
      await pool(tIds.length, IN_FLIGHT, async (u) => {
        concurrent.push(await send(tIds[u] as string, scripts[u]?.[s] as string));
      });
      checkDeadline();
    }
    const tMs = performance.now() - tStart;
    const c = spread(concurrent);
    figure(
      `${IN_FLIGHT} in flight (${THROUGHPUT_USERS} more users, all messages)`,
      `${Math.round((c.n / tMs) * 1000)} dispatches/s, latency p50 ${ms(c.p50)} / p99 ${ms(c.p99)}`,
    );

    const peak = sampler.stop();
    figure(
      'peak RSS',
      `${mib(peak)} (process maxRSS ${mib(process.resourceUsage().maxRSS * 1024)})`,
    );
    figure('SQLite file', `${mib(statSync(file).size)} for ${USERS + THROUGHPUT_USERS} users`);
  } finally {
    sampler.stop();
    await locker.close();
    await repo.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
