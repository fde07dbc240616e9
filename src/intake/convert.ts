import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * ffmpeg, only for a transcription provider that refuses Telegram's OGG/Opus: the audio becomes
 * 16 kHz mono WAV in a private temp dir, which is deleted whatever happens.
 */

let available: boolean | undefined;

/** Whether `ffmpeg` is on PATH (asked once; `again` asks anew, e.g. after PATH changed). */
export function hasFfmpeg(again = false): boolean {
  if (available === undefined || again) {
    const probe = spawnSync('ffmpeg', ['-version'], { stdio: 'ignore', timeout: 5_000 });
    available = probe.status === 0;
  }
  return available;
}

export async function toWav(bytes: Uint8Array, timeoutMs = 60_000): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'zongjie-audio-'));
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
