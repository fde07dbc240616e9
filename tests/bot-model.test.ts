import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { resetPreviewSupport } from '../src/bot/preview.js';
import { type ModelBot, type RunningBot, startModelBot } from './support/bot-app.js';
import type { OpenAIMock } from './support/openai-mock.js';
import { basicsSteps, converse, DRAFT_SCREEN, draftNow, RECORDED } from './support/story.js';
import type { TelegramHarness, TestUser } from './support/telegram.js';

/**
 * The draft written by a model: the real bot, the emulator and a loopback OpenAI-compatible
 * server that streams over real HTTP. The user watches the draft grow, gets the final text,
 * the 核对清单 and the Word file, and revises by saying what to change.
 */

let tg: TelegramHarness;
let mock: OpenAIMock;
let bot: RunningBot;
const PREVIEW_MS = 300;

let stack: ModelBot;
before(async () => {
  stack = await startModelBot(
    {
      OPENAI_TIMEOUT_MS: '1500',
      OPENAI_MAX_RETRIES: '2',
      // These tests queue exact model replies (streaming, retries, revisions); the repair pass
      // would take the next one. It has its own tests (repair.test.ts, bot-repair.test.ts).
      DRAFT_REPAIRS: '0',
    },
    { bot: { previewIntervalMs: PREVIEW_MS } },
  );
  ({ tg: tg, mock: mock, bot: bot } = stack);
});
after(() => stack.stop());

/** A model draft built only from the answers below, plus one invented figure (35人). */
function modelDraft(unit: string): string {
  return [
    `${unit}2026年统战工作总结`,
    `2026年，${unit}统战工作扎实推进，取得了一定成效。现将有关情况总结如下：`,
    '一、压实主体责任，织密工作网络',
    '党委专题研究统战工作4次，把统战工作纳入年度考核，统筹推进各项工作落地见效。'.repeat(6),
    '二、深化理论学习，凝聚思想共识',
    '举办统战知识讲座2场，共有35人参加，进一步凝聚了思想共识。'.repeat(6),
  ].join('\n');
}

async function interview(u: TestUser, unit: string, organization = '党委专题研究统战工作4次') {
  await converse(u, [
    ...basicsSteps(unit),
    [organization, RECORDED],
    ['/next', /第3\/11部分/],
    ['举办统战知识讲座2场', RECORDED],
    ['/next', /第4\/11部分/],
  ]);
}

async function draftMessages(u: TestUser, version = 1): Promise<string> {
  await u.waitForCall('sendDocument', (c) => String(c.file?.fileName).includes(`草稿v${version}`), {
    timeoutMs: 20_000,
  });
  const texts = u
    .messages()
    .filter((m) => m.kind === 'text' && !m.deleted)
    .map((m) => m.text);
  const header = texts.findLastIndex((t) => new RegExp(`草稿第${version}版`).test(t));
  assert.ok(header >= 0, u.transcript(6));
  const end = texts.findIndex((t, i) => i > header && /核对/.test(t));
  return [texts[header], ...texts.slice(header + 1, end)].join('\n');
}

describe('a draft written by the model', () => {
  test('a vague key answer gets one model-written follow-up; the draft streams in throttled previews', async () => {
    const u = tg.user(5001);
    await interview(u, '清河镇', '高度重视统战工作');
    await u.send('/draft');
    await u.waitFor(DRAFT_SCREEN);
    // The screen before a draft lists the thin part; /draft again goes on to the follow-up.
    await u.send('/draft');
    const ask = await u.waitFor(/补充一问/);
    assert.match(ask.plain, /能说一下具体开了几次会/, 'the question comes from the model');
    // About a second of streaming, inside the 1.5 s per-attempt timeout.
    mock.enqueue({ reply: modelDraft('清河镇'), chunkSize: 25, delayMs: 40 });
    await u.send('党委专题研究统战工作4次');
    const text = await draftMessages(u);
    assert.doesNotMatch(text, /离线/);
    assert.ok(text.includes('党委专题研究统战工作4次'), text.slice(0, 300));

    const previews = u.calls('sendMessageDraft');
    assert.ok(previews.length >= 2, `the user watched it grow (${previews.length} previews)`);
    for (let i = 1; i < previews.length; i++) {
      const gap = previews[i]!.at - previews[i - 1]!.at;
      assert.ok(gap >= PREVIEW_MS - 60, `previews are throttled (gap ${gap} ms)`);
      const [a, b] = [String(previews[i - 1]!.payload.text), String(previews[i]!.payload.text)];
      assert.ok(b.length > a.length, 'each preview shows more text than the last');
    }
    const checklist = u.messages().findLast((m) => /核对清单/.test(m.text));
    assert.ok(checklist, 'the invented figure is put on the 核对清单');
    assert.match(checklist.text, /35人/);
    const compose = mock.requests.at(-1)!.body.messages;
    assert.match(
      compose.at(-1)!.content,
      /<material>[\s\S]*党委专题研究统战工作4次[\s\S]*<\/material>/,
    );
  });

  test('without sendMessageDraft the preview is one message edited in place, then removed', async () => {
    const u = tg.user(5002);
    await interview(u, '柳林镇');
    tg.respond('sendMessageDraft', () => ({
      ok: false,
      error_code: 404,
      description: 'Not Found: method not found',
    }));
    resetPreviewSupport();
    try {
      mock.enqueue({ reply: modelDraft('柳林镇'), chunkSize: 25, delayMs: 40 });
      // The interview's cards were edited too: only the edits from here on are the draft's.
      const before = u.calls('editMessageText').length;
      await draftNow(u);
      await draftMessages(u);
      const edits = u.calls('editMessageText').slice(before);
      // The preview is the message edited most (the 正在生成 line is edited once, into the header).
      const count = new Map<unknown, number>();
      for (const e of edits)
        count.set(e.payload.message_id, (count.get(e.payload.message_id) ?? 0) + 1);
      const [previewId, previewEdits] = [...count].sort((a, b) => b[1] - a[1])[0] ?? [];
      assert.ok((previewEdits ?? 0) >= 2, `the preview message was edited (${previewEdits} edits)`);
      assert.ok(
        u.calls('deleteMessage').some((c) => c.payload.message_id === previewId),
        'the half-written preview does not stay in the chat',
      );
    } finally {
      tg.respond('sendMessageDraft', undefined);
      resetPreviewSupport();
    }
  });

  test('two 500s, then success: the model draft arrives', async () => {
    const u = tg.user(5003);
    await interview(u, '东湖镇');
    const before = mock.requests.length;
    mock.enqueue({ status: 500 }, { status: 500 }, { reply: modelDraft('东湖镇') });
    await draftNow(u);
    const text = await draftMessages(u);
    assert.equal(mock.requests.length - before, 3);
    assert.doesNotMatch(text, /离线/);
  });

  test('after the retry budget: the offline draft with an honest notice', async () => {
    const u = tg.user(5004);
    await interview(u, '西山镇');
    mock.enqueue({ status: 500 }, { status: 502 }, { status: 503 });
    await draftNow(u);
    const text = await draftMessages(u);
    assert.match(text, /大模型暂时不可用（已重试2次）/);
    assert.match(text, /西山镇2026年统战工作总结\n2026年，我镇/);
  });

  test('a stream cut midway is retried; a half draft is never shown as the draft', async () => {
    const u = tg.user(5005);
    await interview(u, '南岭镇');
    const full = modelDraft('南岭镇');
    mock.enqueue({ cutAfterChars: 60, reply: full }, { reply: full });
    await draftNow(u);
    const text = await draftMessages(u);
    assert.ok(text.includes(full.split('\n').at(-1)!), 'the final draft is the complete one');
  });

  test('a stalled model times out, is retried, and the draft still arrives', async () => {
    const u = tg.user(5006);
    await interview(u, '北坡镇');
    mock.enqueue({ stallMs: 4000 }, { reply: modelDraft('北坡镇') });
    await draftNow(u);
    const text = await draftMessages(u);
    assert.doesNotMatch(text, /离线/);
  });

  test('a revision in plain words makes version 2; version 1 is kept and can be reopened', async () => {
    const u = tg.user(5007);
    await interview(u, '青石镇');
    mock.enqueue({ reply: modelDraft('青石镇') });
    await draftNow(u);
    await draftMessages(u, 1);
    const revised = modelDraft('青石镇').replace('一、压实主体责任', '一、强化组织领导');
    mock.enqueue({ reply: revised });
    await u.send('第一部分标题换个说法');
    const v2 = await draftMessages(u, 2);
    assert.match(v2, /一、强化组织领导/);
    const request = mock.requests.at(-1)!.body.messages;
    assert.match(request.at(-1)!.content, /第一部分标题换个说法/);
    assert.ok(
      request.some((m) => m.role === 'assistant' && m.content.includes('一、压实主体责任')),
    );

    await u.send('/list');
    const list = await u.waitFor(/我的总结/);
    assert.deepEqual(
      list.buttons.flat().filter((b) => b.includes('草稿')),
      ['1·草稿v1', '1·草稿v2'],
    );
    await u.tap('1·草稿v1');
    const v1 = await u.waitFor(/一、压实主体责任/);
    assert.match(v1.text, /^青石镇2026年统战工作总结/);
    const file = await u.waitForCall('sendDocument');
    assert.equal(file.file?.fileName, '青石镇2026年统战工作总结（草稿v1）.docx');
  });

  test('a revision that gives back the same text is no new version: the user is told what to try', async () => {
    const u = tg.user(5008);
    await interview(u, '白沙镇');
    mock.enqueue({ reply: modelDraft('白沙镇') });
    await draftNow(u);
    await draftMessages(u, 1);
    mock.enqueue({ reply: modelDraft('白沙镇') });
    await u.send('写得更好一点');
    const told = await u.waitFor(/修改后内容没有变化/);
    assert.match(told.plain, /仍是草稿第1版/);
    assert.match(told.plain, /说得更具体些/);
    assert.ok(told.buttons.flat().includes('重新生成'));
    const { state } = await bot.app.repo.loadUser('5008');
    assert.deepEqual(
      state.summaries[0]?.drafts.map((d) => d.version),
      [1],
      'no second version was stored',
    );
    assert.equal(state.quota?.count, 1, 'the revision that made no version costs no quota');
    assert.equal(
      u.messages().filter((m) => /草稿第2版/.test(m.text)).length,
      0,
      'nothing announces a version 2',
    );
    assert.equal(u.calls('sendDocument').length, 1, 'no second Word file');
  });
});
