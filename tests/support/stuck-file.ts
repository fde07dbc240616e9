import type { TelegramHarness } from './telegram.js';

/**
 * A file the bot cannot get past: every getFile is held unanswered, the way a bot handling a
 * bomb file stays stuck in it until the process dies. The test kills the bot process while it
 * waits here, as the out-of-memory killer would. Nothing in the bot knows about it.
 */
export interface StuckFiles {
  /** getFile calls received so far (each is one start of the update that sent the file). */
  readonly calls: number;
  /** Resolves once the bot has asked for a file `n` times in all. */
  reached(n: number, timeoutMs?: number): Promise<void>;
  /** Answers the calls still held (file gone) and lets getFile work again. */
  release(): void;
}

export function stickFileDownloads(tg: TelegramHarness): StuckFiles {
  let calls = 0;
  const held: ((answer: unknown) => void)[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  tg.respond('getFile', () => {
    calls++;
    for (const w of waiters.filter((x) => calls >= x.n)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
    return new Promise((resolve) => held.push(resolve));
  });
  return {
    get calls() {
      return calls;
    },
    reached: (n, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        if (calls >= n) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`getFile asked ${calls} times, not ${n}, in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      }),
    release: () => {
      tg.respond('getFile', undefined);
      for (const answer of held.splice(0)) {
        answer({ ok: false, error_code: 400, description: 'Bad Request: invalid file_id' });
      }
    },
  };
}
