/**
 * Characters that must not reach a .docx or Telegram, removed: the C0 control characters but
 * tab and newline (a carriage return becomes a newline), the non-characters (U+FFFE, U+FFFF and
 * their twins in every plane, U+FDD0–U+FDEF) and lone surrogates (half an emoji). XML 1.0 allows
 * none of them, so one U+FFFE in an answer made a .docx that Word refuses to open; Telegram
 * refuses a message with a lone surrogate.
 *
 * The bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) go
 * too: a right-to-left override in a unit's name turned 清河镇…docx into a name that reads as
 * …xcod.exe on a phone, and in a draft it reorders what the reader sees.
 */

const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is removed
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters above; line ends become `\n`. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '');
}

/** Whether `text` has any character cleanText would remove (for checks and tests). */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text.replace(/\r/g, ''));
  UNSAFE.lastIndex = 0;
  return found;
}
