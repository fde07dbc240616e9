import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkDraft } from '../src/check/checker.js';
import { settledReport } from '../src/check/open-items.js';
import { buildMaterial } from '../src/compose/material.js';
import { templateById } from '../src/templates/match.js';
import { type ModelBot, type RunningBot, startBot, startModelBot } from './support/bot-app.js';
import { readDocx } from './support/docx-reader.js';
import type { OpenAIMock } from './support/openai-mock.js';
import { answer, basics, draftNow, step } from './support/story.js';
import {
  type BotMessage,
  startTelegram,
  type TelegramHarness,
  type TestUser,
} from './support/telegram.js';

/**
 * Issue 23, edit by replying, on the Bot API emulator: the user selects words in a draft message
 * and replies; the reply takes their place in the next version — no model call, no quota — and
 * the .docx comes when asked for. A reply without a quote is a revision of that message's
 * paragraphs (model) or, offline, says how to quote.
 */

let tg: TelegramHarness;
let bot: RunningBot;

before(async () => {
  tg = await startTelegram({ timeoutMs: 10_000 });
  bot = await startBot(tg);
});

after(async () => {
  await bot.stop();
  await tg.close();
});

/** The messages that carried version `version`'s text (between its header and the 核对清单). */
function draftChunks(u: TestUser, version: number): BotMessage[] {
  const all = u.messages().filter((m) => m.kind === 'text' && !m.deleted);
  const header = all.findLastIndex((m) => new RegExp(`草稿第${version}版`).test(m.text));
  assert.ok(header >= 0, u.transcript(8));
  const end = all.findIndex((m, i) => i > header && /核对|Word/.test(m.text));
  return all.slice(header + 1, end < 0 ? undefined : end);
}

async function stored(userId: string, version: number): Promise<string> {
  const text = await bot.app.repo.loadDraftText(userId, 's1', version);
  assert.ok(text !== undefined, `version ${version} is stored`);
  return text;
}

async function versions(userId: string): Promise<number> {
  const { state } = await bot.app.repo.loadUser(userId);
  return state.summaries[0]?.drafts.length ?? 0;
}

/** A user at part 2 → a short offline draft with a figure and two whole sentences. */
async function drafted(u: TestUser): Promise<BotMessage> {
  await basics(u, '清河镇');
  await answer(u, '党委专题研究统战工作4次');
  await step(u, '完成', /第3\/11部分/);
  await answer(u, '举办统战知识讲座2场，共45人参加');
  await step(u, '完成', /第4\/11部分/);
  await draftNow(u);
  await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
  const chunks = draftChunks(u, 1);
  assert.equal(chunks.length, 1, 'a short draft is one message');
  return chunks[0]!;
}

describe('edit by replying to a draft message (offline)', () => {
  test('a quoted reply replaces exactly the quoted words in the next version; the .docx on request', async () => {
    assert.equal(bot.app.config.model, undefined, 'no model: nothing can call one');
    const u = tg.user(2351);
    const message = await drafted(u);
    const v1 = await stored('2351', 1);
    assert.ok(v1.includes('45人'), v1);

    // A fragment: the figure only.
    await u.reply(message, '54人', { quote: '45人' });
    const line = await u.waitFor(/已存为草稿第2版/);
    assert.match(line.plain, /^第.部分：45人 → 54人（已存为草稿第2版）$/);
    assert.deepEqual(line.buttons.flat(), ['发送Word文件']);
    const v2 = await stored('2351', 2);
    assert.equal(v2, v1.replace('45人', '54人'), 'only the quoted words changed');

    // A whole sentence, selected without its 。: the reply is the sentence, the 。 stays one.
    const sentence = /[^。\n]*4次[^。\n]*/.exec(v2)?.[0];
    assert.ok(sentence, v2);
    await u.reply(message, '党委全年专题研究统战工作4次，形成会议纪要。', { quote: sentence });
    await u.waitFor(/已存为草稿第3版/);
    const v3 = await stored('2351', 3);
    assert.equal(v3, v2.replace(`${sentence}。`, '党委全年专题研究统战工作4次，形成会议纪要。'));

    // No draft text is sent again after an edit; the Word file comes when asked for.
    assert.equal(draftChunks(u, 1).length, 1);
    const messagesBefore = u.calls('sendMessage').length;
    await u.tap('发送Word文件');
    const doc = await u.waitForCall('sendDocument');
    assert.equal(doc.file?.fileName, '清河镇2026年统战工作总结（草稿v3）.docx');
    const text = (await readDocx(doc.file!.bytes)).paragraphs.map((p) => p.text).join('\n');
    assert.ok(text.includes('54人'), text);
    assert.ok(text.includes('党委全年专题研究统战工作4次，形成会议纪要。'), text);
    assert.ok(!text.includes('45人'), text);
    assert.equal(u.calls('sendMessage').length, messagesBefore, 'the button sends the .docx only');

    // No model call could be made, and the edits spent no quota.
    const { state } = await bot.app.repo.loadUser('2351');
    const summary = state.summaries[0]!;
    assert.equal(state.quota?.count, 1, 'one slot: the first draft');
    assert.ok(summary.drafts.every((d) => d.composer === 'offline'));
    // The same checker: the user's wording is theirs (no 无出处), the replaced 45人 no 遗漏.
    const template = templateById(bot.app.service.templates, summary.templateId)!;
    const report = settledReport(
      checkDraft(v3, buildMaterial(template, summary)),
      summary.dismissed,
    );
    assert.deepEqual(
      report.untraced.map((f) => f.text),
      [],
      'the replacement traces to the user',
    );
    assert.ok(!report.omitted.some((f) => f.text.includes('45')), JSON.stringify(report.omitted));
  });

  test('an older version quoted: edited in the latest if the words are still there, else said kindly', async () => {
    const u = tg.user(2352);
    const message = await drafted(u);
    await u.reply(message, '54人', { quote: '45人' });
    await u.waitFor(/已存为草稿第2版/);
    const v2 = await stored('2352', 2);

    // The v1 message, words still in v2: the edit goes into the latest version.
    await u.reply(message, '3场', { quote: '2场' });
    const line = await u.waitFor(/已存为草稿第3版/);
    assert.match(line.plain, /2场 → 3场/);
    assert.match(line.plain, /您回复的是第1版的消息，已改在最新的第2版上/);
    assert.equal(await stored('2352', 3), v2.replace('2场', '3场'));

    // The v1 message, words gone from the latest: nothing changes, the user is told why.
    await u.reply(message, '64人', { quote: '45人' });
    const gone = await u.waitFor(/已经没有了/);
    assert.match(gone.plain, /“45人”在最新的草稿第3版里已经没有了/);
    assert.equal(await versions('2352'), 3, 'no new version');

    // [查看最新一版] sends its text, and a reply on it edits it; the quote's spaces and
    // widths may differ from the draft's.
    await u.tap('查看最新一版');
    await u.waitForCall('sendDocument');
    const latest = u
      .messages()
      .findLast((m) => m.kind === 'text' && m.text.includes('54人') && !/→/.test(m.text))!;
    // Words that are in no version: said kindly, the reply shown back, nothing lost.
    await u.reply(latest, '改成十场', { quote: '这句话不在草稿里' });
    const missing = await u.waitFor(/没有在草稿里找到/);
    assert.match(missing.plain, /您发的内容是：“改成十场”/);
    assert.equal(await versions('2352'), 3);

    const sentence = /[^。\n]*3场[^。\n]*/.exec(latest.text)?.[0] ?? '';
    const sloppy = `${sentence.slice(0, 3)} ${sentence.slice(3).replace('，', ',')}`;
    await u.reply(latest, '删除', { quote: sloppy });
    await u.waitFor(/已存为草稿第4版/);
    const v4 = await stored('2352', 4);
    assert.ok(!v4.includes('3场') && !v4.includes(sentence), v4);
  });

  test('a reply without a quote, offline, says how to quote and changes nothing', async () => {
    const u = tg.user(2353);
    const message = await drafted(u);
    await u.reply(message, '第二部分写具体些');
    const how = await u.waitFor(/长按/);
    assert.match(how.plain, /在草稿消息上长按 → 选中要改的句子 → 回复，发来新的写法/);
    assert.ok(how.plain.split('\n').length <= 3);
    assert.equal(await versions('2353'), 1);
  });
});

describe('edit by replying with a model configured', () => {
  let tgm: TelegramHarness;
  let mock: OpenAIMock;
  let mbot: RunningBot;

  let stack: ModelBot;
  before(async () => {
    stack = await startModelBot({
      OPENAI_TIMEOUT_MS: '3000',
      // The test queues exact model replies; a repair pass would take the next one.
      DRAFT_REPAIRS: '0',
    });
    ({ tg: tgm, mock: mock, bot: mbot } = stack);
  });
  after(() => stack.stop());

  /** A model draft long enough for two messages, built from the answers only. */
  const longDraft = [
    '清河镇2026年统战工作总结',
    '2026年，清河镇统战工作扎实推进。现将有关情况总结如下：',
    '一、压实主体责任，织密工作网络',
    '党委专题研究统战工作4次，把统战工作纳入年度考核，统筹推进各项工作落地见效。'.repeat(80),
    '二、深化理论学习，凝聚思想共识',
    '举办统战知识讲座2场，共45人参加，进一步凝聚了思想共识。'.repeat(40),
  ].join('\n');

  test('a reply without a quote revises that message’s paragraphs; a quoted one calls no model', async () => {
    const u = tgm.user(2361);
    await basics(u, '清河镇');
    await answer(u, '党委专题研究统战工作4次');
    await step(u, '完成', /第3\/11部分/);
    await answer(u, '举办统战知识讲座2场，共45人参加');
    await step(u, '完成', /第4\/11部分/);
    mock.enqueue({ reply: longDraft });
    await draftNow(u);
    await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    const chunks = draftChunks(u, 1);
    assert.equal(chunks.length, 2, `the long draft came in two messages\n${u.transcript(12)}`);

    // Quoted: made here, no request to the model, no quota.
    const requests = mock.requests.length;
    await u.reply(chunks[1]!, '54人', { quote: '45人' });
    await u.waitFor(/45人 → 54人（已存为草稿第2版）/);
    assert.equal(mock.requests.length, requests, 'no model call for a quoted edit');
    const { state } = await mbot.app.repo.loadUser('2361');
    assert.equal(state.quota?.count, 1);

    // Not quoted: an instruction for the second message's paragraphs only.
    const v2 = (await mbot.app.repo.loadDraftText('2361', 's1', 2))!;
    const revised = v2.replace(/举办统战知识讲座2场[^\n]*/, '举办统战知识讲座2场，共54人参加。');
    mock.enqueue({ reply: revised });
    await u.reply(chunks[1]!, '这部分压缩成一句');
    await u.waitForCall('sendDocument', (c) => /草稿v3/.test(String(c.file?.fileName)), {
      timeoutMs: 20_000,
    });
    const sent = mock.requests.at(-1)!.body.messages.at(-1)!.content;
    // The second message starts at the draft's 5th paragraph (二、…) and holds the rest, up to
    // the 落款 and date the stored text ends with. It was a message of version 1; the quoted
    // edit kept the paragraphs, so the same numbers name them in version 2.
    const paragraphs = v2.split('\n').filter((l) => l.trim() !== '').length;
    assert.ok(
      sent.includes(
        `只改第5段至第${paragraphs}段（我回复的那条草稿消息里的段落），其余段落一字不改：这部分压缩成一句`,
      ),
      sent,
    );
    assert.equal(
      (await mbot.app.repo.loadDraftText('2361', 's1', 3))?.trimEnd(),
      revised.trimEnd(),
    );
  });
});
