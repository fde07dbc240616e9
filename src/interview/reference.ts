import type { Template } from '../templates/schema.js';
import { clipGraphemes } from '../text/cut.js';
import type { Answer, PartOrigin, Summary } from './types.js';

/**
 * How parts that were not typed show on the cards: a mark per part (🎤 voice, 📄 from a file,
 * ⚠ 待核实 for last period's text not yet confirmed), and the one-line reference to what last
 * period's summary said for a part.
 */

export const REFERENCE_LABEL = {
  reuseInfo: '沿用上次的基本信息',
  useLast: '参考上次',
  confirm: (part: number) => `核实第${part}部分`,
  draftAnyway: '仍然生成（标注待核实）',
} as const;

export function originOf(answer: Answer | undefined, index: number): PartOrigin | null {
  return answer?.source?.[index] ?? null;
}

export function isUnverified(origin: PartOrigin | null): boolean {
  return origin?.kind === 'lastPeriod' && origin.confirmed !== true;
}

/** The mark put before a part on the section card. */
export function partMark(origin: PartOrigin | null): string {
  if (!origin) return '';
  if (origin.kind === 'voice') return '🎤';
  if (origin.kind === 'document') return '📄';
  return origin.confirmed ? '↺' : '⚠待核实 ';
}

/** Parts of an answer copied from last period and not yet confirmed. */
export function unverifiedParts(answer: Answer | undefined): string[] {
  if (!answer) return [];
  return answer.parts.filter((_, i) => isUnverified(originOf(answer, i)));
}

/** How many parts of an answer came from a file. */
export function documentParts(answer: Answer | undefined): number {
  if (!answer) return 0;
  return answer.parts.filter((_, i) => originOf(answer, i)?.kind === 'document').length;
}

/** "上次写了：……（前60字）" for a section, when last period answered it. */
export function lastPeriodLine(summary: Summary, sectionId: string): string | undefined {
  const earlier = summary.lastPeriod?.answers[sectionId];
  if (!earlier) return undefined;
  return `上次写了：${clipGraphemes(earlier.replace(/\s+/g, ' '), 60)}`;
}

/** Part numbers whose answer holds last period's text not yet confirmed. */
export function unverifiedSections(template: Template, summary: Summary): number[] {
  return template.sections
    .map((section, i) => ({ part: i + 2, a: summary.answers[section.id] }))
    .filter(
      ({ a }) => a && a.status !== 'skipped' && a.status !== 'na' && unverifiedParts(a).length > 0,
    )
    .map(({ part }) => part);
}
