import { escapeRe, loadWords } from '../facts/words.js';
import { deleteSentence, sentenceAround } from './edits.js';

/**
 * An edit by quoting (issue 23): the user selects words in a draft message on Telegram, replies,
 * and the reply takes their place in the draft. Pure and deterministic: no model, no quota.
 *
 * Telegram's quote is the text as the phone showed it, which may differ from the stored draft in
 * spaces, line breaks and half-/full-width forms (，vs ,), so it is found with whitespace
 * ignored and each character width-folded; the draft keeps its own characters around it.
 *
 * What is replaced: exactly the quoted text — except that a quote covering whole sentences (from
 * a sentence's start to its end, with or without its 。) takes the sentence end with it, so the
 * reply stands as the sentence(s) and the 。 is neither lost nor doubled. A fragment (45人)
 * becomes the reply without the 。 the user may have typed after it.
 */

const WORDS = new URL('./words/', import.meta.url);
/** 改成54人 → 54人. */
const LEAD = new RegExp(
  `^(?:${loadWords('quote-leads', WORDS).map(escapeRe).join('|')})[：:，,\\s]*`,
);
const DELETE = new Set(loadWords('quote-delete', WORDS));

/** Where a sentence ends (as in edits.ts). */
const END = /[。！？；!?;]/;

export type QuotedEdit =
  | {
      ok: true;
      text: string;
      /** Where the change stands in the new text. */
      at: number;
      /** What was there and what is there now ('' when deleted). */
      old: string;
      now: string;
      /** True when the quote was whole sentences (the sentence end went with it). */
      whole: boolean;
    }
  | { ok: false; reason: 'notFound' | 'empty' };

/** One character as compared: width-folded (，→ ,), when that keeps it one character. */
function fold(ch: string): string {
  const n = ch.normalize('NFKC');
  return n.length === 1 ? n : ch;
}

/**
 * Where `quote` stands in `text`, compared without whitespace; of several places, the one
 * nearest offset `near` (where the quoted message puts it), else the first.
 */
export function findQuote(
  text: string,
  quote: string,
  near?: number,
): { start: number; end: number } | undefined {
  const at: number[] = [];
  let flat = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) continue;
    at.push(i);
    flat += fold(ch);
  }
  const q = [...quote.replace(/\s+/g, '')].map(fold).join('');
  if (q === '') return undefined;
  let best: { start: number; end: number } | undefined;
  for (let i = flat.indexOf(q); i >= 0; i = flat.indexOf(q, i + 1)) {
    const place = { start: at[i] as number, end: (at[i + q.length - 1] as number) + 1 };
    if (!best) best = place;
    else if (near !== undefined && Math.abs(place.start - near) < Math.abs(best.start - near)) {
      best = place;
    }
  }
  return best;
}

/** The reply as it will stand: trimmed, on one line, without a lead word (改成…). */
export function replyWording(reply: string): string {
  return reply
    .trim()
    .replace(/\s*\n\s*/g, '')
    .replace(LEAD, '')
    .trim();
}

/** Whether the reply asks for the quoted text to go (删除, 删掉 …). */
export function isDeleteReply(reply: string): boolean {
  return DELETE.has(reply.trim().replace(/[。！!.\s]+$/u, ''));
}

/**
 * The quoted span widened to whole sentences when it covers them: it starts where a sentence
 * starts and ends at a sentence's end or just before its end mark.
 */
function wholeSentences(text: string, start: number, end: number) {
  const first = sentenceAround(text, start);
  let sentenceStart = first.start;
  while (sentenceStart < start && /\s/.test(text[sentenceStart] ?? '')) sentenceStart++;
  const last = sentenceAround(text, Math.max(start, end - 1));
  const reachesEnd =
    end === last.end || (end === last.end - 1 && END.test(text[last.end - 1] ?? ''));
  return sentenceStart === start && reachesEnd ? { start, end: last.end } : undefined;
}

/**
 * `reply` in place of `quote` in `text` (see the header for what is replaced). A reply that is
 * only 删除/删掉 takes the quoted text out (a whole sentence with its line, if left empty).
 */
export function quotedEdit(text: string, quote: string, reply: string, near?: number): QuotedEdit {
  const found = findQuote(text, quote, near);
  if (!found) return { ok: false, reason: 'notFound' };
  const whole = wholeSentences(text, found.start, found.end);
  const { start, end } = whole ?? found;
  const old = text.slice(found.start, found.end);
  if (isDeleteReply(reply)) {
    if (whole && sentenceAround(text, start).end === end) {
      const cut = deleteSentence(text, start);
      return { ok: true, text: cut.text, at: start, old: withoutEnd(old), now: '', whole: true };
    }
    return {
      ok: true,
      text: text.slice(0, start) + text.slice(end),
      at: start,
      old: withoutEnd(old),
      now: '',
      whole: whole !== undefined,
    };
  }
  let now = replyWording(reply);
  if (now.replace(/[\p{P}\p{S}]/gu, '') === '') return { ok: false, reason: 'empty' };
  const mark = text[end - 1] ?? '';
  if (END.test(mark)) {
    // The span ends a sentence: the reply keeps that end (typed or not).
    if (!END.test(now.at(-1) ?? '')) now += mark;
  } else {
    // Mid-sentence: a 。 typed after the new words would cut the sentence in two.
    now = now.replace(/[。；;.]+$/u, '');
  }
  return {
    ok: true,
    text: text.slice(0, start) + now + text.slice(end),
    at: start,
    old: withoutEnd(old),
    now: withoutEnd(now),
    whole: whole !== undefined,
  };
}

/** For the one line that shows the change: 45人 → 54人, no 。 on either side. */
function withoutEnd(s: string): string {
  return s.replace(/[。！？；!?;]+$/u, '');
}
