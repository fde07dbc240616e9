import type { Material } from '../compose/material.js';
import { clauseAt, countedNoun, sentenceAt, takenBackAfter } from '../facts/clauses.js';
import { factKey, pointsBetweenDigits } from '../facts/extract.js';
import { sameMeasure } from '../facts/measures.js';
import { FIRM_WHOLE_RE } from '../facts/names.js';
import { isWeekdayKey } from '../facts/periods.js';
import { PLACEHOLDER_RE, placeholder } from '../facts/placeholder.js';
import { escapeRe, inOrder, occurrences } from '../facts/words.js';
import { clipGraphemes } from '../text/cut.js';
import { type Aligned, aligned } from './align.js';
import { isFigureOfSpeechAt, isFormulaOfAnswerWords, isTimeFormulaAt } from './figures.js';
import { lineOf, lineStarts } from './lines.js';
import { hasShortcomings, outlineProblems } from './structure.js';
import {
  changeFromAnswers,
  changeOfTraced,
  countsAddends,
  perEachOfTraced,
  rateOfTraced,
  sumOfTraced,
} from './sums.js';
import { type Together, together } from './together.js';
import {
  articleOne,
  buildIndex,
  byKind,
  type Claim,
  type ClaimKind,
  claimsOf,
  compareKey,
  countsListBefore,
  determinerOne,
  emphaticNone,
  expected,
  firmKept,
  periodEndMonth,
  pointsBack,
  present,
  quoteClause,
  TOTAL_WORD_RE,
  takenBy,
  traced,
} from './trace.js';
import {
  abbreviates,
  aliasesOf,
  BARE_HEAD_RE,
  YEAR_SPAN_RE,
  yearSpanAsOne,
} from './trace-names.js';
import { type WordingIssue, wordingClause, wordingIssues } from './wording.js';

/**
 * The deterministic check every draft passes before the user sees it: each number, date, time
 * word, 《title》, quoted phrase, organisation, person and named event must come from the user's
 * answers (or the 基本信息, the template's fixed wording, the standard 方针), each fact of the
 * answers must still be in the draft, and the 公文 skeleton must hold. A model may rephrase; it
 * may neither invent nor drop. Pure, no I/O; the tracing itself is in trace.ts.
 */

export type { ClaimKind } from './trace.js';

export interface UntracedFact {
  kind: ClaimKind;
  text: string;
  /** 1-based line of the draft. */
  line: number;
  /** The draft's clause around it (≤ 30 字), so a phone user can find it. */
  clause: string;
}

/** A fact of the answers the draft does not carry. */
export interface OmittedFact {
  kind: ClaimKind;
  text: string;
  /** The answer's clause it comes from (≤ 30 字). */
  clause: string;
}

export interface CheckReport {
  untraced: UntracedFact[];
  /** Facts of the answers missing from the draft (遗漏), in the order of the answers. */
  omitted: OmittedFact[];
  /** The 【待补：…】 texts left, in order, deduplicated. */
  placeholders: string[];
  /** Parts skipped for later (跳过, not [不写这部分]): not in the draft, still to be answered. */
  later: string[];
  /** Problems found, in Chinese (empty = fine). */
  structure: string[];
  /** Spoken words and likely typos left (口语、疑似错字): open items, not fact problems. */
  wording: WordingIssue[];
  /** No untraced facts, no omissions and no structure problems. */
  ok: boolean;
}

const TIME_KINDS = new Set<ClaimKind>(['date', 'period']);

function placeholders(draft: string): { list: string[]; empty: number } {
  const seen = new Set<string>();
  let empty = 0;
  for (const m of draft.matchAll(PLACEHOLDER_RE)) {
    const what = (m[1] ?? '').trim();
    if (what === '') {
      empty++;
      continue;
    }
    seen.add(placeholder(what));
  }
  return { list: [...seen], empty };
}

const L1_RE = /^([一二三四五六七八九十]{1,3})、/;
const L2_RE = /^[（(]([一二三四五六七八九十]{1,3})[）)]/;
const NEXT_STEPS_RE = /下一步|打算|思路|计划|展望|今后/;

interface Line {
  text: string;
  level: 0 | 1 | 2;
  /** The marker as written (三、 or （二）) and its number. */
  marker: string;
  n: number;
}

const CN_ORDINAL = '一二三四五六七八九十';

function ordinal(s: string): number {
  if (s.length === 1) return CN_ORDINAL.indexOf(s) + 1;
  // 十一 … 十九, 二十 …: enough for any list of sections.
  const [a, b, c] = [...s];
  if (a === '十') return 10 + (b ? CN_ORDINAL.indexOf(b) + 1 : 0);
  const tens = CN_ORDINAL.indexOf(a!) + 1;
  return tens * 10 + (c ? CN_ORDINAL.indexOf(c) + 1 : 0);
}

/** Markdown a model may slip in (# 标题, **一、**) does not change the structure. */
function plain(line: string): string {
  return line
    .replace(/^\s*#+\s*/, '')
    .replace(/\*\*/g, '')
    .trim();
}

function parseLines(draft: string): Line[] {
  return draft
    .split('\n')
    .map(plain)
    .filter((t) => t !== '')
    .map((text): Line => {
      const l1 = L1_RE.exec(text);
      if (l1) return { text, level: 1, marker: l1[0], n: ordinal(l1[1]!) };
      const l2 = L2_RE.exec(text);
      if (l2) return { text, level: 2, marker: l2[0], n: ordinal(l2[1]!) };
      return { text, level: 0, marker: '', n: 0 };
    });
}

/** 一、领导重视。我镇党委…… carries its body on the heading line. */
function hasInlineBody(line: Line): boolean {
  const rest = line.text.slice(line.marker.length);
  const end = rest.search(/[。：:]/);
  return end >= 0 && rest.slice(end + 1).trim() !== '';
}

function short(s: string, max = 14): string {
  return clipGraphemes(s, max);
}

function checkStructure(draft: string, material: Material, emptyPlaceholders: number): string[] {
  const problems: string[] = [];
  const lines = parseLines(draft);
  const first = lines[0];
  if (!first) return ['草稿是空的'];

  const title = factKey(material.title);
  const titleOk = title === '' || factKey(first.text).includes(title);
  if (!titleOk) problems.push(`第一行应是标题“${material.title}”`);

  const firstL1 = lines.findIndex((l) => l.level === 1);
  if (firstL1 < 0) {
    problems.push('没有找到用“一、二、三……”编号的一级标题');
  } else {
    // Without a title, a first line that reads like a paragraph is the opening itself.
    const paragraphFirst = !titleOk && first.level === 0 && /。/.test(first.text);
    const start = paragraphFirst ? 0 : 1;
    const opening = lines.slice(start, firstL1).some((l) => l.level === 0);
    if (!opening) problems.push('缺少开头段落：标题之后、“一、”之前应有一段总述');
  }

  let expected1 = 1;
  let prev1: Line | undefined;
  let expected2 = 1;
  let prev2: Line | undefined;
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1];
    if (line.level === 1) {
      if (line.n !== expected1) {
        problems.push(
          prev1
            ? `一级标题编号不连续：“${prev1.marker}”之后是“${line.marker}”`
            : `一级标题应从“一、”开始，草稿从“${line.marker}”开始`,
        );
      }
      expected1 = line.n + 1;
      prev1 = line;
      expected2 = 1;
      prev2 = undefined;
      if (!hasInlineBody(line) && (!next || next.level === 1)) {
        problems.push(`“${short(line.text)}”下没有正文`);
      }
    } else if (line.level === 2) {
      if (prev1 && line.n !== expected2) {
        problems.push(
          prev2
            ? `“${prev1.marker}”下的二级标题编号不连续：“${prev2.marker}”之后是“${line.marker}”`
            : `“${prev1.marker}”下的二级标题应从“（一）”开始，草稿从“${line.marker}”开始`,
        );
      }
      expected2 = line.n + 1;
      prev2 = line;
      if (!hasInlineBody(line) && next?.level !== 0) {
        problems.push(`“${short(line.text)}”下没有正文`);
      }
    }
  }

  const headings = lines.filter((l) => l.level > 0).map((l) => l.text.slice(l.marker.length));
  const done = (role: string) =>
    material.sections.find((s) => s.role === role && s.status === 'done');
  const shortcomings = done('shortcomings');
  // 不足 as a section or a closing paragraph, saying what the user answered (structure.ts).
  const written = hasShortcomings(
    lines.map((l) => l.text),
    shortcomings?.parts,
  );
  if (shortcomings && !written) {
    problems.push(
      `缺少“存在的不足”部分：您回答了“${shortcomings.title}”，草稿中应有标题含“不足”“问题”或“差距”的一节`,
    );
  }
  const nextSteps = done('nextSteps');
  if (nextSteps && !headings.some((h) => NEXT_STEPS_RE.test(h))) {
    problems.push(
      `缺少“下一步打算”部分：您回答了“${nextSteps.title}”，草稿中应有标题含“下一步”“打算”或“思路”的一节`,
    );
  }

  problems.push(...outlineProblems(draft, material));
  if (emptyPlaceholders > 0) {
    problems.push(`有 ${emptyPlaceholders} 处空的【待补】，应写明待补什么，如【待补：活动次数】`);
  }
  return [...new Set(problems)];
}

/** 截至/截止 + the month the period ends in (and its 底/末), as every summary says. */
function asOfPeriodEnd(draft: string, c: Claim, endMonth: number | undefined) {
  if (endMonth === undefined) return false;
  const asOf = (at: number) => /(?:截至|截止)到?\s*$/.test(draft.slice(Math.max(0, at - 4), at));
  if (c.kind === 'date') {
    const d = c.date;
    // The month only (截至6月底); a day (截至6月30日) is a fact to trace.
    return d?.month === endMonth && d.year === undefined && d.day === undefined && asOf(c.index);
  }
  // …and the 底 of 6月底, read as a time word of its own.
  const date = c.kind === 'period' ? c.ofDate : undefined;
  return date?.date?.month === endMonth && asOf(date.index);
}

/**
 * Whether the answer figure `a` restates `b`, a figure the draft kept: the same value and
 * measure word, counting the same noun — the one after it, or else the words before it — or one
 * of them said as the total (一共6位 … 6位老师4位管种植: the team's size said twice, the draft
 * saying it once). 6个村 and 6个社区, 夜校2个 and 两个班组 are two facts.
 */
function restated(a: Claim, b: Claim, source: string): boolean {
  if (a.kind !== 'number' || b.kind !== 'number' || a.value !== b.value) return false;
  if (!a.measure || a.measure !== b.measure || a.approx !== b.approx) return false;
  const na = countedNoun(source, a.index, a.text.length);
  const nb = countedNoun(source, b.index, b.text.length);
  return na === nb || TOTAL_WORD_RE.test(na) || TOTAL_WORD_RE.test(nb);
}

/** How long a clause may be and still lean on the phrase before it (今年又评上了). */
const SHORT_CLAUSE_MAX = 6;

/** What names the one a count of one is (1家 就是宏达石料厂, 一个，即…): 就是, 即, 也就是. */
const NAMED_ONE_AFTER_RE = /^[\s，,：:]*(?:也?就是|即)[\s，,：:]*/;

/**
 * 绿色矿山创了1家 就是宏达石料厂, kept as 宏达石料厂成功创建为绿色矿山: a count of one body or
 * person the answers name at once is kept by the name, in a draft sentence that says what the
 * count was of (a word of two characters from the count's clause: 绿色矿山) — not 安全事故1起 就是
 * 宏达石料厂 (what happened there is no body), nor 不合格的有1家 beside 检查宏达石料厂等企业.
 */
function namedOne(a: Claim, source: string, answerClaims: Claim[], draft: string): boolean {
  if (a.kind !== 'number' || a.value !== 1 || !/^[家个名位所座处户支]$/.test(a.measure ?? ''))
    return false;
  const end = a.index + a.text.length;
  const gap = NAMED_ONE_AFTER_RE.exec(source.slice(end))?.[0];
  if (gap === undefined) return false;
  const name = answerClaims.find((c) => c.index === end + gap.length && c.kind !== 'number');
  if (!name) return false;
  // (Its own clause, and the phrase before it when the clause is short: a phone's space ends a
  // clause, 绿色矿山 今年创了1家.)
  const { start } = clauseAt(source, a.index);
  let said = source.slice(start, a.index).replace(/[^\u4e00-\u9fff]/g, '');
  if (said.length <= SHORT_CLAUSE_MAX && /^[ \t\u3000]$/.test(source[start - 1] ?? '')) {
    const before = /[\u4e00-\u9fff]+$/.exec(source.slice(0, start - 1))?.[0] ?? '';
    said = before + said;
  }
  const key = compareKey(name.text);
  return draft
    .split(/[。！？；;\n]/)
    .some(
      (s) =>
        compareKey(s).includes(key) &&
        [...said].some((_, i) => i + 2 <= said.length && s.includes(said.slice(i, i + 2))),
    );
}

/**
 * A thing said as one (有家…, 一家…), then the list's 和, right before a count of one — the item
 * before it holding no count of its own (一个村引进了两家物流企业和一家… holds 两家).
 */
const ONE_LISTED_BEFORE_RE =
  /(?:有|一)[家个座所处][^\d〇零一二两三四五六七八九十百千万\s，,。；;、和与及]{2,}\s*[和与及、]$/;
/** What a spoken 一家, 一个 introduces: the words after it up to a mark or a list's 和. */
const ONE_INTRODUCES_RE = /^[\u4e00-\u9fff]+?(?=[和与及、\s，,。；;]|$)/;

/**
 * 街区有家兰州拉面和一家新疆烤肉店, kept as …开办的兰州拉面店和新疆烤肉店: in a list of things
 * each introduced by 一家 (一个, 一座), the 一 right before one named at length (four characters
 * or more) that the draft keeps is an article, the one told by its name — not 新引进一家农产品加工
 * 企业 alone, where the draft's 引进农产品加工企业 no longer says how many.
 */
function oneBeforeItsName(a: Claim, source: string, draft: string): boolean {
  if (a.kind !== 'number' || a.value !== 1 || !/^一[家个座所处]$/.test(a.text)) return false;
  // (Each of the list one: 有家兰州拉面和一家…, not 引进2家物流企业和一家…, where the draft that
  // writes 物流企业2家和农产品加工企业 drops how many of the second.)
  if (!ONE_LISTED_BEFORE_RE.test(source.slice(0, a.index))) return false;
  const named = ONE_INTRODUCES_RE.exec(source.slice(a.index + a.text.length))?.[0] ?? '';
  if (named.length < 4) return false;
  // (…and the draft gives no count of its own beside the name: 钢筋混凝土大桥2座 changes it.)
  const key = compareKey(draft);
  const name = compareKey(named);
  const at = key.indexOf(name);
  return at >= 0 && !/^[\d〇零一二两三四五六七八九十多若]/.test(key.slice(at + name.length));
}

/** The kind a body's name ends in (协会 of 养蜂协会), for a bare kind said again. */
const BARE_TAIL_RE = new RegExp(`(?:${BARE_HEAD_RE.source.replace(/^\^|\$$/g, '')})$`);

/** Measures of a group, whose told 一 counts nothing: 一支队伍, 一批骨干, 一种模式. */
const COLLECTIVE_MEASURE_RE = /^(?:支|批|种)$/;

/** Whether the draft parts a site's first character from the rest by 起/了/着/过 (跳起安召舞). */
function verbAndObjectKept(name: string, draft: string): boolean {
  return (
    name.length >= 3 &&
    /[寺庙宫庵阁观召]$/.test(name) &&
    new RegExp(`${name[0]}[起了着过]${name.slice(1)}`).test(draft)
  );
}

/** A time in a clause other than the year's start (6月份, 年中, 下半年, 年底). */
const OTHER_TIME_RE = /[\d一二三四五六七八九十]+月|年中|年底|年末|上半年|下半年|季度|春节|国庆/;

/** The plans a unit sets for its year (要点, 计划, 方案 …), right after when they were set. */
const PLAN_NOUN_RE =
  /^(?:制定|制订|研究|部署|谋划|印发|下发|[定订])[出了好]?(?:工作)?(要点|计划|方案|目标|任务|规划)(?![局生])/;

/**
 * 年初定要点 kept as 研究年度工作要点: a plan set at the year's start is the year's plan — 年度
 * before the same plan (a word or two between) says when it was set. (Only after a verb of
 * setting it: 年初计划外出招商 is when a trip was planned, 年初 计划生育奖扶 a policy.)
 */
function yearsPlan(c: Claim, source: string, draft: string): boolean {
  if (c.kind !== 'period' || c.key !== '年初') return false;
  const plan = PLAN_NOUN_RE.exec(source.slice(c.index + c.text.length).trimStart())?.[1];
  if (plan === undefined) return false;
  // (…in a clause that dates it no otherwise: 6月份补充印发年度工作方案 is June's.)
  const re = new RegExp(`年度(?:[\u4e00-\u9fff]{0,4}、)*[\u4e00-\u9fff]{0,4}${plan}`, 'g');
  for (const m of draft.matchAll(re)) {
    const { start, end } = clauseAt(draft, m.index);
    if (!OTHER_TIME_RE.test(draft.slice(start, end))) return true;
  }
  return false;
}

/** Check a draft against the material it was written from. */
export function checkDraft(draft: string, material: Material): CheckReport {
  const index = buildIndex(material);
  // The answers' own figures, for a change or rest the draft worked out from them (read lazily).
  // The answers' one source (the others vouch anywhere: title, 基本信息, headings).
  const answers = index.sources.find((s) => !s.global);
  let answerFigures: { lines: number[]; numbers: Claim[] } | undefined;
  const answerNumbers = () => {
    answerFigures ??= {
      lines: lineStarts(answers?.text ?? ''),
      numbers: answers?.claims.get('number') ?? [],
    };
    return answerFigures;
  };
  const starts = lineStarts(draft);
  const claims = claimsOf(draft);
  index.taken = takenBy(claims, index);
  // Built only when a claim does not trace by itself (most drafts need it for a few, or none).
  let built: Together | undefined;
  const lazy = (): Together => {
    if (!built) built = together(draft, claims, index);
    return built;
  };
  const pairs: Together = {
    traced: (c) => lazy().traced(c),
    present: (c) => lazy().present(c),
  };
  let alignment: Aligned | undefined;
  const align = () => {
    alignment ??= aligned(draft, claims, index);
    return alignment;
  };
  const retold = (c: Claim) => align().vouches(c);
  // A figure the user took back (一共6个 / 不对 总共是7个) is no sum the writer may reach again.
  const tookBack = (c: Claim) =>
    index.sources.some(
      (s) =>
        !s.global &&
        (s.numbers.get(c.value ?? Number.NaN) ?? []).some(
          (o) => o.withdrawn && sameMeasure(o.measure, c.measure),
        ),
    );
  const refersBack = (c: Claim): boolean => {
    if (c.kind !== 'org' && c.kind !== 'event') return false;
    const kind = c.kind === 'event' ? (c.suffix ?? '') : (BARE_TAIL_RE.exec(c.text)?.[0] ?? '');
    // (An event's proper part is its core, generic words aside: 扩大公益讲座 is 扩大 + 讲座.)
    const proper =
      c.kind === 'event' && c.core !== undefined ? c.core.length : c.text.length - kind.length;
    if (kind === '' || proper > 2) return false;
    // (区眼医院 beside 区第三人民医院: a level and a name's character make another body.)
    // (县级医院 says which level's, no name.)
    if (c.kind === 'org' && proper === 2 && /^[省市州县区旗乡镇村][^级直属]/.test(c.text))
      return false;
    const line = lineOf(starts, c.index);
    // (An event listed right beside another, with a proper part of its own, is another event:
    // 演讲比赛和书法比赛. Said later, it refers back: 新春联欢会上 after 元旦春节联欢会.)
    const own = c.kind === 'event' ? (c.core ?? '') : '';
    const listedBeside = (o: Claim) => {
      const [a, b] = o.index < c.index ? [o, c] : [c, o];
      return /^[和、及与]$/.test(draft.slice(a.index + a.text.length, b.index));
    };
    return claims.some(
      (o) =>
        o !== c &&
        o.kind === c.kind &&
        o.text.length > kind.length + 1 &&
        o.text.endsWith(kind) &&
        (own === '' || !listedBeside(o) || o.text.includes(own)) &&
        lineOf(starts, o.index) === line &&
        isTraced(o),
    );
  };
  const untraced: UntracedFact[] = [];
  const figures: WordingIssue[] = [];
  const seen = new Set<string>();
  let last: { u: UntracedFact; start: number; end: number } | undefined;
  // Where the body begins (the first 一、 heading); before it, the title and the opening.
  const bodyStart = /^[ \t\u3000]*一、/m.exec(draft)?.index ?? 0;
  const answerPeriods = new Set(
    index.answerFacts.filter((f) => f.claim.kind === 'period').map((f) => f.claim.key ?? ''),
  );
  const endMonth = periodEndMonth(material);
  const known = new Map<Claim, boolean>();
  const isTraced = (c: Claim) => {
    let t = known.get(c);
    if (t === undefined) {
      t = traced(c, index) || pairs.traced(c) || retold(c);
      known.set(c, t);
    }
    return t;
  };
  // A time word said again in its paragraph (四是做好重阳关爱。…重阳期间…): traced once there, it
  // is the same claim wherever else that paragraph says it.
  const periodsTraced = new Set<string>();
  // (…of the same month, where it is a part of one: 9月底 vouches for no 11月底 beside it.)
  const periodInLine = (c: Claim) =>
    `${lineOf(starts, c.index)}\u0000${c.key}\u0000${c.ofDate?.date?.month ?? ''}`;
  for (const c of claims) {
    if (c.kind === 'period' && isTraced(c)) periodsTraced.add(periodInLine(c));
  }
  const shortForms = declaredShortForms(draft, claims, isTraced);
  const answerPeople = new Set(
    index.answerFacts.filter((f) => f.claim.kind === 'person').map((f) => f.claim.text),
  );
  for (const c of claims) {
    // A total read from 各N is not written in the draft: its parts are checked instead. A count
    // of a list written with it (A和B两项) says only how many the draft itself listed.
    // (A bare 周五 in the draft keeps an answer's day; only a recurring 每周五 is a claim.)
    if (
      c.derived ||
      c.items ||
      (c.kind === 'period' && c.told && isWeekdayKey(c.key)) ||
      isTraced(c)
    )
      continue;
    if (shortForms.has(c.text.replace(/^[“"「]|[”"」]$/g, ''))) continue;
    // 其中10月召开扩大会议1次 for the answers' 十月那次是扩大会: one of the count just given,
    // picked out by 其中, where the answers single one out (那次, 有一次, 其中一次).
    if (c.kind === 'number' && c.value === 1 && oneSingledOut(c, draft, index.raw)) continue;
    // 11个村和2个社区各配备联络员1名: a 各N whose total over its list is the answers' 一共13个.
    if (
      c.total !== undefined &&
      isTraced({ ...c, value: c.total, text: `${c.total}${c.measure ?? ''}`, derived: true })
    )
      continue;
    if (c.kind === 'period' && periodsTraced.has(periodInLine(c))) continue;
    // 成为…的一支重要力量: an article, not a count to trace.
    // …nor the 一 of a determiner (下一期, 同一个, 最后一次).
    // …nor 打造了一支队伍, 培养了一批骨干: one of a collective measure after a verb is an article
    // (打造一支…队伍 too: written as 一 after a word, with or without 了).
    if (
      c.kind === 'number' &&
      c.value === 1 &&
      ((c.told &&
        (draft[c.index - 1] === '的' ||
          determinerOne(draft, c) ||
          COLLECTIVE_MEASURE_RE.test(c.measure ?? ''))) ||
        (c.text.startsWith('一') &&
          COLLECTIVE_MEASURE_RE.test(c.measure ?? '') &&
          /[\u4e00-\u9fff]/.test(draft[c.index - 1] ?? '')) ||
        // …nor an article: after a copula (作为一项重要政治任务), before a word and 的 (受到了一次
        // 深刻的教育).
        articleOne(draft, c))
    )
      continue;
    // 不落一户, 一户不落: none left out, no count of one.
    if (emphaticNone(draft, c)) continue;
    // 工程师赵明远1人当选: a count of one person in a sentence naming a person the answers give
    // counts that one; 到两人家中 after a paragraph naming two, those two.
    if (namedPeople(draft, c, claims, isTraced, answerPeople)) continue;
    // 苗汉两种语言 for the answers' 苗汉双语: the glued short forms are the count.
    if (gluedCount(draft, c, index.raw)) continue;
    // 每周授课两个晚上 for the answers' 每周两晚: the noun after 个 said as their measure.
    if (nounSaidAsMeasure(draft, c, index.raw)) continue;
    const end = c.index + c.text.length;
    // 7月上旬, 2026年4月8日上午: adjacent untraced pieces are one claim.
    if (
      last &&
      c.index === last.end &&
      TIME_KINDS.has(c.kind) &&
      TIME_KINDS.has(last.u.kind) &&
      last.u.line === lineOf(starts, c.index)
    ) {
      last.u.text += c.text;
      last.end = end;
      last.u.clause = quoteClause(draft, last.start, last.u.text.length);
      continue;
    }
    const line = lineOf(starts, c.index);
    const id = `${c.kind}\u0000${c.text}\u0000${line}`;
    if (seen.has(id)) continue;
    seen.add(id);
    // 月初定任务、月中查进度、月末看成效: a formula of the work's rhythm dates nothing.
    if (c.kind === 'period' && isTimeFormulaAt(draft, c.index)) continue;
    // The opening sums the year up (围绕端午、重阳期间的保障): a time word the answers use.
    if (c.kind === 'period' && c.index < bodyStart && answerPeriods.has(c.key ?? '')) continue;
    // 截至6月底 in a 上半年 summary: the period's own end needs no source.
    if (asOfPeriodEnd(draft, c, endMonth)) continue;
    // 擦亮协会品牌 after 养蜂协会, 负责大会会务 after 职工代表大会: a verb read into a bare kind
    // that refers back to a body or event of that kind the paragraph names, traced.
    if (refersBack(c)) continue;
    // “春风行动”专场招聘会 for the answers' 招聘会 … “春风行动”那场: the quoted name names it.
    if (namedByQuoteBefore(draft, c, index.raw)) continue;
    // 召开乡商会成立大会 for the answers' 成立了乡商会: the founding, held as its meeting.
    if (foundingMeeting(draft, c, index.raw)) continue;
    // 以上两项, 上述三个: a small count of what the draft has just said, not a new figure.
    if (c.kind === 'number' && (c.value ?? 10) < 10 && pointsBack(draft, c)) continue;
    // 党建和统战工作，推动两项工作: a count of what its sentence has just listed.
    if (c.kind === 'number' && countsListBefore(draft, c)) continue;
    // 完成率100% for the answers' 全部完成: the whole of a task as its rate.
    if (wholeRate(draft, c, index.raw)) continue;
    // 比例达到50%以上 for the answers' 比例到一半以上: half said as its rate.
    if (halfRate(draft, c, index.raw)) continue;
    // 两项合计191户: the 两 counts the parts the total adds up.
    if (countsAddends(draft, c)) continue;
    // 共入住66名，其中东院37名…西院29名: a total the writer added up from traced figures.
    if (sumOfTraced(draft, c, claims, isTraced) && !tookBack(c)) continue;
    // 网格132个，网格员132名，每个网格配备1名: what each one gets, worked out.
    if (perEachOfTraced(draft, c, claims, isTraced)) continue;
    // 由35笔降至12笔，减少23笔: the change between them, worked out.
    if (changeOfTraced(draft, c, claims, isTraced)) continue;
    // 受理47件，办结45件，办结率达95.7%: the share of one traced figure in another, worked out.
    if (rateOfTraced(draft, c, claims, isTraced)) continue;
    // 较上年增加3场 from the answers' 今年12场 去年9场: worked out from the user's own figures.
    if (changeFromAnswers(draft, c, claims, isTraced, answerNumbers())) continue;
    // 第七次全国人口普查 for the answers' 七普: an ordinal spelt out from a numbered short form.
    if (ordinalAbbreviated(draft, c, index.raw)) continue;
    // A figure of speech in quotes (“走出去”) is no fact: listed as wording to confirm.
    if (
      c.kind === 'quote' &&
      (isFigureOfSpeechAt(draft, c.index, c.text) ||
        isFormulaOfAnswerWords(draft, c.index, c.text, answers?.text ?? ''))
    ) {
      figures.push({
        kind: 'quote',
        text: c.text,
        clause: wordingClause(draft, c.index, c.text.length),
        line,
        index: c.index,
      });
      continue;
    }
    const u: UntracedFact = {
      kind: c.kind,
      text: c.text,
      line,
      clause: quoteClause(draft, c.index, c.text.length),
    };
    untraced.push(u);
    last = { u, start: c.index, end };
  }

  const draftKey = compareKey(draft);
  const draftSentences = draft.split(/[。！？；;\n]/);
  const draftClaims = byKind(claims);
  const omitted: OmittedFact[] = [];
  const missing = new Set<string>();
  const answerClaims = index.answerFacts.map((f) => f.claim);
  // What the draft puts in quotes or 《》, without the marks: “两节”送温暖, “一套表”平台.
  const quoted = claims
    .filter((c) => c.kind === 'quote' || c.kind === 'title')
    // (9·9 is the answers' 9.9: a middle dot between digits read as the point it is.)
    .map((c) => pointsBetweenDigits(c.text.slice(1, -1)));
  const kept = new Set<Claim>();
  const notKept: { claim: Claim; source: string }[] = [];
  const siblings = listedBodies(index.answerFacts);
  for (const { claim, source } of index.answerFacts) {
    const body = siblings.has(claim);
    if (!body && !expected(claim, material, index)) continue;
    // 中心主任刘建平说了 要争取…: who said a plan is how the user knows it, not a fact of the
    // unit's year; a 公文 states the plan.
    if (
      claim.kind === 'person' &&
      SPEAKER_AFTER_RE.test(source.slice(claim.index + claim.text.length))
    )
      continue;
    // 两节送温暖 kept as “两节”送温暖, 四点半课堂 as “四点半课堂”, 基层减负一张表 as “基层减负
    // 一张表”, 六月六歌会 as “六月六”歌会: the fact is in a term the draft quotes word for word.
    if (
      claim.kind !== 'title' &&
      claim.kind !== 'quote' &&
      // (Every place the fact stands in the term: the second 3 of “3+3” too.)
      quotedInAnswer(quoted, claim, source)
    )
      continue;
    if (
      body
        ? bodyKept(claim, draftKey, draftClaims.get('org') ?? [])
        : present(claim, draftClaims, draftKey, index.titleAffixes, answerClaims, draftSentences) ||
          pairs.present(claim) ||
          align().keeps(claim) ||
          nounAsMeasure(claim, source, draftKey) ||
          twoAsDouble(claim, source, draftKey) ||
          runAsStreak(claim, source, draftKey)
    ) {
      kept.add(claim);
      continue;
    }
    notKept.push({ claim, source });
  }
  for (const { claim, source } of notKept) {
    if ([...kept].some((k) => restated(claim, k, source))) continue;
    if (namedOne(claim, source, answerClaims, draft)) continue;
    if (oneBeforeItsName(claim, source, draft)) continue;
    if (yearsPlan(claim, source, draft)) continue;
    // 跳安召 kept as 跳起安召舞: a site read from a verb and its object, which the draft parts
    // with the verb's 起, 了 or 着 (a site's name is never parted so). Not a village or a town,
    // whose kind makes words (立新村 for 树立了新村风, 靠山村 for 依靠着山村).
    if (claim.kind === 'org' && claim.place && verbAndObjectKept(claim.text, draft)) continue;
    // A body is required only where the draft names others of its list: 联合县文化馆、县图书馆、
    // 县博物馆 kept as 联合县文化馆、县图书馆 drops one by name (相关部门 would group them all).
    const listed = siblings.get(claim);
    if (listed && !listed.some((s) => kept.has(s))) continue;
    const id = `${claim.kind}\u0000${claim.text}`;
    if (missing.has(id)) continue;
    missing.add(id);
    omitted.push({
      kind: claim.kind,
      // (每季度一次, not 一次: the count of a rate is told with its rate.)
      text: claim.kind === 'number' && claim.per ? `${claim.per}${claim.text}` : claim.text,
      clause: quoteClause(source, claim.index, claim.text.length),
    });
  }

  const ph = placeholders(draft);
  const structure = checkStructure(draft, material, ph.empty);
  const later = material.sections
    .filter((s) => s.status === 'skipped' && !s.leaveOut)
    .map((s) => s.title);
  return {
    untraced,
    omitted,
    placeholders: ph.list,
    later,
    structure,
    wording: [...wordingIssues(draft), ...figures].sort((a, b) => a.index - b.index),
    ok: untraced.length === 0 && omitted.length === 0 && structure.length === 0,
  };
}

/**
 * Whether the answer fact stands inside a term the draft quotes word for word, compared with the
 * points between digits made one (“6·5” for 6·5), both sides alike.
 */
function quotedInAnswer(quoted: readonly string[], claim: Claim, source: string): boolean {
  const text = pointsBetweenDigits(claim.text);
  const said = pointsBetweenDigits(source);
  if (
    quoted.some((q) =>
      [...occurrences(q, text)].some(
        (at) => at <= claim.index && said.startsWith(q, claim.index - at),
      ),
    )
  )
    return true;
  // (《溪平县志（1991—2020）》 for the answers' 溪平县志1991到2020: a span of years written with a
  // dash, in brackets or not, is the span the answers say with 到.)
  // (…the figure being one end of that span where the answers say it: a year.)
  if (!/^(?:19|20)\d{2}年?$/.test(text)) return false;
  const inSpan = [...said.matchAll(YEAR_SPAN_RE)].some(
    (m) => claim.index >= m.index && claim.index < m.index + m[0].length,
  );
  if (!inSpan) return false;
  const spanSaid = yearSpanAsOne(said);
  return quoted.some((q) => {
    const term = yearSpanAsOne(q);
    return term !== q && term.includes(text) && spanSaid.includes(term);
  });
}

/**
 * Whether the ordinal `c` (第七次) opens a name (全国人口普查) the answers say as a numbered short
 * form: the numeral, then one to three characters of that name in order (七普, 五经普).
 */
function ordinalAbbreviated(draft: string, c: Claim, raw: string): boolean {
  const m = /^第([〇零一二三四五六七八九十\d]+)[次届]$/.exec(c.text);
  if (c.kind !== 'number' || !m) return false;
  const name = /^[\u4e00-\u9fff]{2,8}/.exec(draft.slice(c.index + c.text.length))?.[0] ?? '';
  if (name.length < 2) return false;
  const numerals = new Set([m[1]!, String(c.value ?? '')]);
  for (const n of numerals) {
    for (const at of occurrences(raw, n)) {
      const from = at + n.length;
      for (let len = 3; len >= 1; len--) {
        const short = raw.slice(from, from + len);
        // A word of its own: what follows it is no part of a longer one (七普的时候).
        const next = raw[from + len] ?? '';
        const ends = !/[\u4e00-\u9fff]/.test(next) || /[的了是在时期间中后前里]/.test(next);
        if (/^[\u4e00-\u9fff]+$/.test(short) && ends && inOrder(short, name)) return true;
      }
    }
  }
  return false;
}

/**
 * 三个社区一起办 kept as 三社区联合举办: a count of 个 and its noun, written with the noun (or one
 * of its characters) as the measure (三个学校 → 三校, 3个村子 → 3村).
 */
function nounAsMeasure(claim: Claim, source: string, draftKey: string): boolean {
  if (claim.kind !== 'number' || claim.measure !== '个' || claim.value === undefined) return false;
  const noun = /^[\u4e00-\u9fff]{2}/.exec(source.slice(claim.index + claim.text.length))?.[0];
  if (!noun) return false;
  const numeral = claim.text.replace(/个$/, '');
  return [numeral, String(claim.value)].some((n) =>
    [noun, noun[0], noun[1]].some((w) => draftKey.includes(`${n}${w}`)),
  );
}

/**
 * 蒙汉两种语言, 怒语汉话两种讲 kept as 蒙汉双语, 双语宣讲: a pair said with 双 and a character of
 * the words just before the count (its items, or the noun it counts right after it); 懂两种话的
 * 干部少 kept as 双语干部较少: two kinds said as a 双 word before a word of the count's clause.
 */
function twoAsDouble(claim: Claim, source: string, draftKey: string): boolean {
  if (claim.kind !== 'number' || claim.value !== 2 || !/^[两二2]/.test(claim.text)) return false;
  // (The items right before the count, not a verb's object: 走访了两个村 is no pair of 走访.)
  const before = source.slice(Math.max(0, claim.index - 4), claim.index);
  const after = source.slice(claim.index + claim.text.length, claim.index + claim.text.length + 2);
  const around = (/[了过]/.test(before) ? '' : before.replace(/^.*[\s，,]/, '')) + after;
  if ([...draftKey.matchAll(/双([\u4e00-\u9fff])/g)].some((m) => around.includes(m[1]!)))
    return true;
  // (…kinds only, 种/门/类: 双创合作社 keeps no 2个合作社.)
  if (!/^[种门类]$/.test(claim.measure ?? '') || !claim.words) return false;
  const words = [...claim.words].filter((w) => /^[\u4e00-\u9fff]{2}$/.test(w)).map(escapeRe);
  return (
    words.length > 0 && new RegExp(`双[\u4e00-\u9fff]{1,2}(?:${words.join('|')})`).test(draftKey)
  );
}

/** A name's speaking verb right after it, then a plan (说了 要…, 讲了 明年…): who voiced it. */
const SPEAKER_AFTER_RE =
  /^[\s，,]*(?:说了?|讲了|强调说?)[\s，,：:]*(?:要|争取|希望|打算|计划|准备|明年|下一步|下半年)/;

/**
 * 实现三连冠 for the answers' 拿了冠军 连续第三年了: the Nth in a row said as a run of N (三连冠,
 * 5连胜) — the same figure, counted by what was won.
 */
function runAsStreak(claim: Claim, source: string, draftKey: string): boolean {
  if (claim.kind !== 'number' || !claim.text.startsWith('第') || claim.value === undefined)
    return false;
  if (!source.slice(Math.max(0, claim.index - 2), claim.index).endsWith('连续')) return false;
  // (…and what was won said in the same message: 连续第三次参加 is no title.)
  if (!/冠军|第一名?|夺冠|金奖|金牌|一等奖/.test(source)) return false;
  const n = claim.value;
  const forms = [String(n), '〇一二三四五六七八九十'[n] ?? ''].filter(Boolean);
  return forms.some((f) =>
    new RegExp(`(?<![\\d一二三四五六七八九十])${f}连[冠胜霸]`).test(draftKey),
  );
}

/**
 * 其中10月召开扩大会议1次 for the answers' 十月那次是扩大会: a draft's one, picked out by 其中, where
 * the answers single one out (那次, 有一次, 其中一次) with words the draft's clause shares (扩大).
 */
function oneSingledOut(c: Claim, draft: string, raw: string): boolean {
  const clause = /其中([^，,。；;]{0,12})$/.exec(
    draft.slice(Math.max(0, c.index - 14), c.index),
  )?.[1];
  if (clause === undefined || !c.measure) return false;
  const said = new RegExp(`(?:那一?|有一|其中一)${escapeRe(c.measure)}`, 'g');
  for (const m of raw.matchAll(said)) {
    const words = raw.slice(m.index + m[0].length, m.index + m[0].length + 8);
    for (let i = 0; i + 2 <= words.length; i++) {
      if (
        /^[\u4e00-\u9fff]{2}$/.test(words.slice(i, i + 2)) &&
        clause.includes(words.slice(i, i + 2))
      )
        return true;
    }
  }
  return false;
}

/** Between two bodies of one list: 、, 和, 及, 与, 以及, a comma or a phone's space. */
const LIST_JOIN_RE = /^(?:[、，,和及与跟同]|以及|[ \t\u3000]+)$/;

/**
 * The bodies (not places: those are required anyway) the answers name in a list, each with the
 * others of its list: 县文化馆、县图书馆和县博物馆 are one list of three.
 */
function listedBodies(facts: { claim: Claim; source: string }[]): Map<Claim, Claim[]> {
  const out = new Map<Claim, Claim[]>();
  let list: Claim[] = [];
  let prev: { claim: Claim; source: string } | undefined;
  const close = () => {
    if (list.length > 1)
      for (const c of list)
        out.set(
          c,
          list.filter((o) => o !== c),
        );
    list = [];
  };
  for (const f of facts) {
    if (f.claim.kind !== 'org' || f.claim.place) continue;
    const joined =
      prev !== undefined &&
      prev.source === f.source &&
      LIST_JOIN_RE.test(f.source.slice(prev.claim.index + prev.claim.text.length, f.claim.index));
    if (!joined) close();
    list.push(f.claim);
    prev = f;
  }
  close();
  return out;
}

/**
 * Whether a body of a list is in the draft by name: whole, without the level the unit's own
 * name gives (县博物馆 as 博物馆), or written out from the answers' short form (县文旅局).
 */
function bodyKept(fact: Claim, draftKey: string, drafted: readonly Claim[]): boolean {
  if (aliasesOf(fact.text).some((a) => draftKey.includes(compareKey(a)))) return true;
  if (FIRM_WHOLE_RE.test(fact.text) && firmKept(fact.text, draftKey)) return true;
  const rest = fact.text.replace(/^[省市州县区旗镇乡村]/, '');
  if (rest.length >= 3 && draftKey.includes(compareKey(rest))) return true;
  if (drafted.some((d) => abbreviates(fact.text, d.text) || abbreviates(d.text, fact.text)))
    return true;
  // 省社院 in 省、市社会主义学院: its characters in order, close together.
  const key = compareKey(fact.text);
  if (key.length < 3) return false;
  for (const at of occurrences(draftKey, key[0]!)) {
    if (inOrder(key, draftKey.slice(at, at + key.length * 4))) return true;
  }
  return false;
}

/**
 * Whether the draft's 100% is the rate of a verb the answers say was done for all (完成率100%
 * for 全部完成, 覆盖率100% for 全覆盖, 都签订了 for 签订率100%).
 */
function wholeRate(draft: string, c: Claim, raw: string): boolean {
  if (c.kind !== 'number' || c.value !== 100 || c.measure !== '%') return false;
  const verb = /([\u4e00-\u9fff]{2})率(?:达到?|为|是|均为|实现)?$/.exec(
    draft.slice(Math.max(0, c.index - 6), c.index),
  )?.[1];
  if (!verb) return false;
  return new RegExp(`(?:全部|全都|全|都|均)(?:已|已经|能)?${verb}|${verb}了?(?:全部|全覆盖)`).test(
    raw,
  );
}

/**
 * Whether an event right after a quoted name (“春风行动”专场招聘会) is that name's: what the draft
 * puts between the quote and the kind (专场, 主题, 专题) only says it was held for that name, and
 * one line of the answers says the name in quotes and the event's kind whole (办了4场招聘会
 * “春风行动”那场 — not 招聘了8个人, nor a 春季 or 青年 招聘会 the answers never give).
 */
function namedByQuoteBefore(draft: string, c: Claim, raw: string): boolean {
  if (c.kind !== 'event' || !/^[”」"]$/.test(draft[c.index - 1] ?? '')) return false;
  if (!/^(?:专场|主题|专题)$/.test(c.core ?? '') || !c.suffix) return false;
  const open = Math.max(draft.lastIndexOf('“', c.index), draft.lastIndexOf('「', c.index));
  const name = open >= 0 ? draft.slice(open + 1, c.index - 1) : '';
  if (name.length < 2) return false;
  // (…the quote pointing at that event — 那场, 这场, 专场 or the kind itself right after it — and
  // nothing in the line taking it back: 不是招聘会.)
  const quoted = new RegExp(
    `[“「"]${escapeRe(name)}[”」"](?:[那这]?[场次期]|专场|${escapeRe(c.suffix)})`,
  );
  return raw
    .split('\n')
    .some((line) => quoted.test(line) && line.includes(c.suffix!) && !/不对|不是|说错/.test(line));
}

/** A body's founding in the answers (成立了, 挂牌, 揭牌), not a time since (成立以来, 成立三年). */
const FOUNDED_RE =
  /(?:成立|挂牌|揭牌)(?!以来|之初|周年|[一二两三四五六七八九十\d几多]+[年周个])(?:了|起来了?)?/g;

/**
 * Whether the draft's bare 大会 or 仪式 is the founding meeting of a body the answers say was
 * founded (乡商会成立大会 for 成立了乡商会, 工作站揭牌仪式 for 工作站挂牌了): the body's last three
 * characters right before 成立/揭牌 in the draft, and right after a verb of founding (a level or
 * a word between) — or right before it — in the answers, not taken back (成立了 不对 是筹备).
 */
function foundingMeeting(draft: string, c: Claim, raw: string): boolean {
  if (c.kind !== 'event' || (c.core ?? '') !== '' || !/^(?:大会|仪式)$/.test(c.text)) return false;
  const body = /([\u4e00-\u9fff]{3})(?:正式)?(?:成立|揭牌|挂牌)$/.exec(
    draft.slice(0, c.index),
  )?.[1];
  if (!body) return false;
  for (const m of raw.matchAll(FOUNDED_RE)) {
    if (takenBackAfter(raw, m.index)) continue;
    const after = raw.slice(m.index + m[0].length, m.index + m[0].length + 9);
    const before = raw.slice(Math.max(0, m.index - 9), m.index);
    if (new RegExp(`^[\u4e00-\u9fff]{0,6}?${body}`).test(after) || before.endsWith(body))
      return true;
  }
  return false;
}

/** The two-character words (no time's: 明年, 月底) of the ten characters before `at` in its clause. */
function wordsBefore(text: string, at: number): Set<string> {
  const { start } = clauseAt(text, at);
  const before = text.slice(Math.max(start, at - 10), at);
  const words = new Set<string>();
  for (let i = 0; i + 2 <= before.length; i++) {
    const word = before.slice(i, i + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(word) && !/[年月日天周]/.test(word)) words.add(word);
  }
  return words;
}

/** A rate's word right before a figure (比例, 签约率, 占比) and the verb that gives its value. */
const RATE_BEFORE_RE =
  /([\u4e00-\u9fff]率|比例|占比|比重)(?:达到|达|为|是|到|占|超过|接近|不足|不到|未达|已)*$/;
/** A half said of a rate in the answers: the rate's word, a verb or two, then the half. */
const HALF_OF_RATE_RE =
  /([\u4e00-\u9fff]率|比例|占比|比重)(?:达到|达|为|是|到|占|还没|没|未|已|都|就|能|要|刚|快)*(接近|将近|近|不到|不足|超过)?(一半|半数|过半)(以上|多|出头|不到|不足|左右)?/g;

/** Which way a figure is said: at least (以上, 超过), at most or nearly (不到, 接近), or just so. */
function halfWay(before: string, after: string): 'more' | 'less' | 'just' {
  if (/(?:接近|将近|近|不到|不足|未达|没|未)$/.test(before) || /^(?:不到|不足)/.test(after))
    return 'less';
  if (/(?:超过|过)$/.test(before) || /^(?:以上|多|出头)/.test(after)) return 'more';
  return 'just';
}

/**
 * Whether the draft's 50% is a rate the answers give as a half (双师型比例到一半以上 for 双师型教师
 * 比例达到50%以上): the same rate's word right before both, of the same thing (the answers' three
 * characters before it stand in the draft before its own), two words before it in common (双师…),
 * the same way (一半不到 is no 50%以上; 还没过半 no 超过50%) and not taken back.
 */
function halfRate(draft: string, c: Claim, raw: string): boolean {
  if (c.kind !== 'number' || c.value !== 50 || c.measure !== '%') return false;
  const lead = /^(?:接近|将近|近|不到|不足|超过)/.exec(c.text)?.[0] ?? '';
  const before = draft.slice(Math.max(0, c.index - 8), c.index) + lead;
  const rate = RATE_BEFORE_RE.exec(before);
  if (!rate) return false;
  const after = draft.slice(c.index + c.text.length).replace(/^%/, '');
  const way = halfWay(before, c.text.endsWith('以上') ? '以上' : after);
  const drafted = wordsBefore(draft, c.index);
  const { start } = clauseAt(draft, c.index);
  const subjectSpan = draft.slice(Math.max(start, c.index - 14), c.index);
  for (const m of raw.matchAll(HALF_OF_RATE_RE)) {
    const word = m[1]!;
    if (word !== rate[1] || takenBackAfter(raw, m.index)) continue;
    // (…of the same thing: the three characters before the rate's word in the answers, in the
    // draft's words before its own — 双师型 of 双师型比例, not 党外干部 for 女干部.)
    const subject = raw.slice(Math.max(0, m.index - 3), m.index).replace(/^.*[^\u4e00-\u9fff]/, '');
    if (subject.length < 2 || !subjectSpan.includes(subject)) continue;
    const said = m[0].slice(word.length, m[0].length - m[3]!.length - (m[4]?.length ?? 0));
    const saidWay = m[3] === '过半' && !/(?:没|未)/.test(said) ? 'more' : halfWay(said, m[4] ?? '');
    if (saidWay !== way) continue;
    const shared = [...wordsBefore(raw, m.index + word.length)].filter((w) => drafted.has(w));
    if (shared.length >= 2) return true;
  }
  return false;
}

/** 镇综合治理办公室（以下简称“镇综治办”）: a short form the draft declares for a name it gives. */
const DECLARED_SHORT_RE = /[（(](?:以下)?(?:简称|下称)[“"「]?([\u4e00-\u9fff]{2,12})[”"」]?[）)]/g;

/**
 * The short forms a draft declares right after a name (（以下简称X）), where that name is traced
 * or, when no name was read there, where the short form keeps the words before it in order:
 * the short form then adds no fact, wherever the draft uses it.
 */
function declaredShortForms(
  draft: string,
  claims: readonly Claim[],
  isTraced: (c: Claim) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const m of draft.matchAll(DECLARED_SHORT_RE)) {
    const short = m[1]!;
    const full = claims.find((c) => c.index + c.text.length === m.index && c.kind !== 'number');
    const before = /[\u4e00-\u9fff]{2,24}$/.exec(draft.slice(0, m.index))?.[0] ?? '';
    if (full ? isTraced(full) : inOrder(short, before) && short.length < before.length)
      out.add(short);
  }
  return out;
}

/**
 * Whether `c` is a small count of people (1人, 两人, 三位) that counts the traced people named
 * just before it: one in its own sentence, or exactly that many in its paragraph so far.
 */
function namedPeople(
  draft: string,
  c: Claim,
  claims: readonly Claim[],
  isTraced: (c: Claim) => boolean,
  answerPeople: ReadonlySet<string>,
): boolean {
  const n = c.value ?? 0;
  if (c.kind !== 'number' || n < 1 || n > 5 || !/^[名人位]$/.test(c.measure ?? '')) return false;
  const { start, end } = sentenceAt(draft, c.index);
  const inSentence = claims.filter(
    (p) => p.kind === 'person' && p.index >= start && p.index < end && !p.calling,
  );
  if (n === 1) return inSentence.length === 1 && isTraced(inSentence[0]!);
  const lineStart = draft.lastIndexOf('\n', c.index) + 1;
  const before = claims.filter(
    (p) => p.kind === 'person' && p.index >= lineStart && p.index < c.index && !p.calling,
  );
  if (!before.every(isTraced)) return false;
  // (有无党派人士2名…组织二人参加: the paragraph's own traced count of as many people, those two.)
  const counted = claims.some(
    (p) =>
      p.kind === 'number' &&
      p.index >= lineStart &&
      p.index < c.index &&
      p.value === n &&
      /^[名人位]$/.test(p.measure ?? '') &&
      isTraced(p),
  );
  // (…never a part of them: 其中二人为…, 二人为.)
  const part =
    /其中$/.test(draft.slice(Math.max(0, c.index - 3), c.index)) ||
    /^\s*[为是]/.test(draft.slice(c.index + c.text.length));
  if (counted && !part) return true;
  // A name the answers give that the draft's own reading missed (水书先生蒙国发) counts too.
  const paragraph = draft.slice(lineStart, c.index);
  const named = new Set(before.map((p) => p.text));
  for (const name of answerPeople) if (paragraph.includes(name)) named.add(name);
  return named.size === n;
}

/** The numerals a small count may be said with (2: 2, 两, 二). */
const SMALL_NUMERALS = [
  '',
  '[1一]',
  '[2两二]',
  '[3三]',
  '[4四]',
  '[5五]',
  '[6六]',
  '[7七]',
  '[8八]',
  '[9九]',
];

/**
 * The second character of a noun whose first says it alone (晚上 → 晚, 日子 → 日, 年头 → 年): only
 * those may be the answers' measure on their own (两个晚会 is no 两晚).
 */
const NOUN_TAIL_RE = /^[上子头]$/;

/**
 * Whether the draft's small count with 个 and a noun of two characters (两个晚上) is the answers'
 * count with the noun's first character as its measure (两晚) — the noun's second character one
 * that adds nothing (上, 子, 头) — or the noun said on whole (两晚上).
 */
function nounSaidAsMeasure(draft: string, c: Claim, raw: string): boolean {
  const n = c.value ?? 0;
  if (c.kind !== 'number' || c.measure !== '个' || c.approx || !Number.isInteger(n)) return false;
  if (n < 1 || n > 9) return false;
  const noun = /^[\u4e00-\u9fff]{2}/.exec(draft.slice(c.index + c.text.length))?.[0];
  if (!noun) return false;
  // (…never a weekday or a day's ordinal: 周二晚上 is no 两个晚上, 初五上午 no 五个上午; 两 names no
  // weekday, so 每周两晚 is two evenings.)
  const tail = NOUN_TAIL_RE.test(noun[1]!) ? '' : noun[1]!;
  const weekday = '(?<!周|星期|礼拜)';
  const numeral = n === 2 ? `(?:两|${weekday}[2二])` : `${weekday}${SMALL_NUMERALS[n]}`;
  return new RegExp(`(?<![\\d〇零一二两三四五六七八九十百千初第])${numeral}${noun[0]}${tail}`).test(
    raw,
  );
}

/**
 * Whether `c` (两种, 三种) follows a run of as many characters that the answers write glued
 * before the same number (苗汉双语, 中英日三语): each character is one of the things counted.
 */
function gluedCount(draft: string, c: Claim, raw: string): boolean {
  const n = c.value ?? 0;
  if (c.kind !== 'number' || n < 2 || n > 6 || c.index < n) return false;
  const run = draft.slice(c.index - n, c.index);
  if (!/^[\u4e00-\u9fff]+$/.test(run)) return false;
  // Said with another noun (双语 → 两种语言), not the same count the tracing already tried: a
  // run before the same count and measure (座谈会3次) is the run's own figure, not its parts.
  const numeral = n === 2 ? '[两双二]' : '二三四五六'[n - 2];
  const measure = c.measure?.[0] ?? '';
  return new RegExp(`${run}${numeral}(?!${measure})[\\u4e00-\\u9fff]`).test(raw);
}
