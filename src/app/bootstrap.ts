import { config as loadDotenv } from 'dotenv';
import { loadRepairPrompt } from '../check/repair.js';
import { makeFollowUpQuestion } from '../compose/draft.js';
import { createModelClient, type ModelClient } from '../compose/model.js';
import { loadPrompts } from '../compose/prompts.js';
import { rewriteSentence } from '../compose/rewrite.js';
import { type Config, loadConfig } from '../config.js';
import { sweepAudioTemp } from '../intake/convert.js';
import { createSorter, type Sorter } from '../intake/sort.js';
import { createTranscriber, type Transcriber } from '../intake/transcribe.js';
import { createLogger, type Logger } from '../logger.js';
import { proxyLabel } from '../net/proxy.js';
import { createLocker, type Locker } from '../storage/lock.js';
import { openRepository, type Repository } from '../storage/repository.js';
import { redactUrl } from '../storage/store.js';
import { loadTemplates } from '../templates/load.js';
import { Drafter } from './drafter.js';
import { InterviewService } from './service.js';

/**
 * Everything the bot and the terminal chat share, opened once: configuration, templates,
 * prompts, storage, the per-user lock, the model client. Any start-up problem ends the process
 * with exit code 1 and one line naming what to fix, never a stack trace.
 */
export interface App {
  config: Config;
  logger: Logger;
  repo: Repository;
  locker: Locker;
  model?: ModelClient;
  /** Speech to text (TRANSCRIBE_MODEL); absent: a voice note is asked to be typed. */
  transcriber?: Transcriber;
  /** Sorts a document's sentences into parts (needs the model). */
  sorter?: Sorter;
  service: InterviewService;
  drafter: Drafter;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  /** The terminal chat writes logs to stderr so stdout stays the conversation. */
  logToStderr?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Prints one line and exits 1: the contract for every start-up failure. */
export function failStartup(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message.split('\n')[0]}\n`);
  process.exit(1);
}

export function readConfig(env?: NodeJS.ProcessEnv): Config {
  if (!env) loadDotenv({ quiet: true });
  try {
    return loadConfig(env ?? process.env);
  } catch (error) {
    failStartup(error);
  }
}

export async function openApp(opts: OpenAppOptions = {}): Promise<App> {
  const config = readConfig(opts.env);
  // In the terminal chat, logs would interleave with the conversation: warnings only, unless
  // LOG_LEVEL asks for more.
  const env = opts.env ?? process.env;
  const level = opts.logToStderr && !env.LOG_LEVEL ? 'warn' : config.logLevel;
  const logger = createLogger(level, opts.logToStderr ? 2 : 1);
  try {
    const templates = loadTemplates();
    // Prompts are read and checked at start-up even when the model is off, so a broken file
    // shows up before the first user does.
    loadPrompts();
    loadRepairPrompt();
    const locker = createLocker(config.storageUrl);
    const repo = await openRepository(config.storageUrl, {
      withLock: locker.withLock.bind(locker),
    });
    const model = config.model ? createModelClient({ ...config.model, logger }) : undefined;
    const service = new InterviewService({
      repo,
      followUpWriter: model
        ? (material, sectionId, fallback) =>
            makeFollowUpQuestion(material, sectionId, { model, fallback, logger })
        : undefined,
      sentenceRewriter: model
        ? (request) => rewriteSentence(request, { model, logger })
        : undefined,
      locker,
      templates,
      draftsPerDay: config.draftsPerDay,
      canRevise: model !== undefined,
      readTimeoutMs: config.storageTimeoutMs,
      logger,
    });
    const drafter = new Drafter(service, model, logger, { repairs: config.draftRepairs });
    const transcriber = config.transcribe ? createTranscriber(config.transcribe) : undefined;
    // Audio a killed process left in a conversion folder: removed before anyone is served.
    if (transcriber) {
      const swept = await sweepAudioTemp();
      if (swept > 0) logger.info({ folders: swept }, 'leftover audio removed');
    }
    const sorter = model ? createSorter(model) : undefined;
    logger.info(
      {
        storage: storageLabel(config.storageUrl),
        templates: templates.map((t) => t.id),
        model: config.model
          ? { model: config.model.model, baseURL: config.model.baseURL ?? 'openai' }
          : 'offline',
        transcribe: config.transcribe
          ? { model: config.transcribe.model, baseURL: config.transcribe.baseURL ?? 'openai' }
          : 'off',
        // Scheme, host and port only: a proxy's user name and password are never logged.
        telegramProxy: config.telegramProxy ? proxyLabel(config.telegramProxy) : 'none',
        ...(config.model?.proxy ? { modelProxy: proxyLabel(config.model.proxy) } : {}),
        ...(config.transcribe?.proxy
          ? { transcribeProxy: proxyLabel(config.transcribe.proxy) }
          : {}),
      },
      'app ready',
    );
    return {
      config,
      logger,
      repo,
      locker,
      model,
      transcriber,
      sorter,
      service,
      drafter,
      close: async () => {
        await locker.close?.();
        await repo.close();
      },
    };
  } catch (error) {
    failStartup(error);
  }
}

function storageLabel(url: string | undefined): string {
  return url ? redactUrl(url) : 'sqlite (./data/zongjie.sqlite)';
}
