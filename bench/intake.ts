/**
 * Reading documents: text extraction time for a 30-page .docx and a 30-page .pdf (each file in
 * its own child process, as the bot does it: process start, parse, text back), and what one user's
 * 100-page file does to everyone else: other users' round trips (send an answer → reply
 * recorded) with no file in flight, then while one user keeps sending a 100-page file.
 *
 * `tsx bench/intake.ts` on its own, or run() from the bench runner.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openApp } from '../src/app/bootstrap.js';
import { runPolling } from '../src/bot/polling.js';
import { extractFileText } from '../src/intake/extract.js';
import { parseCommand } from '../src/interview/commands.js';
import { makeDocx, makePdf } from '../tests/support/documents.js';
import { startTelegram, type TestUser } from '../tests/support/telegram.js';
import { atMost, figure, ms, spread } from './report.js';
import { sized } from './size.js';

const RUNS = sized(20, 2);
const USERS = sized(5, 2);
const MESSAGES = sized(30, 3);
/** Answers per other user while files are read: long enough for several files to overlap. */
const BUSY_MESSAGES = sized(120, 3);
// 基本信息: unit, type, period, year, then 上级指导部门, 领导机关 and 落款 skipped: the next text
// is an answer of the first section.
const SETUP = ['/new', '1', '松溪镇', '乡镇', '年度', '2025', '/skip', '/skip', '/skip'];

const line = (page: number, i: number) =>
  `第${page + 1}页第${i + 1}条：镇党委走访党外代表人士${i + 3}人次，召开座谈会${page + 1}次，收集意见建议${i + 2}条。`;

function pdfPages(pages: number): string[][] {
  return Array.from({ length: pages }, (_, p) => Array.from({ length: 40 }, (_, i) => line(p, i)));
}

async function timeExtraction(kind: 'docx' | 'pdf', bytes: Buffer) {
  const times: number[] = [];
  let chars = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = await extractFileText(kind, bytes, { timeoutMs: 60_000 });
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error(`${kind} extraction failed: ${r.reason}`);
    chars = r.text.length;
  }
  return { ...spread(times), chars };
}

async function rounds(users: TestUser[], messages: number): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    users.map(async (u, n) => {
      for (let i = 0; i < messages; i++) {
        const t0 = performance.now();
        const id = await u.send(`第${n}位第${i + 1}条：召开座谈会${i + 1}次。`);
        // Stored, then acknowledged with a ✍ reaction on the answer (issue 13), not a message.
        await u.waitForCall(
          'setMessageReaction',
          (c) => c.ok && Number(c.payload.message_id) === id,
        );
        times.push(performance.now() - t0);
      }
    }),
  );
  return times;
}

async function othersWhileAFileIsRead() {
  const tg = await startTelegram({ timeoutMs: 60_000 });
  const dir = mkdtempSync(join(tmpdir(), 'zongjie-bench-intake-'));
  const app = await openApp({
    env: {
      ALLOWED_USER_IDS: '*',
      STORAGE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
      LOG_LEVEL: 'silent',
    },
  });
  const polling = await runPolling(app, tg.token, tg.apiRoot);
  try {
    const ids = [...Array.from({ length: USERS * 2 }, (_, i) => 50_000 + i), 59_999];
    for (const id of ids) {
      for (const text of SETUP) {
        await app.service.dispatch(String(id), parseCommand(text) ?? { type: 'text', text });
      }
    }
    await rounds([tg.user(59_999)], sized(5, 1)); // warm-up
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const quiet = await rounds(
      ids.slice(0, USERS).map((id) => tg.user(id)),
      MESSAGES,
    );
    loop.disable();
    const quietLoop = { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 };
    loop.reset();
    const big = makePdf(pdfPages(100));
    const sender = tg.user(59_999);
    let files = 0;
    let reading = true;
    const fileTimes: number[] = [];
    const feeding = (async () => {
      while (reading) {
        const t0 = performance.now();
        await sender.sendDocument('全年台账.pdf', big, { mimeType: 'application/pdf' });
        await sender.waitFor(/已读取文件《全年台账\.pdf》/);
        fileTimes.push(performance.now() - t0);
        files++;
      }
    })();
    // Let the first file start before measuring.
    await new Promise((r) => setTimeout(r, 50));
    loop.enable();
    const busy = await rounds(
      ids.slice(USERS, USERS * 2).map((id) => tg.user(id)),
      BUSY_MESSAGES,
    );
    loop.disable();
    const busyLoop = { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 };
    reading = false;
    await feeding;
    return {
      quiet: spread(quiet),
      busy: spread(busy),
      files,
      file: spread(fileTimes),
      bytes: big.length,
      quietLoop,
      busyLoop,
    };
  } finally {
    await polling.stop();
    await app.close();
    await tg.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const paragraphs = Array.from({ length: 20 }, (_, i) => line(0, i));
  const docx = await makeDocx(paragraphs, 30);
  const pdf = makePdf(pdfPages(30));
  const d = await timeExtraction('docx', docx);
  const p = await timeExtraction('pdf', pdf);
  console.log(`  ${RUNS} runs each; one child process per file (start, parse, text back)`);
  figure(
    `30-page .docx (${(docx.length / 1024).toFixed(0)} KB, ${d.chars} chars) p50 / p99`,
    `${ms(d.p50, 0)} / ${ms(d.p99, 0)}`,
    atMost(d.p99, 3000, ' ms'),
  );
  figure(
    `30-page .pdf (${(pdf.length / 1024).toFixed(0)} KB, ${p.chars} chars) p50 / p99`,
    `${ms(p.p50, 0)} / ${ms(p.p99, 0)}`,
    atMost(p.p99, 3000, ' ms'),
  );
  const o = await othersWhileAFileIsRead();
  console.log(
    `  ${USERS} other users × ${MESSAGES} answers each; then ${USERS} more × ${BUSY_MESSAGES} while one user keeps sending a 100-page .pdf (${(o.bytes / 1024).toFixed(0)} KB)`,
  );
  figure('others, no file in flight, p50 / p99', `${ms(o.quiet.p50, 1)} / ${ms(o.quiet.p99, 1)}`);
  const ratio = o.busy.p50 / o.quiet.p50;
  figure(
    `others while ${o.files} files were read (each ${ms(o.file.p50, 0)} p50, send → offer), p50 / p99`,
    `${ms(o.busy.p50, 1)} / ${ms(o.busy.p99, 1)}`,
  );
  figure('ratio of p50s (file in flight / none)', `${ratio.toFixed(2)}×`, atMost(ratio, 1.5, '×'));
  figure(
    'main thread event-loop delay p99 / max: no file, files in flight',
    `${ms(o.quietLoop.p99, 1)} / ${ms(o.quietLoop.max, 1)}; ${ms(o.busyLoop.p99, 1)} / ${ms(o.busyLoop.max, 1)}`,
    atMost(o.busyLoop.max, 100, ' ms'),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
  process.exit(0);
}
