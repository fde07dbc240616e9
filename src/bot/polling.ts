import {
  createConcurrentSink,
  createRunner,
  createSource,
  createUpdateFetcher,
} from '@grammyjs/runner';
import type { BotError } from 'grammy';
import type { Update } from 'grammy/types';
import type { App } from '../app/bootstrap.js';
import { stopOnSignals } from '../app/shutdown.js';
import {
  ALLOWED_UPDATES,
  type BotOptions,
  createBot,
  registerCommands,
  type ZongjieBot,
} from './bot.js';
import { Inbox } from './inbox.js';

/**
 * Long polling with @grammyjs/runner's parts (the bot sequentializes per chat, so chats run
 * concurrently and one chat's updates stay in order), with a durable inbox between fetching and
 * confirming: a batch is stored before the getUpdates that confirms it goes out, and whatever a
 * killed process left unhandled is replayed at start (see inbox.ts).
 */
export interface Polling {
  zbot: ZongjieBot;
  /** Resolves once no update is being handled (error notices included) and no draft runs. */
  idle(): Promise<void>;
  /** Stops polling, finishes the updates in hand, waits for background drafts. */
  stop(): Promise<void>;
}

export async function runPolling(
  app: App,
  token: string,
  apiRoot?: string,
  extra: Omit<BotOptions, 'token' | 'apiRoot'> = {},
): Promise<Polling> {
  const zbot = createBot(app, { ...extra, token, apiRoot });
  const { bot } = zbot;
  // Three independent Bot API calls, made at once (each is a round trip to Telegram).
  await Promise.all([bot.init(), registerCommands(bot), bot.api.deleteWebhook().catch(() => {})]);
  const inbox = new Inbox(app.repo, bot.botInfo.id, app.logger);

  const handling = new Set<Promise<void>>();
  /** Handles one update to the end, the error boundary included, then takes it off the inbox. */
  const consume = (update: Update) => {
    const work = (async () => {
      try {
        await bot.handleUpdate(update);
      } catch (error) {
        await Promise.resolve(bot.errorHandler(error as BotError)).catch((e: unknown) =>
          app.logger.error({ err: e }, 'error handler failed'),
        );
      } finally {
        inbox.done(update.update_id);
      }
    })();
    handling.add(work);
    return work.finally(() => handling.delete(work));
  };
  const idle = async () => {
    while (handling.size > 0) await Promise.allSettled([...handling]);
    await zbot.idle();
  };

  // What the last run fetched and did not finish, before anything new. Telegram sends again
  // whatever was not yet confirmed; those already replayed here are not handled twice.
  const leftover = await inbox.load();
  const replayed = new Set(leftover.map((u) => u.update_id));
  if (leftover.length > 0) {
    app.logger.info({ updates: leftover.length }, 'replaying updates fetched before a stop');
    await Promise.all(leftover.map(consume));
    await inbox.flush();
  }

  const fetchUpdates = createUpdateFetcher(bot, {
    fetch: { allowed_updates: [...ALLOWED_UPDATES] },
  });
  let stored: Promise<void> = Promise.resolve();
  const source = createSource({
    supply: async (batchSize, signal) => {
      // This getUpdates confirms the previous batch to Telegram: not before it is stored.
      await stored;
      const updates = (await fetchUpdates(batchSize, signal)).filter(
        (u) => !replayed.has(u.update_id),
      );
      // Stored while the batch is handled; the next fetch waits for it (above).
      stored = inbox.add(updates);
      return updates;
    },
  });
  const sink = createConcurrentSink<Update>({ consume }, async () => {});
  const runner = createRunner(source, sink);
  runner.start();
  app.logger.info({ bot: bot.botInfo.username, mode: 'polling' }, 'bot started');
  await zbot.resumeJobs();
  return {
    zbot,
    idle,
    stop: async () => {
      await runner.stop();
      await idle();
      await inbox.flush();
    },
  };
}

/** `npm start` in polling mode: runs until SIGINT/SIGTERM, then shuts down within the deadline. */
export async function startPolling(app: App, token: string, apiRoot?: string): Promise<void> {
  let polling: Polling | undefined;
  stopOnSignals(
    app.logger,
    async () => {
      await polling?.stop();
      await app.close();
    },
    app.config.shutdownTimeoutMs,
  );
  polling = await runPolling(app, token, apiRoot);
}
