import type OpenAI from 'openai';
import type { TranscribeConfig } from '../config.js';
import { hasFfmpeg, toWav } from './convert.js';

/**
 * Speech to text through any OpenAI-compatible /audio/transcriptions endpoint, with the
 * official SDK. Telegram's OGG/Opus is sent as it is; a provider that refuses the format gets
 * it again as WAV when ffmpeg is on PATH. The audio is never stored or logged, and the
 * transcript is returned, never logged.
 */

export type Transcribed =
  | { ok: true; text: string }
  | { ok: false; reason: 'format' | 'unavailable' | 'empty'; status?: number };

export interface Transcriber {
  readonly model: string;
  transcribe(audio: Uint8Array, fileName: string, mimeType?: string): Promise<Transcribed>;
}

type Sdk = typeof import('openai');

/** A refusal that is about the audio format, not the request (providers word it differently). */
function isFormatError(error: unknown, APIError: Sdk['APIError']): boolean {
  if (!(error instanceof APIError)) return false;
  if (error.status !== 400 && error.status !== 415 && error.status !== 422) return false;
  return /format|unsupported|decode|codec|invalid file|file type|audio file/i.test(error.message);
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
      }),
    }));
    return sdk;
  };
  const send = async (audio: Uint8Array, fileName: string, type?: string) => {
    const { lib, client } = await open();
    const file = await lib.toFile(audio, fileName, type ? { type } : undefined);
    const result = await client.audio.transcriptions.create({ file, model: config.model });
    return typeof result === 'string' ? result : result.text;
  };
  return {
    model: config.model,
    async transcribe(audio, fileName, mimeType) {
      let text: string;
      try {
        text = await send(audio, fileName, mimeType);
      } catch (error) {
        const { APIError } = (await open()).lib;
        const status = error instanceof APIError ? error.status : undefined;
        if (!isFormatError(error, APIError)) return { ok: false, reason: 'unavailable', status };
        if (!hasFfmpeg()) return { ok: false, reason: 'format' };
        try {
          text = await send(await toWav(audio), 'voice.wav', 'audio/wav');
        } catch {
          return { ok: false, reason: 'unavailable' };
        }
      }
      const trimmed = (text ?? '').trim();
      return trimmed ? { ok: true, text: trimmed } : { ok: false, reason: 'empty' };
    },
  };
}
