import { type Api, InlineKeyboard, InputFile } from 'grammy';
import type { App } from '../app/bootstrap.js';
import { type DraftEffect, type FinishedDraft, fileNameFor } from '../app/drafter.js';
import { JobKeeper, type Placed } from '../app/jobs.js';
import { SummaryGoneError } from '../app/service.js';
import { WALK_LABEL } from '../app/walk.js';
import { checkDraft } from '../check/checker.js';
import { buildChecklist, FULL_CHECKLIST_LABEL, nothingOpen } from '../check/checklist.js';
import { materialOutline } from '../compose/material.js';
import { dayOf } from '../interview/drafts.js';
import type { Logger } from '../logger.js';
import type { DraftRequestRecord, JobRecord } from '../storage/repository.js';
import { encodeChecklistButton, encodeEvent } from './callback.js';
import { DraftPreview } from './preview.js';
import { keyboardOf } from './render.js';
import { splitMessage } from './split.js';

/** The .docx builder (with the docx library) is loaded with the first draft, not at start-up. */
const buildDocx: typeof import('../export/docx.js').buildDocx = async (...args) =>
  (await import('../export/docx.js')).buildDocx(...args);

/**
 * Drafts on Telegram: composed in the background (so an update, or a webhook request, is
 * answered at once), shown growing in a live preview, then delivered as messages split at
 * paragraph boundaries, the 核对清单 and the .docx. Each running composition is recorded in the
 * store with a heartbeat, so a composition whose process died is redone by another.
 */
export const DRAFT_TEXT = {
  error: '出错了，请重试。您已保存的回答不受影响。',
  busy: '上一份草稿还在生成，完成后马上处理您的新要求。',
  composing: '正在生成草稿…',
  revising: '正在按您的意见修改草稿…',
  revisingMerged: (n: number) => `正在按您的${n}条修改意见一并修改草稿…`,
  busyMerged: (n: number) =>
    `上一份草稿还在生成。您的${n}条修改意见都已记下，完成后按顺序一并改成一版（只算一次修改）。`,
  resumed: '上次生成草稿时服务中断了，正在为您重新生成。',
  resent: '上次的草稿已经生成，但服务中断没能发完，现在重新发送。',
  missing: '找不到这一版草稿，可能已被删除。',
  howToRevise: '要修改，直接发送意见即可（如：第二部分写具体些、压缩到1500字）。',
  howToRedo: '要修改内容，点[查看全部回答]修改或补充后点[重新生成]；也可以直接在 Word 文件里修改。',
} as const;

export interface DraftOptions {
  /** Preview throttle (ms); the default is one update per second. */
  previewIntervalMs?: number;
  /** Called with the delay from the model's first text to the first preview (for the benchmark). */
  onFirstPreview?: (ms: number) => void;
  /** Heartbeat and staleness of background compositions (tests shorten them). */
  jobs?: { beatMs?: number; staleMs?: number };
}

/** One user's compositions running here: cancelled together on /delete. */
interface Running {
  controller: AbortController;
  done: Promise<void>;
}

export class DraftRunner {
  private readonly running = new Map<string, Running>();
  private readonly keeper: JobKeeper;
  private readonly logger: Logger;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly api: Api,
    private readonly app: App,
    private readonly opts: DraftOptions = {},
  ) {
    this.logger = app.logger;
    this.keeper = new JobKeeper(app.repo, app.locker, app.logger, opts.jobs);
  }

  /**
   * Starts a composition in the background. The request is recorded in the store before this
   * resolves — as the user's job, or in the queue of the job already running — so once the
   * update is acknowledged a crash cannot lose it: another instance (or the restarted one)
   * redoes it. One composition per user at a time; a request made meanwhile waits its turn, and
   * the user is told so only once it is stored.
   */
  async start(userId: string, chatId: number, effect: DraftEffect): Promise<void> {
    const request: DraftRequestRecord = {
      summaryId: effect.summaryId,
      kind: effect.type,
      ...(effect.type === 'revise' ? { instruction: effect.instruction } : {}),
      requests: 1,
      day: dayOf(Date.now()),
    };
    const base = await this.app.service.latestVersion(userId, effect.summaryId);
    // Marked as running here before the job is written, so the sweeper never takes it as an
    // orphan in between.
    const mine: Running = { controller: new AbortController(), done: Promise.resolve() };
    const existing = this.running.get(userId);
    if (!existing) this.running.set(userId, mine);
    const release = () => {
      if (this.running.get(userId) === mine) this.running.delete(userId);
    };
    let placed: Placed;
    try {
      placed = await this.keeper.place(userId, chatId, request, base);
    } catch (error) {
      release();
      throw error;
    }
    if ('queued' in placed) {
      release();
      await this.api.sendMessage(chatId, busyText(placed.queued)).catch(() => {});
      return;
    }
    this.running.set(userId, mine);
    this.launch(userId, placed.begun, mine, false);
  }

  /**
   * /delete: the user's compositions here stop at once and say nothing more — no status line,
   * no preview, no 出错了 — and, once they have stopped, whatever a heartbeat or queue write
   * racing the deletion put back is deleted again.
   */
  async cancel(userId: string): Promise<void> {
    const entry = this.running.get(userId);
    if (!entry) return;
    entry.controller.abort();
    await entry.done;
    await this.app.locker.withLock(`user:${userId}`, () => this.app.repo.deleteUser(userId));
    this.logger.info({ userId }, 'drafts cancelled: user data deleted');
  }

  /** Claims and redoes interrupted compositions now, then every `staleMs`. */
  async resumeJobs(): Promise<void> {
    const sweep = (all = false) =>
      this.resumeOrphans(all).catch((err) => this.logger.warn({ err }, 'resume failed'));
    // A single-process store (SQLite) has no other instance that could still be working on a
    // job: whatever is recorded at start-up was interrupted, so redo it now.
    await sweep(this.app.locker.kind === 'memory');
    this.sweeper = setInterval(() => sweep(), this.opts.jobs?.staleMs ?? 30_000);
    this.sweeper.unref();
  }

  /** Stops sweeping and waits for the compositions in progress. */
  async idle(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    while (this.running.size > 0) {
      await Promise.allSettled([...this.running.values()].map((r) => r.done));
    }
  }

  /**
   * Sends a stored version again (from /list), text and .docx; `docxOnly`: the .docx alone
   * ([发送Word文件] under an edit by replying).
   */
  async sendStored(
    userId: string,
    chatId: number,
    summaryId: string,
    version: number,
    opts: { final?: boolean; docxOnly?: boolean } = {},
  ): Promise<void> {
    const stored = await this.app.service.loadDraft(userId, summaryId, version);
    if (!stored) {
      await this.api.sendMessage(chatId, DRAFT_TEXT.missing);
      return;
    }
    // The version is named with its time, in the chat and on the file, so an older version
    // reopened from /list is never mistaken for the current one; the 定稿 says it is one.
    const isFinal = opts.final || stored.summary.finalVersion === stored.version;
    const label = `《${stored.material.title}》${stored.label}${isFinal ? '（定稿）' : ''}`;
    if (!opts.docxOnly) {
      await this.api.sendMessage(chatId, `${label}：`);
      await this.sendChunks(userId, chatId, summaryId, stored.version, stored.text);
    }
    const docx = await buildDocx(stored.text, {
      title: stored.material.title,
      headings: materialOutline(stored.material).headings.length,
    });
    await this.api.sendDocument(
      chatId,
      new InputFile(docx, fileNameFor(stored.material, stored.version, isFinal)),
      { caption: `Word 文件（公文格式）：${label}` },
    );
  }

  /** [完整核对清单]: the stored version checked again, every item, split to the limit. */
  async sendFullChecklist(
    userId: string,
    chatId: number,
    at: { summaryId: string; version: number },
  ): Promise<void> {
    const stored = await this.app.service.loadDraft(userId, at.summaryId, at.version);
    if (!stored) {
      await this.api.sendMessage(chatId, DRAFT_TEXT.missing);
      return;
    }
    const instruction = stored.summary.drafts.find((d) => d.version === at.version)?.instruction;
    const material = instruction
      ? { ...stored.material, fixedWording: [...stored.material.fixedWording, instruction] }
      : stored.material;
    const { full } = buildChecklist(checkDraft(stored.text, material));
    for (const chunk of splitMessage(full)) await this.api.sendMessage(chatId, chunk);
  }

  private async resumeOrphans(all: boolean): Promise<void> {
    const here = (userId: string) => this.running.has(userId);
    for (const job of await this.keeper.claimOrphans({ all, here })) {
      this.logger.info(
        { userId: job.userId, kind: job.kind, queued: job.queued?.length ?? 0 },
        'resuming interrupted draft',
      );
      const mine: Running = { controller: new AbortController(), done: Promise.resolve() };
      this.running.set(job.userId, mine);
      this.launch(job.userId, job, mine, true);
    }
  }

  /** Runs the job, then each request queued behind it, until the queue is empty. */
  private launch(userId: string, job: JobRecord, mine: Running, resumed: boolean): void {
    const { signal } = mine.controller;
    const stopBeat = this.keeper.keepBeating(userId, () => mine.controller.abort());
    const latest = (summaryId: string) => this.app.service.latestVersion(userId, summaryId);
    mine.done = (async () => {
      let current: JobRecord | undefined = job;
      let interrupted = resumed;
      while (current && !signal.aborted) {
        await this.runOne(current, signal, interrupted);
        interrupted = false;
        if (signal.aborted) break;
        current = await this.keeper.advance(userId, latest).catch((err) => {
          // Left in the store: the next sweep takes it up (it is not running here any more).
          this.logger.error({ userId, err }, 'next draft request could not be taken up');
          return undefined;
        });
      }
    })().finally(() => {
      stopBeat();
      if (this.running.get(userId) === mine) this.running.delete(userId);
    });
  }

  /** One composition of a job; errors are told to the user, except after a cancel. */
  private async runOne(job: JobRecord, signal: AbortSignal, resumed: boolean): Promise<void> {
    const { userId, summaryId } = job;
    const chatId = Number(job.chatId);
    const slots = { day: job.day ?? dayOf(job.startedAt), count: job.requests ?? 1 };
    try {
      const latest = await this.app.service.latestVersion(userId, summaryId);
      // The summary (or all the user's data) was deleted before this request's turn came.
      if (latest === undefined || signal.aborted) return;
      if (job.base !== undefined && latest > job.base) {
        // Made and stored before the process died, perhaps not all delivered: sent again, not
        // composed (and charged) a second time.
        await this.api.sendMessage(chatId, DRAFT_TEXT.resent);
        await this.sendStored(userId, chatId, summaryId, latest);
        return;
      }
      if (resumed) await this.api.sendMessage(chatId, DRAFT_TEXT.resumed);
      if (signal.aborted) return;
      const effect: DraftEffect =
        job.kind === 'revise'
          ? { type: 'revise', summaryId, instruction: job.instruction ?? '' }
          : { type: 'compose', summaryId };
      await this.compose(userId, chatId, effect, { signal, slots });
    } catch (error) {
      if (signal.aborted || error instanceof SummaryGoneError) {
        // Deleted by the user meanwhile: nothing to store, nothing to say.
        this.logger.info({ userId }, 'draft dropped: deleted or cancelled');
        return;
      }
      this.logger.error({ userId, err: error }, 'draft failed');
      await this.api
        .sendMessage(chatId, DRAFT_TEXT.error, {
          reply_markup: keyboardOf([[{ label: '重新生成', event: { type: 'draft' } }]]),
        })
        .catch(() => {});
    }
  }

  private async compose(
    userId: string,
    chatId: number,
    effect: DraftEffect,
    run: { signal: AbortSignal; slots: { day: string; count: number } },
  ): Promise<void> {
    const { signal, slots } = run;
    const started = Date.now();
    const status = await this.api.sendMessage(chatId, statusText(effect, slots.count));
    const typing = () => {
      if (!signal.aborted) this.api.sendChatAction(chatId, 'typing').catch(() => {});
    };
    typing();
    const typingTimer = setInterval(typing, 4500);
    let firstText = 0;
    const preview = new DraftPreview(this.api, chatId, {
      intervalMs: this.opts.previewIntervalMs,
      logger: this.logger,
      onFirstShown: () => this.opts.onFirstPreview?.(Date.now() - firstText),
    });
    try {
      let draft: FinishedDraft;
      try {
        draft = await this.app.drafter.run(userId, effect, {
          signal,
          slots,
          onPreview: (text) => {
            if (!firstText) firstText = Date.now();
            if (!signal.aborted) preview.update(text);
          },
        });
      } catch (error) {
        // No version was made: the slots are given back (a deleted user has none to give).
        if (!signal.aborted && !(error instanceof SummaryGoneError)) {
          await this.app.service
            .giveBackQuota(userId, slots)
            .catch((err) => this.logger.warn({ err }, 'quota not given back'));
        }
        throw error;
      }
      clearInterval(typingTimer);
      // The half-written preview goes before the finished draft is shown.
      await preview.close();
      if (signal.aborted) return;
      await this.deliver(userId, chatId, draft, signal, status.message_id);
      this.logger.info(
        { userId, version: draft.version, ms: Date.now() - started },
        'draft delivered',
      );
    } finally {
      clearInterval(typingTimer);
      await preview.close();
    }
  }

  /**
   * A version's text in as few messages as the limit allows, each remembered with the part of
   * the text it shows, so a reply to it (with a quote or without) is known as a reply to this
   * draft (app/quote-edit.ts). Not remembering is no reason to fail the delivery.
   */
  private async sendChunks(
    userId: string,
    chatId: number,
    summaryId: string,
    version: number,
    text: string,
    signal?: AbortSignal,
  ): Promise<void> {
    const sent: { id: number; start: number; end: number }[] = [];
    let from = 0;
    for (const chunk of splitMessage(text)) {
      if (signal?.aborted) break;
      const message = await this.api.sendMessage(chatId, chunk);
      // A chunk is the text's own lines, in order (line ends normalised, trailing space cut).
      const at = text.indexOf(chunk.split('\n')[0] ?? '', from);
      const start = at < 0 ? from : at;
      from = Math.min(text.length, start + chunk.length);
      sent.push({ id: message.message_id, start, end: from });
    }
    await this.app.service
      .noteDraftMessages(userId, summaryId, version, sent)
      .catch((err) => this.logger.warn({ err }, 'draft messages not remembered'));
  }

  private async deliver(
    userId: string,
    chatId: number,
    draft: FinishedDraft,
    signal: AbortSignal,
    statusId: number,
  ): Promise<void> {
    const actions = { reply_markup: keyboardOf(draft.actions) };
    if (draft.unchanged) {
      await this.api.sendMessage(chatId, draft.notice ?? '草稿未改动。', actions);
      return;
    }
    // One line saying what follows (and how it was made), then the draft itself in as few
    // messages as the limit allows, cut only between paragraphs.
    const chunks = splitMessage(draft.text);
    const parts = chunks.length > 1 ? `，共${chunks.length}条消息` : '';
    const header = `《${draft.title}》草稿第${draft.version}版${parts}：`;
    // The 正在生成草稿… line becomes the header (one message fewer, issue 24); sent if it cannot.
    const top = draft.notice ? `${header}\n（${draft.notice}）` : header;
    await this.api
      .editMessageText(chatId, statusId, top)
      .catch(() => this.api.sendMessage(chatId, top));
    await this.sendChunks(userId, chatId, draft.summaryId, draft.version, draft.text, signal);
    if (signal.aborted) return;
    const how = draft.revisable ? DRAFT_TEXT.howToRevise : DRAFT_TEXT.howToRedo;
    const keyboard = keyboardOf(draft.actions) ?? new InlineKeyboard();
    if (draft.checklistFull) {
      keyboard.text(FULL_CHECKLIST_LABEL, encodeChecklistButton(draft.summaryId, draft.version));
    }
    // Open items left: the finishing walk, one at a time, with no model call (app/walk.ts).
    if (!nothingOpen(draft.check)) {
      keyboard
        .row()
        .text(
          WALK_LABEL.start,
          encodeEvent({ type: 'walk', act: 'start', summaryId: draft.summaryId }),
        );
    }
    await this.api.sendMessage(chatId, `${draft.checklist}\n\n${how}`, { reply_markup: keyboard });
    if (signal.aborted) return;
    const docx = await buildDocx(draft.text, { title: draft.title, headings: draft.headings });
    await this.api.sendDocument(chatId, new InputFile(docx, draft.fileName), {
      caption: `Word 文件（公文格式）：${draft.fileName}`,
    });
  }
}

/** What a composition says as it starts; revisions merged in the queue say how many. */
function statusText(effect: DraftEffect, requests: number): string {
  if (effect.type === 'compose') return DRAFT_TEXT.composing;
  return requests > 1 ? DRAFT_TEXT.revisingMerged(requests) : DRAFT_TEXT.revising;
}

/** Said once a request is stored behind the running one (merged: how many, and into one). */
function busyText(queued: DraftRequestRecord): string {
  const n = queued.requests ?? 1;
  if (n > 1 && queued.kind === 'revise') return DRAFT_TEXT.busyMerged(n);
  return DRAFT_TEXT.busy;
}
