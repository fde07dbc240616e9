import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTitle } from '../compose/draft.js';
import { type Material, materialSources } from '../compose/material.js';
import type { CompletionResult, ModelClient } from '../compose/model.js';
import { DEFAULT_PROMPTS_DIR, PromptError, type Prompts } from '../compose/prompts.js';
import { buildComposeMessages, type ChatMessage, escapeTextTags } from '../compose/request.js';
import { PLACEHOLDER_RE } from '../facts/placeholder.js';
import { clipGraphemes } from '../text/cut.js';
import type { CheckReport } from './checker.js';
import { kindWord, untracedCount } from './checklist.js';
import { claimsOf } from './trace.js';

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

const HAN_RE = /\p{Script=Han}/u;

/** The sentences of the answers (split at 。；！？, line ends and a phone's spaces). */
function materialSentences(material: Material): string[] {
  const global = new Set([material.title, ...material.info.map((i) => i.value)]);
  return materialSources(material)
    .filter((t) => !global.has(t))
    .flatMap((t) => t.split(/[。；;！!？?\n]|\s+(?=\S)/))
    .map((t) => t.trim())
    .filter((t) => HAN_RE.test(t));
}

/**
 * The answer sentences nearest a flagged clause (most shared characters, at least two), so the
 * model can tell a claim the material makes in other words from one it does not make at all.
 */
export function nearestSources(material: Material, clause: string, max = 2): string[] {
  const chars = new Set([...clause].filter((c) => HAN_RE.test(c)));
  return materialSentences(material)
    .map((sentence) => ({
      sentence,
      score: new Set([...sentence].filter((c) => chars.has(c))).size,
    }))
    .filter((s) => s.score >= 2)
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((s) => clipGraphemes(s.sentence, 60));
}

/**
 * The problems as the model reads them: one numbered line each, clauses quoted; for a claim
 * without a source, the nearest answer sentences, so a claim the material makes in other words
 * is kept, not deleted (the checker's word is a question, not an order).
 */
export function problemList(report: CheckReport, material?: Material): string {
  const lines: string[] = [];
  const seen = new Set<string>();
  const untraced = report.untraced.filter((u) => {
    const k = `${u.kind}\u0000${u.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (untraced.length > 0) {
    lines.push('待核实（自动核对没有在材料中找到原话）：');
    untraced.forEach((u, i) => {
      const near = material ? nearestSources(material, u.clause) : [];
      const hint =
        near.length > 0
          ? `；材料中最接近的原文：${near.map((n) => `“${n}”`).join('、')}`
          : '；材料中没有相近的原文';
      lines.push(`${i + 1}. ${kindWord(u.kind)}“${u.text}”，在草稿的“${u.clause}”中${hint}`);
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
      content: `${repairPrompt}\n\n<${PROBLEMS_TAG}>\n${problemList(report, material)}\n</${PROBLEMS_TAG}>`,
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

const factKeyOf = (kind: string, text: string) => `${kind}\u0000${text}`;

/** The facts (numbers, dates, names …) of a text, counted by kind and text. */
function factCounts(text: string): Map<string, { kind: string; text: string; n: number }> {
  const out = new Map<string, { kind: string; text: string; n: number }>();
  for (const c of claimsOf(text)) {
    if (c.derived) continue;
    const k = factKeyOf(c.kind, c.text);
    const e = out.get(k);
    if (e) e.n++;
    else out.set(k, { kind: c.kind, text: c.text, n: 1 });
  }
  return out;
}

function placeholderCount(text: string): number {
  return [...text.matchAll(PLACEHOLDER_RE)].length;
}

/**
 * One line for the user on what the repair changed, read from the two drafts themselves (what
 * disappeared, what was added), never from the list of flags: a flag the model rightly kept is
 * not reported as deleted, and a fact it did delete is named, so a true one can be put back.
 * Flags still in the draft are 待核实 (in the 核对清单).
 */
export function repairNotice(
  firstText: string,
  repairedText: string,
  before: CheckReport,
  after: CheckReport,
): string {
  const was = factCounts(firstText);
  const now = factCounts(repairedText);
  const gone: { kind: string; text: string }[] = [];
  for (const [k, e] of was) if ((now.get(k)?.n ?? 0) < e.n) gone.push(e);
  const stillOmitted = new Set(after.omitted.map((o) => factKeyOf(o.kind, o.text)));
  const restored = before.omitted.filter(
    (o) => !stillOmitted.has(factKeyOf(o.kind, o.text)),
  ).length;
  const marked = Math.max(0, placeholderCount(repairedText) - placeholderCount(firstText));
  const done: string[] = [];
  if (gone.length > 0) {
    const kinds = [...new Set(gone.map((g) => kindWord(g.kind as never)))].join('、');
    const named = gone
      .slice(0, 3)
      .map((g) => `“${clipGraphemes(g.text, 12)}”`)
      .join('、');
    done.push(`删除${gone.length}处找不到出处的${kinds}（${named}${gone.length > 3 ? '等' : ''}）`);
  }
  if (marked > 0) done.push(`改为【待补】${marked}处`);
  if (restored > 0) done.push(`补回${restored}处遗漏`);
  const remaining = problemCount(after);
  const head =
    done.length > 0 ? `核对后已自动${done.join('，')}` : '核对后已自动修改，未删除任何内容';
  return remaining > 0 ? `${head}；仍有${remaining}处待核实（见核对清单）。` : `${head}。`;
}

/** Under the live preview while the repair runs. */
export function repairingNote(problems: number): string {
  return `（核对发现${problems}处无出处或遗漏，正在自动修正……）`;
}

export const NOTICE_REPAIR_FAILED =
  '核对发现的问题未能自动修正（大模型暂时不可用），以下是初稿，问题见核对清单。';
export const NOTICE_REPAIR_NO_BETTER =
  '核对发现的问题自动修正后没有减少，以下是初稿，问题见核对清单。';
/** The model checked the flags against the material and kept the draft as it was. */
export const NOTICE_REPAIR_KEPT =
  '核对时有几处未能自动找到出处，复核后原文保留、未删除任何内容；请在核对清单中逐项确认。';
