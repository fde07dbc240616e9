import type OpenAI from 'openai';
import type { TranscribeConfig } from '../config.js';
import { proxiedFetch } from '../net/proxy.js';
import { hasFfmpeg, toWav } from './convert.js';

/**
 * Speech to text through any OpenAI-compatible /audio/transcriptions endpoint, with the
 * official SDK. Telegram's OGG/Opus is sent as it is; a provider that refuses the format gets
 * it again as WAV when ffmpeg is on PATH. The audio is never stored or logged, and the
 * transcript is returned, never logged.
 */

export type Transcribed =
  | { ok: true; text: string }
  | {
      ok: false;
      reason: 'format' | 'unavailable' | 'empty';
      status?: number;
      /** For the log only: why the provider's answer was no transcript. */
      detail?: 'timeout' | 'not-json';
    };

export interface Transcriber {
  readonly model: string;
  /** `userId` names the temp folder of a WAV conversion, so /delete can find it. */
  transcribe(
    audio: Uint8Array,
    fileName: string,
    mimeType?: string,
    userId?: string,
  ): Promise<Transcribed>;
}

type Sdk = typeof import('openai');

/** A refusal that is about the audio format, not the request (providers word it differently). */
function isFormatError(error: unknown, APIError: Sdk['APIError']): boolean {
  if (!(error instanceof APIError)) return false;
  if (error.status !== 400 && error.status !== 415 && error.status !== 422) return false;
  return /format|unsupported|decode|codec|invalid file|file type|audio file/i.test(error.message);
}

/** The provider answered, but not with a transcript (an HTML error page with status 200). */
class NotATranscript extends Error {}

/**
 * Only a JSON object with a string `text` is a transcript. The SDK hands back the body as a
 * string when the reply is not JSON: a proxy's "502 Bad Gateway" page sent with status 200 was
 * recorded as the user's answer ("<!DOCTYPE html>…").
 */
function transcriptOf(result: unknown): string {
  if (typeof result === 'object' && result !== null && 'text' in result) {
    const { text } = result as { text: unknown };
    if (typeof text === 'string') return text;
  }
  throw new NotATranscript();
}

export function createTranscriber(config: TranscribeConfig): Transcriber {
  // The SDK is loaded with the first voice note, not at start-up (most updates are text).
  let sdk: Promise<{ lib: Sdk; client: OpenAI }> | undefined;
  const open = () => {
    sdk ??= import('openai').then((lib) => ({
      lib,
      client: new lib.default({
        apiKey: config.apiKey,
        baseURL: config.baseURL,
        timeout: config.timeoutMs,
        maxRetries: config.maxRetries,
        ...(config.proxy ? { fetch: proxiedFetch(config.proxy) } : {}),
      }),
    }));
    return sdk;
  };
  /** One deadline for all attempts: the user's next message waits behind this voice note. */
  const send = async (audio: Uint8Array, fileName: string, deadline: number, type?: string) => {
    const { lib, client } = await open();
    const left = Math.max(1, deadline - Date.now());
    const file = await lib.toFile(audio, fileName, type ? { type } : undefined);
    const result = await client.audio.transcriptions.create(
      { file, model: config.model },
      { timeout: left, signal: AbortSignal.timeout(left) },
    );
    return transcriptOf(result);
  };
  const failure = (error: unknown, lib: Sdk): Transcribed => {
    if (error instanceof NotATranscript)
      return { ok: false, reason: 'unavailable', detail: 'not-json' };
    const status = error instanceof lib.APIError ? error.status : undefined;
    // The SDK's own timeout, or the deadline's signal aborting the request.
    const timedOut =
      error instanceof lib.APIConnectionTimeoutError || error instanceof lib.APIUserAbortError;
    return {
      ok: false,
      reason: 'unavailable',
      ...(status !== undefined ? { status } : {}),
      ...(timedOut ? { detail: 'timeout' as const } : {}),
    };
  };
  return {
    model: config.model,
    async transcribe(audio, fileName, mimeType, userId) {
      const deadline = Date.now() + config.timeoutMs;
      let text: string;
      try {
        text = await send(audio, fileName, deadline, mimeType);
      } catch (error) {
        const { lib } = await open();
        if (!isFormatError(error, lib.APIError)) return failure(error, lib);
        if (!hasFfmpeg()) return { ok: false, reason: 'format' };
        try {
          const wav = await toWav(audio, { timeoutMs: Math.max(1, deadline - Date.now()), userId });
          text = await send(wav, 'voice.wav', deadline, 'audio/wav');
        } catch (again) {
          return failure(again, lib);
        }
      }
      const trimmed = text.trim();
      return trimmed ? { ok: true, text: trimmed } : { ok: false, reason: 'empty' };
    },
  };
}
