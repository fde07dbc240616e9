import { readFileSync } from 'node:fs';

/**
 * From the phone to the page, for the offline composer: the clause breaks a user typed as
 * spaces become “，”, and spoken words become written ones by the table in
 * words/spoken-written.tsv (conservative: numbers, dates and names are never touched).
 */

interface Replacement {
  pattern: RegExp;
  replacement: string;
}

function loadTable(): Replacement[] {
  const text = readFileSync(new URL('./words/spoken-written.tsv', import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [pattern = '', replacement = ''] = line.split('\t');
      return { pattern: new RegExp(pattern, 'gu'), replacement };
    });
}

const TABLE = loadTable();

/** Spoken words replaced by written ones (搞 → 开展, 给…办了 → 为…举办了). */
export function toWritten(sentence: string): string {
  let s = sentence;
  for (const { pattern, replacement } of TABLE) s = s.replace(pattern, replacement);
  return s;
}

/** A stretch this long on both sides of a space is a clause of its own. */
const CLAUSE_CHARS = 4;

const content = (s: string) => (s.match(/[\p{Script=Han}0-9]/gu) ?? []).length;

/**
 * Spaces between clauses (“统战部3个人分工负责 每月开一次例会”) become “，”; spaces between words
 * of one clause (“走访 党外 人士”, voice input's habit) are left for cleanSentence to remove.
 */
export function clauseBreaks(line: string, separator = '，'): string {
  const tokens = line.trim().split(/[ \t\u3000]+/);
  if (tokens.length < 2) return line;
  let out = tokens[0] as string;
  for (let i = 1; i < tokens.length; i++) {
    const left = tokens[i - 1] as string;
    const right = tokens[i] as string;
    const clause =
      content(left) >= CLAUSE_CHARS &&
      content(right) >= CLAUSE_CHARS &&
      /[\p{Script=Han}0-9]$/u.test(left) &&
      /^[\p{Script=Han}0-9]/u.test(right);
    out += clause ? `${separator}${right}` : ` ${right}`;
  }
  return out;
}

/** A plan typed as one message with ；or 。 between items is several items. */
export function splitPlans(item: string): string[] {
  return item
    .split(/(?<=[；;。])/u)
    .map((s) => s.replace(/[；;]$/u, '').trim())
    .filter((s) => s.replace(/[。\s]/gu, '') !== '');
}
