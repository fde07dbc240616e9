import { readFileSync } from 'node:fs';
import { hasConcreteFact } from '../facts/concrete.js';
import { contentChars, THIN_CHARS } from '../templates/outline.js';
import type { Template } from '../templates/schema.js';
import { sectionWording } from '../templates/wording.js';
import type { Action, Ref, Reply, Summary } from './types.js';

/**
 * Depth before drafting: the answered work parts that say little (under ~40 字, or no 做法, or no
 * 成效), listed once per draft request with a button to add to each. It never stops the draft.
 */

const PRACTICE_VERBS = readFileSync(new URL('./words/practice-verbs.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));

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
        : !PRACTICE_VERBS.some((v) => text.includes(v))
          ? '缺少做法'
          : !hasConcreteFact(text)
            ? '缺少成效'
            : '';
    if (why) {
      const title = sectionWording(section, summary.info.unitType).title;
      // Part 1 is 基本信息, so sections[i] is part i + 2.
      out.push({ part: index + 2, title, why });
    }
  }
  return out;
}

/** The one screen shown with a draft request, or undefined when no part is thin. */
export function depthCard(template: Template, summary: Summary, ref: Ref): Reply | undefined {
  const thin = thinParts(template, summary);
  if (thin.length === 0) return undefined;
  const buttons: Action[] = thin.slice(0, 6).map((t) => ({
    label: `补充第${t.part}部分`,
    event: { type: 'edit', part: t.part, ref },
  }));
  const rows: Action[][] = [];
  for (let i = 0; i < buttons.length; i += 3) rows.push(buttons.slice(i, i + 3));
  return {
    kind: 'notice',
    text: [
      `这${thin.length}部分内容较少，各补一两句会更充实（写做了什么、怎么做、效果如何）：`,
      ...thin.map((t) => `· 第${t.part}部分 ${t.title}（${t.why}）`),
      '草稿照常生成；补充后点[重新生成]即可。',
    ].join('\n'),
    actions: rows,
  };
}
