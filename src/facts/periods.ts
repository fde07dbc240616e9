import { escapeRe, loadWords } from './words.js';

/**
 * Times written without digits (春节期间, 年初, 上旬, 下半年): a draft may place an activity in
 * one only where the answers do. Each written form has a canonical one (年末 = 年底, 春节期间 =
 * 春节), kept in words/periods.txt.
 */

export interface PeriodFact {
  kind: 'period';
  text: string;
  index: number;
  /** The canonical form, for comparison. */
  key: string;
}

const CANONICAL = new Map<string, string>();
for (const line of loadWords('periods')) {
  const [word = '', key] = line.split('=');
  if (word !== '') CANONICAL.set(word, key || word);
}

const PERIOD_RE = new RegExp(
  [...CANONICAL.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|'),
  'g',
);

/** 上一年初, 今年年初, 每年年底 are the same times; 年初 inside 2026年初 too. */
export function extractPeriods(text: string): PeriodFact[] {
  const out: PeriodFact[] = [];
  for (const m of text.matchAll(PERIOD_RE)) {
    const key = CANONICAL.get(m[0]) ?? m[0];
    // 中秋 in 中秋联谊会 is still the time of the event; 年中 in 全年中 is not a time.
    if (key === '年中' && /[全当一今本该每]$/.test(text.slice(0, m.index))) continue;
    // 政治清明 is a state of affairs, not the festival.
    if (key === '清明' && /[治]$/.test(text.slice(0, m.index))) continue;
    // 月中 in 五月中 is a time; in 岁月中 or 日月中 it is not.
    if (key === '月中' && !/[\d一二三四五六七八九十]$/.test(text.slice(0, m.index))) continue;
    out.push({ kind: 'period', text: m[0], index: m.index, key });
  }
  return out;
}

/** The canonical key of a period word, when `text` is one. */
export function periodKey(text: string): string | undefined {
  return CANONICAL.get(text);
}

/** Every written time word, longest first (names stop at them: 春节期间镇党委 is 镇党委). */
export const PERIOD_WORDS: readonly string[] = [...CANONICAL.keys()].sort(
  (a, b) => b.length - a.length,
);
