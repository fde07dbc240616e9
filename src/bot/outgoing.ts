import type { Transformer } from 'grammy';
import { cleanText } from '../text/clean.js';

/**
 * The last step before Telegram: every text, caption and button label the bot sends, whatever
 * method sends it, loses the characters Telegram refuses or shows as boxes (lone surrogates,
 * controls, non-characters; see text/clean.ts). Cuts are already made between graphemes; this
 * catches what came in with an answer or a model's draft.
 */
export function cleanOutgoingText(): Transformer {
  return (prev, method, payload, signal) => prev(method, cleanPayload(payload), signal);
}

function cleanPayload<P>(payload: P): P {
  if (!payload || typeof payload !== 'object') return payload;
  const out: Record<string, unknown> = { ...(payload as Record<string, unknown>) };
  for (const field of ['text', 'caption'] as const) {
    if (typeof out[field] === 'string') out[field] = cleanText(out[field]);
  }
  const markup = out.reply_markup as { inline_keyboard?: { text?: unknown }[][] } | undefined;
  if (markup && Array.isArray(markup.inline_keyboard)) {
    out.reply_markup = {
      ...markup,
      inline_keyboard: markup.inline_keyboard.map((row) =>
        row.map((button) =>
          typeof button.text === 'string' ? { ...button, text: cleanText(button.text) } : button,
        ),
      ),
    };
  }
  return out as P;
}
