import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeEvent, encodeEvent } from '../src/bot/callback.js';
import { type EngineContext, step } from '../src/interview/engine.js';
import { freshState } from '../src/interview/state.js';
import type { Event, Reply, UserState } from '../src/interview/types.js';
import { actionWord, dropLeadWord } from '../src/interview/words.js';
import { loadTemplates } from '../src/templates/load.js';

/** The word list and the confirmations of issue 13, on the pure engine. */

const ctx: EngineContext = {
  templates: loadTemplates(),
  now: Date.UTC(2026, 11, 3),
  draftsPerDay: 5,
};

function chat() {
  let state: UserState = freshState('u');
  let replies: Reply[] = [];
  const send = (e: Event | string) => {
    const event: Event = typeof e === 'string' ? { type: 'text', text: e } : e;
    const r = step(state, event, ctx);
    state = r.state;
    replies = r.replies;
    return r;
  };
  const button = (label: string) => {
    const a = replies.flatMap((r) => r.actions?.flat() ?? []).find((x) => x.label === label);
    assert.ok(a, `no [${label}] in ${replies.map((r) => r.text).join(' | ')}`);
    return a.event;
  };
  const summary = () => state.summaries[0]!;
  send({ type: 'new' });
  send({ type: 'chooseTemplate', templateId: 'tongzhan' });
  for (const text of ['清河镇', '乡镇', '年度', '2026', '跳过', '无', '跳过']) send(text);
  return { send, button, summary, text: () => replies.map((r) => r.text).join('\n') };
}

describe('typed action words', () => {
  test('whole messages, with spaces and punctuation, are actions; answers containing them are not', () => {
    assert.equal(actionWord('完成'), 'finish');
    assert.equal(actionWord(' 好了！'), 'finish');
    assert.equal(actionWord('下一部分。'), 'finish');
    assert.equal(actionWord('以后再说~'), 'skip');
    assert.equal(actionWord('无'), 'na');
    assert.equal(actionWord('返回'), 'back');
    assert.equal(actionWord('已完成3次培训'), undefined);
    assert.equal(actionWord('没有发生涉及民族宗教的事件'), undefined);
  });

  test('另外/还有/补充 are dropped from the start of an appended message, never leaving it empty', () => {
    assert.equal(dropLeadWord('另外6月举办了座谈会'), '6月举办了座谈会');
    assert.equal(dropLeadWord('还有，走访企业12家'), '走访企业12家');
    assert.equal(dropLeadWord('补充一下：发放资料300份'), '发放资料300份');
    assert.equal(dropLeadWord('补充'), '补充');
    assert.equal(dropLeadWord('开展补充调研1次'), '开展补充调研1次');
  });

  test('a typed 不涉及 asks once; [不是，记为回答] after the step changed is stale and stores nothing', () => {
    const c = chat();
    c.send({ type: 'skip' }); // part 2 skipped → part 3
    c.send('不涉及');
    assert.match(c.text(), /是指本部分「理论学习与政策宣传」不涉及吗？/);
    const keep = c.button('不是，记为回答');
    c.send({ type: 'back' });
    const r = c.send(keep);
    assert.equal(r.replies[0]?.kind, 'stale');
    assert.equal(c.summary().answers.study, undefined);
  });

  test('[确定跳过] only confirms the part it was asked for, and only right after', () => {
    const c = chat();
    c.send('党委专题研究统战工作4次');
    c.send({ type: 'skip' });
    const sure = c.button('确定跳过');
    c.send('16个村配备统战联络员'); // something else first: the question lapses
    assert.equal(c.send(sure).replies[0]?.kind, 'stale');
    assert.equal(c.summary().answers.organization?.status, 'open');
    assert.equal(c.summary().answers.organization?.parts.length, 2);
    // /skip twice in a row is the same as confirming.
    c.send({ type: 'skip' });
    c.send({ type: 'skip' });
    assert.equal(c.summary().answers.organization?.status, 'skipped');
  });
});

describe('buttons of issue 13 as callback data', () => {
  test('round trip, and forged fields refused', () => {
    const events: Event[] = [
      { type: 'removePart', index: 3, of: 5, ref: { summaryId: 's1', at: 's0' } },
      { type: 'confirm', ref: { summaryId: 's1', at: 'asAnswer' } },
      { type: 'confirm', ref: { summaryId: 's1', at: 'skip' } },
      { type: 'confirm', ref: { summaryId: 's1', at: 'leaveOut' } },
      { type: 'confirm', ref: { summaryId: 's1', at: 'draftAnyway' } },
      { type: 'confirm', ref: { summaryId: 's1', at: 'replace' } },
      { type: 'confirm', ref: { summaryId: 's1', at: 'asNew' } },
    ];
    for (const e of events) assert.deepEqual(decodeEvent(encodeEvent(e)), e);
    assert.equal(decodeEvent('x|s1|*|3.5'), undefined, 'no * step on a remove button');
    assert.equal(decodeEvent('x|s1|s0|3'), undefined, 'the count is required');
    assert.equal(decodeEvent('Y||asAnswer|'), undefined, 'a confirmation names its summary');
  });
});

describe('a typed yes or no answers the question the bot just asked', () => {
  for (const yes of ['是', '是的', '对', '对的', '嗯']) {
    test(`「${yes}」 to 「是指本部分……不涉及吗？」 marks the part 不涉及, as [是] does`, () => {
      const c = chat();
      c.send({ type: 'skip' }); // part 2 skipped → part 3, 理论学习与政策宣传
      c.send('不涉及');
      assert.match(c.text(), /是指本部分「理论学习与政策宣传」不涉及吗？/);
      c.send(yes);
      assert.doesNotMatch(c.text(), /已记录/);
      assert.equal(c.summary().answers.study?.status, 'na');
      assert.deepEqual(c.summary().answers.study?.parts, []);
      assert.match(c.text(), /第4\/11部分/);
    });
  }

  for (const no of ['不是', '不']) {
    test(`「${no}」 to the same question records the typed 没有 as the answer, as [不是，记为回答] does`, () => {
      const c = chat();
      c.send({ type: 'skip' });
      c.send('没有');
      c.send(no);
      assert.deepEqual(c.summary().answers.study?.parts, ['没有']);
      assert.match(c.text(), /已记录（本部分共1条）/);
    });
  }

  test('「是」 to 「是指本部分没有更多内容了吗？」 finishes the part and adds nothing', () => {
    const c = chat();
    c.send('党委专题研究统战工作4次');
    c.send('没有了');
    assert.match(c.text(), /是指本部分没有更多内容了吗？/);
    c.send('是的');
    assert.equal(c.summary().answers.organization?.status, 'done');
    assert.deepEqual(c.summary().answers.organization?.parts, ['党委专题研究统战工作4次']);
  });

  test('跳过 on a part with answers: 「是」 skips it, 「不」 keeps the answers and finishes it', () => {
    const c = chat();
    c.send('党委专题研究统战工作4次');
    c.send('跳过');
    assert.match(c.text(), /本部分已有1条回答，跳过后草稿不写这部分。确定跳过吗？/);
    c.send('是');
    assert.equal(c.summary().answers.organization?.status, 'skipped');
    assert.deepEqual(c.summary().answers.organization?.parts, ['党委专题研究统战工作4次']);

    const d = chat();
    d.send('党委专题研究统战工作4次');
    d.send('跳过');
    d.send('不');
    assert.equal(d.summary().answers.organization?.status, 'done');
    assert.deepEqual(d.summary().answers.organization?.parts, ['党委专题研究统战工作4次']);
  });

  test('the screen before a draft: 「是」 drafts at once, 「不」 opens the first part not answered', () => {
    const c = chat();
    c.send('党委专题研究统战工作4次，配备联络员16名');
    c.send('完成');
    c.send({ type: 'draft' });
    assert.match(c.text(), /还有9部分没有回答/);
    const r = c.send('是');
    assert.deepEqual(
      r.effects.map((e) => e.type),
      ['compose'],
    );

    const d = chat();
    d.send('党委专题研究统战工作4次，配备联络员16名');
    d.send('完成');
    d.send({ type: 'draft' });
    const no = d.send('不');
    assert.deepEqual(no.effects, []);
    assert.match(d.text(), /先不生成草稿[\s\S]*第3\/11部分 · 理论学习与政策宣传/);
    assert.equal(d.summary().answers.study, undefined, '「不」 is no answer');
  });

  test('deleting needs the button or 「确认删除」: a typed 是 or 好 deletes nothing, 不 cancels', () => {
    const c = chat();
    c.send('党委专题研究统战工作4次');
    c.send({ type: 'deleteAll' });
    let r = c.send('是');
    assert.deepEqual(r.effects, []);
    assert.match(c.text(), /请点\[确认删除\]按钮，或发送“确认删除”/);
    assert.equal(
      c.summary().answers.organization?.parts.length,
      1,
      '是 is not stored as an answer',
    );
    r = c.send('好');
    assert.deepEqual(r.effects, [], 'still nothing deleted');
    r = c.send('不');
    assert.match(c.text(), /已取消/);
    assert.deepEqual(r.effects, []);
    assert.equal(c.summary().answers.organization?.parts.length, 1);

    c.send({ type: 'deleteAll' });
    r = c.send('确认删除');
    assert.deepEqual(
      r.effects.map((e) => e.type),
      ['deleteUserData'],
    );
  });

  test('a yes typed after the question lapsed is handled as usual (no old question answered)', () => {
    const c = chat();
    c.send({ type: 'skip' });
    c.send('不涉及');
    c.send('开展理论学习8次'); // an answer instead: the question lapses
    c.send('是');
    assert.notEqual(c.summary().answers.study?.status, 'na');
    assert.deepEqual(c.summary().answers.study?.parts, ['开展理论学习8次', '是']);
  });
});

describe('a correction typed as a new message', () => {
  test('「不对 刚才宣讲会是54人不是45人」 asks once and [替换第1条] corrects that message', () => {
    const c = chat();
    c.send('5月举办统战政策宣讲会3场，45人参加');
    c.send('不对 刚才宣讲会是54人不是45人');
    assert.match(c.text(), /这是对前面回答的更正吗？/);
    assert.match(c.text(), /第1条：5月举办统战政策宣讲会3场，45人参加/);
    assert.match(c.text(), /替换为：5月举办统战政策宣讲会3场，54人参加/);
    assert.equal(c.summary().answers.organization?.parts.length, 1, 'not appended while asking');
    c.send(c.button('替换第1条'));
    assert.deepEqual(c.summary().answers.organization?.parts, [
      '5月举办统战政策宣讲会3场，54人参加',
    ]);
    assert.match(c.text(), /已替换第1条/);
  });

  test('[记为新的一条] keeps it as typed; a typed 是 replaces like the button', () => {
    const c = chat();
    c.send('5月举办统战政策宣讲会3场，45人参加');
    c.send('说错了，宣讲会是4场');
    c.send(c.button('记为新的一条'));
    assert.deepEqual(c.summary().answers.organization?.parts, [
      '5月举办统战政策宣讲会3场，45人参加',
      '说错了，宣讲会是4场',
    ]);

    const d = chat();
    d.send('走访企业12家');
    d.send('6月召开座谈会，参加32人');
    d.send('更正：不是12家，是21家');
    assert.match(d.text(), /第1条：走访企业12家/, 'the message holding 12家 is the one to replace');
    d.send('是');
    assert.deepEqual(d.summary().answers.organization?.parts, [
      '走访企业21家',
      '6月召开座谈会，参加32人',
    ]);
  });

  test('「不对 是30人」 corrects the one message with a count in 人, never a message with other facts', () => {
    const c = chat();
    c.send('6月办了同心讲堂 邀请党外人士25人参加');
    c.send('公众号发了统战宣传稿件16篇 发放宣传资料1200余份');
    c.send('不对 是30人');
    assert.match(c.text(), /第1条：6月办了同心讲堂 邀请党外人士25人参加/);
    assert.match(c.text(), /替换为：6月办了同心讲堂 邀请党外人士30人参加/);
    c.send('是');
    assert.deepEqual(c.summary().answers.organization?.parts, [
      '6月办了同心讲堂 邀请党外人士30人参加',
      '公众号发了统战宣传稿件16篇 发放宣传资料1200余份',
    ]);
  });

  test('the correction question outlives /start and is asked again on [继续]: its text is never dropped', () => {
    const c = chat();
    c.send('6月办了同心讲堂 邀请党外人士25人参加');
    c.send('不对 是30人');
    c.send({ type: 'start' });
    c.send({ type: 'resume' });
    assert.match(
      c.text(),
      /继续《[\s\S]*这是对前面回答的更正吗？[\s\S]*替换为：6月办了同心讲堂 邀请党外人士30人参加/,
    );
    c.send('是');
    assert.deepEqual(c.summary().answers.organization?.parts, [
      '6月办了同心讲堂 邀请党外人士30人参加',
    ]);
  });

  test('a correction that cannot be placed says how to write it and erases nothing', () => {
    const c = chat();
    c.send('走访企业12家，召开座谈会2次');
    c.send('不对 那个不算');
    assert.match(c.text(), /没找到要改的是哪一处/);
    assert.doesNotMatch(c.text(), /替换为/);
    c.send('是');
    assert.match(c.text(), /请写出原来的和改后的/, 'a yes has nothing to replace: asked again');
    c.send(c.button('记为新的一条'));
    assert.deepEqual(c.summary().answers.organization?.parts, [
      '走访企业12家，召开座谈会2次',
      '不对 那个不算',
    ]);
  });

  test('gone past with 完成, the next fact or an older card, a correction is applied and said, never dropped', () => {
    // 完成 typed: the correction is applied first, the part is finished after.
    const c = chat();
    c.send('开展谈心谈话12次');
    c.send('不对 是15次');
    assert.match(c.text(), /这是对前面回答的更正吗？/);
    c.send('完成');
    assert.deepEqual(c.summary().answers.organization?.parts, ['开展谈心谈话15次']);
    assert.match(
      c.text(),
      /您刚才的更正已替换第2部分的第1条：开展谈心谈话15次（原为：开展谈心谈话12次）/,
    );
    assert.match(c.text(), /第3\/11部分/, 'and the part is finished as asked');

    // The next fact typed: both stay, the correction applied.
    const d = chat();
    d.send('开展谈心谈话12次');
    d.send('不对 是15次');
    d.send('召开座谈会2次');
    assert.deepEqual(d.summary().answers.organization?.parts, [
      '开展谈心谈话15次',
      '召开座谈会2次',
    ]);

    // [完成本部分 ▶] on the card above: the same.
    const e = chat();
    e.send('开展谈心谈话12次');
    const finish = e.button('完成本部分 ▶');
    e.send('不对 是15次');
    e.send(finish);
    assert.deepEqual(e.summary().answers.organization?.parts, ['开展谈心谈话15次']);

    // One that could not be placed is kept as a message of its part, and said.
    const f = chat();
    f.send('走访企业12家，召开座谈会2次');
    f.send('不对 那个不算');
    f.send('完成');
    assert.deepEqual(f.summary().answers.organization?.parts, [
      '走访企业12家，召开座谈会2次',
      '那个不算',
    ]);
    assert.match(f.text(), /您刚才发的「不对 那个不算」已作为第2部分的第2条记下/);
  });

  test('an answer that merely begins with 纠正, or a first message, is stored at once', () => {
    const c = chat();
    c.send('不对外公布的名单另行报送');
    assert.match(c.text(), /已记录（本部分共1条）/, 'a first message is never a correction');
    c.send('纠正错误认识2次');
    assert.match(c.text(), /已记录（本部分共2条）/);
    assert.doesNotMatch(c.text(), /更正吗/);
  });
});
