import type { Api, Bot } from 'grammy';
import type { App } from '../app/bootstrap.js';
import type { Dispatched } from '../app/service.js';
import { MaterialCache } from '../intake/cache.js';
import { sweepAudioTemp } from '../intake/convert.js';
import { type Extracted, extractFileText } from '../intake/extract.js';
import {
  chargedSeconds,
  classifyFile,
  estimatedSeconds,
  FILE_TEXT,
  isAudioFile,
  isEmptyAudio,
} from '../intake/files.js';
import {
  charCount,
  DOCUMENT_MIN_CHARS,
  looksLikeDocument,
  splitSentences,
} from '../intake/sentences.js';
import { voiceSecondsLeft } from '../interview/intake.js';
import { activeSummary } from '../interview/position.js';
import type { Effect, Event, Reply } from '../interview/types.js';
import { proxiedFetch } from '../net/proxy.js';
import { templateById } from '../templates/match.js';
import { cleanText } from '../text/clean.js';
import type { BotContext } from './context.js';

/**
 * Material that is not typed, on Telegram: voice notes and audio (transcribed), documents
 * (.docx, .pdf, .txt, .md, read in a child process), long pasted messages (offered for sorting),
 * and images and other files (told what to send instead). The engine decides what happens to
 * the text; this file only fetches, transcribes, extracts and hands it over. Audio and file
 * bytes stay in memory and are dropped after use; their text is never logged.
 */

export const INTAKE_TEXT = {
  transcribing: '⏳ 正在转写语音……',
  voiceTooLong: (s: number, max: number) =>
    `这条语音有 ${s} 秒，超过了 ${max} 秒的上限。请分成几段发送，或直接输入文字。`,
  voiceTooBig: (mb: number) => `这条语音超过 ${mb} MB，无法转写。请分成几段发送，或直接输入文字。`,
  voiceQuota: (min: number) =>
    `今天的语音转写额度（每天 ${min} 分钟）已用完。请直接输入文字（可用手机输入法的语音转文字），或明天再发语音。`,
  voiceFormat:
    '语音转写服务不接受这种音频格式，服务器上也没有 ffmpeg 可以转换。请直接输入文字（可用手机输入法的语音转文字），并告诉管理员安装 ffmpeg。',
  voiceFailed: '语音转写暂时不可用，请稍后重发，或直接输入文字（可用手机输入法的语音转文字）。',
  voiceEmpty: '这条语音没有识别出文字。请靠近话筒再说一遍，或直接输入文字。',
  voiceNoSummary:
    '您当前没有进行中的总结。请先发送 /new 新建总结（或 /resume 继续上次），再发语音。',
  reading: '⏳ 正在读取文件……',
  truncated: '（文件较长，只读取了前 6 万字。）',
  expired:
    '这份材料已过期或已整理过（文件内容只在内存中保留30分钟）。如需再次整理，请重新发送文件。',
  sortFailed:
    '按部分整理没有成功（大模型暂时不可用或回答有误）。可以稍后再点[按部分整理]，或改用[全部加入本部分]。',
} as const;

/** A pasted message longer than this (汉字, letters, digits) is offered [按部分整理]. */
export const LONG_PASTE_CHARS = 300;

export type Send = (chatId: number, replies: Reply[]) => Promise<void>;
export type Handle = (ctx: BotContext, event: Event) => Promise<Dispatched | undefined>;

export interface IntakeOptions {
  token: string;
  apiRoot?: string;
}

export class IntakeRunner {
  private readonly cache = new MaterialCache();
  private readonly running = new Set<Promise<void>>();
  /** File downloads go where the Bot API calls go: through TELEGRAM_PROXY when set. */
  private fetchFile?: typeof fetch;

  constructor(
    private readonly api: Api,
    private readonly app: App,
    private readonly send: Send,
    private readonly opts: IntakeOptions,
  ) {}

  /** Handlers for voice, audio, documents and photos; voice falls through without a model. */
  install(bot: Bot<BotContext>, handle: Handle): void {
    bot.on(['message:voice', 'message:audio'], async (ctx, next) => {
      if (!this.app.transcriber) return next();
      ctx.action = 'voice';
      await this.voice(ctx, handle);
    });
    bot.on('message:document', async (ctx) => {
      ctx.action = 'document';
      await this.document(ctx, handle);
    });
    bot.on('message:photo', async (ctx) => {
      ctx.action = 'photo';
      await ctx.reply(FILE_TEXT.image);
    });
  }

  /** After an event was handled: a long pasted answer is offered for sorting; /delete forgets. */
  async after(ctx: BotContext, event: Event, result: Dispatched): Promise<void> {
    const userId = String(ctx.from?.id);
    if (event.type === 'confirm' && event.ref?.at === 'deleteAll') {
      this.cache.forget(userId);
      // Audio of theirs still in a conversion folder (a kill -9 mid-conversion) goes too.
      await sweepAudioTemp(userId);
      return;
    }
    if (event.type !== 'text') return;
    const summary = activeSummary(result.state);
    const year = summary?.info.year;
    // A short answer (most of them) is neither long nor a document: its length says so without
    // counting its characters (charCount ≤ length, and DOCUMENT_MIN_CHARS < LONG_PASTE_CHARS).
    if (event.text.length < DOCUMENT_MIN_CHARS) return;
    const documentLike = looksLikeDocument(event.text, year);
    if (charCount(event.text) <= LONG_PASTE_CHARS && !documentLike) return;
    const template = summary && templateById(this.app.service.templates, summary.templateId);
    const pos = summary?.position;
    if (pos?.kind === 'review' && !result.state.paused) {
      return this.offerPasteAtReview(ctx, userId, event.text);
    }
    if (!result.replies.some((r) => r.kind === 'ack')) return;
    const section = pos?.kind === 'section' ? template?.sections[pos.index] : undefined;
    const stored = section && summary?.answers[section.id]?.parts.at(-1);
    if (!section || !stored) return;
    // As a document's: its title and headings are no facts if the user splits it.
    const sentences = splitSentences(stored, { document: true });
    if (sentences.length < 2) return;
    const key = this.cache.put({
      userId,
      sentences,
      pasted: { sectionId: section.id, text: stored },
    });
    const offer = await this.app.service.dispatch(userId, {
      type: 'material',
      key,
      chars: charCount(stored),
      sentences: sentences.length,
      canSort: this.app.sorter !== undefined,
      pasted: true,
      ...(documentLike ? { documentLike: true } : {}),
    });
    await this.send(ctx.chat?.id as number, offer.replies);
  }

  /**
   * A long text pasted at review is not an answer to any part yet: it is offered like a file
   * ([按部分整理] with a model, a button per part without one).
   */
  private async offerPasteAtReview(ctx: BotContext, userId: string, text: string) {
    const sentences = splitSentences(text);
    if (sentences.length === 0) return;
    const key = this.cache.put({ userId, sentences });
    const offer = await this.app.service.dispatch(userId, {
      type: 'material',
      key,
      chars: charCount(text),
      sentences: sentences.length,
      first: sentences[0],
      canSort: this.app.sorter !== undefined,
    });
    await this.send(ctx.chat?.id as number, offer.replies);
  }

  /** Effects of [按部分整理], [加入第N部分] and [撤出这段]: carried out in the background. */
  async carryOut(userId: string, chatId: number, effect: Effect): Promise<void> {
    if (
      effect.type !== 'sortMaterial' &&
      effect.type !== 'addMaterial' &&
      effect.type !== 'withdrawPaste'
    )
      return;
    const work = this.place(userId, chatId, effect).catch(async (error: unknown) => {
      this.app.logger.error({ user: userId, err: error }, 'placing material failed');
      await this.send(chatId, [{ kind: 'error', text: INTAKE_TEXT.sortFailed }]).catch(() => {});
    });
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  // ----- voice ------------------------------------------------------------------------------

  /** A voice note or an audio message (Telegram reports its duration). */
  private async voice(ctx: BotContext, handle: Handle) {
    const media = ctx.message?.voice ?? ctx.message?.audio;
    if (!media) return;
    const audioName = ctx.message?.audio?.file_name;
    await this.transcribe(ctx, handle, {
      fileId: media.file_id,
      seconds: media.duration ?? 0,
      bytes: media.file_size ?? 0,
      name: audioName && /\.[A-Za-z0-9]{2,5}$/.test(audioName) ? audioName : 'voice.ogg',
      mime: media.mime_type ?? 'audio/ogg',
    });
  }

  private async transcribe(
    ctx: BotContext,
    handle: Handle,
    media: { fileId: string; seconds: number; bytes: number; name: string; mime: string },
  ) {
    const transcriber = this.app.transcriber;
    if (!transcriber) return;
    const limits = this.app.config.intake;
    const userId = String(ctx.from?.id);
    if (isEmptyAudio(media.seconds, media.bytes)) {
      await ctx.reply(INTAKE_TEXT.voiceEmpty);
      return;
    }
    const seconds = chargedSeconds(media.seconds, media.bytes);
    if (seconds > limits.voiceMaxSeconds) {
      await ctx.reply(INTAKE_TEXT.voiceTooLong(seconds, limits.voiceMaxSeconds));
      return;
    }
    if (media.bytes > limits.voiceMaxBytes) {
      await ctx.reply(INTAKE_TEXT.voiceTooBig(Math.round(limits.voiceMaxBytes / 1024 / 1024)));
      return;
    }
    // Nothing to record it in, or no minutes left: say so before any audio leaves the server.
    const { state } = await this.app.repo.loadUser(userId);
    const left = voiceSecondsLeft(state, Date.now(), limits.voiceMinutesPerDay * 60);
    if (left < Math.max(1, seconds)) {
      await ctx.reply(INTAKE_TEXT.voiceQuota(limits.voiceMinutesPerDay));
      return;
    }
    if (!activeSummary(state)) {
      await ctx.reply(INTAKE_TEXT.voiceNoSummary);
      return;
    }
    if (state.paused) {
      // The engine answers a paused summary's voice note before reading it (with [继续上次]).
      await handle(ctx, { type: 'voice', text: '', batch: 'paused' });
      return;
    }
    const started = performance.now();
    const result = await this.whileTyping(ctx.chat?.id as number, async () => {
      const bytes = await this.download(media.fileId, limits.voiceMaxBytes);
      if (!bytes) return undefined;
      // What came down is what counts: an empty file is not sent to the provider.
      if (isEmptyAudio(media.seconds, bytes.length)) return 'empty' as const;
      return transcriber.transcribe(bytes, media.name, media.mime, userId);
    });
    if (!result) {
      await ctx.reply(FILE_TEXT.download);
      return;
    }
    if (result === 'empty') {
      await ctx.reply(INTAKE_TEXT.voiceEmpty);
      return;
    }
    this.app.logger.info(
      {
        user: ctx.from?.id,
        seconds,
        ok: result.ok,
        ...(result.ok
          ? {}
          : { reason: result.reason, status: result.status, detail: result.detail }),
        ms: Math.round(performance.now() - started),
      },
      'voice transcribed',
    );
    if (!result.ok) {
      const text = {
        format: INTAKE_TEXT.voiceFormat,
        empty: INTAKE_TEXT.voiceEmpty,
        unavailable: INTAKE_TEXT.voiceFailed,
      }[result.reason];
      await ctx.reply(text);
      return;
    }
    await handle(ctx, {
      type: 'voice',
      text: result.text,
      batch: `v${ctx.update.update_id.toString(36)}`,
      seconds: Math.max(1, seconds),
    });
  }

  // ----- documents --------------------------------------------------------------------------

  private async document(ctx: BotContext, handle: Handle) {
    const doc = ctx.message?.document;
    if (!doc) return;
    const limits = this.app.config.intake;
    // A recording sent as a file: transcribed like a voice note when speech to text is on.
    if (this.app.transcriber && isAudioFile(doc.file_name, doc.mime_type)) {
      await this.transcribe(ctx, handle, {
        fileId: doc.file_id,
        seconds: estimatedSeconds(doc.file_size ?? 0),
        bytes: doc.file_size ?? 0,
        name: doc.file_name ?? 'audio.m4a',
        mime: doc.mime_type ?? 'audio/mp4',
      });
      return;
    }
    const kind = classifyFile(doc.file_name, doc.mime_type);
    if (!kind.ok) {
      await ctx.reply(kind.message);
      return;
    }
    if ((doc.file_size ?? 0) > limits.fileMaxBytes) {
      await ctx.reply(FILE_TEXT.tooBig(Math.round(limits.fileMaxBytes / 1024 / 1024)));
      return;
    }
    const started = performance.now();
    const chatId = ctx.chat?.id as number;
    const read = await this.whileTyping(chatId, async () => {
      const bytes = await this.download(doc.file_id, limits.fileMaxBytes);
      if (!bytes) return undefined;
      return extractFileText(kind.kind, bytes, {
        timeoutMs: limits.extractTimeoutMs,
        onQueued: (ahead) => void ctx.reply(FILE_TEXT.queued(ahead)).catch(() => {}),
      });
    });
    this.app.logger.info(
      {
        user: ctx.from?.id,
        kind: kind.kind,
        bytes: doc.file_size,
        ok: read?.ok ?? false,
        ...(read && !read.ok ? { reason: read.reason } : {}),
        ms: Math.round(performance.now() - started),
      },
      'file read',
    );
    if (!read) {
      await ctx.reply(FILE_TEXT.download);
      return;
    }
    if (!read.ok) {
      await ctx.reply(unreadMessage(read, Math.round(limits.extractTimeoutMs / 1000)));
      return;
    }
    const sentences = splitSentences(read.text, { document: true });
    if (sentences.length === 0) {
      await ctx.reply(FILE_TEXT.empty);
      return;
    }
    if (read.truncated) await ctx.reply(INTAKE_TEXT.truncated);
    const userId = String(ctx.from?.id);
    // Shown back and named in the answers: without bidi or control characters (a U+202E).
    const name = doc.file_name === undefined ? undefined : cleanText(doc.file_name);
    const key = this.cache.put({ userId, name, sentences });
    await handle(ctx, {
      type: 'material',
      key,
      name,
      chars: charCount(read.text),
      sentences: sentences.length,
      first: sentences[0],
      canSort: this.app.sorter !== undefined,
    });
  }

  private async place(
    userId: string,
    chatId: number,
    effect: Extract<Effect, { type: 'sortMaterial' | 'addMaterial' | 'withdrawPaste' }>,
  ) {
    const material = this.cache.get(effect.key, userId);
    if (!material) {
      await this.send(chatId, [{ kind: 'notice', text: INTAKE_TEXT.expired }]);
      return;
    }
    if (effect.type === 'withdrawPaste') {
      this.cache.delete(effect.key);
      const result = await this.app.service.dispatch(userId, {
        type: 'placeMaterial',
        batch: effect.batch,
        placed: [],
        unplaced: [],
        withdraw: true,
        ...(material.pasted ? { replaces: material.pasted } : {}),
      });
      await this.send(chatId, result.replies);
      return;
    }
    let placed: { part: number; sentences: string[] }[];
    let unplaced: string[] = [];
    if (effect.type === 'addMaterial') {
      placed = [{ part: effect.part, sentences: material.sentences }];
    } else {
      const sorter = this.app.sorter;
      const { state } = await this.app.repo.loadUser(userId);
      const summary = state.summaries.find((s) => s.id === effect.summaryId);
      const template = summary && templateById(this.app.service.templates, summary.templateId);
      if (!sorter || !summary || !template) return;
      const sorted = await this.whileTyping(chatId, () =>
        sorter.sort(template, summary.info.unitType, material.sentences),
      );
      placed = sorted.placed;
      unplaced = sorted.unplaced;
    }
    // Placed once: a second tap on the same offer finds nothing to place.
    this.cache.delete(effect.key);
    const result = await this.app.service.dispatch(userId, {
      type: 'placeMaterial',
      batch: effect.batch,
      ...(material.name ? { name: material.name } : {}),
      placed,
      unplaced,
      ...(material.pasted ? { replaces: material.pasted } : {}),
    });
    await this.send(chatId, result.replies);
  }

  // ----- helpers ----------------------------------------------------------------------------

  /** Shows "typing…" (renewed every 4 s, as Telegram drops it after 5 s) while `work` runs. */
  private async whileTyping<T>(chatId: number, work: () => Promise<T>): Promise<T> {
    const show = () => this.api.sendChatAction(chatId, 'typing').catch(() => {});
    void show();
    const timer = setInterval(show, 4_000);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  /** The file's bytes through getFile and the Bot API's file URL; undefined when it fails. */
  private async download(fileId: string, maxBytes: number): Promise<Uint8Array | undefined> {
    try {
      const file = await this.api.getFile(fileId);
      if (!file.file_path || (file.file_size ?? 0) > maxBytes) return undefined;
      const root = this.opts.apiRoot ?? 'https://api.telegram.org';
      // Through TELEGRAM_PROXY like every Bot API call.
      this.fetchFile ??= proxiedFetch(this.app.config.telegramProxy);
      const res = await this.fetchFile(`${root}/file/bot${this.opts.token}/${file.file_path}`, {
        signal: AbortSignal.timeout(60_000),
      });
      if (!res.ok || !res.body) return undefined;
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        size += chunk.length;
        if (size > maxBytes) return undefined;
        chunks.push(chunk);
      }
      return Buffer.concat(chunks);
    } catch (error) {
      // The error's text may carry the file URL, which holds the bot token: only its name.
      this.app.logger.warn(
        { reason: error instanceof Error ? error.name : 'unknown' },
        'file download failed',
      );
      return undefined;
    }
  }
}

/** What the user is told when a file gave no text: what went wrong and what to send instead. */
function unreadMessage(read: Extract<Extracted, { ok: false }>, timeoutSeconds: number): string {
  switch (read.reason) {
    case 'tooBig':
      return FILE_TEXT.inflatedTooBig(read.limitMb);
    case 'memory':
      return FILE_TEXT.tooComplex;
    case 'timeout':
      return FILE_TEXT.timeout(timeoutSeconds);
    default:
      return FILE_TEXT[read.reason];
  }
}
