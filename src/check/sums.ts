import { isSentenceEnd } from '../facts/clauses.js';
import { changeMeasure, sameMeasure } from '../facts/measures.js';
import { cnOrArabic } from '../facts/numerals.js';
import { lineOf } from './lines.js';
import type { Claim } from './trace.js';

/** A total's word a few words before a figure (共入住老人66名, 共整治桥涵41座, 合计120次). */
const TOTAL_BEFORE_RE = /(?:(?<!公)共计?|合计|总计|累计|总共|一共)[\u4e00-\u9fff]{0,5}$/;
/** …a little further when its breakdown follows (共有常驻技术人员10人。其中…). */
const TOTAL_BEFORE_WIDE_RE = /(?:(?<!公)共计?|合计|总计|累计|总共|一共)[\u4e00-\u9fff]{0,8}$/;
/** The sentence after a total opening its breakdown. */
const BREAKDOWN_RE = /^[\s，,]*(?:其中|分别|具体)/;
/** …or 其中 right after it: 共66名，其中东院37名. */
const PARTS_AFTER_RE = /^[^。；！？\n]{0,4}(?:其中|分别为|分别是)/;
/** …or its parts in brackets right after it: 6名（民进5名、九三1名）. */
const PARTS_IN_BRACKETS_RE = /^[（(][^）)]+[）)]/;
/**
 * …or a count of the parts before it (两项合计, 以上三类共计): the parts may stand in the sentence
 * before, as a paragraph lists them (完成危房改造137户；同时实施抗震改造54户，两项合计191户).
 */
const COUNTED_TOTAL_RE =
  /(?:以上|上述|([两二三四五六七八九])[项类者][\u4e00-\u9fff]{0,4}?)(?:合计|共计|总计|累计|共)[\u4e00-\u9fff]{0,5}$/;
/** The count of a counted total (两项 of 两项合计, 两项补助合计): it counts the parts, no fact of its own. */
const ADDENDS_AFTER_RE = /^[\u4e00-\u9fff]{0,4}?(?:合计|共计|总计|累计)|^共/;
/** The words for "each one of" (每户, 人均, 户均, 平均每人). */
const EACH = '(?:每|人均|户均|平均每)[\\u4e00-\\u9fff]';
/** A clause for each one of a count (每户发放补助金600元, 每名学生600元). */
const EACH_CLAUSE_RE = new RegExp(`^${EACH}`);
/** 每人1000元, 户均1.6万元, 人均300元: a figure for each one of a count. */
const EACH_BEFORE_RE = new RegExp(`${EACH}?$`);
/** …or said earlier in the figure's clause (每户发放过冬补贴500元). */
const EACH_INSIDE_RE = new RegExp(EACH);
/** The last figure of a clause, and what follows it. */
const LAST_FIGURE_RE =
  /[\d〇零一二两三四五六七八九十百千万]+(?=[^\d〇零一二两三四五六七八九十百千万]*$)/;
/** More parts than this are not tried (a sentence lists a handful). */
const MAX_PARTS = 8;

/**
 * Whether the draft's figure `total` is the sum of two or more figures of the same measure in
 * its own sentence, each traced to the answers: 东院37名 … 西院29名 → 共66名. The writer added
 * them up; the total says nothing the answers do not. Only a figure marked as a total counts,
 * and only parts in the same sentence (never a sum over the whole draft).
 */
export function sumOfTraced(
  draft: string,
  total: Claim,
  claims: readonly Claim[],
  isTraced: (c: Claim) => boolean,
): boolean {
  if (total.kind !== 'number' || total.value === undefined || total.approx) return false;
  const before = draft.slice(Math.max(0, total.index - 10), total.index);
  const after = draft.slice(total.index + total.text.length);
  // 共有技术人员10人。其中，东场5位…；西场3人: the breakdown in the sentence after it.
  const sentenceRest = /^[^。；！？\n]*[。；！？]/.exec(after)?.[0] ?? '';
  // (…or right after a colon: 共筹集42万元：周某出资30万元，…；李某出资12万元.)
  const colon = /^[^。；！？\n，,]{0,6}[：:]/.test(after);
  const breakdown =
    colon || (sentenceRest !== '' && BREAKDOWN_RE.test(after.slice(sentenceRest.length)));
  const wide = draft.slice(Math.max(0, total.index - 12), total.index);
  if (
    !TOTAL_BEFORE_RE.test(before) &&
    !PARTS_AFTER_RE.test(after) &&
    !PARTS_IN_BRACKETS_RE.test(after) &&
    !(breakdown && TOTAL_BEFORE_WIDE_RE.test(wide))
  )
    return false;
  // 成员6名（民进会员5名、九三学社社员1名）: marked by its brackets alone, the total adds up
  // what they hold, nothing else of the sentence (合格55人（均取得证书） adds up no 一期30人).
  const bracketsOnly =
    PARTS_IN_BRACKETS_RE.test(after) &&
    !TOTAL_BEFORE_RE.test(before) &&
    !PARTS_AFTER_RE.test(after);
  const counted = COUNTED_TOTAL_RE.exec(before);
  // 两项合计, 三项合计: how many parts the total says it adds up (以上, 上述: not said).
  const wanted = cnOrArabic(counted?.[1]);
  let { start, end } = sentenceOf(draft, total.index);
  // A counted total reaches back over one more sentence of its paragraph, or over as many as it
  // counts (一是…；二是…。两项合计…).
  const reach = !counted ? 0 : (wanted ?? 1);
  for (let k = 0; k < reach && start > 0 && draft[start - 1] !== '\n'; k++)
    start = sentenceOf(draft, start - 1).start;
  // …through its 其中 sentence, to the 。 (its parts may be split again by ；).
  if (breakdown) {
    end = colon
      ? total.index + total.text.length
      : total.index + total.text.length + sentenceRest.length;
    while (end < draft.length && !/[。！？\n]/.test(draft[end]!)) end++;
  }
  if (bracketsOnly) {
    start = total.index + total.text.length;
    end = start + (PARTS_IN_BRACKETS_RE.exec(after)?.[0].length ?? 0);
  }
  const inSentence = tracedFigures(claims, total, start, end, isTraced);
  // 15名学生…每人1000元，共计1.5万元: a count times the figure for each.
  const target = total.value;
  for (const each of inSentence) {
    // 每户600元, or 每户发放补助金600元 (its clause begins with 每 and a noun).
    let at = each.index;
    while (at > 0 && !/[，,、。；;！？\n]/.test(draft[at - 1]!)) at--;
    const clause = draft.slice(at, each.index);
    // (为12户老人每户发放补贴500元: 每户 inside the clause, no figure between it and this one.)
    const lastFigure = LAST_FIGURE_RE.exec(clause);
    const sinceFigure = lastFigure ? clause.slice(lastFigure.index + lastFigure[0].length) : clause;
    if (
      !EACH_BEFORE_RE.test(draft.slice(Math.max(0, each.index - 4), each.index)) &&
      !(EACH_CLAUSE_RE.test(clause) && clause.length <= 10) &&
      !(EACH_INSIDE_RE.test(sinceFigure) && sinceFigure.length <= 16)
    )
      continue;
    if (!sameMeasure(each.measure, total.measure)) continue;
    const times = inSentence.some(
      (n) =>
        n !== each &&
        n.index < total.index &&
        // (3个小组，每组6人，共18人: a count in 个 multiplies too; only the total's own
        // measure, or one of its group, makes the figure a part instead.)
        (n.measure === '个' || !sameMeasure(n.measure, total.measure)) &&
        n.measure !== total.measure &&
        Math.abs(n.value! * each.value! - target) < 1e-6,
    );
    if (times) return true;
  }
  // 1200人次 of 视力检查620人、听力检查580人: people counted over several checks.
  const counts = (m?: string) =>
    sameMeasure(m, total.measure) || (m !== undefined && m !== '' && total.measure === `${m}次`);
  const parts = inSentence.filter(
    (c) => counts(c.measure) && !ADDENDS_AFTER_RE.test(draft.slice(c.index + c.text.length)),
  );
  if (parts.length < 2 || parts.length > MAX_PARTS) return false;
  for (let mask = 1; mask < 1 << parts.length; mask++) {
    let n = 0;
    let sum = 0;
    for (let i = 0; i < parts.length; i++) {
      if (mask & (1 << i)) {
        n++;
        sum += parts[i]!.value!;
      }
    }
    // 两项合计: as many parts as it says.
    const many = wanted === undefined || n === wanted;
    if (n >= 2 && many && Math.abs(sum - target) < 1e-9) return true;
  }
  return false;
}

/** The 两 of 两项合计: a count of the parts a total adds up, no fact of its own. */
export function countsAddends(draft: string, c: Claim): boolean {
  return (
    c.kind === 'number' &&
    (c.value ?? 10) < 10 &&
    /^[两二三四五六七八九]$/.test(c.text.slice(0, 1)) &&
    /[项类者]$/.test(c.text) &&
    ADDENDS_AFTER_RE.test(draft.slice(c.index + c.text.length))
  );
}

/** A rate's word right before its figure (办结率达95.7%, 占比37%), and what the rate is of (办结). */
const RATE_WORD_BEFORE_RE = /(?:([\u4e00-\u9fff]{2})率|占比|比例)(?:达到?|为|是)?$/;
/** 每个网格配备, 每村: 每 and what each one is, right before a figure, in one clause. */
const PER_EACH_BEFORE_RE = /每(?:一)?个?[\u4e00-\u9fff]{1,6}$/;

/**
 * Whether the draft's small count `c` after 每… is what each of a traced figure gets out of
 * another of its sentence in its own measure (网格132个…专职网格员132名，实现每个网格配备1名专职
 * 网格员): the writer divided, as it adds up a total. Only an exact quotient of two traced figures
 * counts.
 */
export function perEachOfTraced(
  draft: string,
  c: Claim,
  claims: readonly Claim[],
  isTraced: (c: Claim) => boolean,
): boolean {
  if (c.kind !== 'number' || c.value === undefined || c.approx || c.value > 10) return false;
  const clause = /[^，,。；;！？\n]*$/.exec(draft.slice(Math.max(0, c.index - 12), c.index))![0];
  if (!PER_EACH_BEFORE_RE.test(clause)) return false;
  const { start } = sentenceOf(draft, c.index);
  const kept = tracedFigures(claims, c, start, c.index, isTraced).filter((o) => o.value! >= 2);
  // (…the dividend in the count's own measure, 132名 for 1名: 12个村 and 36起 make no 每村3名.)
  return kept.some((each) =>
    kept.some(
      (all) =>
        each !== all && sameMeasure(all.measure, c.measure) && all.value === each.value! * c.value!,
    ),
  );
}

/** Rates of change are no share of one figure in another (增长率, 同比). */
const CHANGE_RATE_RE = /增长|下降|增幅|降幅|同比|环比|提高|提升/;

/**
 * Whether the draft's percentage `c` is the share of one traced figure of its sentence in
 * another of the same measure, rounded as it is written (受理47件，办结45件，办结率达95.7%):
 * the writer did the division, as it adds up a total. Only the exact share, rounded as written,
 * counts: a rate of no two figures before it (办结率达99%) stays flagged.
 */
export function rateOfTraced(
  draft: string,
  c: Claim,
  claims: readonly Claim[],
  isTraced: (c: Claim) => boolean,
): boolean {
  if (c.kind !== 'number' || c.value === undefined || c.approx || c.measure !== '%') return false;
  const rate = RATE_WORD_BEFORE_RE.exec(draft.slice(Math.max(0, c.index - 6), c.index));
  if (!rate || CHANGE_RATE_RE.test(rate[0])) return false;
  const { start } = sentenceOf(draft, c.index);
  const kept = tracedFigures(claims, c, start, c.index, isTraced).filter(
    (o) => o.measure !== '%' && o.value! > 0,
  );
  // (The part is the figure the rate is named for: 办结45件 for 办结率, not 女党员45名 for 参学率.)
  const of = rate[1];
  const named = (o: Claim) =>
    of === undefined || draft.slice(Math.max(0, o.index - 8), o.index).includes(of);
  // (…rounded as written, in either script: 95.7%, 百分之九十五点七.)
  const decimals = /[.点]([\d〇零一二三四五六七八九]+)/.exec(c.text)?.[1]?.length ?? 0;
  const half = 0.5 / 10 ** decimals;
  return kept
    .filter(named)
    .some((part) =>
      kept.some(
        (whole) =>
          part !== whole &&
          sameMeasure(part.measure, whole.measure) &&
          part.value! <= whole.value! &&
          Math.abs((part.value! / whole.value!) * 100 - c.value!) <= half + 1e-9,
      ),
    );
}

/** A change word right before a figure (减少23笔, 净增5户, 下降了3个百分点). */
const CHANGE_BEFORE_RE =
  /(?:减少|下降|降低|压减|压缩|缩短|缩减|节省|增加|增长|增多|提高|提升|上升|延长|净增|净减|多出|少了|多了)了?(?:约)?$/;

/**
 * Whether the draft's figure `c` is the change between two traced figures of its own sentence
 * (由35笔降至12笔，减少23笔): the writer did the subtraction, as it adds up a total (and the
 * division, see rateOfTraced).
 */
export function changeOfTraced(
  draft: string,
  c: Claim,
  claims: readonly Claim[],
  isTraced: (c: Claim) => boolean,
): boolean {
  if (c.kind !== 'number' || c.value === undefined || c.approx) return false;
  if (!CHANGE_BEFORE_RE.test(draft.slice(Math.max(0, c.index - 8), c.index))) return false;
  const { start, end } = sentenceOf(draft, c.index);
  const others = tracedFigures(claims, c, start, end, isTraced).filter((o) =>
    changeMeasure(c.measure, o.measure),
  );
  return others.some((a) =>
    others.some((b) => a !== b && Math.abs(a.value! - b.value! - c.value!) < 1e-9),
  );
}

/** What says a figure is the rest of a total: 其余3条, 剩余2户, 尚有5件. */
const REST_BEFORE_RE = /(?:其余|剩余|余下|尚有|还有|另有)的?$/;

/**
 * Whether the draft's figure `c` is the change or the rest between a figure it keeps and another
 * the same answer gives (今年办了12场 去年是9场 → 较上年增加3场; 收到31条 办结28条 → 其余3条正在
 * 办理): the writer did the subtraction from the user's own figures, in the same answer line.
 */
export function changeFromAnswers(
  draft: string,
  c: Claim,
  claims: readonly Claim[],
  isTraced: (c: Claim) => boolean,
  answers: { lines: number[]; numbers: readonly Claim[] },
): boolean {
  if (c.kind !== 'number' || c.value === undefined || c.approx) return false;
  const before = draft.slice(Math.max(0, c.index - 8), c.index);
  if (!CHANGE_BEFORE_RE.test(before) && !REST_BEFORE_RE.test(before)) return false;
  const { start, end } = sentenceOf(draft, c.index);
  const kept = tracedFigures(claims, c, start, end, isTraced).filter((o) =>
    changeMeasure(c.measure, o.measure),
  );
  return kept.some((a) => differsInAnswers(a.value!, c.value!, c.measure, answers));
}

/**
 * Whether an answer line gives `value` and another figure of `measure` that differs from it by
 * `by` (the two a draft's change or rest was worked out from).
 */
function differsInAnswers(
  value: number,
  by: number,
  measure: string | undefined,
  answers: { lines: number[]; numbers: readonly Claim[] },
): boolean {
  const alike = answers.numbers.filter(
    (n) => n.value !== undefined && !n.approx && !n.withdrawn && changeMeasure(measure, n.measure),
  );
  return alike.some(
    (a) =>
      a.value === value &&
      alike.some(
        (b) =>
          b !== a &&
          lineOf(answers.lines, b.index) === lineOf(answers.lines, a.index) &&
          Math.abs(Math.abs(a.value! - b.value!) - by) < 1e-9,
      ),
  );
}

/** The sentence around `at`: from after the last sentence end to the next. */
function sentenceOf(draft: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !isSentenceEnd(draft[start - 1]!)) start--;
  let end = at;
  while (end < draft.length && !isSentenceEnd(draft[end]!)) end++;
  return { start, end };
}

/** The exact, traced figures of the draft in [start, end), `self` aside: what arithmetic may use. */
function tracedFigures(
  claims: readonly Claim[],
  self: Claim,
  start: number,
  end: number,
  isTraced: (c: Claim) => boolean,
): Claim[] {
  return claims.filter(
    (c) =>
      c !== self &&
      c.kind === 'number' &&
      c.index >= start &&
      c.index < end &&
      c.value !== undefined &&
      !c.approx &&
      !c.derived &&
      isTraced(c),
  );
}
