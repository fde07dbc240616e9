/**
 * A bot in its own process, as the bench measures it: spawned with a clean environment, timed
 * from spawn to its first getUpdates at the emulator, and read from /proc for its resident
 * memory and the CPU time it has used (user + system, all threads), summed over the process
 * and its children (`npm start` is npm, a shell and node).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { TelegramHarness } from '../tests/support/telegram.js';

export interface BotChild {
  child: ChildProcess;
  /** spawn → first getUpdates request at the emulator, ms */
  coldStartMs: number;
  /** VmRSS now, bytes, summed over the process tree */
  rss(): number;
  /** CPU time used so far (utime + stime), ms, summed over the process tree */
  cpuMs(): number;
  /**
   * The same, of the node process's main thread only: the event loop, where the updates queue.
   * The rest is V8's helper threads (GC, compiling) and libuv's pool (SQLite, file writes).
   */
  mainThreadCpuMs(): number;
  /** The process and its descendants. */
  tree(): number[];
  output(): string;
  stop(): Promise<void>;
}

const TICK_MS = 1000 / 100; // USER_HZ: /proc/<pid>/stat counts in 1/100 s on Linux

export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return kb * 1024;
}

/** CPU time of a process (all its threads), or with `thread` of that one thread only. */
export function cpuMsOf(pid: number, thread?: number): number {
  const stat = readFileSync(
    thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`,
    'utf8',
  );
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function treeOf(pid: number): number[] {
  let kids: number[] = [];
  try {
    kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // gone
  }
  return [pid, ...kids.flatMap(treeOf)];
}

const sum = (pids: number[], read: (pid: number) => number) =>
  pids.reduce((total, pid) => {
    try {
      return total + read(pid);
    } catch {
      return total; // exited meanwhile
    }
  }, 0);

/** Spawns `node <args>` and resolves once it polls the emulator (or rejects if it exits). */
export async function startBotChild(
  tg: TelegramHarness,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  timeoutMs = 30_000,
): Promise<BotChild> {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      !/^(OPENAI_|STORAGE_|TELEGRAM_|ALLOWED_|BOT_MODE|WEBHOOK_|LOG_LEVEL|NODE_OPTIONS)/.test(k)
    ) {
      base[k] = v;
    }
  }
  const polls = tg.pollCount;
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...base, ...env, TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let coldStartMs = Number.NaN;
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (tg.pollCount > polls) {
        coldStartMs = performance.now() - t0;
        clearInterval(timer);
        resolve();
      } else if (performance.now() - t0 > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`bot did not poll within ${timeoutMs} ms:\n${out.slice(-2000)}`));
      }
    }, 1);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`bot exited before polling:\n${out.slice(-2000)}`));
    });
  });
  const pid = child.pid ?? 0;
  return {
    child,
    coldStartMs,
    rss: () => sum(treeOf(pid), rssOf),
    cpuMs: () => sum(treeOf(pid), (p) => cpuMsOf(p)),
    mainThreadCpuMs: () => sum([pid], (p) => cpuMsOf(p, p)),
    tree: () => treeOf(pid),
    output: () => out,
    stop: async () => {
      // Every process of the tree: npm does not always pass SIGTERM on before it exits.
      const pids = treeOf(pid).reverse();
      for (const p of pids) {
        try {
          process.kill(p, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      await exited;
      while (pids.some(alive)) await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}
