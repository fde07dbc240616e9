import { sequentialize } from '@grammyjs/runner';
import { Bot, GrammyError, type Middleware } from 'grammy';
import type { App } from '../app/bootstrap.js';
import { COMMANDS, parseCommand } from '../interview/commands.js';
import type { Effect, Event, Reply } from '../interview/types.js';
import { telegramClient } from '../net/telegram.js';
import { decodeChecklistButton, decodeEvent } from './callback.js';
import { CardKeeper } from './cards.js';
import type { BotContext } from './context.js';
import { DRAFT_TEXT, type DraftOptions, DraftRunner } from './drafts.js';
import { IntakeRunner } from './intake.js';
import { cleanOutgoingText } from './outgoing.js';
import { renderReply } from './render.js';
import { installRetries } from './retry.js';

/**
 * The Telegram adapter: updates → engine events, replies → messages and buttons. It holds no
 * business rules; those live in the engine. Drafts are composed in the background so an update
 * (or a webhook request) is answered at once.
 */

export const TEXT = {
  error: DRAFT_TEXT.error,
  stranger: (id: number) =>
    `您好！本助手目前仅对授权用户开放。\n您的 Telegram 数字 ID 是：${id}\n请把这个数字发给管理员，管理员加入名单后即可使用。`,
  group: '本助手只在私聊中工作，请点开我的头像，在私聊里发送 /start。',
  voice: '请发送文字（可用手机输入法的语音转文字）。',
  unsupported:
    '我只能读文字消息和文件（.docx、带文字层的 .pdf、.txt、.md）。请直接输入文字回答（可用手机输入法的语音转文字）；贴纸、位置等暂不支持。',
} as const;

/** The updates the bot asks Telegram for (polling and webhook alike). */
export const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;

export interface BotOptions extends DraftOptions {
  token: string;
  apiRoot?: string;
  /** How long a Bot API call is retried after network errors (default TELEGRAM_RETRY_MS). */
  networkRetryMs?: number;
  /**
   * Runs first for every update and may decide it is not handled (webhook mode counts
   * deliveries there and sets aside an update that keeps crashing, see server/attempts.ts).
   */
  guard?: Middleware<BotContext>;
  /** How long a part's card waits for more answers before it is edited (ms, default 500). */
  cardEditMs?: number;
}

export interface ZongjieBot {
  bot: Bot<BotContext>;
  /** Waits for drafts being composed in the background (graceful shutdown, tests). */
  idle(): Promise<void>;
  /** Claims and redoes interrupted compositions now and then every `staleMs`. */
  resumeJobs(): Promise<void>;
}

export function createBot(app: App, opts: BotOptions): ZongjieBot {
  const { service, logger, config } = app;
  const bot = new Bot<BotContext>(opts.token, {
    client: telegramClient(opts.apiRoot, config.telegramProxy),
  });
  installRetries(bot, opts.networkRetryMs ?? config.telegramRetryMs);
  bot.api.config.use(cleanOutgoingText());

  const drafts = new DraftRunner(bot.api, app, opts);
  const cards = new CardKeeper(bot.api, app.repo, logger, { delayMs: opts.cardEditMs });
  // Voice, files and long pastes; it sends its replies through `send` (defined below).
  const intake = new IntakeRunner(bot.api, app, (chatId, replies) => send(chatId, replies), opts);
  const inFlight = new Set<Promise<void>>();
  const groupsTold = new Set<number>();

  const allowed = (id: number) => config.allowedUserIds === '*' || config.allowedUserIds.has(id);

  /**
   * Sends the engine's replies in order; the last chunk of a reply carries its buttons. An
   * acknowledgement that can be a reaction goes on the user's own message (`reactTo`) instead of
   * a new message; where the reaction fails (an older Bot API server, a chat that refuses
   * reactions) the short reply is sent as before. A tapped button's card changes at once; typed
   * answers' card changes are coalesced.
   */
  const send = async (chatId: number, replies: Reply[], reactTo?: number, tapped = false) => {
    for (const reply of replies) {
      // The engine names the message (an answer confirmed by a button); else the one in hand.
      const on = reply.reactTo ?? reactTo;
      if (reply.reaction && on !== undefined && (await react(chatId, on, reply))) continue;
      // A part's card: sent when it opens, else edited in place (cards.ts).
      if (reply.card) {
        await cards.show(chatId, reply, tapped);
        continue;
      }
      for (const m of renderReply(reply)) {
        await bot.api.sendMessage(chatId, m.text, m.keyboard ? { reply_markup: m.keyboard } : {});
      }
    }
  };

  const react = async (chatId: number, messageId: number, reply: Reply): Promise<boolean> => {
    if (!reply.reaction) return false;
    try {
      await bot.api.setMessageReaction(chatId, messageId, [
        { type: 'emoji', emoji: reply.reaction },
      ]);
      return true;
    } catch (error) {
      // Refused by the server (an older Bot API, reactions off in the chat): say it in words.
      // A network failure is no reason to try a message instead: it fails like any reply.
      if (!(error instanceof GrammyError)) throw error;
      logger.debug({ err: error }, 'reaction refused; acknowledging with a message');
      return false;
    }
  };

  const carryOut = async (userId: string, chatId: number, effects: Effect[]) => {
    for (const effect of effects) {
      if (effect.type === 'compose' || effect.type === 'revise') {
        await drafts.start(userId, chatId, effect);
      } else if (effect.type === 'sendDraft') {
        await drafts.sendStored(userId, chatId, effect.summaryId, effect.version, {
          final: effect.final,
          docxOnly: effect.docxOnly,
        });
      } else await intake.carryOut(userId, chatId, effect);
    }
  };

  /** One event from one user: stored first, then answered. */
  const handle = async (ctx: BotContext, event: Event) => {
    const userId = String(ctx.from?.id);
    const chatId = ctx.chat?.id as number;
    ctx.action = event.type;
    const result = await service.dispatch(userId, event, { updateId: ctx.update.update_id });
    if (result.duplicate) {
      // Telegram re-sends an update only when the first delivery failed, and an instance that
      // died after storing the answer never replied: show where the user stands, change nothing.
      ctx.action = `${event.type}:duplicate`;
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      const where = await service.dispatch(userId, { type: 'resume' });
      await send(chatId, where.replies);
      return undefined;
    }
    // /delete confirmed: drafts of this user running or waiting here stop, silently, before
    // the confirmation is shown, so nothing is said after it.
    if (result.deletedUser) {
      await drafts.cancel(userId);
      await cards.forget(chatId);
    }
    const stale = result.replies.length > 0 && result.replies.every((r) => r.kind === 'stale');
    if (!(stale && ctx.callbackQuery)) {
      await send(chatId, result.replies, ctx.message?.message_id, Boolean(ctx.callbackQuery));
    }
    // A tapped button stops spinning as soon as the answer is stored and shown; sending a
    // stored draft again may take longer.
    if (ctx.callbackQuery)
      await ctx.answerCallbackQuery(stale ? { text: result.replies[0]?.text } : {});
    await carryOut(userId, chatId, result.effects);
    await intake.after(ctx, event, result);
    return result;
  };

  if (opts.guard) bot.use(opts.guard);

  // One chat's updates run one after another, in order; different chats run concurrently.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));

  // Timing and one log line per update; never message text at info level. Updates in hand are
  // tracked so a graceful stop can let them finish.
  bot.use(async (ctx, next) => {
    const started = performance.now();
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
          action: ctx.action ?? 'none',
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
      ctx.action = 'group';
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
      ctx.action = 'stranger';
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      if (ctx.chat) await ctx.reply(TEXT.stranger(id));
      return;
    }
    await next();
  });

  bot.on('callback_query:data', async (ctx) => {
    const full = decodeChecklistButton(ctx.callbackQuery.data);
    if (full) {
      ctx.action = 'fullChecklist';
      await ctx.answerCallbackQuery();
      const chatId = ctx.chat?.id;
      if (chatId !== undefined) await drafts.sendFullChecklist(String(ctx.from.id), chatId, full);
      return;
    }
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
    const { text, message_id: messageId, reply_to_message: replied, quote } = ctx.message;
    const event: Event = parseCommand(text) ?? {
      type: 'text',
      text,
      messageId,
      ...(replied ? { replyTo: replied.message_id } : {}),
      // The words selected in the replied message (an edit of a draft by quoting).
      ...(replied && quote ? { quote: { text: quote.text, position: quote.position } } : {}),
    };
    await handle(ctx, event);
  });

  // An edit of a sent message (Telegram's 编辑): the stored answer follows it, or the user is
  // told why not (issue 21: an edited figure used to stay old in the draft, in silence).
  bot.on('edited_message:text', async (ctx) => {
    const { text, message_id: messageId } = ctx.editedMessage;
    await handle(ctx, { type: 'edited', text, messageId });
  });

  intake.install(bot, handle);

  bot.on('message:voice', async (ctx) => {
    ctx.action = 'voice';
    await ctx.reply(TEXT.voice);
  });

  bot.on('message', async (ctx) => {
    ctx.action = 'unsupported';
    await ctx.reply(TEXT.unsupported);
  });

  // The error boundary: log, tell the user, keep serving. Answers already stored stay stored.
  bot.catch(async (err) => {
    logger.error(
      { update: err.ctx.update.update_id, user: err.ctx.from?.id, err: err.error },
      'update failed',
    );
    if (err.ctx.chat?.type === 'private') await err.ctx.reply(TEXT.error).catch(() => {});
  });

  return {
    bot,
    idle: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await intake.idle();
      await drafts.idle();
      await cards.idle();
    },
    resumeJobs: () => drafts.resumeJobs(),
  };
}

/** Registers the command menu; a server without setMyCommands is not a reason to stop. */
export async function registerCommands(bot: Bot<BotContext>): Promise<void> {
  await bot.api.setMyCommands(COMMANDS).catch(() => {});
}
