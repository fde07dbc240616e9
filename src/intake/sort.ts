import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import type { ModelClient } from '../compose/model.js';
import { materialBlock } from '../compose/request.js';
import type { Template } from '../templates/schema.js';
import { sectionWording } from '../templates/wording.js';

/**
 * Sorting a document's sentences into the interview's parts: one model request, answered with
 * JSON that zod checks (every index known, every part one of the summary's). Only indexes come
 * back, so a sentence can never be rewritten on the way: what is placed is the original text.
 */

const PROMPT_FILE = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'),
  'prompts',
  'sort.md',
);

/** One request holds at most this many sentences; the rest is reported as not placed. */
export const MAX_SORT_SENTENCES = 300;

const answerSchema = z.object({
  assignments: z.array(
    z.object({ sentence: z.number().int().nonnegative(), part: z.number().int().nonnegative() }),
  ),
});

export interface Sorted {
  placed: { part: number; sentences: string[] }[];
  unplaced: string[];
}

export class SortError extends Error {
  override readonly name = 'SortError';
}

export interface Sorter {
  sort(
    template: Template,
    unitType: string | undefined,
    sentences: string[],
    signal?: AbortSignal,
  ): Promise<Sorted>;
}

export function loadSortPrompt(file = PROMPT_FILE): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`提示词文件 ${file} 不存在或无法读取`);
  }
  if (!text) throw new Error(`提示词文件 ${file} 是空的`);
  return text;
}

/** The first {...} of a reply (a model may still wrap it in a code fence or a sentence). */
function jsonOf(reply: string): unknown {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end <= start) throw new SortError('no JSON object in the reply');
  try {
    return JSON.parse(reply.slice(start, end + 1));
  } catch {
    throw new SortError('the reply is not valid JSON');
  }
}

export function createSorter(model: ModelClient, prompt = loadSortPrompt()): Sorter {
  return {
    async sort(template, unitType, all, signal) {
      const sentences = all.slice(0, MAX_SORT_SENTENCES);
      const parts = template.sections.map((section, i) => {
        const w = sectionWording(section, unitType);
        return { 编号: i + 2, 名称: w.title, 问题: w.question };
      });
      const data = { 部分: parts, 句子: sentences.map((s, i) => ({ 序号: i, 内容: s })) };
      const result = await model.streamCompletion(
        [
          { role: 'system', content: prompt },
          { role: 'user', content: materialBlock(data) },
        ],
        { signal, temperature: 0 },
      );
      const parsed = answerSchema.safeParse(jsonOf(result.text));
      if (!parsed.success) throw new SortError('the reply does not match the schema');
      const valid = new Set(parts.map((p) => p.编号));
      const partOf = new Map<number, number>();
      for (const { sentence, part } of parsed.data.assignments) {
        if (
          sentence < sentences.length &&
          !partOf.has(sentence) &&
          (part === 0 || valid.has(part))
        ) {
          partOf.set(sentence, part);
        }
      }
      const byPart = new Map<number, string[]>();
      const unplaced: string[] = [];
      sentences.forEach((s, i) => {
        const part = partOf.get(i) ?? 0;
        if (part === 0) unplaced.push(s);
        else byPart.set(part, [...(byPart.get(part) ?? []), s]);
      });
      unplaced.push(...all.slice(MAX_SORT_SENTENCES));
      return {
        placed: [...byPart.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([part, s]) => ({ part, sentences: s })),
        unplaced,
      };
    },
  };
}
