import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { UNIT_TYPES } from '../src/templates/schema.js';
import { type RunningBot, startBot } from './support/bot-app.js';
import { answer, basics, draftNow, reactions, step } from './support/story.js';
import { startTelegram, type TelegramHarness, type TestUser } from './support/telegram.js';
import { FOREIGN_WORDS } from './support/unit-words.js';

/**
 * What a phone user trips over (issue 13), each as the user's story on the Bot API emulator:
 * typing button words instead of tapping, skipping a part for later, fixing one message of an
 * answer, a school's questions, and how many messages the bot sends for a whole interview.
 * No model here: drafts are offline.
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

async function stored(userId: number) {
  const { state } = await bot.app.repo.loadUser(String(userId));
  return state.summaries.find((s) => s.id === state.activeId)!;
}

/** The draft text the user got (the messages between the header and the 核对清单). */
async function draftOf(u: TestUser): Promise<string> {
  await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
  const texts = u
    .messages()
    .filter((m) => m.kind === 'text' && !m.deleted)
    .map((m) => m.text);
  const header = texts.findLastIndex((t) => /草稿第\d+版/.test(t));
  const end = texts.findIndex((t, i) => i > header && /核对/.test(t));
  return texts.slice(header + 1, end).join('\n');
}

describe('typing instead of tapping', () => {
  test('完成, 下一步, 跳过, 不涉及, 没有, 上一步 typed as words act like the buttons and never reach the draft', async () => {
    const u = tg.user(1301);
    // In 基本信息 too: 上一步 goes back, 跳过 and 无 skip an optional field.
    await step(u, '/new', /请选择要写的总结类型/);
    await step(u, '1', /单位全称/);
    await step(u, '育英中学', /哪一类/);
    await step(u, '学校', /时间段/);
    await step(u, '上一步', /哪一类/);
    await step(u, '学校', /时间段/);
    await step(u, '上半年', /哪一年/);
    await step(u, '2026', /上级指导部门/);
    await step(u, '跳过', /领导机关/);
    await step(u, '无', /落款/);
    await step(u, '跳过', /第2\/11部分/);
    assert.deepEqual(Object.keys((await stored(1301)).info).sort(), [
      'period',
      'unit',
      'unitType',
      'year',
    ]);

    await answer(u, '党委会专题研究统战工作2次');
    await step(u, '完成', /第3\/11部分/);
    // A real answer that merely contains a word is an answer.
    await answer(u, '已完成党外教师政策宣讲2场，86人参加');
    await step(u, '下一步', /第4\/11部分/);
    // 不涉及 asks once; [是] marks the part.
    const asked = await step(u, '不涉及', /是指本部分「党外代表人士与党外干部」不涉及吗？/);
    assert.deepEqual(asked.buttons.flat(), ['是', '不是，记为回答']);
    await u.tap('是');
    await u.waitFor(/第5\/11部分/);
    // 没有 asks too; [不是，记为回答] keeps the word as the answer after all.
    const said = await u.send('没有。');
    await u.waitFor(/是指本部分「民主党派、无党派人士与党外知识分子」不涉及吗？/);
    await u.tap('不是，记为回答');
    // Acknowledged like any answer: a ✍ on the message that said it.
    await u.waitForCall('setMessageReaction', (c) => c.ok && Number(c.payload.message_id) === said);
    assert.deepEqual((await stored(1301)).answers.parties?.parts, ['没有。']);
    await step(u, '上一步', /第4\/11部分/);
    await step(u, '下一部分', /第5\/11部分/);
    await step(u, '好了', /第6\/11部分/);
    await step(u, '以后再说', /第7\/11部分/);

    const s = await stored(1301);
    assert.equal(s.answers.organization?.status, 'done');
    assert.deepEqual(s.answers.study?.parts, ['已完成党外教师政策宣讲2场，86人参加']);
    assert.equal(s.answers.representatives?.status, 'na');
    assert.equal(s.answers.economy?.status, 'skipped');
    for (const a of Object.values(s.answers)) {
      for (const p of a.parts) assert.doesNotMatch(p, /^(完成|下一步|不涉及|跳过|好了)$/);
    }
  });

  test('on a part that cannot be 不涉及, a typed 没有 offers to skip it for later instead', async () => {
    const u = tg.user(1302);
    await basics(u, '清河镇');
    const told = await step(
      u,
      '没有',
      /「组织领导与工作网络」不能标记为不涉及。是要先跳过、以后再补吗？/,
    );
    assert.deepEqual(told.buttons.flat(), ['跳过，以后再补', '不是，记为回答']);
    await u.tap('跳过，以后再补');
    await u.waitFor(/第3\/11部分/);
    // After answers, 没有了 means "nothing more": it offers to finish the part.
    await answer(u, '中心组学习统战理论3次');
    const more = await step(u, '没有了', /是指本部分没有更多内容了吗？（已记录1条）/);
    assert.deepEqual(more.buttons.flat(), ['是，完成本部分', '不是，记为回答']);
    await u.tap('是，完成本部分');
    await u.waitFor(/第4\/11部分/);
  });
});

describe('skipping means later', () => {
  test('跳过 on a part with three answers asks once; [保留并完成本部分] keeps them, [确定跳过] leaves them out', async () => {
    const u = tg.user(1311);
    await basics(u, '清河镇');
    for (const text of ['党委专题研究统战工作4次', '调整领导小组', '配备联络员16名']) {
      await answer(u, text);
    }
    const asked = await step(u, '/skip', /本部分已有3条回答，跳过后草稿不写这部分。/);
    assert.deepEqual(asked.buttons.flat(), ['保留并完成本部分', '确定跳过']);
    await u.tap('保留并完成本部分');
    await u.waitFor(/第3\/11部分/);
    assert.equal((await stored(1311)).answers.organization?.status, 'done');

    for (const text of ['学习3次', '讲座1场', '发放资料500份']) await answer(u, text);
    await u.send('跳过');
    await u.waitFor(/本部分已有3条回答/);
    await u.tap('确定跳过');
    await u.waitFor(/第4\/11部分/);
    const s = await stored(1311);
    assert.equal(s.answers.study?.status, 'skipped');
    assert.equal(s.answers.study?.parts.length, 3, 'the answers are kept for later');
  });

  test('skipped parts are ⏳ in /review, listed first at /draft; 不足 and 下一步 warn once when skipped', async () => {
    const u = tg.user(1312);
    await basics(u, '清河镇');
    await answer(u, '党委专题研究统战工作4次');
    await step(u, '/next', /第3\/11部分/);
    await step(u, '/skip', /第4\/11部分/);
    for (let part = 4; part <= 9; part++) await step(u, '/na', new RegExp(`第${part + 1}/11部分`));
    const warned = await step(u, '/skip', /提醒：「存在的不足」是总结必备的部分/);
    assert.match(warned.plain, /生成草稿前会再提醒您补上/);
    await u.waitFor(/第11\/11部分/);
    // One end screen (issue 24): what is open, [生成草稿] [先看回答]; the answers on request.
    const end = await step(u, '/skip', /所有部分/);
    assert.match(end.plain, /还有3部分跳过待补：第3部分、第10部分、第11部分/);
    // 「党委专题研究统战工作4次」 has a figure: never listed as saying nothing.
    assert.doesNotMatch(end.plain, /没有具体数字/);
    assert.deepEqual(end.buttons.flat(), [
      '第3部分',
      '第10部分',
      '第11部分',
      '生成草稿',
      '先看回答',
    ]);
    await u.tap('先看回答');
    const review = await u.waitFor(/全部回答/);
    assert.match(review.plain, /3\. 理论学习与政策宣传：⏳ 已跳过，待补/);
    assert.match(review.plain, /10\. 存在的不足：⏳ 已跳过，待补/);
    assert.match(review.plain, /⏳ 3部分跳过待补/);

    await u.tap('第3部分', { inMessage: end.messageId });
    await u.waitFor(/第3\/11部分 · 理论学习与政策宣传/);
    await answer(u, '举办统战知识讲座2场，120人参加');
    const again = await step(u, '完成', /所有部分/);
    assert.match(again.plain, /还有2部分跳过待补：第10部分、第11部分/);
    // The end screen said what is open: /draft does not say it again, it drafts.
    await u.send('/draft');
    await u.waitFor('正在生成草稿…');
    const draft = await draftOf(u);
    assert.match(draft, /举办统战知识讲座2场，120人参加/);
    assert.equal(
      u.messages().filter((m) => /还有\d部分跳过待补：/.test(m.text)).length,
      2,
      'the skipped parts were listed on the two end screens only',
    );
    // [重新生成] drafts again without the list coming back.
    u.mark();
    await u.tap('重新生成');
    await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    assert.equal(u.messages().filter((m) => /还有\d部分跳过待补：/.test(m.text)).length, 2);
    await u.send('/review');
    const after = await u.waitFor(/全部回答/);
    assert.match(after.plain, /10\. 存在的不足：⏳ 已跳过，待补/);
  });
});

describe('fixing an answer piece by piece', () => {
  test('a reply to an earlier message replaces it; 另外 is dropped; /edit N offers [删除第N条]', async () => {
    const u = tg.user(1321);
    await basics(u, '清河镇');
    await answer(u, '党委专题研究统战工作4次');
    const typo = await answer(u, '配备联络员61名');
    await answer(u, '建立党外人士台账');
    await answer(u, '配备联络员16名');
    // The user noticed the typo: Telegram's reply on the message, with the right text.
    u.mark();
    await u.send('配备统战联络员16名', {
      reply_to_message: {
        message_id: typo,
        from: u.from,
        chat: u.chat,
        date: Math.floor(Date.now() / 1000),
        text: '配备联络员61名',
      },
    });
    await u.waitFor(/已替换第2部分「组织领导与工作网络」的第2条。/);
    await answer(u, '另外6月举办了党外人士座谈会');
    let parts = (await stored(1321)).answers.organization?.parts;
    assert.deepEqual(parts, [
      '党委专题研究统战工作4次',
      '配备统战联络员16名',
      '建立党外人士台账',
      '配备联络员16名',
      '6月举办了党外人士座谈会',
    ]);

    await step(u, '/next', /第3\/11部分/);
    const card = await step(u, '/edit 2', /第2\/11部分/);
    assert.match(card.plain, /已记录5条/);
    assert.match(card.plain, /2\. 配备统战联络员16名\n3\. 建立党外人士台账\n4\. 配备联络员16名/);
    assert.deepEqual(
      card.buttons.flat().filter((b) => b.startsWith('删除')),
      ['删除第1条', '删除第2条', '删除第3条', '删除第4条', '删除第5条'],
    );
    const removed = await u.tap('删除第4条');
    // The card itself changes (edited in place), not a new card.
    const shown = await u.waitFor(/已记录4条/, { kinds: ['edit'] });
    assert.equal(shown.messageId, card.messageId);
    assert.doesNotMatch(shown.plain, /\d\. 配备联络员16名/);
    parts = (await stored(1321)).answers.organization?.parts;
    assert.deepEqual(parts, [
      '党委专题研究统战工作4次',
      '配备统战联络员16名',
      '建立党外人士台账',
      '6月举办了党外人士座谈会',
    ]);
    // A second tap on [删除第4条] as it was (a double tap, before the edit showed) is stale:
    // nothing goes, and the answer says where the user is.
    await u.tapData(removed.data, card.messageId);
    await u.waitForCall('answerCallbackQuery', (c) =>
      /按钮已过期。您现在在第2\/11部分「组织领导与工作网络」/.test(String(c.payload.text)),
    );
    assert.equal((await stored(1321)).answers.organization?.parts.length, 4);
  });
});

describe('every part fits the unit type', () => {
  for (const unitType of UNIT_TYPES) {
    test(`a ${unitType} user walks all 11 parts and never meets another unit type's words`, async () => {
      const u = tg.user(1400 + UNIT_TYPES.indexOf(unitType));
      const cards: string[] = [];
      const card = async (text: string, next: RegExp) => {
        const m = await step(u, text, next);
        cards.push(m.plain);
        return m;
      };
      // What comes before the unit type is chosen names every type; from then on, only this one.
      await step(u, '/new', /请选择要写的总结类型/);
      await step(u, '1', /单位全称/);
      await step(u, '甲单位', /哪一类/);
      await card(unitType, /时间段/);
      await card('年度', /哪一年/);
      await card('2026', /上级指导部门/);
      await card('/skip', /领导机关/);
      await card('/skip', /落款/);
      let m = await card('/skip', /第2\/11部分/);
      for (let part = 2; part <= 11; part++) {
        if (part === 2) {
          assert.ok(
            !m.buttons.flat().includes('不涉及'),
            `${unitType}: 组织领导 offers no [不涉及]`,
          );
        }
        m = await card('/skip', part === 11 ? /所有部分/ : new RegExp(`第${part + 1}/11部分`));
      }
      await card('/edit 1', /单位全称/);
      const foreign = cards.flatMap((text) =>
        FOREIGN_WORDS[unitType].filter((w) => text.includes(w)).map((w) => `「${w}」 in ${text}`),
      );
      assert.deepEqual(foreign, []);
    });
  }
});

describe('versions', () => {
  test('a version reopened from /list says which one it is, in the chat and on the Word file', async () => {
    const u = tg.user(1331);
    await basics(u, '清河镇');
    await answer(u, '党委专题研究统战工作4次');
    await step(u, '/next', /第3\/11部分/);
    await answer(u, '举办统战知识讲座2场');
    await step(u, '/review', /全部回答/);
    await draftNow(u);
    await draftOf(u);
    await step(u, '/list', /我的总结/);
    await u.tap('1·草稿v1');
    const header = await u.waitFor(
      /^《清河镇2026年统战工作总结》草稿第1版（\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}）：$/,
    );
    const doc = await u.waitForCall('sendDocument');
    const label = header.text.replace(/^《清河镇2026年统战工作总结》/, '').replace(/：$/, '');
    assert.equal(
      doc.payload.caption,
      `Word 文件（公文格式）：《清河镇2026年统战工作总结》${label}`,
    );
    assert.equal(doc.file?.fileName, '清河镇2026年统战工作总结（草稿v1）.docx');
  });
});

describe('fewer messages', () => {
  /** A full 街道 interview typed on a phone: 基本信息, two messages for each of the ten parts. */
  async function interview(u: TestUser) {
    await step(u, '/new', /请选择要写的总结类型/);
    await step(u, '1', /单位全称/);
    await step(u, '柳林街道', /哪一类/);
    await step(u, '街道', /时间段/);
    await step(u, '年度', /哪一年/);
    await step(u, '2026', /上级指导部门/);
    await step(u, '区委统战部', /领导机关/);
    await step(u, '街道党工委', /落款/);
    await step(u, '/skip', /第2\/11部分/);
    for (let part = 2; part <= 11; part++) {
      await u.send(`第${part}部分：召开会议${part}次`);
      await u.send(`第${part}部分：走访${part * 3}人`);
      await step(u, '/next', part === 11 ? /所有部分/ : new RegExp(`第${part + 1}/11部分`));
    }
    await draftNow(u);
    await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
  }

  const botMessages = (u: TestUser) =>
    u.calls().filter((c) => c.ok && (c.method === 'sendMessage' || c.method === 'sendDocument'))
      .length;

  /** Edits of the bot's messages in this chat (a part's card changing, or collapsing). */
  const edits = (u: TestUser) =>
    u
      .calls()
      .filter((c) => c.method === 'editMessageText' || c.method === 'editMessageReplyMarkup');

  test('a full 街道 interview: one card per part, edited in place; each answer gets a ✍ on it (a reply where reactions fail)', async () => {
    // A Bot API server without reactions: every answer still gets its own short reply.
    const old = await startTelegram({ timeoutMs: 10_000, unsupported: ['setMessageReaction'] });
    const oldBot = await startBot(old);
    let fallback: number;
    try {
      const u = old.user(1501);
      await interview(u);
      fallback = botMessages(u);
      assert.equal(
        u.calls('sendMessage').filter((c) => /已记录（本部分共/.test(String(c.payload.text)))
          .length,
        20,
        'where reactions fail, every answer is still acknowledged with a short reply',
      );
    } finally {
      await oldBot.stop();
      await old.close();
    }

    const u = tg.user(1502);
    await interview(u);
    const now = botMessages(u);
    assert.equal(reactions(u).length, 26, 'each of the 20 answers and 6 typed fields got its ✍');
    assert.ok(
      reactions(u).every((c) => JSON.stringify(c.payload.reaction).includes('✍')),
      'the reaction is ✍',
    );
    // What the user typed as answers: 6 fields of 基本信息 (the menu's 1 and /skip aside) and 20.
    const answers = 26;
    const editCalls = edits(u).length;
    const longest = Math.max(
      ...u
        .calls('sendMessage')
        .concat(edits(u))
        .map((c) => String(c.payload.text ?? '').length),
    );
    console.log(
      `[messages] full 街道 interview with a draft: ${now} bot messages (27 before issue 24; ${fallback} where reactions fail), ${editCalls} edits for ${answers} answers (${(editCalls / answers).toFixed(2)} per answer), longest message ${longest} 字 (the draft included)`,
    );
    assert.ok(now <= 16, `${now} bot messages`);
    assert.ok(editCalls <= 2 * answers, `${editCalls} edits for ${answers} answers`);
    // One card per part: part 1's (the menu's message, edited) and the ten parts' cards, each
    // still there, collapsed to one line without buttons once the next one opened.
    const cards = u.messages().filter((m) => /^第\d+\/11部分 · /.test(m.text));
    assert.equal(cards.length, 11);
    assert.ok(
      cards.every((m) => m.inlineKeyboard.length === 0 && !m.text.includes('\n')),
      cards.map((m) => m.text).join('\n'),
    );
    assert.match(cards[0]!.text, /^第1\/11部分 · 基本信息：柳林街道 · 街道 · 年度 · 2026/);
    assert.equal(cards[1]!.text, '第2/11部分 · 组织领导与工作网络：已记录2条');
  });

  test('a burst of answers makes one edit of the card, after the ✍ of each', async () => {
    const u = tg.user(1503);
    await basics(u, '清河镇');
    const card = u.lastMessage()!;
    // Far faster than anyone types: the card changes once or twice, never once per message.
    const ids = [];
    for (let i = 1; i <= 6; i++) ids.push(await u.send(`走访党外人士${i}次`));
    for (const id of ids) {
      await u.waitForCall('setMessageReaction', (c) => c.ok && Number(c.payload.message_id) === id);
    }
    const shown = await u.waitFor(/已记录6条/, { kinds: ['edit'] });
    assert.equal(shown.messageId, card.messageId, 'the card above, edited in place');
    const cardEdits = edits(u).filter((c) => Number(c.payload.message_id) === card.messageId);
    assert.ok(cardEdits.length <= 2, `${cardEdits.length} edits for a burst of 6`);
    assert.equal((await stored(1503)).answers.organization?.parts.length, 6);
  });

  test('the card survives a restart: a new process edits the same message, and an old button says where the user is', async () => {
    const u = tg.user(1504);
    await basics(u, '清河镇');
    await answer(u, '党委专题研究统战工作4次');
    await step(u, '/next', /第3\/11部分/);
    const card = u.lastMessage()!;
    await bot.stop();
    bot = await startBot(tg, {}, { dir: bot.dir });
    await answer(u, '中心组学习3次');
    const shown = await u.waitFor(/已记录1条/, { kinds: ['edit'] });
    assert.equal(shown.messageId, card.messageId);
    // Part 2's card is collapsed; a button of it, tapped anyway, is told where the user is.
    const part2 = u.messages().find((m) => /^第2\/11部分/.test(m.text))!;
    assert.equal(part2.inlineKeyboard.length, 0);
    await u.tapData(`f|${(await stored(1504)).id}|s0|`, part2.messageId);
    await u.waitForCall('answerCallbackQuery', (c) =>
      /您现在在第3\/11部分「理论学习与政策宣传」/.test(String(c.payload.text)),
    );
    assert.equal((await stored(1504)).position.kind, 'section');
  });
});

describe('short messages', () => {
  test('no message the bot sent or edited in these journeys is over 450 字, the draft aside', () => {
    const long: string[] = [];
    let longest = 0;
    const units = UNIT_TYPES.map((_, i) => 1400 + i);
    for (const id of [1301, 1302, 1311, 1312, 1321, 1331, ...units, 1502, 1503, 1504]) {
      for (const e of tg.user(id).events()) {
        const text = e.message?.text ?? '';
        // The draft itself (it opens with its title line) is as long as it needs to be.
        if (/^\S+\d{4}年\S*总结\n/.test(text)) continue;
        if (text.length > 450) long.push(`${id}: ${text.length} 字: ${text.slice(0, 40)}…`);
        longest = Math.max(longest, text.length);
      }
    }
    console.log(`[messages] longest message but the draft, across these journeys: ${longest} 字`);
    assert.deepEqual(long, []);
  });
});
