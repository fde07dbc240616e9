import type { Material } from '../compose/material.js';

/**
 * The 核对清单 line naming the parts that still hold text copied from last period's summary and
 * not confirmed by the user: its numbers and dates must not reach this year's report unseen.
 */
export function unverifiedLine(material: Material): string | undefined {
  const names = material.sections.filter((s) => s.unverified).map((s) => `「${s.title}」`);
  if (names.length === 0) return undefined;
  return `⚠ 以下部分沿用了上次总结的内容，尚未核实，其中的数字和日期未写入：${names.join('、')}`;
}

/** The checklist with the unverified line added (when there is one). */
export function withUnverified(checklist: string, material: Material): string {
  const line = unverifiedLine(material);
  return line ? `${checklist}\n${line}` : checklist;
}
