import assert from 'node:assert/strict';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sweepAudioTemp } from '../src/intake/convert.js';
import { chargedSeconds } from '../src/intake/files.js';
import { type ModelBot, type RunningBot, startModelBot } from './support/bot-app.js';
import { startBotProcess } from './support/bot-process.js';
import { type OpenAIMock, startOpenAIMock } from './support/openai-mock.js';
import { answer, basics } from './support/story.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * A transcription provider that misbehaves, and voice notes that lie: what a hostile tester
 * found on the voice path (issue 21), each as the user meets it.
 */

/** The transcription deadline of these tests (the default is 30 s; the story is the same). */
const DEADLINE_MS = 2_000;

describe('a misbehaving transcription provider', () => {
  let tg: TelegramHarness;
  let mock: OpenAIMock;
  let bot: RunningBot;

  let stack: ModelBot;
  before(async () => {
    stack = await startModelBot({
      OPENAI_MAX_RETRIES: '5',
      TRANSCRIBE_MODEL: 'mock-asr',
      TRANSCRIBE_TIMEOUT_MS: String(DEADLINE_MS),
      VOICE_MAX_SECONDS: '300',
      VOICE_MINUTES_PER_DAY: '2',
    });
    ({ tg: tg, mock: mock, bot: bot } = stack);
  });
  after(() => stack.stop());

  test('an HTML error page answered with status 200 is not a transcript and is not stored', async () => {
    const u = tg.user(4101);
    await basics(u, '清河镇');
    mock.enqueueTranscription({
      raw: '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
      contentType: 'text/html',
    });
    await u.sendVoice(Buffer.from('OggS html page'), { duration: 3 });
    const told = await u.waitFor(/语音转写暂时不可用/);
    assert.doesNotMatch(told.plain, /DOCTYPE|nginx/);
    assert.ok(!u.messages().some((m) => /DOCTYPE|已转写并记录/.test(m.plain)), u.transcript(4));
    const { state } = await bot.app.repo.loadUser('4101');
    assert.equal(state.summaries[0]?.answers.organization, undefined, 'nothing recorded');
    assert.equal(state.voiceToday?.seconds ?? 0, 0, 'no minutes charged for nothing');
  });

  test('a provider that hangs keeps the user waiting no longer than the deadline, with one retry at most', async () => {
    const u = tg.user(4102);
    await basics(u, '清河镇');
    const before = mock.transcriptions.length;
    // Every attempt hangs far beyond the deadline.
    mock.enqueueTranscription(
      { text: '迟到的转写', delayMs: 60_000 },
      { text: '迟到的转写', delayMs: 60_000 },
      { text: '迟到的转写', delayMs: 60_000 },
    );
    const sent = Date.now();
    await u.sendVoice(Buffer.from('OggS hangs'), { duration: 3 });
    await new Promise((r) => setTimeout(r, 200));
    // A typed answer right after the voice note waits behind it (one chat, in order)…
    await answer(u, '召开党外人士座谈会2次');
    const waited = Date.now() - sent;
    // …but no longer than the deadline and a little handling.
    assert.ok(waited < DEADLINE_MS + 2_500, `acknowledged after ${waited} ms`);
    await u.waitFor(/语音转写暂时不可用/, { timeoutMs: 5_000 });
    const attempts = mock.transcriptions.length - before;
    assert.ok(attempts >= 1 && attempts <= 2, `${attempts} attempts`);
    mock.clearTranscriptions();
  });

  test('a note that claims 1 second but weighs 600 KB is charged by its size', async () => {
    assert.equal(chargedSeconds(1, 600_000), 75);
    assert.equal(chargedSeconds(40, 100_000), 40, 'an honest note is charged what it says');
    const u = tg.user(4103);
    await basics(u, '清河镇');
    const before = mock.transcriptions.length;
    // 2 minutes a day: 75 s fits once, not twice.
    mock.enqueueTranscription({ text: '开展走访慰问3次。' }, { text: '又开展走访5次。' });
    await u.sendVoice(Buffer.alloc(600_000, 7), { duration: 1 });
    await u.waitFor(/🎤 已转写并记录：开展走访慰问3次。/);
    const { state } = await bot.app.repo.loadUser('4103');
    assert.equal(state.voiceToday?.seconds, 75);
    await u.sendVoice(Buffer.alloc(600_000, 8), { duration: 1 });
    await u.waitFor(/今天的语音转写额度（每天 2 分钟）已用完/);
    assert.equal(mock.transcriptions.length, before + 1, 'the second note never left the server');
  });

  test('an empty voice note is answered at once, without asking the provider', async () => {
    const u = tg.user(4104);
    await basics(u, '清河镇');
    const before = mock.transcriptions.length;
    await u.sendVoice(Buffer.alloc(0), { duration: 0 });
    await u.waitFor(/这条语音没有识别出文字/);
    await u.sendVoice(Buffer.from('OggS'), { duration: 0 });
    await u.waitFor(/这条语音没有识别出文字/);
    assert.equal(mock.transcriptions.length, before, 'no audio sent for nothing');
  });
});

describe('audio left in a conversion folder', () => {
  test('folders of dead processes go at start-up; a user’s own go on /delete', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zongjie-sweep-'));
    const make = (name: string) => {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'in.ogg'), 'OggS');
    };
    // A pid no process has (above Linux's pid_max).
    make('zongjie-audio-99999999-4201-aaaaaa');
    make(`zongjie-audio-${process.pid}-4202-bbbbbb`);
    make(`zongjie-audio-${process.pid}-4203-cccccc`);
    make('zongjie-audio-dddddd'); // the naming before pids
    make('unrelated-folder');
    assert.equal(await sweepAudioTemp(undefined, dir), 2);
    assert.deepEqual(readdirSync(dir).sort(), [
      'unrelated-folder',
      `zongjie-audio-${process.pid}-4202-bbbbbb`,
      `zongjie-audio-${process.pid}-4203-cccccc`,
    ]);
    assert.equal(await sweepAudioTemp('4203', dir), 1);
    assert.ok(!existsSync(join(dir, `zongjie-audio-${process.pid}-4203-cccccc`)));
    assert.ok(existsSync(join(dir, `zongjie-audio-${process.pid}-4202-bbbbbb`)));
    rmSync(dir, { recursive: true, force: true });
  });

  test('kill -9 during the ffmpeg conversion: the audio is gone after the restart', async () => {
    // A stand-in ffmpeg that takes its time, so the bot can be killed in the middle.
    const bin = mkdtempSync(join(tmpdir(), 'zongjie-slow-ffmpeg-'));
    const script = join(bin, 'ffmpeg');
    writeFileSync(script, '#!/bin/sh\n[ "$1" = "-version" ] && exit 0\nsleep 30\n');
    chmodSync(script, 0o755);
    const tg = await startTelegram({
      token: '123456:TEST_emulator_only_not_a_real_token',
      timeoutMs: 15_000,
    });
    const mock = await startOpenAIMock();
    const data = mkdtempSync(join(tmpdir(), 'zongjie-voice-kill-'));
    const env = {
      PATH: `${bin}:${process.env.PATH}`,
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      STORAGE_URL: `sqlite://${join(data, 'bot.sqlite')}`,
      OPENAI_BASE_URL: mock.url,
      OPENAI_API_KEY: 'sk-test-not-a-secret',
      OPENAI_MODEL: 'mock-model',
      TRANSCRIBE_MODEL: 'mock-asr',
    };
    const first = startBotProcess(env);
    let second: ReturnType<typeof startBotProcess> | undefined;
    try {
      await first.waitForLog(/"msg":"bot started"/);
      const u = tg.user(4204);
      await basics(u, '清河镇');
      mock.enqueueTranscription({ status: 400, message: 'Unsupported audio format: ogg' });
      await u.sendVoice(Buffer.from('OggS the user speaks'), { duration: 2 });
      const folders = () =>
        readdirSync(tmpdir()).filter((n) => n.startsWith(`zongjie-audio-${first.pid}-`));
      const deadline = Date.now() + 15_000;
      while (folders().length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(folders().length, 1, 'the conversion holds the audio in a temp folder');
      first.kill('SIGKILL');
      await first.exited;
      assert.equal(folders().length, 1, 'kill -9 left it behind');

      second = startBotProcess(env);
      await second.waitForLog(/"msg":"bot started"/);
      assert.deepEqual(folders(), [], 'the restart removed it');
      assert.match(second.output(), /leftover audio removed/);
    } finally {
      first.kill('SIGKILL');
      second?.kill('SIGKILL');
      await second?.exited;
      await mock.close();
      await tg.close();
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
