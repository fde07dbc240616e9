/**
 * Cleaning a user's message into a sentence fit for a 公文 paragraph, without changing what it
 * says: list markers, emoji and stray spacing go; ASCII punctuation between Chinese becomes
 * full-width; every item ends with 。.
 */

const EMOJI = /(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}|[\u{1F3FB}-\u{1F3FF}])/gu;
/** Leading list markers the user may type: 1. 1、 (1) （一） 一、 一是 - * • ·. */
const MARKER =
  /^\s*(?:[-*•·●▪]\s*|\d{1,2}\s*[.、．)）]\s*|[（(]\s*\d{1,2}\s*[)）]\s*|[一二三四五六七八九十]{1,2}\s*[、．.]\s*|[（(][一二三四五六七八九十]{1,2}[)）]\s*|[一二三四五六七八九十]{1,2}是)/u;
const CJK = '\\p{Script=Han}';
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
};

/** One message may hold several items, one per line. */
export function splitItems(part: string): string[] {
  return part
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function cleanSentence(raw: string): string {
  let s = raw.replace(EMOJI, '').replace(MARKER, '').trim();
  // ASCII punctuation touching Chinese text becomes full-width (decimal points stay).
  s = s.replace(
    new RegExp(`(?<=${CJK}|[0-9])\\s*([,;:?!])\\s*(?=${CJK})|(?<=${CJK})\\s*([,;:?!])\\s*`, 'gu'),
    (_m, a, b) => FULL_WIDTH[(a ?? b) as string] ?? _m,
  );
  s = s.replace(new RegExp(`(?<=${CJK})\\s*\\(([^()]*)\\)`, 'gu'), '（$1）');
  // Straight double quotes around Chinese text become “ ”.
  s = s.replace(new RegExp(`"([^"]*${CJK}[^"]*)"`, 'gu'), '“$1”');
  // Spaces next to Chinese characters are typing noise (走访 党外 人士 20 人次); elsewhere keep one.
  s = s
    .replace(new RegExp(`(?<=${CJK}|[，。；：、“”（）])\\s+(?=${CJK}|[0-9])`, 'gu'), '')
    .replace(new RegExp(`(?<=[0-9])\\s+(?=${CJK})`, 'gu'), '')
    .replace(/\s+/g, ' ');
  s = s.replace(/[，,;；、：:\s]+$/u, '');
  if (s === '') return '';
  if (/\.$/.test(s) && !/\d\.$/.test(s)) s = `${s.slice(0, -1)}。`;
  // A sentence ends with 。！？ or …; after a closing quote or bracket it still needs one.
  if (!/[。！？…]$/u.test(s) && !/[。！？…][”』」）)]$/u.test(s)) s += '。';
  return s.replace(/。{2,}/g, '。');
}
