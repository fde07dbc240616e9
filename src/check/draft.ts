import {
  type ComposedDraft,
  composeDraft,
  type DraftOptions,
  endsWithDate,
  ensureClosing,
} from '../compose/draft.js';
import type { Material } from '../compose/material.js';
import { ModelError, type Usage } from '../compose/model.js';
import { loadPrompts } from '../compose/prompts.js';
import { type CheckReport, checkDraft } from './checker.js';
import {
  buildRepairMessages,
  loadRepairPrompt,
  NOTICE_REPAIR_FAILED,
  NOTICE_REPAIR_KEPT,
  NOTICE_REPAIR_NO_BETTER,
  needsRepair,
  problemCount,
  repairingNote,
  repairNotice,
  requestRepair,
} from './repair.js';

/** A composed draft with the checker's report on it: what the terminal and the bot show. */
export interface DraftResult extends Omit<ComposedDraft, 'tracedTo'> {
  check: CheckReport;
  /** Repair requests sent after the first check (0 when none was needed or possible). */
  repairs: number;
}

export interface MakeDraftOptions extends DraftOptions {
  /**
   * At most this many repair requests when the check finds invented or dropped facts in a
   * model's draft. Default 0 here; the app passes DRAFT_REPAIRS (default 1).
   */
  repairs?: number;
}

/**
 * Composes a draft (model or offline, see compose/draft.ts), checks whatever comes out and, for a
 * model's draft with invented or dropped facts, asks the model to repair exactly those before
 * the user sees it. A repair is kept only when it leaves fewer problems; one that fails keeps the
 * first draft with its list. What is still wrong is in the report, never hidden.
 */
export async function makeDraft(
  material: Material,
  options: MakeDraftOptions = {},
): Promise<DraftResult> {
  const { tracedTo, ...draft } = await composeDraft(material, options);
  const check = checkDraft(draft.text, tracedTo);
  const first: DraftResult = { ...draft, check, repairs: 0 };
  const model = options.model;
  const budget = options.repairs ?? 0;
  if (!model || draft.composer !== 'model' || draft.unchanged || budget <= 0) return first;
  if (!needsRepair(check)) return first;

  const prompts = options.prompts ?? loadPrompts();
  const repairPrompt = loadRepairPrompt();
  let best = first;
  let usage: Usage | undefined = draft.usage;
  let sent = 0;
  let failed = false;
  /** The model checked the flags against the material and changed nothing. */
  let keptAsWritten = false;
  while (sent < budget && needsRepair(best.check)) {
    const started = Date.now();
    sent++;
    // The preview still shows the draft as first written: say that it is being corrected.
    options.onPreview?.(`${best.text}\n\n${repairingNote(problemCount(best.check))}`);
    try {
      const messages = buildRepairMessages(material, prompts, repairPrompt, best.text, best.check);
      const answer = await requestRepair(model, messages, material.title, options.signal);
      // The 落款 and date are fixed data, put right after a repair as after the first draft (a
      // revision keeps a 落款 the user asked to change).
      const text =
        options.previous && endsWithDate(answer.text)
          ? answer.text
          : ensureClosing(answer.text, material);
      const result = { ...answer, text };
      const repaired = checkDraft(result.text, tracedTo);
      // A repair cut at the length limit is not a whole draft, however few problems it shows.
      const accepted =
        result.finishReason !== 'length' && problemCount(repaired) < problemCount(best.check);
      options.logger?.info(
        {
          kind: 'repair',
          attempts: result.attempts,
          promptTokens: result.usage?.promptTokens,
          completionTokens: result.usage?.completionTokens,
          cachedTokens: result.usage?.cachedTokens,
          latencyMs: Date.now() - started,
          problemsBefore: problemCount(best.check),
          problemsAfter: problemCount(repaired),
          finishReason: result.finishReason,
          accepted,
        },
        'draft repair',
      );
      if (result.usage) usage = addUsage(usage, result.usage);
      if (!accepted) {
        keptAsWritten = result.text.trim() === best.text.trim();
        break;
      }
      best = { ...best, text: result.text, check: repaired };
    } catch (err) {
      if (err instanceof ModelError && err.kind === 'aborted') throw err;
      options.logger?.warn(
        {
          kind: 'repair',
          error: err instanceof ModelError ? err.kind : 'error',
          latencyMs: Date.now() - started,
        },
        'draft repair failed; the first draft is kept',
      );
      failed = true;
      break;
    }
  }
  const line =
    best !== first
      ? repairNotice(first.text, best.text, first.check, best.check)
      : failed
        ? NOTICE_REPAIR_FAILED
        : keptAsWritten
          ? NOTICE_REPAIR_KEPT
          : NOTICE_REPAIR_NO_BETTER;
  const notice = [draft.notice, line].filter(Boolean).join('');
  return { ...best, notice, repairs: sent, ...(usage ? { usage } : {}) };
}

function addUsage(a: Usage | undefined, b: Usage): Usage {
  if (!a) return b;
  const cached = (a.cachedTokens ?? 0) + (b.cachedTokens ?? 0);
  return {
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    ...(a.cachedTokens !== undefined || b.cachedTokens !== undefined
      ? { cachedTokens: cached }
      : {}),
  };
}
