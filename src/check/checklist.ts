import { clipGraphemes, headWithin } from '../text/cut.js';
import type { CheckReport, ClaimKind, OmittedFact, UntracedFact } from './checker.js';

/**
 * The 核对清单 sent with each draft. Its first line says exactly what was checked and what was
 * found; then the problems, most serious first (invented facts, dropped facts, structure, the
 * 【待补】 left), each quoting the clause it stands in (a phone shows no line numbers). Short
 * enough for a phone: ≤ CHECKLIST_MAX_CHARS, and when it has to be cut the full list is one tap
 * away ([完整核对清单]). The report itself keeps everything; this is only its Chinese rendering.
 */

export const CHECKLIST_MAX_CHARS = 800;

/** What the checker reads, in the words of the verdict. */
export const CHECKED_KINDS = '数字、日期、名称、文件名和引语';

export const CHECKLIST_OK = `✅ 核对完成：${CHECKED_KINDS}已逐条核对，均能在您的回答中找到出处，回答中的这些事实草稿也都写到了。`;

/** The label of the button that shows the whole list when the message had to be cut. */
export const FULL_CHECKLIST_LABEL = '完整核对清单';

const KIND_WORD: Record<ClaimKind, string> = {
  number: '数字',
  date: '日期',
  period: '日期',
  title: '文件名',
  quote: '引语',
  org: '名称',
  person: '名称',
  event: '名称',
  ethnic: '名称',
  country: '名称',
};

export function kindWord(kind: ClaimKind): string {
  return KIND_WORD[kind];
}

/** 《…》 and quotes are shown as written; other facts get “” so they stand out. */
function label(kind: ClaimKind, text: string): string {
  if (kind === 'title') {
    const cut = clipGraphemes(text, 22, '');
    return cut === text ? text : `${clipGraphemes(text, 20)}》`;
  }
  if (kind === 'quote') return clipGraphemes(text, 22);
  return `“${clipGraphemes(text, 20)}”`;
}

function item(kind: ClaimKind, text: string, clause: string, lead: string): string {
  const shown = label(kind, text);
  const bare = clause.replace(/^…|…$/g, '');
  return bare === text || bare === '' ? shown : `${shown}（${lead}“${clause}”）`;
}

/** The same text in several places is one item, quoted where it first stands. */
function untracedItems(untraced: UntracedFact[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of untraced) {
    const k = `${f.kind}\u0000${f.text}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item(f.kind, f.text, f.clause, ''));
  }
  return out;
}

function omittedItems(omitted: OmittedFact[]): string[] {
  return omitted.map((f) => item(f.kind, f.text, f.clause, '您的回答：'));
}

/** “弄”（“把周转房弄起来”）; a typo with its correction: “巩故率”应为“巩固率”. */
function wordingItems(wording: CheckReport['wording']): string[] {
  return wording.map((w) => {
    const shown = w.fix ? `“${w.text}”应为“${w.fix}”` : w.kind === 'quote' ? w.text : `“${w.text}”`;
    return w.clause === w.text ? shown : `${shown}（“${w.clause}”）`;
  });
}

/** How many distinct invented facts the report holds. */
export function untracedCount(report: CheckReport): number {
  return new Set(report.untraced.map((u) => `${u.kind}\u0000${u.text}`)).size;
}

/** Nothing left open — every fact traced and carried, no 【待补】, no part for later: a 定稿. */
export function nothingOpen(report: CheckReport): boolean {
  return (
    report.ok &&
    report.placeholders.length === 0 &&
    report.later.length === 0 &&
    report.wording.length === 0
  );
}

/** What is still open besides the facts: 【待补】 and parts left for later. */
function openItems(report: CheckReport): string {
  const open: string[] = [];
  if (report.placeholders.length > 0) open.push(`${report.placeholders.length}处【待补】`);
  if (report.later.length > 0) open.push(`${report.later.length}个部分留待补充`);
  const figures = report.wording.filter((w) => w.kind === 'quote').length;
  const spoken = report.wording.length - figures;
  if (spoken > 0) open.push(`${spoken}处口语或错字`);
  if (figures > 0) open.push(`${figures}处引号中的说法待确认`);
  return open.join('、');
}

/**
 * The first line: what was checked and what was found, in numbers. ✅ only when it is the
 * whole truth: no fact without a source, none dropped, and nothing left open (【待补】, parts
 * skipped for later); otherwise the open items are counted in the same line.
 */
export function verdict(report: CheckReport): string {
  if (nothingOpen(report)) return CHECKLIST_OK;
  const open = openItems(report);
  if (report.ok) {
    return `核对清单：${CHECKED_KINDS}已逐条核对，均能在您的回答中找到出处，没有遗漏；还有${open}，补齐后才是完整的总结：`;
  }
  const found: string[] = [];
  const n = untracedCount(report);
  if (n > 0) found.push(`${n}处无出处`);
  if (report.omitted.length > 0) found.push(`${report.omitted.length}处遗漏`);
  const facts =
    found.length > 0
      ? `${CHECKED_KINDS}已逐条核对：${found.join('，')}`
      : `${CHECKED_KINDS}已逐条核对，均能在您的回答中找到出处，没有遗漏`;
  const structure = report.structure.length > 0 ? `；结构${report.structure.length}处问题` : '';
  return `核对清单：${facts}${structure}。请逐项核对后再上报：`;
}

function capped(items: string[], cap: number, sep = '；'): { text: string; cut: boolean } {
  if (items.length <= cap) return { text: items.join(sep), cut: false };
  return { text: `${items.slice(0, cap).join(sep)}等${items.length}处`, cut: true };
}

function build(report: CheckReport, cap: number): { text: string; cut: boolean } {
  let cut = false;
  const section = (head: string, items: string[], sep = '；') => {
    const c = capped(items, cap, sep);
    cut ||= c.cut;
    return `· ${head}${c.text}`;
  };
  const lines = [verdict(report)];
  if (!report.ok) {
    const untraced = untracedItems(report.untraced);
    if (untraced.length > 0) {
      lines.push(section('无出处（回答中找不到，请核实，或删除、改为【待补】）：', untraced));
    }
    if (report.omitted.length > 0) {
      lines.push(section('遗漏（回答中有、草稿中没有，请补上）：', omittedItems(report.omitted)));
    }
    if (report.structure.length > 0) lines.push(section('结构：', report.structure));
  }
  if (report.later.length > 0) {
    lines.push(section('留待补充的部分（草稿中没有写）：', report.later, '、'));
  }
  const spoken = report.wording.filter((w) => w.kind !== 'quote');
  const figures = report.wording.filter((w) => w.kind === 'quote');
  if (spoken.length > 0) {
    lines.push(section('口语或错字（请改成书面写法）：', wordingItems(spoken)));
  }
  if (figures.length > 0) {
    lines.push(section('引号中的说法不是您的原话（请确认，或改写）：', wordingItems(figures)));
  }
  if (report.placeholders.length > 0) {
    lines.push(
      section(
        `还有${report.placeholders.length}处待补充：`,
        // Cut inside the brackets, so a long one still reads as one 【待补：…】.
        report.placeholders.map((p) =>
          p.length > 24 ? `${clipGraphemes(p.replace(/】$/, ''), 23)}】` : p,
        ),
        '、',
      ),
    );
  }
  return { text: lines.join('\n'), cut };
}

export interface Checklist {
  /** For the chat, ≤ CHECKLIST_MAX_CHARS. */
  text: string;
  /** Every item, uncut (the [完整核对清单] button sends it). */
  full: string;
  /** Whether `text` leaves items out. */
  cut: boolean;
}

export function buildChecklist(report: CheckReport): Checklist {
  const full = build(report, Number.POSITIVE_INFINITY).text;
  if (full.length <= CHECKLIST_MAX_CHARS) return { text: full, full, cut: false };
  for (const cap of [10, 6, 4, 3, 2, 1]) {
    const { text } = build(report, cap);
    if (text.length <= CHECKLIST_MAX_CHARS) return { text, full, cut: true };
  }
  return {
    text: `${headWithin(build(report, 1).text, CHECKLIST_MAX_CHARS - 1)}…`,
    full,
    cut: true,
  };
}

/** The 核对清单 for the phone, under CHECKLIST_MAX_CHARS. */
export function formatChecklist(report: CheckReport): string {
  return buildChecklist(report).text;
}
