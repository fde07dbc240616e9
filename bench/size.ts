/**
 * How big a bench run is. `npm run bench` measures at full size; `npm run bench -- --quick` (or
 * BENCH_QUICK=1) runs every section at a token size, so CI can prove the whole run still works
 * end to end (tests/bench.test.ts) without waiting minutes for figures nobody reads there.
 */
export const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

/** The full-size value, or the quick one under --quick. */
export const sized = <T>(full: T, quick: T): T => (QUICK ? quick : full);
