import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type RunningBot, startBot } from './support/bot-app.js';
import { readDocx } from './support/docx-reader.js';
import { answer, basics, draftNow, step } from './support/story.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * Issue 23 on the Bot API emulator: a user with thin, sloppy phone answers drafts offline (no
 * model is configured at all), taps [逐项完成] and walks every open item, and ends with a 定稿
 * .docx holding no 【待补】, every fact they gave, none they did not.
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

const CARD = /待完成 \d+\/\d+|定稿/;

describe('from draft to 定稿 in the chat', () => {
  test('a sloppy persona walks every open item offline and gets …（定稿）.docx with nothing open', async () => {
    assert.equal(bot.app.config.model, undefined, 'no model: nothing can call one');
    const u = tg.user(2301);
    await basics(u, '清河镇');
    await answer(u, '开了2次会研究统战吧');
    await step(u, '完成', /第3\/11部分/);
    await answer(u, '搞了宣讲 约1800人次吧');
    await step(u, '完成', /第4\/11部分/);
    await answer(u, '联系了党外人士');
    await answer(u, '把党外人士联谊活动弄起来了');
    await step(u, '完成', /第5\/11部分/);
    await step(u, '跳过', /第6\/11部分/);
    await step(u, '跳过', /第7\/11部分/);
    await step(u, '跳过', /第8\/11部分/);
    await step(u, '跳过', /第9\/11部分/);
    await answer(u, '搞了些特色活动 巩故了宣讲成果');
    await step(u, '完成', /第10\/11部分/);
    await answer(u, '人手不够');
    await step(u, '完成', /第11\/11部分/);
    await answer(u, '明年继续搞好');
    await draftNow(u);
    const first = await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    assert.equal(first.file?.fileName, '清河镇2026年统战工作总结（草稿v1）.docx');

    await u.tap('逐项完成');
    const transcript: string[] = [];
    let typed = false;
    const asked: string[] = [];
    for (let taps = 0; taps < 20; taps++) {
      const card = await u.waitFor(CARD);
      transcript.push(card.plain);
      if (/定稿/.test(card.plain)) break;
      if (/留待补充/.test(card.plain)) await u.tap('不写这部分', { inMessage: card.messageId });
      else if (!typed && /【待补：[^】]*做法/.test(card.plain)) {
        typed = true;
        await u.send('走访党外人士15人次');
      } else if (/【待补/.test(card.plain)) await u.tap('删除这句', { inMessage: card.messageId });
      else if (/口语：“弄”/.test(card.plain)) {
        asked.push('弄');
        await u.send('组织开展党外人士联谊活动');
      } else assert.fail(`unexpected card: ${card.plain}`);
    }
    if (process.env.SHOW) console.log(transcript.join('\n===\n'));
    assert.match(transcript.at(-1) ?? '', /✅ 没有待完成的了：草稿第\d+版就是定稿/);
    assert.match(transcript.at(-1) ?? '', /✅ 核对完成/);
    assert.match(transcript[0] ?? '', /待完成 1\/6/);
    assert.deepEqual(asked, ['弄'], 'the phone wording the composer could not rewrite is asked');

    const doc = await u.waitForCall('sendDocument', (c) => /定稿/.test(String(c.file?.fileName)), {
      timeoutMs: 20_000,
    });
    assert.equal(doc.file?.fileName, '清河镇2026年统战工作总结（定稿）.docx');
    const text = (await readDocx(doc.file!.bytes)).paragraphs.map((p) => p.text).join('\n');
    assert.doesNotMatch(text, /【待补/);
    for (const fact of ['2次', '1800人次', '走访党外人士15人次', '人手不够', '联谊活动']) {
      assert.ok(text.includes(fact), `the 定稿 carries ${fact}`);
    }
    // Phone wording: the sentence asked about is in the user's new words; the typo the composer
    // knew was corrected without asking; no 吧 is left.
    assert.ok(text.includes('二是组织开展党外人士联谊活动。'), 'its 二是 stays');
    for (const phone of ['弄起来', '巩故', '吧']) assert.ok(!text.includes(phone), phone);
    assert.ok(text.includes('巩固了宣讲成果'));
    // Nothing invented: every number is one the user typed (the 成文日期, today, aside).
    const body = text.replace(/\d{4}年\d{1,2}月\d{1,2}日\s*$/, '');
    const numbers = body.match(/\d+/g) ?? [];
    for (const n of numbers) assert.ok(['2026', '2', '1800', '15'].includes(n), n);

    const { state } = await bot.app.repo.loadUser('2301');
    const summary = state.summaries[0]!;
    assert.equal(summary.finalVersion, summary.drafts.at(-1)?.version);
    assert.ok(summary.drafts.every((d) => d.composer === 'offline'));
    // One quota slot: the first draft; the walk's versions cost none.
    assert.equal(state.quota?.count, 1);

    await u.send('/list');
    const list = await u.waitFor(/我的总结/);
    assert.ok(
      list.buttons.flat().some((b) => b === `1·定稿v${summary.finalVersion}`),
      list.buttons.flat().join(' '),
    );
  });
});
