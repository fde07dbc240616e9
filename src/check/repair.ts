import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTitle } from '../compose/draft.js';
import type { Material } from '../compose/material.js';
import type { CompletionResult, ModelClient } from '../compose/model.js';
import { DEFAULT_PROMPTS_DIR, PromptError, type Prompts } from '../compose/prompts.js';
import { buildComposeMessages, type ChatMessage, escapeTextTags } from '../compose/request.js';
import type { CheckReport } from './checker.js';
import { kindWord, untracedCount } from './checklist.js';

/**
 * The automatic repair pass: when the check finds invented or dropped facts in a model's draft,
 * the model gets one targeted revision request (the draft, the problems with their clauses
 * quoted, and the rule: remove, or write 【待补：…】, or put the omitted fact back) before the
 * user sees anything. The request repeats the compose request's bytes, so a provider's prefix
 * cache covers the material. The task text is data: prompts/repair.md.
 */

export const PROBLEMS_TAG = 'problems';

const cache = new Map<string, string>();

/** prompts/repair.md, read once; a missing or empty file is one line naming it. */
export function loadRepairPrompt(dir: string = DEFAULT_PROMPTS_DIR): string {
  const hit = cache.get(dir);
  if (hit) return hit;
  const file = join(dir, 'repair.md');
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    throw new PromptError('prompts/repair.md', '不存在或无法读取');
  }
  if (text === '') throw new PromptError('prompts/repair.md', '是空的');
  cache.set(dir, text);
  return text;
}

/** The problems as the model reads them: one numbered line each, clauses quoted. */
export function problemList(report: CheckReport): string {
  const lines: string[] = [];
  const seen = new Set<string>();
  const untraced = report.untraced.filter((u) => {
    const k = `${u.kind}\u0000${u.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (untraced.length > 0) {
    lines.push('无出处（删除，或改为【待补：…】）：');
    untraced.forEach((u, i) => {
      lines.push(`${i + 1}. ${kindWord(u.kind)}“${u.text}”，在草稿的“${u.clause}”中`);
    });
  }
  if (report.omitted.length > 0) {
    lines.push('遗漏（按材料原样补回相应部分）：');
    report.omitted.forEach((o, i) => {
      lines.push(`${i + 1}. ${kindWord(o.kind)}“${o.text}”，材料原文：“${o.clause}”`);
    });
  }
  return escapeTextTags(lines.join('\n'));
}

export function buildRepairMessages(
  material: Material,
  prompts: Prompts,
  repairPrompt: string,
  draft: string,
  report: CheckReport,
): ChatMessage[] {
  return [
    ...buildComposeMessages(material, prompts),
    { role: 'assistant', content: draft },
    {
      role: 'user',
      content: `${repairPrompt}\n\n<${PROBLEMS_TAG}>\n${problemList(report)}\n</${PROBLEMS_TAG}>`,
    },
  ];
}

/** Whether a check found something a repair could fix. */
export function needsRepair(report: CheckReport): boolean {
  return report.untraced.length > 0 || report.omitted.length > 0;
}

/** Invented plus dropped facts: what a repair must reduce to be kept. */
export function problemCount(report: CheckReport): number {
  return untracedCount(report) + report.omitted.length;
}

export async function requestRepair(
  model: ModelClient,
  messages: ChatMessage[],
  title: string,
  signal?: AbortSignal,
): Promise<CompletionResult> {
  const result = await model.streamCompletion(messages, signal ? { signal } : {});
  return { ...result, text: ensureTitle(result.text, title) };
}

/** One line for the user on what the repair changed: 已自动删除2处无出处的数字，补回1处遗漏。 */
export function repairNotice(before: CheckReport, after: CheckReport): string {
  const key = (kind: string, text: string) => `${kind}\u0000${text}`;
  const left = new Set(after.untraced.map((u) => key(u.kind, u.text)));
  const removedKinds: string[] = [];
  const removed = new Set<string>();
  for (const u of before.untraced) {
    const k = key(u.kind, u.text);
    if (left.has(k) || removed.has(k)) continue;
    removed.add(k);
    const word = kindWord(u.kind);
    if (!removedKinds.includes(word)) removedKinds.push(word);
  }
  const stillOmitted = new Set(after.omitted.map((o) => key(o.kind, o.text)));
  const restored = before.omitted.filter((o) => !stillOmitted.has(key(o.kind, o.text))).length;
  const done: string[] = [];
  if (removed.size > 0) done.push(`删除${removed.size}处无出处的${removedKinds.join('、')}`);
  if (restored > 0) done.push(`补回${restored}处遗漏`);
  const remaining = problemCount(after);
  const head = done.length > 0 ? `核对后已自动${done.join('，')}` : '核对后已自动修改';
  return remaining > 0 ? `${head}；仍有${remaining}处请您核实（见核对清单）。` : `${head}。`;
}

/** Under the live preview while the repair runs. */
export function repairingNote(problems: number): string {
  return `（核对发现${problems}处无出处或遗漏，正在自动修正……）`;
}

export const NOTICE_REPAIR_FAILED =
  '核对发现的问题未能自动修正（大模型暂时不可用），以下是初稿，问题见核对清单。';
export const NOTICE_REPAIR_NO_BETTER =
  '核对发现的问题自动修正后没有减少，以下是初稿，问题见核对清单。';
