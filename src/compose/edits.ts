import { cleanSentence } from './sentences.js';
import { toWritten } from './written.js';

/**
 * Small deterministic edits of a draft's text, for finishing it in the chat without a model:
 * a 【待补】 filled with what the user typed, a sentence taken out, a sentence added at the end
 * of a part. Each returns the new text and what changed, in words a phone shows on one line.
 * Pure; no fact is added that the user did not type.
 */

/** Where a sentence ends; a line ends one too. */
const END = /[。！？；!?;]/;

/** What the user typed, as it will stand in the draft: written style, no end punctuation. */
export function typedFact(reply: string): string {
  return toWritten(cleanSentence(reply.trim()))
    .replace(/[。；;，,、.\s]+$/u, '')
    .trim();
}

/** The same, as a whole sentence (ends with 。). */
export function typedSentence(reply: string): string {
  const fact = typedFact(reply);
  return fact === '' ? '' : `${fact}。`;
}

/** The sentence around offset `at`: from after the previous end (or the line start) to its end. */
export function sentenceAround(text: string, at: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const lineEnd = nl < 0 ? text.length : nl;
  let start = lineStart;
  for (let i = at - 1; i >= lineStart; i--) {
    if (END.test(text[i] ?? '')) {
      start = i + 1;
      break;
    }
  }
  let end = lineEnd;
  for (let i = at; i < lineEnd; i++) {
    if (END.test(text[i] ?? '')) {
      end = i + 1;
      break;
    }
  }
  // A 【待补】 right after a sentence's end belongs to that place, not the next sentence.
  return { start, end };
}

/** 【待补：…】 at `at` replaced by what the user typed; a 。 is added where it stands alone. */
export function fillPlaceholder(
  text: string,
  at: number,
  placeholder: string,
  reply: string,
): { text: string; inserted: string } {
  const before = text[at - 1];
  const after = text[at + placeholder.length];
  const alone =
    (before === undefined || before === '\n' || END.test(before) || before === '：') &&
    (after === undefined || after === '\n');
  const inserted = alone ? typedSentence(reply) : typedFact(reply);
  return { text: text.slice(0, at) + inserted + text.slice(at + placeholder.length), inserted };
}

/**
 * The sentence holding offset `at` taken out; a line left empty goes with it. Returns the
 * sentence removed.
 */
export function deleteSentence(text: string, at: number): { text: string; removed: string } {
  const { start, end } = sentenceAround(text, at);
  const removed = text.slice(start, end);
  let next = text.slice(0, start) + text.slice(end);
  const lineStart = next.lastIndexOf('\n', start - 1) + 1;
  const nl = next.indexOf('\n', start);
  const lineEnd = nl < 0 ? next.length : nl;
  if (next.slice(lineStart, lineEnd).trim() === '') {
    next = next.slice(0, lineStart) + next.slice(Math.min(next.length, lineEnd + 1));
  }
  return { text: next, removed };
}

/** `what` in place of the first `old` from offset `at` (a fact the user corrected). */
export function replaceAt(text: string, at: number, old: string, what: string): string {
  const i = text.indexOf(old, at);
  if (i < 0) return text;
  return text.slice(0, i) + what + text.slice(i + old.length);
}

/** A sentence appended at offset `at` (the end of a part's last line). */
export function appendAt(text: string, at: number, sentence: string): string {
  const before = text.slice(0, at);
  // After a line ending without punctuation (a heading), the sentence opens a new line.
  const joint =
    /[。！？；：】]$/.test(before) || before.endsWith('\n') || before === '' ? '' : '\n';
  return before + joint + sentence + text.slice(at);
}

/** The sentence of an answer that holds `fact`, in written style, ending with 。. */
export function answerSentence(answer: string, fact: string): string {
  const i = answer.indexOf(fact);
  if (i < 0) return typedSentence(fact);
  const { start, end } = sentenceAround(answer, i);
  return typedSentence(answer.slice(start, end));
}
