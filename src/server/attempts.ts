import type { Middleware } from 'grammy';
import type { App } from '../app/bootstrap.js';
import type { BotContext } from '../bot/context.js';
import { MAX_STARTS, setAside } from '../bot/poison.js';

/**
 * Webhook mode's guard against an update that kills the instance handling it: Telegram
 * re-sends an update it got no answer for, so without it the same update would take down
 * every instance it reaches, again and again. Each delivery is counted in the store
 * (`attempt:<botId>:<updateId>`, shared by all instances, expiring after a day) before the
 * update is handled, and the count goes once it finished, answered or failed in the error
 * boundary. A delivery that finds MAX_STARTS unfinished ones before it is answered 200 without
 * being handled; the first such one logs it and tells the sender (see poison.ts).
 *
 * Per update this costs a read and a write before handling (the write must be stored before
 * the update can crash anything) and a delete after, which on SQLite shares the commit of the
 * update's answer. An update that crashes on the first try is re-sent by Telegram to this or
 * another instance, which finds the count there.
 */
export function attemptGuard(app: App): Middleware<BotContext> {
  return async (ctx, next) => {
    const id = ctx.update.update_id;
    const botId = ctx.me.id;
    let count: number | undefined;
    try {
      // No longer than a read may take: a frozen (not dead) store must not hold the update
      // before the handler, which tells the user to retry after the same time.
      count = await withinMs(app.repo.countAttempt(botId, id), app.config.storageTimeoutMs);
    } catch (error) {
      // Unable to count: handle it anyway. With the store down it fails in the error boundary
      // (the user is told to retry), which is what it would do without this guard.
      app.logger.warn({ update: id, err: error }, 'webhook delivery not counted');
    }
    if (count !== undefined && count > MAX_STARTS) {
      // Told once: a later delivery (our 200 lost on the way) finds a higher count.
      await setAside(ctx.api, app.logger, ctx.update, count - 1, {
        tell: count === MAX_STARTS + 1,
      });
      return;
    }
    try {
      await next();
    } finally {
      // Not awaited: the answer (or the error boundary's notice) must not wait for a store
      // that is slow or frozen; a count left behind expires, and only matters after 2 crashes.
      if (count !== undefined) {
        void app.repo
          .clearAttempt(botId, id)
          .catch((error: unknown) => app.logger.warn({ err: error }, 'attempt count not cleared'));
      }
    }
  };
}

class CountTimeout extends Error {}

/** `work`, or a rejection after `ms` (the work itself is left to finish or fail on its own). */
function withinMs<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CountTimeout(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
