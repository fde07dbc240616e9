import type { Section, Template } from '../templates/schema.js';
import { sectionWording } from '../templates/wording.js';
import { thinParts } from './depth.js';
import { requestDraft, requestRevision, unansweredSections } from './drafts.js';
import { pushPart, removeParts } from './parts.js';
import { laterSections, nextOpenPosition, partOf, positionKey } from './position.js';
import type { Turn } from './turn.js';
import type { Action, Answer, Pending, Reply, Summary } from './types.js';
import { checkAnswerText, checkInfoValue, MAX_SECTION_CHARS } from './validate.js';
import { chunk, LABEL, questionCard, refOf, reviewCard, whereNow } from './view.js';
import { dropLeadWord } from './words.js';

/** Answers, part by part: storing them and moving between parts (finish, skip, back, clear). */

/** Where a typed message came from in the chat (Telegram message ids), when known. */
export interface Typed {
  messageId?: number;
  /** The message it replies to: replying to an earlier answer replaces that answer. */
  replyTo?: number;
}

export function answer(t: Turn, raw: string, from: Typed = {}) {
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
    // A typed value gets its ✍ like any answer; the card above moves on to the next field.
    if (from.messageId !== undefined) {
      out.say({ kind: 'ack', reaction: '✍', reactTo: from.messageId, text: '已记录。' });
    }
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
      text: `${walkedThrough(template, summary)}要补充内容请点[修改第N部分]；要成稿请点[生成草稿]。`,
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
    out.say({ kind: 'ack', reaction: '✍', text: '已补充，谢谢。' });
    return requestDraft(t, { screenSeen: true });
  }
  const a: Answer = summary.answers[section.id] ?? { status: 'open', parts: [] };
  // "另外6月举办了……" added to an answer is stored as "6月举办了……".
  const value = a.parts.length > 0 ? dropLeadWord(checked.value) : checked.value;
  const size = a.parts.reduce((n, p) => n + p.length, 0);
  if (size + value.length > MAX_SECTION_CHARS) {
    out.error(
      `本部分已有 ${size} 字，再加这条会超过 ${MAX_SECTION_CHARS} 字的上限。请精简后再发，或点[完成本部分 ▶]。`,
    );
    return;
  }
  pushPart(a, value, { messageId: from.messageId });
  // Adding text to a finished section reopens it until the user finishes it again.
  a.status = 'open';
  summary.answers[section.id] = a;
  out.touch(summary, ctx.now);
  const ref = refOf(summary);
  // The ✍ on the message says it is stored; the card above lists it (edited in place).
  out.say({
    kind: 'ack',
    reaction: '✍',
    ...(from.messageId !== undefined ? { reactTo: from.messageId } : {}),
    text: `已记录（本部分共${a.parts.length}条）。可继续补充，或点[完成本部分 ▶]。`,
    actions: [[{ label: LABEL.finish, event: { type: 'finish', ref } }]],
  });
  out.say(questionCard(template, summary, { update: true }));
}

export function advanceInfo(t: Turn) {
  const { summary, template, ctx, out } = t;
  const pos = summary.position;
  if (pos.kind !== 'info') return;
  const next = pos.field + 1;
  summary.position =
    next < template.info.length
      ? { kind: 'info', field: next }
      : nextOpenPosition(template, summary, -1);
  out.touch(summary, ctx.now);
  // Inside 基本信息 the one card changes in place; the first work part opens its own.
  out.say(questionCard(template, summary, { update: summary.position.kind === 'info' }));
}

export function finish(t: Turn) {
  const { summary, template, out } = t;
  const pos = summary.position;
  if (pos.kind === 'info') {
    const field = template.info[pos.field];
    if (!field) return;
    if (!summary.info[field.id] && !field.optional) {
      out.error(`请先填写「${field.label}」。`);
      out.say(questionCard(template, summary, { update: true }));
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
  // Back on a part already marked 不涉及 or skipped: going on keeps the mark.
  if (a && a.parts.length === 0 && (a.status === 'na' || a.status === 'skipped')) {
    return moveOn(t, pos.index);
  }
  if (!a || a.parts.length === 0) {
    const w = sectionWording(section, summary.info.unitType);
    const options = [section.skippable && '[跳过]', w.notApplicable && '[不涉及]'].filter(Boolean);
    out.error(
      `本部分还没有内容。请直接输入文字${options.length ? `，或点${options.join('/')}` : ''}。`,
    );
    out.say(questionCard(template, summary, { update: true }));
    return;
  }
  a.status = 'done';
  moveOn(t, pos.index);
}

export function moveOn(t: Turn, from: number) {
  const { summary, template, ctx, out } = t;
  summary.position = nextOpenPosition(template, summary, from);
  out.touch(summary, ctx.now);
  if (summary.position.kind === 'review') {
    // What is open is listed here; the screen before the first draft does not list it again.
    summary.endSeen = true;
    if (thinParts(template, summary).length > 0) summary.depthShown = true;
    out.say(endScreen(template, summary));
    return;
  }
  const to = summary.position.kind === 'section' ? summary.position.index : from + 1;
  // Parts passed over because they are answered: say so, the user expected the next one.
  if (to > from + 1) {
    const passed = [];
    for (let i = from + 1; i < to; i++) passed.push(partOf({ kind: 'section', index: i }));
    const which = passed.map((n) => `第${n}部分`).join('、');
    out.say(
      `${which}已填写，直接到第${partOf({ kind: 'section', index: to })}部分（要改${which}请发 /edit ${passed[0]}）。`,
    );
  }
  // Past the last part, back to one never answered: the user expected the end.
  if (to <= from) {
    out.say(
      `后面的部分都已填写；第${partOf({ kind: 'section', index: to })}部分还没有填写，回到这一部分。`,
    );
  }
  out.say(questionCard(template, summary));
}

/**
 * The one screen after the last part (not the whole review): what is still open — parts never
 * answered, skipped for later, or with no fact at all — and [生成草稿] [先看回答]; each open part
 * is a small [第N部分] button to go back to it. The answers are shown on request.
 */
export function endScreen(template: Template, summary: Summary): Reply {
  const ref = refOf(summary, true);
  const never = unansweredSections(template, summary).map(
    ({ index }) => partOf({ kind: 'section', index }) as number,
  );
  const noFact = thinParts(template, summary).map((p) => p.part);
  const later = laterSections(template, summary).map(
    ({ index }) => partOf({ kind: 'section', index }) as number,
  );
  const name = (parts: number[]) => parts.map((n) => `第${n}部分`).join('、');
  const lines = [walkedThrough(template, summary)];
  if (never.length > 0) lines.push(`· 还没有回答：${name(never)}`);
  if (noFact.length > 0)
    lines.push(`· 没有具体数字、日期或名称：${name(noFact)}（可补充，也可照样生成）`);
  const open = [...new Set([...never, ...later, ...noFact])].sort((a, b) => a - b);
  lines.push(open.length > 0 ? '点下面的部分去补充，或直接生成草稿。' : '可以生成草稿了。');
  const picks: Action[] = open.map((part) => ({
    label: `第${part}部分`,
    event: { type: 'edit', part, ref },
  }));
  return {
    kind: 'review',
    text: lines.join('\n'),
    // A card too: the last part's card collapses under it, and it collapses when a part opens.
    card: { id: `${summary.id}:end`, mode: 'open', done: lines[0] ?? '' },
    actions: [
      ...chunk(picks, 4),
      [
        { label: LABEL.draft, event: { type: 'draft', ref } },
        { label: LABEL.seeAnswers, event: { type: 'review' } },
      ],
    ],
  };
}

/**
 * What is true once every part has been walked through: 「所有部分都已完成。」 only when none
 * is waiting, else 「已走完所有部分（还有2部分跳过待补：第3、10部分）。」.
 */
export function walkedThrough(template: Template, summary: Summary): string {
  const later = laterSections(template, summary).map(
    ({ index }) => `第${partOf({ kind: 'section', index })}部分`,
  );
  const open = template.sections.filter((section) => {
    const a = summary.answers[section.id];
    return !a || a.status === 'open';
  }).length;
  const waiting = [
    later.length > 0 ? `还有${later.length}部分跳过待补：${later.join('、')}` : '',
    open > 0 ? `${open}部分还没有完成` : '',
  ].filter(Boolean);
  return waiting.length > 0 ? `已走完所有部分（${waiting.join('；')}）。` : '所有部分都已完成。';
}

export function skip(t: Turn, force = false) {
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
    return requestDraft(t, { screenSeen: true });
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
  const at = positionKey(pos);
  const asked =
    t.pending?.kind === 'confirmSkip' && t.pending.summaryId === summary.id && t.pending.at === at;
  if (a.parts.length > 0 && !force && !asked) {
    // The answers would silently drop out of the draft: ask once.
    return askFirst(t, {
      pending: { kind: 'confirmSkip', summaryId: summary.id, at },
      text: `本部分已有${a.parts.length}条回答，跳过后草稿不写这部分。确定跳过吗？\n可点按钮，或回复“是”/“不”。`,
      keep: { label: LABEL.keepAndFinish, event: { type: 'finish', ref: refOf(summary) } },
      confirm: { label: LABEL.confirmSkip, at: 'skip' },
    });
  }
  a.status = 'skipped';
  a.leaveOut = undefined;
  summary.answers[section.id] = a;
  if (section.required) out.say(requiredWarning(section, summary));
  moveOn(t, pos.index);
}

/** The one warning when a part the summary needs (不足, 下一步) is skipped. */
function requiredWarning(section: Section, summary: Summary): string {
  const title = sectionWording(section, summary.info.unitType).title;
  return `提醒：「${title}」是总结必备的部分，缺了它草稿不完整。已先跳过，生成草稿前会再提醒您补上。`;
}

/** Removes one message of the current part's answer ([删除第N条] on the part's card). */
export function removePart(t: Turn, index: number, of: number) {
  const { summary, template, ctx, out } = t;
  const pos = summary.position;
  const section = pos.kind === 'section' ? template.sections[pos.index] : undefined;
  const a = section && summary.answers[section.id];
  if (!section || !a || a.parts.length !== of || index < 0 || index >= a.parts.length) {
    out.stale(whereNow(template, summary));
    return;
  }
  removeParts(a, (i) => i === index);
  if (a.parts.length === 0) a.status = 'open';
  out.touch(summary, ctx.now);
  out.say({ kind: 'ack', text: `已删除第${index + 1}条。` });
  out.say(questionCard(template, summary, { update: true }));
}

export function notApplicable(t: Turn, force = false) {
  const { summary, template, out } = t;
  const pos = summary.position;
  const section = pos.kind === 'section' ? template.sections[pos.index] : undefined;
  if (pos.kind !== 'section' || !section) {
    out.error('只有具体工作部分可以标记为「不涉及」。');
    return;
  }
  const w = sectionWording(section, summary.info.unitType);
  if (!w.notApplicable) {
    out.error(`「${w.title}」不能标记为不涉及${section.skippable ? '，可以点[跳过]' : ''}。`);
    return;
  }
  const a = summary.answers[section.id] ?? { status: 'open', parts: [] };
  if (a.parts.length > 0 && !force) {
    // Like 跳过: the answers would silently drop out of the draft, so ask once.
    return askFirst(t, {
      pending: { kind: 'confirmSkip', summaryId: summary.id, at: positionKey(pos), na: true },
      text: `本部分已有${a.parts.length}条回答，标记「不涉及」后草稿不写这部分。确定吗？\n可点按钮，或回复“是”/“不”。`,
      keep: { label: LABEL.keepAndFinish, event: { type: 'finish', ref: refOf(summary) } },
      confirm: { label: LABEL.confirmNa, at: 'skip' },
    });
  }
  a.status = 'na';
  summary.answers[section.id] = a;
  moveOn(t, pos.index);
}

export function back(t: Turn) {
  const { summary, template, ctx, out } = t;
  const pos = summary.position;
  if (pos.kind === 'info' && pos.field === 0) {
    out.error('已经是第一步了，没有上一步。');
    out.say(questionCard(template, summary, { update: true }));
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
  out.say(questionCard(template, summary, { update: true }));
}

/**
 * A step that would drop or erase a part's answers asks first: the question waits in `pending`,
 * with a button that keeps the answers and one that confirms (its `at`).
 */
function askFirst(
  t: Turn,
  q: {
    pending: Extract<Pending, { kind: 'confirmSkip' | 'confirmClear' }>;
    text: string;
    keep: Action;
    confirm: { label: string; at: string };
  },
) {
  t.state.pending = q.pending;
  t.out.touch();
  const ref = { summaryId: q.pending.summaryId, at: q.confirm.at };
  t.out.say({
    kind: 'notice',
    text: q.text,
    actions: [[q.keep, { label: q.confirm.label, event: { type: 'confirm', ref } }]],
  });
}

export function clear(t: Turn, force = false) {
  const { summary, template, ctx, out } = t;
  const pos = summary.position;
  const section = pos.kind === 'section' ? template.sections[pos.index] : undefined;
  if (!section) {
    out.error('这里没有可清空的内容。');
    return;
  }
  const count = summary.answers[section.id]?.parts.length ?? 0;
  if (count > 0 && !force) {
    // One mis-tap must not erase a part's answers: nothing here can be undone, so ask.
    return askFirst(t, {
      pending: { kind: 'confirmClear', summaryId: summary.id, at: positionKey(pos) },
      text: `确定清空本部分的${count}条回答吗？清空后不能恢复。`,
      keep: { label: LABEL.keepAnswers, event: { type: 'resume' } },
      confirm: { label: LABEL.confirmClear, at: 'clear' },
    });
  }
  summary.answers[section.id] = { status: 'open', parts: [] };
  out.touch(summary, ctx.now);
  out.say('已清空本部分，请重新输入。');
  out.say(questionCard(template, summary, { update: true }));
}
