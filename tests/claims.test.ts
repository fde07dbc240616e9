import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDraft } from '../src/check/checker.js';
import { claimsOf } from '../src/check/trace.js';
import { claimWords, sharesWord } from '../src/facts/clauses.js';
import { extractFacts } from '../src/facts/extract.js';
import { sameMeasure } from '../src/facts/measures.js';
import { extractNames, mentionsName } from '../src/facts/names.js';
import { extractPeriods } from '../src/facts/periods.js';
import { sampleMaterial } from './support/compose-material.js';

/** The pieces per-claim tracing is made of: decimals, times without digits, names, claims. */

describe('Chinese decimals', () => {
  test('十八点六万元 is one number, 186000 yuan', () => {
    const numbers = extractFacts('捐款十八点六万元，三点五万人次，一点〇五亿元').filter(
      (f) => f.kind === 'number',
    );
    assert.deepEqual(
      numbers.map((f) => [f.text, f.value, f.measure]),
      [
        ['十八点六万元', 186000, '元'],
        ['三点五万人次', 35000, '人次'],
        ['一点〇五亿元', 105000000, '元'],
      ],
    );
  });

  test('一点一滴 and 重点 are not numbers', () => {
    assert.deepEqual(extractFacts('一点一滴抓落实，突出重点'), []);
  });
});

describe('times without digits', () => {
  test('festivals, parts of the year and of the month, with their canonical form', () => {
    assert.deepEqual(
      extractPeriods('春节期间走访，年初部署，7月上旬召开，年末总结，下半年计划').map((p) => [
        p.text,
        p.key,
      ]),
      [
        ['春节期间', '春节'],
        ['年初', '年初'],
        ['上旬', '上旬'],
        ['年末', '年底'],
        ['下半年', '下半年'],
      ],
    );
  });

  test('全年中 and 政治清明 are no times', () => {
    assert.deepEqual(extractPeriods('全年中各项工作，政治清明'), []);
  });
});

describe('names', () => {
  const names = (text: string) => extractNames(text).map((n) => [n.kind, n.text]);

  test('organisations end at the word before them', () => {
    assert.deepEqual(names('在区委的正确领导下，会同县民宗局，春节期间镇党委研究'), [
      ['org', '区委'],
      ['org', '县民宗局'],
      ['org', '镇党委'],
    ]);
    assert.deepEqual(names('在县委统战部的精心指导下'), [['org', '县委统战部']]);
  });

  test('a body begins after a verb of visiting or a collective level, and 党组 runs on into 党组织', () => {
    const orgs = (text: string) => names(text).filter(([k]) => k === 'org');
    assert.deepEqual(orgs('镇班子成员走访粮油加工站等民营企业6家'), [['org', '粮油加工站']]);
    assert.deepEqual(orgs('镇领导调研县农机推广站'), [['org', '县农机推广站']]);
    assert.deepEqual(orgs('力争实现乡镇文化站专职人员全覆盖'), []);
    assert.deepEqual(orgs('担任村党组织书记'), []);
    assert.deepEqual(orgs('县委党组书记'), [['org', '县委党组']]);
  });

  test('people next to a title; posts and adverbs are not people', () => {
    assert.deepEqual(names('党工委书记王建国带队，张志强同志参加，王书记讲话'), [
      ['org', '党工委'],
      ['person', '王建国'],
      ['person', '张志强'],
      ['person', '王书记'],
    ]);
    assert.deepEqual(names('书记高度重视，由镇党委书记任组长，担任主任'), [['org', '镇党委']]);
    assert.deepEqual(names('向先进同志学习'), []);
  });

  test('a person given a post after what they are (由网约车司机张伟担任), not the occupation alone', () => {
    const people = (text: string) =>
      extractNames(text)
        .filter((n) => n.kind === 'person')
        .map((n) => n.text);
    assert.deepEqual(people('小组组长由网约车司机张伟担任'), ['张伟']);
    assert.deepEqual(people('由退休教师李芳牵头'), ['李芳']);
    assert.deepEqual(people('由王建国担任'), ['王建国']);
    for (const none of ['由党员干部担任', '由社区工作者中的骨干担任', '由各村党支部书记担任']) {
      assert.deepEqual(people(none), [], none);
    }
  });

  test('named events carry their proper part; generic ones do not count as named', () => {
    const events = extractNames('举办专场招聘会，召开第二届同心联谊会，开展走访慰问活动').filter(
      (n) => n.kind === 'event',
    );
    assert.deepEqual(
      events.map((e) => [e.text, e.core]),
      [
        ['专场招聘会', '专场'],
        ['第二届同心联谊会', '同心'],
      ],
    );
  });

  test('a committee is not named by its department', () => {
    assert.equal(mentionsName('县委统战部副部长李明出席', '县委'), false);
    assert.equal(mentionsName('在县委的领导下，县委统战部指导', '县委'), true);
    assert.equal(mentionsName('镇党委书记主持', '镇党委'), true);
  });

  test('names inside 《》 or quotes are part of them', () => {
    assert.deepEqual(names('学习《县委统战部工作规则》，提出“区委统战部”'), []);
  });
});

describe('claims', () => {
  test('a clause shares a content word with its source, not with another claim', () => {
    const draft = '开展视察调研活动3次';
    const source1 = '组织专题学习3次';
    const source2 = '开展视察调研3次';
    const at = (t: string) => ({ start: t.indexOf('3次'), end: t.indexOf('3次') + 2 });
    const w = claimWords(draft, at(draft));
    assert.equal(sharesWord(w, claimWords(source1, at(source1))), false);
    assert.equal(sharesWord(w, claimWords(source2, at(source2))), true);
  });

  test('measure words: people with people, never money with a bare number', () => {
    assert.equal(sameMeasure('名', '人'), true);
    assert.equal(sameMeasure('次', '场'), true);
    assert.equal(sameMeasure('次', '人'), false);
    assert.equal(sameMeasure('人次', '人'), false);
    assert.equal(sameMeasure('', '名'), true);
    assert.equal(sameMeasure('', '元'), false);
  });
});

describe('claims of a text', () => {
  test('time words inside 《》, quotes and 【待补】 belong to them', () => {
    const kinds = claimsOf(
      '制定《春节慰问方案》，提出“中秋同心”，【待补：下半年重点活动】，年底完成',
    ).map((c) => [c.kind, c.text]);
    assert.deepEqual(kinds, [
      ['title', '《春节慰问方案》'],
      ['quote', '“中秋同心”'],
      ['period', '年底'],
    ]);
  });
});

describe('numbers across both forms, every value', () => {
  const digits = '零一二三四五六七八九';
  /** 1–9999 as written in Chinese: 十二, 一百零五, 一千二百. */
  function chinese(n: number): string {
    if (n < 10) return digits[n]!;
    if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
    const units: [number, string][] = [
      [1000, '千'],
      [100, '百'],
      [10, '十'],
    ];
    let out = '';
    let rest = n;
    let zero = false;
    for (const [u, name] of units) {
      const d = Math.floor(rest / u);
      rest %= u;
      if (d > 0) {
        if (zero) out += '零';
        out += digits[d] + name;
        zero = false;
      } else if (out !== '') zero = true;
    }
    if (rest > 0) out += (zero ? '零' : '') + digits[rest];
    return out;
  }

  test('the Chinese form traces the Arabic one, and a neighbour is flagged', () => {
    const misses: string[] = [];
    for (const n of [
      2, 3, 9, 10, 11, 12, 20, 23, 99, 100, 101, 105, 110, 230, 999, 1000, 1200, 2026, 3005,
    ]) {
      for (const m of ['次', '名', '场', '家', '篇']) {
        const material = sampleMaterial({
          answers: { organization: [`组织党外人士座谈${n}${m}。`], study: [], nextSteps: [] },
        });
        const draft = (k: string) =>
          `${material.title}\n总述。\n一、压实主体责任，织密工作网络\n组织党外人士座谈${k}${m}。`;
        const same = checkDraft(draft(chinese(n)), material);
        if (same.untraced.length + same.omitted.length > 0)
          misses.push(`${chinese(n)}${m} flagged`);
        const other = checkDraft(draft(chinese(n + 1)), material);
        if (!other.untraced.some((u) => u.text === `${chinese(n + 1)}${m}`)) {
          misses.push(`${chinese(n + 1)}${m} not flagged`);
        }
      }
    }
    assert.deepEqual(misses, []);
  });
});

describe('counts that only count what their sentence lists (issue 22)', () => {
  const count = (text: string, t: string) =>
    claimsOf(text).find((c) => c.kind === 'number' && c.text === t);

  test('a count of exactly as many items listed with it carries the items', () => {
    assert.deepEqual(count('紧扣示范乡创建和宗教场所管理两项重点', '两项')?.items, [
      '紧扣示范乡创建',
      '宗教场所管理',
    ]);
    assert.deepEqual(count('其中1人是省政协委员（九三学社的孙丽娟研究员）', '1人')?.items, [
      '九三学社的孙丽娟研究员',
    ]);
    // Three said over two items is no count of that list.
    assert.equal(count('紧扣示范乡创建和宗教场所管理三项重点', '三项')?.items, undefined);
  });

  test('ones that split a total of as many are its breakdown; other ones are facts', () => {
    const split = claimsOf('举办培训班2期，1期在浙江大学举办、1期在县内举办');
    assert.deepEqual(
      split.filter((c) => c.kind === 'number' && c.value === 1).map((c) => c.derived),
      [true, true],
    );
    const notSplit = claimsOf('举办培训班3期，1期在浙江大学举办、1期在县内举办');
    assert.deepEqual(
      notSplit.filter((c) => c.kind === 'number' && c.value === 1).map((c) => c.derived),
      [undefined, undefined],
    );
  });

  test('…工程 names a programme only with a mark of a name; works are no event', () => {
    const events = (t: string) =>
      extractNames(t)
        .filter((n) => n.kind === 'event')
        .map((n) => n.text);
    assert.deepEqual(events('提升水利工程的防洪能力，消除工程安全隐患'), []);
    assert.deepEqual(events('推进百村示范工程'), ['百村示范工程']);
  });
});
