import { type Material, materialSources } from '../compose/material.js';
import {
  claimWords,
  clauseAt,
  clauseBeforeWords,
  contentWords,
  countedNoun,
  type Span,
  sentenceAt,
  sentenceWords,
  sharedCount,
  sharesChar,
  sharesWord,
} from '../facts/clauses.js';
import { countriesIn, extractCountries } from '../facts/countries.js';
import { extractEthnicGroups } from '../facts/ethnic.js';
import {
  type Approx,
  type DateParts,
  extractFacts,
  HOLIDAY_DATES,
  RELATIVE_YEARS,
} from '../facts/extract.js';
import { extractFieldLists } from '../facts/fields.js';
import { sameAmount, sameMeasure } from '../facts/measures.js';
import {
  CALLINGS,
  cutsNameAlone,
  extractNames,
  FIRM_WHOLE_RE,
  FIRM_WORKS_WHOLE_RE,
  type NameKind,
  ORG_ALIASES,
  otherTradeNext,
} from '../facts/names.js';
import { cnOrArabic } from '../facts/numerals.js';
import {
  extractClockTimes,
  extractDecades,
  extractPeriods,
  extractWeekdays,
  isWeekdayKey,
  type OtherYear,
  otherYearBefore,
  periodMonths,
  sameTime,
} from '../facts/periods.js';
import { PLACEHOLDER_RE } from '../facts/placeholder.js';
import {
  alternation,
  COMPOUND_SURNAMES,
  charsApart,
  escapeRe,
  inOrder,
  loadWords,
  occurrences,
} from '../facts/words.js';
import { clipGraphemes } from '../text/cut.js';
import { compareKey } from './keys.js';
import {
  eventIn,
  eventTraced,
  organisationTraced,
  personTraced,
  quoteMostlySaid,
  titleTraced,
} from './trace-names.js';

export { compareKey };

/**
 * Per-claim tracing: every fact of a draft (number, date, time word, 《title》, quote,
 * organisation, person, event) is looked for in the material, and every fact of the answers is
 * looked for in the draft. A number or date is traced only to an answer sentence that shares a
 * content word with the draft's clause and counts the same thing (3次 of 专题学习 does not trace
 * 视察调研3次). The title, the 基本信息, the period, the headings and the template's fixed
 * wording vouch for their facts anywhere in the draft. Pure.
 */

export type ClaimKind =
  | 'number'
  | 'date'
  | 'period'
  | 'title'
  | 'quote'
  | 'ethnic'
  | 'country'
  | NameKind;

export interface Claim {
  kind: ClaimKind;
  text: string;
  index: number;
  value?: number;
  approx?: Approx;
  measure?: string;
  date?: DateParts;
  /** title/quote: the comparison key; period: the canonical time word. */
  key?: string;
  /** period: of another year than the summary's (明年上半年: next). */
  otherYear?: OtherYear;
  /** event: its ending and proper part. */
  suffix?: string;
  core?: string;
  /** person: the title next to the name. */
  title?: string;
  /** person: named only by a surname and a calling (陈医生), as a phone mentions someone. */
  calling?: boolean;
  /** org: a body named by its field in a list under 部门 (应急 of 应急、消防等部门). */
  field?: boolean;
  /**
   * org, in a draft: the name read on from its level, past a character that may end a name on
   * the left but stands inside this one (县行业自律工作委员会, read as 律工作委员会); event, in
   * a draft: the name with the character before it (本主节活动, read as 主节活动).
   */
  wider?: string;
  /** org: a place by its proper name (白沙村): kept, like a person, as the user named it. */
  place?: boolean;
  /** The content words of its claim (numbers, dates and periods). */
  words?: Set<string>;
  /** The two-character words of its sentence: the looser tie (SENTENCE_TIE words shared). */
  sentenceWords?: () => Set<string>;
  /**
   * number: the noun it counts (countedNoun: 9处活动点 → 活动), the text around it (six
   * characters each side) and the character before it, read when asked.
   */
  noun?: () => { noun: string; around: string; before: string };
  /** number: the rate a 一次 belongs to (每季度 of 每季度更新一次). */
  per?: string;
  /** period: opens its answer and frames all of it (下半年 把… 给… 再…). */
  frame?: boolean;
  /** number: corrected at once by the next one (八千万 哦 八千五百万): no source, no fact. */
  withdrawn?: boolean;
  /** number: said as a guess (十来个): vouches for a draft's 十余个, 约10个 or 十几个. */
  rough?: boolean;
  /** number: a single one told as a story (搞了一场座谈会): 召开座谈会 has not dropped it. */
  told?: boolean;
  /**
   * number: the total a distributive count gives (3月12日、6月18日各一次 → 2): a draft may say
   * 2次 for it, and keeps it by saying either.
   */
  total?: number;
  /** The code a figure is written in (PM2.5), which the draft keeps by writing it. */
  code?: string;
  /** A claim derived from another (the total above), never a fact the draft must repeat. */
  derived?: boolean;
  /** period: the date a part of a month (中旬, 底) was said with (四月 of 四月中旬). */
  ofDate?: Claim;
  /** number: the low end of a range said with neighbouring numerals (一百四五十: 140, value 150). */
  low?: number;
  /** number, in the answers: no other answer number has its value and kind of measure. */
  unique?: boolean;
  /** number: no other number of its own text has its value and kind of measure. */
  sole?: boolean;
  /** number: N个 on a line about people (护林员… 4个是退伍回来的): a count of people. */
  ofPeople?: boolean;
  /**
   * number: the items of a list of exactly this many standing with it (A和B两项重点, 1人（孙丽娟）):
   * the count only says how many were listed, so the list is the fact.
   */
  items?: string[];
}

/** Every measure word (words/measure-words.txt), longest first, as a regex alternation. */
const MEASURE_ALT = alternation(loadWords('measure-words'));

/**
 * One said in passing (an article, 了个 or 搞了场 with no numeral at all, 一节 or 一份 whose
 * measure alone makes no count of 一, a time said as 集训一周 or 驻点一个月, 查处了一起违规经营 —
 * 一起 is as often 'together', 只有一块 after a verb of having); never a fact to repeat, but it
 * vouches for a draft's 1节, 1起 or 1块 (不到一吨 for 不足1吨 too).
 */
const IMPLIED_ONE_RE = new RegExp(
  `(?<=[了有])个|(?<=[\\u4e00-\\u9fff])一起(?=[\\u4e00-\\u9fff]{2})|(?<=了)(?:场|次|期|回|届)(?=[\\u4e00-\\u9fff])|(?<=[\\u4e00-\\u9fff])(?<![第每这那有同统唯万之])一(?:天|周|年|个月|季度)|(?<=[了有]|不到|不足|将?近|大?约|超过|差不多)一(?:${MEASURE_ALT})|一个人|一[个遍回趟节份本条间部首张批组]|(?<=[上讲]了)一课`,
  'g',
);

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** What may stand between two times of a list, or after one (春节前 中秋前, 清明前后). */
const TIME_JOIN_RE = /^[\s、和与及,，]*$/;
/** What may follow a time in a list: 前后…, and a part of its month (8月下旬, 5月底). */
const TIME_TAIL_RE = /^(?:前后|前夕|前|后|期间|时|上旬|中旬|下旬|初|底|末)/;

/**
 * The times written right before `end`, one after another (2月27日 5月8日, 上半年下半年,
 * 春节前、中秋前): how many occasions a 各N that follows them is spread over.
 */
function timesBefore(end: number, times: Claim[], text: string): number {
  let at = end;
  let count = 0;
  for (const t of [...times].reverse()) {
    // 下旬 of 8月下旬 is no occasion of its own: it is its date's tail (read as a claim of its
    // own or not: 7月上旬).
    const tail =
      t.kind === 'period' &&
      /^(?:上旬|中旬|下旬|月初|月中|月底|月末)$/.test(t.text) &&
      times.some((o) => o.kind === 'date' && o.index + o.text.length === t.index);
    if (t.index >= at || t.ofDate || tail) continue;
    let tEnd = t.index + t.text.length;
    tEnd += TIME_TAIL_RE.exec(text.slice(tEnd, at))?.[0].length ?? 0;
    if (!TIME_JOIN_RE.test(text.slice(tEnd, at))) break;
    count++;
    at = t.index;
  }
  return count;
}

/**
 * Where the 各 of a count stands: right before it (各一次), or before the verb it is counted
 * with (元宵前和端午前各探望一回), no mark or space between.
 */
function eachAt(text: string, c: Claim): number | undefined {
  // (各配备统战联络员1名: the verb and its noun may stand between.)
  const m = /各[\u4e00-\u9fff]{0,8}$/.exec(text.slice(Math.max(0, c.index - 9), c.index));
  return m ? c.index - m[0].length : undefined;
}

/** A season said as a time (春季, 秋天), alone or run together (春季秋季). */
const SEASON_RE = /^[春夏秋冬][季天]$/;
const SEASONS_RUN_RE = /(?:^|[^\u4e00-\u9fff])(?:[春夏秋冬][季天]){2,4}$/;
const SEASON_G_RE = /[春夏秋冬][季天]/g;
/** An item of a list spaced on a phone: two to four 汉字, no figure. */
const SHORT_ITEM_RE = /^[\u4e00-\u9fff]{2,4}$/;
/** The levels places end in, alike in a list of places. */
const PLACE_ENDS = '村乡镇街区社组';

/**
 * The total of 各N over a list: the times right before 各 (each date or time word one occasion),
 * or else the items before 各 in its clause, split at 、和与及 (or a phone's spaces), times N;
 * `overTimes` when it was the times. Undefined without 各 or with fewer than two items.
 */
function distributiveTotal(
  text: string,
  c: Claim,
  times: Claim[],
): { total: number; overTimes: boolean; summed?: boolean; list?: Span } | undefined {
  const ge = eachAt(text, c);
  if (c.value === undefined || ge === undefined) return undefined;
  const occasions = timesBefore(ge, times, text);
  if (occasions >= 2) return { total: occasions * c.value, overTimes: true };
  const clauseStart = Math.max(
    ...['，', '。', '；', '：', '\n', ',', ';'].map((p) => text.lastIndexOf(p, ge - 1)),
  );
  const before = text.slice(clauseStart + 1, ge).trim();
  let items = before.split(/[、和与及]/).filter((i) => i.trim() !== '');
  // 汛前 汛中 汛后各一次: a phone's spaces list short items too; only the run of them just
  // before 各 is the list, not the words the line began with.
  if (items.length < 2) {
    const spaced = before.split(/\s+/);
    let run = 0;
    while (run < spaced.length && SHORT_ITEM_RE.test(spaced[spaced.length - 1 - run]!)) run++;
    items = spaced.slice(spaced.length - run);
    // 今年 柳岸村 杏花村各办2期: places that end alike (村) are the list, a time word before them
    // is not; and 今年在柳岸村 杏花村: the first place glued to its lead-in after 在 is one.
    // (Places end alike whatever their level: 青石镇 龙潭乡 城关镇.)
    const ending = items.at(-1)?.slice(-1) ?? '';
    const endsAlike = (item: string) =>
      item.endsWith(ending) || (PLACE_ENDS.includes(ending) && PLACE_ENDS.includes(item.slice(-1)));
    let alike = 0;
    while (alike < items.length && endsAlike(items[items.length - 1 - alike]!)) alike++;
    if (alike >= 2 && PLACE_ENDS.includes(ending)) {
      items = items.slice(items.length - alike);
      const glued = spaced[spaced.length - 1 - alike];
      const tail =
        glued && endsAlike(glued) ? /[在到于去赴]([\u4e00-\u9fff]{2,4})$/.exec(glued) : null;
      if (tail) items.unshift(tail[1]!);
    }
  }
  // (春季秋季各一次, 春季、秋季各一次: seasons are times too, each one occasion.)
  const seasons = before.match(SEASON_G_RE)?.length ?? 0;
  if (seasons >= 2 && (items.every((i) => SEASON_RE.test(i.trim())) || SEASONS_RUN_RE.test(before)))
    return { total: seasons * c.value, overTimes: true };
  if (items.length < 2) return undefined;
  // 11个村和2个社区各1名: items that carry their own counts hold that many each.
  const counts = items.map((i) => {
    const n = /^[^\d一二两三四五六七八九十]*([\d一二两三四五六七八九十]+)个/.exec(i)?.[1];
    return n === undefined ? undefined : cnOrArabic(n);
  });
  const summed = counts.every((n) => n !== undefined);
  const units = summed ? counts.reduce((a, n) => a! + n!, 0)! : items.length;
  return {
    total: units * c.value,
    overTimes: false,
    summed,
    list: { start: clauseStart + 1, end: ge },
  };
}

/**
 * A 一 that is no count of its own: a rate (一户五百, 一家一个: per household) or an article
 * (九三支社的一篇建议: a proposal). It still vouches for a draft's 1篇; the draft need not say it.
 */
function notACount(text: string, c: Claim): boolean {
  const next = text[c.index + c.text.length] ?? '';
  return (
    /[\d一二两三四五六七八九十百千]/.test(next) ||
    text[c.index - 1] === '的' ||
    PER_UNIT_RE.test(text.slice(c.index + c.text.length, c.index + c.text.length + 10))
  );
}

/**
 * 搞了场助农直播 一场卖了12万: a 一 opening a clause, after the clause before introduced one of the
 * same measure (了场, 了一场), is that occasion again, not a count of its own; 其中一家 after 引进了
 * 2家 is one of those.
 */
function theOneSaid(text: string, c: Claim): boolean {
  // (…or picked out of them by 其中: 引进了2家企业 其中一家做牛肉干的 — one of those two.)
  const lead = /(?<=^|[\s，,])其中$/.exec(text.slice(Math.max(0, c.index - 3), c.index))?.[0] ?? '';
  if (
    !c.measure ||
    !/^[\s，,]?$/.test(text.slice(Math.max(0, c.index - lead.length - 1), c.index - lead.length))
  )
    return false;
  const before = text.slice(Math.max(0, c.index - lead.length - 24), c.index - lead.length);
  const lastClause = before.split(/[。；;！？\n]/).pop() ?? '';
  // (…or several of the same measure: 办了两期培训 一期民族宗教干部的 — one of those; 就剩2位了
  // 一位叫冼国栋 — one of those two.)
  return new RegExp(
    `了(?:一|[两二三四五六七八九十\\d]+)?${escapeRe(c.measure)}|[两二三四五六七八九十\\d]+${escapeRe(c.measure)}了`,
  ).test(lastClause);
}

/**
 * 一辆车配一盏灯, 一人给了300元, 一户送了两桶油, 一场最多卖了三百多单: the first 一 is each unit
 * (每辆车配备1盏, 每人300元, 单场300余单), what follows in its clause the count.
 */
const PER_UNIT_RE = new RegExp(
  `^(?:${MEASURE_ALT})?[^一\\s，,。；;、]{1,5}?(?:(?:一|[\\d两三四五六七八九十百千]+|好?几|若干|多)(?:多|余|来)?(?:${MEASURE_ALT}|单)|[\\d两三四五六七八九十百千]+[万千亿])`,
);

/**
 * 这两块, 那三个: a count pointing back at what was just listed, not a figure of its own; and
 * 这一届, 每一位, 同一个, 上一次, 最后一次, 其中最难的一桩: the 一 of a determiner, which counts
 * nothing.
 */
export function pointsBack(text: string, c: Claim): boolean {
  const before4 = text.slice(Math.max(0, c.index - 4), c.index);
  return (
    // 这两项, 以上两项, 通过以上三项, 上述三个: a count of what was said before it (not 副高以上19个
    // or 警戒以上一米二, the 以上 of a grade or a line: at or above it).
    /(?:[这那]|(?:^|[^\u4e00-\u9fff]|[如按据对将把从经照过实合用])以上|上述)$/.test(before4) ||
    (c.value === 1 &&
      (PICKED_ONE_RE.test(before4) ||
        // 最难的一件, 最大一场: one picked out of several, not a count (最多一次 is: at most once).
        /最(?![多少])[\u4e00-\u9fff]{1,2}的?$/.test(before4)))
  );
}

/**
 * 抓好协会的党建和统战工作，推动两项工作同步推进; 开斋节、古尔邦节前…两个节日期间: a small count
 * of the items its sentence has just listed, the last ending in the counted noun (or its first
 * character, 节 of 节日) — the draft counting its own words, no figure of the year.
 */
export function countsListBefore(text: string, c: Claim): boolean {
  const n = c.value ?? 0;
  if (n < 2 || n > 4 || !/^[个项类种]$/.test(c.measure ?? '')) return false;
  const noun = /^[\u4e00-\u9fff]{2}/.exec(text.slice(c.index + c.text.length))?.[0];
  if (!noun) return false;
  const { start } = sentenceAt(text, c.index);
  return text
    .slice(start, c.index)
    .split(/[，,；;：:]/)
    .some((clause) => {
      // The list's last item ends its clause, or a word of when or which follows it (前, 期间).
      const list = new RegExp(
        `((?:[\\u4e00-\\u9fff]+[、和]){${n - 1}}[\\u4e00-\\u9fff]+?)(?:${noun}|${noun[0]})(?=$|[前后时中里的等]|期间)`,
      ).exec(clause);
      if (!list) return false;
      const items = list[0].split(/[、和]/);
      // (…the whole list: no item of it before the match, 开斋节、古尔邦节、圣纪节 is three.)
      if (items.length !== n || /[、和]$/.test(clause.slice(0, list.index))) return false;
      // (The whole noun ends the last, a word of two or more before it — 统战工作, not the 美乡村
      // of 和美乡村; or its first character ends every item — 开斋节、古尔邦节 for 节日.)
      return list[0].endsWith(noun)
        ? items.at(-1)!.length - noun.length >= 2
        : items.every((item) => item.endsWith(noun[0]!) && item.length >= 2);
    });
}

/**
 * 每一位, 同一个, 下一期, 最后一次, 另一篇, 新一轮: words before a 一 that make it a determiner
 * (not the 新 of a verb: 更新一次 is once).
 */
const PICKED_ONE_RE = /(?:[每同该上下前头另]|(?<![更创翻刷革重])新|另外|最后|最近|唯一)$/;

/** 是一项, 作为一项, 当作一件: the 一 after a copula is the article "a" (一项重要政治任务). */
const COPULA_BEFORE_RE = /(?:是|作为|成为|当作|当成|视为|视作|列为)$/;

/** Which one a count of one was, said right after it (1条 就是…那条, 一家 就是…那家). */
const ONE_NAMED_AFTER_RE =
  /^[\s，,]*(?:就是|也就是|即)[\u4e00-\u9fff]{2,24}?那[条个次篇项件家场期]/;

/** A span said right after a 一 and ending its clause (一期半个月, 一次两个小时): each one's length. */
const ONE_THEN_SPAN_RE =
  /^[ \t\u3000]?(?:半个?|[一二两三四五六七八九十\d]+个?半?)(?:天|周|星期|月|年|小时|钟头|课时|学时|学期)(?=[\s，,。；;！!]|$)/;

/** Whether the 1 at `c` is a determiner's 一 (这一届, 下一期, 最后一次): no count to trace. */
export function determinerOne(text: string, c: Claim): boolean {
  const before = text.slice(Math.max(0, c.index - 2), c.index);
  return c.value === 1 && (/[这那]$/.test(before) || PICKED_ONE_RE.test(before));
}

/**
 * Whether the 一 at `c` is an article: after a copula (作为一项重要任务, 是一次有益尝试), or before
 * a word and 的 that describe what it is (受到了一次深刻的教育, 上了一堂生动的党课): no count.
 */
export function articleOne(text: string, c: Claim): boolean {
  if (c.value !== 1 || !c.text.startsWith('一')) return false;
  const before = text.slice(Math.max(0, c.index - 3), c.index);
  // (Of a task, a thing or an occasion only: 配备的是一名专职网格员 counts a person.)
  if (/^一[项件次场种]$/.test(c.text) && COPULA_BEFORE_RE.test(before)) return true;
  // (…and after a verb of undergoing only: 每季度召开一次集中的学习会 says how often.)
  return (
    /^一[次场堂节]$/.test(c.text) &&
    /(?:受到|接受|经历|上了)了?$/.test(before) &&
    /^[\u4e00-\u9fff]{2}的/.test(text.slice(c.index + c.text.length))
  );
}

/** 每月, 每两个月, 每3周: a rate, whatever its step. */
const FREQUENCY_RE = /每(?:[两二三四五六七八九十\d]|半)?个?(?:月|周|季度|年|天|学期|半年)/;
/** The 个 of a rate (每个月, 每两个月), which the rate is compared without. */
const RATE_MEASURE_RE = /(?<=每(?:[两二三四五六七八九十\d]|半)?)个(?=月|周|季度|年|天|学期|半年)/g;
/** A rate (or a text holding rates) as compared: 每个月 and 每月 are one rate. */
const rateKey = (text: string): string => text.replace(RATE_MEASURE_RE, '');
/**
 * Whether the draft (its compare key) keeps the rate `per` (每季度, 每月, 每两月) of an answer's
 * count: written so (每个季度 too), as 按季度, 按月, a 月度/年度/日均 of its span, a 周例会 or 月调度
 * held at it, or spoken (一年仅召开1次, 两个月一次: a span of more than one said at all).
 */
function rateKept(per: string, draftKey: string): boolean {
  const key = rateKey(draftKey).replace(/(?<=[一两二三四五六半])个(?=月)/g, '');
  return RATE_SPANS(per.slice(1)).some(
    (span) =>
      key.includes(`每${span}`) ||
      key.includes(`按${span}`) ||
      key.includes(`一${span}`) ||
      key.includes(`${span}例会`) ||
      key.includes(`${span}调度`) ||
      (/^[日月年]$/.test(span) && (key.includes(`${span}度`) || key.includes(`${span}均`))) ||
      ((span === '季度' || /^[两二三四五六半]/.test(span)) && key.includes(span)),
  );
}
/** A rate's span and the words a draft writes it with (每天 = 每日, 日均; 每周 = 每星期). */
const RATE_SPANS = (span: string): string[] =>
  span === '天' ? ['天', '日'] : span === '周' ? ['周', '星期', '礼拜'] : [span];
/** The rate said again after a correction of a count's (每两周巡查一次 不对 是每周). */
const CORRECTED_RATE_RE = new RegExp(`^[^每]{0,8}?(${FREQUENCY_RE.source})`);

/**
 * 每季度更新一次: the 每季度 a 一次 is the rate of, if its phrase has one. A list inside the
 * phrase does not end it (每半年跟环保、水利一道巡河一轮); a mark or a phone's space does.
 */
function frequencyOf(text: string, c: Claim): string | undefined {
  let start = c.index;
  while (start > 0 && !RATE_PHRASE_END.has(text[start - 1]!)) start--;
  const phrase = text.slice(start, c.index);
  // (每个月 and 每月, 每两个月 and 每两月: one rate, written without its 个.)
  const every = FREQUENCY_RE.exec(phrase)?.[0];
  if (every) return rateKey(every);
  // 一个月一次, 半年搞一回: the span said right before the one is its rate (每月, 每半年), as a
  // draft writes it.
  const spoken = SPOKEN_RATE_RE.exec(phrase);
  if (!spoken) return undefined;
  return `每${spoken[1]!.startsWith('半') ? '半' : ''}${SPOKEN_RATE_UNIT[spoken[2]!] ?? spoken[2]}`;
}
const SPOKEN_RATE_RE =
  /(?<![\d〇零一二两三四五六七八九十百第这那头前上下同])(一个?|半个?)(月|周|星期|礼拜|季度|年|学期)[都要就搞办开弄整来]{0,2}$/;
const SPOKEN_RATE_UNIT: Record<string, string> = { 星期: '周', 礼拜: '周' };
/** What ends a rate's phrase: a mark or a phone's space, not the 、 of a list inside it. */
const RATE_PHRASE_END = new Set('。！？；;!?\n，,：: \u3000');

/** The last four characters of a phrase as a pair: a word and its other side (线上线下). */
const PAIR_WORD_END_RE = /([\u4e00-\u9fff])([上下内外前后])\1([上下内外前后])$/;
const OPPOSITE_SIDES = new Set(['上下', '下上', '内外', '外内', '前后', '后前']);
/** How far a count may stand from the list it counts, and how long a list it may count. */
const LIST_MAX = 10;
const ITEM_SPLIT_RE = /[、和与及]|以及/;

/** Where the phrase holding text[at] begins: after the last mark that ends more than an item. */
function listStart(text: string, at: number): number {
  let i = at;
  // (A phone's space ends a clause too: 配了网格员 建了A、B两本账.)
  while (i > 0 && !'。！？；;!?\n，,：: \u3000'.includes(text[i - 1]!)) i--;
  return i;
}

/**
 * The items a count counts when they are listed with it: before it in its clause (民族团结创建
 * 和宗教场所管理两项重点) or after it in its sentence, in brackets or after a colon (1人是省政协
 * 委员（九三学社的孙丽娟研究员）, 三项重点：…). Only a list of exactly as many items as the count.
 */
function listedItems(text: string, c: Claim): string[] | undefined {
  const n = c.value;
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > LIST_MAX) return undefined;
  const split = (s: string) =>
    s
      .split(ITEM_SPLIT_RE)
      .map((i) => i.trim())
      .filter((i) => i !== '');
  // 学校现有民进支部1个: one of a thing the clause names after 有 is that thing.
  if (n === 1) {
    const { start } = clauseAt(text, c.index);
    const named = /有([\u4e00-\u9fff]{2,8})$/.exec(text.slice(start, c.index));
    if (named) return [named[1]!];
  }
  if (n >= 2) {
    const { start } = clauseAt(text, c.index);
    const before = split(text.slice(start, c.index));
    // (周春兰和另外两名: 另外 counts others than the one before it, no list of two.)
    if (before.length === n && !/^另外?$/.test(before.at(-1)!)) return before;
    // 线上线下两种渠道, 校内校外两个课堂: a pair written as one word, a word and its opposite
    // side (上下, 内外, 前后), is the two items the count counts (城东城西两所, 送医送药两次
    // are no such pair).
    if (n === 2 && before.length === 1) {
      const pair = PAIR_WORD_END_RE.exec(before[0]!);
      if (pair && OPPOSITE_SIDES.has(pair[2]! + pair[3]!)) {
        return [pair[1]! + pair[2]!, pair[1]! + pair[3]!];
      }
    }
    // 编了防汛预案和抢险预案 两套: the count alone after a phone's space counts the clause before.
    // …and so does one that opens its clause to say what they all did (东关小学、西关小学建成
    // 教室，两所学校均配备展板).
    const allOfThem = /^[\u4e00-\u9fff]{0,4}?(?:均|都|分别|各自|全部)/.test(
      text.slice(c.index + c.text.length, c.index + c.text.length + 8),
    );
    if (
      before.length === 0 &&
      start > 1 &&
      (/\s/.test(text[start - 1]!) || (allOfThem && /[，,]/.test(text[start - 1]!)))
    ) {
      const prev = clauseAt(text, start - 2);
      const items = split(text.slice(prev.start, prev.end));
      if (items.length === n) return items;
      // (The list of the clause before may run over its 、: 东关小学、西关小学建成….)
      const listed = split(text.slice(listStart(text, start - 1), start - 1));
      if (allOfThem && listed.length === n) return listed;
    }
    // 开斋节、古尔邦节前…；节日期间…，两个节日均平稳度过: what they all did, said of as many
    // listed earlier in the sentence, each a kind of what the count names (节 of 节日).
    if (allOfThem) {
      const noun = /^[\u4e00-\u9fff]{1,4}?(?=均|都|分别|各自|全部)/.exec(
        text.slice(c.index + c.text.length),
      )?.[0];
      // (…up to the sentence's full stop: a ； between keeps the same matter.)
      const said = text
        .slice(Math.max(0, start - 200), start)
        .split(/[。！？!?\n]/)
        .at(-1)!;
      for (const clause of noun ? said.split(/[，,；;：:]/) : []) {
        const items = split(clause).map((i) => i.replace(/(?:前|后|期间|时|当天)$/, ''));
        if (items.length === n && items.every((i) => i.length >= 2 && noun!.includes(i.at(-1)!)))
          return items;
      }
    }
    // 提了 食堂饭菜质量 午休场地两条意见: on a phone the items before the count may stand apart
    // by a space, the count right after the last (its clause no more than that item) and its
    // noun after it (not 专题研究2次: a count of times closing a clause counts no list).
    if (
      before.length === 1 &&
      n <= 3 &&
      start > 1 &&
      /[ \t\u3000]/.test(text[start - 1]!) &&
      /^[\u4e00-\u9fff]/.test(text.slice(c.index + c.text.length))
    ) {
      const items = [...spacedBefore(text, start - 1, n - 1), before[0]!];
      if (
        items.length === n &&
        items.every((i) => i.length >= 4 && !/[\d一二三四五六七八九十两]/.test(i))
      )
        return items;
    }
    // 综合运用高炮、火箭两种作业方式, 聚焦防火、防治和培育三项: a clause ends at 、, a list
    // does not.
    if (before.length >= 1 && before.length < n && text[start - 1] === '、') {
      const phrase = split(text.slice(listStart(text, c.index), c.index));
      if (phrase.length === n) return phrase;
    }
  }
  const { end } = sentenceAt(text, c.index);
  // …or after 分别为 (基层组织4个，分别为民盟支部23人、九三支社17人、…), up to the next comma.
  const after =
    /^[\u4e00-\u9fff]{0,8}(?:[（(]([^（）()]+)[）)]|[：:]([^。；;\n]+)|[，,](?:分别为|分别是|即)([^。；;，,\n]+))/.exec(
      text.slice(c.index + c.text.length, end + 1),
    );
  const list = after ? split(after[1] ?? after[2] ?? after[3] ?? '') : [];
  if (list.length === n) return list;
  const rest = text.slice(c.index + c.text.length);
  // 印了三套手册 防汛手册、防火手册、防疫手册: the noun counted, a phone's space, then a list of
  // as many; 有1家养老院 “松鹤颐养院”: one, then its name in quotes.
  const named = /^[\u4e00-\u9fff]{0,4}[ \t\u3000]+([^\s，,。；;]+)/.exec(rest)?.[1];
  if (named && n >= 2) {
    const items = split(named);
    if (items.length === n && items.every((i) => i.length <= 10)) return items;
  }
  // 建了两本名册 退役军人一本 归侨侨眷一本: the count, then each item with its own one.
  if (n >= 2 && n <= 5 && c.measure) {
    const each = new RegExp(
      `^[\\u4e00-\\u9fff]{0,4}((?:[ \\t\\u3000，,、]+[\\u4e00-\\u9fff]{2,12}?[一1]${escapeRe(c.measure)}){${n}})(?![\\u4e00-\\u9fff\\d])`,
    ).exec(rest);
    if (each) {
      return each[1]!
        .split(/[ \t\u3000，,、]+/)
        .filter(Boolean)
        .map((i) => i.replace(/[一1][\u4e00-\u9fff]$/, ''));
    }
  }
  const quoted = /^[\u4e00-\u9fff]{0,4}[ \t\u3000]*[“"「]([^”"」\n]{2,16})[”"」]/.exec(rest)?.[1];
  if (quoted && n === 1) return [quoted];
  // 副秘书长两个 韦子航 蒙雅丽: a phone list after the count, one name a space.
  // (…and the list may end at a double space or a figure: 建了三本名册 青年名册 军人名册 新阶层
  // 名册  8个组长…; items sharing their last word may be longer.)
  const spaced =
    /^[\u4e00-\u9fff]{0,2}((?:[ \t\u3000]+[\u4e00-\u9fff]{2,10}){2,10})(?=[ \t\u3000]*(?:$|\n|[，。；,;])|[ \t\u3000]{2,}|[ \t\u3000]+\d)/.exec(
      rest,
    );
  if (spaced) {
    const items = spaced[1]!.trim().split(/[ \t\u3000]+/);
    const tail = items[0]!.slice(-2);
    const fit = items.every((i) => i.length <= 6) || items.every((i) => i.endsWith(tail));
    if (items.length === n && fit) return items;
  }
  // 搭建了三个服务平台。一是…二是…三是…: an enumeration of as many (a phone's 抓了三件事 一是…
  // 二是… too, its items perhaps in messages of their own).
  // (…or as a phone says it: 主要两件事 头一个修水渠 另外就是建冷库.)
  const enumerated = /^[^。；;\n]{0,12}[：:。\s]\s*(一是|一个是|第一|头一个|首先)/.exec(rest);
  if (enumerated) {
    const ordinals = '一二三四五六七八九十';
    // Up to the next heading: a later part's 一是… is its own.
    const scope = rest
      .slice(0, 800)
      .split(/\n[ \t\u3000]*[（(]?[一二三四五六七八九十]+[、）)]/)[0]!;
    let k = 0;
    while (k < n + 1 && scope.includes(`${ordinals[k]}是`)) k++;
    if (k !== n && enumerated[1] !== '一是') k = spokenItems(scope);
    if (k === n) return [...Array(n)].map((_, i) => `${ordinals[i]}是`);
  }
  // 推荐1位无党派人士进了区人大 是河湾社区的药剂师柯晓楠: one person, then who they are.
  if (n === 1 && /^[位名人个]$/.test(c.measure ?? '')) {
    const who = /^[^。；;\n，,\s]{0,16}[\s，,]+(?:就是|是|即)([^，,。；;\n\s]{2,24})/.exec(
      text.slice(c.index + c.text.length, end + 1),
    );
    if (who) return [who[1]!];
  }
  // 其中1个是县人大代表: the one is what it is said to be.
  if (n === 1 && /其中$/.test(text.slice(clauseAt(text, c.index).start, c.index))) {
    const is = /^[个名位人]?是([\u4e00-\u9fff]{3,10}?)(?=[，,。；;\s]|$)/.exec(
      text.slice(c.index + c.text.length),
    );
    if (is) return [is[1]!];
  }
  return undefined;
}

/** How a phone opens each item of a list it counted: 头一个…, 第二个是…, 另外就是…, 最后…. */
const SPOKEN_OPENER_RE =
  /一个是|第[一二三四五六七八九十]个?是?|[二三四五六七八九十]个是|头一个|首先|其次|再一个|还有一个|另外就是|另一个是?|再就是|最后一个|最后/g;

const SPOKEN_OPENER_AT_RE = new RegExp(`^[ \\t\\u3000]*(?:${SPOKEN_OPENER_RE.source})`);

/**
 * How many items a phone list opens with its words: those of the count's own message, then of
 * each message after it that begins with one (第二是防汛…, 再就是演练…) — a later message that
 * does not is the user's next matter, and its 再就是 is none of this list's.
 */
function spokenItems(scope: string): number {
  const [first = '', ...next] = scope.split('\n');
  let k = (first.match(SPOKEN_OPENER_RE) ?? []).length;
  let skipped = false;
  for (const [i, line] of next.entries()) {
    if (SPOKEN_OPENER_AT_RE.test(line)) {
      // (…past a line that went on, only the opener it begins with: 第二是建冷库 最后… is one.)
      k += skipped ? 1 : (line.match(SPOKEN_OPENER_RE) ?? []).length;
      continue;
    }
    // 养护这块 …: a message going on with the item before, where a later one opens the next by
    // its ordinal and a measure (第二块是…; not 第三方, 第三季度). Past it, a line counts once.
    const ordinal = new RegExp(
      `^\\s*第${'一二三四五六七八九十'[k] ?? ''}(?:块|件|项|个|条|点|方面)`,
    );
    if (k > 0 && next.slice(i + 1).some((l) => ordinal.test(l))) {
      skipped = true;
      continue;
    }
    break;
  }
  return k;
}

/** The `k` items standing apart by phone spaces before text[at] (a space), back to a mark. */
function spacedBefore(text: string, at: number, k: number): string[] {
  let from = at;
  while (from > 0 && !'。！？；;!?\n，,：:'.includes(text[from - 1]!)) from--;
  const items = text
    .slice(from, at)
    .split(/[ \t\u3000]+/)
    .filter(Boolean);
  return items.length >= k ? items.slice(-k) : [];
}

/** What stands between two names of a list: a mark or a space, perhaps after a calling. */
const NAME_GAP_RE = new RegExp(`^(?:${CALLINGS})?[、和与及 \\t\\u3000]$`);

/** …or, in a list whose first name came with who they are, a space and who the next one is. */
const DESCRIBED_GAP_RE = new RegExp(`^(?:${CALLINGS})?[、 \\t\\u3000][\\u4e00-\\u9fff]{0,8}$`);

/** Between a body and its count of one: a phone's space, 就, 只, 仅 or 共 (白塔寺 就一座). */
const ONLY_ONE_GAP_RE = /^[ \t\u3000]+(?:就|只|仅|共|一共)?(?:有|是)?$/;
/** …counted as a body is (座, 家, 所, 处, 个), the count ending its clause (not 就1家企业报名). */
const BODY_MEASURE_RE = /^[座家所处个]$/;
/**
 * Between 1名 and the one person: the noun, a space, perhaps where they are from and how they are
 * called (办公室的小黄) and a space again — never a title (镇长 周建华 带队 is another person).
 */
const ONE_PERSON_GAP_RE =
  /^[\u4e00-\u9fff]{0,6}[ \t\u3000]+(?:[\u4e00-\u9fff]{0,6}的)?(?:[小老][\u4e00-\u9fff][ \t\u3000]+)?$/;

/** The measures a count of people is said in. */
const PEOPLE_MEASURE_RE = /^[名位人个]$/;

/**
 * 选聘1名调解员 周德明: a count of one person, then, past the noun and a phone's space, the one
 * person read there — who the one is (a draft that names 周德明 as the 调解员 keeps the count);
 * 有1家黎锦合作社: a count of one whose noun is a body's name.
 */
function namedAfter(text: string, c: Claim, claims: readonly Claim[]): string[] | undefined {
  const from = c.index + c.text.length;
  // 另外两个传承人王亚花、符金妹: a count of people, its noun, then as many names listed.
  if (
    c.value !== undefined &&
    c.value >= 2 &&
    c.value <= 5 &&
    PEOPLE_MEASURE_RE.test(c.measure ?? '')
  ) {
    const people = claims.filter((p) => p.kind === 'person' && p.index > from);
    // (…or after a phone's space: 新选了2名副主任 孙立平 周海燕; or each after a space and who
    // they are: 副主委两个 市林草局高工訾红梅 岱州职院的滕晓光老师.)
    const first = people.find((p) => p.index - from <= 10);
    if (
      !first ||
      !/^(?:[\u4e00-\u9fff]{1,6}[ \t\u3000]?|[ \t\u3000][\u4e00-\u9fff]{1,8})$/.test(
        text.slice(from, first.index),
      )
    )
      return undefined;
    const described = /^[ \t\u3000]/.test(text.slice(from, first.index));
    const names = [first];
    for (;;) {
      const last = names.at(-1)!;
      const end = last.index + last.text.length;
      // (…each name perhaps with its calling: 吴明德牧师 郑清和牧师.)
      const next = people.find(
        (p) =>
          p.index > end &&
          ((p.index <= end + 5 && NAME_GAP_RE.test(text.slice(end, p.index))) ||
            (described && DESCRIBED_GAP_RE.test(text.slice(end, p.index)))),
      );
      if (!next) break;
      names.push(next);
    }
    return names.length === c.value ? names.map((p) => p.text) : undefined;
  }
  if (c.value !== 1) return undefined;
  // 有1家黎锦合作社: one, and the body named right after it (有黎锦合作社1家, 白塔寺 就一座: or
  // right before, perhaps with a phone's space and 就, 只, 共).
  const body = claims.find(
    (o) =>
      o.kind === 'org' &&
      (o.index === from ||
        (ONLY_ONE_GAP_RE.test(text.slice(o.index + o.text.length, c.index)) &&
          BODY_MEASURE_RE.test(c.measure ?? '') &&
          !/[\u4e00-\u9fff]/.test(text[c.index + c.text.length] ?? '')) ||
        o.index + o.text.length === c.index),
  );
  if (body) return [body.text];
  if (!PEOPLE_MEASURE_RE.test(c.measure ?? '')) return undefined;
  // (…the person perhaps after who they are: 定了1名统战联络员 办公室的小黄 黄雨婷.)
  const person = claims.find((p) => p.kind === 'person' && p.index > from && p.index - from <= 22);
  if (!person || !ONE_PERSON_GAP_RE.test(text.slice(from, person.index))) return undefined;
  return [person.text];
}

/** The pieces every reading of a spoken correction is made of (one list for all five). */
const SENTENCE_PARTICLE = '(?:呢|嘛|吧|呀|啦|来着)';
const FILLER = '(?:[哦噢啊呃嗯额诶][\\s，,]*)?';
/**
 * 啊不, 哦不 said apart (9月份 啊不 是8月底): a bare 不 corrects only after such a sound, and only
 * a figure or time for another (走访低保户20户 哦 不 是监测户 corrects the households' kind).
 */
const SOUNDED_NO = '(?:[哦噢啊呃嗯额诶][\\s，,]*不(?![\\u4e00-\\u9fff])[\\s，,]*)';
/** Words that can only correct (不是 may also say the opposite: 3个 不是4个). */
const PLAIN_WRONG = '(?:不对|说错了|错了|(?:更正|纠正)(?:一?下)?)';
/**
 * A plain correction after a time of the year, said apart from it (上半年 不对, 上半年 哦说错了 是):
 * the whole year said next replaces it. (Not 更正 or 纠正: 三季度纠正上半年的问题 is a verb's object.)
 */
const PERIOD_CORRECTED_RE = new RegExp(
  `^[\\s，,]+${FILLER}(?:不对|说错了|错了)[\\s，,]*(?:应该)?是?[\\s，,]*`,
);

/**
 * What stands between a figure and the one that corrects it: 哦, 啊不对, 不是, 说错了; 哦 现在是
 * (but not 现在是 alone: 原来39个 现在是40个 says two true things); 对了是 (办了15期 对了是16期 —
 * not 对了 alone, which is "by the way").
 */
const CORRECTION_RE = new RegExp(
  `^[\\s，,]*(?:${SENTENCE_PARTICLE}[\\s，,]*)?(?:${SOUNDED_NO}|${FILLER}(?:(?:不对|不是|说错了|错了|还是)[\\s，,]*){0,2}${FILLER})(?:应该是|是)?[\\s，,…]*$|^[\\s，,]*[哦噢呃额诶][\\s，,]*(?:现在|目前)是[\\s，,…]*$|^[\\s，,]*${FILLER}对了[\\s，,]*(?:应该是|是)[\\s，,…]*$`,
);
/**
 * What takes back the figure or time just said: 哦不是 是…, 不对 应该是…, 说错了; a sentence-final
 * particle may come first (60箱呢 哦不对 是80箱).
 */
const TAKEN_BACK_RE = new RegExp(
  `^[\\s，,]*(?:${SENTENCE_PARTICLE}[\\s，,]*)?${FILLER}(?:不对|不是|说错了|错了)[\\s，,]*(?:应该是|是)`,
);
/** A message that opens by correcting: 更正一下, 不对, 说错了 (perhaps after 哦). */
const CORRECTING_MESSAGE_RE = new RegExp(`^[\\s，,]*${FILLER}${PLAIN_WRONG}`);
/**
 * A noun of up to four characters, then a marker that can only correct (不对, 错了, 应该是, 对了是:
 * 去了12所学校指导 对了是13所).
 */
const STRONG_CORRECTION_AFTER_NOUN_RE = new RegExp(
  `^[\\u4e00-\\u9fff]{1,8}(?=[\\s，,]+${FILLER}(?:${PLAIN_WRONG}|应该是|对了(?:应该)?是))`,
);
/**
 * 哦不对 写余新华 right after a name: the name a correction gives, its surname captured (one
 * character, then one or two more up to a pause or a word after a name; no weekday: 周四).
 */
const CORRECTED_NAME_RE =
  /^[\s，,]*[哦啊噢]?(?:不对|说错了|错了)[\s，,]*(?:应该)?(?:是|写成?|叫|改成|改为)?[\s，,]*([\u4e00-\u9fff])(?![一二三四五六七日天末])[\u4e00-\u9fff]{1,2}(?=[\s，,。；;、]|$|老|同志|先生|女士|大爷|阿姨|师傅)/;
/** 是阅览室 before the count said again: the noun a correction puts in the old one's place. */
const NOUN_AFTER_IS_RE = /是[\u4e00-\u9fff]{1,8}[\s，,]+$/;
/**
 * The rest of a clause, a plain correction, perhaps after a short aside (25个人 镇里陪同的 不对 是24
 * 个人), a short reason
 * (no sentence end), then 是 before the right figure; or, with no 是, the right figure right after
 * the marker (48个人参加 不对 52个).
 */
const CORRECTED_WITH_REASON_RE = new RegExp(
  `^[\\u4e00-\\u9fff]{0,16}[\\s，,]+(?:[^\\d\\s。；;！？\\n]{1,12}[\\s，,]+)?${FILLER}(?:${PLAIN_WRONG}[^。；;！？\\n]{0,16}(?:应该是|是)\\s*|(?:不对|说错了)[\\s，,]+)$`,
);
/**
 * Right before the figure that corrects: a plain marker, perhaps the noun said again after a
 * space (不对 销售额是35万元), then 是; a longer noun after 不对, 说错了, 纠正 or a 错了 that stands
 * alone (纠正一下 示范村创建成功的是2个 — not 有2条是群众反映错了 核实后属实的问题是10条).
 */
const PLAIN_CORRECTION_BEFORE_RE = new RegExp(
  `(?:(?:说错了|不对|(?:更正|纠正)(?:一?下)?|(?<![\\u4e00-\\u9fff])错了)[\\s，,]+[\\u4e00-\\u9fff]{7,9}?|${PLAIN_WRONG}(?:[\\s，,]+[\\u4e00-\\u9fff]{0,6}?|[\\s，,]*))(?:应该是|是)(?:(?![〇零一二两三四五六七八九十百千万亿])[\\u4e00-\\u9fff]){0,3}?[\\s，,]*$`,
);
/** 科级的4个 不对 科级3个: a plain correction, then the noun said with the wrong figure again. */
const NOUN_AGAIN_BEFORE_RE =
  /(?<![\u4e00-\u9fff])(?:不对|说错了|错了)[\s，,]+([\u4e00-\u9fff]{2,4}?)的?[\s，,]*$/;

/**
 * The plain correction before `next` (standing apart: 证照不对 is no slip of the tongue) whose
 * noun, said again right before it, stood right before the last figure said before it (科级的4个
 * 不对 科级3个; not 女党员12个 男党员28个 不对 女党员13个, where the nearest figure is another's,
 * nor 不对 还有3个, a noun of none).
 */
function nounAgainBefore(text: string, lead: string, next: Claim): RegExpExecArray | null {
  const m = NOUN_AGAIN_BEFORE_RE.exec(lead);
  if (!m) return null;
  const markerAt = next.index - lead.length + m.index;
  const said = text.slice(Math.max(0, markerAt - 24), markerAt);
  const figure = /[〇零一二两三四五六七八九十百千\d]+[\u4e00-\u9fff]?[\s，,]*$/.exec(said);
  if (!figure) return null;
  return new RegExp(`${escapeRe(m[1]!)}的?[\\s，,]*$`).test(said.slice(0, figure.index)) ? m : null;
}

/**
 * 哦 规上企业应该是24家: a message opened by a filler, the noun said again and 应该是 corrects
 * as 不对 does (应该是 alone may be a wish: 目标应该是30家).
 */
const FILLER_NOUN_SHOULD_RE =
  /(?<=^|[\s，,])[哦噢呃诶][\s，,]*[\u4e00-\u9fff]{2,6}?应该是[\s，,]*$/;
/** The two words that name a figure right before it (更换的15盏, 新装23盏, 更换是17盏). */
const LABEL_BEFORE_RE = /([\u4e00-\u9fff]{2})(?:是|的|为|有)?[\s，,]*$/;
/** What stands between two figures corrected in a row: a mark and the next one's two words. */
const LABEL_GAP_RE = /^[\s，,、]*[\u4e00-\u9fff]{2}(?:是|的|为|有)?[\s，,]*$/;
/** A unit said after a figure, perhaps with a particle (箱呢 of 60箱呢 哦不对 是80箱). */
const UNIT_BEFORE_CORRECTION_RE = new RegExp(
  `^([\\u4e00-\\u9fff]{1,3}?)${SENTENCE_PARTICLE}?(?=[\\s，,])`,
);
/**
 * Whether `f`, a figure read with no measure, has a unit of its own after it that the correcting
 * figure `next` does not share (1300多单 against 12家), rather than no unit at all (51 不对 是49人).
 */
function unknownUnit(text: string, f: Claim, next: Claim): boolean {
  if (f.measure || !next.measure) return false;
  const after = text[f.index + f.text.length] ?? '';
  return (
    /[\u4e00-\u9fff]/.test(after) &&
    !next.measure.startsWith(after) &&
    !/[哦噢啊呃嗯额诶呢吧嘛呀啦不是]/.test(after)
  );
}

/** How far left of a body's name its level may stand when a word's character cut it short. */
const WIDER_MAX = 6;

/**
 * The body's name at `index` read from the nearest level on its left (县行业自律工作委员会 for
 * 律工作委员会), when only characters stand between: a name cut short by one of the characters
 * that usually end a name on the left (自, 从, 对) is traced whole.
 */
function widerName(text: string, index: number, name: string): string | undefined {
  if (!/[\u4e00-\u9fff]/.test(text[index - 1] ?? '') || /^[省市州县区乡镇]/.test(name))
    return undefined;
  for (let at = index - 1; at >= Math.max(0, index - WIDER_MAX); at--) {
    const ch = text[at]!;
    if (!/[\u4e00-\u9fff]/.test(ch)) return undefined;
    if (/[省市州县区]/.test(ch)) return text.slice(at, index) + name;
  }
  return undefined;
}

/**
 * Between a tally and the total that amends it: 哦加上上周那起 一共 (an interjection of
 * correcting, 加上, a few words, a total) — not 还要加上村干部 一共, which adds a part.
 */
const ADDED_TOTAL_GAP_RE =
  /^[\s，,]*[哦噢][\s，,]*(?:再|还要|还得)?加上[^。；;！？\n\d]{0,10}?[\s，,]*(?:一共|总共|共计|合计|总计|共)(?:是|有)?[\s，,]*$/;
/** One more said after a tally (还有一次, 另外一场): the tally left it out. */
const ADDED_ONE_RE = /(?:还有|另外|另有|再加)[\s，,]*$/;
/**
 * …then the sum, right after a word of correcting (哦 应该算三次, 不对 一共是三次) — not 应该 alone,
 * which is "should" (还有10人请假了 应该到40人).
 */
const SUM_CORRECTION_RE =
  /(?:(?:[哦噢]|不对)[\s，,]*(?:应该)?(?:算|是)?|应该(?:算|是))[\s，,]*(?:一共|总共)?(?:是|有)?$/;
/** What was there before: 原来的, 原有, 以前的, 已有, 现有, 去年的. */
const STOCK_RE = /原|以前|之前|已有|现有|过去|去年|往年|以往|历年|前几年|早先/;
/** A total said as one: 一共7个, 总共是8个, 共计12人. */
/** words/total-words.txt: 一共, 共计, 总数 … */
const TOTAL_WORDS = loadWords('total-words');
/** words/lunar-festivals.txt: the times whose month is the lunar calendar's (端午, 中秋). */
const LUNAR_FESTIVALS: ReadonlyMap<string, { month: number; day: number }> = new Map(
  loadWords('lunar-festivals').map((line) => {
    const [key = '', month, day] = line.split(/\s+/);
    return [key, { month: Number(month), day: Number(day) }] as const;
  }),
);
/** A lunar month (and day) as a lunar date is said: 五月, 八月十五, 正月初八 — in words, no 号. */
const LUNAR_DATE_RE = /^[正一二三四五六七八九十冬腊]{1,2}月(?:初?[一二三四五六七八九十]{1,3})?$/;
/** A total's word right before its figure (一共7个, 总共是8个, 总数有9). */
const TOTAL_BEFORE_RE = new RegExp(`(?:${TOTAL_WORDS.map(escapeRe).join('|')})(?:是|有)?$`);
/** A total's word as the noun a figure counts (countedNoun's 一共 of 一共6位). */
export const TOTAL_WORD_RE = new RegExp(
  `^(?:${TOTAL_WORDS.filter((w) => w.length === 2)
    .map(escapeRe)
    .join('|')})$`,
);
/** Words that can only correct, anywhere between a total and the total that replaces it. */
const PLAIN_WRONG_RE = new RegExp(PLAIN_WRONG);
const SHARE_CORRECTION_RE =
  /(?<=^|[\s，,])(?:不对|说错了)[\s，,]+(?:应该是|是)?[\s，,]*(?:大概|大约|差不多|约)?(?:一半|大半|多半|小半|一大半|一小半)/gm;
/** What takes back a quoted name for the next: 不对 名字叫, 错了 应该是, 后来改叫. */
const NAME_CORRECTION_RE = new RegExp(`^[^“”《》]*(?:${PLAIN_WRONG}|应该是|改叫|改名)[^“”《》]*$`);
const NAME_CORRECTION_MAX = 16;
/** What makes a rough figure exact: 准确是, 具体是, 确切地说是, 精确数字是 (and `hedged` words). */
const refinedRe = (lead: string, what: string, hedged = '') =>
  new RegExp(
    `^${lead}[\\s，,]*(?:(?:准确|确切|精确|具体)(?:地|的|来)?(?:说|讲|${what})?(?:应该)?${hedged})是[\\s，,…]*$`,
  );
// (…perhaps after a short aside: 一百零几个 今年重新核了一遍 准确数是107人; or hedged:
// 百分之五点几 好像是5.6%.)
const ASIDE = '(?:[\\s，,]+[^\\d\\s。；;！？]{1,12})?';
const REFINED_RE = refinedRe(ASIDE, '数字?', '|好像|应该|估计');
const REFINED_FIRM_RE = refinedRe(ASIDE, '数字?');
const EXACT_RIGHT_AFTER_RE = refinedRe('', '数字?');
/** …and a time word's: 端午前后 准确是6月3号 (its 前后, 期间 or 左右 said with it). */
const REFINED_TIME_RE = refinedRe('(?:前后|期间|左右|那会儿?)?', '日子|时间');
/** A plain correction between two groups of figures: 不对 是, 说错了 应该是. */
const GROUP_CORRECTION_RE = new RegExp(`[\\s，,]*${PLAIN_WRONG}[\\s，,]*(?:应该)?是[\\s，,]*`, 'g');
/** How many figures a corrected group holds at most, and how far apart they stand. */
const GROUP_MAX = 3;
const GROUP_GAP = 2;
/** A plain correction, then a clause saying the work is not done (还在修, 还没换, 尚未). */
const UNDONE_AFTER_CORRECTION_RE =
  /[\s，,]+(?:不对|说错了|错了)[\s，,]*[\u4e00-\u9fff]{0,6}?(?:还在|还没|尚未|正在|没有)/g;
/** What says an occasion is counted in, after a corrected count: 也算上, 算上, 加上, 包括. */
const COUNTED_IN_RE = /也算上?|算上|加上|包括/;
/** How far, in characters, a corrected total may stand from the total that replaces it. */
const TOTAL_CORRECTION_MAX = 40;
/**
 * Between a time word and the time that corrects it: a marker after a space or a comma (哦, 不对,
 * 说错了), what was said again, then 是 — in one sentence; or a plain marker alone between spaces
 * (开斋节 不对 圣纪节前).
 */
const TIME_CORRECTION_RE =
  /^[^。；;！？\n]*?[\s，,](?:[哦噢呃额诶]|不对|不是|说错了|错了)[\s，,]*(?:不对|不是)?[\s，,]*[^。；;！？\n\s，,]{0,6}是\s*(?:明年|今年|去年)?$|^[\s，,]+(?:不对|说错了|错了)[\s，,]+$/;
/** How far, in characters, a time word may stand from the time that corrects it. */
const TIME_CORRECTION_MAX = 20;
/** How far a corrected figure may stand from its correction, the reason included (characters). */
const REASON_MAX = 30;
/** Words for the rest of a total (其余, 剩下的). */
const REST_RE = /其余|其他的|剩下的?|剩余|余下/g;
/** The 一次 of a list of dates (3月一次 7月一次), or an ordinal naming one (第三次). */
const LISTED_ONE_RE = /^(?:[一1][次场回个]|第[一二三四五六七八九十\d]+[次场回个])$/;
/** How far on, in characters, a coarse time's sentence may say the months it spanned. */
const SPAN_RESTATED_MAX = 40;

/**
 * 采风6次 哦 7次 国庆那次也算上: the occasion a correction counts in, named as its reason, is no
 * fact of its own — its time goes with the corrected count.
 */
function reasonTimesTold(text: string, next: Claim, out: Claim[]): void {
  const { end } = sentenceAt(text, next.index);
  for (const t of out) {
    if ((t.kind !== 'period' && t.kind !== 'date') || t.index <= next.index || t.index >= end)
      continue;
    const clause = clauseAt(text, t.index);
    if (COUNTED_IN_RE.test(text.slice(clause.start, clause.end))) t.told = true;
  }
}

/** Whether two claims of one text stand in one sentence (their sentence's words are one set). */
function sameSentence(a: Claim, b: Claim): boolean {
  const words = a.sentenceWords?.();
  return words !== undefined && words === b.sentenceWords?.();
}

/** Measures of an amount (not a count) a bare figure after one may leave unsaid. */
const AMOUNT_MEASURE_RE = /^(?:亩|万亩|吨|公斤|斤|元|万元|亿元|公里|米|平方米)$/;
/** How far, in characters, a bare figure may stand from the figure whose measure it leaves out. */
const ELLIPTIC_MEASURE_MAX = 16;
/** 哦不是4部 是5部: a figure said after 不是 is the one being taken back. */
const NEGATED_RE = /不是\s*$/;

/**
 * 办了一场, 开了一次, 调整过一次, 搞一次星级评定, 镇上有一座清真寺: the 一 is the article of the
 * story (or of a plan said in passing, or of what there is), not a figure to report.
 */
const TOLD_ONE_RE = /(?:[了过搞弄整有]|来|做)$/;
/**
 * An event's name right after a 一次 (茶话会, 培训班, 联谊活动, 海外华裔青少年寻根夏令营): what the
 * one introduces.
 */
const ONE_BEFORE_EVENT_RE =
  /^[\u4e00-\u9fff]{1,12}?(?:会|班|赛|营|讲座|论坛|活动)(?![\u4e00-\u9fff])/;
/** 俩, 仨: two and three with their measure in one character (俩人, 仨月 keep theirs). */
const FUSED_COUNT_RE = /(俩|仨)(人|月|天)?/g;
/**
 * …and the same said without its 一 (有座老戏台, 搞了个培训班, 来了位老师): a measure right after
 * such a word, before a noun it does not begin a word with (有个别, 有家长, 搞了座谈).
 */
const SPOKEN_ONE_RE =
  /[了过搞弄整有来做开办建设搭](座|个|位|家|间|台|辆|栋)(?![别人体性案位于置庭长里属乡中谈账风胞湾阶隙断子])(?=[\u4e00-\u9fff])/g;

/** Whether `raw` says the holiday `name` as a word of its own (not 十七一, 七一个). */
function holidaySaid(raw: string, name: string): boolean {
  return new RegExp(
    `(?<![〇零一二两三四五六七八九十\\d])${name}(?![〇零一二两三四五六七八九十\\d个名人位次期])`,
  ).test(raw);
}

/** 第3个合作社: the Nth of a noun, which says how many there are with it. */
const NTH_COUNT_RE = /第([\d二三四五六七八九十]+)(个|家|所|座|支)(?=[\u4e00-\u9fff])/g;
/**
 * 一周收了八十多个孩子, 一个月办一期, 一辆车装了书, 学了一个礼拜: a span or a thing of one said
 * with 一 (no count the extractor reads alone), told: a draft's 1周, 1个月 or 1辆 is it.
 */
const ONE_SPAN_RE =
  /(?<![\d〇零一二两三四五六七八九十百千万第])一(?:个(?=星期|礼拜))?(周|星期|礼拜(?![堂寺场所日天])|天|个月|年|晚|辆|艘|架|部|头|匹|栋|幢)(?![一\d])/g;

/** Two quoted names (three characters or more inside the quotes), a character or two apart. */
function nearlyTheSame(a: string, b: string): boolean {
  if (a === b || a.length < 5) return false;
  const differ = charsApart(a, b);
  return differ <= 2 && differ * 2 < a.length - 2;
}

/**
 * 没有一家企业停产, 不落一户, 不让一人掉队, 一户不落: a 一 of "none" or "every one", no count.
 * 查出一家、整改一家, 成熟一个、发展一个: the same 一 said of two verbs in a row is "each one".
 */
export function emphaticNone(text: string, c: Claim): boolean {
  if (c.kind !== 'number' || c.value !== 1 || !c.text.startsWith('一')) return false;
  const after = text.slice(c.index + c.text.length);
  if (/(?:没有|无|未|不)[\u4e00-\u9fff]?$/.test(text.slice(Math.max(0, c.index - 3), c.index)))
    return true;
  // (一个都不少, 一篇都没写: none at all; not 仅一件没有解决, one left undone.)
  if (/^(?:(?:都|也)(?:不|没)|不)/.test(after)) return true;
  // (The pair's patterns are built only where a mark and the same 一 stand near: this runs for
  // every 一 of every draft.)
  const before = text.slice(Math.max(0, c.index - 12), c.index);
  const one = escapeRe(c.text);
  return (
    (/^[、，,]/.test(after) && new RegExp(`^[、，,][\u4e00-\u9fff]{1,4}?${one}`).test(after)) ||
    (before.includes(c.text) && new RegExp(`${one}[、，,][\u4e00-\u9fff]{1,4}?$`).test(before))
  );
}

/** A correction restates the claim it takes back: the new figure carries the old one's words. */
function inheritWords(next: Claim, old: Claim): void {
  if (old.words) next.words = new Set([...(next.words ?? []), ...old.words]);
  const mine = next.sentenceWords;
  const theirs = old.sentenceWords;
  if (mine && theirs) next.sentenceWords = () => new Set([...mine(), ...theirs()]);
}

/** Every checkable fact in `text`, with the words of its claim. */
export function claimsOf(text: string, options: { inner?: boolean } = {}): Claim[] {
  // PM2.5: a dotted figure written onto Latin letters is the figure of a code's name, not the
  // date (2月5日) 2.5 reads as elsewhere, nor a figure of the word after it (PM2.5年均浓度).
  const out: Claim[] = extractFacts(text, options).map((c) => {
    // (…a time measure read after it is the next word's: PM2.5年均.)
    const figured =
      c.kind === 'date' || (c.kind === 'number' && /^[年天月日]?$/.test(c.measure ?? ''));
    const figure = figured ? /^\d+\.\d+/.exec(c.text)?.[0] : undefined;
    // (…a space between them too: pm 2.5.)
    const letters = figure
      ? /[A-Za-z]+(?=\s?$)/.exec(text.slice(Math.max(0, c.index - 12), c.index))?.[0]
      : undefined;
    return figure && letters
      ? {
          kind: 'number',
          text: figure,
          index: c.index,
          value: Number(figure),
          measure: '',
          code: (letters + figure).toUpperCase(),
        }
      : c;
  });
  // A time word or a name inside a 《title》, a quote or a 【待补：…】 is part of it.
  const spans = out
    .filter((c) => c.kind === 'title' || c.kind === 'quote')
    .map((c) => [c.index, c.index + c.text.length] as const);
  for (const m of text.matchAll(PLACEHOLDER_RE)) spans.push([m.index, m.index + m[0].length]);
  const inside = (at: number) => spans.some(([s, e]) => at >= s && at < e);
  // (5月初六 is a day: the 月初 inside it is no period of its own.)
  const days = out.filter((c) => c.kind === 'date').map((c) => [c.index, c.index + c.text.length]);
  for (const p of extractPeriods(text)) {
    if (inside(p.index)) continue;
    if (days.some(([s, e]) => p.index >= s! && p.index + p.text.length <= e!)) continue;
    // (上个月底 in the answers: traces a draft's 月底, and is not required — the draft says 近期.)
    out.push(p.relative && options.inner ? { ...p, told: true } : p);
    // 头两个月 is a time (年初), not a count of two months.
    for (let i = out.length - 1; i >= 0; i--) {
      const n = out[i]!;
      if (n.kind === 'number' && n.index >= p.index && n.index < p.index + p.text.length)
        out.splice(i, 1);
    }
  }
  // 五月端午前后 in the answers: the month names the festival's lunar date, which the draft's
  // 端午节前后 keeps; it traces a draft's 五月 and is not required. (Not 2月春节前后 or 1月20号
  // 春节前: figures other than the festival's own are the calendar's, a fact of their own.)
  if (options.inner) {
    for (const d of out) {
      if (d.kind !== 'date') continue;
      const at = d.index + d.text.length + (text[d.index + d.text.length] === '的' ? 1 : 0);
      const festival = out.find((p) => p.kind === 'period' && p.index === at);
      const lunar = LUNAR_FESTIVALS.get(festival?.key ?? '');
      if (!lunar) continue;
      // (8月15中秋, 5月端午: figures that are the festival's own month and day.)
      const own =
        d.date?.year === undefined &&
        d.date?.month === lunar.month &&
        (d.date.day === undefined || d.date.day === lunar.day);
      if (own || LUNAR_DATE_RE.test(d.text)) d.told = true;
    }
  }
  for (const p of extractClockTimes(text)) if (!inside(p.index)) out.push(p);
  for (const p of extractDecades(text)) {
    // 快检车还是一几年买的: a decade said as X几年 is a phone's guess at a time; a draft may keep
    // it (20世纪70年代) or say only 使用年限较长. It traces a draft's decade, and is not required.
    if (!inside(p.index)) out.push(p.text.endsWith('几年') ? { ...p, told: true } : p);
  }
  for (const p of extractWeekdays(text, { answers: options.inner })) {
    if (!inside(p.index)) out.push(p);
  }
  for (const n of extractNames(text, { answers: options.inner })) {
    if (inside(n.index)) continue;
    const name: Claim = n;
    if (n.kind === 'org' && !options.inner) name.wider = widerName(text, n.index, n.text);
    // 本主节活动: the event read on past the one character that cut it (本, 该, 各 usually end a
    // name on the left), for a name the answers may say whole. (Only such a character: not the
    // draft's own verb, 举办茶节活动.)
    if (n.kind === 'event' && !options.inner && cutsNameAlone(text[n.index - 1] ?? ''))
      name.wider = text[n.index - 1] + n.text;
    out.push(name);
  }
  for (const e of extractEthnicGroups(text)) {
    if (inside(e.index)) continue;
    out.push(e);
    // 是黎娜 黎族的: a people named with 族 is no person's name read across it.
    if (!e.text.endsWith('族')) continue;
    const across = out.findIndex(
      (p) => p.kind === 'person' && p.index <= e.index && p.index + p.text.length > e.index + 1,
    );
    if (across >= 0) out.splice(across, 1);
  }
  for (const c of extractCountries(text)) if (!inside(c.index)) out.push(c);
  for (const f of extractFieldLists(text)) if (!inside(f.index)) out.push(f);
  // Counts only a phone says, read on the answers alone.
  if (options.inner) {
    // 会计只有俩人, 我们仨: the spoken two and three hold their measure. (After a pronoun, 我们仨
    // points back at people the answer named: a source, never a count to repeat.)
    for (const m of text.matchAll(FUSED_COUNT_RE)) {
      if (inside(m.index)) continue;
      const measure = m[2] ?? (PEOPLE_LINE_RE.test(lineAround(text, m.index)) ? '人' : '个');
      const pointsBack = /[他她我你咱]们?$/.test(text.slice(Math.max(0, m.index - 2), m.index));
      out.push({
        kind: 'number',
        text: m[0],
        index: m.index,
        value: m[1] === '俩' ? 2 : 3,
        measure,
        ...(pointsBack ? { told: true } : {}),
      });
    }
    // Counts a phone says in passing vouch for the draft's figure and are never demanded.
    const told = (said: string, index: number, value: number, measure: string): Claim => ({
      kind: 'number',
      text: said,
      index,
      value,
      measure,
      told: true,
    });
    // 筹建第3个合作社: the count the new one brings them to (达到3个 is it).
    for (const m of text.matchAll(NTH_COUNT_RE)) {
      const value = cnOrArabic(m[1]);
      if (value === undefined || value < 2 || inside(m.index)) continue;
      out.push(told(m[0].slice(1), m.index + 1, value, m[2]!));
    }
    for (const m of text.matchAll(ONE_SPAN_RE)) {
      if (!inside(m.index)) out.push(told(m[0], m.index, 1, m[1]!));
    }
    // 村口有座老戏台, 搞了个培训班: a 一 left unsaid is a count of one, so the draft's 1座 traces.
    for (const m of text.matchAll(SPOKEN_ONE_RE)) {
      if (!inside(m.index)) out.push(told(m[1]!, m.index + 1, 1, m[1]!));
    }
  }
  const sentenceCache = new Map<number, Set<string>>();
  for (const c of out) {
    if (c.kind === 'number' && pointsBack(text, c)) c.told = true;
    // 每月开展1次: the rate a 1 belongs to, in whatever script.
    if (c.kind === 'number' && c.value === 1 && !c.text.startsWith('一')) {
      const per = frequencyOf(text, c);
      if (per) c.per = per;
    }
    // 民建中央采用1条 就是民营企业融资担保那条: the one named right after it stands for the count (a
    // draft naming that one has kept it).
    if (
      c.kind === 'number' &&
      c.value === 1 &&
      ONE_NAMED_AFTER_RE.test(text.slice(c.index + c.text.length))
    )
      c.told = true;
    if (c.kind === 'number' && c.value === 1 && c.text.startsWith('一')) {
      // 没有一家企业停产: an emphatic none, no count of one.
      if (emphaticNone(text, c)) c.told = true;
      c.told ||=
        TOLD_ONE_RE.test(text.slice(Math.max(0, c.index - 1), c.index)) ||
        // 开一次茶话会: one of an event named right after it only introduces the event (not
        // 每月办一次法治讲座, how often, nor 只办一次, how few).
        (ONE_BEFORE_EVENT_RE.test(
          text.slice(c.index + c.text.length, c.index + c.text.length + 15),
        ) &&
          !frequencyOf(text, c) &&
          !/只[\u4e00-\u9fff]?$/.test(text.slice(Math.max(0, c.index - 2), c.index))) ||
        notACount(text, c) ||
        theOneSaid(text, c) ||
        // 一期半个月: how long each one lasts, said as its predicate, not how many there were.
        ONE_THEN_SPAN_RE.test(text.slice(c.index + c.text.length)) ||
        // 名册再核对一次, 再办一届: once more, a repetition said, not a count (再次 keeps it, or
        // nothing).
        (/^一[次遍回届期轮]$/.test(c.text) &&
          /再[\u4e00-\u9fff]{1,3}$/.test(text.slice(Math.max(0, c.index - 4), c.index)));
      const per = frequencyOf(text, c);
      if (per) c.per = per;
    }
    if (c.kind === 'number' || c.kind === 'date' || c.kind === 'period') {
      const fact = { start: c.index, end: c.index + c.text.length };
      c.words = claimWords(text, fact);
      if (options.inner && c.kind === 'number') {
        for (const w of clauseBeforeWords(text, fact)) c.words.add(w);
      }
      // Read only when a clause tie fails (most claims tie by their clause).
      c.sentenceWords = () => sentenceWords(text, fact, sentenceCache);
    }
    if (c.kind === 'number') {
      c.noun = () => ({
        noun: countedNoun(text, c.index, c.text.length),
        around: text.slice(Math.max(0, c.index - 6), c.index + c.text.length + 6),
        before: text[c.index - 1] ?? '',
      });
      const items = listedItems(text, c) ?? namedAfter(text, c, out);
      if (items) c.items = items;
      // 抓了三件事 一是… 二是… 三是…: the count frames the list; the draft keeps the items (as
      // its （一）（二）（三） or 一是…) and need not say how many.
      if (items?.[0] === '一是') c.told = true;
    }
  }
  // 八千万 哦 八千五百万, 十四个啊不对十三个: a figure the user corrected at once is withdrawn —
  // the draft need not say it, and it vouches for nothing.
  const figures = out.filter((c) => c.kind === 'number');
  // Dates are corrected the same way (5月19号 不对 是5月18号).
  const corrected = [...figures, ...out.filter((c) => c.kind === 'date')].sort(
    (a, b) => a.index - b.index,
  );
  for (const [i, c] of corrected.entries()) {
    // 10月一次 哦不对 第三次是11月: a date's correction may come after the 一次 of its list and
    // name its place in it; the next date is the one it is corrected to.
    const next =
      c.kind === 'date'
        ? corrected.slice(i + 1).find((n) => n.kind === 'date' || !LISTED_ONE_RE.test(n.text))
        : corrected[i + 1];
    if (!next || next.kind !== c.kind) continue;
    let gap = text.slice(c.index + c.text.length, next.index);
    // 30个组里有8个是三人组: 是 right after a figure, nothing else between, says what they are
    // (not after 不是: 不是12个是14个 corrects).
    if (gap === '是' && !NEGATED_RE.test(text.slice(Math.max(0, c.index - 4), c.index))) continue;
    // Past a list's 一次 only a plain correction (不对, 错了): 一次是5月 一次是11月 corrects nothing.
    if (next !== corrected[i + 1] && !/不对|不是|错了|说错/.test(gap)) continue;
    // 6月底 不对是7月: the part of the month said with the date is the date's.
    if (c.kind === 'date') {
      gap = gap
        .replace(/^(?:底|初|末|中|上旬|中旬|下旬)/, '')
        .replace(/^[\s，,]*[一1][次场回个]/, '')
        .replace(/第[一二三四五六七八九十\d]+[次场回个](?=是)/, '');
    }
    // 四十万升 哦 是四十五万升: a unit the list does not know stands after both figures.
    // (…and may carry a particle: 60箱呢 哦不对 是80箱.)
    const unit = UNIT_BEFORE_CORRECTION_RE.exec(gap)?.[1];
    if (unit && text.startsWith(unit, next.index + next.text.length)) gap = gap.slice(unit.length);
    // 办了7期读书沙龙 嗯 应该是8期: the noun counted, said once between the two, before a strong
    // marker (not 哦 or 不是 alone: 3个 不是4个 may say the opposite).
    // (有1个图书角 哦不对 是阅览室 1个: the noun corrected, the count said again after it.)
    else if (next.measure && c.measure === next.measure) {
      // (对了是 corrects only to a near figure: 走访了12户 对了是5户在东村 says which of them.)
      const v = [c.value ?? 0, next.value ?? 0];
      const near = Math.min(...v) * 2 >= Math.max(...v);
      if (near || !/对了/.test(gap)) gap = gap.replace(STRONG_CORRECTION_AFTER_NOUN_RE, '');
      if (PLAIN_WRONG_RE.test(gap)) gap = gap.replace(NOUN_AFTER_IS_RE, '是');
    }
    // Only a marker of correction between them, not nothing at all (3次 5人 are two facts).
    const marked = gap.trim() !== '' && /[哦噢啊呃嗯额诶不错是]/.test(gap);
    // 哦不是4部 是5部, not 六十一 不是 六十九个 (there 不是 takes back the one before).
    const negated =
      NEGATED_RE.test(text.slice(Math.max(0, c.index - 4), c.index)) &&
      /^[\s，,]*(?:应该)?是/.test(gap);
    // 截至10月8号 错了错了 截至10月3号: the words before the figure, said again before the new one.
    const lead = /[\u4e00-\u9fff]{1,3}$/.exec(gap)?.[0];
    if (
      lead &&
      !lead.endsWith('是') &&
      text.slice(Math.max(0, c.index - lead.length), c.index) === lead
    ) {
      gap = gap.slice(0, -lead.length);
    }
    // 2.37亿元 不对 是2.73亿: the same kind of figure, its measure said once or twice.
    const alike =
      c.kind === 'date' ||
      sameMeasure(c.measure, next.measure) ||
      c.measure === '' ||
      next.measure === '' ||
      sameAmount(c.measure, next.measure, next.value ?? 0);
    // 是14个 不是12个: "is 14, not 12" — the figure after 不是 is the one denied.
    if (alike && text[c.index - 1] === '是' && /^[\s，,]*不是[\s，,]*$/.test(gap)) {
      next.told = true;
      next.withdrawn = true;
      continue;
    }
    // 二十来个 准确是23个: a rough figure made exact is said once, as the exact one (具体是 after
    // an exact figure lists its parts instead: 5人 具体是2名党员).
    // (…a range too: 十四点几 具体是14.6; and only a figure near the rough one — 一百多人 其中…
    // 具体是46人 and 二三十家 具体是12家规上的 are parts of it, said exactly; 五十多人 … 准确数是48人
    // is the count re-checked.)
    const exact = next.value ?? Number.NaN;
    const near =
      c.low !== undefined
        ? exact >= c.low * 0.8 && exact <= (c.value ?? 0) * 1.25
        : EXACT_RIGHT_AFTER_RE.test(gap) ||
          (exact >= (c.value ?? 0) * 0.8 && exact < (c.value ?? 0) * 2);
    // (…hedged, 好像是, only to a figure the rough one may stand for: 百分之五点几 好像是5.6%, not
    // 八万多 好像是7万是县里给的, a part of it.)
    const hedged = !REFINED_FIRM_RE.test(gap);
    const refined =
      (c.approx !== undefined || c.rough === true || c.low !== undefined) &&
      !next.approx &&
      REFINED_RE.test(gap) &&
      (hedged
        ? next.value !== undefined &&
          covers(c, next.value) &&
          // (…and not a part said as what they are: 两百多名 好像是210名是农村的.)
          !/^[\u4e00-\u9fff]{0,2}是/.test(text.slice(next.index + next.text.length))
        : near);
    // (十几个 16个: …or with only a phone's space between, the exact one in the rough one's reach;
    // 两个亿出头 大概2.1亿: or a finer "about" than the first.)
    // (…or a range, 百分之六点几 六点三: from 6 to 6.9, made exact.)
    const restated =
      (c.approx !== undefined || c.rough === true || c.low !== undefined) &&
      // (…a range only by a figure inside it: 七八个 十个是退休的 is another fact.)
      (c.low === undefined ||
        (next.value !== undefined && next.value >= c.low && next.value <= (c.value ?? 0))) &&
      (!next.approx ||
        (next.approx === 'near' &&
          next.value !== c.value &&
          // (…above the first, when the first said more: 两个亿出头 is no 大概1.9亿.)
          (c.approx !== 'more' || (next.value ?? 0) >= (c.value ?? 0)))) &&
      /^[ \t\u3000]+$/.test(gap) &&
      // (…its measure said again, or not at all: 百分之六点几 六点三.)
      (c.measure === next.measure || next.measure === '') &&
      c.value !== undefined &&
      next.value !== undefined &&
      next.value >= c.value * 0.8 &&
      next.value < c.value * 2;
    if (((marked && CORRECTION_RE.test(gap)) || negated || refined || restated) && alike) {
      c.told = true;
      c.withdrawn = true;
      if (c.kind === 'number') reasonTimesTold(text, next, out);
      // 满意率九十四点二 哦 是九十四点八: the corrected figure counts what the first did.
      if (!next.measure && c.measure) next.measure = c.measure;
      // …and is the claim the first was, its words too (一共7个 / next message: 不对 总共是8个).
      inheritWords(next, c);
      // …and 第三次 in 哦不对 第三次是11月 only points back into the list: no count of its own.
      for (const o of out) {
        if (
          o.kind === 'number' &&
          o.index > c.index &&
          o.index < next.index &&
          o.text.startsWith('第')
        ) {
          o.told = true;
        }
      }
    }
  }
  // 读书分享会2次 端午那次讲家风 还有一次在元宵: a total, then as many times in its sentence; a
  // 一次 said with one of those times is one of the occasions, not a count of its own.
  for (const total of figures) {
    const n = total.value ?? 0;
    if (n < 2 || n > 9 || total.derived) continue;
    const { end } = sentenceAt(text, total.index);
    const times = out.filter(
      (t) => (t.kind === 'date' || t.kind === 'period') && t.index > total.index && t.index < end,
    );
    if (times.length !== n) continue;
    for (const one of figures) {
      if (one.value !== 1 || !one.text.startsWith('一') || one.index <= total.index) continue;
      if (one.index >= end || !sameMeasure(one.measure, total.measure)) continue;
      const { start, end: clauseEnd } = clauseAt(text, one.index);
      if (times.some((t) => t.index >= start && t.index < clauseEnd)) one.told = true;
    }
  }
  // 上了57课时 说错了 暑假停了一阵 是52课时: a plain correction, a reason (a date in it too), then
  // 是 and the figure of the same measure, in one sentence; the rest of the clause may come
  // first (送了60套桌椅给村小 不对 是80套; 5月份文化馆来办了巡展 不对 是9月份).
  const dates = out.filter((c) => c.kind === 'date');
  for (const c of [...figures, ...dates]) {
    if (c.withdrawn || (c.kind === 'number' && !c.measure)) continue;
    const from = c.index + c.text.length;
    const next = (c.kind === 'date' ? dates : figures).find(
      (n) =>
        n.index > c.index &&
        // (…or its 个 said alone: 48个人参加 不对 52个.)
        (c.kind === 'date' ||
          n.measure === c.measure ||
          (n.measure === '个' && c.measure === '个人')) &&
        n.index - from <= REASON_MAX,
    );
    // (No other figure between them: 结业61人 在读的一百二十几个 不对 是117人 corrects the
    // 一百二十几个, not the 61.)
    const between = (c.kind === 'date' ? dates : figures).some(
      (o) => next && o.index >= from && o.index < next.index,
    );
    // (…not where the correction names the noun of another figure, and not this one's:
    // 队员19人 … 教了70多个娃娃 不对 队员是17个 corrects the 19人, read below.)
    const gap = next ? text.slice(from, next.index) : '';
    const noun = /[\s，,]([\u4e00-\u9fff]{2,4})(?:应该)?是\s*$/.exec(gap)?.[1];
    const namesAnother =
      next !== undefined &&
      noun !== undefined &&
      !text.slice(Math.max(0, c.index - 8), c.index).includes(noun) &&
      figures.some(
        (o) =>
          o !== c &&
          o.index < c.index &&
          !o.withdrawn &&
          sameMeasure(o.measure, next.measure) &&
          text.slice(Math.max(0, o.index - 4), o.index).endsWith(noun),
      );
    // (…nor where that noun was said between them, of another subject with no figure of its own:
    // 茶园4月份批下来了 果园还在公示 不对 果园是9月批的 — the correction replaces 还在公示.)
    const statedBetween =
      noun !== undefined &&
      gap.slice(0, gap.lastIndexOf(noun)).includes(noun) &&
      !text.slice(Math.max(0, c.index - 8), c.index).includes(noun);
    if (next && !between && !namesAnother && !statedBetween && CORRECTED_WITH_REASON_RE.test(gap)) {
      c.told = true;
      c.withdrawn = true;
      inheritWords(next, c);
    }
  }
  // 茶叶卖了30万 / 不对 销售额是35万元; 办了二十四次 来听课的一千二百多人次 / 不对 是二十五次: a
  // plain correction, perhaps the noun said again, then 是 and the right figure. Taken back is
  // the nearest figure before the marker of the same measure (else one with none, or an amount),
  // in its message or, when the correction opens a message, in the one before.
  const settled = new Set<Claim>();
  const corrections: { from: number; markerAt: number; next: Claim }[] = [];
  const timesAndFigures = [...figures, ...out.filter((c) => c.kind === 'date')];
  for (const next of timesAndFigures) {
    const lead = text.slice(Math.max(0, next.index - 16), next.index);
    const plain = PLAIN_CORRECTION_BEFORE_RE.exec(lead) ?? nounAgainBefore(text, lead, next);
    const m = plain ?? FILLER_NOUN_SHOULD_RE.exec(lead);
    if (!m) continue;
    const markerAt = next.index - lead.length + m.index;
    const lineStart = text.lastIndexOf('\n', markerAt - 1) + 1;
    const opens = text.slice(lineStart, markerAt).trim() === '';
    // (…查出132处 都整改了。不对 是131处整改完: after a sentence's end it corrects that sentence.)
    const from =
      opens && lineStart > 0
        ? text.lastIndexOf('\n', lineStart - 2) + 1
        : sentenceAt(text, markerAt).start;
    // 专干配齐8个村 不对 是8个村加2个小区: the figure said again, the correction adds to it and
    // takes back no other.
    const nearest = figures.filter((f) => f.index >= from && f.index < markerAt).at(-1);
    if (
      next.kind === 'number' &&
      nearest?.value === next.value &&
      sameMeasure(nearest?.measure, next.measure)
    )
      continue;
    // The nearest one it can be: 专任教师51 不对 是49人 corrects the 51, 一千二百多人次 not 次.
    // (A date corrects the nearest date: 5月底前完成8个村文化室改造 不对 是6月底.)
    const candidates = timesAndFigures
      .filter((f) =>
        next.kind === 'date'
          ? f.kind === 'date' && f.index >= from && f.index < markerAt && f.text !== next.text
          : f.kind === 'number' &&
            f.index >= from &&
            f.index < markerAt &&
            // (…its own value too when it is the nearest, the unit corrected: 3.6亿美元 不对
            // 是3.6亿元人民币 takes back the 3.6亿, not the 42亿 before it.)
            (f.value !== next.value || f === nearest) &&
            (sameMeasure(f.measure, next.measure) ||
              sameAmount(f.measure, next.measure, next.value ?? 0)) &&
            // (A figure with a noun of its own the list does not know is no bare one:
            // 11家…接单1300多单 / 不对 是12家 corrects the 11家 — unless that noun is what the
            // correction changes, 美元 to 元.)
            (!unknownUnit(text, f, next) || (f === nearest && f.value === next.value)),
      )
      .sort((a, b) => a.index - b.index);
    // The one it names first: the value after 不是 (是14个 不是12个), the noun said again
    // (不对 走访困难户是14个); only then the nearest (专任教师51 不对 是49人: the 51, not the 62人
    // before it, though that one's measure is the same).
    const denied = /^[\s，,]*不是[\s，,]*([\d〇零一二两三四五六七八九十百千万.]+)/.exec(
      text.slice(next.index + next.text.length),
    )?.[1];
    const noun = /[\s，,]+([\u4e00-\u9fff]{2,6}?)(?:应该是|是)/.exec(m[0])?.[1] ?? '';
    const ranked = (f: Claim) =>
      (denied !== undefined && f.text.startsWith(denied) ? 8 : 0) +
      (noun !== '' && text.slice(Math.max(from, f.index - 8), f.index).includes(noun) ? 4 : 0);
    const best = Math.max(0, ...candidates.map(ranked));
    // (哦 + 应该是 corrects only the figure its noun was said with: 哦 明年目标应该是30家 or 诶
    // 总数应该是86名 is another figure, said of another noun.)
    if (!plain && best < 4) continue;
    // 不对 服务台是7个 不是6个: a value denied that nothing in reach has is in an earlier
    // answer — the one with that value and the noun before it; never the nearest instead.
    const deniedFar =
      denied !== undefined && !candidates.some((f) => f.text.startsWith(denied))
        ? timesAndFigures.find(
            (f) =>
              f.kind === 'number' &&
              f.index < from &&
              f.text.startsWith(denied) &&
              noun !== '' &&
              text.slice(Math.max(0, f.index - 8), f.index).includes(noun),
          )
        : undefined;
    if (denied !== undefined && !deniedFar && !candidates.some((f) => f.text.startsWith(denied)))
      continue;
    // 茶园4月份批下来了 果园还在公示 不对 果园是9月批的: the noun said again stands after every
    // figure in reach, with none of its own — the correction replaces what was said of it
    // (还在公示), and takes back no figure of another subject.
    const lastOne = candidates.at(-1);
    if (
      best === 0 &&
      noun !== '' &&
      lastOne &&
      text.slice(lastOne.index + lastOne.text.length, markerAt).includes(noun)
    )
      continue;
    // 今年示范村创建了3个 … / 纠正一下 示范村创建成功的是2个: a correction opening a message
    // names its noun at length, and nothing in reach is what it corrects (…每季度去走访一次 is
    // another count) — it takes back the one figure said with that noun's first word in an
    // earlier answer of the part, however many messages before.
    // (Nothing in reach is it: no figure of its measure, a 个, or people as the correction's are,
    // said of what the correction names — 村里的民族干部有10名 / 纠正一下 少数民族干部是12人 takes
    // back the 10名. And the far figure stands alone of its measure in its answer: 示范村有5个
    // 今年新创建了3个 says a total and a part, and which one is meant is not read.)
    const said = /[\s，,]+([\u4e00-\u9fff]{2,9}?)(?:应该是|是)/.exec(m[0])?.[1] ?? '';
    const head = said.length >= 3 ? said.slice(0, 3) : undefined;
    const pairs = [...said].slice(1).map((ch, i) => said[i]! + ch);
    const mayBe = (f: Claim) =>
      (f.measure === next.measure ||
        f.measure === '个' ||
        (/^[名位人]$/.test(f.measure ?? '') && /^[名位人]$/.test(next.measure ?? ''))) &&
      // (…said of the same thing: 今年慰问了困难群众30人 is no 民族干部's.)
      pairs.some((w) =>
        text
          .slice(Math.max(text.lastIndexOf('\n', f.index - 1) + 1, f.index - 10), f.index)
          .includes(w),
      );
    const far =
      opens && best < 4 && !candidates.some(mayBe) && denied === undefined && head !== undefined
        ? figures.filter(
            (f) =>
              f.index < from &&
              !f.withdrawn &&
              f.value !== next.value &&
              f.measure === next.measure &&
              text.slice(Math.max(0, f.index - 8), f.index).includes(head),
          )
        : [];
    const alone = (f: Claim) => {
      const lineFrom = text.lastIndexOf('\n', f.index) + 1;
      const lineTo = text.indexOf('\n', f.index);
      return !figures.some(
        (o) =>
          o !== f &&
          o.measure === f.measure &&
          o.index >= lineFrom &&
          (lineTo < 0 || o.index < lineTo),
      );
    };
    const namedFar = far.length === 1 && alone(far[0]!) ? far[0] : undefined;
    const old = deniedFar ?? namedFar ?? candidates.filter((f) => ranked(f) === best).pop();
    if (!old) continue;
    settled.add(next);
    // 38户 / 不对 是36户 有两户搬走了: the difference, given as the reason, is no fact to keep.
    const diff = Math.abs((old.value ?? 0) - (next.value ?? 0));
    const { end } = sentenceAt(text, next.index);
    for (const f of next.kind === 'number' ? figures : []) {
      if (f.index > next.index && f.index < end && f.value === diff) {
        if (!sameMeasure(f.measure, next.measure)) continue;
        f.told = true;
        // (…and its time: 有两家年中搬走了, 有一件是6月底办结的 tell when the difference came,
        // no fact either.)
        for (const p of out) {
          if ((p.kind === 'period' || p.kind === 'date') && p.index > f.index && p.index < end)
            p.told = true;
        }
      }
    }
    if (next.kind === 'number') reasonTimesTold(text, next, out);
    // 观摩会 获评 9月 / 不对 观摩会是8月中开的 获评是9月: the correction says the old one again,
    // for what it was right about: moved, not wrong — that one carries its words.
    const lineEnd = text.indexOf('\n', next.index);
    const again = timesAndFigures.find(
      (f) =>
        f !== next &&
        f.kind === old.kind &&
        f.text === old.text &&
        f.index > next.index &&
        (lineEnd < 0 || f.index < lineEnd),
    );
    if (again) inheritWords(again, old);
    // 9.12 … / 不对 正式是9月13号 12号是预演: the old day said again, as the reason, is no fact.
    for (const f of next.kind === 'date' ? timesAndFigures : []) {
      if (
        f.kind === 'date' &&
        f.index > next.index &&
        (lineEnd < 0 || f.index < lineEnd) &&
        !f.text.includes('月') &&
        f.date?.day !== undefined &&
        f.date.day === old.date?.day
      )
        f.told = true;
    }
    corrections.push({ from, markerAt, next });
    if (old.withdrawn) continue;
    old.told = true;
    old.withdrawn = true;
    if (!next.measure && old.measure) next.measure = old.measure;
    inheritWords(next, old);
  }
  // 新装的25盏 更换的15盏 / 不对 更换是17盏 新装23盏: the figures after a correction in its
  // message, each after the words that named an earlier one, take that one back too, in any order.
  for (const { from, markerAt, next } of corrections) {
    // Each right after the one before, only its words between (不对 更换是17盏 新装23盏; not
    // 不对 专项是8个 还有政府投资项目5个, a new item).
    let prevEnd = next.index + next.text.length;
    for (const f of figures) {
      if (f.index < prevEnd || settled.has(f)) continue;
      if (!LABEL_GAP_RE.test(text.slice(prevEnd, f.index))) break;
      const label = LABEL_BEFORE_RE.exec(text.slice(Math.max(0, f.index - 6), f.index))?.[1];
      if (!label) break;
      prevEnd = f.index + f.text.length;
      const named = figures.filter(
        (o) =>
          !o.withdrawn &&
          o.index >= from &&
          o.index < markerAt &&
          o.value !== f.value &&
          sameMeasure(o.measure, f.measure) &&
          LABEL_BEFORE_RE.exec(text.slice(Math.max(0, o.index - 6), o.index))?.[1] === label,
      );
      if (named.length !== 1) continue;
      const old = named[0]!;
      old.told = true;
      old.withdrawn = true;
      inheritWords(f, old);
    }
  }
  // 立案7起 哦加上上周那起 一共8起: a tally amended by what it left out — the new total, larger,
  // in the same measure, right after 加上 and a word of total, takes the first back.
  for (let i = 1; i < figures.length; i++) {
    const [prev, after] = [figures[i - 1]!, figures[i]!];
    if (prev.withdrawn || !sameMeasure(prev.measure, after.measure)) continue;
    if ((after.value ?? 0) <= (prev.value ?? 0)) continue;
    const gap = text.slice(prev.index + prev.text.length, after.index);
    // (新建8个 加上原来的一共23个: the new ones and the stock they join, both facts.)
    if (!ADDED_TOTAL_GAP_RE.test(gap) || STOCK_RE.test(gap)) continue;
    prev.told = true;
    prev.withdrawn = true;
  }
  // 搞了两次检查 还有一次是春节前 哦 应该算三次: a tally, one more added, then a correction to
  // their sum — the sum is the count, and the first tally is taken back (the one added stays:
  // it says which one it was).
  for (let i = 2; i < figures.length; i++) {
    const [tally, added, sum] = [figures[i - 2]!, figures[i - 1]!, figures[i]!];
    if (tally.withdrawn || added.withdrawn || sum.withdrawn) continue;
    if (!sameMeasure(tally.measure, added.measure) || !sameMeasure(tally.measure, sum.measure))
      continue;
    if (added.value !== 1 || (tally.value ?? 0) + 1 !== sum.value) continue;
    const between = text.slice(tally.index + tally.text.length, added.index);
    const then = text.slice(added.index + added.text.length, sum.index);
    if (!ADDED_ONE_RE.test(between) || !SUM_CORRECTION_RE.test(then)) continue;
    tally.told = true;
    tally.withdrawn = true;
  }
  // 搞了十几场 大概十五场吧 不对是十六场: a rough figure refined right before one taken back
  // (十几 → 大概十五) goes with it: just before it, its measure, nothing but a space between.
  for (let i = figures.length - 1; i > 0; i--) {
    const after = figures[i]!;
    const prev = figures[i - 1]!;
    if (!after.withdrawn || prev.withdrawn || !sameMeasure(prev.measure, after.measure)) continue;
    if (prev.approx === undefined && after.approx === undefined) continue;
    // (…the same count said again, near it: 每期大概30人 90人 不对 是95人 keeps its 30.)
    const [p, a] = [prev.value ?? 0, after.value ?? 0];
    if (a < p * 0.8 || a >= p * 2 || text[prev.index - 1] === '每') continue;
    if (!/^[\s，,]*$/.test(text.slice(prev.index + prev.text.length, after.index))) continue;
    prev.told = true;
    prev.withdrawn = true;
  }
  // 够全镇用六成 不对 大概一半多: a share corrected by a share said in words (一半, 大半) takes
  // back the share before it in its sentence.
  for (const m of text.matchAll(SHARE_CORRECTION_RE)) {
    const { start } = sentenceAt(text, m.index);
    const old = figures.filter(
      (f) => f.index >= start && f.index < m.index && /^(?:成|%)$/.test(f.measure ?? ''),
    );
    const last = old.at(-1);
    if (!last || last.withdrawn) continue;
    last.told = true;
    last.withdrawn = true;
  }
  // “便民驿站” 不对 名字叫“暖心小站”: a name in quotes corrected by the next one.
  const named = out.filter((c) => c.kind === 'quote' || c.kind === 'title');
  for (const [i, c] of named.entries()) {
    const next = named[i + 1];
    if (!next || next.kind !== c.kind) continue;
    const gap = text.slice(c.index + c.text.length, next.index);
    if (gap.length <= NAME_CORRECTION_MAX && NAME_CORRECTION_RE.test(gap)) {
      c.told = true;
      c.withdrawn = true;
    }
  }
  // 活动在柳湾村办的 哦不对 是杏坪村, 书记王立新牵头 说错了 应该是副书记赵晓梅, 演讲比赛 不对 是
  // 朗诵比赛: a place, a person or an event corrected by the next one of its kind in the same
  // message is no fact to keep.
  const plainNames = out.filter(
    (c) => c.kind === 'person' || c.kind === 'event' || (c.kind === 'org' && c.place),
  );
  for (const [i, c] of plainNames.entries()) {
    // 负责人余约翰 哦不对 写余新华: a person corrected to a name of the same surname, whether or
    // not the new one reads as a name (新 begins words as well as given names) — a name's length
    // up to a pause, and no weekday (周建国 不对 周四去的 corrects the day).
    if (
      c.kind === 'person' &&
      CORRECTED_NAME_RE.exec(
        text.slice(c.index + c.text.length, c.index + c.text.length + 20),
      )?.[1] === c.text[0]
    ) {
      c.told = true;
      c.withdrawn = true;
    }
    const next = plainNames.slice(i + 1).find((n) => n.kind === c.kind);
    if (!next) continue;
    const gap = text.slice(c.index + c.text.length, next.index);
    if (gap.length <= NAME_CORRECTION_MAX && !gap.includes('\n') && NAME_CORRECTION_RE.test(gap)) {
      c.told = true;
      c.withdrawn = true;
    }
    // 不是柳湾村 是刘湾村: the wrong one said after 不是, then the right one; the user's every
    // mention of the wrong one before is taken back with it.
    if (
      /不是[\s，,]*$/.test(text.slice(Math.max(0, c.index - 4), c.index)) &&
      /^[\s，,]*(?:而|应该)?是[\s，,]*$/.test(gap)
    ) {
      for (const o of plainNames) {
        if (o.kind === c.kind && o.text === c.text && o.index <= c.index) {
          o.told = true;
          o.withdrawn = true;
        }
      }
    }
  }
  // “山居小馆” … / 不对 那个号叫“山居小院” 不是小馆: a quoted name said again a character or two
  // apart, after a correction in its message or the next, takes back the first, however far.
  for (const [i, c] of named.entries()) {
    if (c.withdrawn) continue;
    const lineEnd = text.indexOf('\n', c.index);
    const nextEnd = lineEnd < 0 ? text.length : text.indexOf('\n', lineEnd + 1);
    const reach = nextEnd < 0 ? text.length : nextEnd;
    const later = named
      .slice(i + 1)
      .find((n) => n.kind === c.kind && n.index < reach && nearlyTheSame(c.text, n.text));
    if (!later) continue;
    const gap = text.slice(c.index + c.text.length, later.index);
    if (!/(?:不对|说错了|错了|应该是|改叫|改名)/.test(gap)) continue;
    c.told = true;
    c.withdrawn = true;
  }
  // 2318户4075人 不对 是2381户4075人: figures corrected as a group, the measures in the same
  // order on both sides; each that changed is taken back.
  for (const m of text.matchAll(GROUP_CORRECTION_RE)) {
    const { start, end } = sentenceAt(text, m.index);
    const live = figures.filter((f) => !f.withdrawn && f.index >= start && f.index < end);
    const before = live.filter((f) => f.index < m.index).slice(-GROUP_MAX);
    const after = live.filter((f) => f.index >= m.index + m[0].length).slice(0, before.length);
    if (before.length < 2 || after.length !== before.length) continue;
    // The figures on each side stand together (2318户4075人): nothing but a measure between.
    const close = (side: Claim[]) =>
      side.every(
        (f, i) => i === 0 || f.index - (side[i - 1]!.index + side[i - 1]!.text.length) <= GROUP_GAP,
      );
    if (!close(before) || !close(after)) continue;
    if (!before.every((b, i) => b.measure && b.measure === after[i]!.measure)) continue;
    for (const [i, b] of before.entries()) {
      if (b.value === after[i]!.value) continue;
      b.told = true;
      b.withdrawn = true;
      inheritWords(after[i]!, b);
    }
  }
  // 一共7个 / 不对 东苑小区配了两个 总共是8个: a total corrected by a total, a detail said
  // between; the first is taken back, and the new one is the claim the first was (its words).
  // (两家 不对 还有河口卫生院 一共三家: a count corrected by a total is taken back the same way
  // when it is the last of its measure before the total.)
  for (const c of figures) {
    if (c.withdrawn) continue;
    const total = TOTAL_BEFORE_RE.test(text.slice(Math.max(0, c.index - 3), c.index));
    const from = c.index + c.text.length;
    const next = figures.find(
      (n) =>
        n.index > from &&
        n.index - from <= TOTAL_CORRECTION_MAX &&
        sameMeasure(n.measure, c.measure) &&
        TOTAL_BEFORE_RE.test(text.slice(Math.max(0, n.index - 3), n.index)),
    );
    if (!next) continue;
    const marker = PLAIN_WRONG_RE.exec(text.slice(from, next.index));
    if (!marker) continue;
    // (…the marker its own: 一百二十来人 / 搞了26场 哦不对 是28场 / 一共11个 corrects the 26场,
    // not the 120 before it — no figure stands between the first and the marker.)
    const markerAt = from + marker.index;
    if (!total && figures.some((f) => f.index > from && f.index < markerAt)) continue;
    if (
      !total &&
      figures.some(
        (f) => f.index > from && f.index < next.index && sameMeasure(f.measure, c.measure),
      )
    )
      continue;
    c.told = true;
    c.withdrawn = true;
    inheritWords(next, c);
  }
  // 年底前修好了 不对 这两间还在修: a correction that takes back that the work is done takes
  // back when it was done too (the time of the clause before the marker).
  for (const m of text.matchAll(UNDONE_AFTER_CORRECTION_RE)) {
    const clauseStart = Math.max(
      text.lastIndexOf(' ', m.index - 1),
      text.lastIndexOf('，', m.index - 1),
      text.lastIndexOf('。', m.index - 1),
      text.lastIndexOf('\n', m.index - 1),
    );
    for (const c of out) {
      if (
        (c.kind === 'date' || c.kind === 'period') &&
        c.index > clauseStart &&
        c.index < m.index
      ) {
        c.told = true;
        c.withdrawn = true;
      }
    }
  }
  // 更正一下 长岭水库是11月上旬才完工的 不是10月底: in a message that opens by correcting, a
  // figure or time after 不是 is the one taken back (with the part of the month said with it),
  // when the message has said another of its kind first.
  for (const c of out) {
    if (c.kind !== 'number' && c.kind !== 'date' && c.kind !== 'period') continue;
    if (c.withdrawn || !NEGATED_RE.test(text.slice(Math.max(0, c.index - 4), c.index))) continue;
    const start = text.lastIndexOf('\n', c.index - 1) + 1;
    if (!CORRECTING_MESSAGE_RE.test(text.slice(start, c.index))) continue;
    const time = (k: ClaimKind) => k === 'date' || k === 'period';
    const before = out.filter(
      (o) =>
        o.index >= start &&
        o.index < c.index &&
        (c.kind === 'number' ? o.kind === 'number' : time(o.kind)),
    );
    // (…another value: 更正一下 一共帮扶了30户 不是30户都脱贫了 denies the verb, not the 30.)
    const same = (o: Claim) => o.text === c.text || (c.value !== undefined && o.value === c.value);
    if (before.length === 0 || before.some(same)) continue;
    // (The part of the month said with it goes too: 10月底, 10月上旬.)
    const end = c.index + c.text.length;
    for (const o of out) {
      const part =
        o.kind === 'period' &&
        o.index > c.index &&
        (o.index < end || (o.index === end && /^[上中下]旬/.test(o.text)));
      if (o === c || part) o.told = o.withdrawn = true;
    }
  }
  // 面授课晚上延到九点 哦不是 是把面授课改到周末: a figure or time taken back for words, not for
  // another figure (the last claim before the marker; 3次 不是很多 takes nothing back).
  for (const c of out) {
    if (c.kind !== 'number' && c.kind !== 'date' && c.kind !== 'period') continue;
    const after = text.slice(c.index + c.text.length, c.index + c.text.length + 12);
    if (c.withdrawn || !TAKEN_BACK_RE.test(after)) continue;
    // The figure or date after the marker was found to correct another (of its own kind:
    // 来了80人 / 不对 应该是9月13号 corrects the date, not the 80人).
    const at = c.index + c.text.length;
    if (timesAndFigures.some((f) => settled.has(f) && f.index > at && f.index <= at + 14)) continue;
    // 每两周巡查一次 不对 是每周: the rate is corrected, not the count — the count takes the
    // new rate, and a figure inside the old one (两周) is taken back instead.
    const rate = CORRECTED_RATE_RE.exec(after)?.[1];
    if (c.kind === 'number' && c.per && rate) {
      c.per = rateKey(rate);
      for (const o of out) {
        if (o !== c && o.kind === 'number' && o.index < c.index && o.index >= c.index - 8)
          o.withdrawn = o.told = true;
      }
      continue;
    }
    c.told = true;
    c.withdrawn = true;
  }
  // 研究统战工作5次 不对 4次 第五次那个是民族工作会: the ordinal of a figure just taken back says
  // why it was (the fifth was another meeting): the reason, no fact of its own to keep, and it
  // vouches for nothing (a draft's 5次 is still the figure taken back).
  for (const c of figures) {
    if (c.withdrawn || !c.text.startsWith('第')) continue;
    const reason = figures.some(
      (w) =>
        w.withdrawn &&
        w.value === c.value &&
        w.index < c.index &&
        c.index - (w.index + w.text.length) <= REASON_MAX,
    );
    if (reason) {
      c.told = true;
      c.withdrawn = true;
    }
  }

  // a time, the words around it perhaps said again; the first is taken back.
  const inOrder = out
    .filter((c) => c.kind === 'date' || c.kind === 'period')
    .sort((a, b) => a.index - b.index);
  for (const [i, c] of inOrder.entries()) {
    const next = inOrder[i + 1];
    // (A date corrected by a date is read above, with its list's 一次.)
    if (!next || c.withdrawn || (c.kind === 'date' && next.kind === 'date')) continue;
    // (A day of the week corrects a day of the week: 12点 哦 是周六周日 takes back no hour.)
    if (isWeekdayKey(c.key) !== isWeekdayKey(next.key)) continue;
    const gap = text.slice(c.index + c.text.length, next.index);
    // 端午前后 准确是6月3号: a rough time made exact is told (it may vouch, need not be kept).
    if (c.kind === 'period' && next.kind === 'date' && REFINED_TIME_RE.test(gap)) {
      c.told = true;
      continue;
    }
    if (gap.length <= TIME_CORRECTION_MAX && TIME_CORRECTION_RE.test(gap)) {
      // (每周四 哦 是周三: the bare day said instead is the recurring one, a fact to keep.)
      if (!c.told && next.told && isWeekdayKey(next.key)) next.told = undefined;
      c.told = true;
      c.withdrawn = true;
    }
  }
  // 上半年 不对 全年: …and so is one taken back for the whole year, which is no claim of its own
  // for the loop above to pair it with.
  for (const c of inOrder) {
    if (c.kind !== 'period' || c.withdrawn) continue;
    const marker = PERIOD_CORRECTED_RE.exec(text.slice(c.index + c.text.length))?.[0];
    if (
      marker !== undefined &&
      /^(?:全年|今年)/.test(text.slice(c.index + c.text.length + marker.length))
    ) {
      c.told = true;
      c.withdrawn = true;
    }
  }
  // 四月中旬, 3月底: the part of a month said with it belongs to that month (sharing its 月),
  // and the 月底 of a withdrawn 6月底 goes with it.
  for (const p of out) {
    if (p.kind !== 'period' || !/^月/.test(p.text)) continue;
    const of = out.find((c) => c.kind === 'date' && c.index + c.text.length - 1 === p.index);
    if (!of) continue;
    p.ofDate = of;
    if (of.withdrawn) p.withdrawn = true;
  }
  for (const c of figures) {
    if (c.kind === 'number' && c.measure === '个' && PEOPLE_LINE_RE.test(lineAround(text, c.index)))
      c.ofPeople = true;
  }
  // 累计收了41.4万吨 … 总数41.4没错: a bare figure that repeats an earlier one without its 万
  // and measure is that figure said again, which the draft keeps by keeping the first.
  for (const [i, c] of figures.entries()) {
    if (c.measure !== '' || !/^\d+(?:\.\d+)?$/.test(c.text)) continue;
    // (…said as a restatement: 总数, 一共, 没错, 这个 in its clause — not 比去年增长15 beside
    // 15万人次.)
    const { start, end } = clauseAt(text, c.index);
    if (!/总数|总共|一共|合计|总计|没错|对的|不变|这个|这/.test(text.slice(start, end))) continue;
    const again = (o: Claim) =>
      o.text.startsWith(c.text) && /[万亿]/.test(o.text[c.text.length] ?? '');
    if (figures.slice(0, i).some(again)) c.told = true;
  }
  // 完成六千亩 原来定的五千 后来又加了一千: on a phone, a bare figure ending its clause after a
  // figure of an amount's measure (亩, 吨, 元) in the same sentence is in that measure, said once.
  if (options.inner) {
    for (const [i, c] of figures.entries()) {
      if (c.measure !== '' || c.value === undefined || c.approx !== undefined) continue;
      const end = c.index + c.text.length;
      if (/^[\u4e00-\u9fff]/.test(text.slice(end, end + 1))) continue;
      const prev = figures.findLast((p, j) => j < i && p.measure !== '');
      if (
        prev?.value === undefined ||
        !AMOUNT_MEASURE_RE.test(prev.measure ?? '') ||
        c.index - (prev.index + prev.text.length) > ELLIPTIC_MEASURE_MAX ||
        /[。！？；;\n]/.test(text.slice(prev.index, c.index)) ||
        c.value > prev.value * 10 ||
        c.value < prev.value / 100
      )
        continue;
      c.measure = prev.measure;
    }
  }
  for (const c of figures) c.sole = soleAmong(figures, c);
  // 一次…一次…: an enumeration of a count given elsewhere (开了2次 一次4月 一次10月), told.
  for (const c of out) {
    if (c.kind !== 'number' || c.value !== 1 || !c.text.startsWith('一')) continue;
    const line = lineAround(text, c.index);
    if (line.split(c.text).length > 2) c.told = true;
  }
  // 举办2期，1期在浙江大学、1期在县内: ones that split a total of as many in their sentence
  // are its breakdown; the total and what each one is about are the facts.
  const numbers = out.filter((c) => c.kind === 'number');
  for (const total of numbers) {
    const n = total.value;
    if (n === undefined || !Number.isInteger(n) || n < 2 || n > LIST_MAX) continue;
    const { end } = sentenceAt(text, total.index);
    const ones = numbers.filter(
      (c) =>
        c.value === 1 &&
        c.index > total.index &&
        c.index < end &&
        sameMeasure(c.measure, total.measure),
    );
    if (ones.length !== n) continue;
    for (const c of ones) c.derived = true;
    // (两套预案 防汛一套 防火一套: each one after what it is; the count is kept by naming them.)
    let from = total.index + total.text.length;
    const items = ones.map((c) => {
      const before = text.slice(from, c.index);
      from = c.index + c.text.length;
      return /([\u4e00-\u9fff]{2,8})$/.exec(before.split(/[\s、，,；;：:]/).at(-1) ?? '')?.[1];
    });
    if (items.every((i) => i !== undefined)) total.items = items as string[];
  }
  // 办了个讲座, 一个项目, 查了一遍: a single one said in passing is still one (1场, 一家, 一次).
  for (const m of text.matchAll(IMPLIED_ONE_RE)) {
    const at = m.index + m[0].length - 1;
    if (out.some((c) => c.kind === 'number' && c.index <= at && at < c.index + c.text.length))
      continue;
    out.push({
      kind: 'number',
      text: m[0],
      index: m.index,
      value: 1,
      // 就一个人兼着: one person (1人, 1名), as 4个人 is 4名; 集训一周 is 1周, 搞了场 1场.
      measure: m[0] === '一个人' ? '个人' : m[0].replace(/^一/, '') || '个',
      derived: true,
      words: claimWords(text, { start: m.index, end: m.index + m[0].length }),
    });
    // (…the only one said so, as 两个人 is: 一个人管好几摊 for 一人身兼多项.)
    const one = out.at(-1)!;
    one.sole = soleAmong(figures, one);
  }
  // 各一次 over two dates is also 2次: the total stands as a claim of its own.
  const times = out.filter((c) => c.kind === 'date' || c.kind === 'period');
  // 学习会5次 其中一次是4月份去…: one of the count said before, picked out by when it was; the
  // time is the fact (其中4月组织… keeps it), the one only points at it.
  for (const c of out) {
    if (c.kind !== 'number' || c.value !== 1 || !/其中$/.test(text.slice(0, c.index))) continue;
    const at = c.index + c.text.length;
    if (times.some((t) => t.index >= at && /^是?$/.test(text.slice(at, t.index)))) c.told = true;
  }
  for (const c of [...out]) {
    if (c.kind !== 'number') continue;
    const each = distributiveTotal(text, c, times);
    if (each === undefined) continue;
    const { total } = each;
    c.total = total;
    // 清真寺、天主堂各1座: the count is of each item before 各, though 、 ends the clause it stands
    // in — their words are its own.
    if (each.list && c.words) for (const w of contentWords(text, each.list)) c.words.add(w);
    // 春节前、中秋前各一次: the times listed are the facts; 分别开展 keeps them without a 1.
    if (c.value === 1 && each.overTimes) c.told = true;
    // (A total over counted items only vouches for the 各N, checker.ts: it keeps no answer's
    // 一共8名 the draft dropped.)
    if (each.summed) continue;
    out.push({ ...c, value: total, text: `${total}${c.measure ?? ''}`, derived: true });
  }
  // 会议室7间 3间大的 其余是小会议室: the rest is the total less its parts, a figure the draft may
  // write (小会议室4间) but need not.
  for (const m of text.matchAll(REST_RE)) {
    const before = wholeFiguresBefore(text, out, m.index).filter((c) => c.low === undefined);
    // The whole is the first figure whose same-measure figures after it leave a rest (开了6次
    // 收到来信36件 已回复29件 剩下的…: 36 less 29, not 6 less both); else the sentence's first.
    const sum = (parts: readonly Claim[]) => parts.reduce((n, p) => n + p.value!, 0);
    const measured = before
      .map((whole, i) => ({
        whole,
        parts: before.slice(i + 1).filter((p) => sameMeasure(p.measure, whole.measure)),
      }))
      .find(({ whole, parts }) => parts.length > 0 && whole.value! - sum(parts) > 0);
    const [first, ...others] = before;
    const { whole, parts } = measured ?? { whole: first, parts: others };
    if (!whole || parts.length === 0) continue;
    const rest = whole.value! - sum(parts);
    if (rest <= 0) continue;
    // (剩下22件都转交了: the rest said, right after its word, is the user's own figure.)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (new RegExp(`^[的是有还]{0,2}${rest}`).test(after)) continue;
    out.push({
      ...whole,
      value: rest,
      text: `${rest}${whole.measure ?? ''}`,
      derived: true,
      told: true,
    });
  }
  // 卖出80箱 南北两个片区各一半, 学员90人 女学员占三分之一: a share of the total said before it,
  // a figure the draft may write (各40箱, 女学员30人) but need not.
  for (const m of text.matchAll(SHARE_RE)) {
    // (The total is the largest: 两个片区各一半 counts the parts, not the whole.)
    const whole = wholeFiguresBefore(text, out, m.index).sort((a, b) => b.value! - a.value!)[0];
    const share = m[1] ? 0.5 : (cnOrArabic(m[3]) ?? 0) / (cnOrArabic(m[2]) ?? 0);
    if (!whole || !(share > 0 && share < 1)) continue;
    const part = whole.value! * share;
    if (!Number.isInteger(part)) continue;
    // (Its words are the total's and the share's own clause's: 南北两个片区各一半.)
    const own = claimWords(text, { start: m.index, end: m.index + m[0].length });
    out.push({
      ...whole,
      value: part,
      text: `${part}${whole.measure ?? ''}`,
      words: new Set([...(whole.words ?? []), ...own]),
      derived: true,
      told: true,
    });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The exact whole figures said before `at` in its sentence (not % nor loose, not derived). */
function wholeFiguresBefore(text: string, claims: readonly Claim[], at: number): Claim[] {
  const { start } = sentenceAt(text, at);
  return claims.filter(
    (c) =>
      c.kind === 'number' &&
      c.index >= start &&
      c.index < at &&
      !c.withdrawn &&
      !c.derived &&
      !c.approx &&
      Number.isInteger(c.value) &&
      c.measure !== '%',
  );
}

/** 各一半, 一半, 占三分之一, 三分之二是…: a share of the total said before it. */
const SHARE_RE = /(各一半|各占一半|一半)|([二三四五六七八九十2-9])分之([一二三四五六七八九1-9])/g;

/** A sentence of the sources; `from` is where its answer's own words begin (after a title). */
export interface SourceSentence {
  text: string;
  from: number;
  /** The template's words (a part's title, a heading), not the user's. */
  global: boolean;
}

export interface Source {
  text: string;
  /** Vouches anywhere in the draft (title, 基本信息, period, headings, fixed wording). */
  global: boolean;
  /** Its claims by kind. */
  claims: Map<ClaimKind, Claim[]>;
  /** Its numbers by value. */
  numbers: Map<number, Claim[]>;
}

function byValue(claims: Claim[]): Map<number, Claim[]> {
  const out = new Map<number, Claim[]>();
  for (const c of claims) {
    if (c.kind !== 'number' || c.value === undefined) continue;
    // 一百四五十 is found by either end (140至150人).
    for (const v of c.low === undefined ? [c.value] : [c.value, c.low]) {
      const list = out.get(v);
      if (list) list.push(c);
      else out.set(v, [c]);
    }
  }
  return out;
}

export function byKind(claims: Claim[]): Map<ClaimKind, Claim[]> {
  const out = new Map<ClaimKind, Claim[]>();
  for (const c of claims) {
    const list = out.get(c.kind);
    if (list) list.push(c);
    else out.set(c.kind, [c]);
  }
  return out;
}

export interface SourceIndex {
  sources: Source[];
  /** Answers only, titles whole: what the draft should repeat. */
  answerFacts: { claim: Claim; source: string }[];
  /** The answers' lines that are plans (the parts of 下一步打算): see `expected`. */
  planLines: ReadonlySet<string>;
  /** All source texts, spaces removed, one per line: names are looked up here. */
  raw: string;
  /** All source texts as comparison keys, one per line. */
  keys: string;
  /**
   * Every sentence of the sources (an event's name and kind must stand in one), some read under
   * their part's title: `from` is where the answer's own words begin.
   */
  sentences: SourceSentence[];
  /** The sentences holding an event's kind (联谊 …) in their own words, filled as events are traced. */
  sentencesWith: Map<string, SourceSentence[]>;
  /** The keys of the 《titles》 in the sources. */
  titleKeys: string[];
  titleAffixes: string[];
  year?: number;
  /** Time words implied by the summary's own period (下半年 for a 上半年 summary). */
  impliedPeriods: Set<string>;
  /** What may stand before an organ of the unit's own: its name, its level, nothing. */
  ownPrefixes: string[];
  /**
   * The place and level the unit stands in (岚山县, 县): before a body the answers name, they
   * name that body; they make no organ of the unit's own (县政府 is not the bureau's).
   */
  placePrefixes: string[];
  /** The 基本信息's names (unit, guide, leader): a short form of one is that body. */
  infoNames: string[];
  /**
   * The unit's own field, read off its name (清河县林业局 → 林业; 县文化和旅游局 → 文化, 旅游):
   * a draft may put it before an event's kind (林业推介会) as the unit's, adding no fact.
   */
  unitFields: string[];
  /**
   * For one draft: the answer figures and dates it writes by their own clause (see takenBy),
   * each with the draft fact that took it. Weak ties do not use them again.
   */
  taken?: Map<Claim, Claim>;
}

/**
 * Answer figures and dates a draft writes as said, tied by their own clause's words: each is
 * that draft fact's, and a weak tie (a sentence shared, one character in common, the only one
 * of its value) may not use it again for another. 一行三十人 written as 一行30人 vouches for no
 * invented 协会30个 beside it; 5月份调整了理事会 written as 5月，调整理事会 for no 自5月起 elsewhere.
 */
export function takenBy(claims: readonly Claim[], index: SourceIndex): Map<Claim, Claim> {
  const taken = new Map<Claim, Claim>();
  for (const d of claims) {
    // (A 1 is said everywhere, 一次 and 一个 and implied ones: no one claim holds it.)
    if ((d.kind !== 'number' && d.kind !== 'date') || !d.words || d.value === 1) continue;
    // (Of several it ties to, it takes those its clause shares the most with: 再申报老字号2家
    // is the answers' 老字号再报2家, not the 申报…成了2家 said before it.)
    let best: Claim[] = [];
    let most = 0;
    for (const source of index.sources) {
      if (source.global) continue;
      const candidates =
        d.kind === 'number'
          ? d.value === undefined
            ? undefined
            : source.numbers.get(d.value)
          : source.claims.get('date');
      for (const s of candidates ?? []) {
        if (s.withdrawn || taken.has(s) || !s.words) continue;
        const same =
          d.kind === 'number'
            ? // (十七八个 written 十七八名: 个 said on a phone for the draft's measure.)
              (s.measure === d.measure ||
                (s.measure === '个' && sameMeasure(s.measure, d.measure)) ||
                // (每人1500 written 每人1500元: a bare figure for the draft's measure.)
                (s.measure === '' &&
                  (sameMeasure(s.measure, d.measure) ||
                    sameAmount(s.measure, d.measure, d.value ?? 0) ||
                    ageThreshold(s, d)))) &&
              asLoose(s, d)
            : d.date?.month !== undefined &&
              d.date.month === s.date?.month &&
              d.date.day === s.date.day &&
              sameDate(d.date, s.date, index.year);
        if (!same || !sharesWord(d.words, s.words)) continue;
        const shared = sharedCount(d.words, s.words, Number.POSITIVE_INFINITY);
        if (shared > most) [best, most] = [[], shared];
        if (shared === most) best.push(s);
      }
    }
    for (const s of best) taken.set(s, d);
  }
  return taken;
}

/** Whether the answer fact `s` was taken by a draft fact other than `draft` (takenBy). */
const takenByOther = (index: SourceIndex, s: Claim, draft: Claim) => {
  const by = index.taken?.get(s);
  return by !== undefined && by !== draft && !saidAgain(by, draft);
};

/** How far on, in characters, the people counted may be said again as the people (两人). */
const PEOPLE_AGAIN_MAX = 40;

/**
 * Whether `draft` says again the fact `by` wrote (9处活动点 … 9个活动点, 14处登记堂点 … 14个堂点):
 * the same value, and the noun it counts (two 汉字) around the first; or a count of people said
 * again as the people themselves a few characters on (留学归国人员2名，…，两人均已入会).
 */
function saidAgain(by: Claim, draft: Claim): boolean {
  if (by.value !== draft.value) return false;
  // (…the people as a subject of their own: after a mark, not after a noun — 党员15人 counts
  // others.)
  if (
    PEOPLE_MEASURE_RE.test(by.measure ?? '') &&
    draft.measure === '人' &&
    !/[\u4e00-\u9fff]/.test(draft.noun?.().before ?? '') &&
    Math.abs(draft.index - by.index) <= PEOPLE_AGAIN_MAX
  )
    return true;
  const noun = draft.noun?.().noun ?? '';
  return noun.length === 2 && !!by.noun?.().around.includes(noun);
}

/**
 * Whether a draft count in 个 would tie to an answer figure of another measure that another draft
 * fact wrote with its own (一行三十人 as 一行30人, then 协会30个 beside it): 个 fits any noun, so it
 * ties only to a figure still free, by its words or by the facts around it.
 */
export function looseCountTaken(index: SourceIndex, s: Claim, draft: Claim): boolean {
  return (
    draft.kind === 'number' &&
    draft.measure === '个' &&
    s.measure !== '个' &&
    takenByOther(index, s, draft)
  );
}

const SLOGAN_KEYS = new Set(loadWords('slogans').map(compareKey));
const LOWER_LEVELS: Record<string, string[]> = {
  乡镇: ['镇', '乡', '村', '社区'],
  街道: ['街道', '社区', '村'],
  社区或村: ['社区', '村'],
  学校: ['校', '学校', '学院'],
};

/** A unit's place and level at its start: 岚山县文化局 → 岚山县 and 县 (the rest names a body). */
const UNIT_PLACE_RE =
  /^(?:中共|国家税务总局)?([\u4e00-\u9fff]{1,4}?([省市县区旗]))(?=[\u4e00-\u9fff]{2,})/;
const UNIT_HEAD_RE = /(街道|社区|镇|乡|村|校|商会|协会|医院|学院|大学|局)$/;
/** The kind that ends a unit's name after its field (林业局, 卫生健康委员会, 文化服务中心). */
const UNIT_FIELD_END_RE =
  /(?:管理局|事务局|服务中心|中心|委员会|局|委|办公室|办|站|所|院|馆|队|联合会|协会|学会)$/;

function globalTexts(material: Material): string[] {
  return [
    material.title,
    ...material.info.map((i) => i.value),
    ...material.fixedWording,
    ...material.sections.flatMap((s) => [s.title, s.heading]),
    material.periodPhrase,
    material.year ? `${material.year}年` : '',
    material.unit,
  ].filter((s) => s.trim() !== '');
}

function answerTexts(material: Material): string[] {
  const global = new Set([material.title, ...material.info.map((i) => i.value)]);
  return materialSources(material)
    .filter((s) => !global.has(s) && s.trim() !== '')
    .map((s) =>
      // (One character for one: every place in the answer stays where it was.)
      s.replace(SPACED_MONTHS_RE, (whole, a: string, b: string) =>
        Number(b) === Number(a) + 1 ? `${a}、${b}` : whole,
      ),
    );
}

/**
 * 主汛期7 8月: a phone's space between two months (or days) in a row is the 、 of 7、8月, both of
 * them months — after a time word (期, 季, 年, 暑假), a word of when (在, 从, 自, 每, 于, 至, 到,
 * 的) or where a word ends, not after any other word, where the first is a count (开了3 4月又开了
 * 一次, 积极分子有5 6月份培训了一次, 减少到5 6月份再复核, 确定了的2 3月份报备).
 */
const SPACED_MONTHS_RE =
  /(?<=^|[^\u4e00-\u9fff\d.]|[期季年假在从自每于至]|(?<!减少|增加|增长|下降|提高|降|升|达)到|(?<!了)的)(\d{1,2}) (\d{1,2})(?=[月日]|号(?![楼栋井线机室院地车厂房门口位单]))/g;

export function buildIndex(material: Material): SourceIndex {
  // One text per kind of source, one source per line: sentences and clauses end at a line, so
  // nothing spans two answers, and extraction runs twice instead of once per answer.
  const globals = globalTexts(material);
  const answers = answerTexts(material);
  const year = /^\d{4}$/.test(material.year.trim()) ? Number(material.year.trim()) : undefined;
  const sources: Source[] = [];
  const titleKeys: string[] = [];
  for (const [texts, global] of [
    [globals, true],
    [answers, false],
  ] as const) {
    const text = texts.join('\n');
    let claims = claimsOf(text, { inner: true });
    // 年份: 2026 in the 基本信息 is the year, not a count of anything.
    if (global)
      claims = claims.filter((c) => !(c.kind === 'number' && !c.measure && c.value === year));
    for (const c of claims) if (c.kind === 'title' && c.key) titleKeys.push(compareKey(c.key));
    sources.push({ text, global, claims: byKind(claims), numbers: byValue(claims) });
  }
  // What the draft should repeat: the answers' claims with titles and quotes whole (the facts
  // read inside them are parts of them).
  const answerText = answers.join('\n');
  const answerClaims = [...(sources[1]?.claims.values() ?? [])].flat();
  const wholes = answerClaims
    .filter((c) => c.kind === 'title' || c.kind === 'quote')
    .map((c) => [c.index, c.index + c.text.length] as const);
  const answerFacts = answerClaims
    .filter((c) => !c.derived)
    .filter(
      (c) =>
        c.kind === 'title' ||
        c.kind === 'quote' ||
        !wholes.some(([s, e]) => c.index >= s && c.index < e),
    )
    .sort((a, b) => a.index - b.index)
    .map((claim) => ({ claim, source: answerText }));
  const answerNumbers = answerClaims.filter((c) => c.kind === 'number' && !c.derived);
  for (const { claim } of answerFacts) {
    if (claim.kind === 'period' && FRAME_RE.test(lineAround(answerText, claim.index).slice(0, 12)))
      claim.frame = lineAround(answerText, claim.index).trimStart().startsWith(claim.text);
    if (claim.kind === 'period')
      claim.unique =
        answerClaims.filter((o) => o.kind === 'period' && o.key === claim.key).length === 1;
  }
  const answerDates = answerClaims.filter((c) => c.kind === 'date' && c.date !== undefined);
  for (const { claim } of answerFacts) {
    if (claim.kind !== 'date' || !claim.date) continue;
    claim.unique =
      answerDates.filter((o) => o.date && sameDate(claim.date!, o.date, year)).length === 1;
  }
  for (const { claim } of answerFacts) {
    if (claim.kind !== 'number') continue;
    claim.unique = answerNumbers.filter((o) => sameFigure(o, claim)).length === 1;
  }
  const texts = [...globals, ...answers];
  const titleAffixes = [material.unit, material.periodPhrase];
  if (material.year) titleAffixes.push(`${material.year}年度`, `${material.year}年`);
  const impliedPeriods = periodsImplied(material);
  // The unit's own kind (清河镇 → 镇, 宁州市温州商会 → 商会): 商会法律服务中心 is its own organ.
  const unitLevel = UNIT_HEAD_RE.exec(material.unit)?.[1];
  // The place and level the unit stands in (岚山县文化广电和旅游体育局 → 岚山县, 县): 县文化馆
  // when the answers say 文化馆 is the one of the unit's own county, not a body the draft made up.
  const place = UNIT_PLACE_RE.exec(material.unit);
  const field = material.unit
    .slice(place?.[0].length ?? 0)
    .replace(UNIT_FIELD_END_RE, '')
    .replace(/工作$/, '');
  // …and the template's own field (统战 of 统战工作总结): 统战专题讲座 in a 统战 summary says
  // what every event of it is about, not which one.
  const templateField = material.titleSuffix.replace(/工作总结$|总结$/, '');
  const unitFields = [
    ...(field.length >= 2 && field.length <= 8
      ? [field, ...field.split(/[和与及、]/).filter((w) => w.length >= 2 && w !== field)]
      : []),
    ...(templateField.length >= 2 ? [templateField] : []),
  ];
  // Any unit whose name ends in 会 is an association of members (青年联谊会, 欧美同学会): a
  // draft calls it 协会 or by its own kind (联谊会) as it calls a 协会 so.
  const membership =
    !unitLevel && /[\u4e00-\u9fff]{2}会$/.test(material.unit) && !/委员会$/.test(material.unit)
      ? ['协会', material.unit.slice(-3)]
      : [];
  const ownPrefixes = [
    '',
    material.unit,
    ...(unitLevel ? [unitLevel] : []),
    ...membership,
    ...(LOWER_LEVELS[material.unitType ?? ''] ?? []),
  ].filter((p, i, all) => all.indexOf(p) === i);
  return {
    sources,
    answerFacts,
    planLines: new Set(
      material.sections.filter((s) => s.role === 'nextSteps').flatMap((s) => s.parts),
    ),
    // A space between two 汉字 is a phone's comma (民革 民盟 民进): it stays a boundary, so the
    // names on either side are not read as one; other spaces go (王 建国, 3 次).
    raw: texts
      .map((t) =>
        t.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '、').replace(/\s+/g, ''),
      )
      .join('\n'),
    keys: texts.map(compareKey).join('\n'),
    sentences: [
      ...globals
        .flatMap((t) => t.split(/[。！？；;!?\n]/))
        .map((text) => ({ text, from: 0, global: true })),
      ...answers
        .flatMap((t) => t.split(/[。！？；;!?\n]/))
        .map((text) => ({ text, from: 0, global: false })),
      // An answer's sentence read under its part's title: 开了2次座谈会 in 党外人士 is a
      // 党外人士座谈会 (the part says what the answer is about).
      ...material.sections
        .filter((s) => s.status === 'done')
        .flatMap((s) =>
          s.parts.flatMap((p) =>
            p
              .split(/[。！？；;!?\n]/)
              .map((t) => ({ text: `${s.title}${t}`, from: s.title.length, global: false })),
          ),
        ),
    ].filter((t) => t.text.length > t.from),
    sentencesWith: new Map(),
    titleKeys,
    titleAffixes: titleAffixes.map(compareKey).filter((a) => a !== ''),
    year,
    impliedPeriods,
    ownPrefixes,
    placePrefixes: place ? [place[1]!, place[2]!] : [],
    infoNames: [material.unit, ...material.info.map((i) => i.value)].filter((n) =>
      /[\u4e00-\u9fff]{4,}/.test(n),
    ),
    unitFields,
  };
}

/** A line that a time word opens, a pause after it: 下半年 把…, 明年，一是…. */
const FRAME_RE = /^\s*[\u4e00-\u9fff]{2,4}(?:[\s，,：:]|打算|计划|要|准备)/;

/** The month a summary's period ends in (上半年 → 6, 第三季度 → 9, 年度 → 12), if it says. */
export function periodEndMonth(material: Material): number | undefined {
  const p = material.period;
  if (p.includes('上半年') || p.includes('第二季度')) return 6;
  if (p.includes('前三季度') || p.includes('第三季度')) return 9;
  if (p.includes('第一季度')) return 3;
  if (/下半年|第四季度|年度|全年/.test(p)) return 12;
  return undefined;
}

/** Time words the summary's own period implies: a 上半年 summary's plans are for 下半年. */
function periodsImplied(material: Material): Set<string> {
  return new Set(material.period.includes('上半年') ? ['下半年'] : []);
}

/** The place of the last non-zero digit: 700000 → 100000, so 70多万 spans 70万 to 80万. */
function step(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let p = 1;
  while (value % (p * 10) === 0) p *= 10;
  return p;
}

/**
 * A loose figure that says a range said with neighbouring numerals: 70余 for 七十五六 (75–76),
 * 240余 for 二百四五十 (240–250: its low end and its middle within the loose figure), 约37人 for
 * 三十七八人 (about a figure inside it).
 */
export function spansRange(loose: Claim, range: Claim): boolean {
  if (range.low === undefined || range.value === undefined || loose.value === undefined) {
    return false;
  }
  // 约37人, 37人左右 for 三十七八人: about a figure inside the range.
  if (loose.approx === 'near') return loose.value >= range.low && loose.value <= range.value;
  if (loose.approx !== 'more') return false;
  return covers(loose, range.low) && covers(loose, (range.low + range.value) / 2);
}

/** Whether `exact` is what a number stated as `loose` (with its approximator) may stand for. */
export function covers(loose: Claim, exact: number): boolean {
  const v = loose.value!;
  if (loose.low !== undefined) return exact >= loose.low && exact <= v;
  switch (loose.approx) {
    case 'more':
      return exact >= v && exact < v + step(v);
    case 'near':
      return Math.abs(exact - v) <= 0.1 * v;
    case 'some':
      return exact >= 2 * v && exact < 10 * v;
    default:
      return false;
  }
}

export function sameNumber(draft: Claim, source: Claim): boolean {
  if (draft.value === undefined || source.value === undefined) return false;
  const value =
    Math.abs(draft.value - source.value) < 1e-9 ||
    covers(draft, source.value) ||
    (source.low !== undefined && covers(source, draft.value));
  return (
    value &&
    (sameMeasure(draft.measure, source.measure) ||
      sameAmount(draft.measure, source.measure, draft.value) ||
      ageThreshold(draft, source))
  );
}

/**
 * 七十以上的 免费体检 for 70岁以上老人: a round figure from forty to a hundred said with 以上 and
 * no measure is the age the draft names (as a bare amount is 元). Another threshold (65岁以上)
 * is another figure, and a bare figure with no 以上 stays no age.
 */
function ageThreshold(a: Claim, b: Claim): boolean {
  const v = a.value ?? 0;
  return (
    ((a.measure === '' && b.measure === '岁') || (a.measure === '岁' && b.measure === '')) &&
    a.approx === 'more' &&
    b.approx === 'more' &&
    v === b.value &&
    v >= 40 &&
    v <= 100 &&
    v % 5 === 0
  );
}

/** The year a date without one means: the summary's, or the one 去年/明年 counts from it. */
function yearOf(d: DateParts, year?: number): number | undefined {
  if (d.month === undefined || year === undefined) return undefined;
  return year + (d.yearOffset ?? 0);
}

export function sameDate(a: DateParts, b: DateParts, year?: number): boolean {
  // An answer saying 3月5日 means this year's 3月5日.
  const ay = a.year ?? yearOf(a, year);
  const by = b.year ?? yearOf(b, year);
  return (
    (a.year === undefined || ay === by) &&
    (a.month === undefined || a.month === b.month) &&
    (a.day === undefined || a.day === b.day)
  );
}

/** Whether a draft's date says all an answer's date says (3月5日 for 2026年3月5日, not 2026年). */
function carries(draft: DateParts, source: DateParts): boolean {
  if (source.month !== undefined && draft.month !== source.month) return false;
  if (source.day !== undefined && draft.day !== source.day) return false;
  if (source.month === undefined && source.day === undefined) return draft.year === source.year;
  return draft.year === undefined || source.year === undefined || draft.year === source.year;
}

/** A measure that says what was counted (4名, 5枚), not 个 or nothing. */
function counted(measure = ''): boolean {
  return measure !== '' && measure !== '个';
}

/**
 * A figure too particular to be another claim's by chance: 31人, 15万元, 11.2% (not 3次, 1名).
 * When the answers hold it once, a draft that writes it around other words (phone answers
 * have few in common with 公文 prose) still carries that claim.
 */
function distinctive(c: Claim): boolean {
  return c.value !== undefined && (c.value >= 10 || !Number.isInteger(c.value));
}

/** Some source claim `match` accepts, standing in the same claim unless the source is global. */
/** A loose draft figure matching an exact source figure of another value only by covering it. */
function coversOther(draft: Claim, source: Claim): boolean {
  return (
    draft.kind === 'number' &&
    draft.approx !== undefined &&
    source.approx === undefined &&
    source.low === undefined &&
    draft.value !== source.value
  );
}

/** One figure said twice: the same value (to rounding), the same range and measure. */
function sameFigure(a: Claim, b: Claim): boolean {
  return (
    a.value !== undefined &&
    b.value !== undefined &&
    Math.abs(a.value - b.value) < 1e-9 &&
    a.low === b.low &&
    sameMeasure(a.measure, b.measure)
  );
}

/** Said as loosely as each other: both rough (约, 多, 左右) or both exact. */
const asLoose = (a: Claim, b: Claim): boolean => !a.approx === !b.approx;

/** Whether no other figure read from the text (not derived) has `c`'s value and measure. */
function soleAmong(figures: readonly Claim[], c: Claim): boolean {
  // (十来名 is no second 10 beside an exact 10名, nor 一两个人 a second 2 beside 农工党2个.)
  return !figures.some(
    (o) =>
      o !== c &&
      o.value === c.value &&
      o.low === c.low &&
      !o.derived &&
      asLoose(o, c) &&
      sameCount(o, c),
  );
}

/**
 * Whether the answers' figure `fact` is the only one of its value said as loosely as it is, its
 * other figures of that value and measure all said the other way (再扩种两千亩 beside 冻了大概两千亩).
 */
function onlyOneAsLoose(fact: Claim, others: readonly Claim[]): boolean {
  const twins = others.filter((o) => o !== fact && o.kind === 'number' && sameFigure(o, fact));
  return twins.length > 0 && twins.every((o) => !asLoose(o, fact));
}

/** Measures of times something was done, which a 个 of people never counts. */
const TIMES_MEASURE_RE = /^(?:次|回|场|期|趟|届|轮|遍)$/;

/**
 * Whether two figures may count the same thing by their measures: 个 matches any measure, but not
 * a 个 of people against times done (查了五回 beside 每个派五个队员: two fives).
 */
function sameCount(a: Claim, b: Claim): boolean {
  if (!sameMeasure(a.measure, b.measure)) return false;
  const people = (x: Claim, y: Claim) =>
    x.measure === '个' && x.ofPeople === true && TIMES_MEASURE_RE.test(y.measure ?? '');
  return !people(a, b) && !people(b, a);
}

/** 世界, 国际, 全国, 全民, 中国 before a day, week or month's own name of two or more characters. */
const OBSERVANCE_SCOPE_RE = /^(?:世界|国际|全国|全民|中国)(?=[\u4e00-\u9fff]{2,}[日节周月]$)/;

/**
 * Whether the answers say an observance's own name as a word of its own: after no 汉字 but a
 * date's (4月22号地球日), so not the tail of another scoped or longer name (中国旅游日, 防灾减灾日,
 * 五四青年节 are other days).
 */
function observanceSaid(name: string, raw: string): boolean {
  return [...occurrences(raw, name)].some(
    (at) =>
      !/[\u4e00-\u9fff]$/.test(raw.slice(0, at)) ||
      /[\d〇一二三四五六七八九十][号日]$/.test(raw.slice(Math.max(0, at - 2), at)),
  );
}

/** A line about people: a word for people in it (护林员, 党外人士, 学生). */
const PEOPLE_LINE_RE = /[员者师生兵民士]|人(?!次)/;

/**
 * 截至11月底 where the answers say 九月底 and 11月 apart: a part of a month said with its month
 * is that month's; the answers' 月底 of September is no end of November. (An answer's part said
 * alone, 月底前完成, may be any month's.)
 */
function sameMonthOf(source: Claim, draft: Claim): boolean {
  const a = source.ofDate?.date?.month;
  const b = draft.ofDate?.date?.month;
  return a === undefined || b === undefined || a === b;
}

function tracedBy(draft: Claim, index: SourceIndex, match: (s: Claim) => boolean): boolean {
  for (const source of index.sources) {
    // An exact number needs only the source numbers of its value.
    const candidates =
      draft.kind === 'number' && !draft.approx && draft.value !== undefined
        ? source.numbers.get(draft.value)
        : source.claims.get(draft.kind);
    const all = (candidates ?? []).filter((s) => !s.withdrawn && match(s));
    for (const s of all) {
      // (…and a draft fact said again is traced as it was the first time.)
      const by = index.taken?.get(s);
      if (by !== undefined && by !== draft && saidAgain(by, draft)) return true;
      if (looseCountTaken(index, s, draft)) continue;
      // (40余人 over the answers' exact 47人 that another draft figure already writes: a word
      // shared with its clause makes it no rewording of that figure.)
      if (coversOther(draft, s) && takenByOther(index, s, draft)) continue;
      if (source.global || !draft.words || !s.words || sharesWord(draft.words, s.words)) {
        return true;
      }
      if (!coversOther(draft, s) && !takenByOther(index, s, draft) && sentenceTie(draft, s))
        return true;
    }
    // A loose figure that only covers another exact one (四百余 over 430) ties by its own clause
    // words alone: a sentence's other figures are no source of a looser one.
    const matching = all.filter((s) => !coversOther(draft, s) && !takenByOther(index, s, draft));
    // …and is the only figure of that value in the draft: 党员15人 beside 保洁员15名 is no
    // rewording of the answers' one 15.
    if (draft.kind === 'number' && distinctive(draft) && draft.sole && matching.length === 1)
      return true;
    // A small count of a particular noun, the only one of its kind on both sides (站里就4个人,
    // 仅有4名工作人员): the same claim, however differently the two sentences put it. (One in
    // the draft's own measure outranks a catch-all 个: ADCP再买一台 beside 搞了个… is 再购置1台.)
    const own = matching.filter((s) => s.measure === draft.measure && s.measure !== '个');
    // (A range is its own particular: 一两名同志 for 统战就一两个人兼着 beside 农工党2个 is the
    // answers' 一两, not their exact 2.)
    const ranged = draft.low === undefined ? [] : matching.filter((s) => s.low === draft.low);
    // (…and one said as loosely as the draft says it outranks one said otherwise: the answers'
    // 冻了大概两千亩 and 再扩种两千亩 are the draft's 约两千亩 and 新增…两千亩, each its own.)
    const alike = own.filter((s) => asLoose(s, draft));
    const pool =
      ranged.length > 0 ? ranged : alike.length === 1 ? alike : own.length > 0 ? own : matching;
    if (
      draft.kind === 'number' &&
      !source.global &&
      draft.sole &&
      counted(draft.measure) &&
      pool.length === 1 &&
      pool[0]!.sole &&
      (counted(pool[0]!.measure) ||
        // (护林员… 4个是退伍回来的 for 其中4名: 个 counts the people its line is about.)
        (pool[0]!.ofPeople === true && /^[名人位]$/.test(draft.measure ?? '')))
    )
      return true;
    // A time word the answers use once (年初开了个会): the draft's one (年初召开专题会议) is that
    // claim if their clauses share anything at all; phone words and 公文 words rarely pair.
    if (
      draft.kind === 'period' &&
      !source.global &&
      matching.length === 1 &&
      (source.claims.get('period') ?? []).filter((s) => s.key === draft.key).length === 1 &&
      draft.words &&
      matching[0]!.words &&
      sharesChar(draft.words, matching[0]!.words)
    )
      return true;
  }
  return false;
}

function dateTraced(draft: Claim, index: SourceIndex): boolean {
  const date = draft.date;
  if (!date) return true;
  if (date.month === undefined && date.day === undefined && date.year !== undefined) {
    if (date.year === index.year) return true;
    // 2027年 for the answers' 明年 (来年, 次年), 2025年 for 去年: the year they count from ours.
    if (index.year !== undefined) {
      const offset = date.year - index.year;
      const words = Object.keys(RELATIVE_YEARS).filter((w) => RELATIVE_YEARS[w] === offset);
      if (offset !== 0 && words.some((w) => index.raw.includes(w))) return true;
    }
    return index.sources.some(
      (src) =>
        (src.claims.get('date') ?? []).some((c) => c.date?.year === date.year) ||
        (src.claims.get('number') ?? []).some((c) => c.value === date.year),
    );
  }
  const same = (s: Claim) => s.date !== undefined && sameDate(date, s.date, index.year);
  if (tracedBy(draft, index, same)) return true;
  // 7月1日 for the answers' 七一那天: a holiday of a fixed day is that date.
  if (
    date.day !== undefined &&
    Object.entries(HOLIDAY_DATES).some(
      ([name, [month, day]]) =>
        month === date.month && day === date.day && holidaySaid(index.raw, name),
    )
  )
    return true;
  // A day the answers name once (3月12号开了座谈会) is that claim wherever the draft puts it
  // (3月12日，召开党外人士座谈会): a particular day is rarely met by chance, and phone words and
  // 公文 words around it seldom pair. A bare month the answers name once needs the weak tie.
  const matching = index.sources
    .filter((s) => !s.global)
    .flatMap((s) => (s.claims.get('date') ?? []).filter((d) => !d.withdrawn && same(d)));
  if (matching.length !== 1 || date.month === undefined) return false;
  if (date.day !== undefined) return true;
  if (takenByOther(index, matching[0]!, draft)) return false;
  const words = matching[0]!.words;
  return draft.words !== undefined && words !== undefined && sharesChar(draft.words, words);
}

/**
 * A body named by its field (住建 of 应急、消防、住建等部门): the answers name that field whole, or
 * the body by a half of it and its kind (应急管理 for 应急局, 消防救援 for 消防大队) — never a
 * half alone, which is often a common word (环境, 管理, 服务).
 */
function fieldTraced(field: string, index: SourceIndex): boolean {
  if (index.raw.includes(field)) return true;
  const halves = new Set([field.slice(0, 2), field.slice(-2)]);
  for (const half of halves) {
    for (const at of occurrences(index.raw, half)) {
      if (BODY_KIND_RE.test(index.raw.slice(at + 2, at + 4))) return true;
    }
  }
  return false;
}
/** What names a body after its field: 局, 所, 大队, 部门 … */
const BODY_KIND_RE = /^(?:[局部站队所办委院厅处科]|部门|中心|大队|中队)/;

/** Whether some answer says a 一 at the rate `per` (每两个月…一次). */
function ratedOne(per: string, index: SourceIndex): boolean {
  if (index.sources.some((s) => (s.numbers.get(1) ?? []).some((o) => o.per === per))) return true;
  // 每周巡查河道 for 每周开展一次河道巡查: the rate said with no count in its phrase is once a time.
  // (每个月 is the rate 每月: compared without its 个.)
  const raw = rateKey(index.raw);
  for (const at of occurrences(raw, per)) {
    // (每周三例会: a weekday is no count.)
    const phrase = (
      /^[^。！？；;!?\n，,：:、]*/.exec(raw.slice(at + per.length))?.[0] ?? ''
    ).replace(/^(?:[一二三四五六日天](?![次个回遍趟场期轮])|\d{1,2}[号日])/, '');
    // (…a numeral of a word is none: 每季度跟镇上一起查 is together, read as the figures are.)
    const head = phrase.slice(0, 12);
    if (
      phrase !== '' &&
      !/几/.test(head) &&
      !extractFacts(head).some((f) => f.kind === 'number' || f.kind === 'date')
    )
      return true;
  }
  return false;
}

/**
 * 新学期 for the answers' 开学第一课, where the draft's sentence says 开学 too (上好开学第一课，
 * 引导学生明确新学期目标): a time word whose canonical word (periods.txt: 新学期=开学) the answers
 * say only as a word no time list reads alone, at the time itself (not 开学前, 开学后). A time
 * the answers do read (年底, 春节) ties as any other; a draft sentence about something else
 * (新学期，召开家长会) is no retelling of 开学典礼.
 */
function synonymSaid(c: Claim, index: SourceIndex): boolean {
  const key = c.key ?? '';
  if (key.length !== 2 || c.text.includes(key) || !c.sentenceWords?.().has(key)) return false;
  if (index.sources.some((s) => (s.claims.get('period') ?? []).some((p) => p.key === key)))
    return false;
  return new RegExp(`${escapeRe(key)}(?!之?[前后]|以[来前后])`).test(index.raw);
}

export function traced(c: Claim, index: SourceIndex): boolean {
  switch (c.kind) {
    case 'number':
      // 每两个月举办一期 for 每两个月开一次: the rate is the fact, its 一 only the article, whatever
      // the measure word now; another rate (每月) is another fact.
      if (c.per && c.value === 1 && ratedOne(c.per, index)) return true;
      return tracedBy(c, index, (s) => sameNumber(c, s));
    case 'date':
      return dateTraced(c, index);
    case 'period':
      return (
        index.impliedPeriods.has(c.key ?? '') ||
        // 两会期间 for the answers' 市两会提交建议: the time of an event the answers name by a word
        // no time list holds alone (两会 is also the 基督教两会), with its level or as a time (两会
        // 精神 is no time); a time they do read (春节) ties to its claim as any other.
        (c.text.length >= 4 &&
          c.text.endsWith('期间') &&
          new RegExp(
            `[省市州县区]${escapeRe(c.text.slice(0, -2))}|${escapeRe(c.text.slice(0, -2))}[上期时]`,
          ).test(index.raw) &&
          !index.sources.some((s) =>
            (s.claims.get('period') ?? []).some((p) => p.key === c.key),
          )) ||
        tracedBy(c, index, (s) => sameTime(s, c.key) && sameMonthOf(s, c)) ||
        monthsTraced(c, index) ||
        synonymSaid(c, index)
      );
    case 'title':
      return titleTraced(c, index);
    case 'quote': {
      const key = compareKey(c.key ?? c.text);
      if (key === '' || SLOGAN_KEYS.has(key)) return true;
      // “世界地球日” for 地球日: an observance's official name puts its scope before the name the
      // answers use; the day is the same one.
      const scope = OBSERVANCE_SCOPE_RE.exec(key)?.[0];
      if (scope && observanceSaid(key.slice(scope.length), index.raw)) return true;
      // (A key that begins or ends in a digit is not found inside a longer number: “6·11” is
      // no part of the hotline 96110.)
      return (
        [...occurrences(index.keys, key)].some(
          (at) =>
            !(/^\d/.test(key) && /\d/.test(index.keys[at - 1] ?? '')) &&
            !(/\d$/.test(key) && /\d/.test(index.keys[at + key.length] ?? '')),
        ) || quoteMostlySaid(key, index)
      );
    }
    case 'org':
      if (c.place && index.raw.includes(c.text)) return true;
      if (c.field) return fieldTraced(c.text, index);
      return (
        organisationTraced(c.text, index) ||
        (c.wider !== undefined && organisationTraced(c.wider, index))
      );
    case 'person':
      return personTraced(c, index);
    case 'event':
      return eventTraced(c, index);
    case 'country':
      // (…by any name it goes by, wherever the answers write it: 跟缅甸挨着, 去印尼.)
      return countriesIn(index.raw).has(c.key ?? '');
    case 'ethnic':
      return (
        index.sources.some((s) => (s.claims.get('ethnic') ?? []).some((o) => o.key === c.key)) ||
        // (…or inside a quoted name the answers give: “瑶族壮族手拉手”篝火晚会.)
        (c.text.length >= 2 && index.raw.includes(c.text)) ||
        namedByLanguage(c.key ?? '', index.raw)
      );
  }
}

/**
 * 州里汇演 kept as 赴州参加汇演: an event named only by the level it is held at (州里, 县上) is kept
 * where the draft says that level a few characters before the kind. Another level is not it.
 */
function levelOnly(fact: Claim, draftKey: string): boolean {
  const level = /^([省市州县区旗盟乡镇])[里上]$/.exec(fact.core ?? '')?.[1];
  const kind = fact.suffix;
  if (!level || !kind) return false;
  return [...occurrences(draftKey, kind)].some((at) =>
    draftKey.slice(Math.max(0, at - 6), at).includes(level),
  );
}

/** A month of this year said in `date` (no year, or the summary's). */
const monthOf = (date: DateParts | undefined, year: number | undefined) =>
  date?.month !== undefined && (date.year === undefined || date.year === year)
    ? date.month
    : undefined;

/**
 * 年初 for the answers' 1月份, 年底 for 12月: a coarse time of the year said of a month the
 * answers name, in a clause about the same thing (a 公文 glosses months so).
 */
function monthsTraced(c: Claim, index: SourceIndex): boolean {
  const months = periodMonths(c.key ?? '');
  if (!months || !c.words) return false;
  return index.sources.some(
    (source) =>
      !source.global &&
      (source.claims.get('date') ?? []).some((s) => {
        const month = monthOf(s.date, index.year);
        return (
          // (明年上半年 is no time 3月底 says; 明年3月 says it, and 去年12月份 says 去年年底.)
          (!c.otherYear || otherYearBefore(source.text, s.index) === c.otherYear) &&
          !s.withdrawn &&
          s.date?.day === undefined &&
          month !== undefined &&
          months.includes(month) &&
          s.words !== undefined &&
          (sharesChar(c.words!, s.words) || sentenceTie(c, s))
        );
      }),
  );
}

/**
 * 彝汉双语广播, 懂彝语的干部: the answers name a people by its language, script or calendar
 * (彝语, 藏文, 彝历, 侗话), which vouches for the draft's 彝族 (never a fact the draft must keep).
 */
function namedByLanguage(key: string, raw: string): boolean {
  const people = key.replace(/族$/, '');
  if (people === '' || people === key) return false;
  return new RegExp(`${escapeRe(people)}(?:语|文|历|话|汉双语|汉双文)`).test(raw);
}

/** The same claim: the draft's words around a fact share one with the answer's. */
function sameClaim(draft: Claim, answer: Claim, others: readonly Claim[] = []): boolean {
  if (!draft.words || !answer.words || sharesWord(draft.words, answer.words)) return true;
  // The looser tie only for a draft figure no other answer claims by its clause: 走访非公企业12家
  // is that answer's 12家, and does not also keep 结对帮扶困难户12户 for sharing its sentence.
  // A figure the draft writes exactly as this answer said it (四百余棵) is not another's that
  // only its looseness or a bare measure would match (400 of another answer).
  const exact = draft.kind === 'number' && writtenAs(draft, answer);
  return (
    sentenceTie(draft, answer) &&
    !others.some(
      (o) =>
        o !== answer &&
        o.kind === draft.kind &&
        o.words !== undefined &&
        sharesWord(draft.words!, o.words) &&
        (draft.kind !== 'number' || (exact ? writtenAs(draft, o) : sameNumber(draft, o))),
    )
  );
}

/** The same figure written the same way: value, looseness, range and measure. */
function writtenAs(a: Claim, b: Claim): boolean {
  return (
    a.value === b.value &&
    a.approx === b.approx &&
    a.low === b.low &&
    (a.measure ?? '') === (b.measure ?? '')
  );
}

/**
 * Words shared by two sentences that make them one claim when their clauses share none: a
 * draft's 目前仅有3名 after 专职统战教师偏少 is the answer's 专职统战教师少 就三个. Four words
 * (专职, 职统, 统战, 教师…), since a long sentence shares one or two with many.
 */
const SENTENCE_TIE = 4;

function sentenceTie(draft: Claim, answer: Claim): boolean {
  return (
    draft.sentenceWords !== undefined &&
    answer.sentenceWords !== undefined &&
    sharedCount(draft.sentenceWords(), answer.sentenceWords(), SENTENCE_TIE) >= SENTENCE_TIE
  );
}

/** 未发生, 无一, 没有, 零: the ways a draft says none of something. */
const NONE_RE = /未发生|未出现|未发现|无一|没有|为零|零/;

/** Whether a sentence of the draft says none of what `words` are about. */
function negatedInDraft(sentences: readonly string[], words: Set<string>): boolean {
  return sentences.some(
    (s) => NONE_RE.test(s) && [...words].some((w) => w.length >= 2 && s.includes(w)),
  );
}

/** 唯一的, 仅存的, 仅有的: the only one of what follows (县政协委员: its words up to six). */
const ONLY_ONE_RE = /(?:唯一|仅存|仅有|独一)的?([\u4e00-\u9fff]{2,6})/g;

/** Whether a draft sentence names the only one of a noun the fact's clause has. */
function onlyOneInDraft(sentences: readonly string[], words: Set<string>): boolean {
  const pairs = [...words].filter((w) => /^[\u4e00-\u9fff]{2}$/.test(w));
  return sentences.some((s) =>
    [...s.matchAll(ONLY_ONE_RE)].some((m) => pairs.some((w) => m[1]!.includes(w))),
  );
}

/**
 * Whether the draft (its claims and its text) still carries a fact of the answers: a number,
 * date or time word in the same claim (the 1次 of 培训 is not carried by the 1次 of 讲座).
 */
/** Whether `sentence` lists exactly `n` items joined by 、/和 right before 都, 均, 各 or 分别. */
function listedWithAll(sentence: string, n: number): boolean {
  for (const m of sentence.matchAll(/([\u4e00-\u9fff、和与及]+?)(?=都|均|各|分别)/g)) {
    const items = m[1]!.split(ITEM_SPLIT_RE).filter((i) => i !== '');
    if (items.length === n && m[1]!.includes('、')) return true;
  }
  return false;
}

/**
 * Whether a small count (2 to 5) is kept as that many things `listed` in a paragraph that shares a
 * word with the count's clause.
 */
function listedInRetelling(
  fact: Claim,
  paragraphs: readonly string[],
  listed: (paragraph: string, n: number) => boolean,
): boolean {
  const n = fact.value ?? 0;
  if (n < 2 || n > 5 || !fact.words) return false;
  const words = [...fact.words].filter((w) => w.length >= 2);
  return paragraphs.some((p) => listed(p, n) && words.some((w) => p.includes(w)));
}

/** Whether `sentence` lists `n` dates, then 分别 or 各 and one time each (5月、11月分别…1场). */
function datesEachOnce(sentence: string, n: number): boolean {
  const date = '\\d{1,2}月(?:\\d{1,2}[日号])?';
  return new RegExp(
    `(?<!\\d)(?:${date}[、和与及]){${n - 1}}${date}(?:分别|各)[^。；;]{0,24}?[1一](?:场|次|期|回|轮)`,
  ).test(sentence);
}

/**
 * Whether a clause of `sentence` names `noun` exactly `n` times, joined by 和, 与, 及 or 、, and
 * holds one of the `words` of the count's own clause.
 */
function nounListed(sentence: string, noun: string, n: number, words: string[]): boolean {
  return sentence.split(/[，,；;：:]/).some((clause) => {
    const parts = clause.split(noun);
    return (
      parts.length - 1 === n &&
      parts.slice(1, -1).every((between) => /[和与及、]/.test(between)) &&
      words.some((w) => clause.includes(w))
    );
  });
}

/**
 * Whether the draft keeps a firm by its 字号 and trade (鑫源纸业): whole, or by its 字号 and a
 * firm's noun (鑫源公司, 鑫源造纸厂), not by another trade (鑫源化工 is another firm).
 */
export function firmKept(firm: string, draftKey: string): boolean {
  if (draftKey.includes(compareKey(firm))) return true;
  // (…or by its 字号 alone — 走访鑫源、华泰等企业, 爱心企业鑫源捐款 — where no other trade or a
  // place's level follows it.)
  const name = firm.slice(0, 2);
  return [...occurrences(draftKey, name)].some((at) => {
    const after = draftKey.slice(at + 2, at + 6);
    return !/^[村镇乡街路]/.test(after) && !otherTradeNext(after, firm.slice(2));
  });
}

export function present(
  fact: Claim,
  draft: Map<ClaimKind, Claim[]>,
  draftKey: string,
  affixes: string[],
  others: readonly Claim[] = [],
  /** The draft's sentences as written (a zero said as 未发生… is looked for in one). */
  paragraphs: readonly string[] = [],
): boolean {
  switch (fact.kind) {
    case 'number': {
      const numbers = draft.get('number') ?? [];
      if (fact.code && draftKey.toUpperCase().includes(compareKey(fact.code))) return true;
      // 安全事故0起 kept as 全年未发生安全事故: a zero is said as a negation of the same thing.
      if (fact.value === 0 && fact.words && negatedInDraft(paragraphs, fact.words)) return true;
      // 只剩1位归侨 kept as 唯一的归侨: a count of one said as the only one of its noun.
      if (
        fact.value === 1 &&
        (counted(fact.measure) || fact.ofPeople) &&
        fact.words &&
        onlyOneInDraft(paragraphs, fact.words)
      )
        return true;
      // 两本台账 kept as 建立党外人士台账和新的社会阶层人士台账: its noun as many times, joined
      // by 和 or 、 in one clause of the draft.
      if ((fact.value ?? 0) >= 2 && (fact.value ?? 0) <= 4) {
        const noun = fact.noun?.().noun ?? '';
        // (…in a clause that retells the count's: another word of it there too.)
        const others = [...(fact.words ?? [])].filter((w) => w.length >= 2 && w !== noun);
        if (noun.length >= 2 && paragraphs.some((p) => nounListed(p, noun, fact.value!, others)))
          return true;
      }
      // 一场直播卖了十一万单 kept as 单场直播: one of its measure said as 单 (单场, 单日, 单期;
      // not 单位 or 单个, words of their own).
      if (
        fact.value === 1 &&
        /^[场日天期轮届]$/.test(fact.measure ?? '') &&
        draftKey.includes(`单${fact.measure}`)
      )
        return true;
      // 1人（九三学社的孙丽娟研究员） kept as 九三学社社员孙丽娟研究员: each item is there.
      if (fact.items?.every((i) => carried(i, draftKey))) return true;
      // 评了1名劳模 是茶厂的技术员郑春燕 kept as 茶厂技术骨干郑春燕获评劳模: one person, named in
      // the draft, however the draft calls what they do.
      if (
        fact.value === 1 &&
        fact.items?.length === 1 &&
        extractNames(fact.items[0]!, { answers: true }).some(
          (n) => n.kind === 'person' && draftKey.includes(compareKey(n.text)),
        )
      )
        return true;
      // 明年两项检查都要突破700人 kept as 明年视力、听力检查都要突破700人: as many items, listed
      // with 都/均/分别 in a sentence that retells the count's clause.
      if (
        /^[项类种个]$/.test(fact.measure ?? '') &&
        listedInRetelling(fact, paragraphs, listedWithAll)
      )
        return true;
      // 办讲座两场 五月一场十一月一场 kept as 5月、11月分别举办讲座1场: as many dates listed, each
      // once, in a sentence that retells the count's clause.
      if (
        TIMES_MEASURE_RE.test(fact.measure ?? '') &&
        listedInRetelling(fact, paragraphs, datesEachOnce)
      )
        return true;
      // 差不多一年就走一拨 kept as 基本上一年流失一拨: a 一 read as a figure only for the word of
      // looseness before it is kept where the draft says it bare.
      if (
        fact.value === 1 &&
        fact.approx !== undefined &&
        draftKey.includes(fact.text.replace(/^(?:将近|大约|大概|差不多|超过|近|约|逾|超)/, ''))
      )
        return true;
      // 台账要填两次 kept as 台账需要重复填写: doing a thing twice is repeating it.
      if (
        fact.value === 2 &&
        /^[次遍回]$/.test(fact.measure ?? '') &&
        fact.words &&
        paragraphs.some(
          (p) =>
            /重复|二次/.test(p) && [...fact.words!].some((w) => w.length >= 2 && p.includes(w)),
        )
      )
        return true;
      // 三四级手术 kept as 三、四级手术: a range of grades written as its two ends listed.
      if (fact.low !== undefined && draftKey.includes(compareKey(fact.text))) return true;
      // 每季度更新一次 kept as 每季度更新机制: the rate is the fact, the 一 only its article.
      if (fact.per && rateKept(fact.per, draftKey)) return true;
      // 第一次活动 kept as 首次活动, 第一届 as 首届.
      if (
        fact.value === 1 &&
        fact.text.startsWith('第一') &&
        draftKey.includes(`首${fact.measure ?? ''}`)
      )
        return true;
      // A particular figure written once in the draft, in words of its own (see distinctive).
      if (
        (distinctive(fact) || ((counted(fact.measure) || fact.ofPeople) && fact.sole)) &&
        (fact.unique || onlyOneAsLoose(fact, others))
      ) {
        // A draft figure another answer gives as written (理事34个人 → 34人) is that one's, not
        // a rough 三十几个 met by chance — unless that one says the rough one exactly (增加了二十
        // 几万 具体是21.3万: the same claim, its words shared).
        const anothers = (d: Claim) =>
          anotherAnswers(
            d,
            fact,
            others,
            (o) => !(o.words && fact.words && sharesWord(o.words, fact.words)),
          );
        const same = numbers.filter(
          (d) =>
            d.value !== undefined &&
            // A loose figure (二十来家) is not a particular one (21个) met by chance.
            (d.approx === undefined || fact.approx !== undefined || d.value === fact.value) &&
            (sameNumber(d, fact) ||
              (covers(fact, d.value) && sameMeasure(d.measure, fact.measure))) &&
            // (…and an exact one inside a loose one's range keeps it only in its words: 四十多趟
            // is not kept by 巡河45回 of another paragraph.)
            (fact.approx === undefined ||
              d.approx !== undefined ||
              d.value === fact.value ||
              sameClaim(d, fact, others)) &&
            !anothers(d),
        );
        // (A range is kept by the range, whatever exact figure of its top the draft also has.)
        const ranged = fact.low === undefined ? [] : same.filter((d) => d.low === fact.low);
        // (The only one of its value said this loosely, beside one said otherwise — the answers'
        // 再扩种两千亩 beside 冻了大概两千亩 — is kept only by one the draft writes as loosely.)
        const one =
          ranged.length > 0 ? ranged : fact.unique ? same : same.filter((d) => asLoose(d, fact));
        // A small count needs a counted noun on both sides (4名 for 4个人, not 4次 for 4个).
        if (one.length === 1 && (distinctive(fact) || counted(one[0]!.measure))) return true;
        // 一百四五十人 written as its two ends (140至150人).
        if (
          fact.low !== undefined &&
          same.length === 2 &&
          same.some((d) => d.value === fact.low) &&
          same.some((d) => d.value === fact.value)
        )
          return true;
      }
      return numbers.some(
        (d) =>
          d.value !== undefined &&
          // 十余人 keeps no exact 17人: a loose figure is not a particular one met by chance…
          (((d.approx === undefined || fact.approx !== undefined || d.value === fact.value) &&
            (sameNumber(d, fact) ||
              (fact.total !== undefined &&
                Math.abs(d.value - fact.total) < 1e-9 &&
                sameMeasure(d.measure, fact.measure)) ||
              (covers(fact, d.value) && sameMeasure(d.measure, fact.measure)))) ||
            // …but 70余辆 keeps 七十五六辆, a range said loosely in the first place.
            (spansRange(d, fact) && sameMeasure(d.measure, fact.measure))) &&
          sameClaim(d, fact, others) &&
          // 缺口在3名左右 is the answers' 缺3个左右, not also their exact 3个老师 of another
          // sentence: a figure written as one answer wrote it keeps that one, not another.
          !anotherAnswers(
            d,
            fact,
            others,
            (o) => o.words !== undefined && sharesWord(d.words ?? new Set(), o.words),
          ),
      );
    }
    case 'date': {
      const carrying = (draft.get('date') ?? []).filter(
        (d) => d.date !== undefined && fact.date !== undefined && carries(d.date, fact.date),
      );
      if (carrying.some((d) => sameClaim(d, fact, others))) return true;
      // A day the answers name once, written once in the draft around other words (see
      // dateTraced); a bare month so only with the weak tie.
      // A year named once (2012年买的) and written once: kept, whatever words surround it.
      if (
        fact.unique &&
        carrying.length === 1 &&
        fact.date?.month === undefined &&
        fact.date?.day === undefined
      )
        return true;
      // 12月搞了联谊会 kept as 年底，举办联谊会: the month said as the coarse time it is in — a
      // narrow one (年底, 一季度), not a half-year that holds six months of other facts.
      const month = fact.date?.year === undefined ? fact.date?.month : undefined;
      const narrowHolding = (key: string) => {
        const months = periodMonths(key);
        return months !== undefined && months.length <= 3 && months.includes(month!);
      };
      if (
        month !== undefined &&
        fact.date?.day === undefined &&
        fact.words !== undefined &&
        (draft.get('period') ?? []).some(
          (d) =>
            narrowHolding(d.key ?? '') && d.words !== undefined && sharesChar(d.words, fact.words!),
        )
      )
        return true;
      if (!fact.unique || carrying.length !== 1 || fact.date?.month === undefined) return false;
      if (fact.date.day !== undefined) return true;
      const d = carrying[0]!;
      return d.words !== undefined && fact.words !== undefined && sharesChar(d.words, fact.words);
    }
    case 'period': {
      const same = (draft.get('period') ?? []).filter((d) => sameTime(fact, d.key));
      // 每周三例会 kept as 每周召开一次例会: the weekly rhythm of the same work, its day left out,
      // says no less that a reader needs. (The work is the clause's two-character words but the
      // rhythm's own: 每周 is in every weekly sentence.)
      const work = [...(fact.words ?? [])].filter(
        (w) => /^[\u4e00-\u9fff]{2}$/.test(w) && !/[每周]/.test(w),
      );
      if (
        isWeekdayKey(fact.key) &&
        paragraphs.some((p) => p.includes('每周') && work.some((w) => p.includes(w)))
      )
        return true;
      // 年初三月份办了灯会 kept as 3月举办灯会: a coarse time said right before the month it
      // was, the month the draft keeps.
      const months = periodMonths(fact.key ?? '');
      // (…or later in its sentence, as the span it was: 暑假接了32个大学生实习 七月初到八月底.)
      const month = others.find(
        (o) =>
          o.kind === 'date' &&
          o.index >= fact.index + fact.text.length &&
          (o.index <= fact.index + fact.text.length + 1 ||
            (o.index <= fact.index + SPAN_RESTATED_MAX && sameSentence(o, fact))) &&
          o.date?.month !== undefined &&
          months?.includes(o.date.month),
      )?.date?.month;
      if (month !== undefined && (draft.get('date') ?? []).some((d) => d.date?.month === month))
        return true;
      // 国庆那天 kept as 10月1日: the day a holiday of a fixed day is.
      const day = HOLIDAY_DATES[fact.key ?? ''] ?? HOLIDAY_DATES[fact.text];
      if (
        day &&
        (draft.get('date') ?? []).some((d) => d.date?.month === day[0] && d.date?.day === day[1])
      )
        return true;
      // 下半年 opening a whole answer (下半年 一是… 二是…) frames all of it: the draft keeps it
      // by saying it once anywhere (下半年，我局将…), not by repeating it in each item.
      if (fact.frame && same.length > 0) return true;
      // 四月中旬 … 22号至26号 kept as 4月22日至26日: days of that month say more than its part.
      if (
        fact.ofDate?.date?.month !== undefined &&
        (draft.get('date') ?? []).some(
          (d) => d.date?.month === fact.ofDate?.date?.month && d.date?.day !== undefined,
        )
      )
        return true;
      // Once in the answers and once in the draft: the same time, whatever words now stand
      // around it (a festival the draft names in its opening, a 年初 put in 公文 words).
      if (fact.unique && same.length === 1) return true;
      // …and a time the draft says as often as the answers do (撒班节 three times each): each
      // time is there, whatever words now stand around it.
      // (A quoted name holding it counts: “同心撒班节”.)
      const told = others.filter((o) => o.kind === 'period' && sameTime(o, fact.key)).length;
      if (told > 1 && draftKey.split(compareKey(fact.text)).length - 1 >= told) return true;
      return same.some((d) => sameClaim(d, fact, others));
    }
    case 'title':
    case 'quote': {
      const key = compareKey(fact.key ?? fact.text);
      if (key === '' || draftKey.includes(key)) return true;
      // 《统战工作要点》 for 《清河镇2026年统战工作要点》.
      let bare = key;
      for (const a of affixes) bare = bare.split(a).join('');
      return fact.kind === 'title' && bare.length >= 2 && draftKey.includes(bare);
    }
    case 'event':
      return (
        eventIn(fact.core ?? '', fact.suffix ?? fact.text, draftKey, compareKey(fact.text)) ||
        hostedIn(fact, draftKey) ||
        levelOnly(fact, draftKey) ||
        contractedEvent(fact, draft) ||
        aliasWrittenOut(fact.text, draftKey)
      );
    case 'person':
      return (
        draftKey.includes(compareKey(fact.text)) ||
        // 热娜古丽·肉孜 kept as 热娜古丽: a dotted name by its first part.
        (fact.text.includes('·') && draftKey.includes(compareKey(fact.text.split('·')[0]!))) ||
        // 孟主任 kept as 孟川主任 or 主任孟川: the surname with that title, the name written out.
        surnameTitled(fact, draftKey) ||
        // 宣传委员郑薇全程跟进 read as 郑薇全 (a title, then three characters) and kept as 郑薇
        // 同志: the draft names the person its first two characters are.
        // (副镇长欧阳敏管农业 read as 欧阳敏管: a compound surname's name is one longer.)
        (fact.text.length === 3 + (COMPOUND_SURNAMES.has(fact.text.slice(0, 2)) ? 1 : 0) &&
          (draft.get('person') ?? []).some((d) => d.text === fact.text.slice(0, -1)))
      );
    case 'ethnic':
      return (draft.get('ethnic') ?? []).some((d) => d.key === fact.key);
    case 'country':
      // (…by any name, or its one character: 留美归国 keeps the answers' 美国回来的.)
      return countriesIn(draftKey).has(fact.key ?? '');
    case 'org':
      // (鑫源纸业 kept as 鑫源公司: a firm by its 字号 and a firm's noun, not another trade's.)
      if (FIRM_WHOLE_RE.test(fact.text)) return firmKept(fact.text, draftKey);
      // (宏达石料厂 kept by its own name, its 字号 and what the works makes.)
      if (FIRM_WORKS_WHOLE_RE.test(fact.text)) return draftKey.includes(compareKey(fact.text));
      // (桃园村 kept in 桃园基督教堂: the place's own name is there.)
      // (替石桥村 kept as 帮助石桥村: a three-character reading may hold a verb's character.)
      // (冷连物流园 kept as 冷链物流园: a place of four or more typed with one character another.)
      return (
        !fact.place ||
        draftKey.includes(compareKey(fact.text.replace(/[村乡镇]$/, ''))) ||
        (fact.text.length === 4 && draftKey.includes(compareKey(fact.text.slice(1)))) ||
        (fact.text.length >= 4 && typedApart(compareKey(fact.text), draftKey))
      );
    default:
      return true;
  }
}

/** 省伊协培训班 kept as 省伊斯兰教协会培训班: its body's known short form written out in full. */
function aliasWrittenOut(text: string, draftKey: string): boolean {
  for (const [full, short] of ORG_ALIASES) {
    for (const s of short) {
      if (text.includes(s) && draftKey.includes(compareKey(text.replace(s, full)))) return true;
    }
  }
  return false;
}

/**
 * Whether the answers' event `fact` (市社院培训班) is one of the draft's with its body written out
 * (市社会主义学院培训班): the same kind, and the short name the full one's first character, its
 * last, and characters of it in order between. The draft's body is its event's own name or the
 * body named right before the kind (市农业科学研究所 + 培训班).
 */
function contractedEvent(fact: Claim, draft: Map<ClaimKind, Claim[]>): boolean {
  const kind = fact.suffix ?? '';
  const short = fact.text.slice(0, fact.text.length - kind.length);
  if (kind === '' || short.length < 2) return false;
  const orgs = draft.get('org') ?? [];
  return (draft.get('event') ?? []).some((d) => {
    if (d.suffix !== kind) return false;
    const at = d.index + d.text.length - kind.length;
    const body = orgs.find((o) => o.index < at && o.index + o.text.length === at);
    const full = body ? body.text : d.text.slice(0, d.text.length - kind.length);
    return (
      full.length >= short.length + 2 &&
      full[0] === short[0] &&
      full.at(-1) === short.at(-1) &&
      inOrder(short, full)
    );
  });
}

/** Whether `text` holds `word` with exactly one of its characters another (its ends the same). */
function typedApart(word: string, text: string): boolean {
  const head = word.slice(0, 1);
  for (const at of occurrences(text, head)) {
    const said = text.slice(at, at + word.length);
    if (said.endsWith(word.slice(-1)) && charsApart(said, word) === 1) return true;
  }
  return false;
}

/**
 * Whether a person named by surname and title (孟主任) stands in `text` with its full name. (The
 * answers' 果业站拓海龙站长, 拓 a surname of no list, is read 龙站长: the draft's 站长拓海龙 is that
 * reading's name written out, its character last.)
 */
function surnameTitled(fact: Claim, text: string): boolean {
  const title = fact.title ?? '';
  if (title === '' || !fact.text.endsWith(title)) return false;
  const surname = fact.text.slice(0, fact.text.length - title.length);
  if (surname.length === 0 || surname.length > 2) return false;
  // (亓校长 kept as 亓丽娟副校长: a deputy is called by the title without its 副.)
  return new RegExp(
    `${escapeRe(surname)}[\u4e00-\u9fff]{0,2}(?:副|常务副?)?${escapeRe(title)}|${escapeRe(title)}[\u4e00-\u9fff]{0,2}${escapeRe(surname)}`,
  ).test(text);
}

/**
 * Whether the draft figure `d` is another answer figure as that answer wrote it (its value,
 * looseness and measure) rather than `fact` put loosely — that one's, not this one's — where
 * `tied` says the other answer is about what `d` is.
 */
function anotherAnswers(
  d: Claim,
  fact: Claim,
  others: readonly Claim[],
  tied: (o: Claim) => boolean,
): boolean {
  return others.some(
    (o) =>
      o !== fact &&
      o.kind === 'number' &&
      !o.withdrawn &&
      o.value === d.value &&
      // (…约1.2万个 for another answer's exact 1.2万个: the 约 is the writer's.)
      (o.approx === d.approx || (o.approx === undefined && d.approx === 'near')) &&
      sameMeasure(o.measure, d.measure) &&
      tied(o) &&
      // Both loose (手册800余本 for the answers' 八百多本, not also their 摊位八百六十多个): the
      // other answer wrote it as the draft does, measure and all.
      (d.approx !== fact.approx ||
        (d.approx !== undefined &&
          fact.value !== d.value &&
          o.approx === d.approx &&
          o.measure === d.measure)),
  );
}

/**
 * 县委宣传部培训班 kept as 县委宣传部举办的培训班 (or 县委宣传部的培训班): the event said with its
 * host, a verb of holding and a 的 between them.
 */
function hostedIn(fact: Claim, draftKey: string): boolean {
  const kind = fact.suffix ?? '';
  const host = compareKey(fact.text.slice(0, fact.text.length - kind.length));
  if (kind === '' || host.length < 3) return false;
  return new RegExp(`${escapeRe(host)}(?:举办|组织|主办|开办|承办)?的${escapeRe(kind)}`).test(
    draftKey,
  );
}

/** Whether an item of a list is in the draft: each of its parts around 的 (two 字 or more). */
function carried(item: string, draftKey: string): boolean {
  // (开了春季、秋季两场: the first item holds the clause's verb and its 了.)
  const parts = item
    .replace(/^[\u4e00-\u9fff]{1,2}了(?=[\u4e00-\u9fff]{2})/, '')
    .split('的')
    .map(compareKey)
    .filter((p) => p.length >= 2);
  // An item read with the verb before it (编了防汛预案) is kept by its object (编制防汛预案).
  return (
    parts.length > 0 &&
    parts.every((p) => draftKey.includes(p) || (p.length >= 6 && draftKey.includes(p.slice(2))))
  );
}

/** Days said one after another, right before a count (6月7号8号, 3号、4号、5号). */
const DAYS_BEFORE_RE = /(?:\d{1,2}月)?\d{1,2}[日号](?:[、和及]?\d{1,2}[日号])+\s*$/;

/** 6月7号8号两天: a count of days right after as many days named is their count, no fact. */
function countsDaysBefore(c: Claim, text: string): boolean {
  if (c.measure !== '天' || (c.value ?? 0) < 2) return false;
  const days = DAYS_BEFORE_RE.exec(text.slice(Math.max(0, c.index - 24), c.index))?.[0];
  return days !== undefined && (days.match(/[日号]/g)?.length ?? 0) === c.value;
}

/** 一次, 一期, 一场: one occasion, said with 一. */
const ONE_OCCASION_RE = /^一[次期场回轮]$/;

/**
 * 再集中约谈一次, 组织一次研学: a plan's one occasion, how a phone says the plan — not a rate
 * (每季度一次), nor 一期 before 工程, 建设, 项目 (a project's first phase, a fact of the plan).
 */
function planOccasion(c: Claim, text: string, index: SourceIndex): boolean {
  return (
    ONE_OCCASION_RE.test(c.text) &&
    !c.per &&
    !(c.text === '一期' && /^(?:工程|建设|项目)/.test(text.slice(c.index + c.text.length))) &&
    index.planLines.has(lineAround(text, c.index))
  );
}

/** Facts of the answers a reviewer expects to find again in the draft. */
export function expected(c: Claim, material: Material, index: SourceIndex): boolean {
  // (Every answer fact's source is the answers' one text.)
  const text = index.answerFacts[0]?.source ?? '';
  switch (c.kind) {
    case 'date':
      // The year of the summary itself goes without saying; a corrected date is no fact, nor
      // the time of a correction's reason.
      return (
        !c.withdrawn && !c.told && !(c.date?.year === index.year && c.date?.month === undefined)
      );
    case 'period':
      // A 上半年 summary's plans are for 下半年: the draft need not say what its period implies.
      // A 月底 said with a corrected date goes with it.
      // A quarter is traced, never required: 一季度 is as often "each quarter" (一季度至少开放两次),
      // and a draft puts a plan's 四季度 as its months.
      return (
        !c.withdrawn &&
        !c.told &&
        !material.periodPhrase.includes(c.text) &&
        !index.impliedPeriods.has(c.key ?? '') &&
        !(c.key ?? '').endsWith('季度')
      );
    case 'event':
      return (c.core ?? '') !== '' && !c.withdrawn;
    // A figure said roughly (三十来户) is a fact too: dropped, the draft says less than the user.
    // (But a plan's 一次 is how a phone says the plan, not a figure of it: 再集中约谈一次, 组织
    // 一次研学 — a 公文 writes 集中约谈, 组织研学.)
    case 'number':
      return !c.told && !planOccasion(c, text, index) && !countsDaysBefore(c, text);
    case 'title':
    case 'quote':
      return !c.withdrawn;
    // A person (or a people) the answers name is named in the draft too: dropping one is
    // dropping a fact.
    case 'person':
      // …but 陈医生 is how a phone mentions someone: a 公文 may write the role instead
      // (党外医务工作者). An invented one is still flagged. (Nor one the user corrected.)
      return !c.calling && !c.withdrawn;
    case 'ethnic':
    case 'country':
      return true;
    // A place the user named (白沙村, 马坊乡) is a fact like a person, and so is a firm by its 字号
    // (鑫源纸业, 宏达石料厂); bodies are not required: a 公文 may group them (相关部门).
    case 'org':
      return (
        (c.place === true || FIRM_WHOLE_RE.test(c.text) || FIRM_WORKS_WHOLE_RE.test(c.text)) &&
        !c.withdrawn
      );
    default:
      return false;
  }
}

/** The clause around text[index] as a short quote (≤ max graphemes), the fact kept in view. */
export function quoteClause(text: string, index: number, length: number, max = 30): string {
  const clause = clauseAt(text, index);
  let { start, end } = clause;
  // A clause that is only the fact (“共23名”) says more with its sentence.
  if (end - start - length < 2) ({ start, end } = sentenceAt(text, index));
  let s = text.slice(start, end).trim();
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  // Keep the fact inside the window: start a little before it.
  const before = Array.from(text.slice(start, index)).length;
  const from = Math.max(0, Math.min(before - 8, chars.length - max));
  s = chars.slice(from, from + max).join('');
  return clipGraphemes(from > 0 ? `…${s}` : s, max);
}
