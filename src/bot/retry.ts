import { setTimeout as sleep } from 'node:timers/promises';
import { autoRetry } from '@grammyjs/auto-retry';
import { type Bot, HttpError, type Transformer } from 'grammy';

/**
 * Retries of Bot API calls, bounded in time. @grammyjs/auto-retry retries network errors
 * (HttpError) forever whatever maxRetryAttempts says, so with the Bot API unreachable a reply
 * never failed and a graceful stop waited for it forever (measured: still alive 15 minutes
 * after SIGTERM). Here auto-retry keeps what it is good at — Telegram's `retry_after` and 5xx,
 * a bounded number of times — and network errors are retried with backoff for `withinMs`, then
 * the call fails like any other and the update's error boundary takes over.
 */
export function retryNetworkErrors(withinMs: number): Transformer {
  return async (prev, method, payload, signal) => {
    const deadline = Date.now() + withinMs;
    let wait = 250;
    for (;;) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        const left = deadline - Date.now();
        if (!(error instanceof HttpError) || signal?.aborted || left <= 0) throw error;
        // grammY types the signal with the abort-controller shim; at run time it is Node's.
        await sleep(Math.min(wait, left), undefined, { signal: signal as AbortSignal | undefined });
        wait = Math.min(wait * 2, 5000);
      }
    }
  };
}

export function installRetries(bot: Bot, networkRetryMs: number): void {
  bot.api.config.use(
    autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60, rethrowHttpErrors: true }),
  );
  bot.api.config.use(retryNetworkErrors(networkRetryMs));
}
