import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type Context, GrammyError, InputFile } from 'grammy';
import type { App } from '../app/bootstrap.js';
import { type DraftEffect, type FinishedDraft, fileNameFor } from '../app/drafter.js';
import { JobKeeper } from '../app/jobs.js';
import { buildDocx } from '../export/docx.js';
import { COMMANDS, parseCommand } from '../interview/commands.js';
import { draftedActions } from '../interview/engine.js';
import type { Effect, Event, Reply } from '../interview/types.js';
import { decodeEvent } from './callback.js';
import { DraftPreview } from './preview.js';
import { keyboardOf, renderReply } from './render.js';
import { splitMessage } from './split.js';

/**
 * The Telegram adapter: updates → engine events, replies → messages and buttons. It holds no
 * business rules; those live in the engine. Drafts are composed in the background so an update
 * (or a webhook request) is answered at once.
 */

export const TEXT = {
  error: '出错了，请重试。您已保存的回答不受影响。',
  stranger: (id: number) =>
    `您好！本助手目前仅对授权用户开放。\n您的 Telegram 数字 ID 是：${id}\n请把这个数字发给管理员，管理员加入名单后即可使用。`,
  group: '本助手只在私聊中工作，请点开我的头像，在私聊里发送 /start。',
  voice: '请发送文字（可用手机输入法的语音转文字）。',
  unsupported:
    '我只能读文字消息。请直接输入文字回答（可用手机输入法的语音转文字）；图片、贴纸、文件、位置等暂不支持。',
  busy: '上一份草稿还在生成，完成后马上处理您的新要求。',
  composing: '正在生成草稿…',
  revising: '正在按您的意见修改草稿…',
} as const;

export interface BotOptions {
  token: string;
  apiRoot?: string;
  /** Preview throttle (ms); the default is one update per second. */
  previewIntervalMs?: number;
  /** Called with the delay from the model's first text to the first preview (for the benchmark). */
  onFirstPreview?: (ms: number) => void;
  /** Heartbeat and staleness of background compositions (tests shorten them). */
  jobs?: { beatMs?: number; staleMs?: number };
}

export interface ZongjieBot {
  bot: Bot;
  /** Waits for drafts being composed in the background (graceful shutdown, tests). */
  idle(): Promise<void>;
  /** Starts a composition for a user as if the effect came from an update (restart recovery). */
  startDraft(userId: string, chatId: number, effect: DraftEffect): Promise<void>;
  /** Claims and redoes interrupted compositions now and then every `staleMs`. */
  resumeJobs(): Promise<void>;
}

export function createBot(app: App, opts: BotOptions): ZongjieBot {
  const { service, drafter, logger, config } = app;
  const bot = new Bot(opts.token, { client: opts.apiRoot ? { apiRoot: opts.apiRoot } : {} });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));

  const jobs = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  const keeper = new JobKeeper(app.repo, app.locker, logger, opts.jobs);
  let sweeper: NodeJS.Timeout | undefined;

  /** Redoes compositions whose process died (a restart, or another instance killed). */
  const resumeOrphans = async () => {
    for (const job of await keeper.claimOrphans()) {
      logger.info({ userId: job.userId, kind: job.kind }, 'resuming interrupted draft');
      await bot.api
        .sendMessage(Number(job.chatId), '上次生成草稿时服务中断了，正在为您重新生成。')
        .catch(() => {});
      const effect: DraftEffect =
        job.kind === 'revise'
          ? { type: 'revise', summaryId: job.summaryId, instruction: job.instruction ?? '' }
          : { type: 'compose', summaryId: job.summaryId };
      await startDraft(job.userId, Number(job.chatId), effect);
    }
  };
  const groupsTold = new Set<number>();

  const allowed = (id: number) => config.allowedUserIds === '*' || config.allowedUserIds.has(id);

  /** Sends the engine's replies in order; the last chunk of a reply carries its buttons. */
  const send = async (chatId: number, replies: Reply[]) => {
    for (const reply of replies) {
      for (const m of renderReply(reply)) {
        await bot.api.sendMessage(chatId, m.text, m.keyboard ? { reply_markup: m.keyboard } : {});
      }
    }
  };

  const deliverDraft = async (chatId: number, draft: FinishedDraft) => {
    if (draft.unchanged) {
      await bot.api.sendMessage(chatId, draft.notice ?? '草稿未改动。', {
        reply_markup: keyboardOf(draftedActions(draft.summaryId)),
      });
      return;
    }
    // One line saying what follows (and how it was made), then the draft itself in as few
    // messages as the limit allows, cut only between paragraphs.
    const chunks = splitMessage(draft.text);
    const parts = chunks.length > 1 ? `，共${chunks.length}条消息` : '';
    const header = `《${draft.title}》草稿第${draft.version}版${parts}：`;
    await bot.api.sendMessage(chatId, draft.notice ? `${header}\n（${draft.notice}）` : header);
    for (const chunk of chunks) await bot.api.sendMessage(chatId, chunk);
    await bot.api.sendMessage(
      chatId,
      `${draft.checklist}\n\n要修改，直接发送意见即可（如：第二部分写具体些、压缩到1500字）。`,
      { reply_markup: keyboardOf(draftedActions(draft.summaryId)) },
    );
    const docx = await buildDocx(draft.text, { title: draft.title });
    await bot.api.sendDocument(chatId, new InputFile(docx, draft.fileName), {
      caption: `Word 文件（公文格式）：${draft.fileName}`,
    });
  };

  const runDraft = async (userId: string, chatId: number, effect: DraftEffect) => {
    const started = Date.now();
    await bot.api.sendMessage(chatId, effect.type === 'compose' ? TEXT.composing : TEXT.revising);
    const typing = setInterval(() => {
      bot.api.sendChatAction(chatId, 'typing').catch(() => {});
    }, 4500);
    bot.api.sendChatAction(chatId, 'typing').catch(() => {});
    let firstText = 0;
    const preview = new DraftPreview(bot.api, chatId, {
      intervalMs: opts.previewIntervalMs,
      logger,
      onFirstShown: () => opts.onFirstPreview?.(Date.now() - firstText),
    });
    try {
      const draft = await drafter.run(userId, effect, {
        onPreview: (text) => {
          if (!firstText) firstText = Date.now();
          preview.update(text);
        },
      });
      clearInterval(typing);
      await preview.close();
      await deliverDraft(chatId, draft);
      logger.info({ userId, version: draft.version, ms: Date.now() - started }, 'draft delivered');
    } finally {
      clearInterval(typing);
      await preview.close();
    }
  };

  /**
   * Starts a composition in the background. The job is recorded in the store before this
   * resolves, so once the update is acknowledged a crash cannot lose the request: another
   * instance (or the restarted one) redoes it.
   */
  const startDraft = async (userId: string, chatId: number, effect: DraftEffect) => {
    const record = {
      userId,
      chatId,
      summaryId: effect.summaryId,
      kind: effect.type,
      instruction: effect.type === 'revise' ? effect.instruction : undefined,
      startedAt: Date.now(),
    };
    // One composition per user at a time; a request made meanwhile waits its turn.
    const previous = jobs.get(userId);
    if (previous) bot.api.sendMessage(chatId, TEXT.busy).catch(() => {});
    const begun = previous ? previous.then(() => keeper.begin(record)) : keeper.begin(record);
    const job: Promise<void> = begun
      .then(async (end) => {
        try {
          await runDraft(userId, chatId, effect);
        } finally {
          await end();
        }
      })
      .catch(async (error) => {
        logger.error({ userId, err: errorText(error) }, 'draft failed');
        await bot.api
          .sendMessage(chatId, TEXT.error, {
            reply_markup: keyboardOf([[{ label: '重新生成', event: { type: 'draft' } }]]),
          })
          .catch(() => {});
      })
      .finally(() => {
        if (jobs.get(userId) === job) jobs.delete(userId);
      });
    jobs.set(userId, job);
    if (!previous) await begun.catch(() => {});
  };

  const carryOut = async (userId: string, chatId: number, effects: Effect[]) => {
    for (const effect of effects) {
      if (effect.type === 'compose' || effect.type === 'revise') {
        await startDraft(userId, chatId, effect);
      } else if (effect.type === 'sendDraft') {
        const stored = await service.loadDraft(userId, effect.summaryId, effect.version);
        if (!stored) {
          await bot.api.sendMessage(chatId, '找不到这一版草稿，可能已被删除。');
          continue;
        }
        const chunks = splitMessage(stored.text);
        for (const chunk of chunks) await bot.api.sendMessage(chatId, chunk);
        const docx = await buildDocx(stored.text, { title: stored.material.title });
        await bot.api.sendDocument(
          chatId,
          new InputFile(docx, fileNameFor(stored.material, stored.version)),
        );
      }
    }
  };

  /** One event from one user: stored first, then answered. */
  const handle = async (ctx: Context, event: Event) => {
    const userId = String(ctx.from?.id);
    const chatId = ctx.chat?.id as number;
    const state = ctx as Context & { action?: string };
    state.action = event.type;
    const result = await service.dispatch(userId, event, { updateId: ctx.update.update_id });
    if (result.duplicate) {
      // Telegram re-sends an update only when the first delivery failed, and an instance that
      // died after storing the answer never replied: show where the user stands, change nothing.
      state.action = `${event.type}:duplicate`;
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      const where = await service.dispatch(userId, { type: 'resume' });
      await send(chatId, where.replies);
      return;
    }
    const stale = result.replies.length > 0 && result.replies.every((r) => r.kind === 'stale');
    if (!(stale && ctx.callbackQuery)) await send(chatId, result.replies);
    // A tapped button stops spinning as soon as the answer is stored and shown; sending a
    // stored draft again may take longer.
    if (ctx.callbackQuery)
      await ctx.answerCallbackQuery(stale ? { text: result.replies[0]?.text } : {});
    await carryOut(userId, chatId, result.effects);
  };

  // One chat's updates run one after another, in order; different chats run concurrently.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));

  // Timing and one log line per update; never message text at info level. Updates in hand are
  // tracked so a graceful stop can let them finish.
  bot.use(async (ctx, next) => {
    const started = performance.now();
    const log = ctx as Context & { action?: string };
    const work = next();
    inFlight.add(work);
    try {
      await work;
    } finally {
      inFlight.delete(work);
      logger.info(
        {
          update: ctx.update.update_id,
          user: ctx.from?.id,
          action: log.action ?? 'none',
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'update',
      );
    }
  });

  // Private chats only: a group hears it once, then silence.
  bot.use(async (ctx, next) => {
    const chat = ctx.chat;
    if (chat && chat.type !== 'private') {
      (ctx as Context & { action?: string }).action = 'group';
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: TEXT.group });
      else if (!groupsTold.has(chat.id) && ctx.message) {
        groupsTold.add(chat.id);
        await ctx.reply(TEXT.group);
      }
      return;
    }
    await next();
  });

  // Access: ALLOWED_USER_IDS; a stranger learns their id and what to send the operator.
  bot.use(async (ctx, next) => {
    const id = ctx.from?.id;
    if (id === undefined) return;
    if (!allowed(id)) {
      (ctx as Context & { action?: string }).action = 'stranger';
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      if (ctx.chat) await ctx.reply(TEXT.stranger(id));
      return;
    }
    await next();
  });

  bot.on('callback_query:data', async (ctx) => {
    const event = decodeEvent(ctx.callbackQuery.data);
    if (!event) {
      await ctx.answerCallbackQuery({ text: '这个按钮已失效，请发送 /start 重新开始。' });
      return;
    }
    try {
      await handle(ctx, event);
    } catch (error) {
      await ctx.answerCallbackQuery({ text: TEXT.error }).catch(() => {});
      throw error;
    }
  });

  bot.on('message:text', async (ctx) => {
    const text = ctx.message.text;
    const event = parseCommand(text) ?? { type: 'text', text };
    await handle(ctx, event);
  });

  bot.on('message:voice', async (ctx) => {
    (ctx as Context & { action?: string }).action = 'voice';
    await ctx.reply(TEXT.voice);
  });

  bot.on('message', async (ctx) => {
    (ctx as Context & { action?: string }).action = 'unsupported';
    await ctx.reply(TEXT.unsupported);
  });

  // The error boundary: log, tell the user, keep serving. Answers already stored stay stored.
  bot.catch(async (err) => {
    logger.error(
      { update: err.ctx.update.update_id, user: err.ctx.from?.id, err: errorText(err.error) },
      'update failed',
    );
    if (err.ctx.chat?.type === 'private') await err.ctx.reply(TEXT.error).catch(() => {});
  });

  return {
    bot,
    idle: async () => {
      if (sweeper) clearInterval(sweeper);
      while (inFlight.size > 0 || jobs.size > 0) {
        await Promise.allSettled([...inFlight, ...jobs.values()]);
      }
    },
    startDraft,
    resumeJobs: async () => {
      await resumeOrphans().catch((err) => logger.warn({ err: errorText(err) }, 'resume failed'));
      sweeper = setInterval(() => {
        resumeOrphans().catch((err) => logger.warn({ err: errorText(err) }, 'resume failed'));
      }, opts.jobs?.staleMs ?? 30_000);
      sweeper.unref();
    },
  };
}

/** Registers the command menu; a server without setMyCommands is not a reason to stop. */
export async function registerCommands(bot: Bot): Promise<void> {
  await bot.api.setMyCommands(COMMANDS).catch(() => {});
}

function errorText(error: unknown): string {
  if (error instanceof GrammyError) return `${error.method}: ${error.description}`;
  return error instanceof Error ? error.message : String(error);
}
