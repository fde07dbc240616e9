/**
 * A document's text as sentences, each kept verbatim (its end punctuation too). Lines are
 * sentences of their own (a heading such as 一、加强组织领导 has no 。), and a fragment too short
 * to stand alone (一、 on its own line) joins the next one.
 */

/** A sentence longer than this is cut at a comma, then hard (a part's message limit is 4,096). */
const MAX_SENTENCE = 500;
const MIN_FRAGMENT = 4;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let carry = '';
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(/[\t\u00a0\u3000 ]+/g, ' ').trim();
    if (!line) continue;
    for (const piece of line.match(/[^。！？!?；;]+[。！？!?；;]*[”’」』）)]*|[。！？!?；;]+/g) ??
      []) {
      const s = `${carry}${piece}`.trim();
      carry = '';
      if (!/[\p{L}\p{N}]/u.test(s)) continue;
      if (Array.from(s).length < MIN_FRAGMENT && !/[。！？!?]$/.test(s)) {
        carry = s;
        continue;
      }
      out.push(...cutLong(s));
    }
  }
  if (carry) out.push(carry);
  return out;
}

function cutLong(s: string): string[] {
  if (s.length <= MAX_SENTENCE) return [s];
  const parts: string[] = [];
  let rest = s;
  while (rest.length > MAX_SENTENCE) {
    const at = rest.lastIndexOf('，', MAX_SENTENCE);
    const cut = at > MAX_SENTENCE / 2 ? at + 1 : MAX_SENTENCE;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Characters that count for "over ~300 字" (CJK and letters/digits, not spaces). */
export function charCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}
