import {
  clauseAt,
  contentWords,
  countedNoun,
  type Span,
  sentenceAt,
  sharesWord,
} from '../facts/clauses.js';
import { countsThings, sameMeasure } from '../facts/measures.js';
import { occurrences } from '../facts/words.js';
import { type Claim, type SourceIndex, sameNumber, spansRange } from './trace.js';

/**
 * A draft sentence and the answer sentence it was written from. A model rewrites a phone line
 * into 公文 in ways no list foresees: 4家 becomes 4份 (the 建议 the 4家 gave), 开学的时候 becomes
 * 开学初, 工龄十三四年 becomes 13至14年. Each claim's own tie (trace.ts) asks for the same
 * measure, the same time word; those fail on such rewordings, one new wording per unseen draft.
 * Here the sentence is the unit: when a draft sentence shares several words with an answer
 * sentence, it is that answer retold, and a figure of the same value in it, or a time word
 * built on the same word, is the answer's own, whatever measure or ending it now carries.
 *
 * What still stands out: a value the aligned answer sentence does not hold (an invented 36 for
 * its 31), a figure moved onto another count of that sentence (3次 and 12条 swapped: the measure
 * belongs to another value there), a date (never loosened: a day is exact), and anything in a
 * sentence no answer sentence resembles. A 1 only as a 一 of the answer counted anew (一台 → 1套),
 * tied by its clause's words and never a rate: answers are full of 一次.
 */

/** Shared two-character words that make a draft sentence an answer sentence retold. */
const MIN_SHARED = 3;
/** …or this share of a short answer sentence's words (at least two words). */
const MIN_SHARE = 0.5;

/** What a time word says beyond its word: 开学初, 两会期间, 国庆节前 are built on 开学, 两会, 国庆节. */
const TIME_ENDING_RE =
  /(?:前后|期间|以来|之际|伊始|时期|的时候|时候|之初|之前|之后|初|末|底|前|后|中|时)$/;

interface Sentence {
  start: number;
  end: number;
  /** Its text, spaces removed. */
  text: string;
  /** The whole text it is a sentence of. */
  source: string;
  words: Set<string>;
  claims: Claim[];
}

const HAN_PAIR_RE = /^\p{Script=Han}{2}$/u;

/** Two-character words only (contentWords also lists single characters, marked). */
function bigrams(text: string, span: Span): Set<string> {
  const out = new Set<string>();
  for (const w of contentWords(text, span)) {
    if (HAN_PAIR_RE.test(w)) out.add(w);
  }
  return out;
}

/** text[span] as a sentence: its words and the claims standing in it. */
function spanSentence(text: string, span: Span, claims: Claim[]): Sentence {
  return {
    ...span,
    text: text.slice(span.start, span.end).replace(/\s+/g, ''),
    source: text,
    words: bigrams(text, span),
    claims: claims.filter((c) => c.index >= span.start && c.index < span.end && !c.withdrawn),
  };
}

/** The sentences of `text` with their words and the claims standing in them. */
function sentencesOf(text: string, claims: Claim[]): Sentence[] {
  const out: Sentence[] = [];
  let at = 0;
  while (at < text.length) {
    const span = sentenceAt(text, at);
    if (span.end > span.start) out.push(spanSentence(text, span, claims));
    at = Math.max(span.end, at) + 1;
  }
  return out;
}

/** The time word's own word: 开学初 → 开学 (two characters at least, or nothing). */
export function timeCore(text: string): string {
  const core = text.replace(TIME_ENDING_RE, '');
  return core !== text && /^\p{Script=Han}{2,}$/u.test(core) ? core : '';
}

/**
 * The same figure: one value, or one range (13至14 for 十三四); and in the draft a loose figure
 * that spans a range said (70余 for 七十五六).
 */
function sameValue(c: Claim, s: Claim): boolean {
  if (c.value === undefined || s.value === undefined) return false;
  if (spansRange(c, s)) return true;
  const low = s.low ?? s.value;
  const dLow = c.low ?? c.value;
  return Math.abs(c.value - s.value) < 1e-9 && Math.abs(dLow - low) < 1e-9;
}

export interface Aligned {
  /** Whether the answer sentence(s) a draft claim's sentence retells hold it, reworded. */
  vouches(c: Claim): boolean;
  /** Whether an answer fact is kept, reworded, by the draft sentence(s) retelling its sentence. */
  keeps(fact: Claim): boolean;
}

/** How many words two sentences share. */
function sharedWords(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** Enough shared words for `to` to be `from` retold (a short answer needs fewer). */
function enough(shared: number, answer: Sentence): boolean {
  return shared >= MIN_SHARED || (shared >= 2 && shared >= MIN_SHARE * answer.words.size);
}

/**
 * The sentences of `pool` sharing the most words with `from`, if enough to be it retold;
 * `answerOf` says which of the pair is the answer sentence (its size sets what is enough).
 */
function nearest(from: Sentence, pool: Sentence[], answerOf: (x: Sentence) => Sentence) {
  let best = 0;
  let out: Sentence[] = [];
  for (const to of pool) {
    const n = sharedWords(from.words, to.words);
    if (!enough(n, answerOf(to))) continue;
    if (n > best) [best, out] = [n, [to]];
    else if (n === best) out.push(to);
  }
  return out;
}

/**
 * A figure of `c`'s value in `a` that nothing else already carries (`spoken`: 60人 beside an
 * invented 60人次 carries the answer's 60人 itself), its measure no other value's there (3次 and
 * 12条 swapped).
 */
function holdsNumber(
  a: Sentence,
  c: Claim,
  spoken: (s: Claim) => boolean,
  same: (c: Claim, s: Claim) => boolean = sameValue,
): boolean {
  // (A figure inside a quoted name, “青禾7号”, is the name's, no count that vouches for 7项.)
  const named = (s: Claim) =>
    a.claims.some(
      (q) =>
        (q.kind === 'quote' || q.kind === 'title') &&
        s.index > q.index &&
        s.index < q.index + q.text.length,
    );
  return (
    a.claims.some(
      (s) =>
        s.kind === 'number' &&
        same(c, s) &&
        !spoken(s) &&
        !named(s) &&
        // (前三, a place among the top, is no third place nor three people: see extract.ts.)
        (c.measure === '前名') === (s.measure === '前名'),
    ) &&
    !a.claims.some(
      (o) =>
        o.kind === 'number' &&
        o.value !== c.value &&
        !!o.measure &&
        !!c.measure &&
        sameMeasure(o.measure, c.measure) &&
        // (会员来了十五个 … 推了7期: a 个 of people is no other count of 期, 场 or 条.)
        !(o.measure === '个' && o.ofPeople && !PEOPLE_MEASURE_RE.test(c.measure)),
    )
  );
}

/** Measures that count people, which a phone's 个 of people may stand for. */
const PEOPLE_MEASURE_RE = /^(?:个|人|名|位|个人|人次|户)$/;

/** A time word built on `c`'s word in `a`, on the same side of it. */
function holdsTime(a: Sentence, c: Claim): boolean {
  // 开学初 is built on 开学; 全国两会期间 on its canonical word 两会, a qualifier before it.
  const at = c.key && c.key.length >= 2 ? c.text.indexOf(c.key) : -1;
  const core = timeCore(c.text) || (at > 0 ? c.key! : '');
  if (!core) return false;
  const side = sideOf(c.text.slice(c.text.indexOf(core) + core.length));
  // 开学初 for 开学的时候 (the time itself); not 开学后 for it, nor 国庆节后 for 国庆节前.
  for (const i of occurrences(a.text, core)) {
    if (sideOf(a.text.slice(i + core.length, i + core.length + 3)) === side) return true;
  }
  return false;
}

/** Which side of the event a time word's ending puts it on: before, after, its end, or at it. */
function sideOf(ending: string): 'before' | 'after' | 'end' | 'at' {
  if (/^前后/.test(ending)) return 'at';
  if (/^(?:之前|以前|前夕|前)/.test(ending)) return 'before';
  if (/^(?:之后|以后|以来|后)/.test(ending)) return 'after';
  if (/^(?:末|底)/.test(ending)) return 'end';
  return 'at';
}

/** The measures of a count a list can stand for. */
const LIST_COUNT_RE = /^(?:个|项|次|种|类|方面)$/;
/** Words that join a list's items (A、B和C). */
const LIST_JOIN_RE = /[、]|(?<=[\p{Script=Han}”》])(?:和|及|与|以及)(?=[\p{Script=Han}“《\d])/u;
const LIST_SPLIT_RE = new RegExp(LIST_JOIN_RE.source, 'gu');

/**
 * A small count the draft keeps by naming what it counted: 一周三次 as 每周一、三、五; 两个活动
 * as 3月“科普宣传月”和5月科技活动周. A clause of the draft sentence lists exactly that many items.
 */
function listsAsMany(draft: string, d: Sentence, fact: Claim, source: string): boolean {
  const n = fact.value ?? 0;
  if (n < 2 || n > 9 || fact.approx || fact.low !== undefined) return false;
  // A count of things or times (两个, 三次, 两项); a count of cases (2件) or a length (两个月) is
  // a figure of its own, which a list of the topics beside it does not replace.
  if (!LIST_COUNT_RE.test(fact.measure ?? '')) return false;
  // A list whose items carry figures of their own (种植类9个、养殖类4个) is a breakdown: its
  // length is no count, and a part dropped from it must still show.
  let at = d.start;
  for (const clause of draft.slice(d.start, d.end).split(/[，,。；;：:]/)) {
    const start = at;
    at += clause.length + 1;
    if (clause.split(LIST_SPLIT_RE).length !== n || !LIST_JOIN_RE.test(clause)) continue;
    // (Figures in two items or more make a breakdown; a rate beside the list, 每天一次用粤语、
    // 普通话播报, is not one.)
    let itemStart = start;
    let withFigures = 0;
    for (const item of clause.split(LIST_SPLIT_RE)) {
      const from = indexFrom(draft, itemStart, item);
      if (
        d.claims.some((c) => c.kind === 'number' && c.index >= from && c.index < from + item.length)
      )
        withFigures++;
      itemStart = from + item.length;
    }
    if (withFigures >= 2) continue;
    // The items are what was counted: the clause names the noun counted (两个活动 as …和5月科技
    // 活动周), or lists days (每周一、三、五). 解决学习和生活困难 lists no 托管班.
    const span = { start, end: start + clause.length };
    const noun = countedNoun(source, fact.index, fact.text.length);
    if (DAYS_LIST_RE.test(clause) || (noun !== '' && clause.includes(noun))) return true;
    // …or shares a word with the words right around the count (办了周末托管班2个: 托管, 周末),
    // not with the rest of its line (留守儿童 is who, not what was counted).
    const near = {
      start: Math.max(0, fact.index - NEAR_COUNT),
      end: fact.index + fact.text.length + 2,
    };
    if (sharesWord(contentWords(draft, span), contentWords(source, near))) return true;
  }
  return false;
}
/** Where `item` stands in `draft` from `from` on (a list's items are split out of it). */
const indexFrom = (draft: string, from: number, item: string) => {
  const at = draft.indexOf(item, from);
  return at < 0 ? from : at;
};
/** How many characters before a count say what it counts (周末托管班2个). */
const NEAR_COUNT = 6;
/** A list of days or months by their numerals: 每周一、三、五, 3、6、9月. */
const DAYS_LIST_RE = /[一二三四五六七日\d]、[一二三四五六七日\d]/;

/**
 * The clause holding `fact` with the clause before it, and with the one after it: each a
 * sentence of its own (大姓主要是黄 刘两个姓, not the whole line it runs on in).
 */
function aroundFact(from: Sentence, fact: Claim): Sentence[] {
  const text = from.source;
  const here = clauseAt(text, fact.index);
  const before = here.start > from.start + 1 ? clauseAt(text, here.start - 2).start : here.start;
  const after = here.end + 1 < from.end ? clauseAt(text, here.end + 1).end : here.end;
  return [
    { start: Math.max(before, from.start), end: here.end },
    { start: here.start, end: Math.min(after, from.end) },
  ].map((span) => spanSentence(text, span, from.claims));
}

/**
 * 更新了一台监控 → 更新监控设备1套: a one counted with another measure of things, in the answer
 * sentence retold, tied by its clause's own words; never a rate (每月一次 is no 每季度1期) and
 * never more ones in the draft sentence than the answer has.
 */
function oneRecounted(a: Sentence, c: Claim, d: Sentence | undefined): boolean {
  if (!d || c.per || c.withdrawn || !countsThings(c.measure) || !c.words) return false;
  const tied = ones(a).filter(
    (s) => s.text.startsWith('一') && s.words !== undefined && sharesWord(c.words!, s.words),
  );
  return tied.length > 0 && ones(d).length <= ones(a).length;
}

/** The ones of a sentence counted with a measure of things, not as a rate. */
function ones(s: Sentence): Claim[] {
  return s.claims.filter(
    (x) => x.kind === 'number' && x.value === 1 && !x.per && countsThings(x.measure),
  );
}

export function aligned(draft: string, draftClaims: Claim[], index: SourceIndex): Aligned {
  const answers = index.sources
    .filter((s) => !s.global)
    .flatMap((s) => sentencesOf(s.text, [...s.claims.values()].flat()));
  const drafts = sentencesOf(draft, draftClaims);
  const retold = new Map<Sentence, Sentence[]>();
  /** The answer sentences the draft sentence holding `c` retells. */
  const sentenceOf = (c: Claim) => drafts.find((x) => c.index >= x.start && c.index < x.end);
  const sourcesOf = (c: Claim): Sentence[] => {
    const d = sentenceOf(c);
    if (!d) return [];
    let out = retold.get(d);
    if (!out) {
      out = nearest(d, answers, (a) => a);
      retold.set(d, out);
    }
    return out;
  };

  return {
    vouches(c) {
      if (c.kind === 'number' && c.value === 1) {
        return sourcesOf(c).some((a) => oneRecounted(a, c, sentenceOf(c)));
      }
      if (c.kind === 'number') {
        if (c.value === undefined || c.withdrawn) return false;
        const d = sentenceOf(c);
        // The answer's figure, written as it was elsewhere in the sentence, is that claim's.
        const spoken = (s: Claim) =>
          !!d?.claims.some((x) => x !== c && x.kind === 'number' && sameNumber(x, s));
        return sourcesOf(c).some((a) => holdsNumber(a, c, spoken));
      }
      if (c.kind === 'period') return sourcesOf(c).some((a) => holdsTime(a, c));
      return false;
    },
    keeps(fact) {
      if (fact.kind !== 'number' && fact.kind !== 'period') return false;
      if (fact.kind === 'number' && (fact.value === undefined || fact.value === 1)) return false;
      const from = answers.find((a) => a.claims.includes(fact));
      if (!from) return false;
      // A draft figure that is another figure of the answers this sentence retells, written as
      // said (走访企业12家 for one answer's 12家), does not also keep this one's 12户.
      const spokenIn = (d: Sentence) => (x: Claim) =>
        answers.some(
          (a) =>
            (a === from || enough(sharedWords(d.words, a.words), a)) &&
            a.claims.some((f) => f !== fact && f.kind === 'number' && sameNumber(x, f)),
        );
      // A phone answer runs many claims into one unpunctuated line: the clauses around the fact
      // (大姓主要是黄 刘两个姓) find the draft sentences that retell them, as well as the line.
      const retelling = new Set(
        [from, ...aroundFact(from, fact)].flatMap((a) => nearest(a, drafts, () => a)),
      );
      return [...retelling].some((d) =>
        fact.kind === 'number'
          ? holdsNumber(d, fact, spokenIn(d), (f, x) => sameValue(x, f)) ||
            listsAsMany(draft, d, fact, from.source)
          : holdsTime(d, fact),
      );
    },
  };
}
