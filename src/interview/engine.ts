import { findTemplate, templateById } from '../templates/match.js';
import { answer, back, clear, finish, notApplicable, removePart, skip } from './answers.js';
import {
  confirmDraft,
  offerPlace,
  placeAfterDraft,
  requestDraft,
  requestRevision,
} from './drafts.js';
import { handleIntake } from './intake.js';
import { outlineCard } from './outline.js';
import { ANY_STEP, activeSummary, partCount, positionKey, positionOfPart } from './position.js';
import { handlePrevious } from './previous.js';
import {
  askDeleteSummary,
  cancel,
  chooseTemplate,
  confirm,
  deleteButtons,
  resume,
  typedAtDelete,
} from './summaries.js';
import { type EngineContext, Outcome, type Turn } from './turn.js';
import {
  applyCorrection,
  askCorrectionAgain,
  editedMessage,
  holdPlace,
  keepAsAnswer,
  settleCorrection,
  typed,
  typedConfirmAt,
} from './typed.js';
import type { Event, Pending, Ref, StepResult, UserState } from './types.js';
import {
  greeting,
  helpText,
  LABEL,
  listCard,
  questionCard,
  refOf,
  reviewCard,
  templateMenu,
  whereNow,
} from './view.js';
import { replyWord } from './words.js';

/**
 * The interview engine: (state, event) → (new state, replies, effects). Pure: no I/O, no clock
 * (the time comes in the context), no randomness. The state passed in is never mutated. This
 * file routes an event; turn.ts holds what a step works on, summaries.ts the choice and removal
 * of summaries, answers.ts the answers part by part, drafts.ts the requests for a draft.
 */
export type { EngineContext } from './turn.js';

const NO_ACTIVE = '您当前没有进行中的总结。点[新建总结]开始，或点[我的总结]选择一份继续。';

export function step(input: UserState, event: Event, ctx: EngineContext): StepResult {
  const state = structuredClone(input);
  const out = new Outcome(state);
  handle(state, event, ctx, out);
  return out.result();
}

function handle(state: UserState, event: Event, ctx: EngineContext, out: Outcome): void {
  // A pending confirmation only survives the very next event — except that one holding text the
  // user typed (a correction, a fact waiting for its part) outlives /start and /help, and is
  // asked again on [继续]: a detour must not lose what was typed.
  const pending = state.pending;
  const holdsText = pending?.kind === 'confirmCorrection' || pending?.kind === 'confirmPlace';
  const detour =
    event.type === 'start' ||
    event.type === 'help' ||
    event.type === 'resume' ||
    event.type === 'list' ||
    event.type === 'showDraft' ||
    event.type === 'unknownCommand';
  const kept = holdsText && detour;
  if (pending && !kept && event.type !== 'confirm' && event.type !== 'chooseTemplate') {
    if (!(pending.kind === 'chooseTemplate' && event.type === 'text')) {
      state.pending = undefined;
      out.touch();
    }
  }

  // A typed 确认删除 / 不 answers a delete confirmation; a bare 是 or 好 never deletes.
  if (event.type === 'text' && typedAtDelete(state, pending, event.text, ctx, out)) return;

  switch (event.type) {
    case 'start':
      out.say(greeting(state));
      return;
    case 'help':
      out.say(helpText());
      return;
    case 'new':
      state.pending = { kind: 'chooseTemplate' };
      out.touch();
      out.say(templateMenu(ctx.templates));
      return;
    case 'chooseTemplate':
      return chooseTemplate(state, event.templateId, ctx, out);
    case 'list':
      out.say(listCard(state, ctx.templates));
      return;
    case 'resume':
      resume(state, event.summaryId, ctx, out);
      return askAgain(state, ctx, out);
    case 'deleteSummary':
      return askDeleteSummary(state, event.summaryId, ctx, out);
    case 'deleteAll':
      state.pending = { kind: 'confirmDeleteAll' };
      out.touch();
      out.say({
        kind: 'notice',
        text: '确定要删除您的全部总结、回答和草稿吗？删除后无法恢复。',
        actions: deleteButtons('', 'deleteAll'),
      });
      return;
    case 'confirm':
      if (!isTurnConfirm(pending)) return confirm(state, pending, event.ref?.at, ctx, out);
      break;
    case 'cancel':
      return cancel(state, pending, out);
    case 'unknownCommand':
      out.error(`没有这个命令：${event.command}。发送 /help 查看可用命令。您已填写的内容都还在。`);
      return;
    case 'showDraft': {
      const summary = state.summaries.find((s) => s.id === event.summaryId);
      if (!summary?.drafts.some((d) => d.version === event.version)) {
        out.error('找不到这一版草稿，可能已被删除。发送 /list 查看现有草稿。');
        return;
      }
      out.effects.push({
        type: 'sendDraft',
        summaryId: summary.id,
        version: event.version,
        ...(event.docxOnly ? { docxOnly: true } : {}),
      });
      return;
    }
    default:
      break;
  }

  const summary = activeSummary(state);
  const template = summary && templateById(ctx.templates, summary.templateId);

  if (event.type === 'text' && pending?.kind === 'chooseTemplate') {
    const picked = findTemplate(ctx.templates, event.text);
    if (!picked) {
      out.error('没有找到这个类型，请点下面的按钮，或回复序号。');
      out.say(templateMenu(ctx.templates));
      return;
    }
    return chooseTemplate(state, picked.id, ctx, out);
  }

  if (!summary || !template) {
    if (summary && !template) out.error('这份总结使用的模板已不可用，请新建一份总结。');
    else out.say({ ...greeting(state), text: NO_ACTIVE });
    return;
  }

  const t: Turn = { state, summary, template, ctx, out, pending };
  // Text held by a question the user went past (完成, the next fact, a tap on an older card) is
  // settled first: what was typed is never dropped with the question.
  if (!kept && !answersHeld(t, event)) settleHeld(t);
  // The confirmations asked inside a part (typed 不涉及, 跳过 with answers, /draft with parts
  // skipped): they name what they confirm, and only the very next event may confirm it.
  if (event.type === 'confirm') return confirmInTurn(t, event.ref);

  // Buttons carry the step they were shown for; an old or double-tapped one must not act.
  if ('ref' in event && event.ref) {
    const { summaryId, at } = event.ref;
    if (summaryId !== summary.id || (at !== ANY_STEP && at !== positionKey(summary.position))) {
      out.stale(whereNow(template, summary));
      return;
    }
  }

  // An edit changes a stored answer (or says why not); it neither resumes nor moves anything.
  if (event.type === 'edited') return editedMessage(t, event.text, event.messageId);

  if (state.paused && (event.type === 'text' || event.type === 'voice')) {
    out.say({
      kind: 'notice',
      text: '当前总结已暂停，您的回答都已保存。要继续填写请点[继续上次]。',
      actions: [[{ label: LABEL.resume, event: { type: 'resume' } }]],
    });
    return;
  }
  if (state.paused) {
    state.paused = false;
    out.touch();
  }

  switch (event.type) {
    case 'review':
      out.say(reviewCard(template, summary));
      return;
    case 'hints':
      out.say(questionCard(template, summary, { hints: true }));
      return;
    case 'outline': {
      const ref = refOf(summary, true);
      out.say(
        outlineCard(template, summary, [
          [
            { label: LABEL.draft, event: { type: 'draft', ref } },
            { label: LABEL.review, event: { type: 'review' } },
          ],
        ]),
      );
      return;
    }
    case 'edit': {
      // /edit with no number: the parts to choose from.
      if (event.part === 0) {
        const review = reviewCard(template, summary);
        out.say({
          ...review,
          text: `要修改哪一部分？点下面的[修改第N部分]，或发送 /edit 加序号（1 到 ${partCount(template)}），例如 /edit 3。\n\n${review.text}`,
        });
        return;
      }
      const pos = positionOfPart(template, event.part);
      if (!pos) {
        out.error(
          `没有第${event.part}部分。本总结共${partCount(template)}部分，请发送 /edit 加 1 到 ${partCount(template)} 的数字。`,
        );
        return;
      }
      summary.position = pos;
      out.touch(summary, ctx.now);
      out.say(questionCard(template, summary));
      return;
    }
    case 'draft':
      // [仍然生成（标注待核实）] on a card from before the one pre-draft screen: draft now.
      return requestDraft(t, event.unverifiedOk ? { screenSeen: true, direct: true } : {});
    case 'revise':
      return requestRevision(t, event.instruction);
    case 'text': {
      // A button's label typed instead of tapped: the tap itself.
      const at = typedConfirmAt(t, event.text);
      if (at) return confirmInTurn(t, { summaryId: summary.id, at });
      return typed(t, event.text, { messageId: event.messageId, replyTo: event.replyTo });
    }
    case 'choose':
      return answer(t, event.value);
    case 'removePart':
      return removePart(t, event.index, event.of);
    case 'finish':
      return finish(t);
    case 'skip':
      return skip(t);
    case 'na':
      return notApplicable(t);
    case 'back':
      return back(t);
    case 'clear':
      return clear(t);
    case 'voice':
    case 'material':
    case 'sortMaterial':
    case 'addMaterial':
    case 'withdrawPaste':
    case 'placeMaterial':
    case 'undoIntake':
      return handleIntake(t, event);
    case 'reuseInfo':
    case 'useLast':
    case 'confirmLast':
      return handlePrevious(t, event);
    default:
      return;
  }
}

/** Whether `event` answers the question holding typed text: its button, or 是/不是/its label typed. */
function answersHeld(t: Turn, event: Event): boolean {
  const { pending } = t;
  if (pending?.kind !== 'confirmCorrection' && pending?.kind !== 'confirmPlace') return true;
  if (event.type === 'confirm') return CONFIRMS[pending.kind].test(event.ref?.at ?? '');
  if (event.type !== 'text') return false;
  if (typedConfirmAt(t, event.text)) return true;
  const reply = replyWord(event.text);
  // 是/不是 answer a correction; only 不用了 answers "which part" (是 says nothing about where).
  return pending.kind === 'confirmCorrection' ? reply !== undefined : reply === 'no';
}

/**
 * The question holding typed text was gone past. A correction that could be placed is applied
 * (the user wrote 不对/更正: the question was only a check) and one that could not is kept as a
 * message of its part; either way the user is told, with the text it replaced. A fact waiting
 * for its part (offline, after a draft) waits on: the question is asked again after the event,
 * and a second fact joins it.
 */
function settleHeld(t: Turn) {
  const { pending } = t;
  if (pending?.kind === 'confirmCorrection') return settleCorrection(t, pending);
  if (pending?.kind === 'confirmPlace') t.out.afterwards(() => holdPlace(t, pending.text));
}

/** After [继续]: the question that holds typed text, asked again where it was asked. */
function askAgain(state: UserState, ctx: EngineContext, out: Outcome) {
  const pending = state.pending;
  if (pending?.kind !== 'confirmCorrection' && pending?.kind !== 'confirmPlace') return;
  const summary = activeSummary(state);
  const template = summary && templateById(ctx.templates, summary.templateId);
  if (!summary || !template || pending.summaryId !== summary.id) {
    state.pending = undefined;
    out.touch();
    return;
  }
  const t: Turn = { state, summary, template, ctx, out, pending };
  if (pending.kind === 'confirmPlace') return offerPlace(t, pending.text);
  if (pending.at !== positionKey(summary.position)) return;
  askCorrectionAgain(t, pending);
}

type TurnConfirm = Extract<
  Pending,
  {
    kind:
      | 'confirmNa'
      | 'confirmSkip'
      | 'confirmClear'
      | 'confirmDraft'
      | 'confirmCorrection'
      | 'confirmPlace';
  }
>;

function isTurnConfirm(pending: Pending | undefined): pending is TurnConfirm {
  return (
    pending?.kind === 'confirmNa' ||
    pending?.kind === 'confirmSkip' ||
    pending?.kind === 'confirmClear' ||
    pending?.kind === 'confirmDraft' ||
    pending?.kind === 'confirmCorrection' ||
    pending?.kind === 'confirmPlace'
  );
}

/** What each confirmation's button says in its ref (`at`). */
const CONFIRMS: Record<TurnConfirm['kind'], RegExp> = {
  confirmNa: /^asAnswer$/,
  confirmSkip: /^skip$/,
  confirmClear: /^clear$/,
  confirmDraft: /^(?:leaveOut|draftAnyway)$/,
  confirmCorrection: /^(?:replace|asNew)$/,
  confirmPlace: /^place\d+$/,
};

function confirmInTurn(t: Turn, ref: Ref | undefined) {
  const { state, summary, out, pending } = t;
  state.pending = undefined;
  out.touch();
  const at = ref?.at ?? '';
  const fits =
    isTurnConfirm(pending) &&
    pending.summaryId === summary.id &&
    ref?.summaryId === summary.id &&
    CONFIRMS[pending.kind].test(at) &&
    (pending.kind === 'confirmDraft' ||
      pending.kind === 'confirmPlace' ||
      pending.at === positionKey(summary.position));
  if (!fits || !isTurnConfirm(pending)) {
    out.stale(whereNow(t.template, summary));
    return;
  }
  if (pending.kind === 'confirmNa') return keepAsAnswer(t, pending.text, pending.messageId);
  if (pending.kind === 'confirmSkip') return pending.na ? notApplicable(t, true) : skip(t, true);
  if (pending.kind === 'confirmClear') return clear(t, true);
  if (pending.kind === 'confirmPlace') return placeAfterDraft(t, pending.text, Number(at.slice(5)));
  if (pending.kind === 'confirmCorrection') {
    if (at === 'replace') return applyCorrection(t, pending);
    return keepAsAnswer(t, pending.text, pending.messageId);
  }
  return confirmDraft(t, at);
}
