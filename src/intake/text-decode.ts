/**
 * A .txt or .md file's bytes as text. Chinese Windows writes three encodings: UTF-8, GBK
 * (GB18030) and, from Notepad's 「Unicode」, UTF-16 — read as GBK that last one becomes
 * plausible-looking nonsense (UTF-16 Chinese is mostly valid GBK byte pairs), so it is told apart
 * first: by its byte-order mark, or without one by where its NUL bytes fall (every ASCII letter,
 * digit and line break has a zero high byte). Text that is still not text after decoding (a
 * renamed binary file) is refused rather than offered.
 */

export type Decoded = { ok: true; text: string } | { ok: false };

/** Bytes looked at to recognise BOM-less UTF-16 or binary. */
const SAMPLE = 64 * 1024;
/** Unreadable characters (U+FFFD, control codes, private use) above this share: not text. */
const MAX_UNREADABLE = 0.05;

function utf16(bytes: Uint8Array, bigEndian: boolean): string {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (!bigEndian) return new TextDecoder('utf-16le').decode(even);
  const swapped = Buffer.from(even);
  swapped.swap16();
  return new TextDecoder('utf-16le').decode(swapped);
}

/** 'le' / 'be' when the NUL bytes sit on one side of the byte pairs, 'binary' when they do not. */
function nulPattern(bytes: Uint8Array): 'le' | 'be' | 'binary' | 'none' {
  const n = Math.min(bytes.length, SAMPLE);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (even + odd === 0) return 'none';
  if (odd >= 0.9 * (even + odd) && even <= n / 2) return 'le';
  if (even >= 0.9 * (even + odd) && odd <= n / 2) return 'be';
  return 'binary';
}

function unreadableShare(text: string): number {
  let bad = 0;
  let all = 0;
  for (const ch of text) {
    all++;
    const c = ch.codePointAt(0) ?? 0;
    if (
      c === 0xfffd ||
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      (c >= 0x7f && c <= 0x9f) ||
      (c >= 0xe000 && c <= 0xf8ff)
    ) {
      bad++;
    }
  }
  return all === 0 ? 0 : bad / all;
}

function guess(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), true);
  const nul = nulPattern(bytes);
  if (nul === 'le' || nul === 'be') return utf16(bytes, nul === 'be');
  if (nul === 'binary') return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Chinese Windows saves .txt as GBK/GB18030 more often than not.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function decodeText(bytes: Uint8Array): Decoded {
  const text = guess(bytes);
  if (text === undefined || unreadableShare(text) > MAX_UNREADABLE) return { ok: false };
  return { ok: true, text };
}
