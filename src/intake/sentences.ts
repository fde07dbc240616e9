import { hasConcreteFact } from '../facts/concrete.js';

/**
 * A document's text as sentences, each kept verbatim (its end punctuation too). Lines are
 * sentences of their own, and a fragment too short to stand alone joins the next one. The
 * document's title (its first line) and its numbered headings (一、加强组织领导, （二）…), when
 * short, without a sentence end and with nothing checkable in them, are no facts: they are left
 * out, so they never become answers (一是工作情况。). Other short lines are the user's words.
 */

/** A sentence longer than this is cut at a comma, then hard (a part's message limit is 4,096). */
const MAX_SENTENCE = 500;
const MIN_FRAGMENT = 4;

/**
 * `document`: the text of a file (its title and headings are left out, see above); a pasted
 * message keeps every line, as a user's numbered list (1. 走访企业) is facts, not headings.
 */
export function splitSentences(text: string, opts: { document?: boolean } = {}): string[] {
  const out: string[] = [];
  let carry = '';
  let first = true;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(/[\t\u00a0\u3000 ]+/g, ' ').trim();
    if (!line) continue;
    const whole = `${carry}${line}`;
    const title = first && !carry;
    first = false;
    const heading = isHeading(whole) || (title && isTitle(whole));
    if (opts.document && (title || HEADING_MARK_RE.test(whole)) && heading) {
      carry = '';
      continue;
    }
    for (const piece of line.match(/[^。！？!?；;]+[。！？!?；;]*[”’」』）)]*|[。！？!?；;]+/g) ??
      []) {
      const s = `${carry}${piece}`.trim();
      carry = '';
      if (!/[\p{L}\p{N}]/u.test(s)) continue;
      if (Array.from(s).length < MIN_FRAGMENT && !/[。！？!?]$/.test(s)) {
        carry = s;
        continue;
      }
      out.push(...cutLong(s));
    }
  }
  if (carry) out.push(carry);
  return out;
}

/** The longest line read as a title or heading. */
const MAX_HEADING = 30;
/** 一、 （二） 3. 第一部分: how a numbered heading begins. */
const HEADING_MARK_RE =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[部分章节])/;

function isHeading(line: string): boolean {
  return (
    line.replace(HEADING_MARK_RE, '').trim() !== '' &&
    Array.from(line).length <= MAX_HEADING &&
    !/[。！？!?；;，,：:]/.test(line) &&
    !hasConcreteFact(line)
  );
}

/** 清河镇2025年统战工作总结: a first line that names a kind of document is its title, dates or not. */
const TITLE_END_RE = /(?:总结|报告|汇报|简报|情况|要点|计划|方案|纪要|通知|记录)$/;

function isTitle(line: string): boolean {
  return (
    Array.from(line).length <= MAX_HEADING &&
    !/[。！？!?；;，,]/.test(line) &&
    TITLE_END_RE.test(line)
  );
}

function cutLong(s: string): string[] {
  if (s.length <= MAX_SENTENCE) return [s];
  const parts: string[] = [];
  let rest = s;
  while (rest.length > MAX_SENTENCE) {
    const at = rest.lastIndexOf('，', MAX_SENTENCE);
    const cut = at > MAX_SENTENCE / 2 ? at + 1 : MAX_SENTENCE;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Characters that count for "over ~300 字" (CJK and letters/digits, not spaces). */
export function charCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** Fewer letters and digits than this is an answer, never a document. */
export const DOCUMENT_MIN_CHARS = 60;

/** 一、 （二） at the start of a line: a heading of a document's own. */
const LINE_HEADING_RE =
  /(?:^|\n)\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/g;
/** What a summary's closing parts are called. */
const CLOSING_PARTS_RE = /(?:存在的?(?:问题|不足)|不足之处|下一步|工作打算|工作计划|明年工作)/;

/**
 * Whether a pasted text reads like a whole document rather than an answer (last year's summary
 * pasted into one part): two of these — a year other than the summary's, two headings of its
 * own (一、 二、), a 不足/打算 part. Such a paste is offered, never kept silently. Lines alone
 * are no sign: a plan typed on three lines is an answer.
 */
export function looksLikeDocument(text: string, year?: string): boolean {
  if (charCount(text) < DOCUMENT_MIN_CHARS) return false;
  const years = [...text.matchAll(/(?<!\d)(20\d{2})年/g)].map((m) => m[1]);
  const signs = [
    year !== undefined && years.some((y) => y !== year),
    [...text.matchAll(LINE_HEADING_RE)].length >= 2,
    CLOSING_PARTS_RE.test(text),
  ];
  return signs.filter(Boolean).length >= 2;
}
