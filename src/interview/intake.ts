import { sectionWording } from '../templates/wording.js';
import { clipGraphemes } from '../text/cut.js';
import { answer } from './answers.js';
import { dayOf } from './drafts.js';
import { pushPart, removeParts } from './parts.js';
import { partCount, partOf, positionOfPart } from './position.js';
import type { Turn } from './turn.js';
import type { Action, Answer, IntakeEvent, PartOrigin, Summary, UserState } from './types.js';
import { checkAnswerText, MAX_SECTION_CHARS } from './validate.js';
import { chunk, LABEL, questionCard, refOf } from './view.js';

/**
 * Material that was not typed, engine side (pure): a voice note already transcribed, a document
 * or long pasted text already read (its text stays with the adapter until it is placed), the
 * sentences placed into parts, and [撤销] of any of these. Every part added here carries its
 * origin, so /review shows where it came from and [撤销] removes exactly what one action added.
 */

export const INTAKE_LABEL = {
  undo: '撤销',
  retype: '改为文字重发',
  sort: '按部分整理',
  addHere: '全部加入本部分',
  split: '按句分开',
  withdraw: '撤出这段',
  view: (part: number) => `查看第${part}部分`,
} as const;

/** Longest transcript shown back in full; a longer one is shown cut (it is stored whole). */
const SHOWN_CHARS = 600;
/** A read file's first sentence is shown this long, enough to see it is the right text. */
const FIRST_SHOWN = 40;

export function handleIntake(t: Turn, event: IntakeEvent): void {
  switch (event.type) {
    case 'voice':
      if (event.seconds) spendVoice(t, event.seconds);
      return voice(t, event.text, event.batch);
    case 'material':
      return offer(t, event);
    case 'sortMaterial':
    case 'addMaterial':
      return startPlacing(t, event);
    case 'withdrawPaste':
      t.out.effects.push({
        type: 'withdrawPaste',
        summaryId: t.summary.id,
        key: event.key,
        batch: t.ctx.now.toString(36),
      });
      return;
    case 'placeMaterial':
      return place(t, event);
    case 'undoIntake':
      return undo(t, event.batch, event.retype === true);
    default:
      return;
  }
}

/** Voice seconds left today for this user (VOICE_MINUTES_PER_DAY), by the stored count. */
export function voiceSecondsLeft(state: UserState, now: number, perDay: number): number {
  const used = state.voiceToday?.day === dayOf(now) ? state.voiceToday.seconds : 0;
  return Math.max(0, perDay - used);
}

/** The transcribed seconds are counted in the record, written with the transcript. */
function spendVoice(t: Turn, seconds: number) {
  const day = dayOf(t.ctx.now);
  const used = t.state.voiceToday?.day === day ? t.state.voiceToday.seconds : 0;
  t.state.voiceToday = { day, seconds: used + seconds };
  t.out.touch();
}

/** Appends one part with its origin to a section; false (with a message) when it does not fit. */
export function addPart(t: Turn, sectionId: string, text: string, origin: PartOrigin): boolean {
  const { summary, ctx, out } = t;
  const a: Answer = summary.answers[sectionId] ?? { status: 'open', parts: [] };
  const size = a.parts.reduce((n, p) => n + p.length, 0);
  if (size + text.length > MAX_SECTION_CHARS) {
    out.error(
      `本部分已有 ${size} 字，再加这条会超过 ${MAX_SECTION_CHARS} 字的上限。请精简后再发，或点[完成本部分 ▶]。`,
    );
    return false;
  }
  pushPart(a, text, { origin });
  a.status = 'open';
  summary.answers[sectionId] = a;
  out.touch(summary, ctx.now);
  return true;
}

function voice(t: Turn, raw: string, batch: string) {
  const { summary, template, out } = t;
  const pos = summary.position;
  const shown = clipGraphemes(raw.trim(), SHOWN_CHARS);
  const section = pos.kind === 'section' ? template.sections[pos.index] : undefined;
  if (!section) {
    // Basic info, a follow-up, review or a drafted summary: the transcript is the message.
    out.say({ kind: 'notice', text: `🎤 已转写：${shown}` });
    return answer(t, raw);
  }
  const checked = checkAnswerText(raw);
  if (!checked.ok) {
    out.error(`🎤 转写结果：${shown || '（空）'}\n${checked.message}`);
    return;
  }
  if (!addPart(t, section.id, checked.value, { kind: 'voice', batch })) return;
  const count = summary.answers[section.id]?.parts.length ?? 0;
  const ref = refOf(summary, true);
  out.say({
    kind: 'ack',
    text: `🎤 已转写并记录：${shown}\n（本部分共${count}条。转写有误可点[撤销]或[改为文字重发]。）`,
    actions: [
      [
        { label: INTAKE_LABEL.undo, event: { type: 'undoIntake', batch, ref } },
        { label: INTAKE_LABEL.retype, event: { type: 'undoIntake', batch, retype: true, ref } },
      ],
      [{ label: LABEL.finish, event: { type: 'finish', ref: refOf(summary) } }],
    ],
  });
}

/** The offer after a document was read (or a long message pasted). */
function offer(t: Turn, e: Extract<IntakeEvent, { type: 'material' }>) {
  const { summary, template, out } = t;
  const ref = refOf(summary, true);
  const what = e.name ? `文件《${e.name}》` : '这段文字';
  const pos = summary.position;
  const here = pos.kind === 'section' ? partOf(pos) : undefined;
  const lines = [`已读取${what}：约${e.chars}字、${e.sentences}句。`];
  if (e.first) lines.push(`第一句：「${clipGraphemes(e.first, FIRST_SHOWN)}」`);
  const actions: Action[][] = [];
  if (e.pasted && here) return offerPaste(t, e, here, lines);
  if (e.canSort) {
    lines.push('点[按部分整理]，我把每句原文归入对应的部分（原句不改写），归不进的单独列出。');
    const row: Action[] = [
      { label: INTAKE_LABEL.sort, event: { type: 'sortMaterial', key: e.key, ref } },
    ];
    if (here && !e.pasted) {
      row.push({
        label: INTAKE_LABEL.addHere,
        event: { type: 'addMaterial', key: e.key, part: here, ref },
      });
    }
    actions.push(row);
  } else if (here) {
    const title = sectionTitle(t, here);
    lines.push(
      `未配置大模型，无法自动分类。点下面的按钮，把全文按句加入当前的第${here}部分（${title}）。`,
    );
    actions.push([
      {
        label: `加入第${here}部分`,
        event: { type: 'addMaterial', key: e.key, part: here, ref },
      },
    ]);
  } else {
    lines.push('未配置大模型，无法自动分类。请选择要把全文加入哪个部分：');
    const buttons: Action[] = [];
    for (let part = 2; part <= partCount(template); part++) {
      buttons.push({
        label: `第${part}部分`,
        event: { type: 'addMaterial', key: e.key, part, ref },
      });
    }
    actions.push(...chunk(buttons, 4));
  }
  lines.push('（文件内容只在内存中保留30分钟；只有归入各部分的句子会保存。）');
  out.say({ kind: 'notice', text: lines.join('\n'), actions });
}

/**
 * A long pasted message, or one that reads like a whole document (last year's summary: other
 * years, its own headings, 不足 and 打算), is recorded as sent — nothing typed is lost — and then
 * offered, never silently kept: [按部分整理] (with a model), [按句分开] (its sentences as messages
 * of this part, its title and headings left out), [撤出这段] (taken back out).
 */
function offerPaste(
  t: Turn,
  e: Extract<IntakeEvent, { type: 'material' }>,
  here: number,
  lines: string[],
) {
  const ref = refOf(t.summary, true);
  lines.push(
    e.documentLike
      ? `这段文字像一份完整的材料（有别的年份、小标题或不足、打算），已先原样记入第${here}部分，草稿会照录它。请选择：`
      : `这段文字较长，已先原样记入第${here}部分。请选择：`,
  );
  const row: Action[] = [];
  if (e.canSort)
    row.push({ label: INTAKE_LABEL.sort, event: { type: 'sortMaterial', key: e.key, ref } });
  row.push({
    label: INTAKE_LABEL.split,
    event: { type: 'addMaterial', key: e.key, part: here, ref },
  });
  row.push({ label: INTAKE_LABEL.withdraw, event: { type: 'withdrawPaste', key: e.key, ref } });
  lines.push(
    [
      e.canSort ? '[按部分整理]：每句原文归入对应的部分' : '',
      `[按句分开]：拆成${e.sentences}条记在本部分（去掉标题、小标题），不要的可在 /edit ${here} 里删除`,
      '[撤出这段]：不记入',
      '不点则保留原样。',
    ]
      .filter(Boolean)
      .join('；'),
  );
  t.out.say({ kind: 'notice', text: lines.join('\n'), actions: [row] });
}

function sectionTitle(t: Turn, part: number): string {
  const section = t.template.sections[part - 2];
  return section ? sectionWording(section, t.summary.info.unitType).title : '';
}

/** A tap on [按部分整理] or [加入第N部分]: the adapter does the I/O, then sends placeMaterial. */
function startPlacing(t: Turn, e: Extract<IntakeEvent, { type: 'sortMaterial' | 'addMaterial' }>) {
  const { summary, template, ctx, out } = t;
  const batch = ctx.now.toString(36);
  if (e.type === 'sortMaterial') {
    out.say({ kind: 'notice', text: '⏳ 正在按部分整理，请稍候……' });
    out.effects.push({ type: 'sortMaterial', summaryId: summary.id, key: e.key, batch });
    return;
  }
  if (!positionOfPart(template, e.part) || e.part < 2) {
    out.error('没有这个部分，请重新选择。');
    return;
  }
  out.effects.push({
    type: 'addMaterial',
    summaryId: summary.id,
    key: e.key,
    batch,
    part: e.part,
  });
}

/** Sentences placed into parts, verbatim, then one summary screen. */
function place(t: Turn, e: Extract<IntakeEvent, { type: 'placeMaterial' }>) {
  const { summary, template, out } = t;
  const removed = e.replaces !== undefined && removePasted(summary, e.replaces);
  if (removed && e.replaces) summary.pastedBefore = { batch: e.batch, ...e.replaces };
  const counts: { part: number; n: number }[] = [];
  const unplaced = [...e.unplaced];
  for (const { part, sentences } of e.placed) {
    const section = template.sections[part - 2];
    let n = 0;
    for (const sentence of sentences) {
      const checked = section ? checkAnswerText(sentence) : { ok: false as const };
      if (
        section &&
        checked.ok &&
        addPart(t, section.id, checked.value, {
          kind: 'document',
          batch: e.batch,
          ...(e.name ? { name: e.name } : {}),
        })
      ) {
        n++;
      } else unplaced.push(sentence);
    }
    if (n > 0) counts.push({ part, n });
  }
  // Placing sentences reopens a finished part: drop the size messages addPart said per sentence.
  out.replies = out.replies.filter((r) => r.kind !== 'error');
  counts.sort((a, b) => a.part - b.part);
  const placedText = counts.map((c) => `第${c.part}部分 ${c.n}句`).join('、');
  if (e.withdraw) {
    out.touch(summary, t.ctx.now);
    out.say({
      kind: 'notice',
      text: removed
        ? '已撤出这段文字，没有记入。'
        : '这段文字已不在原来的部分里（可能已修改或删除），没有改动。',
      actions: removed
        ? [
            [
              {
                label: INTAKE_LABEL.undo,
                event: { type: 'undoIntake', batch: e.batch, ref: refOf(summary, true) },
              },
            ],
          ]
        : [],
    });
    return;
  }
  const lines = [
    counts.length > 0
      ? `已归入：${placedText}；未归入 ${unplaced.length}句`
      : `没有句子归入任何部分；未归入 ${unplaced.length}句`,
  ];
  if (unplaced.length > 0) {
    lines.push(
      '未归入的句子（没有保存）：',
      ...unplaced.slice(0, 5).map((s) => `· ${clipGraphemes(s, 60)}`),
    );
    if (unplaced.length > 5) lines.push(`……另有${unplaced.length - 5}句`);
  }
  lines.push('原句照录，标为「来自文件」；成稿时才改写为公文语言。');
  const ref = refOf(summary, true);
  const views: Action[] = counts.map((c) => ({
    label: INTAKE_LABEL.view(c.part),
    event: { type: 'edit', part: c.part, ref },
  }));
  const actions: Action[][] = chunk(views, 3);
  if (counts.length > 0 || e.replaces) {
    actions.push([
      { label: INTAKE_LABEL.undo, event: { type: 'undoIntake', batch: e.batch, ref } },
    ]);
  }
  out.touch(summary, t.ctx.now);
  out.say({ kind: 'notice', text: lines.join('\n'), actions });
}

/** The pasted message being sorted leaves the part it was first recorded in. */
function removePasted(summary: Summary, r: { sectionId: string; text: string }): boolean {
  const a = summary.answers[r.sectionId];
  if (!a) return false;
  const i = a.parts.lastIndexOf(r.text);
  if (i < 0) return false;
  removeParts(a, (k) => k === i);
  if (a.parts.length === 0 && a.status === 'done') a.status = 'open';
  return true;
}

/** Removes every part one action added, in every section of the summary. */
function undo(t: Turn, batch: string, retype: boolean) {
  const { summary, template, ctx, out } = t;
  let removed = 0;
  for (const a of Object.values(summary.answers)) {
    if (!a.source) continue;
    const source = a.source;
    const gone = removeParts(a, (i) => source[i]?.batch === batch);
    removed += gone;
    if (gone > 0 && a.parts.length === 0 && a.status === 'done') {
      a.status = 'open';
    }
  }
  // Undoing the sorting of a pasted message puts the message back where it was recorded.
  const pasted = summary.pastedBefore;
  let restored = false;
  if (pasted?.batch === batch) {
    const a: Answer = summary.answers[pasted.sectionId] ?? { status: 'open', parts: [] };
    pushPart(a, pasted.text);
    a.status = 'open';
    summary.answers[pasted.sectionId] = a;
    summary.pastedBefore = undefined;
    restored = true;
  }
  if (removed === 0 && !restored) {
    out.say({ kind: 'stale', text: '这条内容已经撤销过了（或已被清空）。' });
    return;
  }
  out.touch(summary, ctx.now);
  out.say({
    kind: 'ack',
    text: retype
      ? '已撤销这条语音记录。请直接输入文字重发。'
      : `已撤销，移除了${removed}条${removed > 1 ? '（本次加入的全部句子）' : ''}。${restored ? '原来粘贴的整段文字已放回原处。' : ''}`,
  });
  if (summary.position.kind === 'section') out.say(questionCard(template, summary));
}
