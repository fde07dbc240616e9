/**
 * The fact check and omission report on a long draft (every draft passes it, twice when it is
 * repaired): checkDraft + the 核对清单 for a ~3,500-字 draft written from a full interview.
 * `tsx bench/check.ts` on its own, or run() from the bench runner.
 */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { caseInput, loadCorpus } from '../eval/checker.js';
import { checkDraft } from '../src/check/checker.js';
import { buildChecklist } from '../src/check/checklist.js';
import type { Material } from '../src/compose/material.js';
import { sized } from './size.js';

const TARGET_CHARS = 3500;
const RUNS = sized(500, 10);
const TARGET_MS = 20;

/**
 * The corpus's base interview and draft, copied section by section with other figures (every
 * Arabic count shifted per copy, in the answers and the draft alike) until the draft has
 * ~3,500 字: each copy's facts are traced to its own answers, as in a real interview.
 */
export function longCase(): {
  material: Material;
  draft: string;
  chars: number;
  answerChars: number;
} {
  const corpus = loadCorpus();
  const base = caseInput(corpus, {
    id: 'base',
    faithful: true,
    replace: [],
    planted: [],
    dropped: [],
  });
  const lines = base.draft.split('\n');
  const [title = '', opening = ''] = lines;
  const body = lines.slice(2);
  const count = (s: string) => s.replace(/\s/g, '').length;
  const work = base.material.sections.filter((s) => s.role === 'work' && s.status === 'done');
  const rest = base.material.sections.filter((s) => !work.includes(s));
  const sections = [...work];
  const out = [title, opening, ...body];
  // Counts only: not years, months, days or the parts of 1,200.
  const shift = (s: string, k: number) =>
    s.replace(/(?<![\d,])\d{1,3}(?![\d,月日年号])/g, (d) => String(Number(d) + k * 7));
  const end = out.findIndex((l) => /存在的不足/.test(l));
  for (let k = 1; count(out.join('')) < TARGET_CHARS; k++) {
    const copies = work.map((s) => ({
      ...s,
      id: `${s.id}-${k}`,
      parts: s.parts.map((p) => shift(p, k)),
    }));
    sections.push(...copies);
    // Each copy's answers as a paragraph of the work part (before 存在的不足), as written.
    out.splice(end + (k - 1) * copies.length, 0, ...copies.map((c) => c.parts.join('')));
  }
  const material = { ...base.material, sections: [...sections, ...rest] };
  const answerChars = sections.reduce((n, s) => n + count(s.parts.join('')), 0);
  return { material, draft: out.join('\n'), chars: count(out.join('')), answerChars };
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export async function run(): Promise<void> {
  const { material, draft, chars, answerChars } = longCase();
  let report = checkDraft(draft, material);
  for (let i = 0; i < 20; i++) buildChecklist(checkDraft(draft, material)); // warm-up (JIT)
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const start = performance.now();
    report = checkDraft(draft, material);
    buildChecklist(report);
    wall.push(performance.now() - start);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const p99 = percentile(wall, 99);
  const mark = p99 <= TARGET_MS ? '✓' : '✗';
  const cpuP99 = percentile(cpu, 99);
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  console.log(
    `check + omission report (3,500 字): p50 ${percentile(wall, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms` +
      ` (target ≤ ${TARGET_MS} ms) ${mark} — ${chars} 字 draft, ${answerChars} 字 of answers, ${RUNS} runs;` +
      ` ${report.untraced.length} untraced, ${report.omitted.length} omitted`,
  );
  console.log(
    `  CPU time per check: p50 ${percentile(cpu, 50).toFixed(1)} ms, p99 ${cpuP99.toFixed(1)} ms ${cpuP99 <= TARGET_MS ? '✓' : '✗'}` +
      ` (wall time above includes waiting for the CPU; load average ${load} on ${cpus().length} cores)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
