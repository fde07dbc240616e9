import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasConcreteFact } from '../src/facts/concrete.js';
import { extractFacts, type Fact } from '../src/facts/extract.js';
import { parseChineseNumber } from '../src/facts/numerals.js';

const numbers = (text: string) =>
  extractFacts(text)
    .filter((f) => f.kind === 'number')
    .map((f) => [f.text, f.value]);

const only = (text: string): Fact => {
  const facts = extractFacts(text);
  assert.equal(facts.length, 1, `one fact expected in ${text}: ${JSON.stringify(facts)}`);
  return facts[0]!;
};

describe('parseChineseNumber', () => {
  test('reads the forms used in summaries', () => {
    const cases: [string, number][] = [
      ['三', 3],
      ['十二', 12],
      ['二十三', 23],
      ['四百', 400],
      ['一千二百', 1200],
      ['一千二', 1200],
      ['一百零二', 102],
      ['两万五', 25000],
      ['三万五千', 35000],
      ['十万', 100000],
      ['一亿二千万', 120000000],
      ['二〇二六', 2026],
    ];
    for (const [s, n] of cases) assert.equal(parseChineseNumber(s), n, s);
  });
});

describe('extractFacts: numbers', () => {
  test('Arabic and Chinese numerals with measure words', () => {
    assert.deepEqual(numbers('开展了3次走访，召开三次座谈会，23名代表、二十三名委员，十二个村'), [
      ['3次', 3],
      ['三次', 3],
      ['23名', 23],
      ['二十三名', 23],
      ['十二个', 12],
    ]);
  });

  test('万/亿 multipliers, thousands separators and decimals', () => {
    assert.deepEqual(numbers('3万元，1.5万人，1,200元，两亿元'), [
      ['3万元', 30000],
      ['1.5万人', 15000],
      ['1,200元', 1200],
      ['两亿元', 200000000],
    ]);
  });

  test('approximators keep their value and mark the looseness', () => {
    const cases: [string, number, Fact['approx']][] = [
      ['捐款70多万元', 700000, 'more'],
      ['捐款70余万元', 700000, 'more'],
      ['捐款七十多万元', 700000, 'more'],
      ['筹集3万余元', 30000, 'more'],
      ['四百多人达成意向', 400, 'more'],
      ['近千人次参加', 1000, 'near'],
      ['约300人', 300, 'near'],
      ['逾百人', 100, 'more'],
      ['数百名群众', 100, 'some'],
    ];
    for (const [text, value, approx] of cases) {
      const f = only(text);
      assert.equal(f.kind, 'number', text);
      assert.equal(f.value, value, text);
      assert.equal(f.approx, approx, text);
    }
    assert.equal(only('近千人次参加').text, '近千人次');
    assert.equal(only('捐款累计70多万元').text, '70多万元');
  });

  test('a lone 一 counts only before a measure word', () => {
    assert.deepEqual(numbers('召开一次会议，推荐一名代表'), [
      ['一次', 1],
      ['一名', 1],
    ]);
    assert.deepEqual(numbers('作为一个整体，一批骨干，一种机制'), []);
  });

  test('ordinals, list markers and enumerators are not facts', () => {
    const text = [
      '一、强化组织领导',
      '（一）健全机构',
      '（2）完善台账',
      '1、召开会议',
      '2. 开展学习',
      '一是统一思想；二是凝聚共识；三是形成合力。第一，要加强学习。',
      '①抓落实',
    ].join('\n');
    assert.deepEqual(extractFacts(text), []);
  });

  test('plans numbered on one line with spaces (a phone answer): the 2. 3. are markers, 2.5万元 is not', () => {
    const facts = (t: string) => extractFacts(t).map((f) => f.text);
    assert.deepEqual(facts('1.建立台账 2.开展培训2次 3.加强信息报送'), ['2次']);
    assert.deepEqual(facts('帮扶困难户 2.5万元'), ['2.5万元']);
    assert.deepEqual(facts('会员 12、理事 5人'), ['12', '5人']);
  });

  test('set phrases with 一/两 and other numerals are not facts', () => {
    const text =
      '取得一定成效，进一步加强，一些问题，一起推进，思想一致，统一部署，一体推进，深入一线，' +
      '唯一，一方面，同一，一道，一贯，万众一心，一如既往，一以贯之，一张蓝图绘到底，一体化，' +
      '一站式服务，一对一帮扶，一部分，一次性，两新组织，三会一课，十分重视，四个意识，两个维护，' +
      '党的二十大，二十届三中全会，十四五规划，千方百计，千家万户，老百姓，第一时间，第一书记，下一步';
    assert.deepEqual(extractFacts(text), []);
  });

  test('but 十分钟 and 第三届 are counts', () => {
    assert.deepEqual(numbers('讲解十分钟，举办第三届联谊会'), [
      ['十分钟', 10],
      ['第三届', 3],
    ]);
  });

  test('numbers inside a 【待补】 placeholder are ignored', () => {
    assert.deepEqual(extractFacts('共有【待补：35人还是36人】参加，时间【待补：3月5日】'), []);
  });

  test('codes such as 5G are not counts', () => {
    assert.deepEqual(extractFacts('建设5G网络'), []);
  });
});

describe('extractFacts: dates', () => {
  const dates = (text: string) =>
    extractFacts(text)
      .filter((f) => f.kind === 'date')
      .map((f) => [f.text, f.date]);

  test('full dates, month-day, month, year', () => {
    assert.deepEqual(dates('2026年3月5日，3月5日，3月份，2026年，3月5号，二〇二六年三月五日'), [
      ['2026年3月5日', { year: 2026, month: 3, day: 5 }],
      ['3月5日', { month: 3, day: 5 }],
      ['3月份', { month: 3 }],
      ['2026年', { year: 2026 }],
      ['3月5号', { month: 3, day: 5 }],
      ['二〇二六年三月五日', { year: 2026, month: 3, day: 5 }],
    ]);
  });

  test('ranges carry the month over', () => {
    assert.deepEqual(dates('4月30日-5月1日集中学习，6月16、17日，7月1日至3日'), [
      ['4月30日', { month: 4, day: 30 }],
      ['5月1日', { month: 5, day: 1 }],
      ['6月', { month: 6 }],
      ['16', { month: 6, day: 16 }],
      ['17日', { month: 6, day: 17 }],
      ['7月1日', { month: 7, day: 1 }],
      ['3日', { month: 7, day: 3 }],
    ]);
  });

  test('period words and durations are not dates', () => {
    assert.deepEqual(dates('上半年，下半年，全年，第一季度，三个月'), []);
    assert.deepEqual(numbers('上半年，第一季度，三个月'), [['三个月', 3]]);
  });

  test('the year of 2026年上半年 is a date, 上半年 is not', () => {
    assert.deepEqual(dates('2026年上半年'), [['2026年', { year: 2026 }]]);
  });
});

describe('extractFacts: titles and quotes', () => {
  test('《titles》 are facts and their numbers are part of them', () => {
    const facts = extractFacts('制定《清河镇2026年统战工作要点》');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.text, f.key]),
      [['title', '《清河镇2026年统战工作要点》', '清河镇2026年统战工作要点']],
    );
  });

  test('“…”, "…" and 「…」 are quoted phrases', () => {
    const facts = extractFacts('提出“同心 共富”，打造"红色驿站"，开展「石榴籽」行动');
    assert.deepEqual(
      facts.map((f) => [f.kind, f.key]),
      [
        ['quote', '同心共富'],
        ['quote', '红色驿站'],
        ['quote', '石榴籽'],
      ],
    );
  });

  test('with inner, numbers inside titles are read too (for the answers)', () => {
    const facts = extractFacts('《2026年工作要点》', { inner: true });
    assert.deepEqual(
      facts.map((f) => f.kind),
      ['title', 'date'],
    );
  });
});

describe('hasConcreteFact', () => {
  test('true for answers with a number, a date, a title, a quote or a named activity', () => {
    for (const text of [
      '开展了3次走访',
      '召开中秋联谊会',
      '制定《统战工作要点》',
      '3月份到企业调研',
      '提出“同心圆”工作法',
      '举办同心讲堂',
      '召开民营企业家座谈会',
    ]) {
      assert.equal(hasConcreteFact(text), true, text);
    }
  });

  test('false for generalities', () => {
    for (const text of [
      '高度重视统战工作，取得了一定成效',
      '加强了学习',
      '开展宣传活动',
      '组织走访慰问活动',
      '召开专题会议，进一步统一思想',
      '在社区开展活动',
    ]) {
      assert.equal(hasConcreteFact(text), false, text);
    }
  });
});

describe('extractFacts: set phrases', () => {
  test('quoted set phrases and the draft counting its own parts are not facts', () => {
    assert.deepEqual(
      extractFacts('增强“四个意识”、做到“两个维护”，主要从以下四个方面开展工作'),
      [],
    );
    assert.deepEqual(
      extractFacts('打造“四个品牌”').map((f) => f.kind),
      ['quote'],
    );
  });
});

describe('figures of unseen phone answers (eval/unseen d-…)', () => {
  const read = (text: string) =>
    extractFacts(text)
      .filter((f) => f.kind === 'number')
      .map((f) => [f.text, f.value, f.measure, f.approx ?? '', f.rough ?? false]);

  test('十来个 is about ten, said as a guess; 一年来 is no figure', () => {
    assert.deepEqual(read('骨干有十来个'), [['十来个', 10, '个', 'near', true]]);
    assert.deepEqual(read('进场求职的六百来人'), [['六百来人', 600, '人', 'near', true]]);
    assert.deepEqual(read('一年来'), []);
  });

  test('the first half of a range counts what the second does', () => {
    assert.deepEqual(read('每周两到三批'), [
      ['两', 2, '批', '', false],
      ['三批', 3, '批', '', false],
    ]);
    assert.deepEqual(read('2至3批'), [
      ['2', 2, '批', '', false],
      ['3批', 3, '批', '', false],
    ]);
  });

  test('一亿三千多万 is 1.3亿 and more, not 一亿三千 times 万', () => {
    assert.deepEqual(read('贷款一亿三千多万'), [['一亿三千多万', 130000000, '', 'more', false]]);
  });

  test('三成 is 30%, 七成为散户 too (为 as 是); 一成为会员 and 成立 are words', () => {
    assert.deepEqual(read('占了差不多三成'), [['差不多三成', 30, '%', 'near', false]]);
    assert.deepEqual(read('九成以上'), [['九成以上', 90, '%', 'more', false]]);
    assert.deepEqual(read('七成为散户'), [['七成', 70, '%', '', false]]);
    assert.deepEqual(read('一成为会员就'), []);
  });

  test('大概 and 差不多 loosen a figure; 百余人 is a figure, 百姓 is not', () => {
    assert.deepEqual(read('大概86万元'), [['大概86万元', 860000, '元', 'near', false]]);
    assert.deepEqual(read('百余人参加'), [['百余人', 100, '人', 'more', false]]);
    assert.deepEqual(read('百姓'), []);
  });
});

describe('the second half of a date range (issue 22)', () => {
  test('a day after a range word takes the month of the first half, however it is written', () => {
    const dates = (text: string) =>
      extractFacts(text)
        .filter((f) => f.kind === 'date')
        .map((f) => [f.text, f.date?.month, f.date?.day]);
    assert.deepEqual(dates('7月8号到10号那次强降雨最大'), [
      ['7月8号', 7, 8],
      ['10号', 7, 10],
    ]);
    // A day alone with 号 and no range before it is still no date (3号楼, 10号 of a list).
    assert.deepEqual(dates('7月8号 住在10号楼'), [['7月8号', 7, 8]]);
  });
});
