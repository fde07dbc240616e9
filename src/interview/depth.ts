import { hasConcreteFact } from '../facts/concrete.js';
import { extractFacts } from '../facts/extract.js';
import { loadWords } from '../facts/words.js';
import { contentChars, THIN_CHARS } from '../templates/outline.js';
import type { Template } from '../templates/schema.js';
import { sectionWording } from '../templates/wording.js';
import { partOf } from './position.js';
import type { Summary } from './types.js';

/**
 * Depth before drafting: the answered work parts that say little (under ~40 字, or no 做法, or no
 * 成效). drafts.ts lists them once per summary, on the one screen before a draft, with a button to
 * add to each and one to draft at once; it never stops the draft.
 */

const PRACTICE_VERBS = loadWords('practice-verbs', new URL('./words/', import.meta.url));
const ACT_MEASURES = new Set(loadWords('act-measures', new URL('./words/', import.meta.url)));

/**
 * The text names at least one 做法: a practice verb (开展, 召开, 走访 … words/practice-verbs.txt),
 * or a count of things done (政策解读5期, 座谈会2场: words/act-measures.txt), which names one
 * whatever verb the user typed.
 */
export function hasPractice(text: string): boolean {
  if (PRACTICE_VERBS.some((v) => text.includes(v))) return true;
  return extractFacts(text).some((f) => f.kind === 'number' && ACT_MEASURES.has(f.measure ?? ''));
}

export interface ThinPart {
  part: number;
  title: string;
  /** What is missing: 内容较少 / 缺少做法 / 缺少成效. */
  why: string;
}

export function thinParts(template: Template, summary: Summary): ThinPart[] {
  const out: ThinPart[] = [];
  for (const [index, section] of template.sections.entries()) {
    if (section.role !== 'work') continue;
    const a = summary.answers[section.id];
    if (!a || (a.status !== 'done' && a.status !== 'open')) continue;
    const text = [...a.parts, ...(a.followUp?.parts ?? [])].join('\n');
    if (text.trim() === '') continue;
    const why =
      contentChars(text) < THIN_CHARS
        ? '内容较少'
        : !hasPractice(text)
          ? '缺少做法'
          : !hasConcreteFact(text)
            ? '缺少成效'
            : '';
    if (why) {
      const title = sectionWording(section, summary.info.unitType).title;
      out.push({ part: partOf({ kind: 'section', index }) as number, title, why });
    }
  }
  return out;
}
