import { Worker } from 'node:worker_threads';
import type { WorkerAnswer } from './extract-worker.js';
import type { FileKind } from './files.js';

/**
 * Text out of a file, off the update path: each file is read in its own worker thread with a
 * time cap (EXTRACT_TIMEOUT_MS) and a memory cap, so a 100-page file never blocks other users
 * and a pathological one is stopped. Bytes stay in memory; nothing touches the disk.
 */

export type Extracted =
  | { ok: true; text: string; truncated: boolean }
  | { ok: false; reason: 'scanned' | 'broken' | 'timeout' | 'empty' };

/** More than this is not an interview's material; the rest is dropped (the user is told). */
export const MAX_TEXT_CHARS = 60_000;
const WORKER_HEAP_MB = 256;

const workerUrl = new URL(
  import.meta.url.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.js',
  import.meta.url,
);

function spawn(workerData: unknown, transferList: ArrayBuffer[]): Worker {
  const options = {
    workerData,
    transferList,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    stdout: true,
    stderr: true,
  };
  if (!workerUrl.pathname.endsWith('.ts')) return new Worker(workerUrl, options);
  // Running from TypeScript sources (tsx): the worker registers tsx before loading its file.
  // The thread lowers its priority first (see extract-worker.ts), as loading tsx costs CPU too.
  const boot = [
    `try { const t = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop()); if (t > 0) require('node:os').setPriority(t, 15); } catch {}`,
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerUrl.href)}); });`,
  ].join('\n');
  return new Worker(boot, { ...options, eval: true });
}

export async function extractFileText(
  kind: FileKind,
  bytes: Uint8Array,
  timeoutMs: number,
): Promise<Extracted> {
  const copy = new Uint8Array(bytes); // transferred to the worker; the caller's buffer stays
  const worker = spawn({ kind, bytes: copy }, [copy.buffer as ArrayBuffer]);
  // pdf.js may print warnings; they are dropped (they could quote the document).
  worker.stdout.resume();
  worker.stderr.resume();
  try {
    const answer = await new Promise<WorkerAnswer | 'timeout'>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), timeoutMs);
      const done = (a: WorkerAnswer | 'timeout') => {
        clearTimeout(timer);
        resolve(a);
      };
      worker.once('message', (m: WorkerAnswer) => done(m));
      worker.once('error', () => done({ error: 'broken' }));
      worker.once('exit', () => done({ error: 'broken' }));
    });
    if (answer === 'timeout') return { ok: false, reason: 'timeout' };
    if ('error' in answer) return { ok: false, reason: answer.error };
    const text = answer.text;
    if (text.trim() === '') return { ok: false, reason: 'empty' };
    return {
      ok: true,
      text: text.slice(0, MAX_TEXT_CHARS),
      truncated: text.length > MAX_TEXT_CHARS,
    };
  } finally {
    await worker.terminate();
  }
}
