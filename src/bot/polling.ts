import { run } from '@grammyjs/runner';
import type { App } from '../app/bootstrap.js';
import { createBot, registerCommands } from './bot.js';

/**
 * Long polling with @grammyjs/runner (the bot sequentializes per chat, so chats run
 * concurrently and one chat's updates stay in order). On SIGINT/SIGTERM: finish the updates in hand,
 * stop polling, let background drafts finish, close storage.
 */
export async function startPolling(app: App, token: string, apiRoot?: string): Promise<void> {
  const { bot, idle } = createBot(app, { token, apiRoot });
  await bot.init();
  await registerCommands(bot);
  await bot.api.deleteWebhook().catch(() => {});
  const handle = run(bot, {
    runner: { fetch: { allowed_updates: ['message', 'callback_query'] } },
  });
  app.logger.info({ bot: bot.botInfo.username, mode: 'polling' }, 'bot started');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, 'stopping');
    await handle.stop();
    await idle();
    await app.close();
    app.logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await handle.task();
}
