import { clipGraphemes, headWithin } from '../text/cut.js';
import type { CheckReport, UntracedFact } from './checker.js';

/**
 * The 核对清单 sent with each draft: short enough to read on a phone, so lists are capped and
 * long items cut. The report itself keeps everything; this is only its Chinese rendering.
 */

export const CHECKLIST_MAX_CHARS = 800;

export const CHECKLIST_OK =
  '✅ 核对完成：草稿中的数字、日期、文件名和引语都能在您的回答中找到出处。';
const HEADER = '核对清单（请逐项核对后再上报）：';

/** 《…》 and quotes are shown as written; numbers and dates get “” so they stand out. */
function label(f: UntracedFact): string {
  if (f.kind === 'title') {
    const cut = clipGraphemes(f.text, 22, '');
    return cut === f.text ? f.text : `${clipGraphemes(f.text, 20)}》`;
  }
  if (f.kind === 'quote') return clipGraphemes(f.text, 22);
  return `“${clipGraphemes(f.text, 20)}”`;
}

/** The same text on several lines is one item: “35人”（第3、12行）. */
function untracedItems(untraced: UntracedFact[]): string[] {
  const byText = new Map<string, { f: UntracedFact; lines: number[] }>();
  for (const f of untraced) {
    const k = `${f.kind}\u0000${f.text}`;
    const g = byText.get(k);
    if (g) {
      if (!g.lines.includes(f.line)) g.lines.push(f.line);
    } else byText.set(k, { f, lines: [f.line] });
  }
  return [...byText.values()].map(({ f, lines }) => `${label(f)}（第${lines.join('、')}行）`);
}

function capped(items: string[], cap: number, sep = '、'): string {
  if (items.length <= cap) return items.join(sep);
  return `${items.slice(0, cap).join(sep)}等${items.length}处`;
}

function build(report: CheckReport, cap: number): string {
  const placeholderLine =
    report.placeholders.length > 0
      ? `· 还有 ${report.placeholders.length} 处待补充：${capped(
          report.placeholders.map((p) => clipGraphemes(p, 24)),
          cap,
        )}`
      : '';
  if (report.ok) return [CHECKLIST_OK, placeholderLine].filter(Boolean).join('\n');

  const lines = [HEADER];
  const items = untracedItems(report.untraced);
  if (items.length > 0) {
    lines.push(`· 以下内容在您的回答中找不到出处，请核实或删除：${capped(items, cap)}`);
  }
  if (placeholderLine) lines.push(placeholderLine);
  if (report.structure.length > 0) {
    const shown = report.structure.slice(0, Math.max(2, Math.ceil(cap / 2)));
    const more = report.structure.length - shown.length;
    lines.push(`· 结构：${shown.join('；')}${more > 0 ? `；另有 ${more} 处` : ''}`);
  }
  return lines.join('\n');
}

/** The 核对清单 for the phone, under CHECKLIST_MAX_CHARS. */
export function formatChecklist(report: CheckReport): string {
  for (const cap of [10, 6, 4, 2]) {
    const text = build(report, cap);
    if (text.length <= CHECKLIST_MAX_CHARS) return text;
  }
  return `${headWithin(build(report, 1), CHECKLIST_MAX_CHARS - 1)}…`;
}
