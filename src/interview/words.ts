import { readFileSync } from 'node:fs';

/**
 * The typed words that mean an action rather than an answer (完成, 跳过, 不涉及, 上一步 …) and
 * the lead words dropped from appended answers (另外, 还有 …). Data, in words/actions.txt: one
 * word a line under a [name] heading. Read once, when the module loads; matching is pure.
 */
export type ActionWord = 'finish' | 'skip' | 'na' | 'back';

const LISTS = parse(readFileSync(new URL('./words/actions.txt', import.meta.url), 'utf8'));

function parse(text: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const heading = /^\[([a-z]+)\]$/.exec(line);
    if (heading) {
      current = [];
      lists.set(heading[1] as string, current);
    } else current?.push(line);
  }
  return lists;
}

/** Spaces and punctuation around a typed word: "完成。" "好了！" " 下一步 ~" are the word. */
const EDGES = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

const ACTIONS: ReadonlyMap<string, ActionWord> = new Map(
  (['finish', 'skip', 'na', 'back'] as const).flatMap((action) =>
    (LISTS.get(action) ?? []).map((word) => [word, action] as const),
  ),
);

/** The action a whole message means, or undefined when it is an answer. */
export function actionWord(text: string): ActionWord | undefined {
  return ACTIONS.get(text.replace(EDGES, ''));
}

/** Longest first, so 补充一下 goes before 补充. */
const LEADS = [...(LISTS.get('lead') ?? [])].sort((a, b) => b.length - a.length);

/**
 * An appended answer without its leading 另外/还有/补充 (and the comma after it); the text as it
 * was when nothing would be left.
 */
export function dropLeadWord(text: string): string {
  for (const lead of LEADS) {
    if (!text.startsWith(lead)) continue;
    const rest = text.slice(lead.length).replace(/^[\s，,、：:；;。]+/u, '');
    return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
  }
  return text;
}
