/**
 * Facts a draft may only repeat, never invent: numbers, dates, 《titles》 and quoted phrases.
 * Extraction is deliberately conservative about 一/两 and other numerals inside set phrases
 * (一定成效, 进一步, 两新组织, 三会一课 …) and about list markers (一、 （一） 1、 一是), so that a
 * faithful draft is not flagged for the vocabulary every 公文 uses. Pure functions; the word
 * lists they use are data (words/*.txt), read once when the module loads.
 */

import { CN_BIG, CN_UNITS, cnOrArabic, parseChineseNumber } from './numerals.js';
import { extractClockTimes, extractDecades } from './periods.js';
import { PLACEHOLDER_RE } from './placeholder.js';
import { alternation, escapeRe, loadWords, SINGLE_SURNAMES } from './words.js';

export type FactKind = 'number' | 'date' | 'title' | 'quote';

/**
 * How loosely a number was stated: more = 多/余/几/逾/超过/以上 (at least the value, below the next
 * step), near = 近/约/左右 (within 10 %), some = 数/几 (数百 = a few hundred).
 */
export type Approx = 'more' | 'near' | 'some';

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** 去年12月 (-1), 明年3月 (+1): a year counted from the summary's own. */
  yearOffset?: number;
}

/** 去年12月, 今年3月, 明年春节: the year before a date, counted from the summary's year. */
export const RELATIVE_YEARS: Record<string, number> = {
  前年: -2,
  去年: -1,
  上年: -1,
  今年: 0,
  本年: 0,
  明年: 1,
  来年: 1,
  次年: 1,
  翌年: 1,
  转年: 1,
};
/** 到第二年6月底: 第N年 before a month is a year counted on (次年), not an ordinal count. */
const NTH_YEAR_RE = /第([二三四五2-5])年$/;
/** What follows the 二 of such a 第二年 (the masked text has the month blanked out). */
const NTH_YEAR_MONTH_RE = /^年(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月/;

export interface Fact {
  kind: FactKind;
  /** As written, with its approximator and measure word (70多万元), or with its 《》/quotes. */
  text: string;
  /** Offset of `text` in the input. */
  index: number;
  /** number: the value with 万/亿 applied (七十多万 → 700000). */
  value?: number;
  approx?: Approx;
  /** number: the measure word after it (次, 名, 元 …), '' when none. */
  measure?: string;
  /** number: said as a guess (十来个, 三十来户): it vouches for a draft's figure, asks for none. */
  rough?: boolean;
  /** number: the low end of a range said with two neighbouring numerals (一百四五十 = 140–150, value 150). */
  low?: number;
  /** date: the components written (or carried over from the first half of a range). */
  date?: DateParts;
  /** title/quote: the wording without spaces, brackets and quotes, for comparison. */
  key?: string;
}

export interface ExtractOptions {
  /**
   * Also read numbers and dates inside 《titles》 and quotes. Used on the user's answers, where
   * "《2026年工作要点》" should also make 2026年 available; a draft's titles are checked whole.
   */
  inner?: boolean;
}

/** Fills masked text; matches no pattern below and breaks runs of numerals. */
const MASK = '\u0001';

/**
 * Words whose numerals are vocabulary, not counts. Longest first so 一体化 wins over 一体.
 * Only words that would otherwise pass the rules below need to be here: a lone 一 is already
 * ignored unless a measure word follows (一次, 一名), so 一道/一贯 are listed for clarity only.
 */
const STOP_WORDS = loadWords('stop-words');

/** Every character a stop word or pattern below can start with: other positions fail at once. */
const STOP_FIRST = [
  ...new Set([...STOP_WORDS.map((w) => w[0]!), ...'十第一二两三四五六七八九几以1234其']),
]
  .map(escapeRe)
  .join('');

const STOP_RE = new RegExp(
  `(?=[${STOP_FIRST}])(?:${[
    alternation(STOP_WORDS),
    // 其一, 其二 enumerate; 其二期工程 is its (其) second phase (二期).
    '其[一二](?![期批个项次届号轮])',
    // 十分重视 is an adverb; 十分钟 is ten minutes.
    '十分(?!钟)',
    // 第一季度, 三季度: the period, like 上半年.
    '第?[一二三四1-4]季度',
    // 从以下四个方面: the draft counting its own parts, not a fact about the work (资金、合同、投资
    // 三个方面 counts the list before it: a fact).
    '以下[一二两三四五六七八九十几]个方面|(?<!、[\\u4e00-\\u9fff]{1,8})[一二两三四五六七八九十几]个方面',
    // 把……作为一项基础性工作来抓, 是一项系统工程: the weight given to work, not a count of it.
    '一项(?=(?:重要|基础性|经常性|长期|系统|政治|战略性|根本性)?(?:工作|任务|工程)(?!室|站|组))',
    // 国庆 十一 and the bare holiday names.
    '十一(?=国庆|期间|假期|长假|黄金周|前夕)',
  ].join('|')})`,
  'g',
);

const CN = '一二三四五六七八九十';

/**
 * 7、8月份，全县用电负荷… at a line's start: a month written before the next one, its 月 said once
 * (MONTH_RANGE_RE), not the seventh item of a list.
 */
function monthBeforeNext(text: string, end: number, marker: string): boolean {
  const m = /^(\d{1,2}|[一二三四五六七八九十]{1,2})、$/.exec(marker.trim());
  const next = /^\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])月/.exec(text.slice(end));
  if (!m || !next) return false;
  const first = cnOrArabic(m[1]);
  if (first === undefined || first >= 12 || cnOrArabic(next[1]) !== first + 1) return false;
  // (…unless the item before or after it opens a line too: 2、… 3、4月完成 is a list's third
  // item, 1、2月份… 2、3月份… a list's first.)
  const before = text.slice(0, end - marker.length);
  const after = text.slice(end);
  const marks = (n: number) => [String(n), '〇一二三四五六七八九十'[n] ?? ''].filter(Boolean);
  return (
    !marks(first - 1).some((p) => new RegExp(`(?:^|\\n)[ \\t\\u3000]*${p}、`).test(before)) &&
    !marks(first + 1).some((p) => new RegExp(`\\n[ \\t\\u3000]*${p}、`).test(after))
  );
}

/**
 * List markers: 一、 （一） 1、 1. （1） ① and the in-paragraph 一是/二是. The line-start forms are
 * also recognised after sentence punctuation, where run-in items begin.
 */
const ENUM_RES = [
  new RegExp(`(?<=^|\\n|[。；;：:！？!?])[ \\t\\u3000]*[${CN}]{1,3}[、．.]`, 'g'),
  /(?<=^|\n|[。；;：:！？!?])[ \t\u3000]*\d{1,2}(?:[、．]|\.(?!\d)|[)）])/g,
  // 1.建立台账 2.开展培训 typed on one line with spaces: the 2. after a space, before a word.
  /(?<=[ \t\u3000])\d{1,2}[．.](?=[ \t\u3000]*[\u4e00-\u9fff“"「《])/g,
  new RegExp(`[（(][${CN}]{1,3}[）)]`, 'g'),
  /[（(]\d{1,2}[）)]/g,
  /[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/g,
  // (一是 … 十二是: an ordinal of one to nineteen standing alone; 百分之九十五是土族 and 九十五是
  // count, their 五是 no marker.)
  new RegExp(`(?<![${CN}\\d之百千万两零〇])(?:十[一二三四五六七八九]?|[${CN}])(?=是)`, 'g'),
];

/** A phone's ordinals: 一个是…, 二个是… at a message's start or after a pause, never 其中两个是. */
const FIRST_SPOKEN_ORDINAL_RE = /(?:^|[\n \t\u3000。；;，,：:])一个是/;
const SPOKEN_ORDINAL_RE = /(?<=^|[\n \t\u3000。；;，,：:])[一二三四五六七八九十]个(?=是)/g;

const TITLE_RE = /《([^《》\n]{1,120})》/g;
const QUOTE_RES = [
  /“([^“”\n]{1,120})”/g,
  /"([^"\n]{1,120})"/g,
  /「([^「」\n]{1,120})」/g,
  /『([^『』\n]{1,120})』/g,
];

const CN_DAY = '三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]';
const CN_MONTH = '十[一二]?|[一二三四五六七八九]';
const DATE_RE = new RegExp(
  // The lookahead skips every position that cannot start a date (the parts are all optional).
  `(?<!\\d)(?=[\\d〇零一二三四五六七八九十])(?:(\\d{4}|[〇零一二三四五六七八九]{4})年)?(?:(\\d{1,2}|${CN_MONTH})月份?)?(?:(\\d{1,2}|${CN_DAY})([日号]))?`,
  'g',
);
const LUNAR_MONTHS: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };
const SPOKEN_DAY_RE = new RegExp(
  `(?<![\\d〇零一二两三四五六七八九十])(\\d{1,2}|${CN_MONTH}|正|冬|腊)月(初[一二三四五六七八九](?![十日号]|[〇零一二两三四五六七八九十][个名人户家次项场批位件元天届回趟轮遍篇份条处所座期月年]|[个名人户家次项场批位件元天届回趟轮遍篇份条处所座]|期(?!间|内(?!容)))|(?:初十|\\d{1,2}(?![.\\d])|${CN_DAY})(?!(?!(?<!十)一[场次回期批趟轮])[日号月\\d〇零一二两三四五六七八九十百千万点多余至到~～—-]|[、和及][\\d〇零一二两三四五六七八九十]{1,3}[日号]|[个名人户家次项场批位件元天届回趟轮遍篇份条处所座]|期(?!间|内(?!容))))`,
  'g',
);
const LUNAR_DAY_RE = new RegExp(
  `农历(${CN_MONTH}|正|冬|腊)月(初[一二三四五六七八九十]|${CN_DAY})(?![〇零一二两三四五六七八九十\\d日号])`,
  'g',
);
/**
 * 下一步 1 修路 2 装路灯 3 清河道: digits typed as list markers between words, 1, 2, 3 … in a row
 * on one line, are no counts; an item may open with a quote or a title (2 “同心讲堂”办到6期).
 */
const BARE_MARKER_RE = /(?<=^|[\s：:])([1-9])(?=[ \t\u3000]+[\u4e00-\u9fff“"「《(（\d])/gm;

/** The end of a dotted date's range: 至11, -12, 到13号. */
const DOT_RANGE_END_RE = /^(\s*(?:至|到|-|—|~|～)\s*)(\d{1,2})(?:[日号])?(?![\d.月])/;

/** 1修村道 2装路灯: a list's number glued to its item, after a space or a line's start. */
const GLUED_MARKER_RE = /(?<=^|[\s：:])([1-9])(?=[\u4e00-\u9fff])/g;

/**
 * 15年买的, 是08年建的, 是八九年买的: two digits (or two numerals said digit by digit) and 年, after a
 * word that says when (是, 还是, 在, 于) or a space, before a verb of getting or building — a year,
 * not fifteen years (干了15年, 连续15年, 干了七八年 are spans).
 */
const SHORT_YEAR_RE =
  /(?<=(?:^|[\s，,]|是|在|于|从)(?:[\u4e00-\u9fff]{0,2}?))(?<![\d.了过])(\d{2}|[〇零一二三四五六七八九]{2})年(?=[买购建修盖装种栽引办开投启]|[成建]成)/g;
/** Two-digit years up to this are this century's (the summaries are written now). */
const SHORT_YEAR_PIVOT = 30;

/** 1、 after a space or a line's start, before an item (a run of them is a list: maskListNumbers). */
const SPACED_MARKER_RE = /(?<=^|[\s：:])([1-9])、(?=[\u4e00-\u9fff“"「《(（\d])/g;

/**
 * 3.12319城建热线, 2.8月组织考察: a list's 3. run into a number that starts its item (a hotline, a
 * code, a month or a day), no decimal and no dotted date.
 */
const STUCK_MARKER_RE =
  /(?<![\d.])([1-9])\.(?=\d{3,}(?![\d.])(?![万亿千百元%％])|\d{1,2}(?:月|日|号))/g;

function maskListNumbers(chars: Masked, original: string): void {
  for (const m of chars.text.matchAll(STUCK_MARKER_RE)) {
    const k = Number(m[1]);
    // (The other markers are masked by now: look for them in the text as written.)
    const near = original.slice(Math.max(0, m.index - 300), m.index + 300);
    // Only inside a numbered list: its k-1 or k+1 stands near.
    if (new RegExp(`(?<![\\d.])(?:${k - 1}|${k + 1})[.、．](?!\\d)`).test(near)) {
      chars.mask(m.index, m.index + 2);
    }
  }
  const text = chars.text;
  let lineStart = 0;
  // 1 河长制 …⏎2 秸秆禁烧 …⏎3 农村公路 …: one marker a line, the lines in a row.
  let expected = 1;
  let lineRun: number[] = [];
  const closeRun = () => {
    if (lineRun.length >= 2) for (const at of lineRun) chars.mask(at, at + 1);
    lineRun = [];
    expected = 1;
  };
  for (const line of text.split('\n')) {
    const marks = [...line.matchAll(BARE_MARKER_RE)];
    // (…or from the number the lines before reached: 1 …⏎2 … 3 … 4 … goes on at 2.)
    const first =
      marks[0]?.index === 0 && Number(marks[0][1]) === expected && expected > 1 ? expected : 1;
    const run = marks.filter((m, i) => Number(m[1]) === i + first);
    if (run.length >= 2 && run.length === marks.length) {
      for (const m of run) chars.mask(lineStart + m.index, lineStart + m.index + 1);
    }
    // 1修村道 2装路灯 3建文化广场: the markers glued to their items, no measure after any.
    const glued = [...line.matchAll(GLUED_MARKER_RE)].filter(
      (m) => !MEASURE_RE.test(line.slice(m.index + 1)),
    );
    if (glued.length >= 2 && glued.every((m, i) => Number(m[1]) === i + 1)) {
      for (const m of glued) chars.mask(lineStart + m.index, lineStart + m.index + 1);
    }
    // 明年 1、修好3座桥 2、8月开展宣传 3、…: 1、 2、 3、 after spaces on one line, in order
    // (read as written: a 1、 opening the line is masked by now, and the run starts there).
    const spaced = [
      ...original.slice(lineStart, lineStart + line.length).matchAll(SPACED_MARKER_RE),
    ];
    if (spaced.length >= 2 && spaced.every((m, i) => Number(m[1]) === i + 1)) {
      for (const m of spaced) chars.mask(lineStart + m.index, lineStart + m.index + 2);
    }
    const lead = /^([1-9])[ \t\u3000]+[\u4e00-\u9fff“"「《(（]/.exec(line);
    if (lead && Number(lead[1]) === expected) {
      lineRun.push(lineStart);
      expected++;
    } else {
      closeRun();
      if (lead?.[1] === '1') {
        lineRun.push(lineStart);
        expected = 2;
      }
    }
    lineStart += line.length + 1;
  }
  closeRun();
}

const PARTY_NUMERAL_RE =
  /(?<![〇零一二两三四五六七八九十百千\d])(?:九三(?=学社|[〇零一二两三四五六七八九十])|93(?=学社))/g;
const WEEKDAY_RE = /(?:周|星期|礼拜)[一二三四五六日天](?![次个遍回趟场期轮天晚节])(?!课时|小时)/g;
/**
 * 钱老三, 李小五, 王老二: a person called by a surname and a place among siblings (a nickname),
 * no count — its numeral does not run on into the 几个 after it.
 */
const NICKNAME_RE = new RegExp(
  `(?:${[...SINGLE_SURNAMES].join('|')})[老小][二三四五六七八九](?![十百千万个名人位次天年月日号岁届期项条件家户座所])`,
  'g',
);
/**
 * 每月15号, 每月15日: a day of every month, a date however it is written; a word may stand before
 * the day (每月逢五号, 每月的5号), or 每逢 alone.
 */
const MONTHLY_RE = /(?:(?:每个?|当|本|次|下)月(?:的|逢|的逢|都在|都是)?|每逢)$/;
const NUMERIC_DATE_RE = /(?<!\d)(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?!\d)/g;
/** What may join the halves of a range or list of dates: 4月30日-5月1日, 5月1日至3日. */
const DATE_JOIN_RE = /^\s*(?:[-–—~～至到、和及]|--)?\s*$/;

/**
 * 618那天, 1111当天: a day typed as its digits run together before a word of that day. (Not
 * before 节, its lessons' measure as often as a festival's: 公开课120节.)
 */
const GLUED_DAY_RE =
  /(?<![\d.A-Za-z])(?:(1[0-2])(0[1-9]|[12]\d|3[01])|([1-9])([12]\d|3[01]))(?![\d.])(?=那天|当天|这天|那几天|期间|前后|大促)/g;
/**
 * What says a figure later in its clause is an average (平均每站, 人均, 户均, 平均跑动次数由): a
 * decimal, no date.
 */
const AVERAGE_BEFORE_RE = /(?:平均|(?<!各)[人户村校站]均)[^，,。；;！？!?\n]*$/;
/** A month, a point, a day: 7.23, 9.15 (a full-width or middle dot is made a point above). */
const MONTH_POINT_DAY = String.raw`(1[0-2]|0?[1-9])\.([12]\d|3[01]|0?[1-9])`;
/** …quoted on its own (“7·23”强降雨). */
const QUOTED_DAY_RE = new RegExp(`^${MONTH_POINT_DAY}$`);
const DOT_DATE_RE = new RegExp(String.raw`(?<![\d.])${MONTH_POINT_DAY}(?![\d.%％])`, 'g');
/** Units written in Latin letters (72MW, 6.5kWh, 12km): a measure, not part of a code like 5G. */
const LATIN_UNITS = '(?:GW|MW|kW|KW|kWh|MWh|km|KM|kg|KG|GB|TB|Mbps)(?![A-Za-z\\d])';
const LATIN_UNIT_RE = new RegExp(`^${LATIN_UNITS}`);
/**
 * What follows a decimal, never a date: a multiplier or a unit (万, 亿, 元, 米, 亩 …); 成 as
 * tenths, not as the verb that begins 成立, 成为 (6.28成立了联谊会 is a day).
 */
const NOT_AFTER_DATE_RE = new RegExp(
  `^(?:[万亿千百元米亩吨斤倍分度]|成(?![立为功员果交])|${LATIN_UNITS})`,
);

/**
 * The first month of 7—9月, 三至五月, 5、6月: a month, though its 月 is written once, after the last.
 * (On a phone a space may list them: 7 8月主汛期 — read so only for the month before the next,
 * group 2. Not the tail of a larger figure: 百分之六十二 到11月底.)
 */
const MONTH_RANGE_RE = new RegExp(
  `(?<![\\d〇零一二两三四五六七八九十百千万])(\\d{1,2}|${CN_MONTH})(?=\\s*(?:[-–—~～至到、和及]|--)\\s*(?:\\d{1,2}|${CN_MONTH})月|[ \\t\\u3000]+(\\d{1,2}|${CN_MONTH})月)`,
  'g',
);

const AGE_DECADES_RE = /(逾|过|近|届)?([五六七八九])旬/g;
const NEIGHBOUR_MONTHS_RE =
  /(?<![\d〇零一二两三四五六七八九十])([一二三四五六七八九])(?=([二三四五六七八九十])月)/g;

/** words/whole-measures.txt: 组, 人, 场 … — measures no decimal comes before. */
const WHOLE_MEASURES = new Set(loadWords('whole-measures').join(''));

/** The first year of 2001到2010年: a year, though its 年 is written once, after the second. */
/**
 * A cohort: 2009届, 2024级; by two digits only where a word for its people follows (03届毕业,
 * 零三届的, 九二届毕业, 98级校友, 零五级那批) — 七八届 is a count of sessions, 98级台阶 a flight of
 * steps. Not after 第.
 */
const COHORT_RE =
  /(?<![\d.〇零一二两三四五六七八九十百第])(?:((?:19|20)\d{2})[届级]|(?:(0\d|[6-9]\d)|([零〇][一二三四五六七八九]|[六七八九][〇零一二三四五六七八九]))[级届](?=毕业|校友|学生|新生|学员|的|那批|那帮|那届|班))/g;
const YEAR_RANGE_RE = /(?<!\d)((?:19|20)\d{2})(?=\s*(?:[-–—~～至到]|--)\s*(?:19|20)\d{2}年)/g;

/** The last date read before `at`. */
function lastDateBefore(atoms: Fact[], at: number): Fact | undefined {
  return atoms.filter((a) => a.kind === 'date' && a.index < at).at(-1);
}

/** The month of a date said at most 20 characters before `at`, in its sentence, if any. */
function monthJustBefore(atoms: Fact[], text: string, at: number): number | undefined {
  const prev = lastDateBefore(atoms, at);
  if (prev?.date?.month === undefined || prev.date.day !== undefined) return undefined;
  const gap = text.slice(prev.index + prev.text.length, at);
  if (gap.length > 20 || /[。！？；;\n\d]/.test(gap)) return undefined;
  return prev.date.month;
}

/** Whether a day at `at` follows a date with a month and a range word (7月8号到10号). */
function secondHalf(atoms: Fact[], text: string, at: number): boolean {
  const prev = lastDateBefore(atoms, at);
  if (prev?.date?.month === undefined) return false;
  const gap = text.slice(prev.index + prev.text.length, at);
  return /^\s*(?:[-–—~～至到]|--)\s*$/.test(gap);
}
/** The 16 in 6月16、17日: a day whose 日 comes after the last day of the list. */
/** 5月20号 不对是22号: a month and day, a plain correction, then a day alone. */
const CORRECTED_DAY_RE =
  /(?<!\d)(\d{1,2})月\d{1,2}[日号][\s，,]*(?:哦|啊)?(?:不对|说错了|错了)[\s，,]*(?:应该)?是?[\s，,]*(\d{1,2}[日号])/g;
const DAY_LIST_RE = /(?<!\d)(\d{1,2})(?=(?:[、和及]\d{1,2})*[、和及]\d{1,2}[日号])/g;
/** 6月7号8号, 6月7日、8日: a second day, its own 号 or 日, after a month and day. */
const NEXT_DAY_RE = /(?<!\d)(\d{1,2})月\d{1,2}[日号][、和及]?(\d{1,2}[日号])/g;

/** A figure to six places: 2.3 × 1e8 is 230000000, not 229999999.99999997. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** 3万5 (35000), 2.3个亿: how figures are said aloud, rewritten before numbers are read. */
const SPOKEN_WAN_RE = /(?<![\d.])(\d+)万([1-9])(?![\d.万千百十%]|[个名人户家次])/g;
const SPOKEN_MIXED_RE = /(?<![\d.])(?:\d{1,4}[十百千万亿]+){2,}\d?(?![\d.])(多|余)?/g;
const CN_DIGIT = '〇一二三四五六七八九';

/** 38 → 三十八, 1200 → 一千二百: an Arabic integer below 10,000 as the Chinese numeral said. */
function spokenDigits(n: string): string {
  const units = ['', '十', '百', '千'];
  let out = '';
  for (const [i, d] of [...n].entries()) {
    const place = n.length - 1 - i;
    if (d === '0') {
      if (!out.endsWith('〇') && place > 0) out += '〇';
      continue;
    }
    out += CN_DIGIT[Number(d)]! + units[place]!;
  }
  return out.replace(/〇+$/, '');
}
/**
 * 2.3个亿, 三点二个亿, 两个亿, 六个多亿, 两个亿出头: 个 between a figure and its 万 or 亿, in either script;
 * after 亿 the 万 said on (两个亿零三百万 is 2.03亿). Not a 万 of a measure after it: 2个万头猪场
 * counts two farms of ten thousand head.
 */
const SPOKEN_GE_RE =
  /(?<![〇零一二两三四五六七八九十百千\d.])(\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千]+(?:点[〇零一二三四五六七八九]+)?)[多余]?个[多余]?(亿|万)(?!分之|[头只亩吨人户斤])(?:(?<=亿)零?([一二两三四五六七八九十百千]+万))?(?:[多余]|出头)?/g;
/** 平均年龄快50了, 年龄在六十左右: a bare figure after an age is in 岁. */
const AGE_BEFORE_RE = /(?:年龄|年纪|岁数)(?:是|为|在|达|约|大约|大概|快|快要|接近|将近|近)?$/;
/**
 * 最年轻的都六十多了, 老人家八十了, 赵老今年81了: a figure with 了, in a clause about how old
 * someone is (今年N了 with no measure is an age: a count would have one).
 */
const AGE_CLAUSE_RE =
  /(?:年轻|年纪|年龄|岁数|老人|最大的|最小的|最老的)[^，,。；;\s\d]{0,6}$|今年(?:都|已经|已|也)?$/;
/** 满意率九十四点八, 合格率达86: a bare figure after a rate is a percentage. */
const RATE_BEFORE_RE = /率(?:是|为|达|达到|到了|到)?$/;
/** 从百分之十九降到十四点几: …and after a percentage it moved from (降到, 提高到, 升至). */
const FROM_SHARE_RE =
  /(?:百分之[〇零一二两三四五六七八九十百点\d.]+|\d+(?:\.\d+)?[%％])[\s，,]*(?:降|升|提高|下降|上升|增长|减少)?(?:到了?|至)$/;
/** Whether `text` says such a share right before `at` (read as written, never masked). */
const afterShareMovedFrom = (text: string, at: number): boolean =>
  FROM_SHARE_RE.test(text.slice(Math.max(0, at - 16), at));
/** What may not follow the last digit of 两块八 or 4毛5: another figure, or a measure of its own. */
const SPOKEN_MONEY_END =
  '(?![\\d〇零一二两三四五六七八九十百千万亿个块元毛角钱分斤张瓶份袋盒本件只套次箱桶包碗斗])';
/** 两块八, 3块5: N块M is N.M元 (a single digit after 块, nothing after it). */
const SPOKEN_KUAI_RE = new RegExp(
  `(?<![〇零一二两三四五六七八九十百千\\d.])(\\d+|[一二两三四五六七八九十百千]+)块([一二三四五六七八九]|[1-9])${SPOKEN_MONEY_END}`,
  'g',
);
/** 4毛5, 三毛五: N毛M (or N角M) is 0.NM元, as N块M is N.M元. */
const SPOKEN_MAO_RE = new RegExp(
  `(?<![〇零一二两三四五六七八九十百千\\d.块元])([一二两三四五六七八九]|[1-9])(?:毛|角)([一二三四五六七八九]|[1-9])${SPOKEN_MONEY_END}`,
  'g',
);
/** 八十六点几, 3点几: a figure and some tenths, between it and the next whole number. */
const SPOKEN_POINT_RE =
  /(?<![〇零一二两三四五六七八九十百千\d.])(\d+|[一二两三四五六七八九十百千]+)点几(?![点时])/g;

function extractSpoken(chars: Masked, text: string, out: Fact[]): void {
  /** `unit`: the measure the form itself says (块 → 元); `tenths`: some tenths above the value. */
  const read = (
    re: RegExp,
    value: (m: RegExpMatchArray) => number,
    unit?: string,
    tenths = false,
  ) => {
    for (const m of chars.text.matchAll(re)) {
      const v = value(m);
      if (!Number.isFinite(v)) continue;
      const end = m.index + m[0].length;
      let said = unit ? '' : (MEASURE_RE.exec(chars.text.slice(end, end + 4))?.[0] ?? '');
      // (比全市平均高一点几个点: points of a rate, said as 个点.)
      // (The rate said before it is read from the text as written: it is masked by now.)
      const points = said === '个' && ratePoints(text, m.index, chars.text.slice(end));
      // (…but 一点几个点 with no rate before it is no figure read whole: 几点, or places.)
      if (!points && /^个[点时]/.test(chars.text.slice(end))) continue;
      if (points) said = '个百分点';
      // 合格率八十六点几: a bare figure after a rate is a percentage.
      // (…or after a share it moved from, a figure said with some tenths: 从百分之十九降到十四点几.)
      const rate =
        RATE_BEFORE_RE.test(chars.text.slice(Math.max(0, m.index - 4), m.index)) ||
        (tenths && afterShareMovedFrom(text, m.index));
      const measure = unit ?? (said || (rate ? '%' : ''));
      const to = end + (points ? 2 : said.length);
      // (六个多亿, 九十多个亿: the 多 may stand before the unit too; 两个亿出头 after it.)
      const more = /[多余]|出头/.test(m[0]);
      out.push({
        kind: 'number',
        text: text.slice(m.index, to),
        index: m.index,
        // 点几: anywhere from the figure to just below the next (86 to 86.9).
        value: tenths ? v + 0.9 : v,
        ...(tenths ? { low: v } : {}),
        measure,
        ...(more ? { approx: 'more' as const } : {}),
      });
      chars.mask(m.index, to);
    }
  };
  read(SPOKEN_WAN_RE, (m) => Math.round((Number(m[1]) + Number(m[2]) / 10) * 1e4));
  // 6千5百万, 1万2千: Arabic digits with Chinese units, read as the Chinese numeral they say.
  read(
    SPOKEN_MIXED_RE,
    (m) => parseChineseNumber(m[0].replace(/[多余]$/, '').replace(/\d+/g, spokenDigits)) ?? 0,
  );
  read(SPOKEN_GE_RE, (m) =>
    round6(
      (toNumber(m[1]!) ?? Number.NaN) * (CN_BIG[m[2]!] ?? 1) +
        (m[3] ? (parseChineseNumber(m[3]) ?? Number.NaN) : 0),
    ),
  );
  read(
    SPOKEN_KUAI_RE,
    (m) => (cnOrArabic(m[1]) ?? Number.NaN) + (cnOrArabic(m[2]) ?? Number.NaN) / 10,
    '元',
  );
  read(
    SPOKEN_MAO_RE,
    (m) => ((cnOrArabic(m[1]) ?? Number.NaN) * 10 + (cnOrArabic(m[2]) ?? Number.NaN)) / 100,
    '元',
  );
  read(SPOKEN_POINT_RE, (m) => cnOrArabic(m[1]) ?? Number.NaN, undefined, true);
}

/**
 * (千 before a unit's own character is the unit's: 120千瓦, 8千克, 5千米 — no thousand; a 万 or
 * 亿 after 千多 multiplies the whole: 4千多万.)
 */
const NUMBER_RE =
  /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百千]+点[〇零一二三四五六七八九]+|(?:[〇零一二两三四五六七八九十百万亿]|千(?![瓦克米伏]))+)(多|余|几|来(?=[百千万亿]))?((?:[百万亿]|千(?![瓦克米伏]))+)?(多|余)?((?<=[多余])[万亿])?/g;

/** Measure words after a number (for display, and to tell 三次 from 三农). */
const MEASURE_WORDS = loadWords('measure-words');
/** A score's 分 (占五分, 扣2分), not 三分之一, 分钟, 分别, 分析, 分会. */
const SCORE_RE = /^分(?![之钟别析管类工批布享期会局队院社行子配解成担散为开离红])/;
/**
 * 80平, 300平左右: the spoken 平 of 平方米, where it begins no word of its own (3平台 is no area)
 * — at a mark or the end, or before 以上, 左右, 多, 余, or a verb of change (六十多平改成两百平).
 */
const SPOKEN_AREA = '平(?=$|[^\\u4e00-\\u9fff]|[以左多余上的扩改增减缩涨变升到成])';
/**
 * 4金2银, 3枚金牌: a medal's metal after its count, where it begins no word of its own (3金融机构,
 * 5银行网点 are no medals) — at a mark or the end, before another figure, 牌, 奖, 的 or 、.
 */
const MEDALS = '[金银铜](?=$|[^\\u4e00-\\u9fff]|[牌奖的、一二两三四五六七八九十])';
const MEASURE_RE = new RegExp(
  `^(?:${MEASURE_WORDS.map(escapeRe).join('|')}|${SPOKEN_AREA}|${MEDALS})`,
);
/** After a lone 一 only real counts: 一次, 一名, 一场 — not 一个/一批/一种/一份, which are words. */
const ONE_MEASURES = new Set(loadWords('one-measures'));
/** 一个 with nothing after it in its clause (批下来一个。): the thing it counts was said before. */
const ONE_STANDS_ALONE_RE = /^个(?=$|[^\u4e00-\u9fff])/;
/** A verb's 了 or its direction right before it (走了一个, 批下来一个, 评上一个; not 会上一个). */
const VERB_DONE_RE = /(?:了|下来|上来|出来|过来|回来|进来|[评选批报考争]上)$/;
/** Units of time a spoken 个 may stand before (44个课时, 三个星期; not 两个礼拜堂). */
const HOURS_AFTER_GE_RE = /^(?:课时|学时|小时|钟头|工作日|星期|礼拜(?![堂寺场所日天]))/;
/** A change of a rate a figure of points follows (高了6个点, 下降3个点; 增加两个点 adds places). */
const POINTS_CHANGE_RE = /(?:高|低|提高|提升|降低|下降|上升|涨|降|提|升|高出|低于|高于)了?$/;

/**
 * 比去年高了6个点: points after a change are percentage points (6个百分点), not places — where a
 * rate was said before it in the clause (调解点提高了4个点位 counts places). `start` is where the
 * figure begins in `work`, `after` what follows it.
 */
function ratePoints(work: string, start: number, after: string): boolean {
  return (
    /^个点(?!位)/.test(after) &&
    POINTS_CHANGE_RE.test(work.slice(Math.max(0, start - 4), start)) &&
    /率|占比|比例|%|％|百分/.test(
      work
        .slice(Math.max(0, start - 16), start)
        .split(/[，。；,;\n]/)
        .at(-1) ?? '',
    )
  );
}
/** 一个半小时, 一个半月: 个, the half, then the unit (个月 is 月's measure with 个). */
const HALF_BETWEEN_RE = /^个半(课时|学时|小时|钟头|工作日|月)/;
/** words/halving-measures.txt: 天, 公里, 斤 … — the units a half is said with. */
const HALVING_MEASURES = new Set(loadWords('halving-measures').flatMap((l) => l.split(/\s+/)));
/** 11分30秒, 九分二十秒: minutes and seconds, one duration. */
const MINUTES_SECONDS_RE = /^分([1-5]?\d|[一二三四五]?十?[一二三四五六七八九]?)秒/;
/** A 半 that begins a word of its own (半年, 半天, 半个, 半数, 半径) adds nothing to the figure. */
const HALF_ALONE_RE = /^半(?![年月天日个数径导岛场夜边点小份价票山坡])/;

/**
 * The half said with a figure's unit: 一个半小时 (个, 半, the unit), 两天半 or 三公里半 (半 after a
 * unit that divides; never after 人 or 场), 9分半 (minutes: 分 alone is no measure). What the
 * figure's measure becomes and how long the figure's text runs past its numeral.
 */
/**
 * 米二, 块五: a measure, then one numeral that ends the figure, or before the next figure (三块五一斤;
 * not 500元一并发放, 九块一张).
 */
const TENTH_AFTER_RE =
  /^(米|块|元)([一二三四五六七八九])(?=[^\u4e00-\u9fff]|$|的|钱|[一二两三四五六七八九十\d])/;

function halfAfter(
  own: string,
  after: string,
): { measure: string; length: number; more: number } | undefined {
  const between = own === '个' ? HALF_BETWEEN_RE.exec(after) : null;
  if (between) {
    const unit = between[1]!;
    return { measure: unit === '月' ? '个月' : unit, length: 2 + unit.length, more: 0.5 };
  }
  // 两个半片区: a half of whatever the 个 counts, unless the 半 begins a word (三个半天).
  if (own === '个' && /^个半[\u4e00-\u9fff]/.test(after) && HALF_ALONE_RE.test(after.slice(1)))
    return { measure: '个', length: 2, more: 0.5 };
  if (own === '' && /^分半(?![年月天日个数径])/.test(after))
    return { measure: '分钟', length: 2, more: 0.5 };
  // 11分30秒 is 11分半 to the second: the seconds are a part of the minute.
  const seconds = own === '' ? MINUTES_SECONDS_RE.exec(after) : null;
  const s = seconds ? toNumber(seconds[1]!) : undefined;
  if (seconds && s !== undefined && s < 60)
    return { measure: '分钟', length: seconds[0].length, more: round6(s / 60) };
  // 一米二, 三块五: a spoken tenth after a measure of length or money is 1.2米, 3.5元.
  const tenth = TENTH_AFTER_RE.exec(after);
  // (Not 九块一张: a measure after the numeral makes it a count of its own.)
  if (tenth && own === tenth[1] && !MEASURE_RE.test(after.slice(own.length + 1)))
    return {
      measure: own === '块' ? '元' : own,
      length: own.length + 1,
      more: (cnOrArabic(tenth[2]) ?? 0) / 10,
    };
  if (!HALVING_MEASURES.has(own)) return undefined;
  return HALF_ALONE_RE.test(after.slice(own.length))
    ? { measure: own, length: own.length + 1, more: 0.5 }
    : undefined;
}

/**
 * What stands before the 第 of a rank said without its noun (排名第四); and after a verb of
 * winning (得了第二, 拿了第一, 考了第三, 拿了个人总分第三, or the kind alone: 个人总分第三) or of
 * moving (升到第3, 跃升至第5, 降为第7): a place in a contest or a ranking. The field it is
 * ranked in may stand between (考了全市第二, 排全县第五); the contest may stand before the kind
 * (运动会团体总分第二).
 */
const RANK_BEFORE_RE =
  /(?:排名|名列|位列|位居|排在|排|得了|拿了|考了|考到|评了|获得|夺得|取得|获|(?:[升进提跃冲降退掉滑]|上升|提升|跃升|下降|前进|后退)(?:了|到了?|至|为))(?:全[省市州县区旗国乡镇盟]|[省市州县区]里)?(?:团体|个人|男子|女子|总分|综合){0,2}第$|(?:^|[\s，,]|[会赛])(?:团体|个人|男子|女子|总分|综合){1,2}第$/;
/** 平均分全区第二: the field alone before a rank that ends its clause (not 全县第一书记). */
const RANK_FIELD_RE = /全[省市州县区旗国乡镇盟]第$/;
/**
 * What stands before 前 of a place among the top (全县前三, 排名前5, 进入前十, 保住前两名) — not
 * 表彰前20名 or 先到的前100名, people counted.
 */
const TOP_BEFORE_RE =
  /(?:全[省市州县区旗国乡镇盟]|排名|排在|排|进了|进入|进|位列|位居|跻身|名列|保持|保住|守住|稳住|稳居|冲进|冲入|冲刺|挺进|闯入|闯进)前$/;
/**
 * 第3 不对 二模是第4, 全县第二 哦不对 是第三: a rank said again after a correction, right after
 * the one it corrects.
 */
const RANK_CORRECTED_RE =
  /第[\d一二三四五六七八九十]+名?[\s，,]*(?:[哦噢啊呃嗯][\s，,]*(?:不对|错了|说错了)[\s，,]*(?=(?:应该)?是?第$)|(?:不对|错了|说错了))[\s，,]*[\u4e00-\u9fff]{0,4}?(?:(?:应该)?是)?第$/;
/**
 * 语文数学都是全县第一 英语第二: a rank said right after another of the same field, its subject
 * changed, ending its clause — the field carried over.
 */
const RANK_AFTER_RANK_RE =
  /(?:全[省市州县区旗国乡镇盟]|排名|名列|位列|位居)第[\d一二三四五六七八九十]+名?[\s，,、；;]*[\u4e00-\u9fff]{1,6}第$/;
/** 然后第二, 再就是第二: a spoken list going on, its next item, no rank. */
const RANK_FILLER_RE = /(?:然后|再就是|还有|其次|接着|另外|再)第$/;
/** 第三届, 第8版: an ordinal that counts something; other 第一/第二 are enumerators. */
const ORDINAL_NOUN_RE = /^[届次期批版轮名号站场年]/;
/** Holidays of a fixed day and the day they are (七一 is 7月1日: a date traces by it). */
export const HOLIDAY_DATES: Readonly<Record<string, readonly [number, number]>> = {
  元旦: [1, 1],
  三八: [3, 8],
  五一: [5, 1],
  五四: [5, 4],
  六一: [6, 1],
  七一: [7, 1],
  八一: [8, 1],
  国庆: [10, 1],
};
/** …those written as numerals (七一, 五一): holiday names, not 71 or 51. */
const HOLIDAYS = new Set(
  Object.keys(HOLIDAY_DATES).filter((h) => /^[一二三四五六七八九十]+$/.test(h)),
);
/** 春节、八一两个节点: a holiday run into the count after it, which is read on its own. */
const HOLIDAY_RUN_RE = new RegExp(
  `(?<![〇零一二两三四五六七八九十\\d])(?:${[...HOLIDAYS].join('|')})(?=[一二两三四五六七八九十])`,
  'g',
);

const SET_PHRASE_RE = new RegExp(`^(?:${STOP_RE.source})$`);
/**
 * What follows 高三 or 初二 when it is a figure, not a grade: money or a share (高三毛, 高两成), or
 * its decimals (高一点几个点, 高一点五个百分点).
 */
const GRADE_NOT_BEFORE_RE = /^(?:毛|角|块|元|倍|成|个百分点|点[几\d一二三四五六七八九])/;

function isSetPhrase(key: string): boolean {
  return SET_PHRASE_RE.test(key);
}

/** The text being read, with what has been read masked; joined again only after a change. */
class Masked {
  private readonly chars: string[];
  private joined: string | undefined;
  constructor(text: string) {
    this.chars = text.split('');
    this.joined = text;
  }
  get text(): string {
    if (this.joined === undefined) this.joined = this.chars.join('');
    return this.joined;
  }
  /** Masks [start, end), keeping line breaks. */
  mask(start: number, end: number): void {
    for (let i = start; i < end; i++) if (this.chars[i] !== '\n') this.chars[i] = MASK;
    this.joined = undefined;
  }
  /** Puts [start, end) of `from` back. */
  restore(start: number, end: number, from: string): void {
    for (let i = start; i < end; i++) this.chars[i] = from[i]!;
    this.joined = undefined;
  }
}

/**
 * A rank (二级网格, 三级联动, 一级响应, 是四级): the 级 is no count — unless it is a change of rank
 * (提升2级, 连升三级).
 */
const RANK_RE =
  /(?<![\d〇零一二两三四五六七八九十]|提升了?|上升了?|晋升了?|下降了?|[升降跨])[一二三四五六七八九\d]级/g;
/**
 * 十五中的学生, 三十一中晚上把操场开放: a school called by its number and 中, no level said, before
 * its people or what a subject does next — a name, not a count (三中全会 and 其中三 are neither).
 */
const SCHOOL_NUMBER_RE =
  /(?<![\d〇零一二两三四五六七八九十全各每本该这那其])[一二三四五六七八九十]{1,3}中(?=学生|老师|教师|[的把在和跟与也都还今去明晚早 、，,。]|$)/g;

function maskAll(masked: Masked, re: RegExp): void {
  const work = masked.text;
  re.lastIndex = 0;
  for (const m of work.matchAll(re)) masked.mask(m.index, m.index + m[0].length);
}

/** Spaces, 《》〈〉 and quotes removed: how titles and quoted phrases are compared. */
export function factKey(s: string): string {
  return s.replace(/[\s《》〈〉<>“”"「」『』‘’']/g, '');
}

/** 9·9, 6・18, 3．5: a full-width or middle dot between digits is a date's (or a decimal's) point. */
// (The dot is looked for first: a lookbehind tried at every character costs more than the rest
// of the reading on a long draft.)
export const pointsBetweenDigits = (text: string): string =>
  /[．·・•]/.test(text) ? text.replace(/(?<=\d)[．·・•](?=\d)/g, '.') : text;

/** Full-width digits and % to ASCII, keeping every offset (one code unit each). */
function normalizeDigits(text: string): string {
  return pointsBetweenDigits(
    text
      .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
      .replace(/％/g, '%'),
  );
}

function toNumber(token: string): number | undefined {
  if (/^[\d.,]+$/.test(token)) {
    const n = Number(token.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  // 十八点六 (万元): the integer part as usual, then one digit per place.
  const point = token.indexOf('点');
  if (point > 0) {
    const whole = parseChineseNumber(token.slice(0, point));
    const digits = parseChineseNumber(token.slice(point + 1));
    if (whole === undefined || digits === undefined) return undefined;
    return Number(`${whole}.${String(digits).padStart(token.length - point - 1, '0')}`);
  }
  return parseChineseNumber(token);
}

/**
 * 农历五月十三, 正月初八, 三月初三, 9月20敬老会: a day said without 日 or 号 (as festival days are), when
 * nothing after it makes it a count (五月十三个村 is not; 正月十二一场 is a day and one occasion,
 * where the 一 cannot carry the day on, as it would 十 into 十一场). Read before the set phrases are
 * masked: 初三 is also a school year.
 */
/** 大年初五: a day of the first lunar month as people say it (正月初五). */
const NEW_YEAR_DAY_RE = /大年初([一二三四五六七八九十])(?![一二三四五六七八九十])/g;

/** 6月8到10号, 六月八至十日: a range of days of one month with 日/号 said once, at its end. */
const DAY_RANGE_RE = new RegExp(
  `(?<![\\d〇零一二两三四五六七八九十])(\\d{1,2}|${CN_MONTH})月(\\d{1,2}|${CN_DAY})(\\s*(?:至|到|-|—|~|～)\\s*)(\\d{1,2}|${CN_DAY})[日号]`,
  'g',
);

/** A month and a day as said (三月, 正月; 二十三, 初八), or undefined when no calendar has it. */
function spokenMonthDay(monthWord: string, dayWord: string) {
  const month = LUNAR_MONTHS[monthWord] ?? cnOrArabic(monthWord);
  const day = cnOrArabic(dayWord.replace(/^初/, ''));
  if (month === undefined || day === undefined || month > 12 || day < 1 || day > 30) return;
  return { month, day };
}

function extractSpokenDays(chars: Masked, text: string, out: Fact[]): void {
  for (const m of chars.text.matchAll(DAY_RANGE_RE)) {
    const month = cnOrArabic(m[1]!);
    const [from, to] = [cnOrArabic(m[2]!), cnOrArabic(m[4]!)];
    if (month === undefined || from === undefined || to === undefined) continue;
    if (month > 12 || from < 1 || to > 31 || from >= to) continue;
    const first = m[1]!.length + 1 + m[2]!.length;
    const second = m.index + first + m[3]!.length;
    out.push({
      kind: 'date',
      text: m[0].slice(0, first),
      index: m.index,
      date: { month, day: from },
    });
    out.push({
      kind: 'date',
      text: text.slice(second, m.index + m[0].length),
      index: second,
      date: { month, day: to },
    });
    chars.mask(m.index, m.index + m[0].length);
  }
  for (const m of chars.text.matchAll(NEW_YEAR_DAY_RE)) {
    const day = cnOrArabic(m[1]!);
    if (day === undefined) continue;
    out.push({ kind: 'date', text: m[0], index: m.index, date: { month: 1, day } });
    chars.mask(m.index, m.index + m[0].length);
  }
  // 农历三月二十三天后宫: after 农历 a month and a day are a date whatever word follows (天 of
  // 天后宫 begins no count of days).
  for (const m of chars.text.matchAll(LUNAR_DAY_RE)) {
    const date = spokenMonthDay(m[1]!, m[2]!);
    if (!date) continue;
    const at = m.index + 2;
    out.push({ kind: 'date', text: text.slice(at, m.index + m[0].length), index: at, date });
    chars.mask(at, m.index + m[0].length);
  }
  for (const m of chars.text.matchAll(SPOKEN_DAY_RE)) {
    const date = spokenMonthDay(m[1]!, m[2]!);
    if (!date) continue;
    const { month, day } = date;
    // A day of one numeral said with no 日 or 号 only before a break (6月8 开会) or as its
    // month's festival (二月二, 三月三): 一 and its like begin words (6月一共, 3月一直 …), and
    // 一周一例会、一月一汇总 is a rate's formula (each month, one summary), no 1 January.
    // (等 closing a list is no word's start: 苗族四月八等节日, 四月八等传统节日; 三等奖, 一等 of a
    // grade and 一等就是半个月 are.)
    const next = chars.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    const beforeWord =
      /^[\u4e00-\u9fff]/.test(next) && !/^等(?:[节传少民重各多]|[^\u4e00-\u9fff]|$)/.test(next);
    if (m[0] === '一月一' && beforeWord) {
      chars.mask(m.index, m.index + 3);
      continue;
    }
    if (/^[一二三四五六七八九]$/.test(m[2]!) && month !== day && beforeWord) continue;
    out.push({
      kind: 'date',
      text: text.slice(m.index, m.index + m[0].length),
      index: m.index,
      date,
    });
    chars.mask(m.index, m.index + m[0].length);
  }
}

function extractDates(chars: Masked, text: string, out: Fact[]): void {
  const atoms: Fact[] = [];
  let work = chars.text;
  // 618那天, 双十一是1111当天: a day written as its digits run together, before a word of that
  // day, is the month and the day (the draft's 6月18日当天), not a count.
  for (const m of work.matchAll(GLUED_DAY_RE)) {
    const date = { month: Number(m[1] ?? m[3]), day: Number(m[2] ?? m[4]) };
    atoms.push({ kind: 'date', text: m[0], index: m.index, date });
    chars.mask(m.index, m.index + m[0].length);
  }
  // 5月20号 不对是22号: a day said alone to correct a date is a date of that month (the
  // correction itself is read with the other corrections, in check/trace.ts); so is a day said
  // right after a month and day (6月7号8号两天, 6月7日、8日).
  for (const m of [...work.matchAll(CORRECTED_DAY_RE), ...work.matchAll(NEXT_DAY_RE)]) {
    const at = m.index + m[0].length - m[2]!.length;
    const month = Number(m[1]);
    const day = Number(m[2]!.slice(0, -1));
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    atoms.push({ kind: 'date', text: m[2]!, index: at, date: { month, day } });
    chars.mask(at, at + m[2]!.length);
  }
  work = chars.text;
  for (const m of work.matchAll(NUMERIC_DATE_RE)) {
    const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 31) continue;
    atoms.push({ kind: 'date', text: m[0], index: m.index, date });
    chars.mask(m.index, m.index + m[0].length);
  }
  work = chars.text;
  for (const m of work.matchAll(DAY_LIST_RE)) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    atoms.push({ kind: 'date', text: m[0], index: m.index, date: { day } });
    chars.mask(m.index, m.index + m[0].length);
  }
  work = chars.text;
  for (const m of work.matchAll(DOT_DATE_RE)) {
    const next = work.slice(m.index + m[0].length).trimStart();
    // 12.5公里, 1.8万份, 3.5个百分点: a decimal before its measure, not a date; 2.11号 is a date.
    const dayMark = /^[号日]/.test(work.slice(m.index + m[0].length));
    // …but 6.18首发式, 8.16组织座谈: a measure of whole things takes no decimal, so what
    // follows begins a word (a verb, a noun) and the figure is a day.
    // (分 before a count is the verb "in": 7.5到8.25 分三批 is a date, then 分三批.)
    const divided = /^分[一二两三四五六七八九十\d]+[批组次期轮个块段]/.test(next);
    // (A measure word after a phone's space begins the next phrase: 定在7.26 大伙在码头办的.)
    const spaced = /^\s/.test(work.slice(m.index + m[0].length));
    // (…unless it is an average: 平均每站仅2.5人, 户均3.2人 — halves of whole things.)
    const average = AVERAGE_BEFORE_RE.test(work.slice(Math.max(0, m.index - 16), m.index));
    const unitAfter =
      !divided &&
      (NOT_AFTER_DATE_RE.test(next) ||
        (!spaced && MEASURE_RE.test(next) && (average || !WHOLE_MEASURES.has(next[0]!))));
    if (!dayMark && (/^[\u4e00-\u9fff]/.test(next) || LATIN_UNIT_RE.test(next)) && unitAfter)
      continue;
    // (2.1‰, 3.5%, 千分之1.2: a rate, no day.)
    if (
      /^[‰‱%％]/.test(work.slice(m.index + m[0].length)) ||
      work.slice(m.index - 2, m.index) === '分之'
    )
      continue;
    const date = { month: Number(m[1]), day: Number(m[2]) };
    const end = m.index + m[0].length + (dayMark ? 1 : 0);
    atoms.push({ kind: 'date', text: text.slice(m.index, end), index: m.index, date });
    chars.mask(m.index, end);
    // 7.9至11: the range's end is a later day of that month, its 日 unsaid.
    const to = DOT_RANGE_END_RE.exec(work.slice(end));
    const last = to ? Number(to[2]) : 0;
    if (to && last > date.day && last <= 31 && !MEASURE_RE.test(work.slice(end + to[0].length))) {
      const at = end + to[1]!.length;
      const stop = end + to[0].length;
      atoms.push({
        kind: 'date',
        text: text.slice(at, stop),
        index: at,
        date: { month: date.month, day: last },
      });
      chars.mask(at, stop);
    }
  }
  work = chars.text;
  for (const m of work.matchAll(YEAR_RANGE_RE)) {
    atoms.push({ kind: 'date', text: m[0], index: m.index, date: { year: Number(m[1]) } });
    chars.mask(m.index, m.index + m[0].length);
  }
  work = chars.text;
  // 2009届毕业生, 2024级新生: a cohort is named by its year, a time a draft keeps (a graduate of
  // 2009 is not one of 2012) — no count (see the number pass).
  for (const m of work.matchAll(COHORT_RE)) {
    // (零三届, 03级: the year by its last two digits, as a phone says it.)
    const yy = m[1] ? undefined : cnOrArabic(m[2] ?? m[3]);
    const year = m[1]
      ? Number(m[1])
      : yy === undefined
        ? undefined
        : yy <= SHORT_YEAR_PIVOT
          ? 2000 + yy
          : 1900 + yy;
    if (year === undefined) continue;
    atoms.push({ kind: 'date', text: m[0], index: m.index, date: { year } });
    chars.mask(m.index, m.index + m[0].length);
  }
  work = chars.text;
  // 有两台还是15年买的: a year said by its last two digits, before a verb of getting or building.
  for (const m of work.matchAll(SHORT_YEAR_RE)) {
    // (八九 read digit by digit, as 二〇二六 is.)
    const yy = cnOrArabic(m[1]);
    if (yy === undefined) continue;
    const year = yy <= SHORT_YEAR_PIVOT ? 2000 + yy : 1900 + yy;
    atoms.push({ kind: 'date', text: m[0], index: m.index, date: { year } });
    chars.mask(m.index, m.index + m[0].length);
  }
  work = chars.text;
  // 一二月份, 七八月: two neighbouring months said as neighbouring numerals, the first a month.
  for (const m of work.matchAll(NEIGHBOUR_MONTHS_RE)) {
    if (cnOrArabic(m[2]) !== (cnOrArabic(m[1]) ?? 0) + 1) continue;
    atoms.push({ kind: 'date', text: m[1]!, index: m.index, date: { month: cnOrArabic(m[1]) } });
    chars.mask(m.index, m.index + 1);
  }
  work = chars.text;
  for (const m of work.matchAll(MONTH_RANGE_RE)) {
    const month = cnOrArabic(m[1]);
    if (month === undefined || month < 1 || month > 12) continue;
    // (…and only where the first stands apart: 来了11 12月还要办 counts 11, then names December.)
    if (
      m[2] !== undefined &&
      (cnOrArabic(m[2]) !== month + 1 || /[\u4e00-\u9fff]/.test(work[m.index - 1] ?? ''))
    )
      continue;
    atoms.push({ kind: 'date', text: m[0], index: m.index, date: { month } });
    chars.mask(m.index, m.index + m[0].length);
  }
  work = chars.text;
  for (const m of work.matchAll(DATE_RE)) {
    if (m[0] === '') continue;
    let inherited: number | undefined;
    const [, y, mo, d, daySuffix] = m;
    const year = cnOrArabic(y);
    const month = cnOrArabic(mo);
    const day = cnOrArabic(d);
    if (year !== undefined && (year < 1900 || year > 2100)) continue;
    if (month !== undefined && (month < 1 || month > 12)) continue;
    if (day !== undefined && (day < 1 || day > 31)) continue;
    // A day alone is a date only as 16日 in Arabic digits: 三日/3号 alone are counts or numbers.
    // The second half of a range is a date however it is written (7月8号到10号, 5月1日至三日):
    // it takes the month of the first half below.
    if (day !== undefined && month === undefined && year === undefined) {
      // 15日内办结: a day before 内 is a span of days (a count in 日), no day of a month.
      if (daySuffix === '日' && /^(?:以内|之内|内)/.test(text.slice(m.index + m[0].length)))
        continue;
      const arabic = daySuffix === '日' && /^\d+$/.test(d ?? '');
      const monthly = MONTHLY_RE.test(text.slice(Math.max(0, m.index - 5), m.index));
      // 每月5号和20号, 3月5号、20号, 每月5号 15号: a day listed right after a day is a day too,
      // of its month.
      const prev = lastDateBefore(atoms, m.index);
      const listed =
        daySuffix !== undefined &&
        prev?.date?.day !== undefined &&
        /^(?:\s*[、和及与]\s*|[ \t\u3000]+)$/.test(
          text.slice(prev.index + prev.text.length, m.index),
        );
      if (listed) inherited = prev?.date?.month;
      if (!arabic && !monthly && !listed && !secondHalf(atoms, text, m.index)) {
        // 四月中旬开始清查 22号至26号: a day said soon after its month, in the same sentence.
        const of = monthJustBefore(atoms, text, m.index);
        // …not a number of a building or a line (12号楼, 3号线).
        const numbered = /^[楼房院线机车床桌柜门箱井站台室窗码文令]/.test(
          text.slice(m.index + m[0].length),
        );
        if (of === undefined || !daySuffix || numbered) continue;
        // 规范一日作息, 开展三日集训: a day in 汉字 run straight into a noun is a length or a set
        // phrase (one day's routine), not a day of that month; a date goes on to a time, a verb of
        // holding or a mark.
        const next = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
        if (
          !/^\d/.test(d ?? '') &&
          /^[\u4e00-\u9fff]/.test(next) &&
          !/^(?:[上下晚早中凌夜起前后至到在当即开办搞举召去来请是的了和、]|组织|启动)/.test(next)
        )
          continue;
        inherited = of;
      }
    }
    const date: DateParts = {};
    if (inherited !== undefined && month === undefined) date.month = inherited;
    if (year !== undefined) date.year = year;
    const nth = NTH_YEAR_RE.exec(text.slice(Math.max(0, m.index - 3), m.index))?.[1];
    const offset =
      RELATIVE_YEARS[text.slice(Math.max(0, m.index - 2), m.index)] ??
      (nth ? (cnOrArabic(nth) ?? 1) - 1 : undefined);
    if (year === undefined && month !== undefined && offset !== undefined) date.yearOffset = offset;
    if (month !== undefined) date.month = month;
    if (day !== undefined) date.day = day;
    atoms.push({
      kind: 'date',
      text: text.slice(m.index, m.index + m[0].length),
      index: m.index,
      date,
    });
    chars.mask(m.index, m.index + m[0].length);
  }
  atoms.sort((a, b) => a.index - b.index);
  // 5月1日至3日: the second half takes the month (and year) of the first.
  for (let i = 1; i < atoms.length; i++) {
    const prev = atoms[i - 1]!;
    const cur = atoms[i]!;
    const gap = text.slice(prev.index + prev.text.length, cur.index);
    if (!DATE_JOIN_RE.test(gap) || !prev.date || !cur.date) continue;
    if (
      cur.date.month === undefined &&
      cur.date.day !== undefined &&
      prev.date.month !== undefined
    ) {
      cur.date.month = prev.date.month;
    }
    if (
      cur.date.year === undefined &&
      cur.date.month !== undefined &&
      prev.date.year !== undefined
    ) {
      cur.date.year = prev.date.year;
    }
    // 明年3月到5月: the second half is next year's too.
    if (
      cur.date.year === undefined &&
      cur.date.yearOffset === undefined &&
      cur.date.month !== undefined &&
      prev.date.yearOffset !== undefined
    ) {
      cur.date.yearOffset = prev.date.yearOffset;
    }
  }
  out.push(...atoms);
}

/** A character that makes a word with the 约/近/超 after it (签约, 预约, 履约, 节约, 最近, 附近, 赶超; not 接近). */
const WORD_END_BEFORE_RE = /[签预履节邀制违契公婚最附赶]$/;

/** A verb and its complement (建成, 形成, 赶上, 通过): no 成/上/过 of a rough figure. */
const VERB_COMPLEMENT_RE =
  /(?:[建形完达变构组生合落竣集做办养促造打]成|[赶跟迎加马爬走登]上|[通超经越跨度]过)$/;

function approxBefore(before: string, token: string): { approx?: Approx; prefix: string } {
  const loose = /(将近|大约|大概|差不多|超过|近|约|逾|超)$/.exec(before);
  // 签约37人, 预约, 最近, 赶超: the 约/近/超 ends a word there, and says nothing about the figure.
  if (loose && loose[1]!.length === 1 && WORD_END_BEFORE_RE.test(before.slice(0, -1))) {
    return { prefix: '' };
  }
  if (loose) {
    const p = loose[1]!;
    return { approx: p === '逾' || p.startsWith('超') ? 'more' : 'near', prefix: p };
  }
  // 上千, 成千, 数百, 几十: only before a bare 十/百/千/万.
  if (/^[十百千万]/.test(token)) {
    const vague = /(上|成|过|数|几)$/.exec(before);
    // 建成百亩果园, 赶上千人, 通过百余项: the 成/上/过 completes a verb, and 百亩 is a scale.
    if (vague && VERB_COMPLEMENT_RE.test(before)) return { prefix: '' };
    if (vague) {
      const p = vague[1]!;
      return {
        approx: p === '数' || p === '几' ? 'some' : p === '过' ? 'more' : 'near',
        prefix: p,
      };
    }
    // 达到千万元, 突破百万元: a bare magnitude a target reaches is at least that (only here:
    // after these verbs a written figure, 100万元, stays exact).
    if (/(?:达到|冲刺|突破|迈上|跨过|迈过)$/.test(before)) return { approx: 'more', prefix: '' };
    // (…播放过了百万, 播放量破了千万: 过了 and 破 say it spoken, before a magnitude only:
    // 检查过了十次 is a count; 打破千百年来 breaks a custom, 跌破 falls below, 侦破 solves.)
    if (/(?:过了|(?<![打跌侦攻击冲])破了?)$/.test(before) && /^[百千万]/.test(token))
      return { approx: 'more', prefix: '' };
  }
  return { prefix: '' };
}

/** What may follow the first number of a range: 至/到/- and the second number with its measure. */
const RANGE_RE = /^(?:至|到|-|~|～|—)[\d.点一二两三四五六七八九十百千]+(?:多|余)?(.{0,4})/;

/**
 * The token's value times the multiplier written after it, to six places. 一亿三千多万 is one
 * 亿 and 三千多 万: a 万 after a token holding 亿 scales only what follows the 亿.
 */
function scaled(token: string, factor: number): number | undefined {
  const yi = token.lastIndexOf('亿');
  if (factor === 1e4 && yi > 0 && yi < token.length - 1) {
    const high = toNumber(token.slice(0, yi + 1));
    const low = toNumber(token.slice(yi + 1));
    if (high === undefined || low === undefined) return undefined;
    return round6(high + low * factor);
  }
  const base = toNumber(token);
  return base === undefined ? undefined : round6(base * factor);
}

/** 成 after a numeral as a tenth, not as the start of 成为, 成立, 成效 …. */
const SHARE_RE = /^成(?![为立功效果员长绩本熟交型就])/;

/**
 * 七八个, 二三十, 一百四五十: two neighbouring numerals (or 三五) say a range, from the first to the
 * second, in the place the last one stands; `undefined` for any other token.
 */
function neighbourRange(token: string): { low: number; high: number } | undefined {
  // 两三百, 两三个, 一两台: 两 is the spoken 二 here too.
  const m = /^(.*?)([一二两三四五六七八九])([二两三四五六七八九])([十百千]?)$/.exec(token);
  if (!m) return undefined;
  const [, head = '', a = '', b = '', place = ''] = m;
  const lo = CN_DIGIT.indexOf(a === '两' ? '二' : a);
  const hi = CN_DIGIT.indexOf(b === '两' ? '二' : b);
  if (!(hi === lo + 1 || (a === '三' && b === '五'))) return undefined;
  // The head is a whole number of a larger place (一百 of 一百四五十), or nothing.
  const base = head === '' ? 0 : toNumber(head);
  if (base === undefined || (head !== '' && !/[十百千万]$/.test(head))) return undefined;
  const unit = place === '' ? 1 : (CN_UNITS[place] ?? 1);
  return { low: base + lo * unit, high: base + hi * unit };
}

function extractNumbers(chars: Masked, text: string, out: Fact[]): void {
  const work = chars.text;
  const scan = work.replace(HOLIDAY_RUN_RE, (h) => MASK.repeat(h.length));
  // The end of a duration read with its seconds (11分30秒): the 30 is in it, no figure of its own.
  let inside = 0;
  for (const m of scan.matchAll(NUMBER_RE)) {
    // (4千多万: a 万 after 千多 multiplies them both.)
    const [whole, token = '', more1, multBefore = '', more2, multAfter = ''] = m;
    const mult = multBefore + multAfter;
    const start = m.index;
    if (start < inside) continue;
    const end = start + whole.length;
    const arabic = /^[\d.,]/.test(token);
    const decimal = token.includes('点');
    const before = work.slice(Math.max(0, start - 3), start);
    const after = work.slice(end, end + 4);
    // 5G, G20, COVID-19: part of a code, not a count.
    const latin = arabic ? LATIN_UNIT_RE.exec(work.slice(end, end + 6))?.[0] : undefined;
    if (arabic && (/[A-Za-z]$/.test(before) || (/^[A-Za-z]/.test(after) && !latin))) continue;
    if (HOLIDAYS.has(whole)) continue;
    // 2026级新生, 2025届毕业生, 她是07级的: a cohort named by its year, no count.
    if (/^(?:(?:19|20)\d{2}|0\d)$/.test(token) && /^[级届]/.test(after)) continue;
    // 接近一半, 一半以上: a share, not a count of one.
    if (token === '一' && !mult && after.startsWith('半')) continue;
    const { approx: pre, prefix } = approxBefore(before, token);
    // A bare 百/千/万 (百姓, 千方百计) is a number only after 近/上/数 … (近千人次), or with
    // 余/多 and a measure (百余人, 千多户).
    const rough = token.length === 1 && !mult && more1 && MEASURE_RE.test(after);
    // (…or with 来 and a measure: 百来人, 千来块.)
    const roughLai = token.length === 1 && /^来/.test(after) && MEASURE_RE.test(after.slice(1));
    if (/^[百千万亿]/.test(token) && !prefix && !pre && !rough && !roughLai) continue;
    // …a range only with its place or measure (七八个, 二三十), not a list (周一三五).
    const neighbours =
      arabic || !(/[十百千万亿]/.test(token) || mult || MEASURE_RE.test(after))
        ? undefined
        : neighbourRange(token);
    // 二〇二六 without 年, 一一: positional Chinese numerals outside dates are not counts.
    if (!neighbours && !arabic && !decimal && token.length > 1 && !/[十百千万亿]/.test(token))
      continue;
    // 十来个, 三十来户: 来 between a round number and its measure says about that many.
    // (…a score's 分 too: 平均分提高了十来分, never 十来分钟 nor 三十来分之一, nor a clock's
    // minutes: 七点四十来分.)
    const clock = /点[〇零一二两三四五六七八九\d]?$/.test(
      text.slice(Math.max(0, start - 3), start),
    );
    const lai =
      /^来/.test(after) &&
      (MEASURE_RE.test(after.slice(1)) || (SCORE_RE.test(after.slice(1)) && !clock)) &&
      /[十百千万0]$/.test(token);
    // 2至3批, 两到三批: the first half of a range counts what the second does.
    const range = RANGE_RE.exec(work.slice(end, end + 8));
    // 三成, 七成以上: a share in tenths, the same fact as 30%.
    // (七成为散户: a share, then 为 as 是 — not 一成为会员, where 成为 is the verb.)
    const tenths =
      !arabic &&
      token.length === 1 &&
      (SHARE_RE.test(after) || (token !== '一' && /^成为/.test(after)));
    // 占五分, 扣2分: a score, its 分 a measure only after a verb of scoring (not 三分之一, 分别).
    // (…or said roughly, as 十来分 is: 提高十余分, 二十多分.)
    const score =
      SCORE_RE.test(after) && (/[占得扣计加减满打]$/.test(before) || (!!more1 && !clock));
    // 满意率九十四点八: a bare figure after a rate is a percentage.
    // (The text as written: a spoken 百分之十九 before it is masked in `work` by now. A share it
    // moved from makes one only of a figure that can be a share: 增长了百分之三十 到了8万多 is a
    // count.)
    const rate =
      RATE_BEFORE_RE.test(work.slice(Math.max(0, start - 4), start)) ||
      (!mult &&
        !/[百千万亿]/.test(token) &&
        (!arabic || Number(token) <= 100) &&
        afterShareMovedFrom(text, start));
    let own =
      latin ?? (lai ? '' : tenths ? '成' : score ? '分' : (MEASURE_RE.exec(after)?.[0] ?? ''));
    // 突破百万大关: a milestone, not 大 as a measure (三大任务).
    if (own === '大' && after.startsWith('大关')) own = '';
    // 两大板块: the blocks counted, as 两块 says (not 三大产业, 三大任务).
    if (own === '大' && after.startsWith('大板块')) own = '块';
    // 44个课时, 三个小时: 个 before a unit of time is that unit's (44课时 says the same).
    const hours = own === '个' ? HOURS_AFTER_GE_RE.exec(after.slice(1))?.[0] : undefined;
    if (hours) own = hours;
    // 比去年高了6个点: points after a change are percentage points (6个百分点), not places.
    // (…of a rate said before it in the clause: 调解点提高了4个点位 counts places.)
    const points = own === '个' && ratePoints(work, start, after);
    if (points) own = '个百分点';
    // 一个半小时, 两天半, 9分半, 9分30秒: a half (or the seconds) said with the unit is a part of
    // a unit more (1.5小时, 9.5分钟).
    const half = lai || tenths || score ? undefined : halfAfter(own, work.slice(end, end + 7));
    if (half) own = half.measure;
    // 二月二期间, 三天内: 期 of 期间 is no measure (一期, 二期 count issues, not periods; and
    // 四期内容 is four issues' content).
    if (own === '期' && /^期(?:间|内(?!容))/.test(after)) own = '';
    // Implied, not written: the span stays the figure's own.
    const implied =
      own === '' && !/^[\d.%]/.test(after)
        ? rate
          ? '%'
          : AGE_BEFORE_RE.test(work.slice(Math.max(0, start - 6), start)) ||
              (AGE_CLAUSE_RE.test(work.slice(Math.max(0, start - 10), start)) &&
                /^(?:多|来)?了/.test(after))
            ? '岁'
            : ''
        : '';
    const borrowed = own === '' && !lai && range ? (MEASURE_RE.exec(range[1]!)?.[0] ?? '') : '';
    const ordinal = before.endsWith('第');
    // 排名第四, 名列第三: a rank with no noun after it is the same fact as 第四名.
    // (…and the rank a correction gives: 进到第3 不对 二模是第4.)
    const rank =
      ordinal &&
      (RANK_BEFORE_RE.test(work.slice(Math.max(0, start - 9), start)) ||
        (RANK_FIELD_RE.test(work.slice(Math.max(0, start - 3), start)) &&
          !/^[\u4e00-\u9fff]/.test(after)) ||
        RANK_CORRECTED_RE.test(work.slice(Math.max(0, start - 14), start)) ||
        (RANK_AFTER_RANK_RE.test(work.slice(Math.max(0, start - 18), start)) &&
          !RANK_FILLER_RE.test(work.slice(Math.max(0, start - 8), start)) &&
          !/^[\u4e00-\u9fff]/.test(after)));
    // 进了全县前三, 排名前5: a place among the top, with 名 or no noun after it, is counted in a
    // measure of its own (前名), so 前三名 traces it and neither 第三名 nor 3名 of people does.
    const top =
      (own === '' || own === '名') &&
      TOP_BEFORE_RE.test(work.slice(Math.max(0, start - 6), start)) &&
      (own === '名' || !/^[\u4e00-\u9fff]/.test(after));
    const measure = top ? '前名' : own || borrowed || (rank ? '名' : '');
    // (…a score's, when no measure word is: lai holds only with one or the other.)
    const laiMeasure = lai ? (MEASURE_RE.exec(after.slice(1))?.[0] ?? '分') : '';
    if (ordinal && !rank && !ORDINAL_NOUN_RE.test(after)) continue;
    // 第二年6月: the year a date falls in (read with the date), not a count.
    if (ordinal && NTH_YEAR_MONTH_RE.test(text.slice(end, end + 4))) continue;
    const lone = !arabic && token.length === 1 && !more1 && !mult && !more2 && !prefix;
    // 人数一多就排不过来: a single numeral with 多 or 余 and no measure nor multiplier is 'once
    // there are many', no figure (nobody writes 一多 for more than one).
    if (!arabic && token.length === 1 && more1 && !mult && !measure && !lai) continue;
    // 一到两间: the low end of a range is a count, whatever measure it borrows (never an article).
    if (lone && !ordinal && !borrowed && !half) {
      // (一块多, 一块钱, 一块五: money, not 一块 "together".)
      const money = measure === '块' && /^块(?:多|钱|[一二三四五六七八九])/.test(after);
      // (上个月刚批下来一个: a 一个 that ends its clause after a verb stands for the thing said
      // before it — a count of one, no article.)
      const counted =
        measure === '个' &&
        ONE_STANDS_ALONE_RE.test(after) &&
        VERB_DONE_RE.test(text.slice(Math.max(0, start - 3), start));
      if (
        token === '一' ? !ONE_MEASURES.has(measure) && !money && !counted : measure === '' && !lai
      )
        continue;
    }
    const factor = [...mult].reduce((f, ch) => f * (CN_UNITS[ch] ?? CN_BIG[ch] ?? 1), 1);
    const value = neighbours ? neighbours.high * factor : scaled(token, factor);
    if (value === undefined) continue;
    // 七成五: the digit after 成 is the hundredths (75%).
    const hundredths = tenths
      ? /^成([一二三四五六七八九])(?![\u4e00-\u9fff]?[个名人户家次项场批位件元])/.exec(after)?.[1]
      : undefined;
    const measureEnd = half
      ? end + half.length
      : end +
        (lai
          ? 1 + laiMeasure.length
          : points
            ? 2
            : own.length + (hours ? 1 : 0) + (hundredths ? 1 : 0));
    // 两公里多, 三个多月: 多 or 余 after the measure says more, as before it (两个亿出头: 出头).
    const tail =
      /^(左右|上下|以上|出头|多(?![少样元种方次])|余(?![额下]))/.exec(
        work.slice(measureEnd),
      )?.[1] ?? '';
    // 四百来万: 来 before the multiplier says about that many, as 十来个 does before a measure.
    const laiBig = more1 === '来';
    let approx: Approx | undefined = pre;
    if ((more1 && !laiBig) || more2 || ['以上', '出头', '多', '余'].includes(tail)) approx = 'more';
    else if (tail || lai || laiBig) approx = 'near';
    const from = start - (ordinal ? 1 : prefix.length);
    const to = measureEnd + tail.length;
    // 六毛钱 is 0.6元: a tenth of a 元, compared as 元.
    const dime = /^(?:毛钱?|角)$/.test(measure);
    const fact: Fact = {
      kind: 'number',
      text: text.slice(from, to),
      index: from,
      value: tenths
        ? value * 10 + (cnOrArabic(hundredths) ?? 0)
        : dime
          ? Math.round(value * 10) / 100
          : half
            ? round6(value + half.more)
            : value,
      measure: tenths ? '%' : lai ? laiMeasure : dime ? '元' : measure || implied,
    };
    if (approx) fact.approx = approx;
    if (half) inside = to;
    if (lai || laiBig) fact.rough = true;
    if (neighbours && !tenths && !dime) fact.low = neighbours.low * factor;
    out.push(fact);
  }
}

/**
 * The facts in `text`, in order of appearance. Numbers inside 【待补：…】 are ignored; list
 * markers, set phrases and period words (上半年, 第一季度) are not facts.
 */
export function extractFacts(text: string, options: ExtractOptions = {}): Fact[] {
  const norm = normalizeDigits(text);
  const chars = new Masked(norm);
  const out: Fact[] = [];
  maskAll(chars, PLACEHOLDER_RE);

  let work = chars.text;
  const bracketed: [number, number][] = [];
  for (const m of work.matchAll(TITLE_RE)) {
    out.push({
      kind: 'title',
      text: text.slice(m.index, m.index + m[0].length),
      index: m.index,
      key: factKey(m[1]!),
    });
    bracketed.push([m.index, m.index + m[0].length]);
    chars.mask(m.index, m.index + m[0].length);
  }
  for (const re of QUOTE_RES) {
    work = chars.text;
    for (const m of work.matchAll(re)) {
      const key = factKey(m[1]!).replace(/^[，。、；：！？,.;:!?]+|[，。、；：！？,.;:!?]+$/g, '');
      // “四个意识”, “两个维护”: quoted set phrases are vocabulary, like their unquoted form.
      if (key === '' || isSetPhrase(key)) continue;
      // “7·23”强降雨, “9·15”事故: a quoted month·day names a day, as 7月23号 does; it is left
      // for the dates below to read, not taken as a name.
      // (Not a figure before its measure: “1.5”小时就医圈 is an hour and a half.)
      if (QUOTED_DAY_RE.test(key) && !MEASURE_RE.test(work.slice(m.index + m[0].length))) continue;
      out.push({
        kind: 'quote',
        text: text.slice(m.index, m.index + m[0].length),
        index: m.index,
        key,
      });
      bracketed.push([m.index, m.index + m[0].length]);
      chars.mask(m.index, m.index + m[0].length);
    }
  }
  // On the user's answers, the insides of titles and quotes are sources for numbers and dates too.
  if (options.inner) {
    for (const [s, e] of bracketed) chars.restore(s, e, norm);
    maskAll(chars, PLACEHOLDER_RE);
  }

  extractSpokenDays(chars, text, out);
  // A set phrase inside a figure is part of the figure: 一万一千 holds no 万一, 百分之一百零三
  // no 之一.
  const plain = chars.text;
  for (const m of plain.matchAll(STOP_RE)) {
    if (
      /^[万之]/.test(m[0]) &&
      /[〇零一二两三四五六七八九十百千万亿\d分]/.test(plain[m.index - 1] ?? '')
    )
      continue;
    // …and a figure may begin inside one: 系统一千二百多名 is 系统 and 一千二百多名, no 统一.
    const end = m.index + m[0].length;
    // (…or a month: 年初三月份 is 年初 and 三月, no 初三.)
    const intoFigure =
      /[一二两三四五六七八九]$/.test(m[0]) &&
      (/[十百千万亿]/.test(plain[end] ?? '') || (m[0].startsWith('初') && plain[end] === '月'));
    // 比邻县高三毛: a grade's word (高三, 初二) before money or a share is 高 and a figure.
    if (/^[高初][一二三四五六七八九]$/.test(m[0]) && GRADE_NOT_BEFORE_RE.test(plain.slice(end)))
      continue;
    // …and end one: 火灾一百二十一起 is 121起, no 一起 (together); 十一批学生 is 11批, no 一批.
    const fromFigure = m[0].startsWith('一') && /[〇零十百千万亿\d]/.test(plain[m.index - 1] ?? '');
    if (fromFigure) continue;
    chars.mask(m.index, intoFigure ? end - 1 : end);
  }
  // 二级网格, 三级联动, 是四级: a rank, no count of 级.
  maskAll(chars, RANK_RE);
  maskAll(chars, SCHOOL_NUMBER_RE);
  for (const re of ENUM_RES) {
    re.lastIndex = 0;
    for (const m of chars.text.matchAll(re)) {
      if (monthBeforeNext(norm, m.index + m[0].length, m[0])) continue;
      chars.mask(m.index, m.index + m[0].length);
    }
  }
  // 一个是修了村道 二个是建了广场: a phone's list opened 一个是, its items 二个是, 三个是 ….
  if (FIRST_SPOKEN_ORDINAL_RE.test(chars.text)) maskAll(chars, SPOKEN_ORDINAL_RE);
  // 每周二周四, 星期三: a day of the week is when, not a count (二周 is no two weeks).
  maskAll(chars, WEEKDAY_RE);
  maskAll(chars, NICKNAME_RE);
  // 下午3点, 21时, 8:30: a time of day is read as one (periods.ts), not as a count.
  for (const t of extractClockTimes(chars.text)) chars.mask(t.index, t.index + t.text.length);
  // 20世纪70年代, 七几年: a decade is a time (periods.ts), not 20 or 70年.
  for (const t of extractDecades(chars.text)) chars.mask(t.index, t.index + t.text.length);
  maskListNumbers(chars, norm);
  // 九三九个人: 九三 (学社) is a party's name, then 九个人; not the positional 九三九.
  maskAll(chars, PARTY_NUMERAL_RE);
  // 年逾八旬, 年近七旬: an age said in decades (八旬 = 80岁), more than or near it.
  for (const m of chars.text.matchAll(AGE_DECADES_RE)) {
    const value = (cnOrArabic(m[2]) ?? 0) * 10;
    const approx: Approx | undefined = m[1] === '近' ? 'near' : m[1] ? 'more' : undefined;
    out.push({
      kind: 'number',
      text: text.slice(m.index, m.index + m[0].length),
      index: m.index,
      value,
      measure: '岁',
      ...(approx ? { approx } : {}),
    });
    chars.mask(m.index, m.index + m[0].length);
  }
  extractDates(chars, text, out);
  extractPercents(chars, text, out);
  extractSpoken(chars, text, out);
  extractNumbers(chars, text, out);
  return out.sort((a, b) => a.index - b.index);
}

/** 百分之八十五, 百分之十一点二: a share said in words, the same fact as 85%, 11.2%. */
const PERCENT_WORDS_RE =
  /(百|千|万)分之([〇零一二两三四五六七八九十百]+(?:点[〇零一二三四五六七八九]+)?|\d+(?:\.\d+)?)/g;
/** 0.5‰, 3‱: per mille and per ten thousand, compared as the percentages they are. */
const PER_MILLE_RE = /(?<![\d.])(\d+(?:\.\d+)?)([‰‱])/g;
/** 百分之, 千分之, 万分之 (and ‰, ‱): how many hundredths of a percent each counts. */
const PER_SCALE: Record<string, number> = { 百: 1, 千: 0.1, 万: 0.01, '‰': 0.1, '‱': 0.01 };

/** 百分百: spoken for 百分之百, 100%. */
const HUNDRED_PERCENT_RE = /百分百/g;

function extractPercents(chars: Masked, text: string, out: Fact[]): void {
  for (const m of chars.text.matchAll(HUNDRED_PERCENT_RE)) {
    out.push({ kind: 'number', text: m[0], index: m.index, value: 100, measure: '%' });
    chars.mask(m.index, m.index + m[0].length);
  }
  for (const m of chars.text.matchAll(PER_MILLE_RE)) {
    const v = Number(m[1]) * (PER_SCALE[m[2]!] ?? 1);
    const to = m.index + m[0].length;
    out.push({
      kind: 'number',
      text: text.slice(m.index, to),
      index: m.index,
      value: round6(v),
      measure: '%',
    });
    chars.mask(m.index, to);
  }
  for (const m of chars.text.matchAll(PERCENT_WORDS_RE)) {
    const raw = toNumber(m[2]!);
    if (raw === undefined) continue;
    // 千分之零点五 is 0.05%, 万分之三 0.03%: one scale for every rate.
    const value = round6(raw * (PER_SCALE[m[1]!] ?? 1));
    const before = chars.text.slice(Math.max(0, m.index - 3), m.index);
    const { approx: pre, prefix } = approxBefore(before, m[2]!);
    const after = chars.text.slice(m.index + m[0].length);
    // 百分之八十几, 百分之八十多: some above the figure, as 八十几% is; 百分之九十七点几: some
    // tenths above it, from the figure to just below the next (97 to 97.9).
    const tail = /^(左右|上下|以上|多|几|余|点几)/.exec(after)?.[1] ?? '';
    const from = m.index - prefix.length;
    const to = m.index + m[0].length + tail.length;
    const tenths = tail === '点几' && !m[2]!.includes('点');
    const approx: Approx | undefined = tenths
      ? pre
      : /^(?:以上|多|几|余)$/.test(tail)
        ? 'more'
        : tail
          ? 'near'
          : pre;
    const step = PER_SCALE[m[1]!] ?? 1;
    out.push({
      kind: 'number',
      text: text.slice(from, to),
      index: from,
      value: tenths ? round6(value + 0.9 * step) : value,
      ...(tenths ? { low: value } : {}),
      measure: '%',
      ...(approx ? { approx } : {}),
    });
    chars.mask(from, to);
  }
  // 约三分之一, 三分之二以上: a fraction is a share said in words, no count of 三 (约三) or 一; it is
  // read as no fact of its own either, since a draft works shares out of the answers' figures
  // (23 of 六十来名 as 约三分之一), which no rule here checks.
  for (const m of chars.text.matchAll(FRACTION_RE)) {
    const { prefix } = approxBefore(chars.text.slice(Math.max(0, m.index - 3), m.index), m[1]!);
    const tail = /^(?:左右|上下|以上|多)/.exec(chars.text.slice(m.index + m[0].length))?.[0] ?? '';
    chars.mask(m.index - prefix.length, m.index + m[0].length + tail.length);
  }
}
/** 三分之一, 5分之2: a fraction of two to ten parts, said in words or figures. */
const FRACTION_RE =
  /(?<![百千万\d〇零一二两三四五六七八九十])([二三四五六七八九十2-9])分之([一二三四五六七八九1-9])(?![\d〇零一二三四五六七八九十])/g;
