/**
 * Small helpers shared by the bench sections: percentiles and one printed line per figure, with
 * its target and ✓/✗ where there is one. A missed target is printed, never thrown.
 */

export function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export interface Spread {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export const ms = (v: number, digits = 2) => `${v.toFixed(digits)} ms`;

/** `  label: value (target ≤ 5 ms) ✓` — `ok` undefined means no target. */
export function figure(label: string, value: string, target?: { text: string; ok: boolean }) {
  const tail = target ? `  (target ${target.text}) ${target.ok ? '✓' : '✗'}` : '';
  console.log(`  ${label}: ${value}${tail}`);
}

export const atMost = (value: number, limit: number, unit: string) => ({
  text: `≤ ${limit}${unit}`,
  ok: value <= limit,
});

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

/** Samples process RSS every `everyMs` until stopped; returns the highest seen. */
export function rssSampler(everyMs = 50): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

/**
 * Thrown by a section (or a part of one) that cannot measure on this machine, with the reason in
 * words: the runner prints it and goes on with the other sections.
 */
export class CannotMeasure extends Error {
  override readonly name = 'CannotMeasure';
}
