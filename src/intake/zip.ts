import { inflateRawSync } from 'node:zlib';

/**
 * How much a .docx (a zip) inflates to, checked before a parser sees it: a 458 KB file can hold
 * a document.xml of 400 MB, and mammoth would inflate and parse all of it. The central directory
 * is read first (each entry's declared size); then every entry that a text parser reads is
 * inflated with a hard output cap, so a header that lies about the size does not get past either.
 * Pure: bytes in, a verdict out.
 */

export type ZipVerdict = { ok: true } | { ok: false; reason: 'tooBig' | 'broken' };

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A ZIP64 entry stores 0xFFFFFFFF here; it is a file of 4 GB or more, never a .docx to read. */
const ZIP64 = 0xffffffff;

/**
 * Pictures, fonts and embedded files are never parsed for text (mammoth's raw text reads the
 * XML parts), so a .docx full of photos is not refused for them.
 */
const NOT_PARSED =
  /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|wdp|jfif|webp|ico|bin|odttf|ttf|otf|mp3|mp4|wav|avi|mov|xlsx|docx|pptx)$/i;

/** The central directory's entries, or undefined when the bytes are not a readable zip. */
export function zipEntries(bytes: Uint8Array): Entry[] | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  const floor = Math.max(0, b.length - 22 - 0xffff);
  let end = -1;
  for (let i = b.length - 22; i >= floor; i--) {
    if (b.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = b.readUInt16LE(end + 10);
  let p = b.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== CENTRAL) return undefined;
    const nameLength = b.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + b.readUInt16LE(p + 30) + b.readUInt16LE(p + 32);
    if (next > b.length) return undefined;
    entries.push({
      name: b.toString('utf8', p + 46, p + 46 + nameLength),
      method: b.readUInt16LE(p + 10),
      compressed: b.readUInt32LE(p + 20),
      size: b.readUInt32LE(p + 24),
      localOffset: b.readUInt32LE(p + 42),
    });
    p = next;
  }
  return entries;
}

/** The entry's stored (still compressed) bytes, found through its local header. */
function storedBytes(b: Buffer, e: Entry): Buffer | undefined {
  const at = e.localOffset;
  if (at + 30 > b.length || b.readUInt32LE(at) !== LOCAL) return undefined;
  const start = at + 30 + b.readUInt16LE(at + 26) + b.readUInt16LE(at + 28);
  if (start + e.compressed > b.length) return undefined;
  return b.subarray(start, start + e.compressed);
}

/**
 * Whether the parts a text parser reads inflate to at most `maxBytes` in all. Declared sizes
 * are checked first (no inflating a file that says it is too big); then each part is inflated
 * with the budget left as its output cap, and the inflated bytes are dropped at once.
 */
export function checkZipInflated(bytes: Uint8Array, maxBytes: number): ZipVerdict {
  const entries = zipEntries(bytes);
  if (!entries) return { ok: false, reason: 'broken' };
  const parsed = entries.filter((e) => !e.name.endsWith('/') && !NOT_PARSED.test(e.name));
  let declared = 0;
  for (const e of parsed) {
    if (e.size === ZIP64 || e.compressed === ZIP64) return { ok: false, reason: 'tooBig' };
    declared += e.size;
    if (declared > maxBytes) return { ok: false, reason: 'tooBig' };
  }
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = maxBytes;
  for (const e of parsed) {
    const stored = storedBytes(b, e);
    if (!stored) return { ok: false, reason: 'broken' };
    if (e.method === 0) {
      left -= stored.length;
    } else if (e.method === 8) {
      try {
        left -= inflateRawSync(stored, { maxOutputLength: Math.max(1, left + 1) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          return { ok: false, reason: 'tooBig' };
        }
        return { ok: false, reason: 'broken' };
      }
    } else {
      return { ok: false, reason: 'broken' }; // deflate64, bzip2 …: no .docx writer uses them
    }
    if (left < 0) return { ok: false, reason: 'tooBig' };
  }
  return { ok: true };
}
