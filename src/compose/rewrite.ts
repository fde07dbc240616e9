import { clipGraphemes } from '../text/cut.js';
import { type LogSink, type ModelClient, ModelError } from './model.js';
import { loadPrompts, type Prompts } from './prompts.js';
import { type ChatMessage, materialBlock } from './request.js';

/**
 * One sentence of the finishing walk reworded by the model (issue 23): a 【待补】 just filled, a
 * clause replaced or a dropped fact added, with the user's words in it. The request is small —
 * the sentence, its heading, the sentences before and after, the user's reply and the rule
 * (prompts/rewrite.md) — and the answer is one sentence or nothing. Whether that sentence may
 * stand (nothing untraced added, every fact kept) is the walk's check, not this file's.
 */

/** What the walk asks to have reworded: one sentence in its place. */
export interface RewriteRequest {
  /** fill: a 【待补】 filled; replace: a clause without a source replaced; add: a 遗漏 added. */
  kind: 'fill' | 'replace' | 'add';
  /** The heading the sentence stands under ('' in the opening). */
  heading: string;
  before: string;
  /** The sentence as the deterministic edit wrote it. */
  sentence: string;
  after: string;
  /** What the user typed (or, for [补进草稿], the answer's sentence). */
  reply: string;
}

/** Context sentences are clipped to this many characters: enough for tone, small on the wire. */
const CONTEXT_CHARS = 80;
/** A sentence or reply longer than this is not sent (nothing is clipped from what is reworded). */
export const REWRITE_MAX_CHARS = 300;

export function buildRewriteMessages(request: RewriteRequest, prompts: Prompts): ChatMessage[] {
  const clip = (t: string) => clipGraphemes(t.trim(), CONTEXT_CHARS);
  const data = {
    所在标题: clip(request.heading),
    前一句: clip(request.before),
    原句: request.sentence.trim(),
    后一句: clip(request.after),
    用户回复: request.reply.trim(),
  };
  return [
    { role: 'system', content: prompts.rewrite },
    { role: 'user', content: materialBlock(data) },
  ];
}

/** Where a sentence ends inside a line. */
const END_RE = /[。！？；!?;]/;

/**
 * The model's answer as one sentence ending in 。, or undefined when it is not one: several
 * sentences or lines, a question, a placeholder, or far longer than the sentence it rewords.
 */
export function cleanRewrite(text: string, original: string): string | undefined {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length !== 1) return undefined;
  const unquote = (t: string) => t.replace(/^["'“”‘’「」]+|["'“”‘’「」]+$/g, '').trim();
  let s = unquote(unquote(lines[0] as string).replace(/^(改写|改写后|句子|原句)[：:]\s*/, ''));
  if (/\p{Script=Han}$/u.test(s)) s += '。';
  if (!s.endsWith('。')) return undefined;
  const body = s.slice(0, -1);
  if (END_RE.test(body) || s.includes('【')) return undefined;
  const length = Array.from(s).length;
  const limit = Math.max(2 * Array.from(original).length, Array.from(original).length + 40);
  if (length < 4 || length > limit) return undefined;
  return s;
}

export interface RewriteOptions {
  model: ModelClient;
  prompts?: Prompts;
  logger?: LogSink;
  timeoutMs?: number;
}

/**
 * Asks the model for the sentence reworded. Never throws: a failure, a timeout or an answer
 * that is not one sentence is undefined, and the walk keeps its deterministic edit. Logs counts
 * and kinds only, never the text.
 */
export async function rewriteSentence(
  request: RewriteRequest,
  options: RewriteOptions,
): Promise<string | undefined> {
  const { model, logger } = options;
  if (
    Array.from(request.sentence).length > REWRITE_MAX_CHARS ||
    Array.from(request.reply).length > REWRITE_MAX_CHARS
  ) {
    return undefined;
  }
  const started = Date.now();
  try {
    const prompts = options.prompts ?? loadPrompts();
    const result = await model.streamCompletion(buildRewriteMessages(request, prompts), {
      // One sentence: a short wait and one retry at most (the user is holding the walk).
      maxRetries: Math.min(1, model.maxRetries),
      timeoutMs: options.timeoutMs ?? 15_000,
      maxTokens: 400,
    });
    const sentence = cleanRewrite(result.text, request.sentence);
    logger?.info(
      {
        kind: 'rewrite',
        edit: request.kind,
        accepted: sentence !== undefined,
        promptTokens: result.usage?.promptTokens,
        completionTokens: result.usage?.completionTokens,
        latencyMs: Date.now() - started,
      },
      'walk sentence reworded',
    );
    return sentence;
  } catch (err) {
    logger?.warn(
      { kind: 'rewrite', error: err instanceof ModelError ? err.kind : 'error' },
      'walk sentence rewrite failed; the deterministic edit is kept',
    );
    return undefined;
  }
}
