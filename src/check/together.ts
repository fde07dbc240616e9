import { isSentenceEnd } from '../facts/clauses.js';
import { type Claim, looseCountTaken, type SourceIndex, sameDate, sameNumber } from './trace.js';

/**
 * Facts travel together. A draft sentence whose figures and times stand together in one answer
 * sentence is that answer's claim, whatever words surround them: 「开了两次 一次3月 一次9月」
 * written as 「分别于3月、9月召开2次会议」 shares no word with it (phone words and 公文 words
 * rarely pair), but 3月, 9月 and 两次 vouch for one another. A figure alone is still traced by
 * its words (trace.ts): the tie here needs a second fact of the same answer sentence in the same
 * draft sentence, so an invented figure put next to a real one is still found (its value is in
 * no answer sentence with that one). A 1 is no partner: answers are full of 一次 and 一个.
 */

const KINDS = new Set(['number', 'date', 'period']);

function sameValue(a: Claim, b: Claim, year?: number): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'number':
      return sameNumber(a, b);
    case 'date':
      return a.date !== undefined && b.date !== undefined && sameDate(a.date, b.date, year);
    case 'period':
      return a.key !== undefined && a.key === b.key;
    default:
      return false;
  }
}

/** A catch-all measure: 个, or none. */
const generic = (m: string | undefined) => m === undefined || m === '' || m === '个';

/**
 * Whether two figures are the same only through a catch-all measure: 拆违章棚7座 is 网格员新招了7
 * (个) only by the measure's silence — no tie where an answer sentence as close gives 座 another
 * value (拆违章棚2座). Words may still tie them (trace.ts).
 */
function byCatchAll(a: Claim, b: Claim): boolean {
  if (a.kind !== 'number' || a.measure === b.measure) return false;
  return generic(a.measure) !== generic(b.measure);
}

/** A fact that can vouch for a neighbour: not a 1, not one derived from another. */
function partner(c: Claim): boolean {
  return KINDS.has(c.kind) && !c.derived && !(c.kind === 'number' && c.value === 1);
}

interface Sentence {
  claims: Claim[];
}

/** The checkable facts of `text`, grouped by the sentence they stand in. */
function sentencesOf(text: string, claims: Claim[]): Map<Claim, Sentence> {
  const out = new Map<Claim, Sentence>();
  const byStart = new Map<number, Sentence>();
  // Each character's sentence, found once and however long the sentence (a 公文 sentence of
  // 90 字 is one sentence: its last figure is still a partner of its first).
  const startOf = new Int32Array(text.length + 1);
  for (let i = 0, start = 0; i <= text.length; i++) {
    startOf[i] = start;
    if (isSentenceEnd(text[i] ?? '')) start = i + 1;
  }
  for (const c of claims) {
    // A figure the user corrected at once (八千万 哦 八千五百万) stands for nothing.
    if (!KINDS.has(c.kind) || c.withdrawn) continue;
    const start = startOf[c.index] ?? 0;
    let s = byStart.get(start);
    if (!s) {
      s = { claims: [] };
      byStart.set(start, s);
    }
    s.claims.push(c);
    out.set(c, s);
  }
  return out;
}

export interface Together {
  /** Whether a draft claim is vouched for by a partner from the same answer sentence. */
  traced(c: Claim): boolean;
  /** Whether an answer fact is kept by a draft sentence that keeps a partner of it too. */
  present(fact: Claim): boolean;
}

export function together(draft: string, draftClaims: Claim[], index: SourceIndex): Together {
  const draftSentences = sentencesOf(draft, draftClaims);
  const answers = index.sources
    .filter((s) => !s.global)
    .map((s) => {
      const claims = [...s.claims.values()].flat();
      return { claims, sentences: sentencesOf(s.text, claims) };
    });
  const year = index.year;

  const answerSentences = [...new Set(answers.flatMap((a) => [...a.sentences.values()]))];
  const draftList = [...new Set(draftSentences.values())];

  /** How many facts of `from` (less `mine`) have their value in `to`: how alike two sentences are. */
  const shared = (from: Sentence, mine: Claim | undefined, to: Sentence) =>
    from.claims.filter(
      (x) => x !== mine && partner(x) && to.claims.some((y) => partner(y) && sameValue(x, y, year)),
    ).length;

  /**
   * The sentences of `pool` most alike `from` (at least one shared fact): only there may `mine`
   * find its value. A draft sentence of a 座谈会 that shares four facts with the answer about it
   * is that answer's, not another's that happens to hold a 2 and a 9 as well.
   */
  const closest = (from: Sentence, mine: Claim, pool: Sentence[]) => {
    let best = 0;
    let out: Sentence[] = [];
    for (const to of pool) {
      const n = shared(from, mine, to);
      if (n > best) [best, out] = [n, [to]];
      else if (n === best && n > 0) out.push(to);
    }
    return out;
  };

  return {
    traced(c) {
      const d = draftSentences.get(c);
      if (!d || d.claims.length < 2) return false;
      // Its value in that sentence, and a partner of another value-claim there: 党员15人 beside
      // 保洁员15名 is not vouched for by the one 15 the answer has.
      const near = closest(d, c, answerSentences);
      // (…and where one of them gives this very measure another value, a 个 elsewhere is not it.)
      // (A 1 is no figure to contradict: 暂停一次 beside 开了11次 is one of them.)
      const contradicted =
        c.value !== 1 &&
        near.some((a) =>
          a.claims.some(
            (y) =>
              y.kind === 'number' &&
              y.measure === c.measure &&
              !generic(c.measure) &&
              y.value !== c.value &&
              !y.derived,
          ),
        );
      return near.some((a) =>
        a.claims.some(
          (s) =>
            sameValue(c, s, year) &&
            !(contradicted && byCatchAll(c, s)) &&
            !looseCountTaken(index, s, c) &&
            d.claims.some(
              (x) =>
                x !== c &&
                partner(x) &&
                a.claims.some((y) => y !== s && partner(y) && sameValue(x, y, year)),
            ),
        ),
      );
    },
    present(fact) {
      for (const { sentences } of answers) {
        const a = sentences.get(fact);
        if (!a || a.claims.length < 2) continue;
        return closest(a, fact, draftList).some((d) =>
          d.claims.some(
            (x) =>
              sameValue(x, fact, year) &&
              // 6.18 is not kept by a bare 6月: the draft's date says all the answer's does.
              (x.kind !== 'date' || fact.date?.day === undefined || x.date?.day !== undefined) &&
              // 十余人 keeps no exact 17人: a loose figure is not a particular one.
              (x.approx === undefined || fact.approx !== undefined || x.value === fact.value),
          ),
        );
      }
      return false;
    },
  };
}
