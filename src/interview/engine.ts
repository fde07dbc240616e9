import { hasConcreteFact } from '../facts/extract.js';
import { findTemplate, templateById } from '../templates/match.js';
import type { Template } from '../templates/schema.js';
import { sectionWording } from '../templates/wording.js';
import {
  ANY_STEP,
  activeSummary,
  nextOpenPosition,
  partCount,
  positionKey,
  positionOfPart,
} from './position.js';
import type {
  Answer,
  DraftMeta,
  Effect,
  Event,
  Reply,
  StepResult,
  Summary,
  UserState,
} from './types.js';
import { checkAnswerText, checkInfoValue, MAX_SECTION_CHARS } from './validate.js';
import {
  draftedActions,
  greeting,
  helpText,
  LABEL,
  listCard,
  questionCard,
  refOf,
  reviewCard,
  summaryName,
  templateMenu,
} from './view.js';

/**
 * The interview engine: (state, event) → (new state, replies, effects). Pure: no I/O, no clock
 * (the time comes in the context), no randomness. The state passed in is never mutated.
 */
export interface EngineContext {
  templates: Template[];
  /** Milliseconds since the epoch, from the adapter's clock. */
  now: number;
  /** Drafts plus revisions allowed per user per day (DRAFTS_PER_DAY). */
  draftsPerDay: number;
  /** False when no model is configured: a revision in words cannot be made, so say so at once. */
  canRevise?: boolean;
}

const STALE = '这个按钮已过期（对应的步骤已经变了），请使用最新消息里的按钮。';
const NO_ACTIVE = '您当前没有进行中的总结。点[新建总结]开始，或点[我的总结]选择一份继续。';

export function step(input: UserState, event: Event, ctx: EngineContext): StepResult {
  const state = structuredClone(input);
  const out = new Outcome(state);
  handle(state, event, ctx, out);
  return out.result();
}

/** One event's context inside an active summary: what every step handler works on. */
interface Turn {
  state: UserState;
  summary: Summary;
  template: Template;
  ctx: EngineContext;
  out: Outcome;
}

/** Collects replies and effects; `touch` marks the state changed so the adapter writes it. */
class Outcome {
  replies: Reply[] = [];
  effects: Effect[] = [];
  changed = false;
  constructor(readonly state: UserState) {}
  say(reply: Reply | string) {
    this.replies.push(typeof reply === 'string' ? { text: reply, kind: 'notice' } : reply);
  }
  error(text: string) {
    this.replies.push({ text, kind: 'error' });
  }
  /** A button that no longer fits the current step: a short notice, nothing else happens. */
  stale() {
    this.replies.push({ text: STALE, kind: 'stale' });
  }
  touch(summary?: Summary, now?: number) {
    this.changed = true;
    if (summary && now !== undefined) summary.updatedAt = now;
  }
  result(): StepResult {
    return {
      state: this.state,
      replies: this.replies,
      effects: this.effects,
      changed: this.changed,
    };
  }
}

function handle(state: UserState, event: Event, ctx: EngineContext, out: Outcome): void {
  // A pending confirmation only survives the very next event.
  const pending = state.pending;
  if (pending && event.type !== 'confirm' && event.type !== 'chooseTemplate') {
    if (!(pending.kind === 'chooseTemplate' && event.type === 'text')) {
      state.pending = undefined;
      out.touch();
    }
  }

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
      return resume(state, event.summaryId, ctx, out);
    case 'deleteSummary':
      return askDeleteSummary(state, event.summaryId, ctx, out);
    case 'deleteAll':
      state.pending = { kind: 'confirmDeleteAll' };
      out.touch();
      out.say({
        kind: 'notice',
        text: '确定要删除您的全部总结、回答和草稿吗？删除后无法恢复。',
        actions: [
          [
            {
              label: LABEL.confirmDelete,
              event: { type: 'confirm', ref: { summaryId: '', at: 'deleteAll' } },
            },
            { label: LABEL.cancel, event: { type: 'cancel' } },
          ],
        ],
      });
      return;
    case 'confirm':
      return confirm(state, pending, event.ref?.at, ctx, out);
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
      out.effects.push({ type: 'sendDraft', summaryId: summary.id, version: event.version });
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

  // Buttons carry the step they were shown for; an old or double-tapped one must not act.
  if ('ref' in event && event.ref) {
    const { summaryId, at } = event.ref;
    if (summaryId !== summary.id || (at !== ANY_STEP && at !== positionKey(summary.position))) {
      out.stale();
      return;
    }
  }

  if (state.paused && event.type === 'text') {
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

  const t: Turn = { state, summary, template, ctx, out };
  switch (event.type) {
    case 'review':
      out.say(reviewCard(template, summary));
      return;
    case 'edit': {
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
      return requestDraft(t);
    case 'revise':
      return requestRevision(t, event.instruction);
    case 'text':
    case 'choose':
      return answer(t, event.type === 'text' ? event.text : event.value);
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
    default:
      return;
  }
}

function chooseTemplate(state: UserState, templateId: string, ctx: EngineContext, out: Outcome) {
  if (state.pending?.kind !== 'chooseTemplate') {
    out.stale();
    return;
  }
  const template = templateById(ctx.templates, templateId);
  if (!template) {
    out.error('这个总结类型已不可用，请重新选择。');
    out.say(templateMenu(ctx.templates));
    return;
  }
  state.pending = undefined;
  state.seq += 1;
  const summary: Summary = {
    id: `s${state.seq}`,
    templateId: template.id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    info: {},
    answers: {},
    position: { kind: 'info', field: 0 },
    drafts: [],
  };
  state.summaries.push(summary);
  state.activeId = summary.id;
  state.paused = false;
  out.touch();
  out.say(
    `好的，开始写《${template.name}》。共${partCount(template)}部分，每部分几句话即可；随时可以停下，回答都会保存。`,
  );
  out.say(questionCard(template, summary));
}

function resume(state: UserState, summaryId: string | undefined, ctx: EngineContext, out: Outcome) {
  const summary = summaryId
    ? state.summaries.find((s) => s.id === summaryId)
    : (activeSummary(state) ?? [...state.summaries].sort((a, b) => b.updatedAt - a.updatedAt)[0]);
  if (!summary) {
    out.say({
      ...greeting(state),
      text: summaryId ? '这份总结已不存在。' : '您还没有总结，点[新建总结]开始。',
    });
    return;
  }
  const template = templateById(ctx.templates, summary.templateId);
  if (!template) {
    out.error('这份总结使用的模板已不可用，请新建一份总结。');
    return;
  }
  state.activeId = summary.id;
  state.paused = false;
  out.touch();
  out.say(`继续《${summaryName(template, summary)}》。`);
  if (summary.position.kind === 'drafted') {
    out.say({
      kind: 'notice',
      text: '这份总结已有草稿。直接发送修改意见即可修改（如：第二部分写具体些），或点下面的按钮。',
      actions: draftedActions(summary.id),
    });
    return;
  }
  out.say(questionCard(template, summary));
}

function askDeleteSummary(state: UserState, summaryId: string, ctx: EngineContext, out: Outcome) {
  const summary = state.summaries.find((s) => s.id === summaryId);
  if (!summary) {
    out.error('这份总结已不存在。');
    return;
  }
  const template = templateById(ctx.templates, summary.templateId);
  state.pending = { kind: 'confirmDeleteSummary', summaryId };
  out.touch();
  out.say({
    kind: 'notice',
    text: `确定删除《${summaryName(template, summary)}》及其全部回答和草稿吗？删除后无法恢复。`,
    actions: [
      [
        {
          label: LABEL.confirmDelete,
          event: { type: 'confirm', ref: { summaryId, at: 'deleteSummary' } },
        },
        { label: LABEL.cancel, event: { type: 'cancel' } },
      ],
    ],
  });
}

function confirm(
  state: UserState,
  pending: UserState['pending'],
  at: string | undefined,
  ctx: EngineContext,
  out: Outcome,
) {
  state.pending = undefined;
  if (pending?.kind === 'confirmDeleteAll' && at === 'deleteAll') {
    out.effects.push({ type: 'deleteUserData' });
    const fresh: UserState = {
      schema: state.schema,
      userId: state.userId,
      seq: state.seq,
      summaries: [],
    };
    Object.assign(state, { activeId: undefined, paused: undefined, quota: undefined }, fresh);
    out.touch();
    out.say({ ...greeting(state), text: '已删除您的全部数据。需要时可以随时新建总结。' });
    return;
  }
  if (pending?.kind === 'confirmDeleteSummary' && at === 'deleteSummary') {
    const summary = state.summaries.find((s) => s.id === pending.summaryId);
    if (summary) {
      const template = templateById(ctx.templates, summary.templateId);
      state.summaries = state.summaries.filter((s) => s.id !== summary.id);
      if (state.activeId === summary.id) state.activeId = undefined;
      out.effects.push({
        type: 'deleteSummaryData',
        summaryId: summary.id,
        versions: summary.drafts.map((d) => d.version),
      });
      out.touch();
      out.say(`已删除《${summaryName(template, summary)}》。`);
      out.say(listCard(state, ctx.templates));
      return;
    }
  }
  out.touch();
  out.stale();
}

function cancel(state: UserState, pending: UserState['pending'], out: Outcome) {
  if (pending) {
    out.touch();
    out.say('已取消。');
    return;
  }
  const summary = activeSummary(state);
  if (!summary || state.paused) {
    out.say('当前没有要取消的操作。');
    return;
  }
  state.paused = true;
  out.touch();
  out.say({
    kind: 'notice',
    text: '已暂停，您的回答都已保存。随时点[继续上次]或发送 /resume 接着填写。',
    actions: [
      [
        { label: LABEL.resume, event: { type: 'resume' } },
        { label: LABEL.list, event: { type: 'list' } },
      ],
    ],
  });
}

function answer(t: Turn, raw: string) {
  const { summary, template, ctx, out } = t;
  const pos = summary.position;
  if (pos.kind === 'info') {
    const field = template.info[pos.field];
    if (!field) return;
    const checked = checkInfoValue(field, raw, new Date(ctx.now).getUTCFullYear());
    if (!checked.ok) {
      out.error(checked.message);
      return;
    }
    summary.info[field.id] = checked.value;
    advanceInfo(t);
    return;
  }
  if (pos.kind === 'review' || pos.kind === 'drafted') {
    const checked = checkAnswerText(raw);
    if (!checked.ok) {
      out.error(checked.message);
      return;
    }
    if (pos.kind === 'drafted') return requestRevision(t, checked.value);
    out.say({
      kind: 'notice',
      text: '所有部分都已填写。要补充内容请点[修改第N部分]；要成稿请点[生成草稿]。',
      actions: reviewCard(template, summary).actions,
    });
    return;
  }
  const section = template.sections[pos.index];
  if (!section) return;
  const checked = checkAnswerText(raw);
  if (!checked.ok) {
    out.error(checked.message);
    return;
  }
  if (pos.kind === 'followUp') {
    const a = summary.answers[section.id];
    if (!a?.followUp) return;
    a.followUp.parts.push(checked.value);
    a.followUp.status = 'answered';
    out.touch(summary, ctx.now);
    out.say({ kind: 'ack', text: '已补充，谢谢。' });
    return requestDraft(t);
  }
  const a: Answer = summary.answers[section.id] ?? { status: 'open', parts: [] };
  const size = a.parts.reduce((n, p) => n + p.length, 0);
  if (size + checked.value.length > MAX_SECTION_CHARS) {
    out.error(
      `本部分已有 ${size} 字，再加这条会超过 ${MAX_SECTION_CHARS} 字的上限。请精简后再发，或点[完成本部分 ▶]。`,
    );
    return;
  }
  a.parts.push(checked.value);
  // Adding text to a finished section reopens it until the user finishes it again.
  a.status = 'open';
  summary.answers[section.id] = a;
  out.touch(summary, ctx.now);
  const ref = refOf(summary);
  out.say({
    kind: 'ack',
    text: `已记录（本部分共${a.parts.length}条）。可继续补充，或点[完成本部分 ▶]。`,
    actions: [[{ label: LABEL.finish, event: { type: 'finish', ref } }]],
  });
}

function advanceInfo(t: Turn) {
  const { summary, template, ctx, out } = t;
  const pos = summary.position;
  if (pos.kind !== 'info') return;
  const next = pos.field + 1;
  summary.position =
    next < template.info.length
      ? { kind: 'info', field: next }
      : nextOpenPosition(template, summary, -1);
  out.touch(summary, ctx.now);
  out.say(questionCard(template, summary));
}

function finish(t: Turn) {
  const { summary, template, out } = t;
  const pos = summary.position;
  if (pos.kind === 'info') {
    const field = template.info[pos.field];
    if (!field) return;
    if (!summary.info[field.id] && !field.optional) {
      out.error(`请先填写「${field.label}」。`);
      out.say(questionCard(template, summary));
      return;
    }
    return advanceInfo(t);
  }
  if (pos.kind === 'followUp') return skip(t);
  if (pos.kind !== 'section') {
    out.say(reviewCard(template, summary));
    return;
  }
  const section = template.sections[pos.index];
  if (!section) return;
  const a = summary.answers[section.id];
  if (!a || a.parts.length === 0) {
    const options = [section.skippable && '[跳过]', section.notApplicable && '[不涉及]'].filter(
      Boolean,
    );
    out.error(
      `本部分还没有内容。请直接输入文字${options.length ? `，或点${options.join('/')}` : ''}。`,
    );
    out.say(questionCard(template, summary));
    return;
  }
  a.status = 'done';
  moveOn(t, pos.index);
}

function moveOn(t: Turn, from: number) {
  const { summary, template, ctx, out } = t;
  summary.position = nextOpenPosition(template, summary, from);
  out.touch(summary, ctx.now);
  if (summary.position.kind === 'review') {
    out.say('所有部分都已完成，请核对后生成草稿。');
    out.say(reviewCard(template, summary));
    return;
  }
  out.say(questionCard(template, summary));
}

function skip(t: Turn) {
  const { summary, template, ctx, out } = t;
  const pos = summary.position;
  if (pos.kind === 'info') {
    const field = template.info[pos.field];
    if (!field) return;
    if (!field.optional) {
      out.error(`「${field.label}」是必填项，不能跳过。`);
      return;
    }
    return advanceInfo(t);
  }
  if (pos.kind === 'followUp') {
    const section = template.sections[pos.index];
    const fu = section && summary.answers[section.id]?.followUp;
    if (fu) fu.status = 'skipped';
    out.touch(summary, ctx.now);
    return requestDraft(t);
  }
  if (pos.kind !== 'section') {
    out.say(reviewCard(template, summary));
    return;
  }
  const section = template.sections[pos.index];
  if (!section) return;
  if (!section.skippable) {
    out.error('本部分不能跳过，请写几句。');
    return;
  }
  const a = summary.answers[section.id] ?? { status: 'open', parts: [] };
  a.status = 'skipped';
  summary.answers[section.id] = a;
  moveOn(t, pos.index);
}

function notApplicable(t: Turn) {
  const { summary, template, out } = t;
  const pos = summary.position;
  const section = pos.kind === 'section' ? template.sections[pos.index] : undefined;
  if (pos.kind !== 'section' || !section) {
    out.error('只有具体工作部分可以标记为「不涉及」。');
    return;
  }
  if (!section.notApplicable) {
    out.error(
      `「${sectionWording(section, summary.info.unitType).title}」不能标记为不涉及${section.skippable ? '，可以点[跳过]' : ''}。`,
    );
    return;
  }
  const a = summary.answers[section.id] ?? { status: 'open', parts: [] };
  a.status = 'na';
  summary.answers[section.id] = a;
  moveOn(t, pos.index);
}

function back(t: Turn) {
  const { summary, template, ctx, out } = t;
  const pos = summary.position;
  if (pos.kind === 'info' && pos.field === 0) {
    out.error('已经是第一步了，没有上一步。');
    out.say(questionCard(template, summary));
    return;
  }
  if (pos.kind === 'info') summary.position = { kind: 'info', field: pos.field - 1 };
  else if (pos.kind === 'section' || pos.kind === 'followUp') {
    summary.position =
      pos.index === 0
        ? { kind: 'info', field: template.info.length - 1 }
        : { kind: 'section', index: pos.index - 1 };
  } else {
    summary.position = { kind: 'section', index: template.sections.length - 1 };
  }
  out.touch(summary, ctx.now);
  out.say(questionCard(template, summary));
}

function clear(t: Turn) {
  const { summary, template, ctx, out } = t;
  const pos = summary.position;
  const section = pos.kind === 'section' ? template.sections[pos.index] : undefined;
  if (!section) {
    out.error('这里没有可清空的内容。');
    return;
  }
  summary.answers[section.id] = { status: 'open', parts: [] };
  out.touch(summary, ctx.now);
  out.say('已清空本部分，请重新输入。');
  out.say(questionCard(template, summary));
}

/** Today's quota day key; the server's UTC date is the clock every instance shares. */
function dayOf(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

function takeQuota(state: UserState, ctx: EngineContext, out: Outcome): boolean {
  const day = dayOf(ctx.now);
  const used = state.quota?.day === day ? state.quota.count : 0;
  if (used >= ctx.draftsPerDay) {
    out.error(
      `今天的草稿和修改次数已用完（每天 ${ctx.draftsPerDay} 次），明天再来。您的回答和已有草稿都保存着。`,
    );
    return false;
  }
  state.quota = { day, count: used + 1 };
  return true;
}

function requestDraft(t: Turn) {
  const { state, summary, template, ctx, out } = t;
  const missing = template.info.find((f) => !f.optional && !summary.info[f.id]);
  if (missing) {
    summary.position = { kind: 'info', field: template.info.indexOf(missing) };
    out.touch(summary, ctx.now);
    out.error(`生成草稿前请先填写「${missing.label}」。`);
    out.say(questionCard(template, summary));
    return;
  }
  const hasContent = template.sections.some((section) => {
    const a = summary.answers[section.id];
    return a?.status === 'done' && a.parts.some((p) => p.trim() !== '');
  });
  if (!hasContent) {
    out.error('还没有可以写进草稿的内容：请至少完成一个工作部分。');
    summary.position = nextOpenPosition(template, summary, -1);
    out.touch(summary, ctx.now);
    out.say(questionCard(template, summary));
    return;
  }
  // One follow-up per key section whose answer has no concrete fact, asked once, before the
  // first draft only.
  if (summary.drafts.length === 0) {
    const index = template.sections.findIndex((section) => {
      const a = summary.answers[section.id];
      return (
        section.key && a?.status === 'done' && !a.followUp && !hasConcreteFact(a.parts.join('\n'))
      );
    });
    const section = template.sections[index];
    if (section) {
      const a = summary.answers[section.id] as Answer;
      const w = sectionWording(section, summary.info.unitType);
      a.followUp = { question: w.followUp ?? w.hints[0] ?? w.question, parts: [], status: 'asked' };
      summary.position = { kind: 'followUp', index };
      out.touch(summary, ctx.now);
      out.say(questionCard(template, summary));
      return;
    }
  }
  if (!takeQuota(state, ctx, out)) return;
  summary.position = { kind: 'drafted' };
  out.touch(summary, ctx.now);
  out.effects.push({ type: 'compose', summaryId: summary.id });
}

function requestRevision(t: Turn, instruction: string) {
  const { state, summary, ctx, out } = t;
  if (summary.drafts.length === 0) {
    out.error('还没有草稿。请先点[生成草稿]，再告诉我怎么改。');
    return;
  }
  const text = instruction.trim();
  if (!text) {
    out.say('请告诉我要怎么改，例如：“第二部分写具体些”或“压缩到1500字”。');
    return;
  }
  if (ctx.canRevise === false) {
    out.say({
      kind: 'notice',
      text: '按意见改写草稿需要大模型，当前未配置。您可以点[查看全部回答]修改或补充相应部分后点[重新生成]，也可以直接在 Word 文件里修改。',
      actions: draftedActions(summary.id),
    });
    return;
  }
  if (!takeQuota(state, ctx, out)) return;
  summary.position = { kind: 'drafted' };
  out.touch(summary, ctx.now);
  out.effects.push({ type: 'revise', summaryId: summary.id, instruction: text });
}

/**
 * The follow-up question the engine has just asked, in other words (the model's, fitted to what
 * the user said): the stored question and the card in the replies both change. Pure: returns
 * a new result; without a follow-up in progress it returns `result` as it was.
 */
export function rewordFollowUp(
  result: StepResult,
  question: string,
  templates: Template[],
): StepResult {
  const state = structuredClone(result.state);
  const summary = state.summaries.find((s) => s.id === state.activeId);
  if (summary?.position.kind !== 'followUp') return result;
  const template = templateById(templates, summary.templateId);
  const section = template?.sections[summary.position.index];
  const followUp = section && summary.answers[section.id]?.followUp;
  if (!template || !followUp) return result;
  followUp.question = question;
  const replies = [...result.replies];
  const at = replies.findIndex((r) => r.kind === 'question');
  if (at >= 0) replies[at] = questionCard(template, summary);
  return { ...result, state, replies };
}

/**
 * Records a finished draft version on the summary (pure). Adapters call it after composing and
 * saving the text, then store the state.
 */
export function recordDraft(
  input: UserState,
  summaryId: string,
  draft: Omit<DraftMeta, 'version'>,
): { state: UserState; version: number } {
  const state = structuredClone(input);
  const summary = state.summaries.find((s) => s.id === summaryId);
  if (!summary) return { state, version: 0 };
  const version = (summary.drafts.at(-1)?.version ?? 0) + 1;
  summary.drafts.push({ version, ...draft });
  summary.position = { kind: 'drafted' };
  summary.updatedAt = draft.createdAt;
  return { state, version };
}

/** The version a new draft will get (for file names and the text key, before recording). */
export function nextVersion(state: UserState, summaryId: string): number {
  const summary = state.summaries.find((s) => s.id === summaryId);
  return (summary?.drafts.at(-1)?.version ?? 0) + 1;
}
