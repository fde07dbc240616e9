import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ChildAnswer, ChildJob } from './extract-child.js';
import type { FileKind } from './files.js';
import { Slots } from './slots.js';

/**
 * Text out of a file, off the bot's process: each file is read in a child process of its own,
 * at low priority, with a time cap (EXTRACT_TIMEOUT_MS) and a memory cap the parent enforces by
 * watching the child's resident memory and killing it past the cap (a V8 heap limit alone does
 * not cover the buffers a zip or PDF inflates into). The text is cut in the child, so a file's
 * whole text never crosses back. At most two files are read at once; the rest wait their turn.
 * Bytes stay in memory; nothing touches the disk.
 */

export type Extracted =
  | { ok: true; text: string; truncated: boolean }
  | {
      ok: false;
      reason: 'scanned' | 'broken' | 'timeout' | 'empty' | 'undecodable' | 'memory';
    }
  | { ok: false; reason: 'tooBig'; limitMb: number };

/** More than this is not an interview's material; the rest is dropped (the user is told). */
export const MAX_TEXT_CHARS = 60_000;

/**
 * What a file may inflate to before it is refused: a .docx's XML parts (a 300-page report is a
 * few megabytes), a PDF's compressed streams other than pictures (fonts and page contents; a
 * PDF with whole CJK fonts embedded reaches tens of megabytes).
 */
export const MAX_INFLATED_MB: Record<FileKind, number> = { docx: 20, pdf: 50, txt: 0, md: 0 };

export interface ExtractLimits {
  timeoutMs: number;
  /** Resident memory of one child past which it is killed. */
  rssMb?: number;
  /** Told once, when the file has to wait for others to be read first. */
  onQueued?: (ahead: number) => void;
}

/**
 * Per child: resident memory cap (the real limit) and V8 heap cap (fails earlier, cleaner).
 * mammoth holds the whole XML tree: a 1,000-page .docx (3 MB of XML) peaks near 215 MB.
 */
const CHILD_RSS_MB = 256;
const CHILD_HEAP_MB = 200;
/** How often the child's resident memory is read. */
const WATCH_MS = 25;
/** Files read at once across the process: two children at their cap are about half a GB. */
const PARALLEL = 2;

const slots = new Slots(PARALLEL);

/** Files read now or waiting, for the log and the bench. */
export function extractionsInFlight(): number {
  return slots.ahead;
}

/**
 * The child's module: bundled next to this chunk in dist/ (scripts/build.ts), the TypeScript
 * source under tsx (its resolver maps the .js name to the .ts file), then run with tsx.
 */
const childUrl = new URL(import.meta.resolve('./extract-child.js'));

/**
 * The parser reads untrusted bytes, so it gets none of the bot's secrets (the bot token, the
 * model key, the storage URL): only what a process needs to run.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ZONGJIE_EXTRACT_CHILD: '1' };
  for (const name of ['PATH', 'TMPDIR', 'LANG', 'TZ']) {
    if (process.env[name] !== undefined) env[name] = process.env[name];
  }
  return env;
}

function spawnChild(): ChildProcess {
  const execArgv = [`--max-old-space-size=${CHILD_HEAP_MB}`];
  if (childUrl.pathname.endsWith('.ts')) execArgv.unshift('--import', import.meta.resolve('tsx'));
  const child = fork(fileURLToPath(childUrl), [], {
    execArgv,
    env: childEnv(),
    serialization: 'advanced',
    // pdf.js may print warnings; they could quote the document, so the output is not kept.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  try {
    // Yields the CPU to the bot's process, so other users' updates keep their latency.
    if (child.pid) setPriority(child.pid, 15);
  } catch {
    // not allowed here: the child runs at normal priority
  }
  return child;
}

/** Resident memory of a process in MB, from /proc (undefined where there is none). */
function residentMb(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return m?.[1] ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

type Outcome = ChildAnswer | { error: 'timeout' | 'memory' };

function readInChild(job: ChildJob, timeoutMs: number, rssMb: number): Promise<Outcome> {
  const child = spawnChild();
  return new Promise<Outcome>((resolve) => {
    let settled = false;
    const done = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(outcome);
    };
    const timer = setTimeout(() => done({ error: 'timeout' }), timeoutMs);
    const watch = setInterval(() => {
      const mb = child.pid ? residentMb(child.pid) : undefined;
      if (mb !== undefined && mb > rssMb) done({ error: 'memory' });
    }, WATCH_MS);
    child.once('message', (m: ChildAnswer) => done(m));
    child.once('error', () => done({ error: 'broken' }));
    child.once('exit', (code, signal) => {
      // V8 out of heap aborts the process (134 / SIGABRT): too big, not broken.
      const oom = code === 134 || signal === 'SIGABRT' || signal === 'SIGKILL';
      done({ error: oom ? 'memory' : 'broken' });
    });
    child.send(job, (error) => {
      if (error) done({ error: 'broken' });
    });
  });
}

export async function extractFileText(
  kind: FileKind,
  bytes: Uint8Array,
  limits: ExtractLimits,
): Promise<Extracted> {
  const limitMb = MAX_INFLATED_MB[kind];
  const job: ChildJob = {
    kind,
    bytes,
    maxChars: MAX_TEXT_CHARS,
    maxInflated: limitMb * 1024 * 1024,
  };
  const answer = await slots.run(
    () => readInChild(job, limits.timeoutMs, limits.rssMb ?? CHILD_RSS_MB),
    limits.onQueued,
  );
  if ('error' in answer) {
    return answer.error === 'tooBig'
      ? { ok: false, reason: 'tooBig', limitMb }
      : { ok: false, reason: answer.error };
  }
  if (answer.text.trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, text: answer.text, truncated: answer.truncated };
}
