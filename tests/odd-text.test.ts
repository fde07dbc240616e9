import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TEXT } from '../src/bot/bot.js';
import { TELEGRAM_MESSAGE_LIMIT } from '../src/bot/split.js';
import { hasUnsafeCharacters } from '../src/text/clean.js';
import { type ModelBot, type RunningBot, startModelBot } from './support/bot-app.js';
import { readDocx } from './support/docx-reader.js';
import type { OpenAIMock } from './support/openai-mock.js';
import { basics, draftNow, partCard, RECORDED, step } from './support/story.js';
import type { TelegramHarness } from './support/telegram.js';

/**
 * Text that used to break the bot, sent as people send it. The emulator refuses half an emoji
 * the way Telegram does ("strings must be encoded in UTF-8").
 */

let tg: TelegramHarness;
let mock: OpenAIMock;
let bot: RunningBot;

let stack: ModelBot;
before(async () => {
  stack = await startModelBot({
    // Exact model replies are queued; the repair pass (tested in repair.test.ts) would take them.
    DRAFT_REPAIRS: '0',
  });
  ({ tg: tg, mock: mock, bot: bot } = stack);
});
after(() => stack.stop());

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Characters XML 1.0 does not allow (a .docx with one is refused by Word). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('emoji, invisible characters and non-characters', () => {
  test('after an emoji-heavy answer, /review, /edit and the question card still work', async () => {
    const u = tg.user(6101);
    await basics(u, '笑脸镇');
    // Odd-length prefix: the 40th and 80th UTF-16 units fall inside an emoji.
    const answer = `走访了${'😀🎉👨‍👩‍👧'.repeat(30)}共3次`;
    await step(u, answer, RECORDED);
    await step(u, '党委专题研究统战工作2次', RECORDED);

    const review = await step(u, '/review', /全部回答/);
    assert.match(review.plain, /2\. 组织领导与工作网络：填写中（2条）｜走访了😀🎉👨‍👩‍👧/);
    const card = await step(u, '/edit 2', partCard(2));
    assert.match(card.plain, /1\. 走访了😀🎉/);
    assert.doesNotMatch(card.plain, LONE, 'the clipped answer keeps its emoji whole');
    assert.ok(!u.messages().some((m) => m.text === TEXT.error), u.transcript(6));
    const refused = tg.calls.filter((c) => !c.ok && /UTF-8/.test(String(c.description)));
    assert.deepEqual(refused, [], 'Telegram refused nothing');
  });

  test('an answer of invisible filler is asked again and not recorded', async () => {
    const u = tg.user(6102);
    await basics(u, '空白镇');
    for (const blank of ['ㅤ', 'ㅤㅤㅤ', '\u200B\u200B', '\u2060\uFEFF', 'ㅤ\u200D ㅤ', '\u2800']) {
      await step(u, blank, /看起来是空白的/);
    }
    await step(u, '党委专题研究统战工作3次', RECORDED);
    const { state } = await bot.app.repo.loadUser('6102');
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, ['党委专题研究统战工作3次']);
  });

  test('U+FFFE and control characters in an answer: a valid .docx and clean messages', async () => {
    const u = tg.user(6103);
    await basics(u, '异码镇');
    await step(u, '党委专题研究\uFFFE统战工作\u0007\u001B4次\uFFFF', RECORDED);
    await step(u, '/next', /第3\/11部分/);
    const { state } = await bot.app.repo.loadUser('6103');
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, ['党委专题研究统战工作4次']);
    // A draft that brings such characters back (a model can) is cleaned at the export.
    mock.enqueue({
      reply: [
        '异码镇2026年统战工作总结',
        '2026年，异码镇统战工作有序推进。现将有关情况总结如下：',
        '一、压实主体责任\uFFFE',
        '党委专题研究统战工作4次\u0008。',
      ].join('\n'),
    });
    await draftNow(u);
    const doc = await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    const docx = await readDocx(doc.file!.bytes);
    for (const [part, xml] of Object.entries({ document: docx.document, styles: docx.styles })) {
      assert.ok(!NOT_XML.test(xml), `${part}.xml has no character XML forbids`);
    }
    assert.ok(docx.paragraphs.some((p) => p.text.includes('党委专题研究统战工作4次。')));
    const sent = u.calls('sendMessage').map((c) => String(c.payload.text));
    assert.ok(sent.every((t) => !hasUnsafeCharacters(t)));
  });

  test('a right-to-left override in the unit name and an answer reaches neither the draft nor the file name', async () => {
    const u = tg.user(6108);
    // 清河镇 + U+202E + "xcod.exe": shown on a phone as 清河镇exe.docx… if it were kept.
    await basics(u, '清河镇\u202Excod.exe');
    await step(u, '党委\u2066专题研究\u2069统战工作\u202B4次', RECORDED);
    await step(u, '/next', /第3\/11部分/);
    const { state } = await bot.app.repo.loadUser('6108');
    const summary = state.summaries[0];
    assert.equal(summary?.info.unit, '清河镇xcod.exe');
    assert.deepEqual(summary?.answers.organization?.parts, ['党委专题研究统战工作4次']);
    mock.enqueue({
      reply: [
        '清河镇2026年统战工作总结',
        '2026年，清河镇统战工作有序推进。现将有关情况总结如下：',
        '一、压实主体责任',
        '党委专题研究统战工作4次\u202E。',
      ].join('\n'),
    });
    await draftNow(u);
    const doc = await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
    assert.doesNotMatch(doc.file?.fileName ?? '', BIDI);
    const docx = await readDocx(doc.file!.bytes);
    assert.doesNotMatch(docx.document, BIDI);
    const sent = u.calls('sendMessage').map((c) => String(c.payload.text));
    assert.ok(
      sent.every((t) => !BIDI.test(t)),
      'no message carries a bidi control',
    );
  });
  test('a model draft with a line of 5,000 emoji arrives whole: split, 核对清单, .docx', async () => {
    const u = tg.user(6104);
    await basics(u, '长行镇');
    await step(u, '党委专题研究统战工作4次', RECORDED);
    await step(u, '/next', /第3\/11部分/);
    const line = `x${'🎉'.repeat(5000)}`;
    mock.enqueue({
      reply: [
        '长行镇2026年统战工作总结',
        '2026年，长行镇统战工作有序推进。现将有关情况总结如下：',
        '一、压实主体责任',
        `党委专题研究统战工作4次。${line}`,
      ].join('\n'),
    });
    await draftNow(u);
    await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    const texts = u
      .calls('sendMessage')
      .filter((c) => c.ok)
      .map((c) => String(c.payload.text));
    assert.ok(
      texts.some((t) => /核对/.test(t)),
      'the 核对清单 was sent',
    );
    const emoji = texts.join('').match(/🎉/g)?.length ?? 0;
    assert.equal(emoji, 5000, 'every emoji of the draft reached the chat');
    assert.ok(texts.every((t) => t.length <= TELEGRAM_MESSAGE_LIMIT && !LONE.test(t)));
    const refused = u.calls().filter((c) => !c.ok && c.method !== 'sendMessageDraft');
    assert.deepEqual(
      refused.map((c) => c.description),
      [],
    );
  });

  test("a model's tables, links, images and HTML become plain 公文 text in the chat and the .docx", async () => {
    const u = tg.user(6107);
    await basics(u, '表格镇');
    await step(u, '召开座谈会3次，120人参加；走访12次', RECORDED);
    await step(u, '/next', /第3\/11部分/);
    mock.enqueue({
      chunkSize: 7,
      reply: [
        '# 表格镇2026年统战工作总结',
        '2026年，表格镇统战工作有序推进。现将有关情况总结如下：',
        '一、**压实主体责任**',
        '| 工作 | 次数 | 参与人数 |',
        '|:---|---:|---|',
        '| 座谈会 | 3 | 120 |',
        '| [走访](https://example.com/visit) | 12 | |',
        '详见[工作台账](https://example.com/ledger "台账")。<br>全年<b>持续</b>推进&nbsp;&amp;落实。',
        '![工作照片](https://example.com/p.png)',
        '<p>二、凝聚思想共识</p>',
      ].join('\n'),
    });
    await draftNow(u);
    const doc = await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    const shown = u
      .calls()
      .filter((c) => c.ok && (c.method === 'sendMessage' || c.method === 'sendMessageDraft'))
      .map((c) => String(c.payload.text));
    const docx = (await readDocx(doc.file!.bytes)).paragraphs.map((p) => p.text).join('\n');
    for (const text of [...shown, docx]) {
      assert.doesNotMatch(text, /\||\]\(|!\[|<\/?[a-z]+>|&nbsp;|&amp;|https?:/, text);
    }
    const draft = shown.findLast((t) => t.startsWith('表格镇2026年统战工作总结\n')) ?? '';
    assert.match(draft, /工作：座谈会；次数：3；参与人数：120。/);
    assert.match(draft, /工作：走访；次数：12。/);
    assert.match(draft, /详见工作台账。\n全年持续推进 &落实。/);
    assert.match(docx, /工作：座谈会；次数：3；参与人数：120。/);
    assert.match(docx, /二、凝聚思想共识/);
  });

  test('a revision instruction over 500 字 is refused kindly and never reaches the model', async () => {
    const u = tg.user(6106);
    await basics(u, '长意镇');
    await step(u, '党委专题研究统战工作4次', RECORDED);
    await step(u, '/next', /第3\/11部分/);
    await draftNow(u);
    await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    const requests = mock.requests.length;
    const before = await bot.app.repo.loadUser('6106');

    const told = await step(u, `/revise ${'第二部分写具体些，'.repeat(60)}`, /请控制在 500 字以内/);
    assert.match(told.plain, /这条修改意见有 540 字/);
    await step(u, '把全文改成'.repeat(800), /这条修改意见有 4000 字/); // text after a draft
    await step(u, '/revise ㅤ\u200B', /请告诉我要怎么改/);
    assert.equal(mock.requests.length, requests, 'the model was not asked');
    const after = (await bot.app.repo.loadUser('6106')).state;
    assert.deepEqual(after.quota, before.state.quota, 'no quota spent');
    assert.deepEqual(after.summaries, before.state.summaries, 'nothing changed');

    // Exactly 500 字 is fine. (The model gives back a shorter text: a revision that changes
    // nothing would be no new version, issue 13.)
    mock.enqueue({
      reply:
        '长意镇2026年统战工作总结\n2026年，长意镇统战工作有序推进。\n一、压实主体责任\n党委专题研究统战工作4次。',
    });
    await u.send(`/revise ${'压缩篇幅突出重点。'.repeat(55)}压缩篇幅突`);
    await u.waitForCall('sendDocument', (c) => /草稿v2/.test(c.file?.fileName ?? ''), {
      timeoutMs: 20_000,
    });
    assert.equal(mock.requests.length, requests + 1);
  });

  test('a button with * in the step field is treated as stale, not as any step', async () => {
    const u = tg.user(6105);
    await basics(u, '星号镇');
    await step(u, '党委专题研究统战工作4次', RECORDED);
    await step(u, '/next', /第3\/11部分/);
    // A [完成本部分] for part 2 shown earlier, its step field replaced by *.
    const summaryId = (await bot.app.repo.loadUser('6105')).state.activeId!;
    const sentBefore = u.calls('sendMessage').length;
    await u.tapData(`f|${summaryId}|*|`);
    const answer = await u.waitForCall('answerCallbackQuery', (c) => c.payload.text !== undefined);
    assert.match(String(answer.payload.text), /已失效|已过期/);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(u.calls('sendMessage').length, sentBefore, 'nothing happened');
    const { state } = await bot.app.repo.loadUser('6105');
    assert.deepEqual(state.summaries[0]?.position, { kind: 'section', index: 1 });
    // Other forgeries: unknown step, extra field, bad part number.
    for (const data of [`s|${summaryId}|x9|`, `f|${summaryId}|s1||`, `e|${summaryId}|*|0`]) {
      await u.tapData(data);
      const told = await u.waitForCall(
        'answerCallbackQuery',
        (c) => c.payload.text !== undefined && c.seq > answer.seq,
      );
      assert.match(String(told.payload.text), /已失效|已过期/, data);
    }
    assert.deepEqual(
      (await bot.app.repo.loadUser('6105')).state.summaries[0]?.position,
      state.summaries[0]?.position,
    );
  });
});
