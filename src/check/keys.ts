import { factKey } from '../facts/extract.js';

/** Punctuation that a rephrased title or quote may add or drop. */
const KEY_PUNCT_RE = /[，。、；：！？,.;:!?·•—\-…+＋]/g;

/** A text as names and titles are compared: its fact key without the punctuation around it. */
export function compareKey(s: string): string {
  return factKey(s).replace(KEY_PUNCT_RE, '');
}
