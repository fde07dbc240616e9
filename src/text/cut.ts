/**
 * Cutting text for people and for Telegram, the one place it is done. JavaScript strings are
 * UTF-16: `slice(0, 40)` can end between the two halves of an emoji (a surrogate pair), and
 * Telegram refuses the whole message ("strings must be encoded in UTF-8") — after one emoji-heavy
 * answer every /review failed. Here text is cut between graphemes (what a reader sees as one
 * character: 👨‍👩‍👧, 🇨🇳, 👍🏽, é written as e + ◌́ all stay whole), found by Intl.Segmenter.
 *
 * Lengths for people (a card shows 40 characters of an answer) count graphemes; lengths for
 * Telegram (4,096 a message) count UTF-16 units, which is what the Bot API counts.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** The graphemes of `text`, in order. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * Text where every UTF-16 unit is a grapheme of its own: printable ASCII and Latin-1, general
 * punctuation (without the joiners), CJK punctuation (without the combining tone marks), CJK
 * ideographs and fullwidth forms. Nearly every answer is such text, and segmenting it cost
 * ~0.28 ms per answer once each card listed its answers clipped (issue 26's profile).
 */
const ONE_UNIT_GRAPHEMES =
  /^[\u0020-\u007E\u00A0-\u00FF\u2010-\u2027\u2030-\u205E\u3000-\u3029\u3030-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF5E\uFFE0-\uFFE6]*$/;

/** The first `max` graphemes of `text`, followed by `mark` when anything was cut. */
export function clipGraphemes(text: string, max: number, mark = '…'): string {
  // A grapheme is at least one unit: text no longer than `max` units has no more graphemes.
  if (text.length <= max) return text;
  if (ONE_UNIT_GRAPHEMES.test(text)) return text.slice(0, max) + mark;
  let taken = '';
  let count = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (count === max) return taken + mark;
    taken += segment;
    count++;
  }
  return taken;
}

/**
 * The longest start of `text` that is at most `maxUnits` UTF-16 units and ends between
 * graphemes. A single grapheme longer than `maxUnits` (a run of hundreds of combining marks) is
 * cut between code points instead, so a piece is never empty and never splits a surrogate pair.
 */
export function headWithin(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let end = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    if (index + segment.length > maxUnits) {
      if (end > 0) return text.slice(0, end);
      return headByCodePoints(segment, maxUnits);
    }
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** The shortest end of `text` of at most `maxUnits` UTF-16 units that starts on a grapheme. */
export function tailWithin(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  const from = text.length - maxUnits;
  for (const { index } of segmenter.segment(text)) {
    if (index >= from) return text.slice(index);
  }
  return '';
}

/** `text` in pieces of at most `maxUnits` UTF-16 units each, cut between graphemes. */
export function splitWithin(text: string, maxUnits: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > maxUnits) {
    const head = headWithin(rest, maxUnits);
    pieces.push(head);
    rest = rest.slice(head.length);
  }
  if (rest !== '' || pieces.length === 0) pieces.push(rest);
  return pieces;
}

function headByCodePoints(text: string, maxUnits: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > Math.max(maxUnits, 2)) break;
    out += ch;
  }
  return out;
}
