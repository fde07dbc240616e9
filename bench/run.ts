/**
 * `npm run bench`: every bench section in turn, one report. A section that crashes is printed
 * and the others still run; the exit code is non-zero if any section crashed. A missed target
 * is printed as ✗ and does not fail the run (these are figures, not timed tests).
 */
import { cpus, totalmem } from 'node:os';

interface Section {
  title: string;
  load: () => Promise<{ run: () => Promise<void> }>;
}

const SECTIONS: Section[] = [
  { title: '1. Engine + storage per answer (SQLite)', load: () => import('./engine.js') },
  { title: '2. Prompt size per draft', load: () => import('./prompt.js') },
  { title: '3. .docx build', load: () => import('./docx.js') },
  { title: '4. First model token → first preview', load: () => import('./preview.js') },
  {
    title: '5. The bot process vs a bare grammY bot (start, memory, CPU, latency)',
    load: () => import('./overhead.js'),
  },
  { title: '6. Reading documents', load: () => import('./intake.js') },
  { title: '7. Fact check + omission report', load: () => import('./check.js') },
];

function machine(): string {
  const list = cpus();
  const model = list[0]?.model.trim() ?? 'unknown cpu';
  const gib = (totalmem() / 1024 ** 3).toFixed(0);
  return `${model}, ${list.length} cores, ${gib} GiB, Node ${process.version} (${process.platform} ${process.arch})`;
}

const started = performance.now();
console.log('总结助手 bench');
console.log(`machine: ${machine()}`);
console.log(`date: ${new Date().toISOString()}`);

const crashed: string[] = [];
for (const section of SECTIONS) {
  console.log(`\n== ${section.title} ==`);
  const t0 = performance.now();
  try {
    const mod = await section.load();
    await mod.run();
  } catch (error) {
    crashed.push(section.title);
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.log(`  ✗ section crashed: ${text.split('\n').slice(0, 6).join('\n    ')}`);
  }
  console.log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

console.log(
  `\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s` +
    (crashed.length ? `; ${crashed.length} section(s) crashed: ${crashed.join('; ')}` : ''),
);
// Loopback servers and timers of a crashed section may still be open: end here.
process.exit(crashed.length ? 1 : 0);
