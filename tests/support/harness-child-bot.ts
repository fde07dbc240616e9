/**
 * Minimal bot run as a child process by tests/harness.test.ts (restart / redelivery check).
 * Env: TELEGRAM_API_ROOT, TELEGRAM_BOT_TOKEN, SLOW_MS (how long the 'slow' handler hangs).
 */
import { Bot } from 'grammy';

const token = process.env.TELEGRAM_BOT_TOKEN ?? '';
const apiRoot = process.env.TELEGRAM_API_ROOT ?? '';
const slowMs = Number(process.env.SLOW_MS ?? '0');

const bot = new Bot(token, { client: { apiRoot } });
bot.command('start', (ctx) => ctx.reply(`pid ${process.pid} ready`));
bot.hears('slow', async (ctx) => {
  await ctx.reply(`pid ${process.pid} working`);
  await new Promise((r) => setTimeout(r, slowMs));
  await ctx.reply(`pid ${process.pid} done slow`);
});
bot.on('message:text', (ctx) => ctx.reply(`pid ${process.pid}: ${ctx.message.text}`));
process.once('SIGTERM', () => {
  bot.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
void bot.start();
