import { loadWords } from './words.js';

/**
 * Where a fact stands: the clause and the sentence around an offset, and the content words
 * (two-character pieces) they hold. A number or date in a draft is traced only to an answer
 * sentence that shares one of these with the draft's clause, so a real 3次 from one claim cannot
 * vouch for an invented 3次 of another. Pure; word lists are data (words/*.txt).
 */

const SENTENCE_END = new Set('。！？；;!?\n');
/** A space ends a clause too: phone answers separate their clauses with spaces, not commas. */
const CLAUSE_END = new Set('。！？；;!?\n，,：:、 \u3000');
const FUNCTION_CHARS = new Set(loadWords('function-chars'));
const GENERIC = new Set(loadWords('generic-bigrams'));
const HAN = /\p{Script=Han}/u;

export interface Span {
  start: number;
  end: number;
}

/** How far a clause reaches on each side: a line with no punctuation is not one claim. */
const REACH = 60;

/** The span between the nearest `boundary` characters around `at` (exclusive), ≤ REACH each side. */
function around(text: string, at: number, boundary: Set<string>): Span {
  let start = at;
  const first = Math.max(0, at - REACH);
  while (start > first && !boundary.has(text[start - 1]!)) start--;
  let end = at;
  const last = Math.min(text.length, at + REACH);
  while (end < last && !boundary.has(text[end]!)) end++;
  return { start, end };
}

export function clauseAt(text: string, at: number): Span {
  return around(text, at, CLAUSE_END);
}

/** Whether `ch` ends a sentence (。！？；, a line's end). */
export const isSentenceEnd = (ch: string): boolean => SENTENCE_END.has(ch);

/**
 * A phone's words of taking back what it just said (不对, 不是, 说错了, 搞错了, 记错了); the checker's
 * own TAKEN_BACK_RE reads a correction that opens a clause, this one such a word anywhere near.
 */
const TAKING_BACK_WORDS_RE = /不对|不是|说错|搞错|记错/;
/** Whether the twenty characters after `at`, in its line, take back what was said there. */
export function takenBackAfter(text: string, at: number): boolean {
  const rest = text.slice(at, at + 20);
  return TAKING_BACK_WORDS_RE.test(rest.split('\n')[0] ?? '');
}

export function sentenceAt(text: string, at: number): Span {
  return around(text, at, SENTENCE_END);
}

/**
 * The content words of text[span], leaving out [skip] (the fact itself): every pair of adjacent
 * Han characters where neither is a function character or numeral and the pair is not generic.
 */
/** The numerals of a discount (八折, 8折), written either way: the same word. */
const DISCOUNT_DIGITS = '〇一二三四五六七八九0123456789';

export function contentWords(text: string, span: Span, skip?: Span): Set<string> {
  const out = new Set<string>();
  const generic = new Set<number>();
  for (let i = span.start; i + 1 < span.end; i++) {
    if (skip && i + 1 >= skip.start && i < skip.end) continue;
    const a = text[i]!;
    const b = text[i + 1]!;
    // (打八折 and 给予八折优惠: a discount is a word of its own, its numeral its whole point.)
    if (b === '折' && DISCOUNT_DIGITS.includes(a)) {
      out.add(`${DISCOUNT_DIGITS[DISCOUNT_DIGITS.indexOf(a) % 10]}折`);
      continue;
    }
    if (!HAN.test(a) || !HAN.test(b) || FUNCTION_CHARS.has(a) || FUNCTION_CHARS.has(b)) continue;
    const pair = a + b;
    if (GENERIC.has(pair)) {
      generic.add(i);
      generic.add(i + 1);
      continue;
    }
    out.add(pair);
  }
  // Its characters too (marked), for a claim put in other words (发稿 and 发布稿件, 开了6次会 and
  // 召开会议6次); not those of a generic word (全年), which every clause may have.
  for (let i = span.start; i < span.end; i++) {
    if (skip && i >= skip.start && i < skip.end) continue;
    const c = text[i]!;
    if (HAN.test(c) && !FUNCTION_CHARS.has(c) && !generic.has(i)) out.add(`${CHAR}${c}`);
  }
  return out;
}

/** The two-character words of text[span] (contentWords without its single characters). */
function pairWords(text: string, span: Span, skip?: Span): Set<string> {
  const out = new Set<string>();
  for (const w of contentWords(text, span, skip)) if (w[0] !== CHAR) out.add(w);
  return out;
}

/** Marks a single character among the words; two shared characters tie claims, one does not. */
const CHAR = '\u0002';
/** Marks the noun a count is of (5个村: 村), the strongest tie a count has. */
const HEAD = '\u0003';

/**
 * The words that tie a fact at [fact] to its claim: those of its clause, or of its sentence when
 * the clause alone says too little (“共23名” after “邀请党外代表人士参加座谈会”).
 */
/**
 * 九三 as the party (九三学社, or a count of its members right after it, or a member as a phone
 * says one: 还有一个九三的), not the numerals.
 */
const NINE_THREE_RE =
  /(?<![〇零一二两三四五六七八九十百千\d])九三(?=学社|支社|的|[〇零一二两三四五六七八九十\d])/;

export function claimWords(text: string, fact: Span): Set<string> {
  const own = clauseAt(text, fact.start);
  const clause = contentWords(text, own, fact);
  const words = new Set(clause);
  // 8月，市农业农村局在此召开现场会: a time fronted in a clause of its own governs the next.
  if (
    !/[\u4e00-\u9fff]/.test(text.slice(own.start, fact.start) + text.slice(fact.end, own.end)) &&
    own.end < text.length &&
    /[，,]/.test(text[own.end] ?? '')
  ) {
    for (const w of contentWords(text, clauseAt(text, own.end + 1))) words.add(w);
  }
  // 九三2个, 九三学社社员2名: the party's short name is a word, though its characters are numerals
  // (which no clause's words keep).
  if (NINE_THREE_RE.test(text.slice(own.start, own.end))) words.add('九三');
  const head = text[fact.end];
  // The sentence's words when the clause alone says too little; its characters are not taken
  // (two characters shared anywhere in a long sentence tie nothing).
  if (bigramCount(clause) < 2) {
    for (const w of pairWords(text, sentenceAt(text, fact.start), fact)) words.add(w);
  }
  if (head && HAN.test(head) && !FUNCTION_CHARS.has(head)) words.add(`${HEAD}${head}`);
  // A name in quotes or 《》 in the fact's sentence says what the sentence is about: the
  // draft's 力争全年举办8期 after “鹤鸣茶话会” is the answer's “鹤鸣茶话会”争取办到8期.
  const { start, end } = sentenceAt(text, fact.start);
  for (const m of text.slice(start, end).matchAll(NAMED_RE)) words.add(`${NAME}${m[1] ?? m[2]}`);
  return words;
}

/** A verb of setting up or having, perhaps planned or again, all a bare count's clause says. */
const BARE_COUNT_LEAD_RE = /^(?:打算|计划|准备|要|再|又|还|新|共|已)?[设建办搞开有立增招]了?$/;

/**
 * The two-character words of the clause before a fact's own, when the fact ends its clause with
 * only a verb before it (专委会要建起来 打算设3个): on a phone, what such a bare count counts was
 * named just before, in the same sentence. Empty when its clause names what it counts (民主党派
 * 7个, 党员5个), or the clause before is in another sentence or answer.
 */
export function clauseBeforeWords(text: string, fact: Span): Set<string> {
  const own = clauseAt(text, fact.start);
  if (
    own.end !== fact.end ||
    own.start < 2 ||
    isSentenceEnd(text[own.start - 1]!) ||
    !BARE_COUNT_LEAD_RE.test(text.slice(own.start, fact.start))
  ) {
    return new Set();
  }
  return pairWords(text, clauseAt(text, own.start - 2));
}

/**
 * The two-character words of the sentence around a fact (not the fact): a second, looser tie
 * for a claim whose clause says little (目前仅有3名 after 专职统战教师偏少).
 */
export function sentenceWords(
  text: string,
  fact: Span,
  cache?: Map<number, Set<string>>,
): Set<string> {
  // Once per fact: the cache is by the fact's own start, then by its sentence's.
  const mine = cache?.get(-1 - fact.start);
  if (mine) return mine;
  const span = sentenceAt(text, fact.start);
  // The fact's own characters are digits and a measure word: the sentence's words without
  // skipping them are the same for every fact in it, so they are read once per sentence.
  const known = cache?.get(span.start);
  if (known) {
    cache?.set(-1 - fact.start, known);
    return known;
  }
  const out = pairWords(text, span);
  cache?.set(span.start, out);
  cache?.set(-1 - fact.start, out);
  return out;
}

/** How many words two sentences share, up to `enough`. */
export function sharedCount(a: Set<string>, b: Set<string>, enough: number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const w of small) if (large.has(w) && ++n >= enough) break;
  return n;
}

/** Marks a quoted or 《》 name of the fact's sentence: one shared ties the claims. */
const NAME = '\u0004';
const NAMED_RE = /“([^“”\n]{2,20})”|《([^《》\n]{2,30})》/g;

function bigramCount(words: Set<string>): number {
  let n = 0;
  for (const w of words) if (w[0] !== CHAR && w[0] !== HEAD) n++;
  return n;
}

/**
 * Whether two claims' words tie them: a shared word (two characters), the same counted noun,
 * or two shared characters (the same claim in other words: 全年发稿23篇, 全年发布稿件23篇).
 */
export function sharesWord(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let chars = 0;
  for (const w of small) {
    if (!large.has(w)) continue;
    if (w[0] !== CHAR) return true;
    if (++chars >= 2) return true;
  }
  return false;
}

/** Whether two claims' words share anything, one character included: the weakest tie. */
export function sharesChar(a: Set<string>, b: Set<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/**
 * The noun a figure counts in `text`: the (up to) two 汉字 right after it (两个活动 → 活动, 两个姓
 * → 姓, 6位老师 → 老师), or else the two before it (托管班2个 → 管班, 一共6位 → 一共), spaces
 * skipped.
 */
export function countedNoun(text: string, at: number, length: number): string {
  const after = /^[\u4e00-\u9fff]{1,2}/u.exec(text.slice(at + length))?.[0];
  if (after) return after;
  return text
    .slice(Math.max(0, at - 8), at)
    .replace(/\s/g, '')
    .slice(-2);
}
