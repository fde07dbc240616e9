import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findQuote, isDeleteReply, quotedEdit, replyWording } from '../src/compose/quoted.js';

/** Edit by quoting (compose/quoted.ts): what the quote finds and what the reply replaces. */

const DRAFT = [
  '一、加强理论学习',
  '全年举办宣讲会3场，参加45人。开展走访活动，覆盖全镇。',
  '二、其他工作',
  '召开座谈会1次，参加45人。',
  '清河镇党委',
].join('\n');

function edited(quote: string, reply: string, near?: number): string {
  const edit = quotedEdit(DRAFT, quote, reply, near);
  assert.ok(edit.ok, `${quote} → ${reply}`);
  return edit.text;
}

describe('quotedEdit', () => {
  test('a fragment is replaced exactly; a 。 typed after it does not cut the sentence', () => {
    const edit = quotedEdit(DRAFT, '宣讲会3场', '宣讲会5场。');
    assert.ok(edit.ok);
    assert.equal(edit.text, DRAFT.replace('宣讲会3场', '宣讲会5场'));
    assert.equal(edit.old, '宣讲会3场');
    assert.equal(edit.now, '宣讲会5场');
    assert.equal(edit.whole, false);
  });

  test('a whole sentence selected without its 。 keeps one 。, typed or not', () => {
    const want = DRAFT.replace('开展走访活动，覆盖全镇。', '走访党外人士15人次。');
    assert.equal(edited('开展走访活动，覆盖全镇', '走访党外人士15人次'), want);
    assert.equal(edited('开展走访活动，覆盖全镇', '走访党外人士15人次。'), want);
    assert.equal(edited('开展走访活动，覆盖全镇。', '走访党外人士15人次'), want);
    const edit = quotedEdit(DRAFT, '开展走访活动，覆盖全镇', '走访党外人士15人次');
    assert.ok(edit.ok && edit.whole);
  });

  test('a quote ending with a sentence mark keeps that mark when the reply has none', () => {
    assert.equal(
      edited('参加45人。开展', '参加54人！开展'),
      DRAFT.replace('参加45人。开展', '参加54人！开展'),
    );
    assert.equal(
      edited('覆盖全镇。', '覆盖全镇12个村'),
      DRAFT.replace('覆盖全镇。', '覆盖全镇12个村。'),
    );
  });

  test('of two places, the one nearest the quoted message’s offset; else the first', () => {
    const second = DRAFT.lastIndexOf('45人');
    assert.equal(edited('45人', '54人'), DRAFT.replace('45人', '54人'));
    const near = edited('45人', '54人', second - 2);
    assert.equal(near, `${DRAFT.slice(0, second)}54人${DRAFT.slice(second + 3)}`);
  });

  test('spaces, line breaks and half-width punctuation in the quote do not matter', () => {
    assert.deepEqual(findQuote(DRAFT, '开展 走访活动, 覆盖\n全镇'), {
      start: DRAFT.indexOf('开展'),
      end: DRAFT.indexOf('覆盖全镇') + 4,
    });
    // A quote across a line end (the draft's \n) is found too.
    assert.ok(findQuote(DRAFT, '一、加强理论学习 全年举办'));
  });

  test('删除 takes the quote out; a whole sentence alone on its line takes the line', () => {
    assert.equal(
      edited('开展走访活动，覆盖全镇', '删除'),
      DRAFT.replace('开展走访活动，覆盖全镇。', ''),
    );
    assert.equal(
      edited('召开座谈会1次，参加45人。', '删掉'),
      DRAFT.replace('\n召开座谈会1次，参加45人。', ''),
    );
    assert.equal(edited('，覆盖全镇', '删除'), DRAFT.replace('，覆盖全镇', ''));
  });

  test('not found and empty replies change nothing', () => {
    assert.deepEqual(quotedEdit(DRAFT, '没有这句', '54人'), { ok: false, reason: 'notFound' });
    assert.deepEqual(quotedEdit(DRAFT, '   ', '54人'), { ok: false, reason: 'notFound' });
    assert.deepEqual(quotedEdit(DRAFT, '45人', '改成'), { ok: false, reason: 'empty' });
    assert.deepEqual(quotedEdit(DRAFT, '45人', '。。'), { ok: false, reason: 'empty' });
  });
});

describe('the reply as it will stand', () => {
  test('a lead word (改成/应为) goes; the reply stays on one line', () => {
    assert.equal(replyWording('改成54人'), '54人');
    assert.equal(replyWording('应该是：54人'), '54人');
    assert.equal(replyWording(' 走访党外人士\n15人次 '), '走访党外人士15人次');
    // A word inside the wording is the user's: only a lead word goes.
    assert.equal(replyWording('机构改为联络站'), '机构改为联络站');
  });

  test('only a whole 删除-like reply deletes', () => {
    assert.equal(isDeleteReply('删除。'), true);
    assert.equal(isDeleteReply('删掉'), true);
    assert.equal(isDeleteReply('删除线索3条'), false);
  });
});
