import { setTimeout as sleep } from 'node:timers/promises';
import { Api } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { ConfigError } from '../config.js';
import type { Logger } from '../logger.js';
import { type Diagnosis, diagnoseTelegram } from '../net/diagnose.js';
import { proxyLabel } from '../net/proxy.js';
import { telegramClient } from '../net/telegram.js';

/**
 * Start-up's first Bot API call (issue 25): getMe with a short timeout, before anything else
 * talks to Telegram. Without it a bot with no route to the Bot API printed `app ready` and then
 * nothing for minutes (grammY's own calls wait 500 s, then the network retries). Now the first
 * failure gives one error line naming the cause and the fix within `timeoutSeconds`, the call is
 * retried with backoff, and the line that it got through follows. A token Telegram refuses
 * (401) is not retried: start-up stops naming TELEGRAM_BOT_TOKEN.
 */
export interface ReachOptions {
  token: string;
  apiRoot?: string;
  proxy?: string;
  logger: Logger;
  timeoutSeconds?: number;
  /** First wait between attempts; doubles up to maxWaitMs. */
  firstWaitMs?: number;
  maxWaitMs?: number;
}

/** One getMe, no retries: the bot, or what went wrong. */
export async function tryGetMe(
  opts: Pick<ReachOptions, 'token' | 'apiRoot' | 'proxy' | 'timeoutSeconds'>,
): Promise<{ ok: true; me: UserFromGetMe; ms: number } | { ok: false; diagnosis: Diagnosis }> {
  const started = performance.now();
  const api = new Api(
    opts.token,
    telegramClient(opts.apiRoot, opts.proxy, { timeoutSeconds: opts.timeoutSeconds ?? 8 }),
  );
  try {
    const me = await api.getMe();
    return { ok: true, me, ms: Math.round(performance.now() - started) };
  } catch (error) {
    const proxy = opts.proxy ? proxyLabel(opts.proxy) : undefined;
    return { ok: false, diagnosis: diagnoseTelegram(error, proxy ? { proxy } : {}) };
  }
}

export async function reachTelegram(opts: ReachOptions): Promise<UserFromGetMe> {
  const { logger } = opts;
  const maxWaitMs = opts.maxWaitMs ?? 60_000;
  let wait = opts.firstWaitMs ?? 2_000;
  let attempts = 0;
  let lastCause: string | undefined;
  const started = Date.now();
  for (;;) {
    attempts++;
    const result = await tryGetMe(opts);
    if (result.ok) {
      if (attempts > 1) {
        logger.info(
          { bot: result.me.username, attempts, waitedMs: Date.now() - started },
          'Telegram Bot API 已连通',
        );
      }
      return result.me;
    }
    const { diagnosis } = result;
    if (diagnosis.cause === 'unauthorized') {
      throw new ConfigError('TELEGRAM_BOT_TOKEN', `${diagnosis.line}`);
    }
    const fields = { cause: diagnosis.cause, status: diagnosis.status, attempt: attempts };
    // The first failure and every change of cause at error level; the same again only as warn.
    if (diagnosis.cause !== lastCause) logger.error(fields, diagnosis.line);
    else logger.warn({ ...fields, retryInMs: wait }, diagnosis.line);
    lastCause = diagnosis.cause;
    await sleep(wait);
    wait = Math.min(wait * 2, maxWaitMs);
  }
}
