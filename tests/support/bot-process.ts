import { type ChildProcess, spawn } from 'node:child_process';
import { REPO_ROOT } from './services.js';

/**
 * The bot as the operator runs it: `src/main.ts` in its own process, configured only by its
 * environment (none of the caller's OPENAI_/STORAGE_/TELEGRAM_ variables leak in).
 */
export interface BotProcess {
  child: ChildProcess;
  pid: number;
  /** stdout and stderr so far. */
  output(): string;
  stderr(): string;
  /** Resolves with the exit code (null after a signal) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** Resolves once a log line matches (e.g. /"msg":"bot started"/). */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  kill(signal: NodeJS.Signals): void;
}

export function startBotProcess(env: Record<string, string>): BotProcess {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(OPENAI_|STORAGE_|TELEGRAM_|ALLOWED_|BOT_MODE|WEBHOOK_|LOG_LEVEL)/.test(k)) base[k] = v;
  }
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...base, ALLOWED_USER_IDS: '*', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const watchers: { pattern: RegExp; resolve: () => void }[] = [];
  const check = () => {
    for (const w of [...watchers]) {
      if (w.pattern.test(out)) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout?.on('data', (d) => {
    out += d;
    check();
  });
  child.stderr?.on('data', (d) => {
    err += d;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>(
    (resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal, ms: Date.now() - started })),
  );
  return {
    child,
    pid: child.pid ?? 0,
    output: () => `${out}${err}`,
    stderr: () => err,
    exited,
    waitForLog: (pattern, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(out)) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`no log line ${pattern} within ${timeoutMs} ms:\n${out}${err}`)),
          timeoutMs,
        );
        watchers.push({
          pattern,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
        void exited.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(new Error(`bot exited (${code ?? signal}) before ${pattern}:\n${out}${err}`));
        });
      }),
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
}
