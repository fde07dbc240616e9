import { extractFacts } from '../facts/extract.js';
import { extractNames } from '../facts/names.js';
import { loadWords } from '../facts/words.js';

/**
 * Figures of speech a model puts in quotes (“走出去”, “造血”能力, 由“政府查”向“全员查”,
 * “基层检查、县级诊断”): short, no figure, no name, not ending like a programme's name. They are
 * no fact, so not 无出处; but they are not the user's words either, so the 核对清单 and the walk
 * list them as wording to confirm (src/check/wording.ts). A named programme in quotes (“同心讲堂”,
 * “石坝贤议” typed by the user) is still a fact to trace. Pure; the endings are data.
 */

const HEADS = loadWords('name-heads', new URL('./words/', import.meta.url)).sort(
  (a, b) => b.length - a.length,
);
/** A quote without its marks. */
const unquoted = (quote: string) => quote.replace(/^[“"「『]|[”"」』]$/g, '');
/** A phrase of a figure: four 汉字 or fewer, at most two of them (“基层检查、县级诊断”). */
const PART_MAX = 4;
const PARTS_MAX = 2;

/** “互联网＋档案”, “党建+网格”: a policy formula joined by +, wording rather than a name. */
const FORMULA_RE = /^[“"](?:互联网|党建|智慧|数字)\s*[+＋]/;
/** The heads that name a way of working, not a body or an event. */
const WAY_HEADS: ReadonlySet<string> = new Set(['模式', '理念', '方式']);
/** …said right after the quote, perhaps after 的 and what kind of work (工作模式, 的服务模式). */
const WAY_AFTER_RE = /^的?[\u4e00-\u9fff]{0,2}?(?:模式|理念|方式)(?![\u4e00-\u9fff])/;
/**
 * A body's last character (法院, 工会, 司法所, 商会): two bodies joined are a body's programme
 * (not 社: 合作社+农户 is the way a co-op works).
 */
const BODY_END_RE = /[院会所局部委站队厅办处庭校馆]$/;
/** …and any two words of two to four 汉字 joined so: wording where the answers say both. */
const ANY_FORMULA_RE = /^[“"]([\u4e00-\u9fff]{2,4})\s*[+＋]\s*([\u4e00-\u9fff]{2,4})[”"]$/;

/** 对, 将, 进行, 发布…: a word that begins what is said of a name, never part of it. */
const PREDICATE_STARTS = loadWords('name-boundaries').filter(
  (w) => w.length > 1 || /[对将把在向为从于以跟并]/.test(w),
);
/** What may stand between a quoted name and its head: “…”主题党日, “…”系列讲座, “…”专题培训. */
const KIND_RE = /^(?:主题|系列|专题|品牌|特色)(?=[\u4e00-\u9fff])/;

/** Words that name what follows them: 叫“石坝贤议”, 提出“同心筑梦”, 打造“…”. */
const NAMING_RE =
  /(?:叫|叫做|称为|名为|命名为|提出|打造|推出|创建|创设|开展|举办|实施|启动|依托|借助|推行)$/;

/**
 * Whether the quote at `at` in `text` is a figure of speech: besides its own words, nothing
 * around it makes it a name — no naming verb before it, no name's head after it (“乡贤回归”工程,
 * “同心筑梦”口号, “国投·同心”民营科技企业对接会).
 */
export function isFigureOfSpeechAt(text: string, at: number, quote: string): boolean {
  if (isRoleMetaphor(text, at, quote) || FORMULA_RE.test(quote)) return true;
  // (Its halves may end like a name's head — 申报, 代办 — and still be ways of working.)
  if (inContrast(text, at, quote)) return isFigureOfSpeech(quote, CONTRAST_PART_MAX, false);
  if (stateCouplet(text, at, quote)) return true;
  if (!isFigureOfSpeech(quote)) return false;
  if (NAMING_RE.test(text.slice(Math.max(0, at - 3), at))) return false;
  return !namedByHead(text, at, quote);
}

/**
 * “媒体＋统战”工作模式 for answers that say 媒体 and 统战: two short words of the user's answers
 * joined by + and named a way of working (模式, 理念, 方式) right after are a formula of the
 * writer's (推行“企业+农户”模式 too). Not of two bodies (“法院＋工会”), not before any other head
 * (“党员＋群众”结对机制, “律师＋企业”结对服务, “媒体＋统战”工作室): those name what the user must
 * have named.
 */
export function isFormulaOfAnswerWords(
  text: string,
  at: number,
  quote: string,
  answers: string,
): boolean {
  const m = ANY_FORMULA_RE.exec(quote);
  if (!m || !answers.includes(m[1]!) || !answers.includes(m[2]!)) return false;
  if (BODY_END_RE.test(m[1]!) || BODY_END_RE.test(m[2]!)) return false;
  return (
    WAY_AFTER_RE.test(text.slice(at + quote.length)) && !namedByHead(text, at, quote, WAY_HEADS)
  );
}

/** Whether a head word (站, 工作室, 活动 …) follows the quote and makes a name of it. */
function namedByHead(
  text: string,
  at: number,
  quote: string,
  skip: ReadonlySet<string> = new Set(),
): boolean {
  // “同心筑梦”主题团日活动: a kind word (主题, 系列) between the quote and its head still names.
  const tail =
    /^[\u4e00-\u9fff]{1,10}/.exec(text.slice(at + quote.length))?.[0].replace(KIND_RE, '') ?? '';
  // (“稻花飘香”丰收节上献唱: a head a few characters in, before where or when, ends the name;
  // “河畔时讯”微信公众号对活动进行了报道: so does one before a word that begins what is said of it.)
  const placed = (h: string) => {
    const i = tail.indexOf(h);
    if (i < 0 || i > 4) return false;
    const after = tail.slice(i + h.length);
    return (
      /^(?:上|中|期间|前夕|前后|里|现场)/.test(after) ||
      PREDICATE_STARTS.some((w) => after.startsWith(w))
    );
  };
  return HEADS.some((h) => !skip.has(h) && (tail.startsWith(h) || tail.endsWith(h) || placed(h)));
}

/**
 * 形成“街街有人巡、户户有人问”的工作格局: a couplet of two halves of one length (up to six 汉字)
 * describing the state the work reached, after 形成/做到/实现/营造 and before 的 and a word for it.
 */
const STATE_BEFORE_RE = /(?:形成|做到|实现|营造|达到)了?$/;
const STATE_AFTER_RE = /^的[\u4e00-\u9fff]{0,4}(?:格局|局面|氛围|态势|机制|效果)/;

function stateCouplet(text: string, at: number, quote: string): boolean {
  const inner = unquoted(quote);
  const halves = inner.split(/[、，,]/);
  return (
    halves.length === 2 &&
    halves[0]!.length === halves[1]!.length &&
    STATE_BEFORE_RE.test(text.slice(Math.max(0, at - 3), at)) &&
    STATE_AFTER_RE.test(text.slice(at + quote.length)) &&
    isFigureOfSpeech(quote, 6, false)
  );
}

/** 成为居民的“贴心管家”, 当好企业的“店小二”: a role a metaphor gives, not a programme's name. */
const ROLE_RE = /(?:成为|当好|做好|争当|充当|扮演|当起|做|当)[^，。；“”]{0,10}的$/;

function isRoleMetaphor(text: string, at: number, quote: string): boolean {
  const inner = unquoted(quote);
  return (
    inner.length <= 5 &&
    /^[\u4e00-\u9fff]+$/.test(inner) &&
    ROLE_RE.test(text.slice(Math.max(0, at - 14), at)) &&
    extractNames(inner).length === 0 &&
    extractFacts(inner).length === 0
  );
}

/**
 * 变“居民跑腿申报”为“干部跑腿代办”, 由“政府查”向“全员查”, 从“要我做”到“我要做”: a way of
 * working set against another, each half a phrase (longer than a slogan's), neither a name.
 */
const CONTRAST_FIRST_RE = /(?:变|由|从)$/;
const CONTRAST_LINK_RE = /^(?:为|向|到|变为|转为|转向|转变为)“/;
const CONTRAST_PART_MAX = 8;

function inContrast(text: string, at: number, quote: string): boolean {
  const end = at + quote.length;
  // The first half: 变 before it, 为“ after it.
  if (CONTRAST_FIRST_RE.test(text.slice(Math.max(0, at - 1), at)))
    return CONTRAST_LINK_RE.test(text.slice(end, end + 5));
  // The second half: …”为 before it, after a first half opened by 变.
  const link = /(?:为|向|到|变为|转为|转向|转变为)$/.exec(text.slice(Math.max(0, at - 3), at));
  if (!link || text[at - link[0].length - 1] !== '”') return false;
  const open = text.lastIndexOf('“', at - link[0].length - 2);
  return open > 0 && CONTRAST_FIRST_RE.test(text[open - 1] ?? '');
}

export function isFigureOfSpeech(quote: string, partMax = PART_MAX, heads = true): boolean {
  const inner = unquoted(quote);
  // A lone 一 may be the figure's own (“一盘棋”, “一张蓝图”); a count it makes is a fact, below.
  if (/[\d〇零二两三四五六七八九十百千万亿]/.test(inner)) return false;
  const parts = inner.split(/[、，,+＋·\s]/).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > PARTS_MAX) return false;
  for (const p of parts) {
    if (!/^[\u4e00-\u9fff]+$/.test(p) || p.length > partMax) return false;
    if (heads && HEADS.some((h) => p.endsWith(h))) return false;
  }
  return extractNames(inner).length === 0 && extractFacts(inner).length === 0;
}

/** 年初有部署、年中有推进、年末有总结: a time word opening one of several short parallel clauses. */
const TIME_CLAUSE_RE = /(?:年|月|季度?|周)(?:初|中|末|底)[\u4e00-\u9fff]{1,6}/g;

/** 年初确定的目标任务, 年初制定的各项任务: the year's targets as the opening of a 总结 names them. */
const TARGETS_FORMULA_RE =
  /^年初(?:确定|制定|既定|部署|提出|定下)的[\u4e00-\u9fff]{0,4}?(?:目标|任务)/;

/**
 * Whether the time word at `at` is part of a formula of the work's rhythm (月初定任务、月中查进度、
 * 月末看成效): two or more such clauses in one sentence say how the work is paced, not when
 * anything happened.
 */
export function isTimeFormulaAt(text: string, at: number): boolean {
  // (…or the genre's opening: 围绕年初确定的目标任务 says whose targets, not when anything happened.)
  if (TARGETS_FORMULA_RE.test(text.slice(at, at + 16))) return true;
  let start = at;
  while (start > 0 && !'。！？；;\n'.includes(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !'。！？；;\n'.includes(text[end]!)) end++;
  const hits = [...text.slice(start, end).matchAll(TIME_CLAUSE_RE)].map((m) => start + m.index);
  return hits.length >= 2 && hits.includes(at);
}
