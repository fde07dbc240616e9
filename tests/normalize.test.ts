import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { buildDocx } from '../src/export/docx.js';
import { issueDate, normalizeDraft, normalizeLine } from '../src/export/normalize.js';
import { readDocx } from './support/docx-reader.js';

const SAMPLE = await readFile(new URL('./fixtures/draft-sample.txt', import.meta.url), 'utf8');

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');

describe('normalisation before layout', () => {
  test('half-width punctuation in Chinese text becomes full width; numbers and English stay', () => {
    assert.equal(
      normalizeLine('全镇共14个村,召开会议3次;参会1,200人次:成效明显!还有问题吗?'),
      '全镇共14个村，召开会议3次；参会1,200人次：成效明显！还有问题吗？',
    );
    assert.equal(normalizeLine('上午9:30开会,投入1.5万元.'), '上午9:30开会，投入1.5万元。');
    assert.equal(normalizeLine('Hello, world: ok?'), 'Hello, world: ok?');
    assert.equal(normalizeLine('GDP (国内生产总值) 增长5%.'), 'GDP（国内生产总值）增长5%。');
    assert.equal(
      normalizeLine('对照"镇有专人、村有联络员"的要求,落实\'三落实\'。'),
      '对照“镇有专人、村有联络员”的要求，落实‘三落实’。',
    );
    assert.equal(normalizeLine('各村(社区)参加;项目等...'), '各村（社区）参加；项目等……');
  });

  test('(一) → （一）, (1) and 1) → （1）, 一. → 一、, （一）、 → （一）', () => {
    assert.deepEqual(
      lines(
        normalizeDraft(
          [
            '标题',
            '一.强化领导',
            '(一)压实责任',
            '（二）、健全网络',
            '(1)集中培训',
            '（2）.分类培训',
            '3)分层培训',
          ].join('\n'),
        ),
      ),
      [
        '标题',
        '一、强化领导',
        '（一）压实责任',
        '（二）健全网络',
        '（1）集中培训',
        '（2）分类培训',
        '（3）分层培训',
      ],
    );
  });

  test('level 3 takes the form the draft uses more; 1.5万元 is not a marker', () => {
    const out = normalizeDraft(
      ['标题', '1、镇级层面', '2.村级层面', '3、组级层面', '1.5万元用于阵地建设。', '4．其他'].join(
        '\n',
      ),
    );
    assert.deepEqual(lines(out), [
      '标题',
      '1、镇级层面',
      '2、村级层面',
      '3、组级层面',
      '1.5万元用于阵地建设。',
      '4、其他',
    ]);
  });

  test('numbered plans get one spacing: “1. 2026年…” and “2. 把…”, never “2.把…” beside it', async () => {
    // The offline draft writes “1. ”; an item that starts with a year keeps the space (1.2026年
    // would read as a number), so every item keeps it, in the text and in the .docx.
    const draft = [
      '标题',
      '新的一年，我镇将着重抓好以下几项工作：',
      '1. 2026年底前建立党外代表人士台账。',
      '2. 把“石桥夜话”推广到所有村。',
      '3. 每季度召开1次联络员例会。',
    ].join('\n');
    const expected = [
      '1. 2026年底前建立党外代表人士台账。',
      '2. 把“石桥夜话”推广到所有村。',
      '3. 每季度召开1次联络员例会。',
    ];
    assert.deepEqual(lines(normalizeDraft(draft)).slice(2), expected);
    const docx = await readDocx(await buildDocx(draft));
    assert.deepEqual(
      docx.paragraphs.map((p) => p.text).filter((t) => /^\d\./.test(t)),
      expected,
    );
    // No item starts with a digit: the form without a space, as before, on every item.
    assert.deepEqual(lines(normalizeDraft('标题\n1. 开展培训。\n2.完成摸底。')).slice(1), [
      '1.开展培训。',
      '2.完成摸底。',
    ]);
  });

  test('dates lose leading zeros; the 成文日期 is set in Arabic numerals, a date in the body is not', () => {
    assert.equal(
      normalizeLine('2026年03月05日召开，10月08日结束。'),
      '2026年3月5日召开，10月8日结束。',
    );
    const out = lines(
      normalizeDraft('标题\n二〇二六年三月一日召开座谈会。\n中共清河镇委员会\n二〇二六年三月一日'),
    );
    assert.deepEqual(out, [
      '标题',
      '二〇二六年三月一日召开座谈会。',
      '中共清河镇委员会',
      '2026年3月1日',
    ]);
    assert.equal(issueDate('二〇二六年十二月三十一日'), '2026年12月31日');
    assert.equal(issueDate('2026-03-01'), '2026年3月1日');
    assert.equal(issueDate('2026.7.10'), '2026年7月10日');
    assert.equal(
      issueDate('２０２６年７月１０日'),
      '２０２６年７月１０日',
      'full width is normalizeLine’s job',
    );
    assert.equal(
      lines(normalizeDraft('标题\n正文。\n２０２６年０７月１０日')).at(-1),
      '2026年7月10日',
    );
  });

  test('Markdown goes: #, **, bullets, ---, and tabs and stray spaces', () => {
    const out = normalizeDraft(
      [
        '# 清河镇 2026 年统战工作总结',
        '',
        '**一、强化领导**',
        '- 召开会议\t3 次。',
        '---',
        '* * *',
        '统战  工作 稳步推进。',
        'Wi  Fi 覆盖全镇。',
      ].join('\n'),
    );
    assert.deepEqual(lines(out), [
      '清河镇2026年统战工作总结',
      '一、强化领导',
      '召开会议3次。',
      '统战工作稳步推进。',
      'Wi Fi覆盖全镇。',
    ]);
  });

  test('nothing inside 【待补：…】 or 《…》 changes', () => {
    const text =
      '学习《关于加强新时代统战工作的意见(试行)》,参加【待补: 人数, 次数 (约)】人,另见《Guide, v2.0》。';
    assert.equal(
      normalizeLine(text),
      '学习《关于加强新时代统战工作的意见(试行)》，参加【待补: 人数, 次数 (约)】人，另见《Guide, v2.0》。',
    );
  });

  test('private-use characters already in the text (some input methods use them) stay as they are', () => {
    assert.equal(
      normalizeLine('\ue000参加【待补：人数】人,\ue001完成.'),
      '\ue000参加【待补：人数】人，\ue001完成。',
    );
  });

  test('never changes a number: every number of the draft is in the result, in order', () => {
    const text =
      '投入1.5万元,覆盖14个村,参与1,200人次;9:30开始,完成率98.6%,第３季度,2026年03月05日.\n1、2月份完成摸底.';
    const numbers = (s: string) =>
      [
        ...s
          .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
          .matchAll(/\d+(?:[.,:]\d+)*/g),
      ].map((m) => m[0].replace(/(?<=[年月])0|^0(?=\d)/g, ''));
    assert.deepEqual(
      numbers(normalizeDraft(text)),
      numbers(text).map((n) => n.replace(/^0(?=\d)/, '')),
    );
  });

  test('a clean draft passes unchanged, and normalising twice changes nothing more', () => {
    assert.deepEqual(lines(normalizeDraft(SAMPLE)), lines(SAMPLE));
    const messy = '标题\n(一)压实责任,明确分工.\n1、加强\n2.开展\n二〇二六年三月一日';
    assert.equal(normalizeDraft(normalizeDraft(messy)), normalizeDraft(messy));
  });

  test('the .docx (bot and CLI alike) gets the normalised text, without a --- line', async () => {
    const docx = await readDocx(
      await buildDocx(
        '标题\n\n正文一段,写完了.\n\n---\n\n**二、存在的不足**\n\n中共清河镇委员会\n二〇二六年三月一日',
      ),
    );
    assert.deepEqual(docx.paragraphs.map((p) => p.text).filter(Boolean), [
      '标题',
      '正文一段，写完了。',
      '二、存在的不足',
      '中共清河镇委员会',
      '2026年3月1日',
    ]);
    assert.equal(
      docx.paragraphs.at(-1)?.alignment,
      'right',
      'the converted date is still the date',
    );
  });
});
