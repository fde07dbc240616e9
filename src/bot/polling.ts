import { run } from '@grammyjs/runner';
import type { App } from '../app/bootstrap.js';
import { type BotOptions, createBot, registerCommands, type ZongjieBot } from './bot.js';

/**
 * Long polling with @grammyjs/runner (the bot sequentializes per chat, so chats run
 * concurrently and one chat's updates stay in order).
 */
export interface Polling {
  zbot: ZongjieBot;
  /** Finishes the updates in hand, stops polling, waits for background drafts. */
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
  await bot.init();
  await registerCommands(bot);
  await bot.api.deleteWebhook().catch(() => {});
  const handle = run(bot, {
    runner: { fetch: { allowed_updates: ['message', 'callback_query'] } },
  });
  app.logger.info({ bot: bot.botInfo.username, mode: 'polling' }, 'bot started');
  await zbot.resumeJobs();
  return {
    zbot,
    stop: async () => {
      if (handle.isRunning()) await handle.stop();
      await zbot.idle();
    },
  };
}

/** `npm start` in polling mode: runs until SIGINT/SIGTERM, then shuts down gracefully. */
export async function startPolling(app: App, token: string, apiRoot?: string): Promise<void> {
  const polling = await runPolling(app, token, apiRoot);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'stopping');
    await polling.stop();
    await app.close();
    app.logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
