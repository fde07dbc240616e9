import { graphemes } from '../text/cut.js';

/**
 * The name the .docx is sent under: 清河镇2026年上半年统战工作总结（草稿v2）.docx. It must survive
 * phones and messengers, so no path separators or characters Windows forbids, and not too long.
 */

/** Longest name before the extension; file systems allow 255 bytes, and 80 汉字 is ~240. */
export const MAX_FILE_NAME_LENGTH = 80;

const FALLBACK_TITLE = '工作总结';

/**
 * Characters Windows, Android and iOS file pickers refuse, control characters, and the
 * bidirectional controls (and marks) that make 清河镇\u202Excod.docx read as a .exe.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function clean(part: string): string {
  return part.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}

export interface DraftFileNameParts {
  unit: string;
  /** 2026年上半年 (see interview/title.ts, which owns the title and its parts). */
  periodPhrase: string;
  /** 统战工作总结. */
  titleSuffix: string;
  version: number;
  /** The 定稿: named （定稿） instead of its draft version. */
  final?: boolean;
}

export function draftFileName({
  unit,
  periodPhrase,
  titleSuffix,
  version,
  final,
}: DraftFileNameParts): string {
  const v = Number.isInteger(version) && version > 0 ? version : 1;
  const tag = final ? '（定稿）' : `（草稿v${v}）`;
  const cleanUnit = clean(unit);
  const title = cleanUnit
    ? clean(`${cleanUnit}${clean(periodPhrase)}${clean(titleSuffix) || FALLBACK_TITLE}`)
    : FALLBACK_TITLE;
  // Cut the title, never the version tag: two versions must not end up with the same name.
  const room = MAX_FILE_NAME_LENGTH - tag.length;
  const chars = graphemes(title);
  const cut = chars.length > room ? chars.slice(0, room).join('').trim() : title;
  // A name must not end in a dot or space (Windows drops them).
  return `${cut.replace(/[.\s]+$/, '')}${tag}.docx`;
}
