import { FIRST_LINE_CHARS, widthInChars } from './layout.js';
import { loadExportWords } from './words.js';

/**
 * Recognises the structure of a draft (plain text, one paragraph per line) so each paragraph
 * can be set in its 公文 style: title, the four heading levels, body, 落款 and date.
 */

export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block =
  | { kind: 'title'; text: string }
  /**
   * A heading line. `headingLength` is how many leading characters are the heading itself: a
   * line like "一、强化领导。本年度……" carries body text after the first 。, which keeps the
   * body font.
   */
  | { kind: 'heading'; level: HeadingLevel; text: string; headingLength: number }
  | { kind: 'body'; text: string }
  /** 落款: the unit name above the date at the end. */
  | { kind: 'signature'; text: string }
  | { kind: 'date'; text: string };

const CN_NUMBER = '[一二三四五六七八九十百零〇]+';

/** Markers of the four levels: 一、 → （一） → 1. / 1、 → （1）; ASCII parens accepted too. */
const HEADING_MARKERS: { level: HeadingLevel; pattern: RegExp }[] = [
  { level: 1, pattern: new RegExp(`^${CN_NUMBER}、`) },
  { level: 2, pattern: new RegExp(`^[（(]${CN_NUMBER}[）)]`) },
  // "1.5万元" is a number, not a heading: the marker must not be followed by a digit.
  { level: 3, pattern: /^[0-9０-９]{1,2}[.．、](?![0-9０-９])/ },
  { level: 4, pattern: /^[（(][0-9０-９]{1,2}[）)]/ },
];

/** 2026年12月1日, also with Chinese numerals (二〇二六年十二月一日). */
const DATE_LINE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;

/** Marks a line as a sentence rather than a name or title. */
const SENTENCE_PUNCTUATION = /[。；，：！？;,:!?]/;

const CN_VALUE: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** 二季度, 四月份, 2月: words a numeral after a marker makes part of the sentence. */
const NUMERAL_WORDS = loadExportWords('numeral-words');

/** The value of a marker's numeral (一 → 1, 十一 → 11, 二十 → 20, 2 → 2); undefined for 〇. */
function numeralValue(numeral: string): number | undefined {
  if (/^[0-9０-９]+$/.test(numeral)) {
    return Number(numeral.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  }
  if (numeral.length === 1) return CN_VALUE[numeral];
  // 十一 … 十九, 二十, 二十一 …: enough for months and any list of sections.
  const m = /^([二三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(numeral);
  if (!m) return undefined;
  return (m[1] ? (CN_VALUE[m[1]] ?? 0) : 1) * 10 + (m[2] ? (CN_VALUE[m[2]] ?? 0) : 0);
}

/**
 * "一、二季度，……", "三、四月份……", "十一、十二月份……", "一、二等奖", "二、三产业", "1、2月": the
 * marker's number, 、 and the next number run on into a numeral word or a further 、 (一、二、三季度).
 * That is a list of numbers in a sentence, not a heading.
 */
const ENUMERATION = [
  /^([一二三四五六七八九十]{1,3})、([一二三四五六七八九十]{1,3})(.*)$/,
  /^([0-9０-９]{1,2})、([0-9０-９]{1,2})(.*)$/,
];

function isEnumeration(line: string): boolean {
  // Numerals of one kind: "一、2月份工作" is a heading about February.
  const m = ENUMERATION.map((re) => line.match(re)).find((x) => x !== null);
  if (!m) return false;
  const [, first = '', second = '', rest = ''] = m;
  const a = numeralValue(first);
  const b = numeralValue(second);
  if (a === undefined || b !== a + 1) return false;
  return rest.startsWith('、') || NUMERAL_WORDS.some((w) => rest.startsWith(w));
}

/** The level marker a line starts with, if any (一、 （一） 1. （1）), enumerations aside. */
export function headingLevel(line: string): HeadingLevel | undefined {
  if (isEnumeration(line)) return undefined;
  return HEADING_MARKERS.find((m) => m.pattern.test(line))?.level;
}

/** Heading part of a heading line: up to and including the first 。, or the whole line. */
export function headingLength(line: string): number {
  const stop = line.indexOf('。');
  return stop === -1 ? line.length : stop + 1;
}

/**
 * Whether a line with a level marker is a heading. A numbered full sentence that ends in 。
 * and runs past one line ("1、组织……，……。") is body text with a number, and so is a line whose
 * part up to the first 。 runs past one line: a heading is a phrase that fits its line.
 */
function isHeading(line: string): boolean {
  const length = headingLength(line);
  if (length === line.length && !line.endsWith('。')) return true;
  return widthInChars(line.slice(0, length)) <= FIRST_LINE_CHARS;
}

export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line);
}

/** Whether a line can be a title: short, not a heading, not a sentence. */
function looksLikeTitle(line: string): boolean {
  return line.length <= 60 && !headingLevel(line) && !/[。；：！？]$/.test(line);
}

/** A unit name above the date: short, no sentence punctuation, not a heading. */
function looksLikeSignature(line: string): boolean {
  return line.length <= 30 && !headingLevel(line) && !SENTENCE_PUNCTUATION.test(line);
}

/** The draft's paragraphs: its non-empty lines, trimmed (blank lines only separate paragraphs). */
export function draftLines(draftText: string): string[] {
  return draftText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The draft as blocks. The first line is the title; when it does not look like one (a heading, a
 * sentence) and `title` is given, that title is put before it, so a draft sent without its title
 * still gets one.
 */
/**
 * `headings`: how many level-1 headings the outline the draft followed has (the bot knows it).
 * Then only 一、 … in that order are level-1 headings; any other 「N、」 line is a sentence
 * (十一、十二月份…, 二、三产业…) whatever the word lists say.
 */
export function parseDraft(
  draftText: string,
  opts: { title?: string; headings?: number } = {},
): Block[] {
  const lines = draftLines(draftText);
  const blocks: Block[] = [];
  let start = 0;
  const first = lines[0];
  if (first !== undefined && looksLikeTitle(first)) {
    blocks.push({ kind: 'title', text: first });
    start = 1;
  } else if (opts.title?.trim()) {
    blocks.push({ kind: 'title', text: opts.title.trim() });
  }

  // 落款 and date are recognised only as the last lines, after at least one other paragraph.
  let end = lines.length;
  let signature: string | undefined;
  let date: string | undefined;
  const last = lines[end - 1];
  if (end - start >= 2 && last !== undefined && isDateLine(last)) {
    date = last;
    end -= 1;
    const before = lines[end - 1];
    if (end - start >= 2 && before !== undefined && looksLikeSignature(before)) {
      signature = before;
      end -= 1;
    }
  }

  let nextL1 = 1;
  for (const line of lines.slice(start, end)) {
    let level = isHeading(line) ? headingLevel(line) : undefined;
    if (level === 1 && opts.headings !== undefined) {
      const n = numeralValue(/^([一二三四五六七八九十]+)、/.exec(line)?.[1] ?? '');
      if (n === nextL1 && n <= opts.headings) nextL1++;
      else level = undefined;
    }
    blocks.push(
      level
        ? { kind: 'heading', level, text: line, headingLength: headingLength(line) }
        : { kind: 'body', text: line },
    );
  }
  if (signature !== undefined) blocks.push({ kind: 'signature', text: signature });
  if (date !== undefined) blocks.push({ kind: 'date', text: date });
  return blocks;
}
