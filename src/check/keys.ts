import { factKey } from '../facts/extract.js';

/** Punctuation that a rephrased title or quote may add or drop. */
const KEY_PUNCT_RE = /[，。、；：！？,.;:!?·•—\-…+＋]/g;
/** A plus between two words is the 加 a phone says (网格员加志愿者 → “网格员+志愿者”). */
const PLUS_BETWEEN_WORDS_RE = /(?<=[\u4e00-\u9fff])\s*[+＋]\s*(?=[\u4e00-\u9fff])/g;

/** A text as names and titles are compared: its fact key without the punctuation around it. */
export function compareKey(s: string): string {
  return factKey(s).replace(PLUS_BETWEEN_WORDS_RE, '加').replace(KEY_PUNCT_RE, '');
}
