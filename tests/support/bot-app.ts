import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, openApp } from '../../src/app/bootstrap.js';
import type { BotOptions } from '../../src/bot/bot.js';
import { type Polling, runPolling } from '../../src/bot/polling.js';
import { resetPreviewSupport } from '../../src/bot/preview.js';
import { type OpenAIMock, type OpenAIMockOptions, startOpenAIMock } from './openai-mock.js';
import { startTelegram, type TelegramHarness } from './telegram.js';

/**
 * The real bot, in this process, polling the emulator over HTTP, with a fresh SQLite file.
 * Only the environment differs from production.
 */
export interface RunningBot {
  app: App;
  polling: Polling;
  dir: string;
  stop(): Promise<void>;
}

export async function startBot(
  tg: TelegramHarness,
  env: Record<string, string> = {},
  opts: { dir?: string; bot?: Omit<BotOptions, 'token' | 'apiRoot'> } = {},
): Promise<RunningBot> {
  resetPreviewSupport();
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'zongjie-bot-'));
  const app = await openApp({
    env: {
      ALLOWED_USER_IDS: '*',
      STORAGE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...env,
    },
  });
  const polling = await runPolling(app, tg.token, tg.apiRoot, opts.bot);
  return {
    app,
    polling,
    dir,
    stop: async () => {
      await polling.stop();
      await app.close();
    },
  };
}

/** The emulator, the loopback OpenAI-protocol model and the bot pointed at both. */
export interface ModelBot {
  tg: TelegramHarness;
  mock: OpenAIMock;
  bot: RunningBot;
  stop(): Promise<void>;
}

/**
 * What every test of the model path starts with: the emulator, the loopback model (real HTTP,
 * streaming) and the bot configured for it; `env` adds or overrides (timeouts, retries, repairs).
 */
export async function startModelBot(
  env: Record<string, string> = {},
  opts: Parameters<typeof startBot>[2] & { mock?: OpenAIMockOptions } = {},
): Promise<ModelBot> {
  const tg = await startTelegram({ timeoutMs: 15_000 });
  const mock = await startOpenAIMock(opts.mock);
  const bot = await startBot(
    tg,
    {
      OPENAI_BASE_URL: mock.url,
      OPENAI_API_KEY: 'sk-test-not-a-secret',
      OPENAI_MODEL: 'mock-model',
      ...env,
    },
    opts,
  );
  return {
    tg,
    mock,
    bot,
    stop: async () => {
      await bot.stop();
      await mock.close();
      await tg.close();
    },
  };
}
