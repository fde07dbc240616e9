/**
 * The bot's own delay from the model's first token to the first preview reaching the chat.
 *
 * The real bot (tests/support/bot-app.ts: openApp + runPolling, fresh SQLite) polls the Bot API
 * emulator and streams from the loopback OpenAI mock. Each user is brought to the end of an
 * interview through the same InterviewService the bot uses (answers with concrete numbers, so
 * no follow-up question), then sends /draft over Telegram (past the screen before a draft). The delay is measured from the mock's
 * first content chunk (its recorded send time) to the completion of the first preview call the
 * emulator records for that chat: sendMessageDraft, or — with sendMessageDraft answered 404 like
 * an older Bot API server — the preview's sendMessage (later updates use editMessageText).
 * Drafts run one at a time, so the figure is the bot's path, not queueing.
 *
 * `tsx bench/preview.ts` on its own, or run() from the bench runner.
 */
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resetPreviewSupport } from '../src/bot/preview.js';
import { parseCommand } from '../src/interview/commands.js';
import { startBot } from '../tests/support/bot-app.js';
import { startOpenAIMock } from '../tests/support/openai-mock.js';
import { draftNow } from '../tests/support/story.js';
import { startTelegram } from '../tests/support/telegram.js';
import { atMost, figure, ms, spread } from './report.js';
import { sized } from './size.js';

const DRAFTS = sized(20, 2);
const WARMUP = sized(2, 1);
const TARGET_MS = 300;
const PREVIEW_TAIL = '……（正在撰写）';

const SCRIPT = [
  '/new',
  '1',
  '松溪镇',
  '乡镇',
  '年度',
  '2025',
  '/skip',
  '/skip',
  '/skip',
  '镇党委全年专题研究统战工作4次，14个村（社区）都明确了1名统战联络员。',
  '/next',
  '党委理论学习中心组开展统战专题学习3次，6月请县委统战部来讲课，约90人参加。',
  '/next',
];

interface PathResult {
  /** Mock's first content chunk → first preview recorded by the emulator (ms). */
  delays: number[];
  /** The bot's own onFirstPreview figure (first text seen → preview call done). */
  botSide: number[];
  /** First preview method seen, for the report. */
  methods: Set<string>;
  /** Preview updates after the first (sendMessageDraft or editMessageText calls). */
  updates: number;
  /** The very first draft after start (in the fallback path it learns the 404). */
  firstDraft?: number;
}

async function measurePath(unsupported: boolean): Promise<PathResult> {
  const mock = await startOpenAIMock({ chunkSize: 8, delayMs: 10 });
  const tg = await startTelegram({
    timeoutMs: 20_000,
    unsupported: unsupported ? ['sendMessageDraft'] : [],
  });
  const botSide: number[] = [];
  const result: PathResult = { delays: [], botSide: [], methods: new Set(), updates: 0 };
  // Forget what an earlier run learnt about sendMessageDraft (startBot does this too).
  resetPreviewSupport();
  let measuring = false;
  const bot = await startBot(
    tg,
    {
      OPENAI_BASE_URL: mock.url,
      OPENAI_API_KEY: 'sk-test-not-a-secret',
      OPENAI_MODEL: 'mock',
    },
    // 100 ms between preview updates (default 1 s) so the short mock stream also exercises the
    // later updates (editMessageText in the fallback path); the first preview is never delayed.
    { bot: { previewIntervalMs: 100, onFirstPreview: (v) => measuring && botSide.push(v) } },
  );
  try {
    for (let i = 0; i < WARMUP + DRAFTS; i++) {
      const userId = 7_000 + i + (unsupported ? 500 : 0);
      for (const text of SCRIPT) {
        const event = parseCommand(text) ?? { type: 'text' as const, text };
        const r = await bot.app.service.dispatch(String(userId), event);
        const error = r.replies.find((x) => x.kind === 'error');
        if (error) throw new Error(`seeding user ${userId}: ${error.text}`);
      }
      const u = tg.user(userId);
      measuring = i >= WARMUP;
      const requestIndex = mock.requests.length;
      await draftNow(u);
      await u.waitForCall('sendDocument');
      const request = mock.requests[requestIndex];
      if (!request?.body.stream) throw new Error(`user ${userId}: no streamed compose request`);
      // chunkTimes[0] is the role chunk (empty content); [1] is the first text.
      const firstChunk = request.chunkTimes[1];
      const preview = u
        .calls()
        .find(
          (c) =>
            c.ok &&
            (c.method === 'sendMessageDraft' ||
              (c.method === 'sendMessage' && String(c.payload.text ?? '').endsWith(PREVIEW_TAIL))),
        );
      if (firstChunk === undefined || !preview) {
        throw new Error(`user ${userId}: no preview recorded\n${u.transcript(8)}`);
      }
      if (i === 0) result.firstDraft = preview.at - firstChunk;
      if (i < WARMUP) continue;
      result.delays.push(preview.at - firstChunk);
      result.methods.add(preview.method);
      result.updates += u.calls(unsupported ? 'editMessageText' : 'sendMessageDraft').length;
      if (!unsupported) result.updates -= 1;
    }
    result.botSide.push(...botSide);
    return result;
  } finally {
    await bot.stop();
    await tg.close();
    await mock.close();
    rmSync(bot.dir, { recursive: true, force: true });
    resetPreviewSupport();
  }
}

function report(label: string, r: PathResult) {
  const s = spread(r.delays);
  const b = spread(r.botSide);
  figure(
    `${label} first token → first preview p50 / p99`,
    `${ms(s.p50, 0)} / ${ms(s.p99, 0)} (max ${ms(s.max, 0)}, n=${s.n}, via ${[...r.methods].join(', ')})`,
    atMost(s.p99, TARGET_MS, ' ms'),
  );
  figure(
    `${label} bot's own figure (onFirstPreview) p50 / p99`,
    `${ms(b.p50, 0)} / ${ms(b.p99, 0)}; ${(r.updates / Math.max(1, s.n)).toFixed(1)} later updates ` +
      `per draft; first draft after start (warm-up): ${ms(r.firstDraft ?? Number.NaN, 0)}`,
  );
}

export async function run(): Promise<void> {
  console.log(
    `  ${DRAFTS} drafts (+${WARMUP} warm-up), one at a time, different users; mock streams 8 chars every 10 ms;` +
      ' timestamps are Date.now() (1 ms resolution)',
  );
  report('sendMessageDraft:', await measurePath(false));
  report('editMessageText fallback (sendMessageDraft → 404):', await measurePath(true));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
