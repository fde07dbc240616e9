import { loadWords } from '../facts/words.js';
import { SIZE, TYPE_AREA, widthInChars } from './layout.js';
import { loadExportWords } from './words.js';

/**
 * A long title split into lines by meaning (GB/T 9704 7.2: 回行时要做到词意完整，排列对称，长短
 * 适宜，间距恰当，使用梯形或菱形): breaks only between words, never inside a word of
 * words/title-words.txt, a 《…》 or （…） or a number with its 年/月/日, never before a one-character
 * word (清河|镇, 2026|年, 情况|的) or a closing mark; lines as even as the breaks allow, two lines
 * in a 梯形 (the upper not longer), three in a 菱形 (the middle the longest) where possible.
 */

/** 二号 characters a title line holds: 8845 / 440 → 20. */
export const TITLE_LINE_CHARS = Math.floor(TYPE_AREA.width / (SIZE.title * 10));

/** The title's own words, and every organisation's stem (党工委, 新联会 …: the checker's list). */
const WORDS = [...loadExportWords('title-words'), ...loadWords('org-stems')];
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/** A line may not start with these (they close what came before). */
const NO_LINE_START = /^[，、。；：！？）》”’」』】…—]/;
/** A line may not end with these (they open what comes after). */
const NO_LINE_END = /[（《“‘「『【]$/;

/** The string offsets at which `title` may be broken. */
function breakPoints(title: string, max: number): number[] {
  const points = new Set<number>();
  let at = 0;
  for (const { segment } of SEGMENTER.segment(title)) {
    if (at > 0) points.add(at);
    at += segment.length;
  }
  const blocked = new Set<number>();
  const block = (from: number, to: number) => {
    for (let i = from + 1; i < to; i++) blocked.add(i);
  };
  for (const word of WORDS) {
    for (let i = title.indexOf(word); i !== -1; i = title.indexOf(word, i + 1)) {
      block(i, i + word.length);
    }
  }
  // A 《name》 or (note) that fits a line stays whole; a longer one breaks between its words.
  for (const m of title.matchAll(/《[^》]*》|（[^）]*）|\([^)]*\)|\d+(?:[.．]\d+)?[年月日号]?/g)) {
    if (widthInChars(m[0]) <= max) block(m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  return [...points]
    .filter((p) => !blocked.has(p))
    .filter((p) => {
      const next = title.slice(p);
      const prev = title.slice(0, p);
      // A one-character word goes with the word before it (清河镇, 情况的, 2026年).
      const nextWord = SEGMENTER.segment(next)[Symbol.iterator]().next().value?.segment ?? '';
      const oneCharacterWord = nextWord.length === 1 && /\p{Script=Han}/u.test(nextWord);
      return !oneCharacterWord && !NO_LINE_START.test(next) && !NO_LINE_END.test(prev);
    })
    .sort((a, b) => a - b);
}

/** How far lines of these widths are from an even, well-shaped title (lower is better). */
function cost(widths: number[]): number {
  const mean = widths.reduce((a, b) => a + b, 0) / widths.length;
  let c = widths.reduce((sum, w) => sum + (w - mean) ** 2, 0);
  if (widths.length === 2 && (widths[0] ?? 0) > (widths[1] ?? 0)) c += 0.5;
  if (widths.length === 3) {
    const [a = 0, b = 0, d = 0] = widths;
    if (b < Math.max(a, d)) c += 4;
  }
  return c;
}

/** The best split of `title` into `lines` lines at `points`, each within `max`; undefined if none. */
function bestSplit(title: string, points: number[], lines: number, max: number) {
  let best: { cost: number; parts: string[] } | undefined;
  const walk = (from: number, start: number, parts: string[]) => {
    if (parts.length === lines - 1) {
      const last = title.slice(start);
      if (widthInChars(last) > max) return;
      const all = [...parts, last];
      const c = cost(all.map(widthInChars));
      if (!best || c < best.cost) best = { cost: c, parts: all };
      return;
    }
    for (let i = from; i < points.length; i++) {
      const p = points[i] ?? 0;
      const part = title.slice(start, p);
      if (widthInChars(part) > max) break;
      walk(i + 1, p, [...parts, part]);
    }
  };
  walk(0, 0, []);
  return best?.parts;
}

/** The title's lines; one line when it fits, and as it is when no split at word boundaries fits. */
export function titleLines(title: string, max: number = TITLE_LINE_CHARS): string[] {
  const width = widthInChars(title);
  if (width <= max) return [title];
  const points = breakPoints(title, max);
  const fewest = Math.ceil(width / max);
  for (let lines = fewest; lines <= Math.min(fewest + 2, points.length + 1); lines++) {
    const split = bestSplit(title, points, lines, max);
    if (split) return split;
  }
  return [title];
}
