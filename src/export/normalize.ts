import { stripMarkdown } from '../compose/markdown.js';
import { parseChineseNumber } from '../facts/numerals.js';
import { PLACEHOLDER_RE } from '../facts/placeholder.js';
import { headingLevel } from './structure.js';

/**
 * The draft made consistent before layout, for every path to the .docx (the bot, the terminal
 * chat, `npm run docx`): Markdown stripped (#, **, bullets, `---`), tabs and stray spaces
 * removed, half-width punctuation in Chinese text made full-width (, ; : ! ? ( ) and straight
 * quotes; `(一)` → `（一）`), one marker form per heading level (1、 or 1., whichever the draft
 * uses more; 1. with a space after it on every item or on none), Arabic dates without leading
 * zeros, and the 成文日期 in Arabic numerals (二〇二六年三月一日 → 2026年3月1日).
 *
 * It never changes a number's value (1,200 and 1.5 and 9:30 stay; ０-９ become 0-9) and never
 * touches text inside 【待补：…】 or 《…》: those are masked before and restored after.
 */

/** A character that makes the context Chinese: 汉字, CJK punctuation, a masked span. */
const ZH =
  '\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019\\ue000-\\uf8ff';
const ZH_CHAR = new RegExp(`[${ZH}]`, 'u');
const HAN = /\p{Script=Han}/u;
const CN_NUMERAL = '[一二三四五六七八九十]+';

/** Room for masked spans: U+E000…U+F8FF, the Private Use Area of the BMP. */
const MASK_BASE = 0xe000;
const MASK_ROOM = 0xf8ff - MASK_BASE + 1;

/**
 * 【待补：…】 and 《…》 swapped for private-use characters, so no rule below reaches inside. A
 * private-use character already in the text is masked too (and so comes back as it was).
 */
function mask(text: string): { text: string; spans: string[] } {
  const spans: string[] = [];
  const pattern = new RegExp(`${PLACEHOLDER_RE.source}|《[^《》\n]*》|[\ue000-\uf8ff]`, 'g');
  const masked = text.replace(pattern, (span) => {
    if (spans.length >= MASK_ROOM) return span;
    spans.push(span);
    return String.fromCharCode(MASK_BASE + spans.length - 1);
  });
  return { text: masked, spans };
}

function unmask(text: string, spans: string[]): string {
  return text.replace(/[\ue000-\uf8ff]/g, (c) => spans[c.charCodeAt(0) - MASK_BASE] ?? c);
}

const isZh = (ch: string | undefined) => ch !== undefined && ZH_CHAR.test(ch);

/** ０-９, Ａ-Ｚ, ａ-ｚ → ASCII (the same number, set half width as the standard wants). */
function halfWidthAlnum(line: string): string {
  return line.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Tabs and spaces next to Chinese text go; elsewhere (between Latin words) one space stays. */
function spaces(line: string): string {
  return line
    .replace(/[\s\u3000\u00a0]+/g, (run, at: number, s: string) =>
      isZh(s[at - 1]) || isZh(s[at + run.length]) ? '' : ' ',
    )
    .trim();
}

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

/** , ; : ! ? ( ) " ' and a sentence-final . made full width where the text around is Chinese. */
function punctuation(line: string): string {
  let out = line.replace(/[,;:!?]/g, (p, at: number, s: string) => {
    const before = s[at - 1];
    const after = s[at + 1];
    // 1,200 and 9:30 stay.
    if (/\d/.test(before ?? '') && /\d/.test(after ?? '')) return p;
    return isZh(before) || isZh(after) ? (FULL[p] ?? p) : p;
  });
  // Brackets, one pair at a time; mixed pairs (（一) too.
  out = out.replace(/[（(]([^()（）\n]*)[)）]/g, (pair, inner: string, at: number, s: string) =>
    HAN.test(inner) ||
    isZh(s[at - 1]) ||
    isZh(s[at + pair.length]) ||
    pair.startsWith('（') ||
    pair.endsWith('）')
      ? `（${inner}）`
      : pair,
  );
  // Straight double quotes in a Chinese line, paired left to right.
  const quotes = out.match(/"/g)?.length ?? 0;
  if (quotes > 0 && quotes % 2 === 0 && HAN.test(out)) {
    let open = true;
    out = out.replace(/"/g, () => {
      const q = open ? '“' : '”';
      open = !open;
      return q;
    });
  }
  out = out.replace(/'([^'\n]*\p{Script=Han}[^'\n]*)'/gu, '‘$1’');
  // 等... → 等……; 完成. → 完成。, 5%. → 5%。 (a . after a digit is a decimal or a list marker).
  out = out.replace(/(?<=\p{Script=Han})(?:\.{3,}|。{3,}|…)(?!…)/gu, '……');
  out = out.replace(
    new RegExp(`(?<=[\\p{Script=Han}%）”’】》\\ue000-\\uf8ff])\\.(?=$|[${ZH}])`, 'gu'),
    '。',
  );
  return out;
}

/** One marker form per level at the start of a line: 一. → 一、, （一）、 → （一）, 1） → （1）, 1． → 1. */
function marker(line: string): string {
  return line
    .replace(new RegExp(`^(${CN_NUMERAL})[.．，,](?!\\d)`), '$1、')
    .replace(new RegExp(`^[（(](${CN_NUMERAL}|\\d{1,2})[)）][、.．，,]?`), '（$1）')
    .replace(/^(\d{1,2})[)）](?![\d)）])/, '（$1）')
    .replace(/^(\d{1,2})．(?!\d)/, '$1.');
}

/**
 * Level 3 in the form the draft uses more (1、 or 1.), the first one used on a tie; and 1. in one
 * spacing throughout: “1.把……” with no space, unless an item starts with a digit (“1. 2026年……”,
 * where “1.2026年” would read as a number), and then “1. ” for every item.
 */
function levelThreeMarkers(lines: string[]): string[] {
  const forms = lines.flatMap((line) => {
    const m = line.match(/^\d{1,2}([.、])/);
    return m && headingLevel(line) === 3 ? [m[1] as string] : [];
  });
  const dots = forms.filter((f) => f === '.').length;
  const commas = forms.length - dots;
  const form =
    commas === 0
      ? '.'
      : dots === 0
        ? '、'
        : dots > commas || (dots === commas && forms[0] === '.')
          ? '.'
          : '、';
  const level3 = (line: string) => headingLevel(line) === 3 && /^\d{1,2}[.、]/.test(line);
  const digitFirst = lines.some((line) => level3(line) && /^\d{1,2}[.、]\s*\d/.test(line));
  const gap = form === '.' && digitFirst ? ' ' : '';
  return lines.map((line) =>
    level3(line) ? line.replace(/^(\d{1,2})[.、]\s*/, `$1${form}${gap}`) : line,
  );
}

/** 2026年03月05日 → 2026年3月5日 (the same date). */
function dateZeros(line: string): string {
  return line.replace(/(?<=\d{4}年)0(?=\d月)/g, '').replace(/(?<=\d月)0(?=\d[日号])/g, '');
}

const CN_DATE =
  /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/;
const NUMERIC_DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;

/**
 * The 成文日期 (a date alone on the last line) in Arabic numerals: 二〇二六年三月一日 and
 * 2026.3.1 / 2026-03-01 → 2026年3月1日. Other dates in the body keep their form.
 */
export function issueDate(line: string): string {
  const cn = line.match(CN_DATE);
  if (cn) {
    const [y, m, d] = [cn[1], cn[2], cn[3]].map((part) => parseChineseNumber(part ?? ''));
    if (y !== undefined && m !== undefined && d !== undefined && m <= 12 && d <= 31) {
      return `${y}年${m}月${d}日`;
    }
  }
  const numeric = line.match(NUMERIC_DATE);
  if (numeric) return `${numeric[1]}年${Number(numeric[2])}月${Number(numeric[3])}日`;
  return line;
}

/** One line (the title, or any line of the draft) without the structural rules. */
export function normalizeLine(line: string): string {
  const { text, spans } = mask(line);
  return unmask(dateZeros(spaces(punctuation(spaces(halfWidthAlnum(text))))), spans);
}

/** The rules of one line of the draft, in order: markers before punctuation (一. is a marker). */
function draftLine(line: string): string {
  return dateZeros(spaces(punctuation(marker(spaces(halfWidthAlnum(line))))));
}

/** The draft, normalised as described above; one paragraph per line, blank lines kept single. */
export function normalizeDraft(draft: string): string {
  const { text, spans } = mask(draft);
  const lines = stripMarkdown(text).split('\n').map(draftLine);
  const out = levelThreeMarkers(lines);
  const last = out.findLastIndex((line) => line !== '');
  if (last > 0) out[last] = issueDate(out[last] as string);
  return unmask(out.join('\n'), spans);
}
