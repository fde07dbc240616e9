import { sectionWording } from '../templates/wording.js';
import { answer, back, finish, skip, type Typed } from './answers.js';
import { replacePart } from './parts.js';
import { partOf, positionKey } from './position.js';
import type { Turn } from './turn.js';
import { checkAnswerText } from './validate.js';
import { LABEL, refOf } from './view.js';
import { type ActionWord, actionWord } from './words.js';

/**
 * What a typed message means: a whole message that is an action word (完成, 跳过, 不涉及, 上一步
 * …, the list in words/actions.txt) is that action; a reply to an earlier answer replaces it;
 * anything else is an answer.
 */

/**
 * A typed message. A whole message that is an action word (完成, 跳过, 不涉及, 上一步 …) is
 * that action; a reply to an earlier answer replaces it; anything else is an answer.
 */
export function typed(t: Turn, raw: string, from: Typed = {}) {
  const word = actionWord(raw);
  if (word) return typedAction(t, word, raw, from);
  if (from.replyTo !== undefined && replaceAnswer(t, raw, from)) return;
  return answer(t, raw, from);
}

function typedAction(t: Turn, word: ActionWord, raw: string, from: Typed) {
  const { summary, template, out } = t;
  const pos = summary.position;
  if (pos.kind === 'review' || pos.kind === 'drafted') return answer(t, raw, from);
  if (word === 'finish') return finish(t);
  if (word === 'back') return back(t);
  if (word === 'skip') return skip(t);
  // 不涉及 / 没有 / 无
  if (pos.kind === 'info') {
    const field = template.info[pos.field];
    if (field?.optional) return skip(t);
    if (field) out.error(`「${field.label}」是必填项，请填写。`);
    return;
  }
  if (pos.kind === 'followUp') return skip(t);
  const section = template.sections[pos.index];
  if (!section) return;
  const w = sectionWording(section, summary.info.unitType);
  const a = summary.answers[section.id];
  const ref = refOf(summary);
  t.state.pending = {
    kind: 'confirmNa',
    summaryId: summary.id,
    at: positionKey(pos),
    text: raw,
    ...(from.messageId !== undefined ? { messageId: from.messageId } : {}),
  };
  out.touch();
  const asAnswer = {
    label: LABEL.asAnswer,
    event: { type: 'confirm' as const, ref: { summaryId: summary.id, at: 'asAnswer' } },
  };
  if (a && a.parts.length > 0) {
    out.say({
      kind: 'notice',
      text: `是指本部分没有更多内容了吗？（已记录${a.parts.length}条）`,
      actions: [[{ label: LABEL.yesFinish, event: { type: 'finish', ref } }, asAnswer]],
    });
    return;
  }
  if (w.notApplicable) {
    out.say({
      kind: 'notice',
      text: `是指本部分「${w.title}」不涉及吗？`,
      actions: [[{ label: LABEL.yes, event: { type: 'na', ref } }, asAnswer]],
    });
    return;
  }
  const skipNow = section.skippable
    ? [{ label: LABEL.skipForLater, event: { type: 'skip' as const, ref } }]
    : [];
  out.say({
    kind: 'notice',
    text: `「${w.title}」${section.required ? '是总结必备的部分，' : ''}不能标记为不涉及。${
      section.skippable ? '是要先跳过、以后再补吗？' : '请写几句。'
    }`,
    actions: [[...skipNow, asAnswer]],
  });
}

/** [不是，记为回答] after a typed 不涉及/没有: the words are stored as the answer after all. */
export function keepAsAnswer(t: Turn, text: string, messageId?: number) {
  return answer(t, text, messageId !== undefined ? { messageId } : {});
}

/**
 * A reply (Telegram's reply) to one of the user's earlier answer messages replaces that
 * message's text, wherever the part is; false when the replied-to message is no stored answer.
 */
function replaceAnswer(t: Turn, raw: string, from: Typed): boolean {
  const { summary, template, ctx, out } = t;
  if (summary.position.kind === 'drafted') return false;
  for (const [i, section] of template.sections.entries()) {
    const a = summary.answers[section.id];
    const k = a?.messageIds?.indexOf(from.replyTo as number) ?? -1;
    if (!a || k < 0 || k >= a.parts.length) continue;
    const checked = checkAnswerText(raw);
    if (!checked.ok) {
      out.error(checked.message);
      return true;
    }
    replacePart(a, k, checked.value, from.messageId);
    out.touch(summary, ctx.now);
    out.say({
      kind: 'ack',
      text: `已替换第${partOf({ kind: 'section', index: i })}部分「${
        sectionWording(section, summary.info.unitType).title
      }」的第${k + 1}条。`,
    });
    return true;
  }
  return false;
}
