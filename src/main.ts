import { pathToFileURL } from 'node:url';
import { failStartup, openApp, readConfig } from './app/bootstrap.js';
import { ConfigError } from './config.js';

/**
 * `npm start`: the Telegram bot when TELEGRAM_BOT_TOKEN is set; without it, the terminal chat
 * in an interactive terminal, else exit 1 naming the missing variable.
 */
export async function main(): Promise<void> {
  const config = readConfig();
  if (config.telegramToken) {
    const app = await openApp();
    // Says at once, and in one line, when the Bot API cannot be reached, and waits for it.
    const { reachTelegram } = await import('./app/reach.js');
    await reachTelegram({
      token: config.telegramToken,
      apiRoot: config.telegramApiRoot,
      proxy: config.telegramProxy,
      logger: app.logger,
      timeoutSeconds: 6,
    });
    if (config.mode === 'webhook') {
      const { startWebhook } = await import('./server/webhook.js');
      await startWebhook(app, config.telegramToken, config.telegramApiRoot);
    } else {
      const { startPolling } = await import('./bot/polling.js');
      await startPolling(app, config.telegramToken, config.telegramApiRoot);
    }
    return;
  }
  if (!process.stdin.isTTY) {
    failStartup(
      new ConfigError(
        'TELEGRAM_BOT_TOKEN',
        '未设置：请在 .env 中填写 BotFather 给出的令牌（或在交互终端中运行以使用终端对话）',
      ),
    );
  }
  process.stderr.write('未设置 TELEGRAM_BOT_TOKEN，进入终端对话模式（Ctrl+D 退出）。\n');
  const { main: chat } = await import('./terminal/main.js');
  await chat();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => failStartup(error));
}
