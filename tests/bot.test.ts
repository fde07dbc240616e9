import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TELEGRAM_MESSAGE_LIMIT } from '../src/bot/split.js';
import { type RunningBot, startBot } from './support/bot-app.js';
import { answer, basics } from './support/story.js';
import { startTelegram, type TelegramHarness, type TestUser } from './support/telegram.js';

/**
 * The phone journey, end to end: the real bot polls a Bot API emulator over HTTP; scripted
 * users type and tap like people do. No model is configured here, so drafts are offline.
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

/** A long answer: distinct sentences with countable facts, so drafts exceed one message. */
function longAnswer(tag: string, n: number): string {
  return Array.from(
    { length: n },
    (_, i) => `${tag}第${i + 1}次走访党外人士，听取意见建议${i + 3}条。`,
  ).join('');
}

/** 基本信息 typed as text, with both optional fields, ending at part 2. */
const basicsByText = (u: TestUser) =>
  basics(u, '清河镇', { guide: '区委统战部', leader: '镇党委' });

describe('a cadre on the phone', () => {
  test('/start greets in three lines and offers the first steps as buttons', async () => {
    const u = tg.user(1001);
    await u.send('/start');
    const m = await u.waitFor(/总结助手/);
    assert.equal(m.plain.split('\n').length, 3);
    assert.deepEqual(m.buttons.flat(), ['新建总结']);
  });

  test('types a whole 统战 interview with commands, reviews, edits and gets the split draft and .docx', async () => {
    const u = tg.user(1002);
    await basicsByText(u);
    const org = [longAnswer('甲', 90), longAnswer('乙', 90)];
    for (const part of org) await answer(u, part);
    await u.send('/next');
    await u.waitFor(/第3\/11部分/);
    await answer(u, longAnswer('丙', 90));
    await u.send('/next');
    await u.waitFor(/第4\/11部分/);
    for (const [cmd, next] of [
      ['/skip', /第5\/11部分/],
      ['/na', /第6\/11部分/],
      ['/skip', /第7\/11部分/],
      ['/skip', /第8\/11部分/],
      ['/skip', /第9\/11部分/],
    ] as const) {
      await u.send(cmd);
      await u.waitFor(next);
    }
    await answer(u, '中秋联谊会邀请台属侨眷32人参加');
    await u.send('/next');
    await u.waitFor(/第10\/11部分/);
    await answer(u, '信息调研工作有待加强');
    await u.send('/next');
    await u.waitFor(/第11\/11部分/);
    await answer(u, '年内开展2次联络员培训');
    await u.send('/next');
    // One end screen: what is still open, [生成草稿] [先看回答]; the answers on request.
    const endScreen = await u.waitFor(/所有部分/);
    assert.ok(endScreen.buttons.flat().includes('先看回答'));
    await u.tap('先看回答');
    const review = await u.waitFor(/全部回答/);
    assert.match(review.plain, /5\. 民主党派、无党派人士与党外知识分子：不涉及/);
    assert.ok(review.buttons.flat().includes('修改第4部分'));

    await u.send('/edit 4');
    await u.waitFor(/第4\/11部分/);
    await answer(u, '推荐2名党外人士当选区政协委员');
    await u.send('/next');
    // Issue 13: parts skipped "for later" are listed before drafting — on the end screen, once
    // (issue 24): /draft right after it drafts.
    const later = await u.waitFor(/所有部分/);
    assert.match(later.plain, /还有3部分跳过待补：第6部分、第7部分、第8部分/);
    await u.send('/draft');
    const doc = await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    const texts = u
      .messages()
      .filter((m) => m.kind === 'text' && !m.deleted)
      .map((m) => m.text);
    const header = texts.findIndex((t) => t.startsWith('《清河镇2026年统战工作总结》草稿第1版'));
    assert.ok(header >= 0, u.transcript(8));
    assert.match(texts[header]!, /共\d条消息/);
    assert.match(
      texts[header]!,
      /离线模板生成/,
      'the draft says in one line that no model wrote it',
    );
    const end = texts.findIndex((t, i) => i > header && /核对/.test(t));
    const chunks = texts.slice(header + 1, end);
    assert.ok(chunks.length >= 2, `a long draft is split (got ${chunks.length} message)`);
    for (const [i, chunk] of chunks.entries()) {
      assert.ok(chunk.length <= TELEGRAM_MESSAGE_LIMIT);
      assert.match(
        chunk,
        // The draft itself ends with the 落款 and the 成文日期 (issue 11).
        i === chunks.length - 1 ? /\n清河镇\n\d{4}年\d{1,2}月\d{1,2}日$/ : /[。：]$/,
        'each message ends at a paragraph boundary, never mid-sentence',
      );
    }
    const draft = chunks.join('\n');
    for (const fact of [
      '甲第90次走访党外人士',
      '乙第1次',
      '丙第90次',
      '推荐2名党外人士当选区政协委员',
      '32人',
      '年内开展2次联络员培训',
    ]) {
      assert.ok(draft.includes(fact), `the draft carries ${fact}`);
    }
    assert.doesNotMatch(draft, /民主党派/, 'a 不涉及 section is left out');
    assert.equal(doc.file?.fileName, '清河镇2026年统战工作总结（草稿v1）.docx');
    assert.equal(doc.file?.bytes.subarray(0, 2).toString(), 'PK');
    assert.ok(u.calls('sendChatAction').length >= 1, 'the typing action is shown');
  });

  test('taps through the interview with buttons only', async () => {
    const u = tg.user(1003);
    await u.send('/start');
    await u.tap('新建总结');
    await u.tap('统战工作总结');
    await u.waitFor(/单位全称/);
    await u.send('柳林街道');
    await u.tap('街道');
    await u.tap('上半年');
    await u.send('2026');
    await u.waitFor(/上级指导部门/);
    await u.tap('跳过');
    await u.waitFor(/领导机关/);
    await u.tap('跳过');
    await u.waitFor(/落款/);
    await u.tap('柳林街道');
    await u.waitFor(/第2\/11部分/);
    await u.send('街道党工委专题研究统战工作3次');
    await u.tap('完成本部分 ▶');
    await u.waitFor(/第3\/11部分/);
    await u.tap('不涉及');
    await u.waitFor(/第4\/11部分/);
    await u.tap('◀ 上一步');
    await u.waitFor(/第3\/11部分/);
    await u.send('举办统战知识讲座2场，120人参加');
    await u.tap('完成本部分 ▶');
    for (let part = 4; part <= 11; part++) {
      await u.waitFor(new RegExp(`第${part}/11部分`));
      await u.tap('跳过');
    }
    await u.waitFor(/所有部分/);
    await u.tap('先看回答');
    const review = await u.waitFor(/全部回答/);
    assert.match(review.plain, /3\. 理论学习与政策宣传：✅ 1条/);
    await u.tap('修改第2部分');
    await u.waitFor(/第2\/11部分/);
    await u.send('16个社区各配1名统战联络员');
    await u.tap('完成本部分 ▶');
    const later = await u.waitFor(/所有部分/);
    assert.match(later.plain, /还有8部分跳过待补：第4部分、[^）]*第10部分、第11部分/);
    await u.tap('生成草稿');
    const doc = await u.waitForCall('sendDocument', undefined, { timeoutMs: 20_000 });
    assert.match(String(doc.file?.fileName), /^柳林街道2026年上半年统战工作总结（草稿v1）\.docx$/);
    const draft = u.messages().find((m) => m.text.startsWith('柳林街道2026年上半年统战工作总结\n'));
    assert.ok(draft, u.transcript(6));
    assert.match(draft.text, /16个社区各配1名统战联络员/);
    assert.match(draft.text, /举办统战知识讲座2场，120人参加/);
    const checklist = u.messages().findLast((m) => /核对清单|核对完成/.test(m.text));
    assert.ok(checklist?.buttons.flat().includes('重新生成'));
    await u.tap('我的总结');
    const list = await u.waitFor(/我的总结/);
    assert.match(list.plain, /柳林街道2026年上半年统战工作总结（当前） · 已出草稿1版/);
  });
});

describe('commands and data', () => {
  test('the command menu is registered in Chinese', () => {
    const call = tg.recorded.find((c) => c.method === 'setMyCommands');
    assert.ok(call, 'setMyCommands was called');
    const commands = (
      typeof call.payload.commands === 'string'
        ? JSON.parse(call.payload.commands)
        : call.payload.commands
    ) as { command: string; description: string }[];
    for (const name of [
      'start',
      'new',
      'next',
      'skip',
      'na',
      'back',
      'review',
      'draft',
      'revise',
      'list',
      'cancel',
      'delete',
      'help',
    ]) {
      const found = commands.find((c) => c.command === name);
      assert.ok(
        found && /\p{Script=Han}/u.test(found.description),
        `/${name} has a Chinese description`,
      );
    }
  });

  test('/delete erases everything only after the confirm button', async () => {
    const u = tg.user(1050);
    await basicsByText(u);
    await answer(u, '党委专题研究4次');
    await u.send('/delete');
    await u.waitFor(/确定要删除您的全部总结/);
    await u.tap('确认删除');
    await u.waitFor(/已删除您的全部数据/);
    const { state } = await bot.app.repo.loadUser('1050');
    assert.deepEqual(state.summaries, []);
  });
});

describe('bad input never loses an answer', () => {
  test('a stale button and a double tap do nothing but a short notice', async () => {
    const u = tg.user(1101);
    await basicsByText(u);
    const card = u.messages().findLast((m) => /第2\/11部分/.test(m.text))!;
    await answer(u, '党委专题研究4次');
    // The part's card keeps its buttons (the answer got a reaction, not a new message).
    const finish = card.callbackData.flat()[0]!;
    await u.tapData(finish, card.messageId);
    await u.waitFor(/第3\/11部分/);
    u.mark();
    await u.tapData(finish, card.messageId);
    // The first tap's own answer may land after the mark: wait for the one with a notice.
    const told = await u.waitForCall('answerCallbackQuery', (c) => c.payload.text !== undefined);
    assert.match(String(told.payload.text), /按钮已过期/);
    const sent = u.calls('sendMessage').length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(u.calls('sendMessage').length, sent, 'a stale tap sends no message');
    await u.send('/review');
    const review = await u.waitFor(/全部回答/);
    assert.match(review.plain, /2\. 组织领导与工作网络：✅ 1条/);
    assert.match(review.plain, /3\. 理论学习与政策宣传：未填/);
  });

  test('a sticker, a photo and a voice note get a note on what is accepted', async () => {
    const u = tg.user(1102);
    await u.sendRaw({
      sticker: {
        file_id: 'x',
        file_unique_id: 'x',
        type: 'regular',
        width: 1,
        height: 1,
        is_animated: false,
        is_video: false,
      },
    });
    await u.waitFor(/只能读文字消息/);
    await u.sendRaw({ photo: [{ file_id: 'p', file_unique_id: 'p', width: 1, height: 1 }] });
    await u.waitFor(/只能读文字消息/);
    await u.sendVoice();
    await u.waitFor('请发送文字（可用手机输入法的语音转文字）');
  });

  test('a 4,096-character message is stored whole; a command mid-section keeps the answer', async () => {
    const u = tg.user(1103);
    await basicsByText(u);
    const long = '开展走访慰问。'.repeat(586).slice(0, 4096);
    await answer(u, long);
    await u.send('/review');
    await u.waitFor(/填写中（1条）/);
    await u.send('/whatever');
    await u.waitFor(/没有这个命令：\/whatever/);
    await answer(u, '联络员16名');
    const { state } = await bot.app.repo.loadUser('1103');
    assert.deepEqual(state.summaries[0]?.answers.organization?.parts, [long, '联络员16名']);
  });

  test('an empty-looking or emoji-only message is re-asked kindly', async () => {
    const u = tg.user(1104);
    await basicsByText(u);
    await u.send('🙂🙂');
    await u.waitFor(/只有表情或符号/);
  });
});

describe('who is served', () => {
  test('in a group the bot says once that it works in private chat, then stays silent', async () => {
    const g = tg.user(1201, { chatType: 'group', chatTitle: '统战干部群' });
    await g.send('/start');
    await g.waitFor(/只在私聊中工作/);
    await g.send('/new');
    await g.expectSilence(500);
  });
});

describe('access list', () => {
  let tg2: TelegramHarness;
  let bot2: RunningBot;
  before(async () => {
    tg2 = await startTelegram({ timeoutMs: 10_000 });
    bot2 = await startBot(tg2, { ALLOWED_USER_IDS: '2001' });
  });
  after(async () => {
    await bot2.stop();
    await tg2.close();
  });

  test('a stranger gets their numeric id and what to send the operator; nothing is stored', async () => {
    const stranger = tg2.user(2999);
    await stranger.send('/new');
    const m = await stranger.waitFor(/2999/);
    assert.match(m.plain, /发给管理员/);
    const { state } = await bot2.app.repo.loadUser('2999');
    assert.equal(state.summaries.length, 0);
    const member = tg2.user(2001);
    await member.send('/new');
    await member.waitFor(/请选择要写的总结类型/);
  });
});
