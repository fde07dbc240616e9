/**
 * `npm run bench`: every bench section in turn, one report (`-- --quick`: every section at a
 * token size, for CI). A section that cannot measure says why (CannotMeasure) and one that
 * crashes or overruns its time is printed; either way the other sections still run. The exit
 * code is non-zero only if a section crashed or overran: a bench that cannot run is a bug. A
 * missed target is printed as ✗ and does not fail the run (these are figures, not timed tests).
 */
import { cpus, totalmem } from 'node:os';
import { CannotMeasure } from './report.js';
import { SECTIONS } from './sections.js';
import { QUICK, sized } from './size.js';

/** Past this a section is reported as overrun and the run goes on (its leftovers end at exit). */
const SECTION_LIMIT_MS = sized(15 * 60_000, 45_000);

function machine(): string {
  const list = cpus();
  const model = list[0]?.model.trim() ?? 'unknown cpu';
  const gib = (totalmem() / 1024 ** 3).toFixed(0);
  return `${model}, ${list.length} cores, ${gib} GiB, Node ${process.version} (${process.platform} ${process.arch})`;
}

const started = performance.now();
console.log(`总结助手 bench${QUICK ? ' (--quick: token sizes, the figures mean nothing)' : ''}`);
console.log(`machine: ${machine()}`);
console.log(`date: ${new Date().toISOString()}`);

const crashed: string[] = [];
for (const section of SECTIONS) {
  console.log(`\n== ${section.title} ==`);
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`overran ${SECTION_LIMIT_MS / 1000} s; stopped waiting for it`)),
      SECTION_LIMIT_MS,
    );
  });
  try {
    const mod = await section.load();
    await Promise.race([mod.run(), overrun]);
  } catch (error) {
    if (error instanceof CannotMeasure) {
      console.log(`  – cannot measure: ${error.message}`);
    } else {
      crashed.push(section.title);
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.log(`  ✗ section crashed: ${text.split('\n').slice(0, 6).join('\n    ')}`);
    }
  } finally {
    clearTimeout(timer);
  }
  console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

console.log(
  `\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s` +
    (crashed.length ? `; ${crashed.length} section(s) crashed: ${crashed.join('; ')}` : ''),
);
// Loopback servers and timers of a crashed section may still be open: end here.
process.exit(crashed.length ? 1 : 0);
