import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { FileKind } from './files.js';

/**
 * Runs in a worker thread (see extract.ts): the file's bytes in, its text out. Nothing is
 * written to disk; the worker is ended as soon as it answers or runs out of time.
 */

export type WorkerAnswer = { text: string } | { error: 'scanned' | 'broken' };

const { kind, bytes } = workerData as { kind: FileKind; bytes: Uint8Array };

/**
 * On Linux a thread has its own nice value: this one yields the CPU to the main thread, so
 * other users' updates keep their latency while a file is parsed (elsewhere: no-op).
 */
function yieldToUpdates() {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 15);
  } catch {
    // not Linux, or not allowed: the worker runs at normal priority
  }
}
yieldToUpdates();

function decodeText(b: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b).replace(/^\uFEFF/, '');
  } catch {
    // Chinese Windows saves .txt as GBK/GB18030 more often than not.
    return new TextDecoder('gb18030').decode(b);
  }
}

/** Markdown markers are not words: headings, emphasis, list bullets and quotes go. */
function plainMarkdown(s: string): string {
  return s
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

async function run(): Promise<WorkerAnswer> {
  if (kind === 'txt') return { text: decodeText(bytes) };
  if (kind === 'md') return { text: plainMarkdown(decodeText(bytes)) };
  // The parsers are loaded after the thread lowered its priority (they are large).
  if (kind === 'docx') {
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return { text: value };
  }
  const { extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: false });
  const joined = text.join('\n');
  return joined.trim() === '' ? { error: 'scanned' } : { text: joined };
}

run().then(
  (answer) => parentPort?.postMessage(answer),
  () => parentPort?.postMessage({ error: 'broken' } satisfies WorkerAnswer),
);
