import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DRAFT_CASES } from '../eval/cases.js';
import { caseMaterial, modelSuite } from '../eval/run.js';
import { EXEMPLARS, hanCount, longestSharedRun, nonsenseIn, scoreDraft } from '../eval/score.js';
import { checkDraft } from '../src/check/checker.js';
import { formatChecklist } from '../src/check/checklist.js';
import { makeDraft } from '../src/check/draft.js';
import { ensureClosing } from '../src/compose/draft.js';
import { buildMaterial, materialOutline, splitSigner } from '../src/compose/material.js';
import { createModelClient } from '../src/compose/model.js';
import { enumerate } from '../src/compose/numbering.js';
import { composeOffline } from '../src/compose/offline.js';
import { loadPrompts } from '../src/compose/prompts.js';
import { buildComposeMessages } from '../src/compose/request.js';
import { clauseBreaks, splitEnumerated, splitPlans, toWritten } from '../src/compose/written.js';
import { parseDraft } from '../src/export/structure.js';
import { extractFacts } from '../src/facts/extract.js';
import { parseCommand } from '../src/interview/commands.js';
import { type EngineContext, step } from '../src/interview/engine.js';
import { summaryOutline } from '../src/interview/outline.js';
import { freshState } from '../src/interview/state.js';
import { loadTemplates } from '../src/templates/load.js';
import { type OpenAIMock, startOpenAIMock } from './support/openai-mock.js';

/** Issue 11: the draft a cadre can hand in (outline, 公文 prose, 落款 and date). */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = resolve(root, '..', 'shared', 'seeds');
const byId = (id: string) => {
  const c = DRAFT_CASES.find((x) => x.id === id);
  assert.ok(c, id);
  return c;
};

describe('the offline draft of a full 统战 interview (街道, 年度)', () => {
  const c = byId('street-annual-full');
  const material = caseMaterial(c);
  const draft = composeOffline(material);
  const lines = draft.trim().split('\n');

  test('4–6 level-1 headings, with （一）（二） where a group holds several rich parts', () => {
    const headings = lines.filter((l) => /^[一二三四五六七八九十]、/.test(l));
    assert.ok(headings.length >= 4 && headings.length <= 6, headings.join(' / '));
    const first = lines.indexOf(headings[0]!);
    const second = lines.indexOf(headings[1]!);
    const subs = lines.slice(first, second).filter((l) => /^（[一二三]）/.test(l));
    assert.deepEqual(subs, [
      '（一）压实主体责任，织密工作网络',
      '（二）深化理论学习，凝聚思想共识',
    ]);
    assert.equal(headings.at(-2), '五、存在的问题和不足');
    assert.equal(headings.at(-1), '六、下一步工作打算');
  });

  test('at least 1,000 汉字, ending with the 落款 and the 成文日期, set as such in the .docx', () => {
    assert.ok(hanCount(draft) >= 1000, `${hanCount(draft)} 汉字`);
    assert.deepEqual(lines.slice(-2), ['中共枫桥街道工作委员会', '2026年12月3日']);
    const blocks = parseDraft(draft);
    assert.deepEqual(blocks.slice(-2), [
      { kind: 'signature', text: '中共枫桥街道工作委员会' },
      { kind: 'date', text: '2026年12月3日' },
    ]);
  });

  test('every stated fact is present and none is invented', () => {
    for (const part of Object.values(c.answers).flatMap((a) => (Array.isArray(a) ? a : []))) {
      for (const fact of extractFacts(part)) {
        assert.ok(draft.includes(fact.text), `missing ${fact.text}`);
      }
    }
    const report = checkDraft(draft, material);
    assert.deepEqual(report.untraced, []);
    assert.deepEqual(report.structure, []);
  });

  test('clauses the user separated with spaces stay separate; spoken words are written', () => {
    assert.match(draft, /专题研究统战工作3次，主要研究年度要点/);
    assert.match(draft, /5月20日为社区干部和党外人士举办了统战政策培训班，70人参加/);
    assert.match(draft, /6月召开了一场新的社会阶层人士座谈会/);
    assert.doesNotMatch(draft, /搞|给社区干部/);
    assert.match(
      draft,
      /1\. 为社区联络员开展2次集中培训。\n2\. 完成新的社会阶层人士摸底，建立名册。/,
    );
  });

  test('no run of 15 汉字 is shared with the reference samples', (t) => {
    if (!existsSync(SEEDS)) {
      t.skip(`reference samples not found at ${SEEDS}`);
      return;
    }
    const samples = readdirSync(SEEDS).map((f) =>
      (readFileSync(join(SEEDS, f), 'utf8').match(/\p{Script=Han}/gu) ?? []).join(''),
    );
    for (const x of DRAFT_CASES) {
      const run = longestSharedRun(composeOffline(caseMaterial(x)), samples);
      assert.ok(run.n < 15, `${x.id}: ${run.text}`);
    }
    // The old opening copied a sample: the measure finds such a sentence.
    const copied = '紧紧围绕中心工作和发展大局，团结一切可以团结的力量';
    assert.ok(longestSharedRun(copied, samples).n >= 15);
  });

  test('openings vary with the unit type and the period', () => {
    const openings = DRAFT_CASES.map((x) => composeOffline(caseMaterial(x)).split('\n')[1]);
    assert.ok(new Set(openings).size >= 8, openings.join('\n'));
  });
});

describe('from the phone to the page', () => {
  for (const [spoken, written] of [
    ['4月16日给党外教师办了政策宣讲会', '4月16日为党外教师举办了政策宣讲会'],
    // 搞了 before a meeting is 召开, before another …会 举办 (issue 11 review).
    ['6月搞了一场座谈会', '6月召开了一场座谈会'],
    ['搞了个新的社会阶层人士座谈会', '召开了新的社会阶层人士座谈会'],
    ['9月搞了一场中秋联谊会', '9月举办了一场中秋联谊会'],
    ['搞了一次大走访', '开展了一次大走访'],
    ['搞了3次会员大会', '召开了3次会员大会'],
    ['统战部3个人分工负责', '统战部3人分工负责'],
    ['每月开一次例会', '每月召开一次例会'],
    ['开了个座谈会', '召开了座谈会'],
    ['跑了20家企业', '走访了20家企业'],
    ['活动效果很好', '活动效果良好'],
    ['大概90人参加', '约90人参加'],
    ['6月请县委统战部来上了一堂统战知识讲座', '6月邀请县委统战部作了统战知识讲座'],
    ['请专家来讲了政策讲座', '邀请专家作了政策讲座'],
    ['请老师来上了一堂党课', '邀请老师讲授了一堂党课'],
    ['和辖区3家单位签了共建协议', '与辖区3家单位签订了共建协议'],
    ['明年办1次民族团结联欢活动', '明年举办1次民族团结联欢活动'],
    ['申办2次', '申办2次'],
    // A tester's answers (2026-12-03): 学了, 发了 on a 公众号, 县里的.
    ['组织党员学了统战工作条例', '组织党员学习了统战工作条例'],
    ['微信公众号发了统战稿件15篇', '微信公众号发布了统战稿件15篇'],
    ['推荐2名教师参加县里培训', '推荐2名教师参加县级培训'],
    ['推荐2名党外干部参加市里的培训', '推荐2名党外干部参加市级培训'],
    ['印发了文件', '印发了文件'],
    ['学了3次', '学了3次'],
    ['统站信息报送偏少', '统战信息报送偏少'],
    ['9月20日开了党外人士座谈会', '9月20日召开了党外人士座谈会'],
    ['12月还开了座谈会', '12月还召开了座谈会'],
    ['3月15日开了第一次', '3月15日开了第一次'],
    // Left alone: 给予, 办理, and anything that is not spoken.
    ['给予困难群众帮助', '给予困难群众帮助'],
    ['帮2户侨眷办理了涉侨公证', '帮2户侨眷办理了涉侨公证'],
    ['召开座谈会3次', '召开座谈会3次'],
  ] as const) {
    test(`${spoken} → ${written}`, () => assert.equal(toWritten(spoken), written));
  }

  test('several items: four stay in one paragraph, more are shared out evenly, never a lone 四是', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `开展活动${i + 1}次。`);
    const sizes = (n: number) => enumerate(items(n)).map((p) => p.split('是开展').length - 1);
    assert.deepEqual(sizes(3), [3]);
    assert.deepEqual(sizes(4), [4]);
    assert.deepEqual(sizes(5), [3, 2]);
    assert.deepEqual(sizes(7), [3, 2, 2]);
    assert.match(enumerate(items(4))[0] ?? '', /^一是开展活动1次。二是.*四是开展活动4次。$/);
  });

  test('a space between two clauses becomes ，; spaces inside one clause do not', () => {
    assert.equal(
      clauseBreaks('印发了《城关街道统战工作要点》 统战工作纳入社区年度考核'),
      '印发了《城关街道统战工作要点》，统战工作纳入社区年度考核',
    );
    assert.equal(
      clauseBreaks('统战部3个人分工负责 每月开一次例会'),
      '统战部3个人分工负责，每月开一次例会',
    );
    assert.equal(clauseBreaks('16个村 配备 联络员'), '16个村 配备 联络员');
  });

  test('a space between dates, names or list items becomes 、; between two numbers never nothing', () => {
    for (const [typed, written] of [
      ['分别是2月20日 5月 8月 11月', '分别是2月20日、5月、8月、11月'],
      ['县委统战部 县教育局', '县委统战部、县教育局'],
      ['帮企业解决用工 融资难题17件', '帮企业解决用工、融资难题17件'],
      ['帮助解决就业 入学等问题12个', '帮助解决就业、入学等问题12个'],
      [
        '全镇有归侨侨眷 台属共19户 春节 中秋两次上门慰问',
        '全镇有归侨侨眷、台属共19户，春节、中秋两次上门慰问',
      ],
      ['来访15人 5月', '来访15人，5月'],
      // One date typed in parts is still one date.
      ['2026年 5月 20日召开', '2026年5月20日召开'],
      ['讲民族团结 还有 接待了 外宾', '讲民族团结，还有接待了 外宾'],
      // Not a list: a clause with its own verb or a count of its own after the space.
      ['更新党外人才信息库 收录36人', '更新党外人才信息库，收录36人'],
      ['成立留学归国人员联谊会 会员19人', '成立留学归国人员联谊会，会员19人'],
      ['收到建议9条 采纳3条', '收到建议9条，采纳3条'],
    ] as const) {
      assert.equal(clauseBreaks(typed), written, typed);
    }
  });

  test('plans typed with spaces only are split where both sides are whole plans', () => {
    assert.deepEqual(
      splitPlans('为联络员开展2次培训 年底前建立 党外代表人士台账 推动商会完成换届'),
      ['为联络员开展2次培训', '年底前建立 党外代表人士台账', '推动商会完成换届'],
    );
    // The user's own numbers mark the plans; 3.5万元 is a number, not a third.
    assert.deepEqual(splitEnumerated('1. 开展培训2次 2. 完成摸底 建立名册 投入3.5万元'), [
      '1. 开展培训2次',
      '2. 完成摸底 建立名册 投入3.5万元',
    ]);
    assert.deepEqual(splitPlans('2. 完成摸底 建立名册'), ['2. 完成摸底 建立名册']);
    // Punctuation typed anywhere: spaces are clause breaks, not plan breaks.
    assert.deepEqual(splitPlans('年内培训联络员2次，完成摸底 建立名册'), [
      '年内培训联络员2次，完成摸底 建立名册',
    ]);
  });

  test('plans typed in one line with ；or 。 become several', () => {
    assert.deepEqual(splitPlans('建立联络员培训制度；每个村配齐信息员；加强信息报送。'), [
      '建立联络员培训制度',
      '每个村配齐信息员',
      '加强信息报送。',
    ]);
  });

  test('an answer that states nothing checkable gets a 【待补】 for its 做法 and 成效', () => {
    const base = byId('street-skipped-na');
    const material = caseMaterial({
      ...base,
      answers: { ...base.answers, features: ['与驻区单位的联系更加紧密 大家的积极性明显提高'] },
    });
    const draft = composeOffline(material);
    assert.match(
      draft,
      /与驻区单位的联系更加紧密，大家的积极性明显提高。【待补：共驻共建与资源共享的具体做法和成效】/,
    );
    assert.doesNotMatch(draft, /【待补：组织领导/, 'an answer with a fact gets none');
  });

  test('a thin case gets 【待补】 where a 做法 or a 成效 is plainly missing, numbers or not', () => {
    const thin = composeOffline(caseMaterial(byId('community-thin')));
    // A number, but no result: 宣传栏更新统战内容4次.
    assert.match(thin, /宣传栏更新统战内容4次。【待补：理论学习与政策宣传的成效】/);
    // 组织领导 reports arrangements: no 成效 is asked for there.
    assert.doesNotMatch(thin, /【待补：组织领导与工作网络的成效】/);
    // A single plan is a sentence, not a list of 以下几项.
    assert.doesNotMatch(thin, /以下几项/);
    assert.match(thin, /着重抓好这项工作：明年举办1次民族团结联欢活动。/);
    // No 做法 named at all.
    const m = caseMaterial(byId('community-thin'));
    const noPractice = {
      ...m,
      sections: m.sections.map((s) =>
        s.id === 'study' ? { ...s, parts: ['全年党外人士政策知晓率达到95%，群众满意度较高'] } : s,
      ),
    };
    assert.match(composeOffline(noPractice), /【待补：理论学习与政策宣传的具体做法】/);
    // A rich part asks nothing.
    const rich = composeOffline(caseMaterial(byId('street-annual-full')));
    assert.doesNotMatch(rich, /待补/);
  });

  test('a 落款 typed with a date gives both', () => {
    assert.deepEqual(splitSigner('镇党委 2026年12月28日'), {
      signer: '镇党委',
      date: '2026年12月28日',
    });
    assert.deepEqual(splitSigner('镇党委'), { signer: '镇党委' });
    for (const typed of ['镇党委 二〇二六年十二月二十八日', '镇党委二O二六年十二月二十八日']) {
      assert.deepEqual(splitSigner(typed), { signer: '镇党委', date: '2026年12月28日' }, typed);
    }
    assert.deepEqual(splitSigner('镇党委 二〇二六年十三月一日'), {
      signer: '镇党委 二〇二六年十三月一日',
    });
    const c = byId('street-skipped-na');
    const draft = composeOffline(caseMaterial(c));
    assert.deepEqual(draft.trim().split('\n').slice(-2), ['柳岸街道党工委', '2026年7月5日']);
  });
});

describe('the outline', () => {
  test('thin parts share a heading as 一是/二是; skipped and 不涉及 parts take no number', () => {
    const outline = materialOutline(caseMaterial(byId('town-halfyear-thin')));
    assert.deepEqual(
      outline.headings.map((h) => [h.heading, h.subs.length, h.sectionIds]),
      [
        ['强化组织引领，夯实工作根基', 0, ['organization', 'study']],
        ['突出培养使用，建强党外人才队伍', 0, ['representatives']],
        ['统筹重点领域，服务发展稳定大局', 0, ['economy', 'ethnicReligion', 'overseas']],
        ['存在的问题和不足', 0, ['shortcomings']],
        ['下一步工作打算', 0, ['nextSteps']],
      ],
    );
  });

  test('once a group has sub-headings, a thin part takes its own （三）, not an unrelated one', () => {
    // Issue 11 review: the thin 港澳台侨 part was written as "此外，…" under （二）民族宗教.
    const material = caseMaterial(byId('street-annual-full'));
    const fields = materialOutline(material).headings[2]!;
    assert.deepEqual(
      fields.subs.map((s) => s.sectionIds),
      [['economy'], ['ethnicReligion'], ['overseas']],
    );
    const draft = composeOffline(material);
    assert.doesNotMatch(draft, /^此外，/m);
    const at = draft.split('\n').findIndex((l) => /^（三）/.test(l) && /侨/.test(l));
    assert.ok(at > 0, draft);
    assert.match(draft.split('\n')[at + 1]!, /归侨侨眷/);
  });

  test('a template without groups stays flat', () => {
    const outline = materialOutline(caseMaterial(byId('general-annual')));
    assert.deepEqual(
      outline.headings.map((h) => h.subs.length),
      [0, 0, 0, 0],
    );
  });

  test('the model request carries the outline, the length, the 落款 and the date', () => {
    const material = caseMaterial(byId('street-annual-full'));
    const [system, user] = buildComposeMessages(material, loadPrompts());
    assert.ok(system && user);
    const task = user.content.slice(0, user.content.indexOf('<material>'));
    assert.match(task, /【提纲】/);
    assert.match(
      task,
      /一、强化组织引领，夯实工作根基\n　　（一）压实主体责任，织密工作网络　← “组织领导与工作网络”/,
    );
    assert.match(task, /五、存在的问题和不足（写成一段）/);
    assert.match(task, /【篇幅】材料中的回答约\d+字，全文写到约\d+—\d+字/);
    assert.match(task, /【落款和日期】[^\n]*\n中共枫桥街道工作委员会\n2026年12月3日/);
    assert.ok(!system.content.includes('枫桥'), 'the static prefix stays the same for everyone');
  });
});

describe('a model draft that ignores the outline', () => {
  const material = caseMaterial(byId('street-annual-full'));
  const flat = (() => {
    // Every part its own heading, as the old prompt asked: nine level-1 headings, no （一）.
    const lines = [material.title, '2026年，各项工作稳步推进。现将全年工作总结如下：'];
    let n = 0;
    for (const s of material.sections) {
      lines.push(`${'一二三四五六七八九十'[n++]}、${s.heading}`, ...s.parts);
    }
    return lines.join('\n');
  })();

  let mock: OpenAIMock;
  before(async () => {
    mock = await startOpenAIMock();
  });
  after(async () => {
    await mock.close();
  });

  test('is reported on the 核对清单, and its missing 落款 and date are put in', async () => {
    mock.enqueue({ reply: flat });
    const model = createModelClient({
      apiKey: 'sk-test-not-a-secret',
      baseURL: mock.url,
      model: 'mock-model',
      timeoutMs: 5_000,
      maxRetries: 0,
    });
    const result = await makeDraft(material, { model });
    assert.equal(result.composer, 'model');
    assert.ok(
      result.check.structure.some((p) => /没有按提纲分部分：提纲有6个一级标题，草稿有10个/.test(p)),
      result.check.structure.join('\n'),
    );
    assert.match(formatChecklist(result.check), /结构：.*没有按提纲分部分/);
    assert.deepEqual(result.text.trim().split('\n').slice(-2), [
      '中共枫桥街道工作委员会',
      '2026年12月3日',
    ]);
  });

  test('a draft that follows the outline but leaves out the sub-headings is reported', () => {
    const offline = composeOffline(material);
    const noSubs = offline.replace(/^（[一二]）.*\n/gm, '');
    const problems = checkDraft(noSubs, material).structure;
    assert.ok(
      problems.some((p) => /“一、”下按提纲应有2个二级标题/.test(p)),
      problems.join('\n'),
    );
  });

  test('不足 written as a closing paragraph instead of a heading is accepted', () => {
    const offline = composeOffline(material);
    const asParagraph = offline
      .replace('五、存在的问题和不足\n', '')
      .replace('六、下一步工作打算', '五、下一步工作打算');
    assert.deepEqual(checkDraft(asParagraph, material).structure, []);
  });

  test('a revision that changes the 落款 as asked keeps it; one that drops it gets it back', async () => {
    const model = createModelClient({
      apiKey: 'sk-test-not-a-secret',
      baseURL: mock.url,
      model: 'mock-model',
      timeoutMs: 5_000,
      maxRetries: 0,
    });
    const previous = {
      text: composeOffline(material),
      instruction: '落款改成区委统战部，日期写2026年12月28日',
    };
    const asked = `${material.title}\n正文。\n区委统战部\n2026年12月28日`;
    mock.enqueue({ reply: asked }, { reply: `${material.title}\n正文。` });
    const kept = await makeDraft(material, { model, previous });
    assert.deepEqual(kept.text.trim().split('\n').slice(-2), ['区委统战部', '2026年12月28日']);
    assert.deepEqual(
      kept.check.untraced,
      [],
      'the date the user typed in the instruction is theirs',
    );
    const dropped = await makeDraft(material, { model, previous });
    assert.deepEqual(dropped.text.trim().split('\n').slice(-2), [
      '中共枫桥街道工作委员会',
      '2026年12月3日',
    ]);
  });

  test('a date the model makes up is replaced by the 成文日期', () => {
    const fixed = ensureClosing(`正文。\n枫桥街道\n2026年1月1日\n`, material);
    assert.deepEqual(fixed.trim().split('\n'), [
      '正文。',
      '中共枫桥街道工作委员会',
      '2026年12月3日',
    ]);
  });

  test('the line above the date is dropped only when it is a 落款, never a content line', () => {
    for (const item of [
      '2. 完成摸底',
      '2、完成摸底',
      '二是完成摸底',
      '（三）完成摸底',
      '完成摸底工作',
    ]) {
      const fixed = ensureClosing(`正文。\n1. 开展培训\n${item}\n2026年12月1日\n`, material);
      assert.deepEqual(
        fixed.trim().split('\n'),
        ['正文。', '1. 开展培训', item, '中共枫桥街道工作委员会', '2026年12月3日'],
        item,
      );
    }
    for (const signer of ['中共枫桥街道工作委员会', '枫桥街道党工委', '区委统战部']) {
      const fixed = ensureClosing(`正文。\n${signer}\n2026年12月1日\n`, material);
      assert.deepEqual(fixed.trim().split('\n'), [
        '正文。',
        '中共枫桥街道工作委员会',
        '2026年12月3日',
      ]);
    }
  });

  test('with a model configured, the eval prints the same table for its drafts', async () => {
    const model = createModelClient({
      apiKey: 'sk-test-not-a-secret',
      baseURL: mock.url,
      model: 'mock-model',
      timeoutMs: 5_000,
      maxRetries: 0,
    });
    const result = await modelSuite(model);
    assert.equal(result.lines[0], '大模型稿（mock-model）');
    assert.equal(result.lines.filter((l) => /^\| [a-z]/.test(l)).length, DRAFT_CASES.length + 1);
    // The mock writes one heading from the first answer: every case is reported off the outline.
    assert.ok(
      result.failures.some((f) => /street-annual-full: structure: .*没有按提纲分部分/.test(f)),
    );
  });

  test('group leads only state a stance; no draft says 通用工作 or 工作的工作', () => {
    // A lead is printed above whatever the user answered: it may hold a stance (坚持, 注重),
    // never a subject or an action nobody reported.
    const subject = /党委|党工委|党组|我校|我镇|我街道|我单位|驻区单位/;
    const action = /纳入|对接|搭建|开展|举办|建立|制定|签订|召开|成立|走访/;
    for (const template of loadTemplates()) {
      for (const g of template.groups) {
        const leads = [g.lead, ...Object.values(g.byUnitType ?? {}).map((o) => o?.lead)];
        for (const lead of leads.filter((l): l is string => l !== undefined)) {
          assert.match(lead, /^(?:坚持|注重|着眼)/, `${template.id}/${g.id}: ${lead}`);
          assert.doesNotMatch(lead, subject, `${template.id}/${g.id}: ${lead}`);
          assert.doesNotMatch(lead, action, `${template.id}/${g.id}: ${lead}`);
        }
      }
    }
    for (const c of DRAFT_CASES) {
      const draft = composeOffline(caseMaterial(c));
      assert.doesNotMatch(draft, /通用工作|工作的工作/, c.id);
      assert.deepEqual(nonsenseIn(draft), [], c.id);
    }
    const general = composeOffline(caseMaterial(byId('general-annual')));
    assert.match(general, /推动各项工作取得新的成效/);
    assert.match(composeOffline(caseMaterial(byId('other-special'))), /回顾这项工作，/);
  });

  test('the exemplars mirror no case: no draft shares a run of 15 汉字 with them', () => {
    for (const c of DRAFT_CASES) {
      const m = caseMaterial(c);
      const s = scoreDraft(composeOffline(m), m, SEEDS);
      assert.ok(s.exemplarRun < 15, `${c.id}: ${s.exemplarRun} 汉字 shared: ${s.exemplarText}`);
    }
    // The measure finds a sentence copied from an exemplar.
    const line = readFileSync(join(root, 'prompts', 'exemplars', '街道.md'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('在辖区商务楼宇'));
    assert.ok(line && longestSharedRun(line, EXEMPLARS).n >= 15);
  });

  test('the offline 不足 is measured against whom the unit serves: 师生 at a school, 群众 in a town', () => {
    const draftOf = (id: string) => {
      const c = DRAFT_CASES.find((x) => x.id === id);
      assert.ok(c, id);
      return composeOffline(caseMaterial(c));
    };
    assert.match(draftOf('school-halfyear'), /与上级的要求和师生的期待相比/);
    assert.match(draftOf('town-annual-rich'), /与上级的要求和群众的期待相比/);
  });

  test('a 不足 or plan that opens by naming its part (存在的不足 人手不够) is written without the label', () => {
    const c = structuredClone(DRAFT_CASES.find((x) => x.id === 'office-annual'));
    assert.ok(c);
    c.answers.shortcomings = ['存在的不足 人手不够'];
    c.answers.nextSteps = ['下一步打算是 明年继续做好党外干部联系工作'];
    const draft = composeOffline(caseMaterial(c));
    assert.match(draft, /还有一些不足：人手不够。/);
    assert.match(draft, /将着重抓好这项工作：明年继续做好党外干部联系工作。/);
    assert.doesNotMatch(draft, /不足：存在的不足|工作：下一步打算/);
  });

  test('the eval scores the offline draft of every case without a failing must', () => {
    for (const c of DRAFT_CASES) {
      const m = caseMaterial(c);
      const s = scoreDraft(composeOffline(m), m, SEEDS);
      assert.deepEqual(s.missingFacts, [], c.id);
      assert.deepEqual(s.untraced, [], c.id);
      assert.equal(s.loneYiShi, 0, c.id);
      assert.ok(s.signer && s.date, c.id);
      assert.deepEqual(s.spoken, [], c.id);
    }
  });
});

describe('the model path, judged by drafts written from the exact request (eval/model-samples)', () => {
  // A helper acting as a strong Chinese model wrote each draft from the request the bot builds
  // for that case; the checker must find nothing in such faithful prose (no false flag).
  const dir = join(root, 'eval', 'model-samples');
  const samples = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  test('there is a sample for each of the four kinds of material judged', () => {
    assert.ok(samples.length >= 4, samples.join(', '));
  });
  for (const file of samples) {
    const id = file.replace(/\.txt$/, '');
    test(`${id}: every fact carried, none untraced, the outline followed`, () => {
      const c = DRAFT_CASES.find((x) => x.id === id);
      assert.ok(c, `eval/model-samples/${file} names no eval case`);
      const m = caseMaterial(c);
      const draft = readFileSync(join(dir, file), 'utf8');
      const s = scoreDraft(draft, m, SEEDS);
      assert.deepEqual(s.missingFacts, [], 'missing');
      assert.deepEqual(s.untraced, [], 'untraced');
      assert.deepEqual(s.structure, [], 'structure');
      const check = checkDraft(draft, m);
      assert.deepEqual(
        check.omitted.map((o) => o.text),
        [],
        'the checker the user sees lists no 遗漏 either',
      );
    });
  }
});

describe('before drafting: the outline and the depth screen', () => {
  const templates = loadTemplates();
  const ctx: EngineContext = { templates, now: Date.UTC(2026, 11, 3, 2), draftsPerDay: 5 };
  const tongzhan = templates.find((t) => t.id === 'tongzhan')!;

  function reviewState(answers: Record<string, string[] | 'skip'>) {
    let state = freshState('u1');
    state = step(state, { type: 'new' }, ctx).state;
    state = step(state, { type: 'chooseTemplate', templateId: 'tongzhan' }, ctx).state;
    const summary = state.summaries[0]!;
    summary.info = { unit: '枫桥街道', unitType: '街道', period: '年度', year: '2026' };
    for (const section of tongzhan.sections) {
      const a = answers[section.id] ?? 'skip';
      summary.answers[section.id] =
        a === 'skip'
          ? // Left out on purpose ([不写这部分]): /draft does not list it as "later" again.
            { status: 'skipped', parts: [], leaveOut: true }
          : // The one follow-up already asked and skipped: /draft goes straight on.
            {
              status: 'done',
              parts: a,
              followUp: { question: '？', parts: [], status: 'skipped' },
            };
    }
    summary.position = { kind: 'review' };
    return state;
  }

  test('/outline and [查看提纲] show the headings the draft will have, as the composers plan them', () => {
    const c = byId('street-annual-full');
    const state = reviewState(c.answers as Record<string, string[]>);
    const review = step(state, { type: 'review' }, ctx).replies[0]!;
    const button = review.actions?.flat().find((a) => a.label === '查看提纲');
    assert.ok(button, 'the review card offers the outline before drafting');
    const card = step(state, button.event, ctx).replies[0]!;
    assert.match(card.text, /草稿提纲（按目前的回答，共6个一级标题）/);
    assert.match(card.text, /一、强化组织引领，夯实工作根基\n　　（一）压实主体责任，织密工作网络/);
    assert.deepEqual(step(state, parseCommand('/outline')!, ctx).replies[0]?.text, card.text);
    assert.ok(card.actions?.flat().some((a) => a.label === '生成草稿'));
    // The interview's outline is the one the composers follow.
    const summary = state.summaries[0]!;
    const fromMaterial = materialOutline(buildMaterial(tongzhan, summary));
    assert.deepEqual(summaryOutline(tongzhan, summary), fromMaterial);
  });

  test('/draft typed at part 3 of 11 names the 9 parts never answered; [现在补充] opens the first', () => {
    let state = freshState('u1');
    state = step(state, { type: 'new' }, ctx).state;
    state = step(state, { type: 'chooseTemplate', templateId: 'tongzhan' }, ctx).state;
    const summary = state.summaries[0]!;
    summary.info = { unit: '枫桥街道', unitType: '街道', period: '年度', year: '2026' };
    summary.answers.organization = {
      status: 'done',
      parts: ['街道党工委专题研究统战工作4次，16个社区各配1名统战联络员'],
      followUp: { question: '？', parts: [], status: 'skipped' },
    };
    summary.answers.study = { status: 'open', parts: [] }; // reached, nothing typed yet
    summary.depthShown = true; // the thin parts were listed at an earlier /draft
    summary.position = { kind: 'section', index: 1 };
    const r = step(state, parseCommand('/draft')!, ctx);
    assert.deepEqual(r.effects, [], 'the screen comes before the draft');
    assert.equal(r.state.quota, undefined, 'the screen costs no quota');
    assert.equal(r.replies.length, 1, 'one card');
    const screen = r.replies[0]!;
    assert.match(
      screen.text,
      /^还有9部分没有回答：\n3\. 理论学习与政策宣传\n4\. [^\n]+\n[\s\S]*\n10\. 存在的不足（总结必备）\n11\. 下一步工作打算（总结必备）/,
    );
    assert.match(screen.text, /点\[照样生成\]，没有回答的部分在草稿里标【待补】/);
    assert.deepEqual(
      screen.actions?.flat().map((a) => a.label),
      ['现在补充', '照样生成'],
    );
    const fill = screen.actions!.flat()[0]!.event;
    assert.match(step(r.state, fill, ctx).replies.at(-1)!.text, /第3\/11部分 · 理论学习与政策宣传/);
    // The go button still drafts at once; those parts get 【待补】 as before.
    const go = screen.actions!.flat().find((a) => a.label === '照样生成')!.event;
    const drafted = step(r.state, go, ctx);
    assert.deepEqual(
      drafted.effects.map((e) => e.type),
      ['compose'],
    );
    assert.equal(drafted.state.quota?.count, 1);
  });

  test('/draft shows the thin parts once, before any quota is spent; [直接生成] drafts; no second screen', () => {
    const state = reviewState({
      organization: ['社区明确1名统战联络员'],
      study: [
        '中心组开展统战专题学习2次 5月20日为社区干部举办统战政策培训班 70人参加 公众号发布稿件16篇',
      ],
      features: [
        '与驻区单位的联系比往年更加紧密了，各方面参与的积极性也明显提高了很多，社区里团结和睦的氛围越来越浓厚了',
      ],
      shortcomings: ['信息报送偏少'],
      nextSteps: ['培训联络员2次'],
    });
    const r = step(state, { type: 'draft' }, ctx);
    assert.deepEqual(r.effects, [], 'the screen comes before the draft, not with it');
    assert.equal(r.state.quota, undefined, 'the screen costs no quota');
    assert.equal(r.replies.length, 1, 'one screen, nothing else');
    const depth = r.replies[0]!;
    // Thin means no fact at all (issue 24): 「社区明确1名统战联络员」 is short but has its figure.
    assert.match(depth.text, /^这部分内容较少，补一两句会更充实/);
    assert.match(depth.text, /第9部分 共驻共建与资源共享（没有具体数字、日期或名称）/);
    assert.doesNotMatch(depth.text, /理论学习|组织领导/);
    const labels = depth.actions?.flat().map((a) => a.label);
    assert.deepEqual(labels, ['补充第9部分', '直接生成']);
    // The button opens that part.
    const edit = depth.actions!.flat()[0]!.event;
    const opened = step(r.state, edit, ctx);
    assert.match(opened.replies.at(-1)!.text, /第9\/11部分 · 共驻共建与资源共享/);
    // [直接生成]: one tap and the draft is made, with no question in between.
    const go = depth.actions!.flat().find((a) => a.label === '直接生成')!.event;
    const drafted = step(r.state, go, ctx);
    assert.deepEqual(
      drafted.effects.map((e) => e.type),
      ['compose'],
    );
    assert.equal(drafted.state.quota?.count, 1);
    // Later requests ([重新生成], /draft after adding a line elsewhere) never show it again.
    const again = step(opened.state, { type: 'draft' }, ctx);
    assert.doesNotMatch(again.replies.map((x) => x.text).join('\n'), /部分内容较少/);
  });
});
