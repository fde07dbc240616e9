import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type ModelBot, type RunningBot, startModelBot } from './support/bot-app.js';
import type { OpenAIMock } from './support/openai-mock.js';
import { basicsSteps, converse, draftNow, RECORDED } from './support/story.js';
import type { TelegramHarness, TestUser } from './support/telegram.js';

/**
 * The repair pass as the user meets it: the real bot over the Bot API emulator, the model over
 * the loopback OpenAI-compatible server, DRAFT_REPAIRS at its default (1). The user sees the
 * repaired draft, one line on what the check changed, and a 核对清单 saying what was checked;
 * a list too long for a phone has a [完整核对清单] button.
 */

let tg: TelegramHarness;
let mock: OpenAIMock;
let _bot: RunningBot;

let stack: ModelBot;
before(async () => {
  stack = await startModelBot(
    {
      OPENAI_TIMEOUT_MS: '5000',
      OPENAI_MAX_RETRIES: '0',
    },
    { bot: { previewIntervalMs: 100 } },
  );
  ({ tg: tg, mock: mock, bot: _bot } = stack);
});
after(() => stack.stop());

/**
 * Only the answers' facts, written to the outline the bot shows (/outline): both answers under
 * its first heading, 【待补】 under the others; then `extra` (inventions) after the second answer.
 */
function draft(unit: string, headings: string[], extra = ''): string {
  const [first = '一、压实主体责任，织密工作网络', ...rest] = headings;
  return [
    `${unit}2026年统战工作总结`,
    `2026年，${unit}统战工作扎实推进，取得了一定成效。现将有关情况总结如下：`,
    first,
    `一是党委专题研究统战工作4次，把统战工作纳入年度考核。二是举办统战知识讲座2场，进一步凝聚了思想共识。${extra}`,
    ...rest.flatMap((h) => [h, '【待补：本部分工作情况】']),
  ].join('\n');
}

/** The interview, then the level-1 headings of the outline the draft must follow. */
async function interview(u: TestUser, unit: string): Promise<string[]> {
  await converse(u, [
    ...basicsSteps(unit),
    ['党委专题研究统战工作4次', RECORDED],
    ['/next', /第3\/11部分/],
    ['举办统战知识讲座2场', RECORDED],
    ['/next', /第4\/11部分/],
  ]);
  await u.send('/outline');
  const outline = await u.waitFor(/草稿提纲/);
  return outline.plain
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[一二三四五六七八九十]+、/.test(l));
}

async function delivered(u: TestUser): Promise<string[]> {
  await u.waitForCall('sendDocument', (c) => String(c.file?.fileName).includes('草稿v1'), {
    timeoutMs: 20_000,
  });
  return u
    .messages()
    .filter((m) => m.kind === 'text' && !m.deleted)
    .map((m) => m.text);
}

describe('the repair pass in the chat', () => {
  test('inventions are repaired before the user sees the draft, and the user is told so', async () => {
    const u = tg.user(5301);
    const headings = await interview(u, '青山镇');
    mock.enqueue(
      { reply: draft('青山镇', headings, '共有35人参加，县委书记王建国出席。') },
      // The repair streams slowly enough for the preview to show the note first.
      { reply: draft('青山镇', headings), chunkSize: 20, delayMs: 80 },
    );
    const before = mock.requests.length;
    await draftNow(u);
    const texts = await delivered(u);
    assert.equal(mock.requests.length - before, 2, 'the draft and one repair');
    const header = texts.find((t) => /草稿第1版/.test(t));
    assert.match(
      header ?? '',
      /（核对后已自动删除3处找不到出处的数字、名称（“35人”、“县委”、“王建国”）。）/,
    );
    // The draft may be split over messages anywhere: read it joined.
    assert.ok(texts.join('').includes('举办统战知识讲座2场，进一步凝聚了思想共识。'));
    // The notice names what was deleted; the draft itself no longer holds it.
    const body = texts.map((t) => t.replace(/（核对后[^\n]*）/, ''));
    assert.ok(!body.some((t) => /王建国|35人/.test(t)), 'the inventions are not in the draft');
    const previews = u.calls('sendMessageDraft').map((c) => String(c.payload.text));
    assert.ok(
      previews.some((p) => p.includes('（核对发现3处无出处或遗漏，正在自动修正……）')),
      'while the repair runs, the preview says so',
    );
    const list = texts.find((t) => /已逐条核对/.test(t));
    assert.match(
      list ?? '',
      // Every fact traced; the part left unanswered is still open, so no ✅.
      /^核对清单：数字、日期、名称、文件名和引语已逐条核对，均能在您的回答中找到出处，没有遗漏；还有1处【待补】/,
    );
  });

  test('a list too long for a phone is cut, with [完整核对清单] for the rest', async () => {
    const u = tg.user(5302);
    const headings = await interview(u, '白水镇');
    const invented = Array.from(
      { length: 40 },
      (_, i) => `走访非公有制企业${i + 11}家，形成调研报告${i + 61}篇`,
    ).join('；');
    // The repair comes back unchanged: the first draft is kept with its whole list.
    mock.enqueue(
      { reply: draft('白水镇', headings, invented) },
      { reply: draft('白水镇', headings, invented) },
    );
    await draftNow(u);
    const texts = await delivered(u);
    assert.ok(texts.some((t) => /复核后原文保留、未删除任何内容/.test(t)));
    const list = u.messages().findLast((m) => /核对清单：/.test(m.text));
    assert.ok(list, u.transcript(4));
    assert.match(list.text, /^核对清单：数字、日期、名称、文件名和引语已逐条核对：80处无出处。/);
    assert.ok(list.text.length <= 800 + 80, `${list.text.length} characters`);
    assert.doesNotMatch(list.text, /50篇|100篇/, 'the end of the list is cut');
    await u.tap('完整核对清单');
    const full = await u.waitFor(/100篇/);
    assert.match(full.text, /^核对清单：/);
    assert.match(full.text, /“50家”（“走访非公有制企业50家”）/);
  });

  test('[完整核对清单] for a version that is not there says so and changes nothing', async () => {
    const u = tg.user(5303);
    await u.send('/start');
    await u.waitFor(/总结助手/);
    await u.tapData('K|s42|3');
    await u.waitFor(/找不到这一版草稿/);
    // A garbled one is an expired button, like any other.
    await u.tapData('K|s42|0');
    const answer = await u.waitForCall('answerCallbackQuery', (c) => c.payload.text !== undefined);
    assert.match(String(answer.payload.text), /已失效/);
  });
});
