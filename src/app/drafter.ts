import type { CheckReport } from '../check/checker.js';
import { buildChecklist } from '../check/checklist.js';
import { makeDraft } from '../check/draft.js';
import { settledReport } from '../check/open-items.js';
import { withUnverified } from '../check/unverified.js';
import { type Material, materialOutline } from '../compose/material.js';
import type { ModelClient } from '../compose/model.js';
import { draftFileName } from '../export/filename.js';
import type { Action, Effect } from '../interview/types.js';
import { draftedActions } from '../interview/view.js';
import type { Logger } from '../logger.js';
import type { InterviewService } from './service.js';

/**
 * Composes a draft for a compose/revise effect and stores it as a new version. Shared by the
 * terminal and Telegram so both get the same text, checklist and file name.
 */
export interface FinishedDraft {
  summaryId: string;
  version: number;
  title: string;
  text: string;
  composer: 'model' | 'offline';
  /** One honest line about how the draft was made, when it was not by the model as asked. */
  notice?: string;
  check: CheckReport;
  /** The 核对清单 shown under the draft (≤ 800 characters). */
  checklist: string;
  /** The whole 核对清单 when `checklist` had to leave items out ([完整核对清单]). */
  checklistFull?: string;
  /** The .docx file name for this version. */
  fileName: string;
  /** How many level-1 headings the outline it followed has (the .docx reads headings by it). */
  headings: number;
  /** A revision that could not be made: no new version; `notice` says why. */
  unchanged?: boolean;
  /** Whether a revision in words can follow (a model is configured). */
  revisable: boolean;
  /** The buttons offered under the draft (redraft, review, list). */
  actions: Action[][];
}

export type DraftEffect = Extract<Effect, { type: 'compose' | 'revise' }>;

export class Drafter {
  constructor(
    private readonly service: InterviewService,
    private readonly model: ModelClient | undefined,
    private readonly logger?: Logger,
    private readonly options: { repairs?: number } = {},
  ) {}

  async run(
    userId: string,
    effect: DraftEffect,
    opts: {
      onPreview?: (textSoFar: string) => void;
      signal?: AbortSignal;
      /**
       * The quota slots this request holds (one per request it stands for): a new version keeps
       * one and gives the rest back in the same write; no new version gives them all back.
       */
      slots?: { day: string; count: number };
    } = {},
  ): Promise<FinishedDraft> {
    const instruction = effect.type === 'revise' ? effect.instruction : undefined;
    const { material, previous, summary } = await this.service.prepareDraft(userId, {
      summaryId: effect.summaryId,
      instruction,
    });
    const started = Date.now();
    const made = await makeDraft(material, {
      model: this.model,
      previous:
        previous !== undefined && instruction !== undefined
          ? { text: previous, instruction }
          : undefined,
      onPreview: opts.onPreview,
      signal: opts.signal,
      logger: this.logger,
      repairs: this.options.repairs,
    });
    const current = summary.drafts.at(-1)?.version ?? 0;
    // A revision that gives back the text of the current version is no new version.
    const same = previous !== undefined && !made.unchanged && sameText(made.text, previous);
    const made2 = { ...made, check: settledReport(made.check, summary.dismissed) };
    const result = same ? { ...made2, unchanged: true, notice: noticeUnchanged(current) } : made2;
    const slots = opts.slots;
    // Cancelled while composing (the user's data deleted, the job claimed elsewhere): not stored.
    opts.signal?.throwIfAborted();
    const version = result.unchanged
      ? current
      : await this.service.saveDraft(userId, effect.summaryId, {
          text: result.text,
          composer: result.composer,
          instruction,
          summaryCreatedAt: summary.createdAt,
          ...(slots ? { giveBack: { day: slots.day, count: slots.count - 1 } } : {}),
        });
    if (result.unchanged && slots) await this.service.giveBackQuota(userId, slots);
    this.logger?.info(
      {
        userId,
        summaryId: effect.summaryId,
        version,
        composer: result.composer,
        chars: result.text.length,
        ms: Date.now() - started,
        repairs: result.repairs,
        untraced: result.check.untraced.length,
        omitted: result.check.omitted.length,
        placeholders: result.check.placeholders.length,
      },
      'draft stored',
    );
    const checklist = buildChecklist(result.check);
    return {
      summaryId: effect.summaryId,
      version,
      title: material.title,
      text: result.text,
      composer: result.composer,
      notice: result.notice,
      check: result.check,
      checklist: withUnverified(checklist.text, material),
      ...(checklist.cut ? { checklistFull: withUnverified(checklist.full, material) } : {}),
      fileName: fileNameFor(material, version),
      headings: materialOutline(material).headings.length,
      unchanged: result.unchanged,
      revisable: this.model !== undefined,
      actions: draftedActions(effect.summaryId),
    };
  }
}

/** The .docx name of one version of a draft: 清河镇2026年统战工作总结（草稿v2）.docx. */
export function fileNameFor(material: Material, version: number, final = false): string {
  return draftFileName({
    unit: material.unit,
    periodPhrase: material.periodPhrase,
    titleSuffix: material.titleSuffix,
    version,
    final,
  });
}

/** The same draft, but for spaces at line ends and blank lines. */
function sameText(a: string, b: string): boolean {
  const norm = (t: string) =>
    t
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join('\n');
  return norm(a) === norm(b);
}

function noticeUnchanged(version: number): string {
  return `修改后内容没有变化，仍是草稿第${version}版。可以把意见说得更具体些，如“第二部分压缩到300字”“开头加一句全年工作概况”；要写进新内容，请点[查看全部回答]补充相应部分后点[重新生成]。`;
}
