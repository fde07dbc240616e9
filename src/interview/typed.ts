import { extractFacts } from '../facts/extract.js';
import { sectionWording } from '../templates/wording.js';
import { answer, back, clear, finish, notApplicable, skip, type Typed } from './answers.js';
import { confirmDraft, declineDraft, offerPlace } from './drafts.js';
import { pushPart, replacePart } from './parts.js';
import { partOf, positionKey } from './position.js';
import type { Turn } from './turn.js';
import type { Pending } from './types.js';
import { checkAnswerText } from './validate.js';
import { clip, LABEL, refOf, whereNow } from './view.js';
import { type ActionWord, actionWord, correctionRest, type ReplyWord, replyWord } from './words.js';

/**
 * A typed message. Right after a yes/no question (是指本部分不涉及吗？, 跳过 with answers, the
 * screen before a draft, 这是更正吗？) a typed 是/对/嗯 or 不是/不 is that answer. Otherwise a
 * whole message that is an action word (完成, 跳过, 不涉及, 上一步 …, words/actions.txt) is that
 * action; a reply to an earlier answer replaces it; a message opening with 不对/说错了/更正 in a
 * part that has messages asks whether it corrects one; anything else is an answer.
 */
export function typed(t: Turn, raw: string, from: Typed = {}) {
  const reply = replyWord(raw);
  if (reply && answerPending(t, reply)) return;
  const word = actionWord(raw);
  if (word) return typedAction(t, word, raw, from);
  if (from.replyTo !== undefined && replaceAnswer(t, raw, from)) return;
  if (askCorrection(t, raw, from)) return;
  return answer(t, raw, from);
}

/**
 * The label of a button the open question offers, typed instead of tapped (第5部分, 照样生成,
 * 确定清空): the `at` of that button, so the engine confirms it exactly as the tap would. Only
 * for the question just asked, at the step it was asked at; undefined otherwise.
 */
export function typedConfirmAt(t: Turn, raw: string): string | undefined {
  const { summary, pending } = t;
  if (!pending || !('summaryId' in pending) || pending.summaryId !== summary.id) return undefined;
  const text = raw.trim();
  if (pending.kind === 'confirmPlace') {
    const m = /^第?(\d{1,2})(?:部分)?$/.exec(text);
    return m ? `place${m[1]}` : undefined;
  }
  if (pending.kind === 'confirmDraft') {
    if (/^(?:照样生成|直接生成|仍然生成(?:（标注待核实）)?|生成草稿)$/.test(text))
      return 'draftAnyway';
    return /^不写这.{0,3}部分$/.test(text) ? 'leaveOut' : undefined;
  }
  if (!('at' in pending) || pending.at !== positionKey(summary.position)) return undefined;
  switch (pending.kind) {
    case 'confirmClear':
      return text === LABEL.confirmClear ? 'clear' : undefined;
    case 'confirmSkip':
      return text === (pending.na ? LABEL.confirmNa : LABEL.confirmSkip) ? 'skip' : undefined;
    case 'confirmCorrection':
      if (text === LABEL.asNewPart) return 'asNew';
      return pending.index >= 0 && text === LABEL.replacePart(pending.index + 1)
        ? 'replace'
        : undefined;
    default:
      return undefined;
  }
}

/**
 * 是 / 不是 typed to the question the engine asked just before (only the very next event, and
 * only at the step it was asked at): the same as tapping its yes or no button. False when no
 * such question is open.
 */
function answerPending(t: Turn, reply: ReplyWord): boolean {
  const { summary, pending } = t;
  if (!pending || !('summaryId' in pending) || pending.summaryId !== summary.id) return false;
  const here = positionKey(summary.position);
  switch (pending.kind) {
    case 'confirmNa':
      if (pending.at !== here) return false;
      if (reply === 'no') keepAsAnswer(t, pending.text, pending.messageId);
      else confirmNa(t);
      return true;
    case 'confirmSkip':
      if (pending.at !== here) return false;
      // 确定跳过吗？ 是 → [确定跳过]; 不 → [保留并完成本部分].
      if (reply === 'yes') pending.na ? notApplicable(t, true) : skip(t, true);
      else finish(t);
      return true;
    case 'confirmClear':
      if (pending.at !== here) return false;
      // Like deleting: a bare 是 never erases (the question comes again with its button); 不 keeps.
      if (reply === 'yes') clear(t);
      else t.out.say('好的，本部分的回答都保留着。');
      return true;
    case 'confirmCorrection':
      if (pending.at !== here) return false;
      if (reply === 'yes') applyCorrection(t, pending);
      else keepAsAnswer(t, pending.text, pending.messageId);
      return true;
    case 'confirmPlace':
      // 不用了 to "加到哪一部分": the fact is not added; 是 says nothing about where.
      if (reply !== 'no') return false;
      t.out.say('好的，这条内容不加入草稿。');
      return true;
    case 'confirmDraft':
      // 是 → the screen's go button (drafts now); 不 → [现在补充].
      if (reply === 'yes') confirmDraft(t, 'draftAnyway');
      else declineDraft(t);
      return true;
    default:
      return false;
  }
}

/** 是 to "是指本部分……不涉及吗？": the yes the question offered, worked out as it was asked. */
function confirmNa(t: Turn) {
  const { summary, template, out } = t;
  const pos = summary.position;
  const section = pos.kind === 'section' ? template.sections[pos.index] : undefined;
  if (!section) return;
  const w = sectionWording(section, summary.info.unitType);
  if ((summary.answers[section.id]?.parts.length ?? 0) > 0) return finish(t);
  if (w.notApplicable) return notApplicable(t);
  if (section.skippable) return skip(t);
  out.error(`「${w.title}」不能标记为不涉及，请写几句。`);
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
      text: `是指本部分没有更多内容了吗？（已记录${a.parts.length}条）\n可点按钮，或回复“是”/“不是”。`,
      actions: [[{ label: LABEL.yesFinish, event: { type: 'finish', ref } }, asAnswer]],
    });
    return;
  }
  if (w.notApplicable) {
    out.say({
      kind: 'notice',
      text: `是指本部分「${w.title}」不涉及吗？\n可点按钮，或回复“是”/“不是”。`,
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

export const EDIT_TEXT = {
  drafted:
    '您修改了一条已发出的消息。草稿已经生成，改消息不会改动草稿：要改草稿，请直接发送修改意见，例如“第二部分的45人改为54人”。',
  notAnswer:
    '您修改了一条已发出的消息，但它不是一条已记录的回答（或已被替换、删除），记录没有改动。如需更正，请直接发送改好的内容。',
} as const;

/**
 * The user edited a message they sent (Telegram's 编辑). An edited answer replaces the stored
 * one, confirmed as a reply-correction is; any other edit is answered, never ignored: a user
 * who fixed a figure by editing must not believe the draft has it.
 */
export function editedMessage(t: Turn, raw: string, messageId: number) {
  if (replaceAnswer(t, raw, { replyTo: messageId, messageId })) return;
  const drafted = t.summary.position.kind === 'drafted';
  t.out.say({ kind: 'notice', text: drafted ? EDIT_TEXT.drafted : EDIT_TEXT.notAnswer });
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

/**
 * A message opening with a correction word (不对 刚才宣讲会是54人不是45人) in a part that has
 * messages is not appended silently: the engine asks once whether it corrects one of them,
 * showing the message it would replace and the text it would become, with [替换第N条] and
 * [记为新的一条]. The typed text waits in the question, so nothing is lost either way. False
 * when the message is no correction (or cannot be an answer at all: answer() says why).
 */
function askCorrection(t: Turn, raw: string, from: Typed): boolean {
  const { summary, template, out } = t;
  const pos = summary.position;
  if (pos.kind !== 'section') return false;
  const section = template.sections[pos.index];
  const a = section && summary.answers[section.id];
  if (!a || a.parts.length === 0) return false;
  const checked = checkAnswerText(raw);
  if (!checked.ok) return false;
  const rest = correctionRest(checked.value);
  if (rest === undefined) return false;
  if (!/[\p{L}\p{N}]/u.test(rest)) {
    out.say(
      '要更正哪一条？请直接发送改好的内容；也可以长按要改的那条消息，点“回复”，发送改好的内容来替换它。',
    );
    return true;
  }
  const fix = proposeCorrection(a.parts, rest);
  const pending: Extract<Pending, { kind: 'confirmCorrection' }> = {
    kind: 'confirmCorrection',
    summaryId: summary.id,
    at: positionKey(pos),
    text: checked.value,
    ...(from.messageId !== undefined ? { messageId: from.messageId } : {}),
    // -1: a correction we cannot place; the text waits for [记为新的一条].
    index: fix?.index ?? -1,
    replacement: fix?.text ?? '',
  };
  askCorrectionAgain(t, pending);
  return true;
}

/**
 * The correction question for `pending`, asked (again): after the message itself, and after
 * a resume, so the text it holds is never dropped by an unrelated tap.
 */
export function askCorrectionAgain(
  t: Turn,
  pending: Extract<Pending, { kind: 'confirmCorrection' }>,
) {
  const { summary, template, out } = t;
  const pos = summary.position;
  const section = pos.kind === 'section' ? template.sections[pos.index] : undefined;
  const parts = (section && summary.answers[section.id]?.parts) ?? [];
  t.state.pending = pending;
  out.touch();
  const confirmAt = (at: string) => ({
    type: 'confirm' as const,
    ref: { summaryId: summary.id, at },
  });
  if (pending.index < 0 || pending.index >= parts.length) {
    out.say({
      kind: 'notice',
      text: [
        '这像是对前面回答的更正，但我没找到要改的是哪一处。',
        '请写成“不是25人，是30人”这样（写出原来的和改后的），或长按要改的那条消息，点“回复”发送改好的内容。',
        `也可以点[${LABEL.asNewPart}]，把这句作为新的一条记下：${clip(pending.text, 80)}`,
      ].join('\n'),
      actions: [[{ label: LABEL.asNewPart, event: confirmAt('asNew') }]],
    });
    return;
  }
  const n = pending.index + 1;
  out.say({
    kind: 'notice',
    text: [
      '这是对前面回答的更正吗？',
      `第${n}条：${clip(parts[pending.index] ?? '', 80)}`,
      `替换为：${clip(pending.replacement, 80)}`,
      '可点按钮，或回复“是”/“不是”。',
    ].join('\n'),
    actions: [
      [
        { label: LABEL.replacePart(n), event: confirmAt('replace') },
        { label: LABEL.asNewPart, event: confirmAt('asNew') },
      ],
    ],
  });
}

/** The three ways a correction names the old and the new words: 是A不是B, 不是B是A, B应为A. */
const CORRECTION_FORMS: { re: RegExp; old: number; next: number }[] = [
  {
    re: /是([^，。,；;！!？?、\s是]+?)[，,、\s]*(?:而)?不是([^，。,；;！!？?、\s]+)/u,
    old: 2,
    next: 1,
  },
  {
    re: /不是([^，。,；;！!？?、\s]+?)[，,、\s]*(?:而)?是([^，。,；;！!？?、\s]+)/u,
    old: 1,
    next: 2,
  },
  {
    re: /([^，。,；;！!？?、\s]+?)(?:应为|应该是|应是|改为|改成)([^，。,；;！!？?、\s]+)/u,
    old: 1,
    next: 2,
  },
];

/** The counts with a measure word in `text` (30人, 16篇), as the fact checker reads them. */
function counts(text: string) {
  return extractFacts(text).filter((f) => f.kind === 'number' && f.measure);
}

/**
 * What a correction would make of the part's messages: where it names the old and the new
 * words (是54人不是45人) and the old words occur exactly once in one message (the latest such),
 * that message with them replaced; where it gives only the new count (是30人) and exactly one
 * count with that measure word stands in the part's messages, that count replaced; where it is
 * a rewrite about as long as the last message, that message replaced by it. Otherwise
 * undefined: no guess that could erase other facts (是30人 in place of a message with 16篇).
 */
export function proposeCorrection(
  parts: string[],
  rest: string,
): { index: number; text: string } | undefined {
  for (const form of CORRECTION_FORMS) {
    const m = form.re.exec(rest);
    const old = m?.[form.old]?.replace(/[了的啊呀呢]+$/u, '');
    const next = m?.[form.next]?.replace(/[了的啊呀呢]+$/u, '');
    if (!old || !next || old === next) continue;
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = parts[i] as string;
      if (p.split(old).length === 2) return { index: i, text: p.replace(old, next) };
    }
  }
  const given = counts(rest);
  const only = given.length === 1 ? given[0] : undefined;
  if (only) {
    const { text: whole, measure } = only;
    const hits = parts.flatMap((p, index) =>
      counts(p)
        .filter((f) => f.measure === measure)
        .map((f) => ({ index, at: f.index, old: f.text })),
    );
    const hit = hits.length === 1 ? hits[0] : undefined;
    if (hit && hit.old !== whole) {
      const p = parts[hit.index] as string;
      return {
        index: hit.index,
        text: p.slice(0, hit.at) + whole + p.slice(hit.at + hit.old.length),
      };
    }
  }
  const last = parts.length - 1;
  if (last >= 0 && rest.length >= (parts[last] as string).length * 0.6)
    return { index: last, text: rest };
  return undefined;
}

/** [替换第N条] (or 是) on the correction question: that message becomes the corrected text. */
export function applyCorrection(t: Turn, pending: Extract<Pending, { kind: 'confirmCorrection' }>) {
  const { summary, template, ctx, out } = t;
  const pos = summary.position;
  const section = pos.kind === 'section' ? template.sections[pos.index] : undefined;
  const a = section && summary.answers[section.id];
  if (!a || pending.index >= a.parts.length) {
    out.stale(whereNow(template, summary));
    return;
  }
  if (pending.index < 0) {
    // 是 to a correction we could not place: nothing to replace, so the question stays open.
    t.state.pending = pending;
    out.touch();
    out.say({
      kind: 'notice',
      text: `请写出原来的和改后的（如“不是25人，是30人”），或点[${LABEL.asNewPart}]。`,
      actions: [
        [
          {
            label: LABEL.asNewPart,
            event: { type: 'confirm', ref: { summaryId: summary.id, at: 'asNew' } },
          },
        ],
      ],
    });
    return;
  }
  replacePart(a, pending.index, pending.replacement, pending.messageId);
  out.touch(summary, ctx.now);
  out.say({
    kind: 'ack',
    text: `已替换第${pending.index + 1}条：${clip(pending.replacement, 80)}`,
    actions: [[{ label: LABEL.finish, event: { type: 'finish', ref: refOf(summary) } }]],
  });
}

/**
 * The correction question gone past (完成, the next fact, a tap elsewhere): settled before the
 * event. Placed, it is applied — the user wrote 不对 or 更正, the question was only a check — and
 * the replaced text is shown; not placed, its text is kept as a message of its part. Either way
 * the user is told, with /edit to undo.
 */
export function settleCorrection(
  t: Turn,
  pending: Extract<Pending, { kind: 'confirmCorrection' }>,
) {
  const { summary, template, ctx, out } = t;
  const index = /^s(\d+)$/.exec(pending.at)?.[1];
  const section = index === undefined ? undefined : template.sections[Number(index)];
  if (pending.summaryId !== summary.id || !section) return;
  const n = partOf({ kind: 'section', index: Number(index) });
  const a = summary.answers[section.id] ?? { status: 'open' as const, parts: [] };
  const old = pending.index >= 0 ? a.parts[pending.index] : undefined;
  if (old !== undefined) {
    replacePart(a, pending.index, pending.replacement, pending.messageId);
    out.say({
      kind: 'notice',
      text: `您刚才的更正已替换第${n}部分的第${pending.index + 1}条：${clip(pending.replacement, 60)}（原为：${clip(old, 40)}）。如不是更正，可发送 /edit ${n} 修改。`,
    });
  } else {
    const text = correctionRest(pending.text)?.trim() || pending.text;
    pushPart(a, text, { messageId: pending.messageId ?? null });
    a.status = 'open';
    out.say({
      kind: 'notice',
      text: `您刚才发的「${clip(pending.text, 40)}」已作为第${n}部分的第${a.parts.length}条记下（没能确定它更正的是哪一条）。如需修改，可发送 /edit ${n}。`,
    });
  }
  summary.answers[section.id] = a;
  out.touch(summary, ctx.now);
}

/**
 * A fact typed after an offline draft, still waiting for its part when the user did something
 * else: asked again after that event; a second fact typed meanwhile joins it.
 */
export function holdPlace(t: Turn, text: string) {
  const { state, summary } = t;
  const now = state.pending;
  if (now?.kind === 'confirmPlace' && now.summaryId === summary.id) {
    if (!now.text.includes(text)) now.text = `${text}\n${now.text}`;
    return;
  }
  if (now !== undefined || state.activeId !== summary.id) return;
  offerPlace(t, text);
}
