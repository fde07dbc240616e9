import { contentWords, type Span, sentenceAt } from '../facts/clauses.js';
import { sameMeasure } from '../facts/measures.js';
import type { Claim, SourceIndex } from './trace.js';

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
 * sentence no answer sentence resembles. A 1 is never vouched for: answers are full of 一次.
 */

/** Shared two-character words that make a draft sentence an answer sentence retold. */
const MIN_SHARED = 3;
/** …or this share of a short answer sentence's words (at least two words). */
const MIN_SHARE = 0.5;

/** What a time word says beyond its word: 开学初, 两会期间, 国庆节前 are built on 开学, 两会, 国庆节. */
const TIME_ENDING_RE = /(?:前后|期间|以来|之际|伊始|时期|的时候|时候|之初|之前|之后|初|末|底|前|后|中|时)$/;

interface AnswerSentence {
  text: string;
  words: Set<string>;
  claims: Claim[];
}

/** Two-character words only (contentWords also lists single characters, marked). */
function bigrams(text: string, span: Span): Set<string> {
  const out = new Set<string>();
  for (const w of contentWords(text, span)) if (w.length === 2 && !/[\u0002\u0003]/.test(w)) out.add(w);
  return out;
}

function sentencesOf(text: string, claims: Claim[]): AnswerSentence[] {
  const out: AnswerSentence[] = [];
  let at = 0;
  while (at < text.length) {
    const span = sentenceAt(text, at);
    if (span.end > span.start) {
      out.push({
        text: text.slice(span.start, span.end).replace(/\s+/g, ''),
        words: bigrams(text, span),
        claims: claims.filter((c) => c.index >= span.start && c.index < span.end && !c.withdrawn),
      });
    }
    at = Math.max(span.end, at) + 1;
  }
  return out;
}

/** The time word's own word: 开学初 → 开学 (two characters at least, or nothing). */
export function timeCore(text: string): string {
  const core = text.replace(TIME_ENDING_RE, '');
  return core !== text && /^\p{Script=Han}{2,}$/u.test(core) ? core : '';
}

function sameValue(c: Claim, s: Claim): boolean {
  if (c.value === undefined || s.value === undefined) return false;
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
function enough(shared: number, answer: AnswerSentence): boolean {
  return shared >= MIN_SHARED || (shared >= 2 && shared >= MIN_SHARE * answer.words.size);
}

/** The sentences of `pool` sharing the most words with `from`, if enough to be it retold. */
function nearest(
  from: AnswerSentence,
  pool: AnswerSentence[],
  answerOf: (x: AnswerSentence) => AnswerSentence,
) {
  let best = 0;
  let out: AnswerSentence[] = [];
  for (const to of pool) {
    const n = sharedWords(from.words, to.words);
    if (!enough(n, answerOf(to))) continue;
    if (n > best) [best, out] = [n, [to]];
    else if (n === best) out.push(to);
  }
  return out;
}

/** A figure of `c`'s value in `a`, its measure no other value's there (3次 and 12条 swapped). */
function holdsNumber(a: AnswerSentence, c: Claim): boolean {
  return (
    a.claims.some((s) => s.kind === 'number' && sameValue(c, s)) &&
    !a.claims.some(
      (o) =>
        o.kind === 'number' &&
        o.value !== c.value &&
        !!o.measure &&
        !!c.measure &&
        sameMeasure(o.measure, c.measure),
    )
  );
}

/** A time word built on `c`'s word in `a`, and none of that word meaning another time. */
function holdsTime(a: AnswerSentence, c: Claim): boolean {
  const core = timeCore(c.text);
  if (!core || !a.text.includes(core)) return false;
  // 国庆节后 for an answer's 国庆节前: the same word, another time.
  return !a.claims.some((o) => o.kind === 'period' && timeCore(o.text) === core && o.key !== c.key);
}

export function aligned(draft: string, draftClaims: Claim[], index: SourceIndex): Aligned {
  const answers = index.sources
    .filter((s) => !s.global)
    .flatMap((s) => sentencesOf(s.text, [...s.claims.values()].flat()));
  let draftSentences: AnswerSentence[] | undefined;
  const bySentence = new Map<number, AnswerSentence[]>();

  /** The answer sentences the draft sentence at `at` retells (shares enough words with). */
  const retold = (at: number): AnswerSentence[] => {
    const span = sentenceAt(draft, at);
    const known = bySentence.get(span.start);
    if (known) return known;
    const words = bigrams(draft, span);
    const scored = answers.map((a) => {
      let shared = 0;
      for (const w of a.words) if (words.has(w)) shared++;
      return { a, shared, ok: shared >= MIN_SHARED || (shared >= 2 && shared >= MIN_SHARE * a.words.size) };
    });
    const best = Math.max(0, ...scored.filter((x) => x.ok).map((x) => x.shared));
    const mode = process.env.ALIGN ?? 'any';
    const out = scored
      .filter((x) => x.ok && (mode === 'any' || x.shared >= Number(mode) * best))
      .map((x) => x.a);
    bySentence.set(span.start, out);
    return out;
  };

  return {
    vouches(c) {
      if (c.kind === 'number') {
        if (c.value === undefined || c.value === 1 || c.withdrawn) return false;
        return retold(c.index).some((a) => holdsNumber(a, c));
      }
      if (c.kind === 'period') return retold(c.index).some((a) => holdsTime(a, c));
      return false;
    },
    keeps(fact) {
      if (fact.kind !== 'number' && fact.kind !== 'period') return false;
      if (fact.kind === 'number' && (fact.value === undefined || fact.value === 1)) return false;
      const from = answers.find((a) => a.claims.includes(fact));
      if (!from) return false;
      draftSentences ??= sentencesOf(draft, draftClaims);
      return nearest(from, draftSentences, () => from).some((d) =>
        fact.kind === 'number' ? holdsNumber(d, fact) : holdsTime(d, fact),
      );
    },
  };
}
