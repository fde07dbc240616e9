import { loadWords } from '../facts/words.js';
import type { Material } from './material.js';
import { type LogSink, type ModelClient, ModelError, type Usage } from './model.js';
import { composeOffline } from './offline.js';
import { loadPrompts, type Prompts } from './prompts.js';
import { buildComposeMessages, buildFollowUpMessages, buildReviseMessages } from './request.js';

/**
 * The composer: the model when one is configured, the offline composer otherwise or when the
 * model fails. Every outcome is honest about where the text came from (`composer`, `notice`)
 * and says what its facts must be traced to; check/draft.ts runs the checker on it.
 */

export const NOTICE_NO_MODEL = '未配置大模型，本稿由离线模板生成。';
export const NOTICE_REVISE_NO_MODEL =
  '按修改意见改稿需要大模型，当前未配置，草稿保持不变；您可以补充或修改相应部分的回答后重新生成，也可以下载 Word 文档直接修改。';
export const NOTICE_TRUNCATED = '草稿可能不完整（达到大模型的长度上限），请检查结尾部分。';

export function noticeModelFailed(retries: number): string {
  return `大模型暂时不可用（已重试${retries}次），先为您生成离线草稿；稍后可点[重新生成]。`;
}

export function noticeModelFiltered(): string {
  return '大模型未能生成本稿（内容被服务方拦截），先为您生成离线草稿；稍后可点[重新生成]。';
}

export function noticeReviseFailed(retries: number): string {
  return `大模型暂时不可用（已重试${retries}次），本次修改没有执行，草稿保持不变；请稍后再发送修改意见。`;
}

export interface DraftOptions {
  /** The configured model; without one the draft is offline. */
  model?: ModelClient;
  /** Default: loadPrompts() (prompts/ of the repository, cached). */
  prompts?: Prompts;
  /** A revision: the current draft and the user's instruction. */
  previous?: { text: string; instruction: string };
  /** The text so far while the model streams (for a live preview). */
  onPreview?: (textSoFar: string) => void;
  /** Called before each model retry. */
  onRetry?: (info: { retry: number; delayMs: number }) => void;
  /** The user's cancel: composeDraft rejects with ModelError kind 'aborted', nothing is composed. */
  signal?: AbortSignal;
  /** Info: tokens and latency per draft. Never any text. */
  logger?: LogSink;
}

export interface ComposedDraft {
  text: string;
  composer: 'model' | 'offline';
  /** One line for the user when the text is not what they might assume (offline, unchanged …). */
  notice?: string;
  /**
   * True when `text` is `previous.text` as it was: a revision that could not be made. The caller
   * should not store it as a new version.
   */
  unchanged?: boolean;
  usage?: Usage;
  /** Model requests sent (0 for offline). */
  attempts: number;
  latencyMs: number;
  /** What every fact in `text` must be traced to: the material, and a revision's instruction. */
  tracedTo: Material;
}

export async function composeDraft(
  material: Material,
  options: DraftOptions = {},
): Promise<ComposedDraft> {
  const started = Date.now();
  const { model, previous, logger } = options;
  const kind = previous ? 'revise' : 'compose';
  const finish = (
    result: Omit<ComposedDraft, 'tracedTo' | 'latencyMs'>,
    tracedTo: Material = material,
  ): ComposedDraft => {
    const latencyMs = Date.now() - started;
    const out: ComposedDraft = { ...result, latencyMs, tracedTo };
    logger?.info(
      {
        kind,
        composer: out.composer,
        unchanged: out.unchanged ?? false,
        attempts: out.attempts,
        promptTokens: out.usage?.promptTokens,
        completionTokens: out.usage?.completionTokens,
        cachedTokens: out.usage?.cachedTokens,
        latencyMs,
        chars: out.text.length,
      },
      'draft made',
    );
    return out;
  };

  if (!model) {
    if (previous) {
      return finish({
        text: previous.text,
        composer: 'offline',
        notice: NOTICE_REVISE_NO_MODEL,
        unchanged: true,
        attempts: 0,
      });
    }
    return finish({
      text: composeOffline(material),
      composer: 'offline',
      notice: NOTICE_NO_MODEL,
      attempts: 0,
    });
  }

  const prompts = options.prompts ?? loadPrompts();
  const messages = previous
    ? buildReviseMessages(material, prompts, previous.text, previous.instruction)
    : buildComposeMessages(material, prompts);
  try {
    const result = await model.streamCompletion(messages, {
      ...(options.onPreview ? { onText: options.onPreview } : {}),
      ...(options.onRetry ? { onRetry: options.onRetry } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const titled = ensureTitle(result.text, material.title);
    // A revision may change the 落款 when the user asks; only a dropped one is put back.
    const text = previous && endsWithDate(titled) ? titled : ensureClosing(titled, material);
    return finish(
      {
        text,
        composer: 'model',
        ...(result.finishReason === 'length' ? { notice: NOTICE_TRUNCATED } : {}),
        ...(result.usage ? { usage: result.usage } : {}),
        attempts: result.attempts,
      },
      previous ? withInstructionFacts(material, previous.instruction) : material,
    );
  } catch (err) {
    if (!(err instanceof ModelError) || err.kind === 'aborted') throw err;
    if (previous) {
      return finish({
        text: previous.text,
        composer: 'offline',
        notice: noticeReviseFailed(err.retries),
        unchanged: true,
        attempts: err.attempts,
      });
    }
    return finish({
      text: composeOffline(material),
      composer: 'offline',
      notice: err.kind === 'filtered' ? noticeModelFiltered() : noticeModelFailed(err.retries),
      attempts: err.attempts,
    });
  }
}

/**
 * Facts the user typed into a revision instruction (“座谈会是6月12日开的”) are the user's own
 * words, so the checker may trace the revised draft to them as well as to the answers.
 */
function withInstructionFacts(material: Material, instruction: string): Material {
  return { ...material, fixedWording: [...material.fixedWording, instruction] };
}

/**
 * Makes the first line the title exactly as given. A model may add a preamble, wrap the title
 * in 《》 or vary it slightly; the title is fixed data, not the model's to write.
 */
export function ensureTitle(text: string, title: string): string {
  const lines = text.split('\n');
  const bare = (s: string) => s.replace(/[《》\s]/g, '');
  // A preamble before the title (“以下是草稿：”): drop it when the title follows within 3 lines.
  const at = lines.slice(0, 4).findIndex((l) => bare(l) === bare(title));
  if (at >= 0) return [title, ...lines.slice(at + 1)].join('\n');
  const first = lines[0]?.trim() ?? '';
  const looksLikeTitle =
    first.length > 0 && first.length <= 40 && /(总结|汇报|报告)$/.test(bare(first));
  if (looksLikeTitle) return [title, ...lines.slice(1)].join('\n');
  return [title, '', ...lines].join('\n');
}

const DATE_LINE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;

export function endsWithDate(text: string): boolean {
  return DATE_LINE.test(text.trimEnd().split('\n').at(-1)?.trim() ?? '');
}

/**
 * Makes the last two lines the 落款 and the 成文日期 exactly as the material gives them. Like the
 * title they are fixed data: a model that leaves them out, or writes another date, gets them
 * put right (a date a model makes up would otherwise be an invented fact).
 */
export function ensureClosing(text: string, material: Pick<Material, 'signer' | 'date'>): string {
  const { signer, date } = material;
  if (!signer || !date) return text;
  const lines = text.replace(/\s+$/, '').split('\n');
  const last = () => (lines.at(-1) ?? '').trim();
  if (DATE_LINE.test(last())) lines.pop();
  // A 落款 the model wrote (the user's, or another organisation's name) gives way to the
  // user's; any other line above the date is content and stays.
  if (last() === signer || looksLikeOrganisation(last())) lines.pop();
  return `${[...lines, signer, date].join('\n')}\n`;
}

const ORG_SUFFIXES = loadWords('org-suffixes', new URL('./words/', import.meta.url));
/** 1. / 2、 / 一是 / （一） / 一、: the start of a list item or heading, never a 落款. */
const LIST_MARKER =
  /^(?:\d+[.、．]|[一二三四五六七八九十]+(?:是|、)|[（(][一二三四五六七八九十\d]+[)）])/;

/** A short line with no punctuation that ends like an organisation's name (words/org-suffixes). */
function looksLikeOrganisation(line: string): boolean {
  return (
    line.length >= 2 &&
    line.length <= 30 &&
    !/[\p{P}\s\d]/u.test(line) &&
    !LIST_MARKER.test(line) &&
    ORG_SUFFIXES.some((suffix) => line.endsWith(suffix))
  );
}

export interface FollowUpOptions {
  model?: ModelClient;
  prompts?: Prompts;
  /** The template's followUp: asked when there is no model or the model fails. */
  fallback: string;
  signal?: AbortSignal;
  /** The user is waiting: one retry at most, 15 s per attempt unless set. */
  timeoutMs?: number;
  logger?: LogSink;
}

/** Longest follow-up question accepted from the model, in characters. */
export const FOLLOW_UP_MAX_CHARS = 40;

/**
 * One short, concrete follow-up question about a section whose answer lacks a fact. Written by
 * the model when one is configured; the template's `fallback` otherwise, on failure, or when
 * the model's question is not one short question.
 */
export async function makeFollowUpQuestion(
  material: Material,
  sectionId: string,
  options: FollowUpOptions,
): Promise<string> {
  const { model, fallback, logger } = options;
  if (!model) return fallback;
  const started = Date.now();
  try {
    const prompts = options.prompts ?? loadPrompts();
    const result = await model.streamCompletion(
      buildFollowUpMessages(material, prompts, sectionId),
      {
        maxRetries: Math.min(1, model.maxRetries),
        timeoutMs: options.timeoutMs ?? 15_000,
        maxTokens: 120,
        ...(options.signal ? { signal: options.signal } : {}),
      },
    );
    const question = cleanQuestion(result.text);
    logger?.info(
      {
        kind: 'followUp',
        accepted: question !== undefined,
        promptTokens: result.usage?.promptTokens,
        completionTokens: result.usage?.completionTokens,
        latencyMs: Date.now() - started,
      },
      'follow-up question made',
    );
    return question ?? fallback;
  } catch (err) {
    if (err instanceof ModelError && err.kind === 'aborted') throw err;
    logger?.warn(
      { kind: 'followUp', error: err instanceof ModelError ? err.kind : 'error' },
      'follow-up question fell back to the template',
    );
    return fallback;
  }
}

/** The model's question as one clean line ending in ？, or undefined when it is not usable. */
export function cleanQuestion(text: string): string | undefined {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (!line) return undefined;
  const unquote = (t: string) => t.replace(/^["'“”‘’「」]+|["'“”‘’「」]+$/g, '').trim();
  let q = unquote(unquote(line).replace(/^(追问|问题|问)[：:]\s*/, ''));
  q = q.replace(/[?。.]$/, '？');
  if (!q.endsWith('？')) q += '？';
  const length = Array.from(q).length;
  if (length < 5 || length > FOLLOW_UP_MAX_CHARS) return undefined;
  return q;
}
