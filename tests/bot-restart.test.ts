import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openRepository } from '../src/storage/repository.js';
import { startBot } from './support/bot-app.js';
import { startOpenAIMock } from './support/openai-mock.js';
import { basicsSteps, converse, draftNow, RECORDED } from './support/story.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * The bot as the operator runs it (`src/main.ts` in its own process), stopped in the middle of
 * an interview and started again on the same SQLite file.
 */

const root = new URL('..', import.meta.url).pathname;
const TOKEN = '123456:TEST_emulator_only_not_a_real_token';
let tg: TelegramHarness;
let dir: string;

before(async () => {
  tg = await startTelegram({ token: TOKEN, timeoutMs: 15_000 });
  dir = mkdtempSync(join(tmpdir(), 'zongjie-restart-'));
});
after(async () => {
  await tg.close();
});

function startBotProcess(extra: Record<string, string> = {}): {
  child: ChildProcess;
  stderr: () => string;
} {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(OPENAI_|STORAGE_URL|TELEGRAM_|ALLOWED_|BOT_MODE|WEBHOOK_)/.test(k)) env[k] = v;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...env,
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: tg.apiRoot,
      STORAGE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
      ALLOWED_USER_IDS: '*',
      LOG_LEVEL: 'info',
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  let out = '';
  child.stderr?.on('data', (d) => {
    err += d;
  });
  child.stdout?.on('data', (d) => {
    out += d;
  });
  return { child, stderr: () => `${err}\n${out}` };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('a bot restart in the middle of an interview', () => {
  test('the user continues exactly where they were; SIGTERM shuts down cleanly', async () => {
    const first = startBotProcess();
    const u = tg.user(3001);
    await converse(u, [
      ...basicsSteps('清河镇'),
      ['党委专题研究统战工作4次', RECORDED],
      ['16个村配备统战联络员', RECORDED],
    ]);
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = startBotProcess();
    try {
      await u.send('/resume');
      // The part's card sent anew at the bottom (the one above collapses to its line).
      const question = await u.waitFor(/^第2\/11部分 · .+\n/, { kinds: ['send'] });
      assert.match(question.plain, /已记录2条/);
      await u.send('/next');
      await u.waitFor(/第3\/11部分/);
    } catch (error) {
      throw new Error(
        `${(error as Error).message}\n--- bot output ---\n${second.stderr().slice(-2000)}`,
      );
    }
    second.child.kill('SIGTERM');
    assert.equal(await exited(second.child), 0, 'a graceful stop exits 0');
    assert.match(second.stderr(), /"msg":"stopped"/);
    assert.doesNotMatch(second.stderr(), /TEST_emulator_only/, 'the token never reaches the logs');
    assert.doesNotMatch(second.stderr(), /党委专题研究/, 'answers are not logged at info level');

    const repo = await openRepository(`sqlite://${join(dir, 'bot.sqlite')}`);
    const { state } = await repo.loadUser('3001');
    await repo.close();
    const organization = state.summaries[0]?.answers.organization;
    assert.equal(organization?.status, 'done');
    assert.deepEqual(organization?.parts, ['党委专题研究统战工作4次', '16个村配备统战联络员']);
    // Issue 13: each part remembers its chat message, so a reply to it can replace it.
    assert.equal(organization?.messageIds?.length, 2);
  });

  test('a draft interrupted by kill -9 is composed again as soon as the bot is back', async () => {
    const mock = await startOpenAIMock();
    const model = {
      OPENAI_BASE_URL: mock.url,
      OPENAI_API_KEY: 'sk-test-not-a-secret',
      OPENAI_MODEL: 'mock-model',
    };
    const draft = [
      '东岭镇2026年统战工作总结',
      '2026年，东岭镇统战工作有序推进。现将有关情况总结如下：',
      '一、压实主体责任，织密工作网络',
      '党委专题研究统战工作3次。',
    ].join('\n');
    // The first attempt streams slowly (the bot dies meanwhile); the redo answers at once.
    mock.enqueue({ reply: draft, chunkSize: 2, delayMs: 300 }, { reply: draft });
    const first = startBotProcess(model);
    const u = tg.user(3002);
    try {
      await converse(u, [
        ...basicsSteps('东岭镇'),
        ['党委专题研究统战工作3次', RECORDED],
        ['/next', /第3\/11部分/],
      ]);
      await draftNow(u);
      await u.waitFor('正在生成草稿…');
      await u.waitForCall('sendMessageDraft');
      first.child.kill('SIGKILL');
      await exited(first.child);

      const second = startBotProcess(model);
      try {
        await u.waitFor(/上次生成草稿时服务中断了，正在为您重新生成/);
        const doc = await u.waitForCall('sendDocument');
        assert.equal(doc.file?.fileName, '东岭镇2026年统战工作总结（草稿v1）.docx');
        assert.ok(u.messages().some((m) => m.text.includes('党委专题研究统战工作3次。')));
      } finally {
        second.child.kill('SIGTERM');
        await exited(second.child);
      }
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
      await mock.close();
    }
  });

  test('revisions sent while one is written survive kill -9: each is made, merged ones as one version, one quota each', async () => {
    const mock = await startOpenAIMock();
    const model = {
      OPENAI_BASE_URL: mock.url,
      OPENAI_API_KEY: 'sk-test-not-a-secret',
      OPENAI_MODEL: 'mock-model',
      // The replies below are queued exactly; a repair pass would take the next one.
      DRAFT_REPAIRS: '0',
    };
    const v1 = [
      '西岭镇2026年统战工作总结',
      '2026年，西岭镇统战工作有序推进。现将有关情况总结如下：',
      '一、压实主体责任，织密工作网络',
      '党委专题研究统战工作3次。',
    ].join('\n');
    const v2 = v1.replace('一、压实主体责任', '一、强化组织领导');
    const v3 = `${v2.replace('，织密工作网络', '')}\n感谢各村的大力配合。`;
    const [first1, second, third] = [
      '第一部分标题换个说法',
      '结尾加一句感谢各村配合',
      '第一部分标题再短些',
    ];
    const firstBot = startBotProcess(model);
    const u = tg.user(3003);
    try {
      mock.enqueue({ reply: v1 });
      await converse(u, [
        ...basicsSteps('西岭镇'),
        ['党委专题研究统战工作3次', RECORDED],
        ['/next', /第3\/11部分/],
      ]);
      await draftNow(u);
      await u.waitForCall('sendDocument', (c) => /草稿v1/.test(c.file?.fileName ?? ''));
      // The first revision streams slowly; the bot dies while it is being written.
      mock.enqueue({ reply: v2, chunkSize: 2, delayMs: 300 });
      await u.send(first1);
      await u.waitFor('正在按您的意见修改草稿…');
      await u.waitForCall('sendMessageDraft');
      await u.send(second);
      await u.waitFor(/上一份草稿还在生成，完成后马上处理您的新要求/);
      await u.send(third);
      const merged = await u.waitFor(/您的2条修改意见都已记下/);
      assert.match(merged.plain, /一并改成一版/);
      firstBot.child.kill('SIGKILL');
      await exited(firstBot.child);
      assert.equal(mock.requests.length, 2, 'only the first revision had reached the model');

      mock.enqueue({ reply: v2 }, { reply: v3 });
      const restarted = Date.now();
      const secondBot = startBotProcess(model);
      try {
        await u.waitFor(/上次生成草稿时服务中断了，正在为您重新生成/);
        await u.waitForCall('sendDocument', (c) => /草稿v2/.test(c.file?.fileName ?? ''));
        const redone = Date.now() - restarted;
        await u.waitFor('正在按您的2条修改意见一并修改草稿…');
        const doc = await u.waitForCall('sendDocument', (c) =>
          /草稿v3/.test(c.file?.fileName ?? ''),
        );
        console.log(
          `# after kill -9: revision 1 redone in ${redone} ms, the merged revisions 2+3 delivered ${doc.at - restarted} ms after the restart`,
        );
        const header = u.messages().find((m) => /草稿第3版/.test(m.text));
        assert.ok(header, u.transcript(8));
        assert.ok(u.messages().some((m) => m.text.includes('感谢各村的大力配合。')));
        assert.ok(!u.messages().some((m) => /出错了/.test(m.text)), 'no error along the way');
        // The merged revision asked for both, in the order sent, of version 2.
        const request = mock.requests.at(-1)!.body.messages;
        assert.match(request.at(-1)!.content, new RegExp(`1\\. ${second}\\n2\\. ${third}`));
        assert.ok(
          request.some((m) => m.role === 'assistant' && m.content.includes('强化组织领导')),
        );
        assert.equal(
          mock.requests.length,
          4,
          'each revision went to the model once after the restart',
        );
      } finally {
        secondBot.child.kill('SIGTERM');
        await exited(secondBot.child);
      }
      const repo = await openRepository(`sqlite://${join(dir, 'bot.sqlite')}`);
      const { state } = await repo.loadUser('3003');
      const job = await repo.getJob('3003');
      await repo.close();
      const drafts = state.summaries[0]?.drafts ?? [];
      assert.deepEqual(
        drafts.map((d) => d.instruction),
        [undefined, first1, `1. ${second}\n2. ${third}`],
      );
      assert.equal(state.quota?.count, 3, 'one quota per version made: v1, v2, v3');
      assert.equal(job, undefined, 'nothing left waiting');
    } finally {
      if (firstBot.child.exitCode === null) firstBot.child.kill('SIGKILL');
      await mock.close();
    }
  });

  test('a version stored just before the crash is sent again, not composed and charged twice', async () => {
    const mock = await startOpenAIMock();
    const env = {
      OPENAI_BASE_URL: mock.url,
      OPENAI_API_KEY: 'sk-test-not-a-secret',
      OPENAI_MODEL: 'mock-model',
      DRAFT_REPAIRS: '0',
    };
    const u = tg.user(3004);
    const first = await startBot(tg, env);
    let stored: Awaited<ReturnType<typeof first.app.repo.loadUser>>['state'];
    try {
      await converse(u, [
        ...basicsSteps('南坪镇'),
        ['党委专题研究统战工作2次', RECORDED],
        ['/next', /第3\/11部分/],
      ]);
      await draftNow(u);
      await u.waitForCall('sendDocument', (c) => /草稿v1/.test(c.file?.fileName ?? ''));
      await first.polling.idle(); // version 1's job has ended
      stored = (await first.app.repo.loadUser('3004')).state;
      // The process died after version 1 was stored and before its job was ended: the job
      // is still recorded, made when the summary had no version yet.
      await first.app.repo.putJob({
        userId: '3004',
        chatId: u.chatId,
        summaryId: stored.summaries[0]!.id,
        kind: 'compose',
        requests: 1,
        startedAt: Date.now(),
        base: 0,
      });
    } finally {
      await first.stop();
    }
    const asked = mock.requests.length;
    u.mark();
    const second = await startBot(tg, env, { dir: first.dir });
    try {
      await u.waitFor(/上次的草稿已经生成，但服务中断没能发完，现在重新发送/);
      const doc = await u.waitForCall('sendDocument');
      assert.equal(doc.file?.fileName, '南坪镇2026年统战工作总结（草稿v1）.docx');
      await second.polling.idle();
      const { state } = await second.app.repo.loadUser('3004');
      assert.equal(mock.requests.length, asked, 'nothing composed again');
      assert.deepEqual(
        state.summaries[0]?.drafts.map((d) => d.version),
        [1],
      );
      assert.deepEqual(state.quota, stored.quota, 'no second charge');
      assert.equal(await second.app.repo.getJob('3004'), undefined);
    } finally {
      await second.stop();
      await mock.close();
    }
  });
});
