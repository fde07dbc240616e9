import { constants, inflateSync } from 'node:zlib';

/**
 * How much a PDF's compressed streams inflate to, checked before pdf.js sees it: a 3 MB PDF can
 * hold a FlateDecode stream of 1 GB. Each `stream … endstream` is inflated with the budget left
 * as its output cap (a chain of FlateDecode filters counts every step), and the bytes are
 * dropped at once. Pure: bytes in, a verdict out.
 *
 * Pictures are not counted: text extraction never decodes them, and a scanned PDF is hundreds
 * of megabytes of pixels. A stream that cannot be inflated is left to pdf.js (it says broken or
 * reads around it). What this scan cannot see (an encrypted PDF's streams, LZW) is bounded by
 * the child process's memory watchdog (extract.ts).
 */

export type PdfVerdict = { ok: true } | { ok: false; reason: 'tooBig' };

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

/** The dictionary before a stream keyword: from its object's `obj` to the keyword. */
function dictionaryBefore(b: Buffer, keyword: number): string {
  const from = Math.max(0, keyword - 4096);
  const head = b.toString('latin1', from, keyword);
  const obj = head.lastIndexOf('obj');
  return obj >= 0 ? head.slice(obj + 3) : head;
}

function flateSteps(dict: string): number {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  if (!m?.[1]) return 0;
  const names = m[1].match(/\/[A-Za-z0-9]+/g) ?? [];
  let n = 0;
  while (n < names.length && (names[n] === '/FlateDecode' || names[n] === '/Fl')) n++;
  return n;
}

/** Where the stream's data ends: by a direct /Length when it lands on `endstream`, else found. */
function dataEnd(b: Buffer, start: number, dict: string): number {
  const m = /\/Length\s+(\d+)(?![\d\s]*R)/.exec(dict);
  if (m?.[1]) {
    const end = start + Number(m[1]);
    let i = end;
    while (i < b.length && i < end + 4 && /\s/.test(String.fromCharCode(b[i] ?? 0))) i++;
    if (b.subarray(i, i + ENDSTREAM.length).equals(ENDSTREAM)) return end;
  }
  const found = b.indexOf(ENDSTREAM, start);
  return found < 0 ? b.length : found;
}

export function checkPdfInflated(bytes: Uint8Array, maxBytes: number): PdfVerdict {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = maxBytes;
  let at = b.indexOf(STREAM);
  while (at >= 0) {
    const isEnd = at >= 3 && b.toString('latin1', at - 3, at) === 'end';
    let start = at + STREAM.length;
    if (b[start] === 0x0d) start++;
    if (b[start] === 0x0a) start++;
    if (isEnd || start === at + STREAM.length) {
      at = b.indexOf(STREAM, at + STREAM.length);
      continue;
    }
    const dict = dictionaryBefore(b, at);
    const end = dataEnd(b, start, dict);
    const steps = /\/Subtype\s*\/Image\b/.test(dict) ? 0 : flateSteps(dict);
    let data: Buffer = b.subarray(start, end);
    for (let s = 0; s < steps; s++) {
      try {
        // A truncated stream gives what it has (pdf.js reads those too); a wrong checksum at the
        // end is only reached after the output cap.
        data = inflateSync(data, {
          maxOutputLength: Math.max(1, left + 1),
          finishFlush: constants.Z_SYNC_FLUSH,
        });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          return { ok: false, reason: 'tooBig' };
        }
        break;
      }
      left -= data.length;
      if (left < 0) return { ok: false, reason: 'tooBig' };
    }
    at = b.indexOf(STREAM, Math.max(end, start));
  }
  return { ok: true };
}
