import { type Api, InlineKeyboard, InputFile } from 'grammy';
import type { App } from '../app/bootstrap.js';
import { type DraftEffect, type FinishedDraft, fileNameFor } from '../app/drafter.js';
import { JobKeeper } from '../app/jobs.js';
import { SummaryGoneError } from '../app/service.js';
import { checkDraft } from '../check/checker.js';
import { buildChecklist, FULL_CHECKLIST_LABEL } from '../check/checklist.js';
import type { Logger } from '../logger.js';
import { encodeChecklistButton } from './callback.js';
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
  resumed: '上次生成草稿时服务中断了，正在为您重新生成。',
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

export class DraftRunner {
  private readonly jobs = new Map<string, Promise<void>>();
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
   * Starts a composition in the background. The job is recorded in the store before this
   * resolves, so once the update is acknowledged a crash cannot lose the request: another
   * instance (or the restarted one) redoes it. One composition per user at a time; a request
   * made meanwhile waits its turn.
   */
  async start(userId: string, chatId: number, effect: DraftEffect): Promise<void> {
    const record = {
      userId,
      chatId,
      summaryId: effect.summaryId,
      kind: effect.type,
      instruction: effect.type === 'revise' ? effect.instruction : undefined,
      startedAt: Date.now(),
    };
    const previous = this.jobs.get(userId);
    if (previous) this.api.sendMessage(chatId, DRAFT_TEXT.busy).catch(() => {});
    const begun = previous
      ? previous.then(() => this.keeper.begin(record))
      : this.keeper.begin(record);
    const job: Promise<void> = begun
      .then(async (end) => {
        try {
          await this.compose(userId, chatId, effect);
        } finally {
          await end();
        }
      })
      .catch(async (error) => {
        if (error instanceof SummaryGoneError) {
          // Deleted by the user while it was composed: nothing to store, nothing to say.
          this.logger.info({ userId }, 'draft dropped: summary deleted');
          return;
        }
        this.logger.error({ userId, err: error }, 'draft failed');
        await this.api
          .sendMessage(chatId, DRAFT_TEXT.error, {
            reply_markup: keyboardOf([[{ label: '重新生成', event: { type: 'draft' } }]]),
          })
          .catch(() => {});
      })
      .finally(() => {
        if (this.jobs.get(userId) === job) this.jobs.delete(userId);
      });
    this.jobs.set(userId, job);
    if (!previous) await begun.catch(() => {});
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
    while (this.jobs.size > 0) await Promise.allSettled([...this.jobs.values()]);
  }

  /** Sends a stored version again (from /list), text and .docx. */
  async sendStored(
    userId: string,
    chatId: number,
    summaryId: string,
    version: number,
  ): Promise<void> {
    const stored = await this.app.service.loadDraft(userId, summaryId, version);
    if (!stored) {
      await this.api.sendMessage(chatId, DRAFT_TEXT.missing);
      return;
    }
    // The version is named with its time, in the chat and on the file, so an older version
    // reopened from /list is never mistaken for the current one.
    const label = `《${stored.material.title}》${stored.label}`;
    await this.api.sendMessage(chatId, `${label}：`);
    for (const chunk of splitMessage(stored.text)) await this.api.sendMessage(chatId, chunk);
    const docx = await buildDocx(stored.text, { title: stored.material.title });
    await this.api.sendDocument(
      chatId,
      new InputFile(docx, fileNameFor(stored.material, stored.version)),
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
    for (const job of await this.keeper.claimOrphans({ all })) {
      this.logger.info({ userId: job.userId, kind: job.kind }, 'resuming interrupted draft');
      const chatId = Number(job.chatId);
      await this.api.sendMessage(chatId, DRAFT_TEXT.resumed).catch(() => {});
      const effect: DraftEffect =
        job.kind === 'revise'
          ? { type: 'revise', summaryId: job.summaryId, instruction: job.instruction ?? '' }
          : { type: 'compose', summaryId: job.summaryId };
      await this.start(job.userId, chatId, effect);
    }
  }

  private async compose(userId: string, chatId: number, effect: DraftEffect): Promise<void> {
    const started = Date.now();
    await this.api.sendMessage(
      chatId,
      effect.type === 'compose' ? DRAFT_TEXT.composing : DRAFT_TEXT.revising,
    );
    const typing = () => this.api.sendChatAction(chatId, 'typing').catch(() => {});
    typing();
    const typingTimer = setInterval(typing, 4500);
    let firstText = 0;
    const preview = new DraftPreview(this.api, chatId, {
      intervalMs: this.opts.previewIntervalMs,
      logger: this.logger,
      onFirstShown: () => this.opts.onFirstPreview?.(Date.now() - firstText),
    });
    try {
      const draft = await this.app.drafter.run(userId, effect, {
        onPreview: (text) => {
          if (!firstText) firstText = Date.now();
          preview.update(text);
        },
      });
      clearInterval(typingTimer);
      // The half-written preview goes before the finished draft is shown.
      await preview.close();
      await this.deliver(chatId, draft);
      this.logger.info(
        { userId, version: draft.version, ms: Date.now() - started },
        'draft delivered',
      );
    } finally {
      clearInterval(typingTimer);
      await preview.close();
    }
  }

  private async deliver(chatId: number, draft: FinishedDraft): Promise<void> {
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
    await this.api.sendMessage(chatId, draft.notice ? `${header}\n（${draft.notice}）` : header);
    for (const chunk of chunks) await this.api.sendMessage(chatId, chunk);
    const how = draft.revisable ? DRAFT_TEXT.howToRevise : DRAFT_TEXT.howToRedo;
    const keyboard = keyboardOf(draft.actions) ?? new InlineKeyboard();
    if (draft.checklistFull) {
      keyboard.text(FULL_CHECKLIST_LABEL, encodeChecklistButton(draft.summaryId, draft.version));
    }
    await this.api.sendMessage(chatId, `${draft.checklist}\n\n${how}`, { reply_markup: keyboard });
    const docx = await buildDocx(draft.text, { title: draft.title });
    await this.api.sendDocument(chatId, new InputFile(docx, draft.fileName), {
      caption: `Word 文件（公文格式）：${draft.fileName}`,
    });
  }
}
