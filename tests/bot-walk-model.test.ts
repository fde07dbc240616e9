import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type ModelBot, type RunningBot, startModelBot } from './support/bot-app.js';
import { type OpenAIMock, parseMaterialBlock } from './support/openai-mock.js';
import { basicsSteps, converse, draftNow, RECORDED } from './support/story.js';
import type { TelegramHarness, TestUser } from './support/telegram.js';

/**
 * Issue 23 with a model: the finishing walk rewords each sentence the user's words went into by
 * one small request (the sentence, its context, the reply), and the model's sentence stands only
 * when the check finds nothing added; an invented figure or a failed request leaves the
 * deterministic edit, and the user never sees a difference in the walk itself.
 */

let tg: TelegramHarness;
let mock: OpenAIMock;
let bot: RunningBot;

let stack: ModelBot;
before(async () => {
  stack = await startModelBot({
    OPENAI_TIMEOUT_MS: '1500',
    OPENAI_MAX_RETRIES: '2',
    // The draft below is queued as is; a repair pass would take the next queued reply.
    DRAFT_REPAIRS: '0',
  });
  ({ tg: tg, mock: mock, bot: bot } = stack);
});
after(() => stack.stop());

/** A model draft with two 【待补】 and one invented figure (35人). */
const DRAFT = [
  '清河镇2026年统战工作总结',
  '2026年，清河镇统战工作扎实推进，取得了一定成效。现将有关情况总结如下：',
  '一、压实主体责任，织密工作网络',
  '党委专题研究统战工作4次，统筹推进各项工作落地见效。【待补：具体做法】',
  '二、深化理论学习，凝聚思想共识',
  '举办统战知识讲座2场，共有35人参加。【待补：讲座成效】',
].join('\n');

async function interview(u: TestUser) {
  await converse(u, [
    ...basicsSteps('清河镇'),
    ['党委专题研究统战工作4次', RECORDED],
    ['/next', /第3\/11部分/],
    ['举办统战知识讲座2场', RECORDED],
    ['/next', /第4\/11部分/],
  ]);
}

async function latestText(userId: string): Promise<{ version: number; text: string }> {
  const { state } = await bot.app.repo.loadUser(userId);
  const summary = state.summaries[0]!;
  const version = summary.drafts.at(-1)!.version;
  const text = (await bot.app.repo.loadDraftText(userId, summary.id, version)) ?? '';
  return { version, text };
}

/** The walk's requests since `from`: the user message's data block of each. */
function rewriteRequests(from: number) {
  return mock.requests.slice(from).map((r) => {
    const content = r.body.messages.map((m) => m.content).join('\n');
    const user = r.body.messages.find((m) => m.role === 'user')?.content ?? '';
    return { content, data: parseMaterialBlock(user) ?? {} };
  });
}

describe('the finishing walk with a model', () => {
  test('each filled sentence is reworded by one small checked request; an invented figure or a failure keeps the deterministic edit', async () => {
    const u = tg.user(2351);
    await interview(u);
    mock.enqueue({ reply: DRAFT });
    await draftNow(u);
    await u.waitForCall('sendDocument', (c) => String(c.file?.fileName).includes('草稿v1'), {
      timeoutMs: 20_000,
    });
    await u.tap('逐项完成');

    // 1. A 【待补】 filled: the model's wording, which adds nothing, lands in version 2.
    let card = await u.waitFor(/待完成 1\/\d+/);
    assert.match(card.plain, /【待补：具体做法】/);
    const reworded = '每季度召开1次联络员例会，专题研究统战工作。';
    mock.enqueue({ reply: reworded });
    let from = mock.requests.length;
    await u.send('每个季度开1次联络员例会 研究统战工作');
    card = await u.waitFor(/待完成 2\/\d+/);
    let asked = rewriteRequests(from);
    assert.equal(asked.length, 1, 'one request for the one filled item');
    assert.ok(asked[0]!.content.length < 1500, `a small request (${asked[0]!.content.length})`);
    assert.match(String(asked[0]!.data.原句), /1次联络员例会/);
    assert.equal(asked[0]!.data.用户回复, '每个季度开1次联络员例会 研究统战工作');
    assert.equal(asked[0]!.data.所在标题, '一、压实主体责任，织密工作网络');
    assert.match(String(asked[0]!.data.前一句), /专题研究统战工作4次/);
    assert.doesNotMatch(
      asked[0]!.content,
      /举办统战知识讲座/,
      'only the sentence and its neighbours',
    );
    let latest = await latestText('2351');
    assert.equal(latest.version, 2);
    assert.ok(latest.text.includes(reworded), latest.text);
    assert.match(u.messages().at(-2)?.text ?? '', /第一部分：【待补：具体做法】 → “每季度召开1次/);

    // 2. A figure without a source replaced by the user's; the model's wording invents one more
    // (12个村): it is refused and the deterministic edit stands.
    assert.match(card.plain, /无出处：“35人/);
    mock.enqueue({ reply: '举办统战知识讲座2场，共有58人参加，覆盖12个村。' });
    from = mock.requests.length;
    await u.send('58人');
    card = await u.waitFor(/待完成 3\/\d+/);
    asked = rewriteRequests(from);
    assert.equal(asked.length, 1);
    assert.match(String(asked[0]!.data.原句), /共有58人参加/);
    latest = await latestText('2351');
    assert.equal(latest.version, 3);
    assert.ok(latest.text.includes('举办统战知识讲座2场，共有58人参加。'), latest.text);
    assert.doesNotMatch(latest.text, /12个村/);

    // 3. The model fails (one retry, then the walk's own edit, with nothing said about it).
    assert.match(card.plain, /【待补：讲座成效】/);
    mock.enqueue({ status: 500 }, { status: 500 });
    from = mock.requests.length;
    await u.send('参加的干部反映很受启发');
    const done = await u.waitFor(/逐项内容都已完成|定稿|这一轮看完了/);
    assert.equal(mock.requests.length - from, 2, 'the request and its one retry');
    assert.doesNotMatch(done.plain, /大模型|失败|出错/);
    latest = await latestText('2351');
    assert.equal(latest.version, 4);
    assert.doesNotMatch(latest.text, /【待补/);
    assert.ok(latest.text.includes(reworded) && latest.text.includes('58人'), latest.text);

    // The walk's rewordings cost no quota: the one draft did.
    const { state } = await bot.app.repo.loadUser('2351');
    assert.equal(state.quota?.count, 1);
  });
});
