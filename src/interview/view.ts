import { templateById } from '../templates/match.js';
import type { Template } from '../templates/schema.js';
import { infoWording, sectionWording } from '../templates/wording.js';
import { chinaDay } from '../text/china-time.js';
import { clipGraphemes } from '../text/cut.js';
import {
  ANY_STEP,
  activeSummary,
  laterSections,
  partCount,
  partOf,
  positionKey,
  settledParts,
} from './position.js';
import {
  documentParts,
  lastPeriodLine,
  originOf,
  partMark,
  REFERENCE_LABEL,
  unverifiedParts,
} from './reference.js';
import { draftTitle } from './title.js';
import type { Action, Answer, Ref, Reply, Summary, UserState } from './types.js';

/**
 * How the interview looks, as platform-neutral replies. Telegram turns actions into buttons,
 * the terminal into slash-command hints; the words are the same.
 */

export const LABEL = {
  newSummary: '新建总结',
  resume: '继续上次',
  list: '我的总结',
  finish: '完成本部分 ▶',
  hints: '提示',
  skip: '跳过',
  na: '不涉及',
  back: '◀ 上一步',
  clear: '清空本部分',
  confirmClear: '确定清空',
  keepAnswers: '保留回答',
  review: '查看全部回答',
  seeAnswers: '先看回答',
  draft: '生成草稿',
  outline: '查看提纲',
  redraft: '重新生成',
  skipFollowUp: '跳过追问',
  confirmDelete: '确认删除',
  cancel: '取消',
  yes: '是',
  yesFinish: '是，完成本部分',
  asAnswer: '不是，记为回答',
  skipForLater: '跳过，以后再补',
  keepAndFinish: '保留并完成本部分',
  confirmSkip: '确定跳过',
  confirmNa: '确定不涉及',
  fillNow: '现在补充',
  leaveOut: '不写这部分',
  draftAnyway: '照样生成',
  draftNow: '直接生成',
  addTo: (n: number) => `补充第${n}部分`,
  removePart: (n: number) => `删除第${n}条`,
  replacePart: (n: number) => `替换第${n}条`,
  asNewPart: '记为新的一条',
} as const;

/** How many of a part's messages its card lists (the card stays short: issue 24). */
const CARD_PARTS = 8;

export function refOf(summary: Summary, anyStep = false): Ref {
  return { summaryId: summary.id, at: anyStep ? ANY_STEP : positionKey(summary.position) };
}

export function unitOf(summary: Summary): string {
  return summary.info.unit || '（未填单位）';
}

/** The summary's display name: 清河镇2026年统战工作总结, or a placeholder while info is missing. */
export function summaryName(template: Template | undefined, summary: Summary): string {
  if (!template) return `${unitOf(summary)}（模板已不可用）`;
  if (!summary.info.unit) return `未命名的${template.name}`;
  return draftTitle(template, summary).title;
}

/** Buttons offered under a finished draft. */
export function draftedActions(summaryId: string) {
  const ref = { summaryId, at: ANY_STEP };
  return [
    [
      { label: LABEL.redraft, event: { type: 'draft' as const, ref } },
      { label: LABEL.review, event: { type: 'review' as const } },
    ],
    [{ label: LABEL.list, event: { type: 'list' as const } }],
  ];
}

export function greeting(state: UserState): Reply {
  const hasActive = activeSummary(state) !== undefined;
  const row: Action[] = [{ label: LABEL.newSummary, event: { type: 'new' } }];
  if (hasActive) row.push({ label: LABEL.resume, event: { type: 'resume' } });
  if (state.summaries.length > 0) row.push({ label: LABEL.list, event: { type: 'list' } });
  return {
    kind: 'notice',
    text: [
      '您好！我是总结助手，帮您起草工作总结（如统战工作总结）。',
      '我按部分逐项提问，您用几句话回答（可用语音转文字），最后我整理成公文格式的草稿和 Word 文件。',
      '您的回答保存在本助手的服务器上，只用于生成您的总结；发送 /delete 可随时全部删除。',
    ].join('\n'),
    actions: [row],
  };
}

export function helpText(): Reply {
  return {
    kind: 'notice',
    text: [
      '怎么用：',
      '1. 按提示分部分回答，直接发文字即可，一个部分可以分几条发；点[完成本部分 ▶]进入下一部分。',
      '2. 要改已发的一条：长按它点“回复”，发改好的内容即可替换（或直接编辑那条消息）。',
      '3. 答完点[生成草稿]，收到草稿和 Word 文件；再发修改意见即可改稿。',
      '常用命令：/review 查看全部回答　/draft 生成草稿　/list 我的总结　/new 新建',
      '更多：/edit N 改第N部分　/outline 提纲　/back 上一步　/skip 跳过　/na 不涉及　/cancel 暂停　/delete 删除全部数据',
    ].join('\n'),
  };
}

/** The template menu's card id: the chosen template's part 1 takes its place. */
export const MENU_CARD = 'menu';

export function templateMenu(templates: Template[]): Reply {
  return {
    kind: 'question',
    card: { id: MENU_CARD, mode: 'open', done: '请选择要写的总结类型' },
    text: [
      '请选择要写的总结类型（点按钮，或回复序号）：',
      ...templates.map((t, i) => `${i + 1}. ${t.name}：${t.description}`),
    ].join('\n'),
    actions: templates.map((t) => [
      { label: t.name, event: { type: 'chooseTemplate', templateId: t.id } },
    ]),
  };
}

/** Where the user stands, for an old button's answer: 「您现在在第5/11部分「…」。」 */
export function whereNow(template: Template, summary: Summary): string {
  const pos = summary.position;
  if (pos.kind === 'review') return '您现在在结尾：所有部分已走完，可以生成草稿。';
  if (pos.kind === 'drafted') return '您现在在草稿阶段：可以发修改意见或重新生成。';
  if (pos.kind === 'info') return `您现在在${progress(template, summary)}「基本信息」。`;
  const section = template.sections[pos.index];
  const title = section ? sectionWording(section, summary.info.unitType).title : '';
  return `您现在在${progress(template, summary)}「${title}」。`;
}

function progress(template: Template, summary: Summary): string {
  const part = partOf(summary.position) ?? partCount(template);
  return `第${part}/${partCount(template)}部分`;
}

/**
 * The year a summary is most likely about, from the day it was started (Beijing time): that
 * year, or the one before when started in January (annual summaries are due around New Year).
 */
function summaryYear(summary: Summary): string {
  const { year, month } = chinaDay(summary.createdAt);
  return String(month === 1 ? year - 1 : year);
}

/** Parts whose card shows every hint and the example (the first two; later ones on [提示]). */
const FULL_HINT_PARTS = 2;

/** How a card is shown: see Card (types.ts). */
export interface CardOptions {
  /** [提示]: every hint and the example, whatever the part. */
  hints?: boolean;
  /** The card on show changed (an answer, a field, a removal): edited in place. */
  update?: boolean;
  /** The card this one takes the place of (the template menu becomes part 1's card). */
  from?: string;
  /** Said at the top of part 1's card when a summary begins. */
  opening?: string;
}

/** The card id of the step a summary stands at: one per part (`s1:3`). */
export function cardId(summary: Summary): string | undefined {
  const part = summary.position.kind === 'followUp' ? undefined : partOf(summary.position);
  return part === undefined ? undefined : `${summary.id}:${part}`;
}

/** A question as a part's live card: its id, how it is shown and the line it collapses to. */
function asCard(reply: Reply, summary: Summary, done: string, opts: CardOptions): Reply {
  const id = cardId(summary);
  if (!id) return reply;
  return {
    ...reply,
    card: {
      id,
      mode: opts.update ? 'update' : 'open',
      ...(opts.from ? { from: opts.from } : {}),
      done: clip(done, 60),
    },
  };
}

/** The card for the current step: the question, hints, example and the actions on offer. */
export function questionCard(template: Template, summary: Summary, opts: CardOptions = {}): Reply {
  const pos = summary.position;
  const ref = refOf(summary);
  if (pos.kind === 'info') {
    const field = template.info[pos.field];
    if (!field) return reviewCard(template, summary);
    const current = summary.info[field.id];
    const wording = infoWording(field, summary.info.unitType);
    const head = `${progress(template, summary)} · 基本信息`;
    // Part 1 is one card: the fields answered so far on one line, then the field asked now.
    const filled = template.info
      .filter((f) => f !== field && summary.info[f.id])
      .map((f) => summary.info[f.id])
      .join(' · ');
    const lines = opts.opening ? [opts.opening] : [];
    lines.push(`${head}（${pos.field + 1}/${template.info.length}）`);
    if (filled) lines.push(`已填：${clip(filled, 60)}`);
    lines.push(wording.question);
    const example = field.kind === 'year' ? summaryYear(summary) : wording.example;
    if (example) lines.push(`例如：${example}`);
    if (current) lines.push(`当前：${current}（发送新内容可修改，点[完成本部分 ▶]保留）`);
    if (field.optional) lines.push('（可跳过）');
    const actions: Action[][] = [];
    if (field.kind === 'year') {
      // The year the summary is most likely about, and the one before it: a tap, not typing.
      const likely = Number(summaryYear(summary));
      actions.push(
        [String(likely), String(likely - 1)]
          .filter((y) => y !== current)
          .map((y) => ({ label: y, event: { type: 'choose' as const, value: y, ref } })),
      );
    }
    if (field.kind === 'choice' && field.options) {
      actions.push(
        ...chunk(
          field.options.map((o) => ({
            label: o,
            event: { type: 'choose' as const, value: o, ref },
          })),
          3,
        ),
      );
    }
    // Earlier answers offered as values (the 落款: the 领导机关, the unit), short enough for a button.
    const suggested = [
      ...new Set((field.suggest ?? []).map((id) => (summary.info[id] ?? '').trim())),
    ].filter((v) => v !== '' && v !== current && new TextEncoder().encode(v).length <= 45);
    if (suggested.length > 0) {
      actions.push(
        ...chunk(
          suggested.map((v) => ({ label: v, event: { type: 'choose' as const, value: v, ref } })),
          2,
        ),
      );
    }
    // The very first question has nothing before it.
    const nav: Action[] =
      pos.field > 0 ? [{ label: LABEL.back, event: { type: 'back', ref } }] : [];
    if (current) nav.push({ label: LABEL.finish, event: { type: 'finish', ref } });
    if (field.optional) nav.push({ label: LABEL.skip, event: { type: 'skip', ref } });
    if (nav.length > 0) actions.push(nav);
    if (summary.lastPeriod && pos.field === 0 && Object.keys(summary.info).length === 0) {
      lines.push(`上次（${summary.lastPeriod.title}）的基本信息可以沿用，期间和年份仍需您选。`);
      actions.unshift([{ label: REFERENCE_LABEL.reuseInfo, event: { type: 'reuseInfo', ref } }]);
    }
    const all = template.info.map((f) => summary.info[f.id]).filter(Boolean);
    const done = `${head}${all.length > 0 ? `：${all.join(' · ')}` : ''}`;
    return asCard({ kind: 'question', text: lines.join('\n'), actions }, summary, done, opts);
  }
  if (pos.kind === 'section' || pos.kind === 'followUp') {
    const section = template.sections[pos.index];
    if (!section) return reviewCard(template, summary);
    const w = sectionWording(section, summary.info.unitType);
    const answer = summary.answers[section.id];
    if (pos.kind === 'followUp') {
      return {
        kind: 'question',
        text: [
          `补充一问 · ${w.title}`,
          answer?.followUp?.question ?? w.followUp ?? w.hints[0] ?? '',
          '（回答一句即可；不清楚可点[跳过追问]）',
        ].join('\n'),
        actions: [[{ label: LABEL.skipFollowUp, event: { type: 'skip', ref } }]],
      };
    }
    const head = `${progress(template, summary)} · ${w.title}`;
    const lines = [head, w.question];
    const parts = answer?.parts ?? [];
    // Hints step back: in full on the first parts until answers come (or on [提示]); later, the
    // first one only; once the part has answers, the card shows them instead.
    const first = pos.index < FULL_HINT_PARTS;
    const full = opts.hints || (first && parts.length === 0);
    if (full) {
      lines.push('', '提示：', ...w.hints.map((h) => `· ${h}`));
      lines.push(`示例：${w.example.replace(/^例[：:]\s*/, '')}`);
    } else if (w.hints[0] && parts.length === 0) {
      lines.push(`（如：${w.hints[0]} 更多提示和示例点[提示]）`);
    }
    if (answer && parts.length > 0) {
      // The ✍ on each message is explained on the first parts' cards, where it is new.
      lines.push(
        '',
        first
          ? `已记录${parts.length}条（消息上的 ✍ 表示已记录，可接着发；回复其中一条消息可替换它）：`
          : `已记录${parts.length}条：`,
      );
      // A document can put dozens of sentences into one part: the card lists the first ones.
      const shown = parts.slice(0, CARD_PARTS);
      lines.push(
        ...shown.map((p, i) => `${i + 1}. ${partMark(originOf(answer, i))}${clip(p, 30)}`),
      );
      if (parts.length > CARD_PARTS) lines.push(`……另有${parts.length - CARD_PARTS}条`);
    }
    const reference = lastPeriodLine(summary, section.id);
    const referenced = answer?.source?.some((o) => o?.kind === 'lastPeriod');
    if (reference && !referenced) lines.push('', reference);
    if (full && parts.length === 0) lines.push('', '也可以直接打字：完成、跳过、上一步。');
    const row1: Action[] = [{ label: LABEL.finish, event: { type: 'finish', ref } }];
    if (!full) row1.push({ label: LABEL.hints, event: { type: 'hints', ref } });
    const row2: Action[] = [];
    if (section.skippable) row2.push({ label: LABEL.skip, event: { type: 'skip', ref } });
    if (w.notApplicable) row2.push({ label: LABEL.na, event: { type: 'na', ref } });
    row2.push({ label: LABEL.back, event: { type: 'back', ref } });
    const actions = [row1, row2];
    if (parts.length > 0) {
      const removes = parts.slice(0, MAX_REMOVE_BUTTONS).map((_, i) => ({
        label: LABEL.removePart(i + 1),
        event: { type: 'removePart' as const, index: i, of: parts.length, ref },
      }));
      actions.push(...chunk(removes, 4));
      actions.push([{ label: LABEL.clear, event: { type: 'clear', ref } }]);
    }
    if (reference && !referenced) {
      actions.push([{ label: REFERENCE_LABEL.useLast, event: { type: 'useLast', ref } }]);
    }
    const done = `${head}${parts.length > 0 ? `：已记录${parts.length}条` : ''}`;
    return asCard({ kind: 'question', text: lines.join('\n'), actions }, summary, done, opts);
  }
  return reviewCard(template, summary);
}

/** A part's card offers [删除第N条] for its first messages (a longer answer: [清空本部分]). */
const MAX_REMOVE_BUTTONS = 12;

function statusLine(answer: Answer | undefined): string {
  if (!answer) return '未填';
  switch (answer.status) {
    case 'skipped':
      return answer.leaveOut ? '不写' : '⏳ 已跳过，待补';
    case 'na':
      return '不涉及';
    case 'open':
      return answer.parts.length > 0 ? `填写中（${answer.parts.length}条）` : '未填';
    default:
      return `✅ ${answer.parts.length}条`;
  }
}

/** All answers, compactly, with a button to edit each part and to draft. */
export function reviewCard(template: Template, summary: Summary): Reply {
  const lines = [`《${summaryName(template, summary)}》全部回答：`];
  const info = template.info
    .map((f) => summary.info[f.id])
    .filter((v): v is string => Boolean(v))
    .join(' · ');
  lines.push(`1. 基本信息：${info || '未填'}`);
  template.sections.forEach((section, i) => {
    const w = sectionWording(section, summary.info.unitType);
    const answer = summary.answers[section.id];
    const gist = answer && answer.status !== 'skipped' && answer.status !== 'na' && answer.parts[0];
    lines.push(
      `${i + 2}. ${w.title}：${statusLine(answer)}${gist ? `｜${clip(answer.parts.join(' '), 40)}` : ''}`,
    );
  });
  const marks: string[] = [];
  const confirms: Action[] = [];
  template.sections.forEach((section, i) => {
    const answer = summary.answers[section.id];
    if (!answer || answer.status === 'skipped' || answer.status === 'na') return;
    const unverified = unverifiedParts(answer).length;
    if (unverified > 0) {
      marks.push(`⚠ 待核实：第${i + 2}部分有${unverified}条沿用上次的内容`);
      confirms.push({
        label: REFERENCE_LABEL.confirm(i + 2),
        event: { type: 'confirmLast', part: i + 2, ref: refOf(summary, true) },
      });
    }
    const fromFile = documentParts(answer);
    if (fromFile > 0) marks.push(`📄 第${i + 2}部分有${fromFile}句来自文件（原句）`);
  });
  if (marks.length > 0) lines.push('', ...marks);
  const done = settledParts(template, summary);
  const total = partCount(template);
  const later = laterSections(template, summary).length;
  lines.push(
    '',
    later > 0
      ? `已完成 ${done - later}/${total} 部分，⏳ ${later}部分跳过待补（点[修改第N部分]补充）。`
      : done === total
        ? '全部部分已完成，可以生成草稿。'
        : `已完成 ${done}/${total} 部分。`,
  );
  const ref = refOf(summary, true);
  const edits: Action[] = [];
  for (let part = 1; part <= total; part++) {
    edits.push({ label: `修改第${part}部分`, event: { type: 'edit', part, ref } });
  }
  const tail: Action[] = [
    { label: LABEL.draft, event: { type: 'draft', ref } },
    { label: LABEL.outline, event: { type: 'outline' } },
  ];
  if (summary.position.kind !== 'review' && summary.position.kind !== 'drafted') {
    tail.push({ label: LABEL.resume, event: { type: 'resume', summaryId: summary.id } });
  }
  return {
    kind: 'review',
    text: lines.join('\n'),
    actions: [...chunk(edits, 3), ...chunk(confirms, 3), tail],
  };
}

/** The user's summaries, newest first, each with continue/delete and its draft versions. */
export function listCard(state: UserState, templates: Template[]): Reply {
  if (state.summaries.length === 0) {
    return {
      kind: 'list',
      text: '您还没有总结。点[新建总结]开始。',
      actions: [[{ label: LABEL.newSummary, event: { type: 'new' } }]],
    };
  }
  const sorted = [...state.summaries].sort((a, b) => b.updatedAt - a.updatedAt);
  const lines = ['我的总结：'];
  const actions: Action[][] = [];
  sorted.forEach((s, i) => {
    const template = templateById(templates, s.templateId);
    const n = i + 1;
    const where = template
      ? s.position.kind === 'drafted'
        ? `已出草稿${s.drafts.length}版`
        : s.position.kind === 'review'
          ? '已答完'
          : `进行到${progress(template, s)}`
      : '模板不可用';
    const mark = s.id === state.activeId ? '（当前）' : '';
    lines.push(
      `${n}. ${summaryName(template, s)}${mark} · ${where} · 更新于${isoDate(s.updatedAt)}`,
    );
    actions.push([
      { label: `继续 ${n}`, event: { type: 'resume', summaryId: s.id } },
      { label: `删除 ${n}`, event: { type: 'deleteSummary', summaryId: s.id } },
    ]);
    const versions = s.drafts.slice(-4).map((d) => ({
      label: `${n}·${d.version === s.finalVersion ? '定稿' : '草稿'}v${d.version}`,
      event: { type: 'showDraft' as const, summaryId: s.id, version: d.version },
    }));
    if (versions.length > 0) actions.push(versions);
  });
  return { kind: 'list', text: lines.join('\n'), actions };
}

/**
 * A stored version as the user sees it: 草稿第2版（2026年12月3日 15:40）. The time is Beijing
 * time, where the users are, whatever the server's zone.
 */
export function versionLabel(version: number, createdAt: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(createdAt))
      .map((p) => [p.type, p.value]),
  );
  return `草稿第${version}版（${parts.year}年${Number(parts.month)}月${Number(parts.day)}日 ${parts.hour}:${parts.minute}）`;
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** At most `max` characters (graphemes: an emoji is never cut in half) on one line, then …. */
export function clip(text: string, max: number): string {
  return clipGraphemes(text.replace(/\s+/g, ' '), max);
}

/** Buttons in rows of `size`, as a phone shows them. */
export function chunk<T>(items: T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}
