import type { Template } from '../templates/schema.js';
import type { Summary } from './types.js';

/**
 * The one place a summary's title is made: [单位][期间]<titleSuffix>, e.g.
 * 清河镇2026年上半年统战工作总结. The parts are kept so the file name (export/filename.ts) is
 * built from them, not cut back out of the title.
 */
export interface DraftTitle {
  /** The whole title. */
  title: string;
  unit: string;
  /** The time phrase the opening starts with: 2026年 / 2026年上半年. */
  periodPhrase: string;
  /** 统战工作总结, or 统战工作专项总结 for 专项. */
  titleSuffix: string;
}

/** 年度 → "2026年"; 上半年 → "2026年上半年"; 第一季度 → "2026年第一季度". */
export function periodPhrase(year: string, period: string): string {
  const y = year ? `${year}年` : '';
  if (!period || period === '年度') return y;
  if (period === '专项') return y;
  return `${y}${period}`;
}

export function draftTitle(template: Template, summary: Summary): DraftTitle {
  const value = (id: string) => (summary.info[id] ?? '').trim();
  const unit = value('unit');
  const period = value('period');
  const phrase = periodPhrase(value('year'), period);
  const titleSuffix =
    period === '专项' ? template.titleSuffix.replace(/总结$/, '专项总结') : template.titleSuffix;
  return { title: `${unit}${phrase}${titleSuffix}`, unit, periodPhrase: phrase, titleSuffix };
}
