import { hasConcreteFact } from '../facts/concrete.js';
import { templateById } from '../templates/match.js';
import type { Section, Template } from '../templates/schema.js';
import { sectionWording } from '../templates/wording.js';
import { thinParts } from './depth.js';
import { pushPart } from './parts.js';
import { ANY_STEP, laterSections, nextOpenPosition, partOf, positionOfPart } from './position.js';
import { REFERENCE_LABEL, unverifiedSections } from './reference.js';
import type { EngineContext, Outcome, Turn } from './turn.js';
import type { Action, Answer, StepResult, Summary, UserState } from './types.js';
import { checkInstruction } from './validate.js';
import { chunk, draftedActions, LABEL, questionCard, whereNow } from './view.js';
import { dropLeadWord } from './words.js';

/** Asking for a draft or a revision: the checks before it, the daily quota, the follow-up. */

/** Today's quota day key; the server's UTC date is the clock every instance shares. */
export function dayOf(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

export function takeQuota(state: UserState, ctx: EngineContext, out: Outcome): boolean {
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

/**
 * Gives back quota slots taken by requests that made no version of their own: revisions merged
 * into one, a revision that changed nothing, a composition that failed. The quota counts the
 * versions a user actually got. Slots taken on another day are not today's to give back.
 */
export function giveBackQuota(state: UserState, slots: { day: string; count: number }): void {
  if (slots.count <= 0 || state.quota?.day !== slots.day) return;
  state.quota = { day: slots.day, count: Math.max(0, state.quota.count - slots.count) };
}

/**
 * A draft is asked for. `screenSeen`: the one screen before a draft (parts skipped for later,
 * last period's text not yet verified, parts that say little) was already shown for this
 * request, or the follow-up that comes after it is being answered. `direct`: the user tapped
 * [直接生成]/[照样生成]/[仍然生成（标注待核实）]/[不写这部分] on that screen, so the draft is made
 * now, with no follow-up question in between.
 */
export function requestDraft(t: Turn, opts: { screenSeen?: boolean; direct?: boolean } = {}) {
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
  // /draft typed again while the screen waits for a tap goes past it (the follow-up may follow).
  const again = t.pending?.kind === 'confirmDraft' && t.pending.summaryId === summary.id;
  if (!opts.screenSeen && !again && beforeDraftScreen(t)) return;
  // One follow-up per key section whose answer has no concrete fact, asked once, before the
  // first draft only — and not once the end screen has said what is thin: the user who then
  // asks for the draft has chosen to draft (the screen before it did the same, issue 24).
  if (summary.drafts.length === 0 && !opts.direct && !summary.endSeen) {
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

export function requestRevision(t: Turn, instruction: string) {
  const { state, summary, ctx, out } = t;
  if (summary.drafts.length === 0) {
    out.error('还没有草稿。请先点[生成草稿]，再告诉我怎么改。');
    return;
  }
  const checked = checkInstruction(instruction);
  if (!checked.ok) {
    out.say(checked.message);
    return;
  }
  const text = checked.value;
  if (ctx.canRevise === false && looksLikeMaterial(text)) return offerPlace(t, text);
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

/** 补充 11月还开了座谈会 25人参加: a fact to add, not an instruction to rewrite. */
function looksLikeMaterial(text: string): boolean {
  return dropLeadWord(text) !== text || hasConcreteFact(text);
}

/**
 * Without a model a revision in words cannot be made, but a fact typed after a draft must not
 * be lost: the user picks the part it belongs to (the text is held in the pending confirmation,
 * stored like any answer), then [重新生成] writes it in.
 */
export function offerPlace(t: Turn, text: string) {
  const { state, summary, template, out } = t;
  state.pending = { kind: 'confirmPlace', summaryId: summary.id, text };
  out.touch();
  const ref = { summaryId: summary.id };
  const parts: Action[] = template.sections.map((_section, index) => ({
    label: `第${index + 2}部分`,
    event: { type: 'confirm', ref: { ...ref, at: `place${index + 2}` } },
  }));
  const rows = chunk(parts, 4);
  const list = template.sections
    .map((s, i) => `${i + 2}. ${sectionWording(s, summary.info.unitType).title}`)
    .join('\n');
  out.say({
    kind: 'notice',
    text: [
      '按意见改写草稿需要大模型，当前未配置。',
      `如果这是要补充的内容，请选择加到哪一部分，再点[${LABEL.redraft}]写进草稿：`,
      list,
      '修改意见也可以直接在 Word 文件里改。',
    ].join('\n'),
    actions: [...rows, ...draftedActions(summary.id)],
  });
}

/** [第N部分] after offerPlace: the text is added to that part, which counts as answered. */
export function placeAfterDraft(t: Turn, text: string, part: number) {
  const { summary, template, ctx, out } = t;
  const section = template.sections[part - 2];
  if (!section) {
    out.stale(whereNow(template, summary));
    return;
  }
  const a: Answer = summary.answers[section.id] ?? { status: 'done', parts: [] };
  pushPart(a, dropLeadWord(text));
  a.status = 'done';
  a.leaveOut = undefined;
  summary.answers[section.id] = a;
  out.touch(summary, ctx.now);
  const title = sectionWording(section, summary.info.unitType).title;
  out.say({
    kind: 'ack',
    text: `已加入第${part}部分「${title}」（本部分共${a.parts.length}条）。点[${LABEL.redraft}]，草稿会写进这条内容。`,
    actions: draftedActions(summary.id),
  });
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
 * The parts never answered: not reached, or reached and left with nothing (not skipped, not
 * 不涉及, no message). The draft puts 【待补】 where they would go.
 */
export function unansweredSections(template: Template, summary: Summary) {
  return template.sections.flatMap((section, index) => {
    const a = summary.answers[section.id];
    const empty =
      !a || (a.status === 'open' && !a.parts.some((p) => p.trim() !== '') && !a.followUp);
    return empty ? [{ section, index }] : [];
  });
}

/** "3. 理论学习与政策宣传（总结必备）", one line per part. */
function partLines(summary: Summary, parts: { section: Section; index: number }[]): string[] {
  return parts.map(({ section, index }) => {
    const title = sectionWording(section, summary.info.unitType).title;
    return `${partOf({ kind: 'section', index })}. ${title}${section.required ? '（总结必备）' : ''}`;
  });
}

/**
 * The one screen before a draft, shown before any quota is spent: the parts never answered
 * (before the first draft) and the parts skipped for later (every request while there are
 * any, issue 13), the parts
 * holding last period's text not yet confirmed (every request while there are any, issue 14:
 * never drafted from silently) and the parts that say little (once per summary, `depthShown`),
 * on one card with [现在补充] (the first part never answered, else the first skipped) /
 * [核实第N部分] / [补充第N部分], [不写这部分] where parts were skipped, and one button that drafts
 * at once. False when there is nothing to show.
 */
export function beforeDraftScreen(t: Turn): boolean {
  const { state, summary, template, ctx, out } = t;
  // Before the first draft only: after it, the draft's 【待补】 and the 核对清单 name those parts,
  // and [重新生成] should not stop at the same list each time.
  // The same goes for skipped parts (issue 24: the list came back after each [重新生成]), and for
  // whatever the end screen has just listed: one screen says it, not two in a row.
  const listOpen = summary.drafts.length === 0 && !summary.endSeen;
  const unanswered = listOpen ? unansweredSections(template, summary) : [];
  const later = listOpen ? laterSections(template, summary) : [];
  const unverified = unverifiedSections(template, summary);
  const thin = listOpen && !summary.depthShown ? thinParts(template, summary) : [];
  if (
    unanswered.length === 0 &&
    later.length === 0 &&
    unverified.length === 0 &&
    thin.length === 0
  ) {
    return false;
  }
  state.pending = { kind: 'confirmDraft', summaryId: summary.id };
  if (thin.length > 0) summary.depthShown = true;
  out.touch(summary, ctx.now);
  const anyStep = { summaryId: summary.id, at: ANY_STEP };
  const ref = { summaryId: summary.id, at: 'draft' };
  const text: string[] = [];
  const rows: Action[][] = [];
  if (unanswered.length > 0) {
    text.push(`还有${unanswered.length}部分没有回答：`, ...partLines(summary, unanswered));
  }
  if (later.length > 0) {
    text.push(`还有${later.length}部分跳过待补：`, ...partLines(summary, later));
  }
  const first = unanswered[0] ?? later[0];
  if (first) {
    rows.push([
      {
        label: LABEL.fillNow,
        event: {
          type: 'edit',
          part: partOf({ kind: 'section', index: first.index }) as number,
          ref: anyStep,
        },
      },
    ]);
  }
  if (unverified.length > 0) {
    text.push(
      `⚠ ${unverified.map((p) => `第${p}部分`).join('、')}沿用了上次总结的内容，还没有核实。`,
      '上次的数字和日期今年未必适用，请先核实。不核实也能生成：这些内容会标注待核实，其中的数字和日期以【待补】代替，核对清单会列出。',
    );
    const confirms: Action[] = unverified.map((part) => ({
      label: REFERENCE_LABEL.confirm(part),
      event: { type: 'confirmLast', part, ref: anyStep },
    }));
    rows.push(...chunk(confirms, 3));
  }
  if (thin.length > 0) {
    text.push(
      thin.length === 1
        ? '这部分内容较少，补一两句会更充实（写做了什么、怎么做、效果如何）：'
        : `这${thin.length}部分内容较少，各补一两句会更充实（写做了什么、怎么做、效果如何）：`,
      ...thin.map((p) => `· 第${p.part}部分 ${p.title}（${p.why}）`),
    );
    const buttons: Action[] = thin.slice(0, 6).map((p) => ({
      label: LABEL.addTo(p.part),
      event: { type: 'edit', part: p.part, ref: anyStep },
    }));
    rows.push(...chunk(buttons, 3));
  }
  const go: Action = {
    label: first
      ? LABEL.draftAnyway
      : unverified.length > 0
        ? REFERENCE_LABEL.draftAnyway
        : LABEL.draftNow,
    event: { type: 'confirm', ref: { ...ref, at: 'draftAnyway' } },
  };
  const ending: string[] = [];
  if (unanswered.length > 0) ending.push(`点[${go.label}]，没有回答的部分在草稿里标【待补】`);
  if (later.length > 0) ending.push('跳过的部分草稿里不写');
  text.push(
    first ? `可以现在补充；${ending.join('，')}。` : `也可以点[${go.label}]，草稿按现有内容生成。`,
  );
  rows.push(
    later.length > 0
      ? [
          {
            // 不写这3部分 when several are listed: the user sees what the tap leaves out.
            label: later.length > 1 ? `不写这${later.length}部分` : LABEL.leaveOut,
            event: { type: 'confirm', ref: { ...ref, at: 'leaveOut' } },
          },
          go,
        ]
      : [go],
  );
  out.say({ kind: 'notice', text: text.join('\n'), actions: rows });
  return true;
}

/**
 * 不 / 不是 typed at the screen before a draft: no draft now; the first part the screen named
 * opens (as [现在补充] / [补充第N部分] would), or the current card when it named none.
 */
export function declineDraft(t: Turn) {
  const { summary, template, ctx, out } = t;
  const first = unansweredSections(template, summary)[0] ?? laterSections(template, summary)[0];
  const part =
    (first && (partOf({ kind: 'section', index: first.index }) as number)) ??
    unverifiedSections(template, summary)[0] ??
    thinParts(template, summary)[0]?.part;
  const pos = part !== undefined ? positionOfPart(template, part) : undefined;
  if (pos) {
    summary.position = pos;
    out.touch(summary, ctx.now);
  }
  out.say('好的，先不生成草稿。');
  out.say(questionCard(template, summary));
}

/**
 * [不写这部分] / [照样生成] / [仍然生成（标注待核实）] / [直接生成] on the screen before a draft:
 * the draft is made now.
 */
export function confirmDraft(t: Turn, at: string) {
  const { summary, template, ctx, out } = t;
  if (at === 'leaveOut') {
    for (const section of template.sections) {
      const a = summary.answers[section.id];
      if (a?.status === 'skipped') a.leaveOut = true;
    }
    out.touch(summary, ctx.now);
  }
  return requestDraft(t, { screenSeen: true, direct: true });
}
