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

/** NUL bytes at even and odd offsets of the first SAMPLE bytes. */
function nulCounts(bytes: Uint8Array): { even: number; odd: number; n: number } {
  const n = Math.min(bytes.length, SAMPLE);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  return { even, odd, n };
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
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

function guess(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), true);
  const plain = utf8(bytes);
  const { even, odd, n } = nulCounts(bytes);
  // Neither UTF-8 nor GBK text has NUL bytes, UTF-16 has one in every ASCII character: the
  // side they fall on is the byte order (a Chinese character rarely ends in 00). A stray NUL in
  // valid UTF-8 is not enough; pure-ASCII UTF-16 is valid UTF-8, but half NULs.
  if (even + odd > 0 && (plain === undefined || even + odd > n / 10)) {
    return utf16(bytes, even > odd);
  }
  // Chinese Windows saves .txt as GBK/GB18030 more often than not.
  return plain ?? new TextDecoder('gb18030').decode(bytes);
}

export function decodeText(bytes: Uint8Array): Decoded {
  const text = guess(bytes);
  // A binary file decodes to something under every encoding: what it decodes to is judged.
  if (unreadableShare(text) > MAX_UNREADABLE) return { ok: false };
  return { ok: true, text };
}
