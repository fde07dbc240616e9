import { type Material, materialSources } from '../compose/material.js';
import {
  type DateParts,
  extractFacts,
  type Fact,
  type FactKind,
  factKey,
} from '../facts/extract.js';
import { PLACEHOLDER_RE, placeholder } from '../facts/placeholder.js';
import { clipGraphemes } from '../text/cut.js';
import { hasShortcomings, outlineProblems } from './structure.js';

/**
 * The deterministic check every draft passes before the user sees it: each number, date,
 * 《title》 and quoted phrase must come from the user's answers (or the template's fixed wording),
 * and the 公文 skeleton must hold. A model may rephrase; it may not invent. Pure, no I/O.
 */

export interface UntracedFact {
  kind: FactKind;
  text: string;
  /** 1-based line of the draft. */
  line: number;
}

export interface CheckReport {
  untraced: UntracedFact[];
  /** The 【待补：…】 texts left, in order, deduplicated. */
  placeholders: string[];
  /** Problems found, in Chinese (empty = fine). */
  structure: string[];
  /** No untraced facts and no structure problems. */
  ok: boolean;
}

interface SourceIndex {
  numbers: number[];
  dates: DateParts[];
  /** Each source's comparison key, joined by newlines so that no key spans two sources. */
  keys: string;
  year?: number;
  /** Words a draft may put around a document's name: 《清河镇2026年统战工作要点》. */
  titleAffixes: string[];
}

/** Punctuation that a rephrased title or quote may add or drop. */
const KEY_PUNCT_RE = /[，。、；：！？,.;:!?·•—\-…]/g;

function compareKey(s: string): string {
  return factKey(s).replace(KEY_PUNCT_RE, '');
}

function sourceTexts(material: Material): string[] {
  return [
    ...materialSources(material),
    ...material.fixedWording,
    ...material.sections.flatMap((s) => [s.title, s.heading]),
    material.periodPhrase,
    material.year ? `${material.year}年` : '',
    material.unit,
  ].filter((s) => s.trim() !== '');
}

function buildIndex(material: Material): SourceIndex {
  const texts = sourceTexts(material);
  const numbers: number[] = [];
  const dates: DateParts[] = [];
  for (const t of texts) {
    for (const f of extractFacts(t, { inner: true })) {
      if (f.kind === 'number' && f.value !== undefined) numbers.push(f.value);
      if (f.kind === 'date' && f.date) dates.push(f.date);
    }
  }
  const year = /^\d{4}$/.test(material.year.trim()) ? Number(material.year.trim()) : undefined;
  const titleAffixes = [material.unit, material.periodPhrase];
  if (material.year) titleAffixes.push(`${material.year}年度`, `${material.year}年`);
  return {
    numbers,
    dates,
    keys: texts.map(compareKey).join('\n'),
    year,
    titleAffixes: titleAffixes.map(compareKey).filter((a) => a !== ''),
  };
}

/** The place of the last non-zero digit: 700000 → 100000, so 70多万 spans 70万 to 80万. */
function step(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let p = 1;
  while (value % (p * 10) === 0) p *= 10;
  return p;
}

function withinApprox(fact: Fact, source: number): boolean {
  const v = fact.value!;
  switch (fact.approx) {
    case 'more':
      return source >= v && source < v + step(v);
    case 'near':
      return Math.abs(source - v) <= 0.1 * v;
    case 'some':
      return source >= 2 * v && source < 10 * v;
    default:
      return false;
  }
}

function numberTraced(fact: Fact, index: SourceIndex): boolean {
  const v = fact.value;
  if (v === undefined) return true;
  return index.numbers.some((n) => Math.abs(n - v) < 1e-9 || withinApprox(fact, n));
}

function dateTraced(date: DateParts, index: SourceIndex): boolean {
  const onlyYear = date.month === undefined && date.day === undefined;
  if (onlyYear && date.year !== undefined) {
    if (date.year === index.year || index.numbers.includes(date.year)) return true;
  }
  return index.dates.some((s) => {
    // An answer saying 3月5日 means this year's 3月5日.
    const sy = s.year ?? (s.month !== undefined ? index.year : undefined);
    return (
      (date.year === undefined || date.year === sy) &&
      (date.month === undefined || date.month === s.month) &&
      (date.day === undefined || date.day === s.day)
    );
  });
}

function keyTraced(fact: Fact, index: SourceIndex): boolean {
  const key = compareKey(fact.key ?? fact.text);
  if (key === '' || index.keys.includes(key)) return true;
  if (fact.kind !== 'title') return false;
  let bare = key;
  for (const a of index.titleAffixes) bare = bare.split(a).join('');
  return bare.length >= 2 && index.keys.includes(bare);
}

function traced(fact: Fact, index: SourceIndex): boolean {
  switch (fact.kind) {
    case 'number':
      return numberTraced(fact, index);
    case 'date':
      return fact.date ? dateTraced(fact.date, index) : true;
    default:
      return keyTraced(fact, index);
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function placeholders(draft: string): { list: string[]; empty: number } {
  const seen = new Set<string>();
  let empty = 0;
  for (const m of draft.matchAll(PLACEHOLDER_RE)) {
    const what = (m[1] ?? '').trim();
    if (what === '') {
      empty++;
      continue;
    }
    seen.add(placeholder(what));
  }
  return { list: [...seen], empty };
}

const L1_RE = /^([一二三四五六七八九十]{1,3})、/;
const L2_RE = /^[（(]([一二三四五六七八九十]{1,3})[）)]/;
const NEXT_STEPS_RE = /下一步|打算|思路|计划|展望|今后/;

interface Line {
  text: string;
  level: 0 | 1 | 2;
  /** The marker as written (三、 or （二）) and its number. */
  marker: string;
  n: number;
}

const CN_ORDINAL = '一二三四五六七八九十';

function ordinal(s: string): number {
  if (s.length === 1) return CN_ORDINAL.indexOf(s) + 1;
  // 十一 … 十九, 二十 …: enough for any list of sections.
  const [a, b, c] = [...s];
  if (a === '十') return 10 + (b ? CN_ORDINAL.indexOf(b) + 1 : 0);
  const tens = CN_ORDINAL.indexOf(a!) + 1;
  return tens * 10 + (c ? CN_ORDINAL.indexOf(c) + 1 : 0);
}

/** Markdown a model may slip in (# 标题, **一、**) does not change the structure. */
function plain(line: string): string {
  return line
    .replace(/^\s*#+\s*/, '')
    .replace(/\*\*/g, '')
    .trim();
}

function parseLines(draft: string): Line[] {
  return draft
    .split('\n')
    .map(plain)
    .filter((t) => t !== '')
    .map((text): Line => {
      const l1 = L1_RE.exec(text);
      if (l1) return { text, level: 1, marker: l1[0], n: ordinal(l1[1]!) };
      const l2 = L2_RE.exec(text);
      if (l2) return { text, level: 2, marker: l2[0], n: ordinal(l2[1]!) };
      return { text, level: 0, marker: '', n: 0 };
    });
}

/** 一、领导重视。我镇党委…… carries its body on the heading line. */
function hasInlineBody(line: Line): boolean {
  const rest = line.text.slice(line.marker.length);
  const end = rest.search(/[。：:]/);
  return end >= 0 && rest.slice(end + 1).trim() !== '';
}

function short(s: string, max = 14): string {
  return clipGraphemes(s, max);
}

function checkStructure(draft: string, material: Material, emptyPlaceholders: number): string[] {
  const problems: string[] = [];
  const lines = parseLines(draft);
  const first = lines[0];
  if (!first) return ['草稿是空的'];

  const title = factKey(material.title);
  const titleOk = title === '' || factKey(first.text).includes(title);
  if (!titleOk) problems.push(`第一行应是标题“${material.title}”`);

  const firstL1 = lines.findIndex((l) => l.level === 1);
  if (firstL1 < 0) {
    problems.push('没有找到用“一、二、三……”编号的一级标题');
  } else {
    // Without a title, a first line that reads like a paragraph is the opening itself.
    const paragraphFirst = !titleOk && first.level === 0 && /。/.test(first.text);
    const start = paragraphFirst ? 0 : 1;
    const opening = lines.slice(start, firstL1).some((l) => l.level === 0);
    if (!opening) problems.push('缺少开头段落：标题之后、“一、”之前应有一段总述');
  }

  let expected1 = 1;
  let prev1: Line | undefined;
  let expected2 = 1;
  let prev2: Line | undefined;
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1];
    if (line.level === 1) {
      if (line.n !== expected1) {
        problems.push(
          prev1
            ? `一级标题编号不连续：“${prev1.marker}”之后是“${line.marker}”`
            : `一级标题应从“一、”开始，草稿从“${line.marker}”开始`,
        );
      }
      expected1 = line.n + 1;
      prev1 = line;
      expected2 = 1;
      prev2 = undefined;
      if (!hasInlineBody(line) && (!next || next.level === 1)) {
        problems.push(`“${short(line.text)}”下没有正文`);
      }
    } else if (line.level === 2) {
      if (prev1 && line.n !== expected2) {
        problems.push(
          prev2
            ? `“${prev1.marker}”下的二级标题编号不连续：“${prev2.marker}”之后是“${line.marker}”`
            : `“${prev1.marker}”下的二级标题应从“（一）”开始，草稿从“${line.marker}”开始`,
        );
      }
      expected2 = line.n + 1;
      prev2 = line;
      if (!hasInlineBody(line) && next?.level !== 0) {
        problems.push(`“${short(line.text)}”下没有正文`);
      }
    }
  }

  const headings = lines.filter((l) => l.level > 0).map((l) => l.text.slice(l.marker.length));
  const done = (role: string) =>
    material.sections.find((s) => s.role === role && s.status === 'done');
  const shortcomings = done('shortcomings');
  // 不足 as a section or a closing paragraph, saying what the user answered (structure.ts).
  const written = hasShortcomings(
    lines.map((l) => l.text),
    shortcomings?.parts,
  );
  if (shortcomings && !written) {
    problems.push(
      `缺少“存在的不足”部分：您回答了“${shortcomings.title}”，草稿中应有标题含“不足”“问题”或“差距”的一节`,
    );
  }
  const nextSteps = done('nextSteps');
  if (nextSteps && !headings.some((h) => NEXT_STEPS_RE.test(h))) {
    problems.push(
      `缺少“下一步打算”部分：您回答了“${nextSteps.title}”，草稿中应有标题含“下一步”“打算”或“思路”的一节`,
    );
  }

  problems.push(...outlineProblems(draft, material));
  if (emptyPlaceholders > 0) {
    problems.push(`有 ${emptyPlaceholders} 处空的【待补】，应写明待补什么，如【待补：活动次数】`);
  }
  return [...new Set(problems)];
}

/** Check a draft against the material it was written from. */
export function checkDraft(draft: string, material: Material): CheckReport {
  const index = buildIndex(material);
  const starts = lineStarts(draft);
  const untraced: UntracedFact[] = [];
  const seen = new Set<string>();
  for (const fact of extractFacts(draft)) {
    if (traced(fact, index)) continue;
    const line = lineOf(starts, fact.index);
    const id = `${fact.kind}\u0000${fact.text}\u0000${line}`;
    if (seen.has(id)) continue;
    seen.add(id);
    untraced.push({ kind: fact.kind, text: fact.text, line });
  }
  const ph = placeholders(draft);
  const structure = checkStructure(draft, material, ph.empty);
  return {
    untraced,
    placeholders: ph.list,
    structure,
    ok: untraced.length === 0 && structure.length === 0,
  };
}
