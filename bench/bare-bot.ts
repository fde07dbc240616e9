/**
 * The floor the bench compares against: a grammY bot on @grammyjs/runner that replies 'ok' to
 * every text, nothing else. Built and run like the project (bundled, `node main.js`).
 */
import { run } from '@grammyjs/runner';
import { Bot } from 'grammy';

const bot = new Bot(process.env.TELEGRAM_BOT_TOKEN ?? '', {
  client: { apiRoot: process.env.TELEGRAM_API_ROOT ?? 'https://api.telegram.org' },
});
bot.on('message:text', (ctx) => ctx.reply('ok'));
await bot.init();
const handle = run(bot, { runner: { fetch: { allowed_updates: ['message', 'callback_query'] } } });
const stop = () => {
  if (handle.isRunning()) void handle.stop().then(() => process.exit(0));
  else process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
