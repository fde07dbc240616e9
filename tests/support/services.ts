/**
 * Where the storage tests find Redis and PostgreSQL: TEST_REDIS_URL / TEST_POSTGRES_URL, else
 * what `bash scripts/services.sh start` runs. A suite whose service is not reachable is skipped
 * with a printed reason, except under CI=true, where it fails (CI must have started them).
 */
import { spawn } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import { dirname, join } from 'node:path';
import type { TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { redactUrl } from '../../src/storage/store.js';

export const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6390';
export const POSTGRES_URL =
  process.env.TEST_POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5439/zongjie_test';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export type Availability = { ok: true; url: string } | { ok: false; url: string; reason: string };

/** A TCP connect to the URL's host and port (no protocol): reachable or why not. */
export async function reachable(url: string, defaultPort: number): Promise<Availability> {
  let host: string;
  let port: number;
  try {
    const parsed = new URL(url);
    host = parsed.hostname || '127.0.0.1';
    port = Number(parsed.port) || defaultPort;
  } catch {
    return { ok: false, url, reason: `unparseable URL ${redactUrl(url)}` };
  }
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (result: Availability) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(1500, () => done({ ok: false, url, reason: 'connect timed out' }));
    socket.once('error', (err: NodeJS.ErrnoException) =>
      done({ ok: false, url, reason: err.code ?? err.message }),
    );
    socket.connect(port, host, () => done({ ok: true, url }));
  });
}

export const redisAvailable = () => reachable(REDIS_URL, 6379);
export const postgresAvailable = () => reachable(POSTGRES_URL, 5432);

/**
 * Skips the test with a printed reason, or under CI=true fails it: a service that CI should have
 * started and did not is an error, not a pass.
 */
export function skipOrFail(t: TestContext, service: string, avail: Availability): void {
  const why = `${service} not reachable at ${redactUrl(avail.url)}${
    avail.ok ? '' : ` (${avail.reason})`
  }; start it with: bash scripts/services.sh start`;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true and ${why}`);
  }
  console.log(`# SKIP ${t.name}: ${why}`);
  t.skip(why);
}

/** A TCP port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a TypeScript file under tsx in a child process (cwd = repo root unless given). */
export function runTs(
  file: string,
  args: string[],
  opts: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
      cwd: opts.cwd ?? REPO_ROOT,
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/**
 * Starts a TypeScript child and resolves once its stdout has a line matching `ready`; returns the
 * child (still running) and the lines read so far (kept up to date).
 */
export function startTs(
  file: string,
  args: string[],
  ready: RegExp,
  opts: { cwd?: string; timeoutMs?: number } = {},
) {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: opts.cwd ?? REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  let partial = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  const readyPromise = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`child did not print ${ready} in time; stderr: ${stderr}`)),
      opts.timeoutMs ?? 20_000,
    );
    child.stdout.on('data', (d) => {
      partial += d;
      const parts = partial.split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        if (ready.test(line)) {
          clearTimeout(timer);
          resolve();
        }
      }
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`child exited (${code ?? signal}) before ${ready}; stderr: ${stderr}`));
    });
  });
  return { child, lines, ready: readyPromise, exited, stderr: () => stderr };
}
