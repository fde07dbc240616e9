import { TYPOS } from '../compose/written.js';
import { PLACEHOLDER_RE } from '../facts/placeholder.js';
import { loadWords } from '../facts/words.js';
import { clipGraphemes } from '../text/cut.js';

/**
 * Phone wording left in a draft: spoken words (弄起来, 约1800人次吧, 全年没出什么大事) and
 * likely typos (巩故率). Neither is a fact, so the fact check cannot see them, yet a 公文 must
 * not carry them: the 核对清单 lists them and the finishing walk asks for the written form of
 * each sentence (a typo with its correction one tap away). Both lists are data: ./words/spoken.txt
 * (patterns) and the offline composer's ../compose/words/typos.tsv (wrong → right), which it
 * corrects by itself; a model draft may still copy one from the answers. Pure.
 */

export interface WordingIssue {
  /** quote: a figure of speech in quotes that is not the user's words (figures.ts). */
  kind: 'spoken' | 'typo' | 'quote';
  /** The words as they stand in the draft. */
  text: string;
  /** The typo's correct form. */
  fix?: string;
  /** The sentence they stand in, clipped for a phone. */
  clause: string;
  /** 1-based line of the draft. */
  line: number;
  /** Offset in the draft. */
  index: number;
}

const WORDS = new URL('./words/', import.meta.url);

const SPOKEN = loadWords('spoken', WORDS).map((p) => new RegExp(p, 'gu'));

const END = /[。！？；!?;\n]/;

export function wordingClause(draft: string, index: number, length: number): string {
  let start = index;
  while (start > 0 && !END.test(draft[start - 1] ?? '')) start--;
  let end = index + length;
  while (end < draft.length && !END.test(draft[end] ?? '')) end++;
  if (end < draft.length && draft[end] !== '\n') end++;
  return clipGraphemes(draft.slice(start, end).trim(), 40);
}

/** The spoken words and typos of `draft`, in order; none inside a 【待补：…】. */
export function wordingIssues(draft: string): WordingIssue[] {
  // Placeholders are the bot's own words: masked, same length, so offsets stay true.
  const text = draft.replace(new RegExp(PLACEHOLDER_RE.source, 'g'), (m) => ' '.repeat(m.length));
  const found: Omit<WordingIssue, 'clause' | 'line'>[] = [];
  for (const { wrong, right } of TYPOS) {
    for (let i = text.indexOf(wrong); i >= 0; i = text.indexOf(wrong, i + wrong.length)) {
      found.push({ kind: 'typo', text: wrong, fix: right, index: i });
    }
  }
  for (const re of SPOKEN) {
    for (const m of text.matchAll(re)) {
      const index = m.index ?? 0;
      // A spoken word inside a typo already listed is one item, not two.
      if (found.some((f) => index >= f.index && index < f.index + f.text.length)) continue;
      found.push({ kind: 'spoken', text: m[0], index });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found.map((f) => ({
    ...f,
    clause: wordingClause(draft, f.index, f.text.length),
    line: draft.slice(0, f.index).split('\n').length,
  }));
}

/** The key a [保留原句] is remembered by: the words and their sentence, stable across versions. */
export function wordingKey(w: WordingIssue): string {
  return `w|${w.text}|${w.clause}`;
}
