import { readFileSync } from 'node:fs';
import { extractNames } from '../facts/names.js';
import { PERIOD_WORDS } from '../facts/periods.js';
import { escapeRe, loadWords } from '../facts/words.js';

/**
 * From the phone to the page, for the offline composer: the clause breaks a user typed as
 * spaces become “，”, and spoken words become written ones by the table in
 * words/spoken-written.tsv (conservative: numbers, dates and names are never touched).
 */

interface Replacement {
  pattern: RegExp;
  replacement: string;
}

function loadTable(): Replacement[] {
  const text = readFileSync(new URL('./words/spoken-written.tsv', import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [pattern = '', replacement = ''] = line.split('\t');
      return { pattern: new RegExp(pattern, 'gu'), replacement };
    });
}

const TABLE = loadTable();

/** Common typos with their correct form (words/typos.tsv): only those whose meaning is plain. */
export const TYPOS: { wrong: string; right: string }[] = readFileSync(
  new URL('./words/typos.tsv', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [wrong = '', right = ''] = l.split('\t').map((x) => x.trim());
    return { wrong, right };
  })
  .filter((t) => t.wrong !== '' && t.right !== '');

/** Spoken words replaced by written ones (搞 → 开展, 给…办了 → 为…举办了), typos corrected. */
export function toWritten(sentence: string): string {
  let s = sentence;
  for (const { pattern, replacement } of TABLE) s = s.replace(pattern, replacement);
  for (const { wrong, right } of TYPOS) s = s.replaceAll(wrong, right);
  return s;
}

/** A stretch this long on both sides of a space is a clause of its own. */
const CLAUSE_CHARS = 4;

const content = (s: string) => (s.match(/[\p{Script=Han}0-9]/gu) ?? []).length;

const COMPOSE_WORDS = new URL('./words/', import.meta.url);
/** Spoken connectors typed between spaces (还有, 另外): a clause starts at them. */
const CONNECTORS = new Set(loadWords('connectors', COMPOSE_WORDS));
/** Verbs that make a stretch of text a clause or a plan (做法 verbs and plan verbs). */
const VERBS = [
  ...loadWords('practice-verbs', new URL('../interview/words/', import.meta.url)),
  ...loadWords('plan-verbs', COMPOSE_WORDS),
];
/** Words that keep a stretch from being a list item (verbs, results, times: 收录, 现有, 每月). */
const CLAUSE_WORDS = [
  ...VERBS,
  ...loadWords('effect-words', COMPOSE_WORDS),
  ...loadWords('clause-words', COMPOSE_WORDS),
];

const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
/** A date or a time: 2月20日, 5月, 11月份, 20日, 2026年, 春节, 中秋 (facts/words/periods.txt). */
const DATE = `(?:\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}[日号])?)?|\\d{1,2}月(?:\\d{1,2}[日号])?份?|\\d{1,2}[日号]|${alt(PERIOD_WORDS)})`;
const DATE_ONLY = new RegExp(`^${DATE}$`, 'u');
const DATE_END = new RegExp(`${DATE}$`, 'u');
const DATE_START = new RegExp(`^${DATE}`, 'u');
/** A number with at most a measure after it, at the end: 15人, 3次, 36. */
const NUMBER_END = /[0-9%％][\p{Script=Han}]{0,2}$/u;
/**
 * The last item of a list: a short noun before the count the items share, with 共, 合计 or 等
 * (台属共19户, 入学等问题12个) or a head they share (融资难题17件, words/list-heads.txt).
 */
const LIST_ITEM = /^\p{Script=Han}{2,8}?(?=[0-9])/u;
const LIST_TOTAL = /共|合计|总计|等/u;
const LIST_HEADS = loadWords('list-heads', COMPOSE_WORDS);
const VERB_END = new RegExp(`(?:${alt(VERBS)})了?$`, 'u');

const hasAny = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));

/** An organisation's or a person's name ending `left` and one starting `right`. */
function twoNames(left: string, right: string): boolean {
  const end = extractNames(left).some((n) => {
    const after = left.slice(n.index + n.text.length);
    return n.kind !== 'event' && (after === '' || (n.kind === 'person' && after === n.title));
  });
  return end && extractNames(right).some((n) => n.kind !== 'event' && n.index === 0);
}

/** `right` starts with the last item of a list whose items `left` ends with. */
function listItems(left: string, right: string): boolean {
  const noun = right.match(LIST_ITEM)?.[0];
  if (noun === undefined) return false;
  const head = noun.split(LIST_TOTAL)[0] as string;
  const shared = head !== noun || LIST_HEADS.some((h) => noun.endsWith(h));
  return (
    shared &&
    head.length >= 2 &&
    head.length <= 4 &&
    !hasAny(noun, CLAUSE_WORDS) &&
    /\p{Script=Han}$/u.test(left) &&
    !NUMBER_END.test(left) &&
    !/[了的是和与及]$/u.test(left)
  );
}

/**
 * What a space the user typed between `left` and `right` becomes: “、” between list items (two
 * dates or times, two names, a short noun and the noun that ends a list), `separator` between
 * clauses and between two numbers (never run together: “15人 5月”), “” inside one clause (a
 * verb and its object, voice input's “走访 党外 人士”: left for cleanSentence to remove).
 */
function joint(left: string, right: string, separator: string): string {
  if (CONNECTORS.has(right)) return separator;
  if (CONNECTORS.has(left)) return '';
  // One date typed in parts (2026年 5月20日, 5月 20日) stays one date.
  if (/[0-9]年$/u.test(left) && /^[0-9]{1,2}月/u.test(right)) return '';
  if (/[0-9]月$/u.test(left) && /^[0-9]{1,2}[日号]/u.test(right)) return '';
  if (
    DATE_END.test(left) &&
    DATE_START.test(right) &&
    (DATE_ONLY.test(left) || DATE_ONLY.test(right))
  ) {
    return '、';
  }
  // 15人 5月, 19户 春节: a number ends a clause; the number or time after starts another.
  if (NUMBER_END.test(left) && (/^[0-9]/.test(right) || DATE_START.test(right))) return separator;
  if (twoNames(left, right)) return '、';
  if (listItems(left, right)) return '、';
  // A verb and its object (年底前建立 党外代表人士台账) are one clause.
  if (VERB_END.test(left) && /^\p{Script=Han}/u.test(right) && !hasAny(right, CLAUSE_WORDS)) {
    return ' ';
  }
  const clause =
    content(left) >= CLAUSE_CHARS &&
    content(right) >= CLAUSE_CHARS &&
    // 《要点》 统战工作纳入…: a closing 》 or ” ends a clause like a character does.
    /[\p{Script=Han}0-9》”」]$/u.test(left) &&
    /^[\p{Script=Han}0-9《“「]/u.test(right);
  return clause ? separator : ' ';
}

/**
 * Spaces the user typed for punctuation become it: between clauses (“统战部3个人分工负责
 * 每月开一次例会”) “，”, between list items (“2月20日 5月 8月”, “县委统战部 县教育局”, “用工
 * 融资难题17件”) “、”, between two numbers never nothing; spaces between words of one clause
 * (“走访 党外 人士”, voice input's habit) are left for cleanSentence to remove.
 */
export function clauseBreaks(line: string, separator = '，'): string {
  const tokens = line.trim().split(/[ \t\u3000]+/);
  if (tokens.length < 2) return line;
  let out = tokens[0] as string;
  for (let i = 1; i < tokens.length; i++) {
    const left = tokens[i - 1] as string;
    const right = tokens[i] as string;
    const j = joint(left, right, separator);
    out += j === ' ' ? ` ${right}` : `${j}${right}`;
  }
  return out;
}

/** 一是/二是 or 1. 2. (1、 (1)) as they can stand inside a line, by the number they carry. */
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cnMarker = (n: number) => `${ORDINALS[n - 1] ?? '十'}是`;
const arabicMarker = (n: number) =>
  new RegExp(`(?<![0-9.．])(?:${n}[.．、)）](?![0-9])|[（(]${n}[)）])`, 'u');

/**
 * A line the user numbered inside (“一是……；二是……；三是……”, “1. …… 2. ……”) is several items,
 * split where the next number in order stands; only when it starts with the first one, so an
 * “二是” in running text stays. Each item keeps its marker for cleanSentence to remove.
 */
export function splitEnumerated(line: string): string[] {
  const text = line.trim();
  const chinese = text.startsWith(cnMarker(1));
  const arabic = !chinese && /^(?:1[.．、)）](?![0-9])|[（(]1[)）])/u.test(text);
  if (!chinese && !arabic) return [line];
  const out: string[] = [];
  let rest = text;
  for (let n = 2; n <= ORDINALS.length; n++) {
    const at = chinese
      ? rest.indexOf(cnMarker(n), 1)
      : (() => {
          const m = rest.slice(1).match(arabicMarker(n));
          return m?.index === undefined ? -1 : m.index + 1;
        })();
    if (at <= 0) break;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  out.push(rest.trim());
  return out.filter((s) => s !== '');
}

/** A line that starts with the user's own number: 一是, 1. 1、 (1). */
const NUMBERED =
  /^(?:[一二三四五六七八九十]是|[0-9]{1,2}[.．、)）](?![0-9])|[（(][0-9]{1,2}[)）])/u;

/** A whole plan: a clause with a verb that has something after it (not 年底前建立 alone). */
function wholePlan(text: string): boolean {
  if (content(text) < CLAUSE_CHARS) return false;
  return VERBS.some((v) => {
    const at = text.indexOf(v);
    return at >= 0 && /[\p{Script=Han}0-9“《]/u.test(text.slice(at + v.length));
  });
}

/**
 * A plan typed as one message with ；or 。 between items is several items. Typed with no
 * punctuation and no numbers of its own (splitEnumerated splits at those), it is split at
 * spaces too, but only where both sides are whole plans: a stretch without its own verb and
 * object (“年底前建立 党外代表人士台账”) stays with the plan it belongs to. The spaces left inside a plan are clause breaks, for clauseBreaks.
 */
export function splitPlans(item: string): string[] {
  const plans = item
    .split(/(?<=[；;。])/u)
    .map((s) => s.replace(/[；;]$/u, '').trim())
    .filter((s) => s.replace(/[。\s]/gu, '') !== '');
  // Punctuation, or the user's own numbers (一是, 1.), mark where plans end: spaces do not.
  if (/[，,；;。、：:！!？?]/u.test(item) || NUMBERED.test(item.trim())) return plans;
  return plans.flatMap((plan) => {
    // A verb still waiting for its object (年底前建立) or a time (年底前) goes with what follows.
    const tokens: string[] = [];
    let waiting = '';
    for (const token of plan.split(/[ \t\u3000]+/)) {
      const t = waiting ? `${waiting} ${token}` : token;
      const leadsOn = VERB_END.test(token) || (!hasAny(token, VERBS) && DATE_START.test(token));
      if (leadsOn && !wholePlan(token)) waiting = t;
      else {
        tokens.push(t);
        waiting = '';
      }
    }
    if (waiting) tokens.push(waiting);
    // The rest that is no whole plan (党外代表人士台账, 2次) goes with the plan before it.
    const groups: string[] = [];
    for (const token of tokens) {
      const last = groups.at(-1);
      if (last !== undefined && !(wholePlan(token) && wholePlan(last))) {
        groups[groups.length - 1] = `${last} ${token}`;
      } else groups.push(token);
    }
    return groups;
  });
}
