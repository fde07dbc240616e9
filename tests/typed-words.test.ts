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
    ];
    for (const e of events) assert.deepEqual(decodeEvent(encodeEvent(e)), e);
    assert.equal(decodeEvent('x|s1|*|3.5'), undefined, 'no * step on a remove button');
    assert.equal(decodeEvent('x|s1|s0|3'), undefined, 'the count is required');
    assert.equal(decodeEvent('Y||asAnswer|'), undefined, 'a confirmation names its summary');
  });
});
