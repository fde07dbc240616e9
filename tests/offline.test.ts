import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDraft } from '../src/check/checker.js';
import { buildMaterial } from '../src/compose/material.js';
import { composeOffline } from '../src/compose/offline.js';
import { cleanSentence } from '../src/compose/sentences.js';
import type { Answer, Summary } from '../src/interview/types.js';
import { loadTemplates } from '../src/templates/load.js';

/** The offline composer: a formal draft from the answers alone, when no model is configured. */

const tongzhan = loadTemplates().find((t) => t.id === 'tongzhan')!;

function summary(
  info: Record<string, string>,
  answers: Record<string, Partial<Answer> & { parts: string[] }>,
): Summary {
  return {
    id: 's1',
    templateId: 'tongzhan',
    createdAt: 0,
    updatedAt: 0,
    info: { unit: '清河镇', unitType: '乡镇', period: '年度', year: '2026', ...info },
    answers: Object.fromEntries(
      Object.entries(answers).map(([id, a]) => [id, { status: 'done', ...a } as Answer]),
    ),
    position: { kind: 'review' },
    drafts: [],
  };
}

const everySectionSettled = (answers: Record<string, Partial<Answer> & { parts: string[] }>) =>
  Object.fromEntries(
    tongzhan.sections.map((s) => [
      s.id,
      answers[s.id] ?? { status: 'skipped' as const, parts: [] },
    ]),
  );

describe('the offline draft', () => {
  test('has the title, the opening formula with whoever leads and guides, the outline, 落款 and date', () => {
    const material = buildMaterial(
      tongzhan,
      summary(
        { guide: '区委统战部', leader: '镇党委' },
        everySectionSettled({
          organization: { parts: ['党委专题研究统战工作4次'] },
          study: { parts: ['举办讲座2场'] },
          shortcomings: { parts: ['信息报送偏少'] },
          nextSteps: { parts: ['年内培训联络员2次'] },
        }),
      ),
      { composedAt: Date.UTC(2026, 11, 3, 2) },
    );
    const draft = composeOffline(material);
    const lines = draft.trim().split('\n');
    assert.equal(lines[0], '清河镇2026年统战工作总结');
    assert.match(
      lines[1]!,
      /^2026年，我镇在镇党委的坚强领导和区委统战部的具体指导下，.*现将全年工作总结如下：$/,
    );
    const headings = lines.filter((l) => /^[一二三四五六七八九十]+、/.test(l));
    assert.deepEqual(
      headings,
      ['一、强化组织引领，夯实工作根基', '二、存在的问题和不足', '三、下一步工作打算'],
      'two thin parts of one group share its heading; numbering stays consecutive when sections are skipped',
    );
    assert.match(
      draft,
      /一是压实主体责任，织密工作网络。党委专题研究统战工作4次。\n二是深化理论学习/,
    );
    // One plan is one sentence, not "以下几项工作：" over a single item (issue 11 review).
    assert.match(draft, /新的一年，我镇将着重抓好这项工作：年内培训联络员2次。/);
    assert.deepEqual(
      lines.slice(-2),
      ['清河镇', '2026年12月3日'],
      '落款 and 成文日期 close the draft',
    );
    const report = checkDraft(draft, material);
    assert.deepEqual(report.untraced, []);
    assert.deepEqual(report.structure, []);
  });

  test('a user who skips 民族宗教 or marks it 不涉及 gets no such section and no placeholder', () => {
    const material = buildMaterial(
      tongzhan,
      summary(
        {},
        everySectionSettled({
          organization: { parts: ['党委专题研究统战工作4次'] },
          ethnicReligion: { status: 'na', parts: [] },
          overseas: { status: 'skipped', parts: ['写了一半又跳过'] },
        }),
      ),
    );
    const draft = composeOffline(material);
    assert.doesNotMatch(draft, /民族|宗教|港澳台|写了一半/);
    assert.doesNotMatch(draft, /待补/);
  });

  test('a section never answered becomes a visible 【待补】, never invented text', () => {
    const material = buildMaterial(
      tongzhan,
      summary({}, { organization: { parts: ['党委专题研究统战工作4次'] } }),
    );
    const draft = composeOffline(material);
    assert.match(draft, /【待补：理论学习与政策宣传的主要做法和成效】/);
    assert.deepEqual(checkDraft(draft, material).placeholders.length > 0, true);
  });

  test('several messages become 一是……二是……; list markers, emoji and stray spaces are cleaned', () => {
    const material = buildMaterial(
      tongzhan,
      summary(
        {},
        everySectionSettled({
          organization: {
            parts: [
              '1. 党委专题研究统战工作4次,纳入考核',
              '2、16个村 配备 联络员 👍',
              '开展"同心"活动(32人参加)',
            ],
          },
        }),
      ),
    );
    const draft = composeOffline(material);
    assert.match(
      draft,
      /一是党委专题研究统战工作4次，纳入考核。二是16个村配备联络员。三是开展“同心”活动（32人参加）。/,
    );
  });

  test('without 上级指导部门 and 领导机关 the opening leaves that clause out; a school says 我校', () => {
    const material = buildMaterial(
      tongzhan,
      summary(
        { unit: '清河学院', unitType: '学校', period: '上半年' },
        everySectionSettled({ organization: { parts: ['党委专题研究2次'] } }),
      ),
    );
    const draft = composeOffline(material);
    assert.match(
      draft,
      /^清河学院2026年上半年统战工作总结\n2026年上半年，我校立足立德树人根本任务/,
    );
    assert.match(draft, /现将半年来的工作总结如下：/);
    assert.doesNotMatch(draft, /领导下|指导下/);
  });
});

describe('cleaning one message into a sentence', () => {
  for (const [raw, clean] of [
    ['1. 组织了3次学习,效果很好', '组织了3次学习，效果很好。'],
    ['- 发放资料1200份;覆盖16个村', '发放资料1200份；覆盖16个村。'],
    ['（一）建立台账', '建立台账。'],
    ['召开座谈会(邀请32人)', '召开座谈会（邀请32人）。'],
    ['金额为3.5万元.', '金额为3.5万元。'],
    ['举办“中秋联谊会”', '举办“中秋联谊会”。'],
    ['走访 党外 人士 20 人次', '走访党外人士20人次。'],
  ] as const) {
    test(`${raw} → ${clean}`, () => assert.equal(cleanSentence(raw), clean));
  }
});

describe('typed on a phone, with spaces for punctuation (the tester’s answers)', () => {
  const draftOf = (answers: Record<string, Partial<Answer> & { parts: string[] }>) => {
    const material = buildMaterial(tongzhan, summary({}, everySectionSettled(answers)));
    const draft = composeOffline(material);
    const report = checkDraft(draft, material);
    assert.deepEqual(report.untraced, [], 'nothing untraced');
    assert.deepEqual(
      report.omitted.map((o) => o.text),
      [],
      'every fact found',
    );
    return draft;
  };

  test('dates, names and list items the user spaced apart stay apart (、), clauses get ，', () => {
    const draft = draftOf({
      organization: { parts: ['镇党委专题研究统战工作4次 分别是2月20日 5月 8月 11月'] },
      study: { parts: ['讲民族团结 还有 接待了 美国友好学校师生来访 15人 5月'] },
      representatives: { parts: ['联合 县委统战部 县教育局 举办培训班1期'] },
      economy: { parts: ['帮企业解决用工 融资难题17件'] },
      overseas: { parts: ['全镇有归侨侨眷 台属共19户 春节 中秋两次上门慰问'] },
    });
    assert.match(draft, /镇党委专题研究统战工作4次，分别是2月20日、5月、8月、11月。/);
    assert.match(draft, /讲民族团结，还有接待了美国友好学校师生来访15人，5月。/);
    assert.match(draft, /联合县委统战部、县教育局，举办培训班1期。/);
    assert.match(draft, /帮企业解决用工、融资难题17件。/);
    assert.match(draft, /全镇有归侨侨眷、台属共19户，春节、中秋两次上门慰问。/);
  });

  test('不足 typed as 一是……二是……三是…… keeps all three numbers, not two of them', () => {
    const draft = draftOf({
      organization: { parts: ['党委专题研究统战工作4次'] },
      shortcomings: {
        parts: ['一是村级统战联络员多为兼职，业务不熟；二是信息报送偏少；三是党外人士参与度不高'],
      },
    });
    assert.match(
      draft,
      /还有一些不足：一是村级统战联络员多为兼职，业务不熟。二是信息报送偏少。三是党外人士参与度不高。\n/,
    );
  });

  test('four plans typed with spaces stay four, none losing its object', () => {
    const draft = draftOf({
      organization: { parts: ['党委专题研究统战工作4次'] },
      nextSteps: {
        parts: [
          '为村级联络员开展2次集中培训 年底前建立 党外代表人士台账 每季度召开1次联络员例会 推动商会完成换届',
        ],
      },
    });
    const plans = draft.split('\n').filter((l) => /^\d+\. /.test(l));
    assert.deepEqual(plans, [
      '1. 为村级联络员开展2次集中培训。',
      '2. 年底前建立党外代表人士台账。',
      '3. 每季度召开1次联络员例会。',
      '4. 推动商会完成换届。',
    ]);
  });

  test('plans numbered inside one line (一是…二是…) are split at the numbers only', () => {
    const draft = draftOf({
      organization: { parts: ['党委专题研究统战工作4次'] },
      nextSteps: { parts: ['一是年内培训联络员2次二是完成摸底 建立名册三是报送统战信息'] },
    });
    const plans = draft.split('\n').filter((l) => /^\d+\. /.test(l));
    assert.deepEqual(plans, [
      '1. 年内培训联络员2次。',
      '2. 完成摸底，建立名册。',
      '3. 报送统战信息。',
    ]);
  });
});
