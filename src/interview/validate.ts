import type { InfoField } from '../templates/schema.js';
import { cleanText } from '../text/clean.js';
import { graphemes } from '../text/cut.js';

/**
 * Input checks for one message, pure. Each failure carries the kind sentence the user sees;
 * nothing stored changes when a check fails.
 */

/** One message longer than this is refused (Telegram allows 4,096; the terminal could paste more). */
export const MAX_MESSAGE_CHARS = 4096;
/** A section's answer stops growing here, so one record stays small enough to write fast. */
export const MAX_SECTION_CHARS = 20_000;
const MAX_INFO_CHARS = 60;

export type Checked = { ok: true; value: string } | { ok: false; message: string };

/** Letters, digits or CJK: a message of only emoji, punctuation or spaces says nothing. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * Characters that show as nothing: format characters (zero-width space and joiner, BOM …),
 * variation selectors and tags, and the "letters" that are blank fillers (U+3164 ㅤ, which
 * some apps offer for sending an empty-looking message, and its kin). Alone, they are no answer.
 */
const INVISIBLE =
  /[\p{Cf}\p{Zs}\s\u3164\u115F\u1160\uFFA0\u2800\u17B4\u17B5]|\u034F|\p{Variation_Selector}/gu;

export function checkAnswerText(text: string): Checked {
  const value = cleanText(text).trim();
  if (value === '') return { ok: false, message: '消息是空的，请输入文字内容。' };
  const visible = value.replace(INVISIBLE, '');
  if (visible === '') {
    return {
      ok: false,
      message: '这条消息看起来是空白的（只有空格或看不见的字符）。请用文字回答上面的问题。',
    };
  }
  if (value.length > MAX_MESSAGE_CHARS) {
    return {
      ok: false,
      message: `这条消息有 ${value.length} 字，超过了单条 ${MAX_MESSAGE_CHARS} 字的上限，请分成几条发送。已保存的内容不受影响。`,
    };
  }
  if (!MEANINGFUL.test(visible)) {
    return {
      ok: false,
      message: '没有读到文字内容（只有表情或符号）。请用文字回答上面的问题。',
    };
  }
  return { ok: true, value };
}

/** A revision instruction says what to change, not the new text: it stays short. */
export const MAX_INSTRUCTION_CHARS = 500;

const ASK_INSTRUCTION = '请告诉我要怎么改，例如：“第二部分写具体些”或“压缩到1500字”。';

/** Checks a revision instruction (/revise …, or any text after a draft). */
export function checkInstruction(text: string): Checked {
  const value = cleanText(text).trim();
  if (value.replace(INVISIBLE, '') === '') return { ok: false, message: ASK_INSTRUCTION };
  const chars = graphemes(value).length;
  if (chars > MAX_INSTRUCTION_CHARS) {
    return {
      ok: false,
      message: `这条修改意见有 ${chars} 字，请控制在 ${MAX_INSTRUCTION_CHARS} 字以内：说清改哪一部分、怎么改即可，例如“第二部分写具体些”“压缩到1500字”。要补充的内容，可以点[查看全部回答]加到相应部分。草稿和回答都没有改动。`,
    };
  }
  return { ok: true, value };
}

/** Checks a basic-info value against its field; `nowYear` comes from the caller's clock. */
export function checkInfoValue(field: InfoField, raw: string, nowYear: number): Checked {
  const base = checkAnswerText(raw);
  if (!base.ok) return base;
  const value = base.value.replace(/\s+/g, ' ');
  switch (field.kind) {
    case 'year': {
      const year = readYear(value, nowYear);
      if (typeof year === 'string') return { ok: false, message: year };
      return { ok: true, value: String(year) };
    }
    case 'choice': {
      const options = field.options ?? [];
      const picked = matchOption(options, value, field.aliases);
      if (!picked) {
        return {
          ok: false,
          message: `请从这些选项中选一个：${options.map((o, i) => `${i + 1}. ${o}`).join('  ')}（可回复序号）。`,
        };
      }
      return { ok: true, value: picked };
    }
    default: {
      if (value.length > MAX_INFO_CHARS) {
        return { ok: false, message: `${field.label}最多 ${MAX_INFO_CHARS} 字，请简短填写。` };
      }
      return { ok: true, value };
    }
  }
}

/**
 * An option by its 1-based number, exact text, another word for it (the field's `aliases`:
 * 全年 → 年度), or as the only option containing the text.
 */
export function matchOption(
  options: readonly string[],
  raw: string,
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  const value = raw.trim().replace(/[０-９]/g, toHalfWidth);
  if (/^\d+$/.test(value)) return options[Number(value) - 1];
  const exact = options.find((o) => o === value);
  if (exact) return exact;
  const alias = aliases[value.replace(/[\s。！!~～]+$/u, '')];
  if (alias && options.includes(alias)) return alias;
  const partial = options.filter((o) => o.includes(value) || value.includes(o));
  return partial.length === 1 ? partial[0] : undefined;
}

const CHINESE_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/**
 * The year a 年份 answer means: 2025, 2025年, 2025年度, 二〇二五年; a two-digit 25 or 25年 is 2025
 * (this century is the only one a summary can be for). A string is the kind message for
 * anything else.
 */
function readYear(value: string, nowYear: number): number | string {
  const digits = value
    .replace(/[０-９]/g, toHalfWidth)
    .replace(/[〇零一二三四五六七八九]/g, (c) => CHINESE_DIGITS[c] ?? c)
    .replace(/^(?:公元)?/, '')
    .replace(/[\s。！!]+$/u, '');
  const range = `应在 2000 到 ${nowYear + 1} 之间`;
  const m = /^(\d{2}|\d{4})\s*年?度?$/.exec(digits);
  if (!m) return `请输入四位年份，例如 ${nowYear}（${range}）。`;
  const n = m[1] as string;
  const year = n.length === 2 ? 2000 + Number(n) : Number(n);
  if (year < 2000 || year > nowYear + 1) {
    return n.length === 2
      ? `「${value}」是哪一年？请写四位年份，例如 ${nowYear}（${range}）。`
      : `请输入四位年份，例如 ${nowYear}（${range}）。`;
  }
  return year;
}

function toHalfWidth(ch: string): string {
  return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}
