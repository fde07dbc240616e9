import { setTimeout as delay } from 'node:timers/promises';
import type OpenAI from 'openai';
import { diagnoseModel, MODEL_VARIABLES } from '../net/diagnose.js';
import { proxiedFetch, proxyLabel } from '../net/proxy.js';
import { PreviewStripper, stripMarkdown } from './markdown.js';
import type { ChatMessage } from './request.js';

/**
 * The model client: one streaming chat completion against any OpenAI-compatible provider, with
 * its own timeouts and bounded retries. The SDK's retries are off (maxRetries: 0) so the two
 * loops do not multiply. A stream that ends without finish_reason is a failure, never a text.
 */

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  /** Prompt tokens served from the provider's prefix cache, when it reports them. */
  cachedTokens?: number;
}

export interface CompletionResult {
  /** The whole text, Markdown artefacts stripped. */
  text: string;
  usage?: Usage;
  /** stop, or length when the provider cut the text at max_tokens. */
  finishReason: string;
  /** Requests sent, including retries. */
  attempts: number;
  /** Retries spent after failures (attempts − 1, not counting the stream_options fallback). */
  retries: number;
  latencyMs: number;
}

export interface StreamOptions {
  /** Called with the whole text so far after each chunk; starts again from '' after a retry. */
  onText?: (textSoFar: string) => void;
  /** Called before each retry (to tell the user, e.g. “网络波动，正在重试”). */
  onRetry?: (info: { retry: number; delayMs: number; reason: ModelErrorKind }) => void;
  /** The caller's cancel: aborts at once, no retry, rejects with ModelError kind 'aborted'. */
  signal?: AbortSignal;
  /** Overrides for this call (a follow-up question wants less patience than a draft). */
  maxRetries?: number;
  timeoutMs?: number;
  maxTokens?: number;
  temperature?: number;
}

export interface ModelClient {
  readonly model: string;
  readonly maxRetries: number;
  streamCompletion(messages: ChatMessage[], options?: StreamOptions): Promise<CompletionResult>;
}

/** A pino-compatible logger (pino's Logger fits). Only counts and timings are logged here. */
export interface LogSink {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error?(obj: object, msg?: string): void;
}

export interface ModelClientOptions {
  apiKey: string;
  /** Default: the SDK's (api.openai.com); any OpenAI-compatible endpoint (.env.example lists some). */
  baseURL?: string;
  model: string;
  /** Overall limit for one attempt, from sending the request to the last chunk. */
  timeoutMs: number;
  /** Longest silence between two chunks (and before the first). Default min(timeoutMs, 30 s). */
  idleTimeoutMs?: number;
  /** Retries after the first attempt on 429, 5xx, network errors, cut streams and timeouts. */
  maxRetries: number;
  /** First backoff; doubles each retry, with jitter. Default 500 ms. */
  retryBaseMs?: number;
  /** Longest backoff. Default 8 s. */
  retryMaxMs?: number;
  /** A retry-after longer than this ends the retries instead of waiting. Default 20 s. */
  retryAfterCapMs?: number;
  temperature?: number;
  maxTokens?: number;
  logger?: LogSink;
  /** OPENAI_PROXY (or HTTPS_PROXY): http(s):// or socks5:// URL. */
  proxy?: string;
}

export type ModelErrorKind =
  | 'http'
  | 'network'
  | 'timeout'
  | 'idle'
  | 'cut'
  | 'empty'
  | 'filtered'
  | 'aborted';

/** Why a completion failed. The message never contains the API key or any text. */
export class ModelError extends Error {
  override name = 'ModelError';
  attempts = 1;
  retries = 0;
  /** The underlying network error, for the diagnosis only (never logged whole). */
  error?: unknown;
  constructor(
    readonly kind: ModelErrorKind,
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** The reason a request is aborted for silence (told apart from the caller's and the limit's). */
const IDLE = Symbol('idle');

export function createModelClient(options: ModelClientOptions): ModelClient {
  const {
    apiKey,
    model,
    timeoutMs,
    maxRetries,
    retryBaseMs = 500,
    retryMaxMs = 8_000,
    retryAfterCapMs = 20_000,
    logger,
  } = options;
  const idleTimeoutMs = options.idleTimeoutMs ?? Math.min(timeoutMs, 30_000);
  // The SDK is loaded with the first request, not at start-up.
  let sdk: Promise<{ client: OpenAI; errors: SdkErrors }> | undefined;
  const openSdk = () =>
    (sdk ??= import('openai').then(({ default: OpenAISdk, APIConnectionError, APIError }) => ({
      client: new OpenAISdk({
        apiKey,
        ...(options.baseURL ? { baseURL: options.baseURL } : {}),
        maxRetries: 0,
        timeout: timeoutMs + 5_000,
        ...(options.proxy ? { fetch: proxiedFetch(options.proxy) } : {}),
      }),
      errors: { APIConnectionError, APIError },
    })));
  const redact = (text: string) => redactSecrets(text, apiKey);
  const explained = new Set<string>();
  // Some providers reject stream_options with a 400; after the first such answer, stop sending it.
  let sendStreamOptions = true;

  async function attemptOnce(messages: ChatMessage[], opts: StreamOptions) {
    const limit = opts.timeoutMs ?? timeoutMs;
    const idleMs = Math.min(idleTimeoutMs, limit);
    // One signal for the request: the caller's cancel, the overall limit, or a silence longer
    // than idleMs (re-armed on every chunk). Its reason is the first of them to fire.
    const overall = AbortSignal.timeout(limit);
    const silence = new AbortController();
    const idle = setTimeout(() => silence.abort(IDLE), idleMs);
    const signal = AbortSignal.any([
      ...(opts.signal ? [opts.signal] : []),
      overall,
      silence.signal,
    ]);
    const abortedBy = (): 'caller' | 'timeout' | 'idle' | undefined => {
      if (!signal.aborted) return undefined;
      if (signal.reason === IDLE) return 'idle';
      return overall.aborted && signal.reason === overall.reason ? 'timeout' : 'caller';
    };
    let errors: SdkErrors | undefined;
    try {
      const opened = await openSdk();
      errors = opened.errors;
      const client = opened.client;
      const temperature = opts.temperature ?? options.temperature;
      const maxTokens = opts.maxTokens ?? options.maxTokens;
      const stream = await client.chat.completions.create(
        {
          model,
          messages,
          stream: true,
          ...(sendStreamOptions ? { stream_options: { include_usage: true } } : {}),
          ...(temperature !== undefined ? { temperature } : {}),
          ...(maxTokens !== undefined ? { max_tokens: maxTokens } : {}),
        },
        { signal, maxRetries: 0 },
      );
      let raw = '';
      let preview = '';
      const stripper = new PreviewStripper();
      let finishReason: string | undefined;
      let usage: Usage | undefined;
      for await (const chunk of stream) {
        idle.refresh(); // any chunk counts as life, including reasoning-only deltas of thinking models
        if (chunk.usage) usage = toUsage(chunk.usage);
        const choice = chunk.choices?.[0];
        if (!choice) continue;
        const delta = choice.delta?.content;
        if (delta) {
          raw += delta;
          if (opts.onText) {
            preview = stripper.push(raw);
            opts.onText(preview);
          }
        }
        if (choice.finish_reason) finishReason = choice.finish_reason;
      }
      if (!finishReason) {
        throw new ModelError(
          'cut',
          `stream ended without finish_reason after ${raw.length} chars`,
          true,
        );
      }
      if (finishReason === 'content_filter') {
        throw new ModelError('filtered', 'the provider filtered the completion', false);
      }
      const text = stripMarkdown(raw);
      if (text === '') throw new ModelError('empty', 'the completion was empty', true);
      if (opts.onText && text !== preview) opts.onText(text); // the preview ends on the final text
      return { text, usage, finishReason };
    } catch (err) {
      if (err instanceof ModelError) throw err;
      const why = abortedBy();
      if (why === 'caller') throw new ModelError('aborted', 'cancelled by the caller', false);
      if (why === 'timeout') {
        throw new ModelError('timeout', `no complete answer within ${limit} ms`, true);
      }
      if (why === 'idle') throw new ModelError('idle', `no data for ${idleMs} ms`, true);
      throw classify(err, redact, errors);
    } finally {
      clearTimeout(idle);
    }
  }

  async function streamCompletion(
    messages: ChatMessage[],
    opts: StreamOptions = {},
  ): Promise<CompletionResult> {
    const started = Date.now();
    const budget = opts.maxRetries ?? maxRetries;
    let attempts = 0;
    let retries = 0;
    let streamOptionsFallbackUsed = false;
    for (;;) {
      attempts++;
      try {
        const result = await attemptOnce(messages, opts);
        return { ...result, attempts, retries, latencyMs: Date.now() - started };
      } catch (caught) {
        const err = caught as ModelError;
        err.attempts = attempts;
        err.retries = retries;
        if (
          err.kind === 'http' &&
          err.status === 400 &&
          sendStreamOptions &&
          !streamOptionsFallbackUsed &&
          /stream_options/i.test(err.message)
        ) {
          sendStreamOptions = false;
          streamOptionsFallbackUsed = true;
          logger?.warn({ model }, 'provider rejects stream_options; retrying without it');
          continue;
        }
        if (!err.retryable || retries >= budget) {
          logger?.warn(
            {
              model,
              kind: err.kind,
              status: err.status,
              attempts,
              latencyMs: Date.now() - started,
            },
            'model completion failed',
          );
          // What the operator should fix, once per kind of cause (a wrong key, model name or
          // base URL shows at the first draft, not buried in the warnings of every draft).
          if (err.kind !== 'aborted' && err.kind !== 'filtered' && err.kind !== 'cut') {
            const { cause, line } = diagnoseModel(err, {
              ...(options.proxy ? { proxy: proxyLabel(options.proxy) } : {}),
              variables: MODEL_VARIABLES,
            });
            if (!explained.has(cause)) {
              explained.add(cause);
              (logger?.error ?? logger?.warn)?.call(
                logger,
                { model, cause, status: err.status },
                line,
              );
            }
          }
          throw err;
        }
        const delayMs = backoffMs(retries, retryBaseMs, retryMaxMs, err.retryAfterMs);
        if (err.retryAfterMs !== undefined && err.retryAfterMs > retryAfterCapMs) {
          logger?.warn(
            { model, kind: err.kind, status: err.status, retryAfterMs: err.retryAfterMs },
            'retry-after longer than the cap; giving up',
          );
          throw err;
        }
        retries++;
        logger?.warn(
          { model, kind: err.kind, status: err.status, retry: retries, delayMs },
          'model attempt failed; retrying',
        );
        opts.onRetry?.({ retry: retries, delayMs, reason: err.kind });
        await delay(delayMs, undefined, opts.signal ? { signal: opts.signal } : {}).catch(() => {
          throw new ModelError('aborted', 'cancelled by the caller', false);
        });
      }
    }
  }

  return { model, maxRetries, streamCompletion };
}

/** Exponential backoff with jitter (half fixed, half random); never shorter than retry-after. */
export function backoffMs(
  retry: number,
  baseMs: number,
  maxMs: number,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** retry);
  const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** The SDK's error classes, once it is loaded. */
interface SdkErrors {
  APIConnectionError: typeof OpenAI.APIConnectionError;
  APIError: typeof OpenAI.APIError;
}

function classify(
  err: unknown,
  redact: (s: string) => string,
  sdk: SdkErrors | undefined,
): ModelError {
  if (sdk && err instanceof sdk.APIConnectionError) {
    const error = new ModelError('network', redact(err.message || 'connection error'), true);
    error.error = err; // its cause chain names ENOTFOUND, ECONNREFUSED … (see net/diagnose.ts)
    return error;
  }
  if (sdk && err instanceof sdk.APIError) {
    const status = err.status;
    const message = redact(err.message || `HTTP ${status}`);
    if (status === undefined) return new ModelError('http', message, true); // error event mid-stream
    const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
    return new ModelError('http', message, retryable, status, retryAfter(err.headers));
  }
  // Anything else thrown while reading the body is a broken connection (socket reset, bad SSE).
  const message = err instanceof Error ? err.message : String(err);
  return new ModelError('network', redact(message || 'stream error'), true);
}

/** retry-after-ms, or retry-after in seconds or as an HTTP date. */
export function retryAfter(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (headers?.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function toUsage(u: OpenAI.CompletionUsage): Usage {
  // DeepSeek reports cache hits as prompt_cache_hit_tokens; OpenAI, Qwen and Kimi use
  // prompt_tokens_details.cached_tokens.
  const cached =
    u.prompt_tokens_details?.cached_tokens ??
    (u as { prompt_cache_hit_tokens?: number }).prompt_cache_hit_tokens;
  return {
    promptTokens: u.prompt_tokens,
    completionTokens: u.completion_tokens,
    ...(typeof cached === 'number' ? { cachedTokens: cached } : {}),
  };
}

/** Removes the API key and anything shaped like a key from a message meant for logs. */
export function redactSecrets(text: string, apiKey?: string): string {
  let out = text;
  if (apiKey && apiKey.length >= 6) out = out.split(apiKey).join('***');
  return out
    .replace(/\b(sk|ak|key)-[A-Za-z0-9_-]{6,}/gi, '$1-***')
    .replace(/Bearer\s+\S+/gi, 'Bearer ***');
}
