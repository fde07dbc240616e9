import { readFileSync } from 'node:fs';

/**
 * The typed words that mean an action rather than an answer (完成, 跳过, 不涉及, 上一步 …) and
 * the lead words dropped from appended answers (另外, 还有 …). Data, in words/actions.txt: one
 * word a line under a [name] heading. Read once, when the module loads; matching is pure. Also
 * the typed answers to a yes/no question ([yes], [no]), the explicit words that confirm a
 * deletion ([delete]) and the words that open a correction ([correction]).
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

/** A typed answer to a yes/no question the bot has just asked. */
export type ReplyWord = 'yes' | 'no';

const REPLIES: ReadonlyMap<string, ReplyWord> = new Map(
  (['yes', 'no'] as const).flatMap((reply) =>
    (LISTS.get(reply) ?? []).map((word) => [word.toLowerCase(), reply] as const),
  ),
);

/** Yes or no, when the whole message (spaces and punctuation aside) is one of those words. */
export function replyWord(text: string): ReplyWord | undefined {
  return REPLIES.get(text.replace(EDGES, '').toLowerCase());
}

const DELETE_WORDS = new Set(LISTS.get('delete') ?? []);

/** The explicit words that confirm a deletion (确认删除); a bare 是 or 好 never does. */
export function isDeleteWord(text: string): boolean {
  return DELETE_WORDS.has(text.replace(EDGES, ''));
}

const CORRECTIONS = [...(LISTS.get('correction') ?? [])].sort((a, b) => b.length - a.length);

/**
 * A message that opens with a correction word (不对 刚才……是54人不是45人): the rest of it, after
 * the word and the punctuation behind it ('' when nothing follows); undefined when it is no
 * correction. A two-character word (不对, 更正, 纠正) counts only before a space, punctuation or
 * the end, so 纠正错误认识2次 is an answer.
 */
export function correctionRest(text: string): string | undefined {
  const value = text.trim();
  for (const word of CORRECTIONS) {
    if (!value.startsWith(word)) continue;
    const after = value.slice(word.length);
    if (word.length <= 2 && after !== '' && !/^[\s\p{P}\p{S}]/u.test(after)) continue;
    return after.replace(/^[\s\p{P}\p{S}]+/u, '');
  }
  return undefined;
}
