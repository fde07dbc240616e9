import type { Template } from '../templates/schema.js';
import { clipGraphemes } from '../text/cut.js';
import { beforeDraftScreen } from './drafts.js';
import { addPart } from './intake.js';
import { partOf } from './position.js';
import {
  isUnverified,
  originOf,
  REFERENCE_LABEL,
  unverifiedParts,
  unverifiedSections,
} from './reference.js';
import type { Turn } from './turn.js';
import type { IntakeEvent, LastPeriod, UserState } from './types.js';
import { LABEL, questionCard, refOf, reviewCard } from './view.js';

/**
 * Last period as a starting point. A new summary keeps a copy of the user's previous summary of
 * the same template (its basic info and its answers), offered as [沿用上次的基本信息] and, under
 * each part's question, as a one-line reference with [参考上次]. A copied answer is marked
 * ⚠ 待核实 until the user confirms it: last year's numbers must not slip into this year's draft
 * unnoticed, so /draft names such parts first and the draft request marks them.
 */

/** Basic-info fields that belong to a period, never taken over. */
const PER_PERIOD = new Set(['period', 'year']);

/** The snapshot a new summary starts with, from the newest earlier one with something in it. */
export function lastPeriodFor(
  state: UserState,
  template: Template,
  newId: string,
): LastPeriod | undefined {
  const earlier = state.summaries
    .filter((s) => s.id !== newId && s.templateId === template.id)
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .find((s) => s.info.unit || Object.values(s.answers).some((a) => a.parts.length > 0));
  if (!earlier) return undefined;
  const answers: Record<string, string> = {};
  for (const section of template.sections) {
    const a = earlier.answers[section.id];
    if (!a || a.status === 'skipped' || a.status === 'na') continue;
    const text = a.parts
      .map((p) => p.trim())
      .filter(Boolean)
      .join('\n');
    if (text) answers[section.id] = text;
  }
  const info: Record<string, string> = {};
  for (const [k, v] of Object.entries(earlier.info)) if (!PER_PERIOD.has(k) && v) info[k] = v;
  const year = earlier.info.year ? `${earlier.info.year}年` : '';
  return {
    summaryId: earlier.id,
    title: `${earlier.info.unit ?? ''}${year}${earlier.info.period ?? ''}`,
    info,
    answers,
  };
}

export function handlePrevious(
  t: Turn,
  event: Extract<IntakeEvent, { type: 'reuseInfo' | 'useLast' | 'confirmLast' }>,
) {
  if (event.type === 'reuseInfo') return reuseInfo(t);
  if (event.type === 'useLast') return useLast(t);
  return confirmLast(t, event.part);
}

function reuseInfo(t: Turn) {
  const { summary, template, ctx, out } = t;
  const last = summary.lastPeriod;
  if (!last) return;
  const taken: string[] = [];
  for (const field of template.info) {
    const v = last.info[field.id];
    if (v && !PER_PERIOD.has(field.id)) {
      summary.info[field.id] = v;
      taken.push(`${field.label}：${v}`);
    }
  }
  const next = template.info.findIndex((f) => !f.optional && !summary.info[f.id]);
  summary.position = { kind: 'info', field: Math.max(next, 0) };
  out.touch(summary, ctx.now);
  out.say({
    kind: 'ack',
    text: `已沿用上次的基本信息：\n${taken.join('\n')}\n（要改某一项，可在 /review 里点[修改第1部分]。）`,
  });
  out.say(questionCard(template, summary));
}

function useLast(t: Turn) {
  const { summary, template, ctx, out } = t;
  const pos = summary.position;
  const section = pos.kind === 'section' ? template.sections[pos.index] : undefined;
  const earlier = section && summary.lastPeriod?.answers[section.id];
  if (!section || !earlier) {
    out.error('这一部分上次没有写内容，请直接输入。');
    return;
  }
  const batch = `p${ctx.now.toString(36)}`;
  if (!addPart(t, section.id, earlier, { kind: 'lastPeriod', batch })) return;
  const part = partOf(pos) ?? 0;
  const ref = refOf(summary, true);
  out.say({
    kind: 'ack',
    text: [
      `已参考上次的内容（⚠ 待核实）：${clipGraphemes(earlier.replace(/\s+/g, ' '), 120)}`,
      '请核对其中的数字、日期、名称今年是否仍然适用：无误请点[核实]；需要改动请点[撤销]后重写，或继续补充今年的内容。',
      '未核实的内容会在 /review 和成稿前列出，成稿时其中的数字和日期不会直接写入。',
    ].join('\n'),
    actions: [
      [
        {
          label: REFERENCE_LABEL.confirm(part),
          event: { type: 'confirmLast', part, ref },
        },
        { label: '撤销', event: { type: 'undoIntake', batch, ref } },
      ],
      [{ label: LABEL.finish, event: { type: 'finish', ref: refOf(summary) } }],
    ],
  });
}

function confirmLast(t: Turn, part: number) {
  const { summary, template, ctx, out } = t;
  // Tapped on the screen before a draft: that screen's buttons lapse with this tap, so the user
  // gets it again (what is still open) or, with nothing left on it, a button that drafts.
  const fromScreen = t.pending?.kind === 'confirmDraft' && t.pending.summaryId === summary.id;
  const section = template.sections[part - 2];
  const a = section && summary.answers[section.id];
  if (!a || unverifiedParts(a).length === 0) {
    out.say({ kind: 'stale', text: '这一部分没有待核实的内容。' });
    return;
  }
  a.source = (a.source ?? []).map((o, i) =>
    o && isUnverified(originOf(a, i)) ? { ...o, confirmed: true } : o,
  );
  out.touch(summary, ctx.now);
  out.say({ kind: 'ack', text: `已核实第${part}部分沿用上次的内容。` });
  if (fromScreen) {
    if (beforeDraftScreen(t)) return;
    out.say({
      kind: 'notice',
      text: '沿用上次的内容都已核实，可以生成草稿了。',
      actions: [[{ label: LABEL.draft, event: { type: 'draft', ref: refOf(summary, true) } }]],
    });
    return;
  }
  const left = unverifiedSections(template, summary);
  if (summary.position.kind === 'review' || summary.position.kind === 'drafted') {
    out.say(reviewCard(template, summary));
  } else if (left.length > 0) {
    out.say(`还有待核实的部分：${left.map((p) => `第${p}部分`).join('、')}。`);
  }
}
