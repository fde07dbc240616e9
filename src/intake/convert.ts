import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * ffmpeg, only for a transcription provider that refuses Telegram's OGG/Opus: the audio becomes
 * 16 kHz mono WAV in a private temp dir, which is deleted whatever happens — except when the
 * process is killed in the middle. So the dir's name says whose it is
 * (`zongjie-audio-<pid>-<userId>-XXXXXX`), and sweepAudioTemp removes, at start-up, the dirs of
 * processes that are gone and, on /delete, the user's own.
 */

const PREFIX = 'zongjie-audio-';

let available: boolean | undefined;

/** Whether `ffmpeg` is on PATH (asked once; `again` asks anew, e.g. after PATH changed). */
export function hasFfmpeg(again = false): boolean {
  if (available === undefined || again) {
    const probe = spawnSync('ffmpeg', ['-version'], { stdio: 'ignore', timeout: 5_000 });
    available = probe.status === 0;
  }
  return available;
}

/** A user id as it may appear in a folder name (Telegram ids are digits; anything else goes). */
const safeId = (userId: string | undefined) => (userId ?? 'x').replace(/[^0-9A-Za-z]/g, '') || 'x';

export async function toWav(
  bytes: Uint8Array,
  { timeoutMs = 60_000, userId }: { timeoutMs?: number; userId?: string } = {},
): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), `${PREFIX}${process.pid}-${safeId(userId)}-`));
  try {
    const input = join(dir, 'in.ogg');
    const output = join(dir, 'out.wav');
    await writeFile(input, bytes, { mode: 0o600 });
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        'ffmpeg',
        [
          '-hide_banner',
          '-loglevel',
          'error',
          '-y',
          '-i',
          input,
          '-ac',
          '1',
          '-ar',
          '16000',
          output,
        ],
        { stdio: 'ignore', timeout: timeoutMs },
      );
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`ffmpeg exited with ${code}`)),
      );
    });
    return await readFile(output);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes leftover audio: every folder of a process that no longer runs (a kill -9 during a
 * conversion), and, given a user, that user's folders of any process (/delete). Returns how
 * many folders went. Never throws: a folder that cannot be read or removed is left.
 */
export async function sweepAudioTemp(userId?: string, dir = tmpdir()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const m = /^zongjie-audio-(\d+)-([0-9A-Za-z]+)-/.exec(name);
    // Folders of the old naming (no pid) are leftovers too.
    const old = !m && name.startsWith(PREFIX);
    if (!m && !old) continue;
    const gone = old || !alive(Number(m?.[1]));
    const theirs = userId !== undefined && m?.[2] === safeId(userId);
    if (!gone && !theirs) continue;
    try {
      await rm(join(dir, name), { recursive: true, force: true });
      removed++;
    } catch {
      // not ours to remove (another user on the machine): left
    }
  }
  return removed;
}
