import type { FileKind } from './files.js';
import { checkPdfInflated } from './pdf-streams.js';
import { decodeText } from './text-decode.js';
import { checkZipInflated } from './zip.js';

/**
 * Runs in a child process of its own (see extract.ts): the file's bytes in over IPC, its text
 * out, cut to the length the bot keeps, so a file's whole text never reaches the bot's process.
 * Nothing is written to disk; the parent kills this process as soon as it answers, runs out of
 * time or grows past its memory cap.
 */

export interface ChildJob {
  kind: FileKind;
  bytes: Uint8Array;
  /** Text kept; the rest is dropped here and reported as truncated. */
  maxChars: number;
  /** Inflated bytes a .docx's XML or a PDF's streams may reach before the file is refused. */
  maxInflated: number;
}

export type ChildAnswer =
  | { text: string; truncated: boolean }
  | { error: 'scanned' | 'broken' | 'tooBig' | 'undecodable' };

/** Markdown markers are not words: headings, emphasis, list bullets and quotes go. */
function plainMarkdown(s: string): string {
  return s
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

async function text(job: ChildJob): Promise<string | ChildAnswer> {
  const { kind, bytes } = job;
  if (kind === 'txt' || kind === 'md') {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return { error: 'undecodable' };
    return kind === 'md' ? plainMarkdown(decoded.text) : decoded.text;
  }
  if (kind === 'docx') {
    const zip = checkZipInflated(bytes, job.maxInflated);
    if (!zip.ok) return { error: zip.reason };
    const { default: mammoth } = await import('mammoth');
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { value } = await mammoth.extractRawText({ buffer });
    return value;
  }
  const pdf = checkPdfInflated(bytes, job.maxInflated);
  if (!pdf.ok) return { error: pdf.reason };
  const { extractText, getDocumentProxy } = await import('unpdf');
  // pdf.js refuses a Buffer (what IPC delivers): the same bytes seen as a plain Uint8Array.
  const doc = await getDocumentProxy(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  );
  const { text: pages } = await extractText(doc, { mergePages: false });
  const joined = pages.join('\n');
  return joined.trim() === '' ? { error: 'scanned' } : joined;
}

export async function answer(job: ChildJob): Promise<ChildAnswer> {
  try {
    const t = await text(job);
    if (typeof t !== 'string') return t;
    return { text: t.slice(0, job.maxChars), truncated: t.length > job.maxChars };
  } catch {
    return { error: 'broken' };
  }
}

// Started by extract.ts (which sets the variable), not when a module merely imports the types.
if (process.send && process.env.ZONGJIE_EXTRACT_CHILD === '1') {
  // The bot's process ended (a restart, a crash): nobody waits for this text any more.
  process.once('disconnect', () => process.exit(0));
  process.once('message', (job: ChildJob) => {
    // The parent kills this process once the answer is in (an exit here could overtake it).
    void answer(job).then((a) => process.send?.(a));
  });
}
