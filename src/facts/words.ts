import { readFileSync } from 'node:fs';

/**
 * The word lists fact extraction relies on (set phrases, measure words, activity names) are
 * data, kept one word per line in words/*.txt so they can be read and extended without touching
 * code. `#` starts a comment line; blank lines are ignored. Read once, when the module loads.
 * `dir`: another module's words/ folder (the interview's lists use the same loader).
 */
export function loadWords(name: string, dir = new URL('./words/', import.meta.url)): string[] {
  const text = readFileSync(new URL(`${name}.txt`, dir), 'utf8');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

const SURNAME_LIST = loadWords('surnames');

/** The one-character surnames (王, 钱…): names.ts reads people by them, extract.ts nicknames. */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(
  SURNAME_LIST.filter((w) => w.length === 1),
);

/** The surnames of two characters (欧阳, 司马…): a name beginning with one holds one more. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(
  SURNAME_LIST.filter((w) => w.length === 2),
);

/** A word as a literal inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as one RegExp alternation, longest first (so 蒙古 is tried before 蒙), each escaped. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
}

/** Every offset at which `part` stands in `text`, overlapping ones included. */
export function* occurrences(text: string, part: string): Generator<number> {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) yield at;
}

/** How many places two strings of one length differ in (a typed or heard character); else Infinity. */
export function charsApart(a: string, b: string): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** Whether the characters of `short` stand in `full` in their order (七普 in 第七次全国人口普查). */
export function inOrder(short: string, full: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
