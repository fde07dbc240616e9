/**
 * How long building the .docx of a long draft takes (the bot does it on every draft).
 * `tsx bench/docx.ts` on its own, or run() from the bench runner.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { buildDocx } from '../src/export/docx.js';
import { sized } from './size.js';

const TARGET_CHARS = 3500;
const RUNS = sized(50, 3);
const TARGET_MS = 100;

/** A ~3,500-字 draft: the sample's title, then its body lines over and over, then the 落款. */
async function longDraft(): Promise<{ text: string; chars: number }> {
  const sample = await readFile(
    new URL('../tests/fixtures/draft-sample.txt', import.meta.url),
    'utf8',
  );
  const lines = sample.split('\n').filter((l) => l.trim() !== '');
  const title = lines[0] ?? '';
  const body = lines.slice(1, -2);
  const closing = lines.slice(-2);
  const count = (l: string[]) => l.join('').replace(/\s/g, '').length;
  const out = [title];
  for (let i = 0; count(out) + count(closing) < TARGET_CHARS; i++) {
    out.push(body[i % body.length] ?? '');
  }
  out.push(...closing);
  return { text: out.join('\n'), chars: count(out) };
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export async function run(): Promise<void> {
  const { text, chars } = await longDraft();
  for (let i = 0; i < sized(5, 1); i++) await buildDocx(text); // warm-up: JIT and docx's lazy setup
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = (await buildDocx(text)).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50).toFixed(1);
  const p99 = percentile(times, 99).toFixed(1);
  const mark = percentile(times, 99) <= TARGET_MS ? '✓' : '✗';
  console.log(
    `docx build (3,500 字): p50 ${p50} ms, p99 ${p99} ms (target ≤ ${TARGET_MS} ms) ${mark}` +
      ` — ${chars} 字, ${RUNS} runs, ${Math.round(bytes / 1024)} KB`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
