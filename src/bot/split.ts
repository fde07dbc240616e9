import { splitWithin } from '../text/cut.js';

/** Telegram's limit for one message's text, in UTF-16 code units (what the Bot API counts). */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

const SENTENCE_END = /[。！？；!?;…]["”’』」）)]?/g;

/**
 * Splits a draft into messages of at most `limit` characters, at paragraph boundaries; a
 * paragraph longer than the limit is cut after a sentence end, never mid-sentence (only a
 * single sentence longer than the limit is cut hard, between graphemes: never inside an emoji).
 */
export function splitMessage(text: string, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((p) => (p.length > limit ? splitParagraph(p, limit) : [p]));
  const messages: string[] = [];
  let current = '';
  for (const p of paragraphs) {
    const candidate = current === '' ? p : `${current}\n${p}`;
    if (candidate.length <= limit) {
      current = candidate;
      continue;
    }
    // A heading stays with the paragraph it introduces: carry it over to the next message,
    // unless heading and paragraph together would not fit in one.
    const lines = current.split('\n');
    const carried: string[] = [];
    while (lines.length > 1 && isHeading(lines.at(-1) as string))
      carried.unshift(lines.pop() as string);
    if ([...carried, p].join('\n').length > limit) lines.push(...carried.splice(0));
    if (lines.join('').trim() !== '') messages.push(lines.join('\n').trimEnd());
    current = [...carried, p].join('\n');
  }
  if (current.trim() !== '') messages.push(current.trimEnd());
  return messages;
}

function splitParagraph(paragraph: string, limit: number): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    sentences.push(paragraph.slice(start, end));
    start = end;
  }
  if (start < paragraph.length) sentences.push(paragraph.slice(start));
  const pieces: string[] = [];
  let current = '';
  for (const s of sentences) {
    if ((current + s).length <= limit) {
      current += s;
      continue;
    }
    if (current) pieces.push(current);
    if (s.length <= limit) current = s;
    else {
      pieces.push(...splitWithin(s, limit));
      current = '';
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** A short line without a sentence end: a title or a heading such as 一、压实主体责任. */
function isHeading(line: string): boolean {
  return line.trim() !== '' && line.length <= 60 && !/[。！？；：!?;:…”」』]$/.test(line.trim());
}
