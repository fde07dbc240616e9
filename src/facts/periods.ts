import { cnOrArabic } from './numerals.js';
import { alternation, loadWords } from './words.js';

/**
 * Times written without digits (春节期间, 年初, 上旬, 下半年): a draft may place an activity in
 * one only where the answers do. Each written form has a canonical one (年末 = 年底, 春节期间 =
 * 春节), kept in words/periods.txt.
 */

export interface PeriodFact {
  kind: 'period';
  text: string;
  index: number;
  /** The canonical form, for comparison. */
  key: string;
  /**
   * A part of a month counted from the day it was said (上个月底): the request asks the model to
   * write 近期 for it, so in the answers it is no fact the draft must keep, while a draft's own
   * 上月底 still needs the answers to say it.
   */
  relative?: true;
  /**
   * A time of another year than the summary's (明年上半年, 去年年底): the months of this year the
   * answers give (3月底) say nothing of it.
   */
  otherYear?: OtherYear;
}

/** Which other year: 明年 (next), 去年 (last), 前年 (the one before). */
export type OtherYear = 'next' | 'last' | 'before';

const CANONICAL = new Map<string, string>();
for (const line of loadWords('periods')) {
  const [word = '', key] = line.split('=');
  if (word !== '') CANONICAL.set(word, key || word);
}

const MONTHS = new Map<string, readonly number[]>();
for (const line of loadWords('period-months')) {
  const [key = '', ...months] = line.split(/\s+/);
  MONTHS.set(key, months.map(Number));
}

/** The months a coarse time of the year spans (年初 → 1–3), by its canonical key. */
export const periodMonths = (key: string): readonly number[] | undefined => MONTHS.get(key);

const PERIOD_RE = new RegExp(alternation(CANONICAL.keys()), 'g');

/** 上一年初, 今年年初, 每年年底 are the same times; 年初 inside 2026年初 too. */
/** A festival's name, then 是/就是/即 and what it is (当地瑶族的), right before a time word. */
const FESTIVAL_IS_RE = /节[\s，,]*(?:就是|也就是|即|是)[\u4e00-\u9fff]{0,8}$/;

/** 上个月, 上月, 这个月, 本月, 下个月: a month counted from today (基本月底 is no 本月). */
const RELATIVE_MONTH_RE = /(?:上个?|这个?|(?<![\u4e00-\u9fff])本|下个?)月$/;
/** 明年, 来年, 次年, 下一年 / 去年, 上一年 / 前年 right before a time (the 的 between too). */
const OTHER_YEARS: ReadonlyArray<[RegExp, OtherYear]> = [
  [/(?:明年|来年|次年|下一?年)的?$/, 'next'],
  [/(?:去年|上一?年)的?$/, 'last'],
  [/前年的?$/, 'before'],
];

/** Which other year the time at `at` is of, by the word right before it (none: the summary's). */
export function otherYearBefore(text: string, at: number): OtherYear | undefined {
  const before = text.slice(Math.max(0, at - 4), at);
  return OTHER_YEARS.find(([re]) => re.test(before))?.[1];
}
/** The parts of a month, by their canonical keys. */
const MONTH_PARTS = new Set(['月初', '月中', '月底', '上旬', '中旬', '下旬']);

export function extractPeriods(text: string): PeriodFact[] {
  const out: PeriodFact[] = [];
  for (const m of text.matchAll(PERIOD_RE)) {
    const key = CANONICAL.get(m[0]) ?? m[0];
    // 中秋 in 中秋联谊会 is still the time of the event; 年中 after a word's character (全年中,
    // 青年中, 老年中, 三年中) is that word and 中, not a time; after a year (2026年中), a
    // preposition, a verb or 今年 it is one.
    if (
      key === '年中' &&
      // (…a word ending in 年: 全年, 青年, 多年, 三年; after a verb, 争取年中前, it is a time.)
      /[全青老少中多每近往历常终长周学成幼晚早童〇零一二两三四五六七八九十百千万\d]$/.test(
        text.slice(0, m.index),
      ) &&
      !/(?:\d{4}|[〇零一二三四五六七八九]{4})$/.test(text.slice(0, m.index)) &&
      // …and after a preposition or 今年 (于年中, 截至年中, 今年年中) it is a time again.
      !/(?:[于在到至从]|截至|[今去明当]年)$/.test(text.slice(0, m.index))
    )
      continue;
    // 今年中心窗口, 去年中队, 今年中考, 2026年中考: the 年 is 今年's (or the year's), the 中
    // begins the next word (not 年中考核, 年中专项, 年中专门, 年中招商: mid-year).
    if (
      key === '年中' &&
      /(?:[今去明当本]|\d{4}|[〇零一二三四五六七八九]{4})$/.test(text.slice(0, m.index)) &&
      /^(?:[心队学国层小医央间部级共华药标青老]|考(?![核评察])|专(?![项题门])|招(?![商聘引]))/.test(
        text.slice(m.index + 2),
      )
    )
      continue;
    // 彝族年轻人, 苗年纪大的: a people's new year before 轻, 纪, 龄, 级 begins the next word (年轻,
    // 年纪), no festival (上半年纪律教育月 keeps its 上半年).
    if (/族年$|^[苗瑶羌侗]年$/.test(m[0]) && /^[轻纪龄级]/.test(text.slice(m.index + m[0].length)))
      continue;
    // 过年过节 is on holidays, no festival in particular (the draft's 逢年过节).
    if (m[0] === '过年' && text.startsWith('过节', m.index + 2)) continue;
    // 通过年审, 超过年度目标: 过 ends another word, and 年 begins the next.
    if (m[0] === '过年' && /[通经超越跨路错]/.test(text[m.index - 1] ?? '')) continue;
    // 从年头到年尾 is all year round, no time at its end.
    if (m[0] === '年尾' && /年头[到至]$/.test(text.slice(0, m.index))) continue;
    // 其中秋季检查, 集中秋收: the 中 ends another word (其中, 集中), and 秋 begins the season.
    if (
      key === '中秋' &&
      /[其集空高初]$/.test(text.slice(0, m.index)) &&
      text[m.index + 2] !== '节'
    )
      continue;
    // 政治清明 is a state of affairs, not the festival.
    if (key === '清明' && /[治]$/.test(text.slice(0, m.index))) continue;
    // A solar term read across words: 建立秋冬季 (建立), 入冬至今 (至今), 秋分红 (分红).
    if (/^立[春夏秋冬]$/.test(key) && /[建设确成树创订自独对孤]$/.test(text.slice(0, m.index)))
      continue;
    if (/^[冬夏]至$/.test(key) && text.startsWith('今', m.index + 2)) continue;
    if (/^[春秋]分$/.test(key) && /^[红钱数值配]/.test(text.slice(m.index + 2))) continue;
    // 青禾节 就是当地瑶族过年: a festival said to be another's new year — what it is, no time
    // (but 瓦尔俄足节是六月中旬办的 says when it was: a part of a month is a time).
    if (
      !MONTH_PARTS.has(key) &&
      FESTIVAL_IS_RE.test(text.slice(Math.max(0, m.index - 16), m.index))
    )
      continue;
    // 月中 in 五月中 is a time; in 岁月中 or 日月中 it is not.
    if (key === '月中' && !/[\d一二三四五六七八九十]$/.test(text.slice(0, m.index))) continue;
    // 正月初八, 农历三月初三: the 月初 of a lunar day said as 初八 is that day's.
    if (
      key === '月初' &&
      (/[正腊冬]$/.test(text.slice(0, m.index)) ||
        /农历.{1,3}$/.test(text.slice(Math.max(0, m.index - 6), m.index))) &&
      /^[一二三四五六七八九十]/.test(text.slice(m.index + 2))
    )
      continue;
    // 明年初步确定, 本月初心: 初 begins the next word (初步, 初心, 初衷), no start of a time — but
    // 年初步道, 年初步行街, 6月初步入主汛期, 5月初心理讲座 are a time and the next word.
    if (
      (key === '年初' || key === '月初') &&
      text[m.index + m[0].length - 1] === '初' &&
      /^(?:步(?![行道入])|心(?![理愿态情])|衷)/.test(text.slice(m.index + m[0].length))
    )
      continue;
    // 大年初五 is a lunar day (正月初五), not the start of the year.
    if (
      key === '年初' &&
      text[m.index - 1] === '大' &&
      /^[一二三四五六七八九十]/.test(text.slice(m.index + 2))
    )
      continue;
    // 8月中国医师节, 9月中心组学习: the 中 begins the next word (中国, 中心组, 中学 …).
    if (key === '月中' && /^[国华央共心学医专小青老]/.test(text.slice(m.index + 2))) continue;
    // 入学头一个月, 上任头两个月: the first months after what the words before it say, no time of
    // the year (今年头两个月, 今年的头两个月, 今年开头两个月, 一开始头两个月, or with nothing
    // before: those are 年初). Its key is its own (首一月): the draft's 第一个月 is that time,
    // its 年初 is not.
    const prev = text[m.index - 1] ?? '';
    const afterEvent =
      m[0].startsWith('头') && /[\u4e00-\u9fff]/.test(prev) && !'年的开始'.includes(prev);
    // 上个月底, 这个月中旬, 下月初: a part of a month counted from the day the user typed it.
    const before =
      text.slice(Math.max(0, m.index - 3), m.index) + (m[0].startsWith('月') ? '月' : '');
    const relative = MONTH_PARTS.has(key) && RELATIVE_MONTH_RE.test(before);
    const otherYear = otherYearBefore(text, m.index);
    out.push({
      kind: 'period',
      text: m[0],
      index: m.index,
      key: afterEvent ? `首${m[0][1]}月` : key,
      ...(relative && { relative }),
      ...(otherYear && { otherYear }),
    });
  }
  return out;
}

/** 3点建议, 三点意见: points of a list, not a time (a 公文's favourite count). */
const POINTS =
  '建议|意见|要求|举措|做法|措施|经验|体会|共识|思考|内容|方面|问题|看法|打算|启示|成效|不足|工作';
/** What after 17点20 makes it a decimal and a count, not a time (17点20个). */
const MEASURE_AFTER = '[个名人户家次项场批期位件元天届%％]';
/**
 * A time of day: 下午3点, 晚9点, 15时, 8:30, 早8点半. Written on the 24-hour clock in its key
 * (下午3点 = 15时 = 15:00), so either form traces the other.
 */
const PARTS_OF_DAY = '早上|上午|中午|下午|晚上|傍晚|凌晨|早|晚';
export const CLOCK_RE = new RegExp(
  String.raw`(${PARTS_OF_DAY})?(\d{1,2}|[一二两三四五六七八九十]{1,3})(?:[点时](?:(半)|(\d{1,2})分|(\d{2})(?![\d.分]|${MEASURE_AFTER})|(?![〇零一二三四五六七八九\d](?![趟班次辆批轮场])|${POINTS}))|:(\d{2}))`,
  'g',
);
const PM = new Set(['下午', '晚上', '傍晚', '晚']);
const EVENING = '晚上|晚间|夜里|夜间|傍晚';
const LOOSE_EVENING_RE = new RegExp(`(?:${EVENING})[\\s，,从在到于是]{1,3}$`);
/** 每周二晚上阅览室开到8点: the evening said earlier in the clause, the hour an end (到, 至). */
const EVENING_UNTIL_RE = new RegExp(`(?:${EVENING}|晚)[^。！？；;，,\\n\\d]{0,12}[到至]$`);

/** Whether text[from, to) holds no end of a sentence. */
const oneSentence = (text: string, from: number, to: number) =>
  !/[。！？；\n]/.test(text.slice(from, to));

/** A part of the day said with a time (下午5点半): the time is on one half of the clock. */
const PART_OF_DAY_RE = new RegExp(`^(?:${PARTS_OF_DAY})`);
/** The last bare hour a phone may mean in the afternoon (五点半, 6点): 8点 is the morning's. */
const AFTERNOON_LAST = 6;

/**
 * Whether the draft's time `draftKey` is the answer's time `answer` (a period fact): the same
 * key, or the answer's bare hour on the afternoon's clock (延到五点半 written 延长至下午5点半: a
 * phone leaves out the half of the day that everyone knows, a 公文 says it).
 */
export function sameTime(answer: { text: string; key?: string }, draftKey?: string): boolean {
  if (answer.key === draftKey) return true;
  const bare = /^(\d{1,2}):(\d{2})$/.exec(answer.key ?? '');
  if (!bare || draftKey === undefined || PART_OF_DAY_RE.test(answer.text)) return false;
  const h = Number(bare[1]);
  return h >= 1 && h <= AFTERNOON_LAST && draftKey === `${h + 12}:${bare[2]}`;
}

export function extractClockTimes(text: string): PeriodFact[] {
  const out: PeriodFact[] = [];
  // 晚上9点 以前是9点半: a time without its part of the day right after an evening one, in the
  // same sentence, is evening too.
  let evening = -1;
  let prev: { hour: number; index: number } | undefined;
  for (const m of text.matchAll(CLOCK_RE)) {
    const [, part, hour = '', half, spelled, bare, colon] = m;
    // 十四点几 with no part of the day before it is 14 and some tenths, no hour (凌晨两点几 is one).
    if (!part && text[m.index + m[0].length] === '几') continue;
    // 17点20 (no 分): minutes all the same.
    const minutes = spelled ?? bare;
    let h = cnOrArabic(hour);
    if (h === undefined || h > 24) continue;
    // 一点 (a little), 一时 (for a while), 三点 (three points): a Chinese numeral is an hour only
    // with its part of the day (下午三点), its minutes (三点半) or after 到/至 (开放到九点); 15时
    // and 3点 are by themselves.
    const until = /[到至从于在]$/.test(text.slice(0, m.index));
    if (!part && !half && !minutes && !colon && !until && !/^\d/.test(hour)) continue;
    const sameSentence = evening >= 0 && oneSentence(text, evening, m.index);
    // 晚上 从8点到12点: the part of the day said a word or a phone's space before the time.
    const said =
      !part &&
      (LOOSE_EVENING_RE.test(text.slice(Math.max(0, m.index - 8), m.index)) ||
        EVENING_UNTIL_RE.test(text.slice(Math.max(0, m.index - 17), m.index)));
    if (((part && PM.has(part)) || (!part && (sameSentence || said))) && h < 12) h += 12;
    if (said) evening = m.index;
    evening = part ? (PM.has(part) ? m.index : -1) : evening;
    if (part === '中午' && h < 11) h += 12;
    // 中午11点半到一点半: the end of a range before its start's hour is past noon.
    if (
      !part &&
      until &&
      prev !== undefined &&
      h < 12 &&
      h < prev.hour &&
      h + 12 >= prev.hour &&
      oneSentence(text, prev.index, m.index)
    )
      h += 12;
    const min = half ? 30 : Number(minutes ?? colon ?? 0);
    if (min > 59) continue;
    prev = { hour: h, index: m.index };
    out.push({
      kind: 'period',
      text: m[0],
      index: m.index,
      key: `${h}:${String(min).padStart(2, '0')}`,
    });
  }
  return out;
}

/**
 * A decade: 七几年, 七十年代, 70年代, 上世纪七十年代, 20世纪70年代, 1970年代 — one time, keyed
 * 70年代, so the phone's 七几年出去的 and the draft's 20世纪70年代出国 trace each other and none
 * of it reads as a count (20, 70年).
 */
const DECADE_RE =
  /(?:(?:20|二十|二〇)世纪|上个?世纪)?(?:([一二三四五六七八])([二三四五六七八九])十|19([1-9])0|(?<![\d〇零一二两三四五六七八九十])([1-9])0|([一二三四五六七八九])十)年代|(?<![\d〇零一二两三四五六七八九十百])([一二三四五六七八九])几年(?![级代])/g;
const DIGIT = '一二三四五六七八九';

export function extractDecades(text: string): PeriodFact[] {
  const out: PeriodFact[] = [];
  for (const m of text.matchAll(DECADE_RE)) {
    const [, from, to, century, arabic, tens, spoken] = m;
    // 六七十年代: two decades in a row, said as one span.
    if (from && to && DIGIT.indexOf(to) === DIGIT.indexOf(from) + 1) {
      const key = `${DIGIT.indexOf(from) + 1}0-${DIGIT.indexOf(to) + 1}0年代`;
      out.push({ kind: 'period', text: m[0], index: m.index, key });
      continue;
    }
    if (from) continue;
    const digit = century ?? arabic ?? String(DIGIT.indexOf(tens ?? spoken ?? '') + 1);
    out.push({ kind: 'period', text: m[0], index: m.index, key: `${digit}0年代` });
  }
  return out;
}

/** The canonical key of a period word, when `text` is one. */
export function periodKey(text: string): string | undefined {
  return CANONICAL.get(text);
}

/** Every written time word, longest first (names stop at them: 春节期间镇党委 is 镇党委). */
export const PERIOD_WORDS: readonly string[] = [...CANONICAL.keys()].sort(
  (a, b) => b.length - a.length,
);

/**
 * What after a weekday's numeral makes it a count (每周三次, 每周三天, 每周二三次); 每周六一次
 * is on Saturdays and 每周三晚 an evening.
 */
const TIMES = '[次个遍回趟场期轮天节]';
const NEXT_NUMERAL = '(?<=一)二|(?<=二)三|(?<=三)四|(?<=四)五|(?<=五)六';
const NOT_A_DAY = `(?!${TIMES}|(?:${NEXT_NUMERAL})${TIMES}|课时|小时)`;
/** 每周一例会, 每周一换 are once a week: 一 is Monday only before a time or another day. */
const MONDAY = '一(?=[上下早晚中午、至到和及与 二三四五六日天]|周|星期|礼拜)';
const DAY = `(?:[二三四五六日天]|${MONDAY})`;
/**
 * A day of the week said as recurring (每周六, 每个星期三, 逢礼拜天, 每周二、四): when an activity
 * happens, a fact a draft keeps or drops like a date (a phone lists days with a space: 每周二 四).
 * A bare weekday (星期六上课) is read too, `told`: in the answers a source a draft's 每周六 may rest
 * on, in a draft a day that keeps the answers' — never a claim of its own, as 周三 may be a name.
 */
const WEEKDAY_RE = new RegExp(
  `(每个?|逢)?(?:周|星期|礼拜)(${DAY})${NOT_A_DAY}((?:[、和及与 ]?(?:周|星期|礼拜)?${DAY}${NOT_A_DAY})*)`,
  'g',
);
/** One day of a list after the first (、四, 周四, 和星期四). */
const LISTED_DAY_RE = new RegExp(`(?:周|星期|礼拜)?(${DAY})`, 'g');
const LOOSE_MONDAY_RE = new RegExp(`每个?(?:周|星期|礼拜)一${NOT_A_DAY}`, 'g');
/** Whether a period's key is a day of the week's (周1 … 周7), as extractWeekdays keys them. */
export const isWeekdayKey = (key: string | undefined) => /^周\d$/.test(key ?? '');
const dayKey = (d: string) => `周${d === '日' || d === '天' ? 7 : '一二三四五六'.indexOf(d) + 1}`;

export function extractWeekdays(
  text: string,
  options: { answers?: boolean } = {},
): (PeriodFact & { told?: boolean })[] {
  const out: (PeriodFact & { told?: boolean })[] = [];
  const strict = new Set<number>();
  for (const m of text.matchAll(WEEKDAY_RE)) {
    const [whole, every, first = '', rest = ''] = m;
    strict.add(m.index);
    // A bare day (周五不留作业) keeps an answer's, and is never a claim to trace.
    const told = !every;
    const head = whole.length - rest.length;
    out.push({
      kind: 'period',
      text: whole.slice(0, head),
      index: m.index,
      key: dayKey(first),
      told,
    });
    for (const d of rest.matchAll(LISTED_DAY_RE)) {
      const at = m.index + head + d.index;
      out.push({ kind: 'period', text: d[0], index: at, key: dayKey(d[1]!), told });
    }
  }
  // The answers' 每周一还上课: read as Monday too, a source only (the draft's 每周一上课).
  if (options.answers) {
    for (const m of text.matchAll(LOOSE_MONDAY_RE)) {
      if (!strict.has(m.index))
        out.push({ kind: 'period', text: m[0], index: m.index, key: '周1', told: true });
    }
  }
  return out;
}
