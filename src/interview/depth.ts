import { hasConcreteFact } from '../facts/concrete.js';
import { extractFacts } from '../facts/extract.js';
import { loadWords } from '../facts/words.js';
import type { Template } from '../templates/schema.js';
import { sectionWording } from '../templates/wording.js';
import { partOf } from './position.js';
import type { Summary } from './types.js';

/**
 * Depth before drafting: the answered work parts with no fact at all. The end screen (or, when it
 * was not shown, the screen before the first draft) lists them once per summary, with a button to
 * add to each; it never stops the draft. hasPractice serves the offline composer.
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

/**
 * The answered work parts with no fact at all: nothing a reader could check (a number, a date, a
 * name; facts/concrete.ts). 「召开党外人士座谈会2次，收到意见建议31条」 is never thin, however short
 * (issue 24: parts with figures were flagged 内容较少).
 */
export function thinParts(template: Template, summary: Summary): ThinPart[] {
  const out: ThinPart[] = [];
  for (const [index, section] of template.sections.entries()) {
    if (section.role !== 'work') continue;
    const a = summary.answers[section.id];
    if (!a || (a.status !== 'done' && a.status !== 'open')) continue;
    const text = [...a.parts, ...(a.followUp?.parts ?? [])].join('\n');
    if (text.trim() === '' || hasConcreteFact(text)) continue;
    const title = sectionWording(section, summary.info.unitType).title;
    out.push({ part: partOf({ kind: 'section', index }) as number, title, why: NO_FACT });
  }
  return out;
}

/** Why a part is listed: what it lacks. */
const NO_FACT = '没有具体数字、日期或名称';
