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
import { setAside } from './poison.js';

/**
 * Long polling with @grammyjs/runner's parts (the bot sequentializes per chat, so chats run
 * concurrently and one chat's updates stay in order), with a durable inbox between fetching and
 * confirming: a batch is stored before the getUpdates that confirms it goes out, and whatever a
 * killed process left unhandled is replayed at start (see inbox.ts), unless it was started
 * twice and never finished: then it is set aside, its sender told (see poison.ts).
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

  // What the last run fetched and did not finish, before anything new of the same chat. Those
  // started too often without finishing are set aside (see poison.ts), the others handled
  // again; Telegram sends again whatever was not yet confirmed, and updates already known here
  // are not handled twice.
  const { replay, aside } = await inbox.load();
  const known = new Set([...replay, ...aside.map((e) => e.update)].map((u) => u.update_id));
  for (const { update, starts } of aside) await setAside(bot.api, app.logger, update, starts);
  if (replay.length > 0) {
    app.logger.info({ updates: replay.length }, 'replaying updates fetched before a stop');
    // Not awaited: polling starts at once, so a leftover that hangs holds up its own chat only.
    // Each leftover enters the per-chat queue (bot.ts) here, synchronously and in fetch order,
    // before the runner fetches anything: a chat's leftovers still go before its new updates.
    // The inbox is rewritten as each one finishes, so a finished one does not linger in the
    // record and take its chat's count at the next start (see inbox.ts).
    const started = performance.now();
    const replayed = replay.map((update) => consume(update).then(() => inbox.flush()));
    void Promise.all(replayed).then(() =>
      app.logger.info(
        { updates: replay.length, ms: Math.round(performance.now() - started) },
        'replay finished',
      ),
    );
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
        (u) => !known.has(u.update_id),
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
