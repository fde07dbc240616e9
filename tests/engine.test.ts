import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCommand } from '../src/interview/commands.js';
import { type EngineContext, step } from '../src/interview/engine.js';
import { freshState, recordDraft } from '../src/interview/state.js';
import type { Event, Reply, UserState } from '../src/interview/types.js';
import { readUserRecord } from '../src/storage/migrate.js';
import { loadTemplates } from '../src/templates/load.js';

const templates = loadTemplates();
const NOW = Date.UTC(2026, 10, 28, 9, 0, 0);
const ctx: EngineContext = { templates, now: NOW, draftsPerDay: 3 };

/** A user talking to the engine; keeps the state and the last replies like a chat would. */
class Chat {
  state: UserState = freshState('u1');
  replies: Reply[] = [];
  effects: string[] = [];
  ctx: EngineContext = ctx;
  send(input: string | Event): Reply[] {
    const event: Event =
      typeof input === 'string' ? (parseCommand(input) ?? { type: 'text', text: input }) : input;
    const r = step(this.state, event, this.ctx);
    this.state = r.state;
    this.replies = r.replies;
    this.effects = r.effects.map((e) => e.type);
    return r.replies;
  }
  /** Presses the button labelled `label` in the latest replies. */
  tap(label: string | RegExp): Reply[] {
    const action = this.replies
      .flatMap((r) => r.actions?.flat() ?? [])
      .find((a) => (typeof label === 'string' ? a.label === label : label.test(a.label)));
    assert.ok(action, `no button ${label} in: ${this.text()}`);
    return this.send(action.event);
  }
  text(): string {
    return this.replies.map((r) => r.text).join('\n---\n');
  }
  get summary() {
    return this.state.summaries.find((s) => s.id === this.state.activeId)!;
  }
  /** Answers 基本信息 for a 乡镇 with both optional fields. */
  basics(unitType = '乡镇') {
    this.send('/new');
    this.tap('统战工作总结');
    this.send('清河镇');
    this.tap(unitType);
    this.tap('年度');
    this.send('2026');
    this.send('区委统战部');
    this.send('镇党委');
    this.tap('镇党委');
  }
  /** What the adapter does once a composed draft is stored: version 1 exists. */
  recordDraft(chars = 10) {
    this.state = recordDraft(this.state, this.summary.id, {
      createdAt: NOW,
      composer: 'offline',
      chars,
    }).state;
  }
}

describe('a user interviewed for a 统战工作总结', () => {
  test('starts from the template menu and walks through 基本信息 with progress shown', () => {
    const chat = new Chat();
    chat.send('/start');
    assert.match(chat.text(), /总结助手/);
    chat.send('/new');
    assert.match(chat.text(), /1\. 统战工作总结/);
    chat.send('1');
    assert.match(chat.text(), /第1\/11部分/);
    assert.match(chat.text(), /单位全称/);
    chat.send('清河镇');
    assert.match(chat.text(), /单位类型|哪一类/);
    chat.tap('乡镇');
    chat.tap('年度');
    chat.send('2026');
    chat.send('区委统战部');
    chat.send('镇党委');
    // 落款: the 领导机关 and the unit are offered as buttons.
    assert.match(chat.text(), /落款写哪个单位/);
    const offered = chat.replies.flatMap((r) => r.actions?.flat() ?? []).map((a) => a.label);
    assert.ok(offered.includes('镇党委') && offered.includes('清河镇'), offered.join(' '));
    chat.tap('镇党委');
    assert.match(chat.text(), /第2\/11部分 · 组织领导与工作网络/);
    assert.match(chat.text(), /提示：/);
    assert.match(chat.text(), /示例：/);
    assert.deepEqual(chat.summary.info, {
      unit: '清河镇',
      unitType: '乡镇',
      period: '年度',
      year: '2026',
      guide: '区委统战部',
      leader: '镇党委',
      signer: '镇党委',
    });
  });

  test('several messages make one answer until the section is finished', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('党委专题研究统战工作4次');
    assert.match(chat.text(), /已记录（本部分共1条）/);
    chat.send('16个村配了统战联络员');
    assert.match(chat.text(), /已记录（本部分共2条）/);
    chat.send('/next');
    assert.deepEqual(chat.summary.answers.organization, {
      status: 'done',
      parts: ['党委专题研究统战工作4次', '16个村配了统战联络员'],
    });
    assert.match(chat.text(), /第3\/11部分 · 理论学习与政策宣传/);
  });

  test('skip and 不涉及 are recorded and move on; /next with nothing entered re-asks', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('/next');
    assert.match(chat.text(), /本部分还没有内容/);
    assert.equal(chat.summary.position.kind, 'section');
    chat.tap('跳过');
    assert.equal(chat.summary.answers.organization?.status, 'skipped');
    chat.tap('不涉及');
    assert.equal(chat.summary.answers.study?.status, 'na');
    assert.match(chat.text(), /第4\/11部分/);
  });

  test('back at the first step says there is none and changes nothing', () => {
    const chat = new Chat();
    chat.send('/new');
    chat.send('1');
    const before = structuredClone(chat.state);
    chat.send('/back');
    assert.match(chat.text(), /已经是第一步/);
    assert.deepEqual(chat.state.summaries, before.summaries);
  });

  test('back from the first section returns to the last 基本信息 field', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('/back');
    assert.deepEqual(chat.summary.position, { kind: 'info', field: 6 });
    assert.match(chat.text(), /当前：镇党委/);
  });

  test('a bad year, an empty message and an emoji-only message are re-asked kindly', () => {
    const chat = new Chat();
    chat.send('/new');
    chat.send('1');
    chat.send('   ');
    assert.match(chat.text(), /消息是空的/);
    chat.send('清河镇');
    chat.send('3');
    chat.send('1');
    chat.send('去年');
    assert.match(chat.text(), /四位年份/);
    chat.send('1990');
    assert.match(chat.text(), /2000 到 2027/);
    chat.send('2026年');
    assert.equal(chat.summary.info.year, '2026');
    chat.send('/skip');
    chat.send('/skip');
    chat.send('👍🎉');
    assert.match(chat.text(), /只有表情或符号/);
    assert.equal(chat.summary.answers.organization, undefined);
  });

  test('a 4,000-character answer is kept whole; a 5,000-character one is refused, nothing lost', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('先说一句。');
    const long = '开展走访慰问活动，'.repeat(445).slice(0, 4000);
    chat.send(long);
    assert.equal(chat.summary.answers.organization?.parts[1]?.length, 4000);
    chat.send('很'.repeat(5000));
    assert.match(chat.text(), /超过了单条 4096 字/);
    assert.equal(chat.summary.answers.organization?.parts.length, 2);
  });

  test('a command in the middle of a section keeps what was typed', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('党委专题研究4次');
    chat.send('/review');
    assert.match(chat.text(), /填写中（1条）/);
    chat.send('/foo');
    assert.match(chat.text(), /没有这个命令：\/foo/);
    chat.send('/help');
    chat.send('联络员16名');
    chat.send('/next');
    assert.deepEqual(chat.summary.answers.organization?.parts, ['党委专题研究4次', '联络员16名']);
  });

  test('edit N goes to that part, shows what is there, and returns to review when done', () => {
    const chat = new Chat();
    chat.basics();
    for (let i = 0; i < 10; i++) {
      chat.send(`第${i + 2}部分的内容，开展活动${i + 1}次`);
      chat.send('/next');
    }
    assert.equal(chat.summary.position.kind, 'review');
    assert.match(chat.text(), /所有部分都已完成。\n可以生成草稿了。/);
    chat.tap('先看回答');
    assert.match(chat.text(), /全部部分已完成/);
    chat.tap('修改第4部分');
    assert.match(chat.text(), /第4\/11部分/);
    assert.match(chat.text(), /已记录1条/);
    chat.send('补充：推荐2名党外人士');
    chat.send('/next');
    assert.equal(chat.summary.position.kind, 'review');
    // Issue 13: a leading 补充/另外/还有 on an appended message is not part of the answer.
    assert.deepEqual(chat.summary.answers.representatives?.parts, [
      '第4部分的内容，开展活动3次',
      '推荐2名党外人士',
    ]);
    chat.send('/edit 99');
    assert.match(chat.text(), /没有第99部分/);
  });

  test('a stale or double-tapped button does nothing but say so', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('党委专题研究4次');
    const finish = chat.replies
      .flatMap((r) => r.actions?.flat() ?? [])
      .find((a) => a.label === '完成本部分 ▶')!;
    chat.send(finish.event);
    const after = structuredClone(chat.state);
    chat.send(finish.event);
    assert.equal(chat.replies[0]?.kind, 'stale');
    assert.deepEqual(chat.state, after);
  });

  test('cancel pauses: answers kept, text not taken, resume continues where it was', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('党委专题研究4次');
    chat.send('/cancel');
    assert.match(chat.text(), /已暂停/);
    chat.send('这句不应记录');
    assert.match(chat.text(), /已暂停/);
    chat.tap('继续上次');
    assert.match(chat.text(), /组织领导与工作网络/);
    assert.deepEqual(chat.summary.answers.organization?.parts, ['党委专题研究4次']);
  });

  test('a school user is asked about 学生思想政治工作 where a 乡镇 is asked about features', () => {
    const chat = new Chat();
    chat.basics('学校');
    chat.send('/edit 9');
    assert.match(chat.text(), /学生/);
  });

  test('draft: a key section with no concrete fact gets one follow-up, then compose is requested', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('高度重视统战工作');
    chat.send('/next');
    chat.send('/draft');
    // The screen before a draft lists the thin part first; /draft again goes past it.
    assert.match(chat.text(), /这部分内容较少，补一两句/);
    assert.deepEqual(chat.effects, []);
    chat.send('/draft');
    assert.equal(chat.summary.position.kind, 'followUp');
    assert.match(chat.text(), /补充一问/);
    chat.send('专题研究了4次');
    assert.deepEqual(chat.effects, ['compose']);
    assert.equal(chat.summary.answers.organization?.followUp?.parts[0], '专题研究了4次');
    // Only once: a second draft asks nothing, and the parts never answered were named before
    // the first (the draft's 【待补】 and 核对清单 name them since), so it is composed at once.
    chat.recordDraft(100);
    chat.send('/draft');
    assert.doesNotMatch(chat.text(), /没有回答|补充一问/);
    assert.deepEqual(chat.effects, ['compose']);
  });

  test('after a draft, free text is a revision; the daily limit stops a fourth request', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('专题研究统战工作4次');
    chat.send('/next');
    chat.send('/draft');
    assert.deepEqual(chat.effects, [], 'the screen before a draft spends nothing');
    chat.tap('照样生成');
    assert.deepEqual(chat.effects, ['compose']);
    chat.recordDraft();
    chat.send('第二部分写具体些');
    assert.deepEqual(chat.effects, ['revise']);
    chat.send('/revise 压缩到1500字');
    assert.deepEqual(chat.effects, ['revise']);
    chat.send('再短一点');
    assert.deepEqual(chat.effects, []);
    assert.match(chat.text(), /今天的草稿和修改次数已用完（每天 3 次）/);
  });

  test('without a model, a revision in words is explained at once and costs nothing', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('专题研究统战工作4次');
    chat.send('/next');
    chat.send('/draft');
    chat.recordDraft();
    const quota = chat.state.quota;
    const r = step(
      chat.state,
      { type: 'text', text: '第二部分写具体些' },
      { ...ctx, canRevise: false },
    );
    assert.deepEqual(r.effects, []);
    assert.match(r.replies[0]!.text, /需要大模型/);
    assert.deepEqual(r.state.quota, quota);
  });

  test('without a model, a fact typed after a draft is kept: the user picks its part, [重新生成] writes it in', () => {
    const chat = new Chat();
    chat.ctx = { ...ctx, canRevise: false };
    chat.basics();
    chat.send('专题研究统战工作4次');
    chat.send('/next');
    chat.send('/draft');
    chat.recordDraft();
    chat.send('补充 11月还开了新的社会阶层人士座谈会 25人参加');
    assert.match(chat.text(), /需要大模型[\s\S]*请选择加到哪一部分/);
    assert.deepEqual(chat.effects, []);
    // The text waits in the stored record, so another instance or a restart still has it.
    const stored = readUserRecord(JSON.parse(JSON.stringify(chat.state)), 'u1');
    assert.ok(stored.ok && stored.state.pending?.kind === 'confirmPlace', JSON.stringify(stored));
    // Typed instead of tapped, the button's label does the same.
    chat.send('第6部分');
    assert.match(chat.text(), /已加入第6部分「非公有制经济与商会建设」（本部分共1条）/);
    const economy = chat.summary.answers.economy;
    assert.deepEqual(economy?.parts, ['11月还开了新的社会阶层人士座谈会 25人参加']);
    assert.equal(economy?.status, 'done');
    chat.tap('重新生成');
    assert.deepEqual(chat.effects, ['compose']);
  });

  test('without a model, a second fact typed before the first found its part joins it; 不用了 drops them', () => {
    const chat = new Chat();
    chat.ctx = { ...ctx, canRevise: false };
    chat.basics();
    chat.send('专题研究统战工作4次');
    chat.send('/next');
    chat.send('/draft');
    chat.recordDraft();
    chat.send('补充 11月还开了新的社会阶层人士座谈会 25人参加');
    chat.send('还有 12月走访商会企业8家');
    assert.match(chat.text(), /请选择加到哪一部分/);
    chat.send('第6部分');
    const economy = chat.summary.answers.economy;
    assert.equal(economy?.parts.length, 1);
    assert.match(economy?.parts[0] ?? '', /11月还开了新的社会阶层人士座谈会 25人参加/);
    assert.match(economy?.parts[0] ?? '', /12月走访商会企业8家/);

    chat.send('补充 全年发放资料300份');
    chat.send('/list');
    assert.equal(chat.state.pending?.kind, 'confirmPlace', 'a look at /list drops nothing');
    chat.send('/review');
    assert.match(chat.text(), /请选择加到哪一部分/, 'asked again after another step');
    chat.send('不用了');
    assert.match(chat.text(), /这条内容不加入草稿/);
    assert.equal(chat.state.pending, undefined);
  });

  test('confirmations holding typed text survive a read from the store (another instance, a restart)', () => {
    const state: UserState = {
      ...freshState('u1'),
      pending: {
        kind: 'confirmCorrection',
        summaryId: 's1',
        at: 's1',
        text: '不对 刚才宣讲会是54人不是45人',
        index: 0,
        replacement: '宣讲会54人参加',
      },
    };
    const read = readUserRecord(JSON.parse(JSON.stringify(state)), 'u1');
    assert.ok(read.ok);
    assert.deepEqual(read.state.pending, state.pending);
  });

  test('[清空本部分] on a part with answers asks first; a typed 是 never erases, the button does', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('专题研究统战工作4次');
    chat.send('配备联络员16名');
    chat.send('/edit 2');
    chat.tap('清空本部分');
    assert.match(chat.text(), /确定清空本部分的2条回答吗？清空后不能恢复/);
    chat.send('是');
    assert.match(chat.text(), /确定清空本部分的2条回答吗/, 'asked again, with the button');
    assert.equal(chat.summary.answers.organization?.parts.length, 2);
    chat.tap('保留回答');
    assert.equal(chat.summary.answers.organization?.parts.length, 2);
    chat.send('/edit 2');
    chat.tap('清空本部分');
    chat.tap('确定清空');
    assert.match(chat.text(), /已清空本部分/);
    assert.deepEqual(chat.summary.answers.organization?.parts, []);
  });

  test('/na on a part with answers asks first, like 跳过: the answers would drop out of the draft', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('专题研究统战工作4次');
    chat.send('/next');
    chat.send('举办讲座2场');
    chat.send('/na');
    assert.match(chat.text(), /本部分已有1条回答，标记「不涉及」后草稿不写这部分。确定吗？/);
    assert.equal(chat.summary.answers.study?.status, 'open');
    chat.send('不');
    assert.equal(chat.summary.answers.study?.status, 'done', '不 keeps the answers and finishes');
    chat.send('/edit 3');
    chat.send('/na');
    chat.tap('确定不涉及');
    assert.equal(chat.summary.answers.study?.status, 'na');
  });

  test('on the screen before a draft, the go button typed (照样生成) drafts like the tap', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('专题研究统战工作4次');
    chat.send('/next');
    chat.send('/draft');
    assert.match(chat.text(), /没有回答/);
    chat.send('照样生成');
    assert.deepEqual(chat.effects, ['compose']);
  });

  test('the year question gives this year as its example (the summary was started in November 2026)', () => {
    const chat = new Chat();
    chat.send('/new');
    chat.tap('统战工作总结');
    chat.send('清河镇');
    chat.tap('乡镇');
    chat.tap('年度');
    assert.match(chat.text(), /哪一年[\s\S]*例如：2026/);
  });

  test('draft with no content asks for one section first', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('/draft');
    assert.deepEqual(chat.effects, []);
    assert.match(chat.text(), /至少完成一个工作部分/);
  });

  test('list shows summaries; delete asks first and then removes', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('/list');
    assert.match(chat.text(), /清河镇2026年统战工作总结（当前）/);
    chat.tap('删除 1');
    assert.match(chat.text(), /确定删除/);
    chat.tap('确认删除');
    assert.deepEqual(chat.effects, ['deleteSummaryData']);
    assert.equal(chat.state.summaries.length, 0);
  });

  test('/delete erases everything only after the confirm button', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('/delete');
    chat.send('/review');
    assert.equal(chat.state.summaries.length, 1, 'another event cancels the pending delete');
    chat.send('/delete');
    chat.tap('确认删除');
    assert.deepEqual(chat.effects, ['deleteUserData']);
    assert.equal(chat.state.summaries.length, 0);
    assert.equal(chat.state.activeId, undefined);
  });

  test('/edit with no number shows the parts to choose from, not 「没有第0部分」', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('/edit');
    assert.doesNotMatch(chat.text(), /没有第0部分/);
    assert.match(
      chat.text(),
      /要修改哪一部分？点下面的\[修改第N部分\]，或发送 \/edit 加序号（1 到 11）/,
    );
    assert.match(chat.text(), /2\. 组织领导与工作网络：未填/);
    chat.tap('修改第3部分');
    assert.match(chat.text(), /第3\/11部分 · 理论学习与政策宣传/);
  });

  test('期间 「全年」 is 年度; 年份 「25年」 and 「25」 are 2025; 「99」 is asked again kindly', () => {
    const chat = new Chat();
    chat.send('/new');
    chat.send('1');
    chat.send('清河镇');
    chat.tap('乡镇');
    chat.send('全年');
    assert.equal(chat.summary.info.period, '年度');
    assert.match(chat.text(), /哪一年/);
    chat.send('25年');
    assert.equal(chat.summary.info.year, '2025');
    chat.send('/back');
    chat.send('25');
    assert.equal(chat.summary.info.year, '2025');
    chat.send('/back');
    chat.send('99');
    assert.match(chat.text(), /「99」是哪一年？请写四位年份，例如 2026/);
    assert.equal(chat.summary.info.year, '2025', 'nothing stored changed');
    chat.send('二〇二六年');
    assert.equal(chat.summary.info.year, '2026');
  });

  test('after skipping parts the bot says they are still to do, not 「所有部分都已完成」', () => {
    const chat = new Chat();
    chat.basics();
    for (let part = 2; part <= 11; part++) {
      if (part === 3 || part === 10) chat.send('/skip');
      else {
        chat.send(`第${part}部分开展活动${part}次`);
        chat.send('/next');
      }
    }
    assert.equal(chat.summary.position.kind, 'review');
    assert.doesNotMatch(chat.text(), /所有部分都已完成/);
    assert.match(chat.text(), /已走完所有部分（还有2部分跳过待补：第3部分、第10部分）/);
    // The end screen offers each open part as a small button; filled in, the wording is true again.
    chat.tap('第3部分');
    chat.send('开展理论学习8次');
    chat.send('/next');
    chat.tap('第10部分');
    chat.send('信息报送偏少');
    chat.send('/next');
    assert.match(chat.text(), /所有部分都已完成/);
  });

  test('the engine never mutates the state it is given', () => {
    const chat = new Chat();
    chat.basics();
    const frozen = structuredClone(chat.state);
    step(chat.state, { type: 'text', text: '专题研究4次' }, ctx);
    assert.deepEqual(chat.state, frozen);
  });
});

describe('phone round 3, the small things (issue 24)', () => {
  test('the year is offered as buttons: the likely year and the one before', () => {
    const chat = new Chat();
    chat.send('/new');
    chat.tap('统战工作总结');
    chat.send('清河镇');
    chat.tap('乡镇');
    chat.tap('年度');
    const labels = chat.replies.flatMap((r) => r.actions?.flat() ?? []).map((a) => a.label);
    const likely = String(new Date(NOW).getUTCFullYear());
    assert.ok(
      labels.includes(likely) && labels.includes(String(Number(likely) - 1)),
      labels.join(' '),
    );
    chat.tap(String(Number(likely) - 1));
    assert.equal(chat.summary.info.year, String(Number(likely) - 1));
  });

  test("the ✍ is explained on the first parts' cards, where it is new; later cards only list", () => {
    const chat = new Chat();
    chat.basics();
    chat.send('专题研究统战工作4次');
    assert.match(chat.text(), /已记录1条（消息上的 ✍ 表示已记录/);
    chat.send('/next');
    chat.send('/skip');
    chat.send('建立党外人才库，收录42人');
    assert.match(chat.text(), /已记录1条：\n1\. 建立党外人才库，收录42人/);
    assert.doesNotMatch(chat.text(), /✍ 表示/);
  });

  test('one card per part: answers change it in place, the next part opens a new one', () => {
    const chat = new Chat();
    chat.basics();
    const opened = chat.replies.find((r) => r.card)?.card;
    assert.deepEqual([opened?.id, opened?.mode], [`${chat.summary.id}:2`, 'open']);
    chat.send('专题研究统战工作4次');
    chat.send('配备联络员16名');
    // The ✍ (a reaction, not a message) and the same card, changed: numbered, clipped.
    assert.deepEqual(
      chat.replies.map((r) => [r.reaction, r.card?.id, r.card?.mode]),
      [
        ['✍', undefined, undefined],
        [undefined, `${chat.summary.id}:2`, 'update'],
      ],
    );
    const card = chat.replies[1]!;
    assert.match(card.text, /已记录2条[^\n]*\n1\. 专题研究统战工作4次\n2\. 配备联络员16名/);
    assert.equal(card.card?.done, '第2/11部分 · 组织领导与工作网络：已记录2条');
    chat.send('/next');
    assert.deepEqual(
      chat.replies.filter((r) => r.card).map((r) => [r.card?.id, r.card?.mode]),
      [[`${chat.summary.id}:3`, 'open']],
    );
    // An old card's button says where the user is now.
    chat.send({ type: 'finish', ref: { summaryId: chat.summary.id, at: 's0' } });
    assert.equal(chat.replies[0]?.kind, 'stale');
    assert.match(chat.text(), /您现在在第3\/11部分「理论学习与政策宣传」/);
  });

  test('after going back, 完成 says which answered parts it passes over', () => {
    const chat = new Chat();
    chat.basics();
    chat.send('专题研究统战工作4次');
    chat.send('/next');
    chat.send('开展理论学习8次');
    chat.send('/next');
    chat.send('/back');
    chat.send('/back');
    chat.send('/next');
    assert.match(chat.text(), /第3部分已填写，直接到第4部分（要改第3部分请发 \/edit 3）/);
    assert.match(chat.text(), /第4\/11部分/);
  });

  test('/help is a few lines with the three things most users need', () => {
    const chat = new Chat();
    chat.send('/help');
    const lines = chat.text().split('\n');
    assert.ok(lines.length <= 7, `${lines.length} lines`);
    assert.match(chat.text(), /1\. 按提示分部分回答/);
    assert.match(chat.text(), /长按它点“回复”/);
    assert.match(chat.text(), /\[生成草稿\]/);
  });
});

describe('hints that step back (issue 24, item 2)', () => {
  test('the first parts show every hint and the example; later ones one line and [提示]', () => {
    const chat = new Chat();
    chat.basics();
    assert.match(chat.text(), /第2\/11部分[\s\S]*提示：[\s\S]*示例：/);
    chat.send('专题研究统战工作4次');
    chat.send('/next');
    assert.match(chat.text(), /第3\/11部分[\s\S]*提示：/);
    chat.send('开展理论学习8次');
    chat.send('/next');
    const card = chat.text();
    assert.match(card, /第4\/11部分/);
    assert.doesNotMatch(card, /提示：|示例：/);
    assert.match(card, /（如：.+ 更多提示和示例点\[提示\]）/);
    chat.tap('提示');
    assert.match(chat.text(), /第4\/11部分[\s\S]*提示：[\s\S]*示例：/);
    assert.equal(chat.summary.position.kind, 'section', 'nothing moved');
  });
});
