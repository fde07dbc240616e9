import { takenBackAfter } from '../facts/clauses.js';
import { extractEthnicGroups } from '../facts/ethnic.js';
import {
  eventRoot,
  FIRM_WHOLE_RE,
  mentionsName,
  NOT_FIRM_NAMES,
  ORG_ALIASES,
  ORG_STEM_SET,
  otherTradeNext,
  PEOPLE_END_RE,
} from '../facts/names.js';
import { periodKey } from '../facts/periods.js';
import {
  COMPOUND_SURNAMES,
  charsApart,
  escapeRe,
  inOrder,
  loadWords,
  occurrences,
} from '../facts/words.js';
import { compareKey } from './keys.js';
import type { Claim, SourceIndex } from './trace.js';

/**
 * Tracing names: a 《title》, an organisation, a person and a named event of a draft, looked up
 * in the sources as names are written there — whole, by a short form, with a 的 dropped, with the
 * unit's own place before them, or read too far into the words around them. Pure; the word lists
 * are data (src/facts/words/*.txt).
 */

const DOC_TYPES = loadWords('doc-types');
const OWN_ORGANS = new Set(loadWords('own-organs'));

/** Kinds of publication a name may stand before (同心 刊物, 统战之窗 公众号). */
const PUBLICATION = '刊物|杂志|期刊|内刊|简报|报纸|公众号|专栏|栏目|专刊';

/**
 * A span of years written as one way: 1991—2020, （1991-2020年）, 1991到2020, 1991至2020 all become
 * 1991—2020 (brackets around it dropped), as titles and phones write the same span.
 */
export function yearSpanAsOne(s: string): string {
  return s.replace(YEAR_SPAN_BRACKETED_RE, '$1—$2').replace(YEAR_SPAN_RE, '$1—$2');
}
const YEAR_SPAN_BRACKETED_RE =
  /[（(]((?:19|20)\d{2})\s*(?:[—–\-~～至到]|--|——)\s*((?:19|20)\d{2})年?[）)]/g;
/** A span of years as titles and phones write it (1991—2020, 1991到2020, 1991-2020年). */
export const YEAR_SPAN_RE = /((?:19|20)\d{2})年?\s*(?:——|--|[—–\-~～至到])\s*((?:19|20)\d{2})/g;

/** The kind of a work said right before its name (话剧码头, 小品 红绿灯下, 纪录片《…》). */
const WORK_KIND_BEFORE_RE =
  /(?:话剧|舞剧|歌剧|音乐剧|歌舞剧|戏曲|剧目|小品|歌曲|舞蹈|电影|微电影|纪录片|诗集|专著|丛书|曲目)[\s：:]*$/;

/** What may follow such a work's name: a verb of staging or winning (首演, 获奖), 的, a mark. */
const WORK_NAME_END_RE = /^(?:[^\u4e00-\u9fff]|$|[首上演排获入参在的了被是讲由和与及等])/;

export function titleTraced(draft: Claim, index: SourceIndex): boolean {
  const key = compareKey(draft.key ?? draft.text);
  if (key === '') return true;
  // 《溪平县志（1991—2020）》 for the answers' 溪平县志1991到2020: the span the answers say.
  const spanText = yearSpanAsOne(draft.text);
  if (
    spanText !== draft.text &&
    compareKey(yearSpanAsOne(index.raw)).includes(compareKey(spanText))
  )
    return true;
  let bare = key;
  for (const a of index.titleAffixes) bare = bare.split(a).join('');
  const candidates = bare.length >= 2 && bare !== key ? [key, bare] : [key];
  for (const k of candidates) {
    if (index.titleKeys.some((t) => t.includes(k))) return true;
    // A document the user named without 《》 (制定了统战工作要点); not a register or a thing
    // (建立党外人士信息台账 does not make 《党外人士信息台账》).
    // The user's own words put in 《》 (出了个 桐溪农商银行统战工作责任清单, 做了个 新阶层金融
    // 服务联系册): the marks name what the user named; they add no fact.
    if (k.length >= 4 && index.keys.includes(k)) return true;
    // 《同心》刊物 for 同心 刊物: a publication the user named by its name and its kind.
    if (k.length >= 2 && new RegExp(`${escapeRe(k)}[\\s、]*(?:${PUBLICATION})`).test(index.raw))
      return true;
    // 《格萨尔》 for 会唱格萨尔: a short work the answers name as a word of their own (at a mark,
    // a space, the end, or 里/中/的 after it: 讲道德经里的和谐思想), not inside a longer name.
    // (…or right after the kind of work it is: 原创话剧码头首演, 排了个小品 红绿灯下.)
    if (
      k.length >= 2 &&
      k.length < 4 &&
      [...occurrences(index.raw, k)].some(
        (at) =>
          /^(?:[^\u4e00-\u9fff]|$|[里中的])/.test(index.raw.slice(at + k.length)) ||
          (WORK_KIND_BEFORE_RE.test(index.raw.slice(Math.max(0, at - 4), at)) &&
            WORK_NAME_END_RE.test(index.raw.slice(at + k.length))),
      )
    )
      return true;
    if (!DOC_TYPES.some((d) => k.endsWith(d))) continue;
    // 《宪法》, 《劳动法》: a short law the answers name as a word of its own (讲宪法 一共…, 条例
    // 和劳动法), not inside a longer name (民法典 holds no 《民法》).
    if (
      k.length < 4 &&
      [...occurrences(index.raw, k)].some(
        (at) =>
          !/[\u4e00-\u9fff]/.test(index.raw[at + k.length] ?? '') ||
          /^[和与及、等]/.test(index.raw.slice(at + k.length)),
      )
    )
      return true;
    if (shortFormIn(index.keys, k)) return true;
    // 信访工作条列 (a voice input's homophone) for 《信访工作条例》: one character of the
    // document's kind written another way.
    if (k.length >= 5 && kindMistyped(index.keys, k)) return true;
    // 档案管里条例 for 《档案管理条例》: one character of its stem written another way (never a
    // figure: 2025年工作要点 is no 2026年's).
    if (k.length >= 6 && stemMistyped(index.keys, k)) return true;
  }
  return false;
}

/** Whether `keys` holds `title` with one character of its stem (before the last two) another. */
function stemMistyped(keys: string, title: string): boolean {
  const kind = title.slice(-2);
  const stem = title.slice(0, -2);
  for (const at of occurrences(keys, kind)) {
    if (at < stem.length) continue;
    const said = keys.slice(at - stem.length, at);
    if (charsApart(said, stem) !== 1) continue;
    const i = [...stem].findIndex((c, j) => c !== said[j]);
    if (!/[\d〇零一二两三四五六七八九十百千万年]/.test(stem[i]! + said[i]!)) return true;
  }
  return false;
}

/** Whether `keys` holds `title` with one of its last two characters written another way. */
function kindMistyped(keys: string, title: string): boolean {
  const stem = title.slice(0, -2);
  for (const at of occurrences(keys, stem)) {
    const kind = keys.slice(at + stem.length, at + stem.length + 2);
    if (charsApart(kind, title.slice(-2)) === 1) return true;
  }
  return false;
}

/** Every event kind the extractor knows (words/activity-suffixes.txt, event-suffixes.txt). */
const KNOWN_KINDS = new Set([...loadWords('activity-suffixes'), ...loadWords('event-suffixes')]);

/** 开了一次茶画会: `kind` with one character written another way, after a verb or count of holding. */
function bareKindMistyped(raw: string, kind: string): boolean {
  for (let at = 1; at + kind.length <= raw.length; at++) {
    if (!/[了开办搞次场个期届]/.test(raw[at - 1]!)) continue;
    const said = raw.slice(at, at + kind.length);
    if (!/^[\u4e00-\u9fff]+$/.test(said) || said.at(-1) !== kind.at(-1)) continue;
    // (座谈会 is no 恳谈会 mistyped: a kind of its own.)
    if (KNOWN_KINDS.has(said)) continue;
    if (charsApart(said, kind) === 1) return true;
  }
  return false;
}

/** Whether `raw` holds `stem` then a kind of `kind`'s length differing in one character. */
function kindMistypedAfter(raw: string, stem: string, kind: string): boolean {
  for (const at of occurrences(raw, stem)) {
    const said = raw.slice(at + stem.length, at + stem.length + kind.length);
    if (said.length !== kind.length || !/^[\u4e00-\u9fff]+$/.test(said)) continue;
    // Another kind of its own is no typo, unless of the same class (技能比赛 for 技能竞赛).
    if (KNOWN_KINDS.has(said) && !(EVENT_CLASSES.get(kind) ?? []).includes(said)) continue;
    if (charsApart(said, kind) === 1) return true;
  }
  return false;
}

/** How long a short form may be: 统战工作条例 … 归侨侨眷权益保护法. */
const SHORT_MIN = 4;
const SHORT_MAX = 16;

/**
 * Whether the answers name a document by a short form of `full`, ending as it ends: 统战工作条例
 * for 《中国共产党统一战线工作条例》, 归侨侨眷权益保护法 for 《中华人民共和国归侨侨眷权益保护法》.
 * The model writes the official title; the document is the one the user named.
 */
function shortFormIn(keys: string, full: string): boolean {
  const tail = full.slice(-2);
  for (const at of occurrences(keys, tail)) {
    const end = at + tail.length;
    for (let len = SHORT_MIN; len <= SHORT_MAX && len <= end; len++) {
      const short = keys.slice(end - len, end);
      if (short.includes('\n')) break;
      if (short.length * 5 >= full.length * 2 && (abbreviates(short, full) || full.endsWith(short)))
        return true;
    }
  }
  return false;
}

/**
 * A 的 the draft dropped, with a 里 before it and a phone's space after it (县里的 无害化处理中心),
 * or a level's 里 alone before a kind (村里小学 is 村小学).
 */
const LEVEL_FILLER_RE = /里?的\s*|(?<=[省市州县区旗乡镇村])里(?=[\u4e00-\u9fff])/g;

/** A name the answers write with a 的 the draft dropped (区委统战部的培训班, 退休的中学). */
function namedWithoutDe(index: SourceIndex, name: string): boolean {
  return index.sentences.some(({ text }) => {
    const bare = text.replace(LEVEL_FILLER_RE, '');
    return bare !== text && bare.includes(name);
  });
}

/** The kind a body's name ends in: its last two characters, or three (委员会, 联合会 …). */
function kindOf(name: string): string {
  return name.slice(
    /(?:委员会|联合会|促进会|研究会|联谊会|工作站|服务站|办公室)$/.test(name) ? -3 : -2,
  );
}

/**
 * Whether the answers name `name` by a short form (留联会 for 留学人员联谊会, 市盲协 for 市盲人协会,
 * 县监委 for 县监察委员会: its first character, then some of its characters in order, ending
 * near its end), or by its proper part before a bare kind (剑桥 for 剑桥大学).
 */
/** words/kind-initials.txt: 小学, 中学, 幼儿园 — kinds said by their first character (镇小). */
const KIND_INITIALS = loadWords('kind-initials');
/** What may follow a name said as 镇小: no character that would make it another word. */
const AFTER_INITIAL_RE = /^(?:[^\u4e00-\u9fff]|[的里是和与及、在有])/;

/**
 * What may follow a two-character short form said as a word: a mark, a particle, a verb, a
 * title (村支书).
 */
const SHORT_WORD_END_RE =
  /^(?:$|[^\u4e00-\u9fff]|[的里是和与及在有也都来派到去组召牵举开给对向把请帮领指书主副])/;
/** What follows a university's short form as one (西农的教授, 浙大录了, 和北航合作, 去浙大培训). */
const UNIVERSITY_CONTEXT_RE =
  /^(?:的?[\u4e00-\u9fff]{0,4}?(?:老师|教授|专家|学生|博士|研究生|团队)|录|招|毕业|合作|签|联合|支教|来|培训|进修|研修)/;
/** Whether what follows a short form at `end` of `raw` says it as a university (see above). */
const saidAsUniversity = (raw: string, end: number): boolean =>
  UNIVERSITY_CONTEXT_RE.test(raw.slice(end, end + 10));

/**
 * What ends a body's beginning said as its short form: no 汉字, 的 or 里, or a verb of coming,
 * doing or asking (县疾控来做过, 县融媒体做过专题). Any other character may run on into a longer
 * name (云岭市民|族中学, 桂岭市林业|和草原局) or a word (文化市场综合执法|先进个人).
 */
const SHORT_CUT_END_RE =
  /^(?:$|[^\u4e00-\u9fff]|[的里来去到派给对向把请帮做搞办进也跟]|报道|报送|宣传|采访|转发|推送|刊发|播出|组织|牵头|召开|联合)/;

/**
 * 区应急管理局 for the answers' 应急局, 市场监督管理局 for 市场监管局: a government organ's
 * everyday short form keeps its first two characters and its 局 (厅, 办) and drops words
 * between, so the answers' name is a contraction of the draft's (its characters in order, fewer
 * of them). Before it the draft may put nothing, or the place or level the unit stands in.
 */
function contractedNamed(name: string, index: SourceIndex): boolean {
  const places = [...index.placePrefixes, ...index.ownPrefixes].filter((p) => p !== '');
  const prefix = places.filter((p) => name.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  // (The level the unit's own name begins with is its level: 区应急管理局 in a 区佛教协会's.)
  const level = /^[省市州县区旗乡镇]/.exec(name)?.[0];
  const ownLevel = level && places.some((p) => p.length > 2 && p.startsWith(level));
  const rest = name.slice(prefix?.length ?? (ownLevel ? 1 : 0));
  // (A government organ's only: 校友会 is no contraction of 校友企业家联谊会.)
  if (rest.length < 4 || !/[局厅办]$/.test(rest)) return false;
  const head = rest.slice(0, 2);
  const kind = rest.at(-1)!;
  for (const at of occurrences(index.raw, head)) {
    const run = /^[\u4e00-\u9fff]+/.exec(index.raw.slice(at))?.[0] ?? '';
    for (let end = 3; end < rest.length && end <= run.length; end++) {
      const short = run.slice(0, end);
      if (short.at(-1) !== kind) continue;
      if (inOrder(short, rest) && wholeName(index.raw, short)) return true;
    }
  }
  return false;
}

function shortFormNamed(name: string, index: SourceIndex): boolean {
  // 镇小学 for the answers' 镇小, 城关中学 for 城关中: the kind said by its first character.
  for (const kind of KIND_INITIALS) {
    if (!name.endsWith(kind) || name.length - kind.length < 1) continue;
    const short = name.slice(0, -kind.length) + kind[0];
    for (const at of occurrences(index.raw, short)) {
      const after = index.raw.slice(at + short.length);
      // (…or whatever follows, after a verb of place or of benefit, or a 跟 of doing together: 在乡小
      // 带学生, 给村小修了个食堂, 跟村小合作 name the school.)
      const placed = /[在到去进回给为帮跟同与和]$/.test(index.raw.slice(Math.max(0, at - 1), at));
      // (…or before its people: 镇中老师, 县一小学生.)
      const people = PEOPLE_END_RE.test(after.slice(0, 2));
      if (
        (after === '' || placed || people || AFTER_INITIAL_RE.test(after)) &&
        wholeName(index.raw, short)
      )
        return true;
    }
  }
  // 临展 for 临时展览: two characters for a four-character word, the first of each half (not
  // its first word alone: 同心 does not name a 同心论坛).
  // 农行 for 农业银行, 建行 for 建设银行: a bank by its first character and 行.
  if (name.length === 4 && name.endsWith('银行') && wholeName(index.raw, `${name[0]}行`)) {
    return true;
  }
  // 省博物馆 for the answers' 省馆 in a 博物馆's summary: another level's body of the unit's own
  // kind, by its level and the kind's last character.
  const level = /^([省市州县区])([\u4e00-\u9fff]{2,5})$/.exec(name);
  if (
    level &&
    index.infoNames.some((n) => n.endsWith(level[2]!) && !n.startsWith(level[1]!)) &&
    wholeName(index.raw, level[1]! + level[2]!.at(-1)!)
  )
    return true;
  // 西农 for 西北农林科技大学, 北航 for 北京航空航天大学: a university by its first character and
  // the first of another of its two-character words, said as a word and as a university is
  // (its teachers, its admitting, a partnership with it) — not 中医 or 上交 for any university.
  if (/^(?:[\u4e00-\u9fff]{2})+(?:大学|学院)$/.test(name)) {
    for (let at = 2; at < name.length - 2; at += 2) {
      const short = name[0]! + name[at]!;
      for (const pos of occurrences(index.raw, short)) {
        if (wholeNameAt(index.raw, pos, short) && saidAsUniversity(index.raw, pos + 2)) return true;
      }
    }
  }
  if (associationShortNamed(name, index.raw)) return true;
  if (contractedNamed(name, index)) return true;
  if (name.length === 4 && wholeName(index.raw, name[0]! + name[2]!)) {
    // …not as the start of a longer name (区审判庭 is no 区审计局, 区政府 no 区民政局; 村支书
    // is 村党支部's).
    const short = name[0]! + name[2]!;
    for (const at of occurrences(index.raw, short)) {
      // (…and said as a word of its own, not the start of one: 市宗教界 holds no 市宗.)
      if (
        !/^[\u4e00-\u9fff]{0,3}[庭局院所委部会办队站处科室馆府]/.test(
          index.raw.slice(at + 2, at + 7),
        ) &&
        (SHORT_WORD_END_RE.test(index.raw.slice(at + 2)) ||
          // (浙大录了, 北大招: a university by X大, admitting or enrolling — not 大学录取.)
          (short[1] === '大' && saidAsUniversity(index.raw, at + 2)))
      )
        return true;
    }
  }
  if (name.length >= 4) {
    const tail = name.slice(-3);
    for (const at of occurrences(index.raw, name[0]!)) {
      // (Never past the answers' end: 去一趟县 names no 县口腔医院.)
      for (let len = 3; len < name.length && len <= 8 && at + len <= index.raw.length; len++) {
        const short = index.raw.slice(at, at + len);
        // A mere beginning of the name counts only as a word of its own (县民宗 for 县民宗局),
        // not inside a longer one (云岭市民 of 云岭市民族中学 names no 云岭市民政局).
        // (A 的 or 里 after it ends it, or a verb: 区疾控的医生, 县疾控来做过 name the 区疾控中心.)
        const cut =
          (name.startsWith(short) && !SHORT_CUT_END_RE.test(index.raw.slice(at + len))) ||
          // …nor the start of the unit's own name (松川市文 of 松川市文化馆).
          index.infoNames.some(
            (n) => n.length > len && n.startsWith(short) && index.raw.startsWith(n, at),
          );
        // One that skips characters ends in the body's kind (留联会, 市盲协, 县监委): 城乡沟渠疏浚,
        // a field of work, names no 城乡沟渠清淤疏浚协会.
        const skips = !name.startsWith(short);
        if (skips && !kindOf(name).includes(short.at(-1)!)) continue;
        // …and is no member's word (民进会员 holds no 民进会 of a 民进霁川县委员会).
        if (skips && short.endsWith('会') && index.raw[at + len] === '员') continue;
        // …and is no level's own committee standing for a body the sources never give.
        if (skips && !committeeNames(short, name, index)) continue;
        // …and is not another body's known short form (县文联 is the 文学艺术界联合会, no 县文学
        // 新人联谊会).
        if (skips && knownShortOfOther(short, name)) continue;
        // …and skips no ordinal or side that tells bodies apart (县实验小学 names no 县第二实验小学,
        // 县医院 no 县东城医院; 市二中 still names 市第二中学, 关工委 the 关心下一代工作委员会, 陕师大
        // the 陕西师范大学, 村服务站 the 乡村两级服务站).
        if (skips && skipsTelling(short, name)) continue;
        if (!cut && tail.includes(short.at(-1)!) && abbreviates(short, name)) return true;
        // 市妇幼 for 市妇幼保健院: its beginning, then only an institution's kind of two or three
        // (a bare 局 after it may be another body's: 县气象 names no 县气象局 for sure).
        // (…or a university's field and 大学, four in all: 西北农林科技大学 for 西北农林的教授.)
        // (…never a place's own name: 去的白沙镇 names no 白沙镇卫生院.)
        const rest = name.length - len;
        if (
          !cut &&
          !skips &&
          !PLACE_CHAR_RE.test(short.at(-1)!) &&
          ((rest >= 2 && rest <= 3 && /[院站所馆心]$/.test(name)) ||
            (rest === 4 && /大学$/.test(name)))
        )
          return true;
      }
    }
  }
  for (let k = 2; k <= name.length - 1; k++) {
    if (!BARE_HEAD_RE.test(name.slice(k))) continue;
    const proper = name.slice(0, k);
    return !PLACE_CHAR_RE.test(proper) && wholeName(index.raw, proper);
  }
  return false;
}

/**
 * What tells one body from another in its name: an ordinal after 第 (县第二实验小学) or a side
 * right after a level (县东城医院) — not a numeral inside a word (下一代) or a province's 西 (陕西).
 */
const TELLING_PART_RE = /第([〇零一二两三四五六七八九十百\d]+)|[省市州县区旗乡镇村]([东西南北])/g;

/** Whether a short form in order, matched from the left, leaves out a telling part of `full`. */
function skipsTelling(short: string, full: string): boolean {
  const kept = new Set<number>();
  let i = 0;
  for (let k = 0; k < full.length && i < short.length; k++) {
    if (full[k] === short[i]) {
      kept.add(k);
      i++;
    }
  }
  for (const m of full.matchAll(TELLING_PART_RE)) {
    const part = m[1] ?? m[2]!;
    const at = m.index + m[0].length - part.length;
    if ([...part].some((_, j) => !kept.has(at + j))) return true;
  }
  return false;
}

/**
 * Whether a short form that skips characters still names `name` when all it keeps after the
 * place is 委 or 委会, a level's own committee (市委, 民革市委会): only if the body's proper part,
 * the words between its place and its kind, is nothing or something the sources say (村民 of
 * 村民委员会). 澄阳市委会 names no 澄阳市卫生健康委员会 when no answer says 卫生健康.
 */
function committeeNames(short: string, name: string, index: SourceIndex): boolean {
  const placeEnd = (s: string) =>
    /^[\u4e00-\u9fff]{0,4}?[省市州县区旗乡镇]/.exec(s)?.[0].length ?? 0;
  if (!/^委会?$/.test(short.slice(placeEnd(short)))) return true;
  const proper = name.slice(placeEnd(name), -kindOf(name).length);
  return (
    proper === '' || index.raw.includes(proper) || index.infoNames.some((n) => n.includes(proper))
  );
}

/** Whether `short`, its level aside, is the known short form of a body `name` is not. */
function knownShortOfOther(short: string, name: string): boolean {
  const bare = short.replace(/^.*[省市州县区旗乡镇]/, '');
  const names = aliasesOf(bare);
  // (县归国华侨联, read short of its 合会, is still the 归国华侨联合会.)
  const proper = name.replace(/^.*[省市州县区旗乡镇]/, '');
  return (
    names.length > 1 && !names.some((n) => n !== bare && (name.includes(n) || inOrder(proper, n)))
  );
}

/**
 * 音协 for 音乐家协会, 作协 for 作家协会, 伊协 for 伊斯兰教协会: an association by its first
 * character and 协 (a name of four to six characters: no longer one goes by two).
 */
function associationShortNamed(name: string, raw: string): boolean {
  return (
    name.length >= 4 &&
    name.length <= 6 &&
    name.endsWith('协会') &&
    !PLACE_CHAR_RE.test(name[0]!) &&
    wholeName(raw, `${name[0]}协`)
  );
}

/**
 * 县道教协会 for the answers' 县佛协 道协 伊协: a level said once at the head of a list of short
 * forms is every item's (the level must head an item before this one on the same line).
 */
function levelHeadsList(name: string, raw: string): boolean {
  const m = /^([省市州县区旗镇乡])(.{4,6})$/.exec(name);
  if (!m || !associationShortNamed(m[2]!, raw)) return false;
  const short = `${m[2]![0]}协`;
  const head = new RegExp(
    `${m[1]}[\u4e00-\u9fff]{1,3}(?:[、，,]|\\s)+(?:[\u4e00-\u9fff]{1,3}(?:[、，,]|\\s)+)*$`,
  );
  return raw.split('\n').some((line) => {
    for (const at of occurrences(line, short)) if (head.test(line.slice(0, at))) return true;
    return false;
  });
}

/** The names a body goes by (民盟, 中国民主同盟), itself included, from words/org-aliases.txt. */
export function aliasesOf(name: string): string[] {
  for (const [full, short] of ORG_ALIASES) {
    if (full === name || short.includes(name)) return [full, ...short];
  }
  return [name];
}

/**
 * Whether `short` is a contraction of `full` (区人社 of 临川区人力资源和社会保障局, 县民宗局 of
 * 县民族宗教事务局): three characters or more, all of them in `full` in the same order, and
 * ending as `full` ends or inside it.
 */
/**
 * 桐川市委 is not 中共桐川市职业中专委员会 shortened: a level's committee (市委) is another body
 * when the unit's committee has a proper part between that level and 委员会 (青山县委 is 中共青山县
 * 委员会's).
 */
function anotherLevelsCommittee(short: string, full: string): boolean {
  const level = /([省市州县区旗乡镇])委$/.exec(short)?.[1];
  if (!level || !full.endsWith('委员会')) return false;
  const at = full.lastIndexOf(level);
  return at >= 0 && !full.startsWith('委', at + 1);
}

export function abbreviates(short: string, full: string): boolean {
  return short.length >= 3 && short.length < full.length && inOrder(short, full);
}

const BOUNDARY_WORDS = loadWords('name-boundaries');
/**
 * Institutions a place runs (文化馆, 卫生院, 执法大队) and its associations (诗词研究会): the
 * unit's own place before one the answers name adds nothing. Not elected or party bodies (县政协
 * for 政协): their level is a fact.
 */
const INSTITUTION_RE =
  /(?:局|医院|卫生院|院|办|所|馆|大队|中队|中心|站|联合会|联谊会|协会|学会|商会|联会|两会|(?:促进|研究|爱国|同乡|互助)会|[侨文妇残]联|科协|工商联)$/;

/**
 * Whether `name` is an office's full name (法律援助中心, two words and a kind) that the answers
 * give contracted, the first character of each word before the kind (法援中心).
 */
function contractedOffice(name: string, raw: string): boolean {
  const kind = /(?:工作站|服务站|中心|站|所|办|馆|院)$/.exec(name)?.[0];
  if (!kind || name.length - kind.length !== 4) return false;
  return wholeName(raw, `${name[0]}${name[2]}${kind}`);
}

/** The kinds of an office or a service (工作站, 中心, 所): no association among them. */
const OFFICE_END_RE = /(?:局|医院|卫生院|院|办|所|馆|中心|站)$/;

/**
 * Whether `name` stands in the answers as a whole name: after a mark, a space or a word that
 * ends on the left of names (文化馆全民艺术…, 请文化馆…), not inside another (中医院 ≠ 人民医院).
 */
function wholeName(raw: string, name: string): boolean {
  for (const at of occurrences(raw, name)) if (wholeNameAt(raw, at, name)) return true;
  return false;
}

/** Whether the `name` at `at` in `raw` is a word of its own there (see wholeName). */
function wholeNameAt(raw: string, at: number, name: string): boolean {
  const before = raw.slice(Math.max(0, at - 4), at);
  const open = before === '' || !/[\u4e00-\u9fff]$/.test(before);
  // (办了2个临展: a count and its measure end what stood before.)
  const counted = /[\d〇零一二两三四五六七八九十百千万][个场次项期家所座处]$/.test(before);
  return (
    (open || counted || BOUNDARY_WORDS.some((w) => before.endsWith(w))) &&
    mentionsName(raw.slice(at), name)
  );
}

/** Levels that make a name another body's: 委统战部 in 市委统战部 is the city's. */
const OTHER_LEVEL_RE = /[省市州县区旗乡镇]$/;

/** Whether `rest` stands in the answers somewhere not as the tail of a level's name. */
function ownRest(raw: string, rest: string): boolean {
  for (const at of occurrences(raw, rest)) {
    if (!OTHER_LEVEL_RE.test(raw.slice(Math.max(0, at - 1), at))) return true;
  }
  return false;
}

/**
 * 社会阶层人士联合会, read from 镇新的社会阶层人士联合会 (的 ends a name on the left): the tail of
 * a full name whose other form (新联会) the answers use.
 */
function aliasTailNamed(bare: string, index: SourceIndex): boolean {
  if (bare.length < 4) return false;
  for (const [full, short] of ORG_ALIASES) {
    const forms = [full, ...short];
    if (
      forms.some((f) => f.length > bare.length && f.endsWith(bare)) &&
      forms.some((f) => !f.endsWith(bare) && index.raw.includes(f))
    )
      return true;
  }
  return false;
}

/** 第三中学, 第二小学, 第一幼儿园: a school by its number, and the short name it goes by. */
const NUMBERED_SCHOOL_RE = /^第([一二三四五六七八九十]{1,3})(中学|小学|幼儿园)$/;
const SCHOOL_SHORT: Record<string, string> = { 中学: '中', 小学: '小', 幼儿园: '幼' };
/** 三中 as a word of its own: not 一小时, 一小部分, 二中队 (a time, a share, a unit). */
const schoolNamed = (raw: string, short: string): boolean =>
  wholeName(raw, short) &&
  [...occurrences(raw, short)].some(
    (at) => !/^[时部半组队全撮分班年级学]/.test(raw.slice(at + short.length)),
  );

/**
 * 滨江大学马克思主义学院 for a 滨江大学附属中学's 大学马院: the unit's own proper part (滨江)
 * before a body the answers name by the rest, as the unit's people call their own 大学.
 */
function ownProperPartBefore(name: string, index: SourceIndex): boolean {
  return index.infoNames.some((n) => {
    let common = 0;
    while (common < n.length && name[common] === n[common]) common++;
    // (What is left out is a proper part and no place with its level, 江城市 of 江城市盲人协会;
    // what the answers keep of the unit's name is a kind, two characters or more and no level:
    // 大学 of 滨江大学, never 市 of 漳屿市 or 镇 of 柏溪镇, which would be another body of it.)
    for (let at = 2; at <= common - 2 && name.length - at >= 4; at++) {
      if (/[省市州县区旗乡镇村街]/.test(name.slice(0, at))) break;
      const kept = name.slice(at, common);
      if (/[省市州县区旗乡镇村街]/.test(kept)) continue;
      // (…said in the answers as the unit's own, no other name or 的 before it: 请大学马院, not
      // 师范大学马院 or 外地的大学马院.)
      const own = [...occurrences(index.raw, kept)].some((i) =>
        /^(?:[^\u4e00-\u9fff]?|[请到去在给和与跟了邀是从向赴来])$/.test(index.raw.slice(i - 1, i)),
      );
      if (own && organisationTraced(name.slice(at), index)) return true;
    }
    return false;
  });
}

/** What follows a 字号 said as a firm: a firm's noun, 那家 or 这家, a mark, the end. */
const AFTER_FIRM_NAME_RE = /^(?:公司|集团|厂|企业|那家|这家|[^\u4e00-\u9fff]|$)/;

function firmSaid(firm: string, raw: string): boolean {
  const name = firm.slice(0, 2);
  return [...occurrences(raw, name)].some((at) => {
    const after = raw.slice(at + 2);
    if (after.startsWith(firm.slice(2))) return true;
    // (The 字号 alone begins no other name — a mark, a verb or a particle before it — and is no
    // word or place of its own (兴隆, 金华); what the answers say of it next names no other trade
    // (宏达那家物流公司 is no 宏达建材).)
    const before = raw[at - 1] ?? '';
    return (
      (!/[\u4e00-\u9fff]/.test(before) || /[帮给和与跟请到在是对向为了有]/.test(before)) &&
      !NOT_FIRM_NAMES.has(name) &&
      AFTER_FIRM_NAME_RE.test(after) &&
      !otherTradeNext(after.slice(0, 8), firm.slice(2))
    );
  });
}

/** A company's legal form after its name (有限公司, 股份有限公司, 集团). */
const FIRM_FORM_RE = /(?:(?:股份)?有限(?:责任)?公司|公司|集团(?:有限公司)?)$/;

/** The firm by 字号 and trade a body's name is, its legal form set aside (华泰化工有限公司). */
function firmIn(name: string): string | undefined {
  const firm = name.replace(FIRM_FORM_RE, '');
  return FIRM_WHOLE_RE.test(firm) ? firm : undefined;
}

function orgTraced(name: string, index: SourceIndex): boolean {
  const bare = name.replace(/^中共/, '');
  if (mentionsName(index.raw, bare)) return true;
  // 华泰化工有限公司 for the answers' 华泰化工, 鑫源纸业 for 鑫源那家造纸厂: a firm by its trade,
  // its company form added, is the firm the answers name by its 字号 and that trade, or by the
  // 字号 alone as a firm (鑫源公司, 鑫源那家): not 宏达物流's 宏达, 兴隆村 or 刘宏达.
  const firm = firmIn(bare);
  if (firm && firmSaid(firm, index.raw)) return true;
  // 协会, 联谊会 in a 青年联谊会's summary: the unit itself, by its kind (see buildIndex).
  if (/会$/.test(bare) && index.ownPrefixes.includes(bare)) return true;
  // 九三学社 for 九三, 农工党 for 农工: the name the answers use for it.
  if (shortFormsOf(bare).some((f) => index.raw.includes(f))) return true;
  if (aliasTailNamed(bare, index)) return true;
  if (levelSaidBefore(bare, index)) return true;
  // 服务县委、县政府决策 when the answers name the 县委: a level's committee and government are
  // the pair a 公文 names together (党委政府), the government adding no body the user did not.
  const government = /^([省市州县区旗乡镇])(?:人民)?政府$/.exec(bare);
  if (government && mentionsName(index.raw, `${government[1]}委`)) return true;
  // 退休中学 when the answers say 退休的中学: the same name with its 的 dropped.
  if (namedWithoutDe(index, bare)) {
    return true;
  }
  // 区人社 for 临川区人力资源和社会保障局: a short form keeps the name's characters in order.
  // (…unless it is another body's known short form: 县侨联 in a 侨眷联谊会's summary.)
  if (
    index.infoNames.some((n) => abbreviates(bare, n) && !anotherLevelsCommittee(bare, n)) &&
    !index.infoNames.some((n) => knownShortOfOther(bare, n))
  )
    return true;
  // 文联 in a 县文学艺术界联合会's summary: the short form everyone uses of a name the sources give.
  for (const [full, short] of ORG_ALIASES) {
    if (
      short.some((s) => bare.endsWith(s)) &&
      (index.raw.includes(full) || index.infoNames.some((n) => n.endsWith(full)))
    )
      return true;
  }
  if (levelHeadsList(bare, index.raw)) return true;
  if (ownProperPartBefore(bare, index)) return true;
  // 县第三中学 for the answers' 三中, 第二小学 for 二小: a numbered school of the unit's place by
  // the short name it goes by.
  const nth = bare.indexOf('第');
  const school = nth >= 0 ? NUMBERED_SCHOOL_RE.exec(bare.slice(nth)) : null;
  if (
    school &&
    [...index.ownPrefixes, ...index.placePrefixes].includes(bare.slice(0, nth)) &&
    schoolNamed(index.raw, `${school[1]}${SCHOOL_SHORT[school[2]!]}`)
  )
    return true;
  for (const p of index.ownPrefixes) {
    if (!bare.startsWith(p)) continue;
    const rest = bare.slice(p.length);
    if (OWN_ORGANS.has(rest)) return true;
    // 镇商会 when the answers say 商会: the unit's own one; not 县委统战部 when they say
    // 市委统战部 (the rest there is the tail of another level's name).
    if (p !== '' && rest.length >= 2 && mentionsName(index.raw, rest) && ownRest(index.raw, rest))
      return true;
    // 清河镇商会 when the answers say 镇商会.
    const level = index.ownPrefixes.find((l) => l !== '' && l !== p && p.endsWith(l));
    if (level && mentionsName(index.raw, level + rest)) return true;
    // 镇美术家协会 when the answers say 美协: the unit's own one, by its short form.
    if (p !== '' && associationShortNamed(rest, index.raw)) return true;
    // 镇法律援助工作站 when the answers say 法援工作站: the same, an office's short form (an
    // association's is the line above's).
    if (p !== '' && rest.length >= 4 && OFFICE_END_RE.test(rest) && shortFormNamed(rest, index))
      return true;
  }
  if (kindWithItsField(bare, index)) return true;
  for (const p of index.placePrefixes) {
    const rest = bare.slice(p.length);
    if (!bare.startsWith(p) || rest.length < 2) continue;
    if (INSTITUTION_RE.test(rest) && wholeName(index.raw, rest)) return true;
    // 县法律援助中心 when a 县司法局's answers say 法援中心.
    if (contractedOffice(rest, index.raw)) return true;
  }
  return false;
}

/** At most this many characters of a verb between a body's kind and its field (受理). */
const FIELD_VERB_MAX = 2;

/**
 * 区劳动人事争议仲裁院 for the answers' 仲裁院受理劳动人事争议案件: the body's kind as the answers
 * say it (three characters or more, a word of its own there), the field of four characters or
 * more right after it and its verb, and before them nothing, the unit's own name or level, or a
 * place of the unit's: the full name a 公文 writes from them.
 */
function kindWithItsField(name: string, index: SourceIndex): boolean {
  for (const p of [...index.ownPrefixes, ...index.placePrefixes]) {
    if (!name.startsWith(p)) continue;
    const rest = name.slice(p.length);
    for (let k = 4; k <= rest.length - 3; k++) {
      const [field, kind] = [rest.slice(0, k), rest.slice(k)];
      if (!INSTITUTION_RE.test(kind)) continue;
      for (const at of occurrences(index.raw, kind)) {
        if (!wholeNameAt(index.raw, at, kind)) continue;
        const after = at + kind.length;
        for (let j = 0; j <= FIELD_VERB_MAX; j++) {
          // (…its verb all 汉字: 仲裁院受理劳动人事争议, not across a mark.)
          if (j > 0 && !/^[\u4e00-\u9fff]+$/.test(index.raw.slice(after, after + j))) break;
          if (index.raw.startsWith(field, after + j)) return true;
        }
      }
    }
  }
  return false;
}

/** A place or level: a prefix holding one says which body it is (县 or 市, 石门街道). */
const PLACE_CHAR_RE = /[省市州县区旗乡镇村街]/;
const LEVEL_START_RE = /^[省市州县区旗乡镇]/;
/**
 * Prepositions and verbs that stand before a place: 赴, 到, 在, 系, 任 (任县政协副主席), 获, 交
 * (转交县教育局), 应 (应县民政局邀请) ….
 */
const BEFORE_PLACE_RE = /[赴到在去至往向由和与及系同经从于为是任获被受请报送呈入进交给随应]/;

/**
 * A name read too far to the left (完成县科技馆, 探索政协, 为侨办, 227名政协, 董事长王振华系市人大):
 * Chinese has no spaces, and no list of the verbs and words that end on the left of a name is
 * complete. The name is the longest traced tail, as long as what is cut off holds no place or
 * level (石门街道社区卫生服务中心 for 社区卫生服务中心 stays untraced: 石门街道 is a fact).
 */
function tracedAfterWords(name: string, index: SourceIndex): boolean {
  // (A firm by its 字号 and trade is no words read too far: 华泰 is the firm's own name.)
  if (firmIn(name)) return false;
  for (let i = 1; i <= name.length - 2; i++) {
    const rest = name.slice(i);
    // 青山 before 县委统战部 is the county's name: what precedes a level is a place, unless it
    // is a word of going or being (赴县革命纪念馆, 系市人大代表, 在省社会主义学院).
    // (A place the answers name, then a verb of building, is where the body was set up, not its
    // name: 石桥村打造非遗传承中心 for 石桥村弄了个非遗传承中心.)
    if (PLACE_CHAR_RE.test(name[i - 1]!)) {
      if (builtAtPlace(name, i, index)) return true;
      break;
    }
    // A body's whole name is no word read too far: 民盟 before 崇岭县总支 says whose branch it is.
    if (branchAtPlace(name.slice(0, i), rest)) break;
    // …or a verb that ends on the left of a name (协助市档案馆, 督促县政府).
    // (…and a village's two characters that begin the name: 石门 of 石门村文艺队 is no word read
    // too far, so the answers' 枫坪村文艺队 does not trace it.)
    if (
      (LEVEL_START_RE.test(rest) || (i === 2 && rest.startsWith('村'))) &&
      !BEFORE_PLACE_RE.test(name[i - 1]!) &&
      !BOUNDARY_WORDS.some((w) => w.length >= 2 && name.slice(0, i).endsWith(w)) &&
      !verbInAnswers(name.slice(0, i), rest, index.raw)
    ) {
      // (古镇经营茶馆: the level ends a place's name, 古镇, and a verb of opening follows it.)
      if (builtAtPlace(name, i + 1, index)) return true;
      break;
    }
    // A bare kind (大学, 协会, 服务中心) names nothing: what stood before it was its name
    // (台湾中兴大学 is not traced by 大学).
    // The unit's own kind is the unit (扎根学院 in a 学院's summary).
    // (修改商会章程 for the answers' 修改了商会章程: the verb before it, said there too, is no
    // name's part: the bare kind is the body the user spoke of.)
    if (BARE_HEAD_RE.test(rest) && verbInAnswers(name.slice(0, i), rest, index.raw)) return true;
    if (BARE_HEAD_RE.test(rest) && !index.ownPrefixes.includes(rest) && !OWN_ORGANS.has(rest))
      break;
    // …and a committee is one by its proper part (林权调处委员会 is no 委员会 of the unit's).
    if (rest === '委员会' && i >= 2) break;
    // (Two characters name a body only as a word of their own, a stem or the unit's own kind:
    // 商联 inside 外商联络 traces no …工商联.)
    if (
      rest.length === 2 &&
      !ORG_STEM_SET.has(rest) &&
      !index.ownPrefixes.includes(rest) &&
      !OWN_ORGANS.has(rest) &&
      !wholeName(index.raw, rest)
    )
      continue;
    if (orgTraced(rest, index)) return true;
    // 转交区政府办公室 for the answers' 区政府办: a body after its level, by its short form too.
    if (LEVEL_START_RE.test(rest) && rest.length >= 4 && shortFormNamed(rest, index)) return true;
  }
  // 党委政府, 县委县政府: two bodies named together, each traced.
  // (Before a bare kind, the first must be a name of its own in the answers, not a piece of
  // another word: 区农 inside 社区农技点 is none, and 区农 + 商会 no 区农商会.)
  for (let k = 2; k <= name.length - 2; k++) {
    const [first, second] = [name.slice(0, k), name.slice(k)];
    // (…not a body and its own branch at a place: 民盟 + 崇岭县总支.)
    if (branchAtPlace(first, second)) continue;
    if (
      orgTraced(first, index) &&
      orgTraced(second, index) &&
      (!BARE_HEAD_RE.test(second) || wholeName(index.raw, first))
    )
      return true;
  }
  return false;
}

/**
 * 民盟 + 崇岭县总支, 九三学社 + 青山市委员会: a body's whole name, then a place of its own name and
 * level, is that body's branch there, one name (not a word read too far, nor two bodies).
 */
function branchAtPlace(body: string, rest: string): boolean {
  return ORG_STEM_SET.has(body) && BRANCH_PLACE_RE.test(rest);
}
const BRANCH_PLACE_RE =
  /^[^省市州县区旗乡镇]{2,4}(?<![社园景片校])[省市州县区旗乡镇](?=总支|支部|支社|委员会|委|基层委员会)/;

/**
 * Verbs of building, setting up or opening that a draft puts between a place and what was built
 * or opened there.
 */
const BUILD_VERB_RE =
  /^(?:打造|建设|建成|建起|建立|筹建|组建|创建|创办|设立|成立|开设|开办|经营|设置|搭建|[新增加另再][设建开办])/;

/**
 * 石桥村 + 打造 + 非遗传承中心, 县城 + 开设 + 书店: a place (its level perhaps a word's start, 县城),
 * a verb of building or opening, then what was built, and one answer sentence says both the place
 * and what was built — so the draft only put a verb between them. A place the answers never name
 * (石门村打造…) is still no trace.
 */
function builtAtPlace(name: string, at: number, index: SourceIndex): boolean {
  for (let j = at; j <= Math.min(name.length - 3, at + 1); j++) {
    const place = name.slice(0, j);
    const verb = BUILD_VERB_RE.exec(name.slice(j))?.[0];
    if (!verb || place.length < 2) continue;
    const body = name.slice(j + verb.length);
    if (body.length < 2) continue;
    const withPlace = index.raw.split(/[。！？；\n]/).filter((s) => s.includes(place));
    if (withPlace.some((s) => s.includes(body))) return true;
    // (…or says the place with the body's kind, the body traced on its own: 杉木村增开一个点
    // 服务站 for 杉木村增设老年助餐服务站 when the answers name 老年助餐服务站.)
    const tail = body.slice(-3);
    if (withPlace.some((s) => s.includes(tail)) && orgTraced(body, index)) return true;
  }
  return false;
}

/** Adverbs a draft puts before a verb (共接收, 累计走访, 先后邀请). */
const ADVERB_RE = /^(?:共同|累计|先后|共|还|又|也|均|都)/;

/**
 * 共接收市林业局 for the answers' 接收了市林业局: the words before a level are a verb when the
 * answers say them (an adverb aside) right before the same body, 了 or a space between.
 */
function verbInAnswers(before: string, rest: string, raw: string): boolean {
  const verb = before.replace(ADVERB_RE, '');
  if (verb.length < 2) return false;
  return [`${verb}${rest}`, `${verb}了${rest}`, `${verb}、${rest}`].some((w) => raw.includes(w));
}

/** Heads that are a kind of body, not a body: a name needs its proper part before them. */
export const BARE_HEAD_RE =
  /^(?:大学|学院|中学|小学|学校|协会|学会|商会|联合会|促进会|研究会|委员会|政府|人民政府|公司|企业|医院|[服活][务动]中心|中心|[服工联实][务作络践]站|(?:纪念|博物|陈列|展览)馆|[局所馆院社站队]|大队|中队)$/;

/** A character that may continue a name: a 汉字 other than those that begin what follows one. */
const NAME_CHAR_AFTER_RE = /(?![同等任升是在和与及的牵负主带提调])[\u4e00-\u9fff]/;

/** `name` in the answers as a whole two-character name: not followed by `third`, nor by 汉字 of a longer name. */
function twoCharName(raw: string, name: string, third: string): boolean {
  for (const at of occurrences(raw, name)) {
    const next = raw[at + 2] ?? '';
    if (next !== third && !NAME_CHAR_AFTER_RE.test(next)) return true;
    // (周敏总, 周敏经理: a title or calling after it ends the name.)
    if (next !== third && TITLE_OR_CALLING_AT_RE.test(raw.slice(at + 2))) return true;
  }
  return false;
}

/** A title, a calling or the spoken 总 (周敏总) right after a name. */
const TITLE_OR_CALLING_AT_RE = new RegExp(
  `^(?:${[...loadWords('person-titles'), ...loadWords('callings'), '总', '经理'].map(escapeRe).join('|')})`,
);

export function personTraced(c: Claim, index: SourceIndex): boolean {
  if (index.raw.includes(c.text)) return true;
  // 谢尔盖·卡列宁 for the answers' 谢尔盖 卡列宁 (a phone's space, read as 、) or 谢尔盖卡列宁.
  if (c.text.includes('·') && ['、', ''].some((s) => index.raw.includes(c.text.replace('·', s))))
    return true;
  // 副局长索朗拉姆来镇授课, read with its 来: a long spelt name the answers give without it.
  if (
    c.text.length >= 5 &&
    c.title &&
    /来$/.test(c.text) &&
    index.raw.includes(c.text.slice(0, -1))
  )
    return true;
  // 艾力·买买提加入, read with its 加: a dotted name read on into the verb after it, which the
  // answers give ending one or two characters before (its next character another).
  if (c.text.includes('·')) {
    for (const k of [1, 2]) {
      const name = c.text.slice(0, -k);
      if ((name.split('·')[1] ?? '').length < 2) break;
      for (const at of occurrences(index.raw, name)) {
        if (index.raw[at + name.length] !== c.text[name.length]) return true;
      }
    }
  }
  // 老阿肯加尔肯·吾拉孜别克, read from the 肯 of 阿肯: a dotted name read on to the left into the
  // word before it, which the answers give starting one or two characters later, as a name of
  // its own there (after a mark or a phone's space: 老阿肯 加尔肯·吾拉孜别克).
  if (c.text.includes('·')) {
    for (const k of [1, 2]) {
      const name = c.text.slice(k);
      if (name.indexOf('·') < 2) break;
      // (…the characters cut off said just before it: 老阿肯 加尔肯·…, not 联络员 古丽·买买提
      // for 阿依古丽·买买提.)
      const cut = c.text.slice(0, k);
      for (const at of occurrences(index.raw, name)) {
        if (/[\u4e00-\u9fff]/.test(index.raw[at - 1] ?? '')) continue;
        if (
          index.raw
            .slice(0, at)
            .replace(/[^\u4e00-\u9fff]+$/, '')
            .endsWith(cut)
        )
          return true;
      }
    }
  }
  // 公冶明现为, 申屠海资助, 王明现为: a name read one character on into the word after it, which the
  // answers name as a person of their own (副校长公冶明是…) and begin no longer name of theirs with.
  // (The verb is the draft's rewording, so no list of verbs can hold it; the answers' own reading
  // of the name can. The draft's title must be theirs: 主任王明华 is no 书记王明, and with no title
  // at all 由李强国负责 may name another man than 李强.)
  if (c.text.length >= 3 && c.title) {
    const short = c.text.slice(0, -1);
    const persons = index.answerFacts.filter((f) => f.claim.kind === 'person');
    const titled = (f: { claim: Claim }) =>
      f.claim.title === c.title || index.raw.includes(`${c.title}${short}`);
    if (
      persons.some((f) => f.claim.text === short && titled(f)) &&
      !persons.some((f) => f.claim.text.length > short.length && f.claim.text.startsWith(short))
    )
      return true;
  }
  // Read as three characters after a title (书记王明出席 → 王明出): 王明 in the answers is it.
  // (Not a compound surname alone: 站长司马青 is not the answers' 站长司马岚.)
  // (…unless the answers read a three-character name there: 摩批李批周 is not their 摩批李批然.)
  if (
    c.text.length === 3 &&
    c.title &&
    !COMPOUND_SURNAMES.has(c.text.slice(0, 2)) &&
    index.raw.includes(`${c.title}${c.text.slice(0, 2)}`) &&
    !index.answerFacts.some(
      (f) =>
        f.claim.kind === 'person' &&
        f.claim.text.length === 3 &&
        f.claim.text.startsWith(c.text.slice(0, 2)) &&
        index.raw.includes(`${c.title}${f.claim.text}`),
    )
  ) {
    return true;
  }
  // …or a two-character name the answers give without that title (农工的黎卓 升主任, drafted as
  // 副主任黎卓提任主任 → 黎卓提): the third character begins the next word.
  if (c.text.length === 3 && c.title && twoCharName(index.raw, c.text.slice(0, 2), c.text[2]!)) {
    return true;
  }
  // 王书记: some 王… with that title in the sources.
  if (c.title && c.text.endsWith(c.title) && c.text.length <= c.title.length + 2) {
    const surname = c.text.slice(0, c.text.length - c.title.length);
    // (支书老洪 for 洪书记: a title by its short form, the surname with 老 or 小 before it.)
    const title = c.title === '书记' ? '书记|支书' : c.title;
    const re = new RegExp(
      `${surname}[\\u4e00-\\u9fff]{0,2}(?:${title})|(?:${title})[老小]?${surname}`,
    );
    return re.test(index.raw);
  }
  return false;
}

/** Each synonym with the word it is read as (words/synonyms.txt). */
const SYNONYMS: [RegExp, string][] = loadWords('synonyms').flatMap((line) => {
  const [first = '', ...rest] = line.split(/\s+/).filter(Boolean);
  return rest.length
    ? [[new RegExp(rest.map(escapeRe).join('|'), 'g'), first] as [RegExp, string]]
    : [];
});
/** A text with each synonym read as its line's first word. */
function canonical(text: string): string {
  let out = text;
  for (const [re, word] of SYNONYMS) out = out.replace(re, word);
  return out;
}

/** A numbered abbreviation: 双创 (创新创业), 三农 (农业农村农民), 两新 — a count, then a character. */
const NUMBERED_RE = /([双两三四五])([\u4e00-\u9fff])/g;
const COUNT_OF: Record<string, number> = { 双: 2, 两: 2, 三: 3, 四: 4, 五: 5 };

/**
 * `text` with each run of two-character words that a numbered abbreviation of `other` stands
 * for (创新创业 for 双创: as many words as its count, each beginning with its character) written
 * as that abbreviation, so either side traces the other.
 */
function abbreviated(text: string, other: string): string {
  let out = text;
  for (const [abbr, n = '', x = ''] of numberedIn(other)) {
    if (out.split(x).length <= COUNT_OF[n]!) continue;
    out = out.replace(new RegExp(`(?:${x}[\u4e00-\u9fff]){${COUNT_OF[n]}}`, 'g'), abbr);
  }
  return out;
}

/** The numbered abbreviations of a text, the last text's kept (the draft is asked for often). */
let numberedCache: { text: string; found: RegExpExecArray[] } | undefined;
function numberedIn(text: string): RegExpExecArray[] {
  if (numberedCache?.text !== text)
    numberedCache = { text, found: [...text.matchAll(NUMBERED_RE)] };
  return numberedCache.found;
}

/** The share of an event's proper part found in one text that also names its kind. */
export function eventIn(
  core: string,
  suffix: string,
  text: string,
  name?: string,
  ordered = false,
): boolean {
  // 党外老师座谈会 for 党外教师座谈会: the same words under their synonyms; 双创大赛 for
  // 创新创业大赛: a numbered abbreviation for the words it stands for, either way.
  const c = abbreviated(canonical(core), text);
  const t = abbreviated(canonical(text), c);
  if (eventInWords(c, suffix, t, name && abbreviated(canonical(name), text), ordered)) return true;
  // 渔业技术培训班 for the answers' 渔技…培训班: a core of two words by their first characters.
  // (A core is 汉字 only: it is read from a run of them.)
  return (
    core.length === 4 &&
    text.includes(core[0]! + core[2]!) &&
    !text.includes(core) &&
    text.includes(eventRoot(suffix))
  );
}

function eventInWords(
  core: string,
  suffix: string,
  text: string,
  name: string | undefined,
  ordered: boolean,
): boolean {
  const root = eventRoot(suffix);
  // 周末课堂 for 上周末课: a two-character kind said by its first character, right after the
  // name's last word.
  if (!text.includes(root)) {
    const last = core.slice(-2);
    return root.length === 2 && last.length === 2 && text.includes(last + root[0]);
  }
  if (core === '') return true;
  // The whole name as written: its core may be split by a generic word (委部 of 市委统战部培训班).
  if (text.includes(core) || (name !== undefined && text.includes(name))) return true;
  const pairs = pairsOf(core);
  // The part next to the ending names it best (学校首届干部读书会: 干部); the rest may be
  // words around the name the answers put differently.
  if (pairs.length > 0 && nextTo(text, pairs[pairs.length - 1]!, eventRoot(suffix), ordered))
    return true;
  const found = pairs.filter((p) => text.includes(p)).length;
  return pairs.length > 0 && found / pairs.length >= 0.6;
}

/**
 * Whether `word` and `root` stand in one clause of `text`, close together (干部 of 办了干部读书会;
 * 开了个座谈会 请的是老干部): 「聚焦中心任务，扎实推进各项工作」 names no 融媒体中心工作推进会.
 * Where a draft's name is vouched for (`ordered`), a word after a kind inside a quoted name
 * belongs to what comes next, not to that name (成立了“城墙根商户联谊会” 会长是做客家米酒的
 * names no 客家联谊会).
 */
function nextTo(text: string, word: string, root: string, ordered: boolean): boolean {
  for (const at of occurrences(text, word)) {
    const from = Math.max(0, at - NEAR);
    const around = text.slice(from, at + word.length + NEAR);
    const clauses = around.split(/([，。；！？,;!?\n])/);
    let start = from;
    for (const clause of clauses) {
      const end = start + clause.length;
      if (at >= start && at < end && clause.includes(root)) {
        if (!ordered) return true;
        // (…any place the kind stands in the clause: after the word, or before it but outside a
        // quoted name.)
        for (const k of occurrences(clause, root)) {
          const kindAt = start + k;
          if (kindAt > at || !insideQuote(text, kindAt)) return true;
        }
      }
      start = end;
    }
  }
  return false;
}
/**
 * Whether `at` stands inside a quoted name of `text`, two characters or more of it before `at`
 * (“城墙根商户联谊会”; not “座谈会”, the kind alone, nor a quote left open on its line).
 */
function insideQuote(text: string, at: number): boolean {
  return [
    ['“', '”'],
    ['「', '」'],
  ].some(([open, close]) => {
    const from = text.lastIndexOf(open!, at);
    if (from < 0 || from < text.lastIndexOf(close!, at) || at - from - 1 < 2) return false;
    const to = text.indexOf(close!, at);
    return to >= 0 && !text.slice(from, to).includes('\n');
  });
}

/**
 * How far apart, in characters, a name's last word and its kind may stand in one clause (留学回来的
 * 老师有5个 12月开了一次座谈: a phone's space does not end the clause).
 */
const NEAR = 16;

/**
 * Whether `name`, said before a head the draft added (…活动), is the answers' name: as written,
 * three characters or more (民族团结进步宣传月); one of two only when it is an event itself (鱼节,
 * 歌会) the answers say as a word of its own, not inside a longer one (灯节 of 渔灯节). A verb the
 * draft put before it (精心保障渔灯节活动) is no part of it: the name holds without its first two
 * characters when the answers never say them before it.
 */
function namedBeforeHead(name: string, raw: string): boolean {
  for (const cut of [0, 2]) {
    const rest = name.slice(cut);
    if (rest.length < 2) return false;
    // (Never a level or an edition: 市文明交通宣传月活动 for the answers' 县里的 is another.)
    if (
      cut > 0 &&
      (raw.includes(name.slice(cut - 1)) || LEVEL_OR_EDITION_RE.test(name.slice(0, cut)))
    )
      return false;
    if (rest.length >= 3 ? raw.includes(rest) : /[节会赛]$/.test(rest) && ownWord(raw, rest))
      return true;
  }
  return false;
}

const LEVEL_OR_EDITION_RE = /[省市州县区乡镇村国全届首第]/;

/** Whether `word` stands in `text` with no 汉字 before it but a particle or a verb's 了. */
function ownWord(text: string, word: string): boolean {
  for (const at of occurrences(text, word)) {
    if (!/[\u4e00-\u9fff]/.test(text[at - 1] ?? '') || /[了过的和与及是]/.test(text[at - 1]!))
      return true;
  }
  return false;
}

/** words/event-heads.txt: a generic head noun a draft may add to a traced name. */
const EVENT_HEADS = loadWords('event-heads');
/** A cup's name, then the kind of contest it is (县长杯比赛, 市长杯联赛; no sport added). */
const CUP_CONTEST_RE = /^(.+杯)(?:比赛|竞赛|联赛|赛)$/;
/** Each kind word with the other words of its class (words/event-classes.txt). */
const EVENT_CLASSES = new Map<string, string[]>();
for (const line of loadWords('event-classes')) {
  const words = line.split(/\s+/).filter(Boolean);
  for (const w of words)
    EVENT_CLASSES.set(
      w,
      words.filter((o) => o !== w),
    );
}

export function eventTraced(c: Claim, index: SourceIndex): boolean {
  return (
    eventNamed(c, index) ||
    peopleBeforeName(c, index) ||
    (c.text.length >= 4 && shortFormNamed(c.text, index)) ||
    aliasTailNamed(c.text, index) ||
    hostShortFormNamed(c, index) ||
    levelSaidAsPlace(c, index) ||
    namedWhole(c, index) ||
    festivalSaid(c, index)
  );
}

/**
 * 那达慕大会 for the answers' 那达慕和祭敖包一起搞的: an event the time words know by its full
 * name (words/periods.txt) is the festival the answers read under the same key, said as a thing
 * done — not as a time (那达慕期间走访了20户 held no festival).
 */
function festivalSaid(c: Claim, index: SourceIndex): boolean {
  const key = periodKey(c.text);
  return (
    key !== undefined &&
    index.sources.some((s) =>
      (s.claims.get('period') ?? []).some(
        (p) => p.key === key && !AS_A_TIME_RE.test(s.text.slice(p.index + p.text.length)),
      ),
    )
  );
}
/** What makes a festival's name a time: 那达慕期间, 那达慕前后, 那达慕的时候. */
const AS_A_TIME_RE = /^(?:期间|前后|前|后|时|之际|的时候|那几天|那段时间|那会)/;

/**
 * 本主节活动 for the answers' 本主节那天: a name the character before it cut short on the left
 * (本 usually means "this"), said whole in the answers — that character included, three
 * characters or more, as a word of its own (no 汉字 before it) and not taken back after it (本主节
 * 不对 是火把节) — with a head the draft added (words/event-heads.txt).
 */
function namedWhole(c: Claim, index: SourceIndex): boolean {
  const head = c.wider && EVENT_HEADS.find((h) => c.wider!.endsWith(h));
  if (!head) return false;
  const name = c.wider!.slice(0, -head.length);
  return (
    name.length >= 3 &&
    [...occurrences(index.raw, name)].some(
      (at) => !/[\u4e00-\u9fff]/.test(index.raw[at - 1] ?? '') && !takenBackAfter(index.raw, at),
    )
  );
}

/**
 * 毛南族分龙节活动 for the answers' 分龙节: a people named before an event's name is a fact of
 * its own, which the ethnic check traces; the name after it is the event, traced as one.
 */
function peopleBeforeName(c: Claim, index: SourceIndex): boolean {
  const people = extractEthnicGroups(c.text).find((e) => e.index === 0 && e.text.endsWith('族'));
  const core = c.core ?? '';
  if (!people || !core.startsWith(people.text) || core.length - people.text.length < 2)
    return false;
  // Only where the answers name no other people: with 苗族 and 侗族 both in them, whose
  // festival it is (苗族萨玛节 for 侗族萨玛节) is a fact the draft can get wrong.
  const peoples = new Set(
    index.sources.flatMap((s) => (s.claims.get('ethnic') ?? []).map((e) => e.key)),
  );
  if (peoples.size !== 1 || !peoples.has(people.key)) return false;
  const at = people.text.length;
  return eventTraced(
    { ...c, text: c.text.slice(at), index: c.index + at, core: core.slice(at) },
    index,
  );
}

/**
 * 区政协 for the answers' 区里换届 推荐了会员当政协委员: the level said as a place (区里, 镇上,
 * 县级) earlier in the sentence that names the body without it.
 */
function levelSaidBefore(name: string, index: SourceIndex): boolean {
  // (县级律师事务所 is 县's too, and 县里的律所 says it by its short form.)
  const level = /^[省市州县区镇乡]/.exec(name)?.[0];
  const full = name.slice(1).replace(/^级/, '');
  if (!level || full.length < 2) return false;
  const forms = [full, ...shortFormsOf(full)].filter((f) => mentionsName(index.raw, f));
  // (Not 社区里, 城区里, 城市里: a word that ends in the level's character.)
  // (…and 都 before 市: 大都市里.)
  const firsts = LEVEL_WORD_FIRSTS + (level === '市' ? '都' : '');
  const placeRe = new RegExp(`(?<![${firsts}])${level}[里上级]`);
  return index.sentences.some(({ text, from, global }) => {
    const said = text.slice(from);
    const at = global ? -1 : said.search(placeRe);
    return at >= 0 && forms.some((rest) => said.indexOf(rest, at + 2) > 0);
  });
}

/** What makes a word of a level's character before it: 社区, 城区, 景区, 城市, 集镇, 城乡. */
const LEVEL_WORD_FIRSTS = '社城景园小辖片山矿新老郊街营厂校院库湖港林牧垦乡集超夜股门菜古家故下水';

/** 县级律师事务所's 律所: the name with its known full form's tail said short (org-aliases.txt). */
function shortFormsOf(name: string): string[] {
  return [...ORG_ALIASES].flatMap(([full, short]) =>
    name.endsWith(full) ? short.map((s) => name.slice(0, -full.length) + s) : [],
  );
}

/**
 * 县文明交通宣传月活动 for the answers' 县里文明交通宣传月: the level said as a place (县里,
 * 市里, 镇上) before the event's name is the level the draft puts in it.
 */
function levelSaidAsPlace(c: Claim, index: SourceIndex): boolean {
  const level = /^[省市州县区镇乡]/.exec(c.text)?.[0];
  if (!level || c.text.length < 5) return false;
  const rest = c.text.slice(1);
  // (…right before the name: 县里 elsewhere in the answers says nothing of this one.)
  const said = [...index.raw.matchAll(new RegExp(`${level}[里上]的?`, 'g'))].some((m) =>
    index.raw.slice(m.index + m[0].length, m.index + m[0].length + 6).includes(rest.slice(0, 2)),
  );
  if (!said) return false;
  return eventNamed({ ...c, text: rest, core: c.core?.replace(/^[省市州县区镇乡]/, '') }, index);
}

/**
 * 市农业科学研究所讲座 for 听了市农科所的讲座: an event named by its host's full name, where the
 * answers give the host's short form and a 的 before the kind. The short form starts as the name
 * does and ends in its kind (所), so 市里的讲座 vouches for no 市科技馆讲座.
 */
function hostShortFormNamed(c: Claim, index: SourceIndex): boolean {
  const kind = c.suffix ?? '';
  const host = c.text.slice(0, c.text.length - kind.length);
  if (kind === '' || host.length < 4) return false;
  for (const at of occurrences(index.raw, `的${kind}`)) {
    for (let len = 3; len <= 8 && len < host.length; len++) {
      const short = index.raw.slice(at - len, at);
      if (
        short[0] === host[0] &&
        kindOf(host).includes(short.at(-1)!) &&
        abbreviates(short, host)
      ) {
        return true;
      }
    }
  }
  return false;
}

const ABSTRACT_CORE_RE = /^(?:知识|业务|常识)$/;
/** What a training teaches, after its subject (榫卯技能培训班): the kind of training, no name. */
const CONTENT_AFTER_RE = /(?:知识|业务|常识|技能|技术|技艺)$/;

function eventNamed(c: Claim, index: SourceIndex): boolean {
  if (eventNamedAs(c, index)) return true;
  // 榫卯技能培训班 for 带了个榫卯培训班: its subject is its name, the content noun after it the kind
  // (of teaching only — a training, a lecture, a class: 葡萄管理技术讲座 for 讲葡萄管理; 种业企业技术
  // 对接会 is a meeting named by its field).
  if (!/(?:培训|班|讲座|讲堂|课堂|课)$/.test(c.suffix ?? '')) return false;
  const bare = c.core?.replace(CONTENT_AFTER_RE, '');
  return (
    bare !== undefined &&
    bare !== c.core &&
    eventTraced({ ...c, core: bare, text: c.text.replace(c.core!, bare) }, index)
  );
}

function eventNamedAs(c: Claim, index: SourceIndex): boolean {
  const suffix = c.suffix ?? c.text;
  const root = eventRoot(suffix);
  // 保障读书会活动 in the summary of a 读书会: the unit itself, by its kind.
  if (suffix.length >= 3 && index.infoNames.some((n) => n.endsWith(suffix))) return true;
  if (bareLectureSaid(c, index)) return true;
  if (bodyByAlias(c.text, index)) return true;
  // 林业推介会 in a 林业局's summary for the answers' 推介会: the unit's own field is no name.
  const own = index.unitFields.some((f) => c.core === f);
  // (党员干部知识培训班 for 给党员干部办了一期培训: a core of an abstract content noun, 知识 or 业务,
  // says how the training is described, not which one it was.)
  if (c.core === '' || own || ABSTRACT_CORE_RE.test(c.core ?? '')) {
    // 积极参加竞赛 for the answers' 大比武: the kind, said by another word of its class; 茶话会 for
    // the answers' 茶画会, one character written another way after a verb of holding.
    return (
      index.raw.includes(root) ||
      (EVENT_CLASSES.get(root) ?? []).some(
        (w) => index.raw.includes(w) || saidApart(index.raw, w),
      ) ||
      (suffix.length >= 3 && bareKindMistyped(index.raw, suffix))
    );
  }
  // 县长杯比赛 for the answers' 拿了县长杯冠军: a cup is a contest, and its kind said after it adds
  // nothing (the cup's name as the answers write it).
  const cup = CUP_CONTEST_RE.exec(c.text);
  if (cup && cup[1]!.length >= 3 && index.raw.includes(cup[1]!)) return true;
  // 民族团结进步宣传月活动 when the answers say 民族团结进步宣传月: the name, with a head added.
  const head = EVENT_HEADS.find((h) => c.text.endsWith(h));
  // (…and a word of how many or of which kind before the head: 哈节系列活动, 宣传月主题活动.)
  const beforeHead = head ? c.text.slice(0, -head.length) : '';
  const unseries = beforeHead.replace(/(?:系列|主题|专题)$/, '');
  // (…but not after a festival, a time before it: 端午节系列活动 is a programme the answers'
  // 端午节前走访 does not name.)
  if (
    head &&
    (unseries === beforeHead || periodKey(unseries) === undefined) &&
    namedBeforeHead(unseries, index.raw)
  )
    return true;
  // 防溺水宣传月活动 for 防溺水集中宣传月: the name, a word moved out of it (集中开展…), with a head
  // added: its first and last words and most of the rest in one sentence of the answers.
  if (
    head &&
    c.text.length - head.length >= 5 &&
    mostlyInOneSentence(c.text.slice(0, -head.length), index)
  ) {
    return true;
  }
  if (namedByWhoCame(c, index)) return true;
  if (lectureTopicSaid(c, index)) return true;
  // 拔河比赛 for the answers' 节日里 拔河: a game or a show said as a word of its own, with the
  // kind it is by nature (比赛, 表演) added.
  if (
    /^(?:比赛|表演|展演)$/.test(suffix) &&
    (c.core ?? '').length >= 2 &&
    wholeName(index.raw, c.core!)
  )
    return true;
  // 退伍军人座谈会 for the answers' 退伍军人坐谈会 (a homophone typed or heard): the name exact,
  // one character of its kind written another way.
  const stem = c.text.slice(0, c.text.length - suffix.length);
  if (stem.length >= 2 && suffix.length >= 2 && kindMistypedAfter(index.raw, stem, suffix)) {
    return true;
  }
  // 农产品专场展销会 for 办了3场展销会。9月又办了农产品专场: a 专场 of the kind the same
  // message names before, its kind left unsaid.
  if (/专场$/.test(c.core ?? '') && (c.core ?? '').length >= 4) {
    for (const line of index.raw.split('\n')) {
      const at = line.indexOf(c.core!);
      if (at > 0 && line.slice(0, at).includes(root)) return true;
    }
  }
  // 防范宗教渗透校园专题讲座 for 来讲了一次防范宗教渗透校园 (or 讲新时代统战理论): the kind said
  // by its first character as the verb right before the name (讲了一次…, 演过…, 讲…).
  // (The name as written before its kind: the core leaves out generic words, 统战 of
  // 新时代统战理论.)
  const named = c.text.slice(0, c.text.length - suffix.length).replace(/(?:专题|系列|主题)$/, '');
  // (A talk's topic may be short, 滴灌讲座 for 来连队讲了一次滴灌: 讲 with its count before it
  // says the talk, where another kind's first character would be too common a verb.)
  if (root.length === 2 && (named.length >= 4 || (root === '讲座' && named.length >= 2))) {
    // (…the count required before a short topic: 讲卫生, 讲政治 are no talks.)
    const count =
      named.length >= 4
        ? '(?:[一二两三四五六七八九十几\\d]+[次回场堂节课])?'
        : '[一二两三四五六七八九十\\d]+[次回场堂节课]';
    const saidBy = new RegExp(`${root[0]}(?:了|过)?${count}${escapeRe(named)}`);
    if (sentencesOf(named, index).some(({ text, global }) => !global && saidBy.test(text)))
      return true;
  }
  // 区委统战部培训班 when the answers say 区委统战部的培训班: the same name with its 的 dropped.
  if (namedWithoutDe(index, c.text)) {
    return true;
  }
  // The proper part and the kind in one sentence of the sources.
  if (
    sentencesOf(root, index).some(({ text, global }) =>
      // The template's own words (a part's title) name an event only whole, never by a share.
      global ? text.includes(c.text) : eventIn(c.core ?? '', suffix, text, c.text, true),
    )
  )
    return true;
  // 职工竞赛 for the answers' 职工篮球比赛: the kind said by another word of its class, the
  // proper part in that sentence too.
  return (EVENT_CLASSES.get(root) ?? []).some(
    (kind) =>
      kind !== root &&
      sentencesOf(kind, index).some(
        ({ text, global }) => !global && eventIn(c.core ?? '', kind, text, undefined, true),
      ),
  );
}

/**
 * 讲了一课 for 讲课, 上了三次课 for 上课: a two-character kind that is a verb and its object, said
 * apart by 了 and a count between them.
 */
function saidApart(raw: string, word: string): boolean {
  if (word.length !== 2) return false;
  return new RegExp(
    `${word[0]}了[一二两三四五六七八九十几\\d]*[次场堂节个回]?${word[1]}(?![题程本])`,
  ).test(raw);
}

/** The sources' sentences that hold an event's kind (cached per kind). */
function sentencesOf(root: string, index: SourceIndex) {
  let sentences = index.sentencesWith.get(root);
  if (!sentences) {
    // The part's title says what an answer is about, not what was held: the kind is the answer's
    // own word (a title 青年联谊 vouches for no 联谊会 its answers never name).
    sentences = index.sentences.filter(({ text, from }) => text.includes(root, from));
    index.sentencesWith.set(root, sentences);
  }
  return sentences;
}

/** A name's overlapping two-character pieces (干部读书 → 干部, 部读, 读书). */
function pairsOf(name: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < name.length; i++) pairs.push(name.slice(i, i + 2));
  return pairs;
}

/**
 * 在外经营户座谈会 for 在外面开手抓馆的有40多户 … 开了个座谈会: a meeting named by who came to it.
 * Its proper part ends in a word for people (户, 人士, 代表, 客商), and one sentence of the
 * answers holds the kind, that part's first two characters and its last: the draft only put
 * into a name whom the user said the meeting was for.
 */
function namedByWhoCame(c: Claim, index: SourceIndex): boolean {
  const core = c.core ?? '';
  const suffix = c.suffix ?? '';
  if (core.length < 3 || !/会$/.test(suffix) || !(PEOPLE_END_RE.test(core) || /商$/.test(core)))
    return false;
  const root = eventRoot(suffix);
  const names = (said: string) => said.includes(core.slice(0, 2)) && said.includes(core.at(-1)!);
  const list = index.sentences;
  return list.some(({ text, from, global }, i) => {
    if (global) return false;
    const said = text.slice(from);
    if (!said.includes(root)) return false;
    if (names(said)) return true;
    // 联系的新的社会阶层人士7个 / 把他们叫来开了个座谈会: 他们, called to the gathering, are the
    // people the sentence before names (not 镇村干部开了个座谈会 他们研究了…).
    const before = list[i - 1];
    return (
      from === 0 &&
      /(?:把|请|叫|喊|约|邀请|组织|召集)[他她]们/.test(said) &&
      before !== undefined &&
      !before.global &&
      before.from === 0 &&
      names(before.text)
    );
  });
}

/** The kinds of a talk given (讲座, 讲堂, 宣讲会, 报告会, 党课): the answers say them by 讲. */
const LECTURE_KIND_RE = /(?:讲座|讲堂|宣讲会?|报告会|课)$/;

/**
 * 防范宗教渗透校园专题讲座 for the answers' 防宗教渗透进校园 请县民宗局的人来讲了一次: a talk's
 * topic, most of its characters (its first and last too) in one answer sentence that says 讲; a
 * topic of under five characters, all of it (科普讲座 for 科普进社区 讲慢病防治).
 */
function lectureTopicSaid(c: Claim, index: SourceIndex): boolean {
  const core = c.core ?? '';
  if (core.length < 2 || !LECTURE_KIND_RE.test(c.suffix ?? '')) return false;
  return index.sentences.some(({ text, from, global }) => {
    if (global) return false;
    const said = text.slice(from);
    if (!said.includes('讲')) return false;
    // (A short topic is said whole, and 讲 as the verb a few characters after it: 科普讲座 for 科普进
    // 社区 讲慢病防治, not 科普进社区 讲究实效.)
    if (core.length < 5) {
      const at = said.indexOf(core);
      if (at >= 0 && /^[^。；;！？]{0,8}?讲(?![究话述求])/.test(said.slice(at + core.length)))
        return true;
      // (…or further on, 讲 said as a talk given: 法治讲座 for 搞了法治进校园 请派出所的民警来讲了
      // 两次课 — not where the sentence says what the talk was on, 讲的是防电信诈骗, or names
      // its own kind, 来讲了一次党课.)
      if (at >= 0 && !/讲的(?:是|内容是|主题是)/.test(said)) {
        const talk = LECTURE_SAID_RE.exec(said.slice(at + core.length));
        const rest = talk ? said.slice(at + core.length + talk.index) : '';
        if (talk && !OWN_KIND_OF_TALK_RE.test(rest)) return true;
      }
      // (…or its two words said apart, one of them the subject right after 讲的是 and the other
      // elsewhere in the sentence: 航天科普讲座 for 科普进校园 讲的是航天 — not 讲的是防溺水安全 for
      // 消防安全.)
      if (core.length !== 4) return false;
      const subject = /讲的(?:是|内容是|主题是)([\u4e00-\u9fff]{2})/.exec(said);
      if (!subject) return false;
      const [first, second] = [core.slice(0, 2), core.slice(2)];
      const rest = said.slice(0, subject.index) + said.slice(subject.index + subject[0].length);
      return (
        (subject[1] === first && rest.includes(second)) ||
        (subject[1] === second && rest.includes(first))
      );
    }
    if (!said.includes(core[0]!) || !said.includes(core.at(-1)!)) return false;
    return [...core].filter((ch) => said.includes(ch)).length / core.length >= 0.75;
  });
}

/**
 * 开展讲座6期 for the answers' 家长学校讲了6期: a talk with no topic at all is the noun of the 讲
 * the answers say as the verb of talks given (讲了6期, 来讲, 讲课), not 讲究, 讲话 or 书记讲了.
 */
function bareLectureSaid(c: Claim, index: SourceIndex): boolean {
  if ((c.core ?? '') !== '' || c.text !== c.suffix || !LECTURE_KIND_RE.test(c.text)) return false;
  return index.sentences.some(
    ({ text, from, global }) => !global && LECTURE_SAID_RE.test(text.slice(from)),
  );
}

/**
 * 学院党外知识分子联谊会 for the answers' 明年成立知联会: a body read as a gathering (联谊会) that is
 * a known body's full name, said in the answers by it or a short form, with nothing before it or
 * only a part of the unit's own name (学院 of 华信科技学院; 镇 or 市 would be another level's).
 */
function bodyByAlias(text: string, index: SourceIndex): boolean {
  for (const [full, short] of ORG_ALIASES) {
    const names = [full, ...short];
    const name = names
      .filter((n) => n.length >= 3 && text.endsWith(n))
      .sort((a, b) => b.length - a.length)[0];
    if (name === undefined) continue;
    const before = text.slice(0, -name.length);
    if (before !== '' && !index.infoNames.some((n) => n.includes(before))) return false;
    return names.some((n) => index.raw.includes(n));
  }
  return false;
}

/** A talk's own kind said after its 讲 (来讲了一次党课, 讲了一场讲座): what it was, no topic's. */
const OWN_KIND_OF_TALK_RE =
  /^[^。；;！？]*?(?:(?<![次堂节回场期\d一二三四五六七八九十两几了过讲])课|讲座)/;

/** 讲 as the verb of a talk given: 讲了6期, 讲三次, 来讲, 讲课 (not 书记讲了, 讲了两点意见). */
const LECTURE_SAID_RE =
  /讲[了过]?[0-9一二三四五六七八九十两几]+[次期场堂节回课]|[来去开]讲(?![话究])|讲课/;

/** Whether one answer sentence holds `name`'s first and last two characters and most of its pairs. */
function mostlyInOneSentence(name: string, index: SourceIndex): boolean {
  const pairs = pairsOf(name);
  const first = pairs[0]!;
  const last = pairs[pairs.length - 1]!;
  return index.sentences.some(({ text, from, global }) => {
    if (global) return false;
    const sentence = text.slice(from);
    if (!sentence.includes(first) || !sentence.includes(last)) return false;
    return pairs.filter((p) => sentence.includes(p)).length / pairs.length >= 0.75;
  });
}

/**
 * “圩日设立流动诊疗点” for the answers' 提的圩日设流动诊疗点: a quote is the user's words
 * polished by one character added or left out (设立 for 设), the rest as said and in order.
 * Never a numeral or a negation (“群众满意的事坚决不办” for 群众不满意的事…), and never one
 * character for another (“小事不出镇” for 小事不出村).
 */
export function quoteMostlySaid(key: string, index: SourceIndex): boolean {
  if (key.length < 6 || !/^[\u4e00-\u9fff]+$/.test(key) || NUMERAL_OR_NOT_RE.test(key))
    return false;
  const said = index.keys;
  // The draft added one character inside (设立 for 设; never at an end: “市级示范点建设” for
  // 县级示范点建设 is another level)…
  for (let i = 1; i < key.length - 1; i++) {
    if (said.includes(key.slice(0, i) + key.slice(i + 1))) return true;
  }
  // …or left one out (the answers' 的): the key with one character put back, as said.
  for (const at of occurrences(said, key.slice(0, 2))) {
    const run = said.slice(at, at + key.length + 1);
    for (let i = 2; i < run.length - 1; i++) {
      if (!NUMERAL_OR_NOT_RE.test(run[i]!) && run.slice(0, i) + run.slice(i + 1) === key)
        return true;
    }
  }
  return false;
}
/** A numeral or a word of negation: a quote that adds or drops one says another thing. */
const NUMERAL_OR_NOT_RE = /[〇零一二两三四五六七八九十百千万亿不没无非未别莫勿]/;

/** An organisation of the draft: named in the sources, or read too far into the words before it. */
export function organisationTraced(name: string, index: SourceIndex): boolean {
  return (
    orgTraced(name, index) ||
    tracedAfterWords(name, index) ||
    shortFormNamed(name, index) ||
    typedOneOff(name, index.raw) ||
    levelsBureau(name, index.raw) ||
    placePointedAt(name, index)
  );
}

/** A spoken pointer after a place: 西秀区那个…, 东关村这个…. */
const PLACE_POINTER_RE = /([\u4e00-\u9fff]{0,6}?[区县市镇乡村州旗])[那这]个/g;

/**
 * 西秀区国家基本气象站 for the answers' 西秀区那个国家基本站, 县中医院 for 县那个中医院: the place
 * the user pointed from, then a body that traces by itself (国家基本气象站) — not 东关村希望小学 for
 * 东关村那个小学, whose 希望小学 the user never named.
 */
function placePointedAt(name: string, index: SourceIndex): boolean {
  for (const m of index.raw.matchAll(PLACE_POINTER_RE)) {
    // (县那个中医院: the level alone is a place too.)
    // (…and the rest is what the user said after the pointer, perhaps written out or short:
    // 国家基本站 in 国家基本气象站, 二中 for 第二中学 — not 卫生院 for 县那个医院.)
    const said =
      /^[、\s]?([\u4e00-\u9fff]{2,10})/.exec(index.raw.slice(m.index + m[0].length))?.[1] ?? '';
    for (let from = 0; from < m[1]!.length; from++) {
      const place = m[1]!.slice(from);
      const rest = name.slice(place.length);
      if (!name.startsWith(place) || rest.length < 2) continue;
      // (…its first character one of the rest's first two: 二中 for 第二中学, not 医院 for 卫生院.)
      const spoken =
        (said[0] === rest[0] || said[0] === rest[1]) &&
        [...said].some((_, i) => i >= 1 && inOrder(said.slice(0, i + 1), rest));
      if (spoken && organisationTraced(rest, index)) return true;
    }
  }
  return false;
}

/**
 * 市林业局 for the answers' 市局, where they name 县林业局 (市人民法院 for 市院 in a 县人民法院's
 * answers): a level's bare 局 or 院 is the body of the field the answers give another level's
 * body of (the unit's own line, one level up).
 */
function levelsBureau(name: string, raw: string): boolean {
  // 省住建厅 for the answers' 省厅 beside 市住建局: a province's counterpart of a 局 is a 厅.
  const hall = /^省([\u4e00-\u9fff]{1,6})厅$/.exec(name);
  if (hall) {
    return /省厅(?![长级])/.test(raw) && new RegExp(`[市州县区]${escapeRe(hall[1]!)}局`).test(raw);
  }
  const m = /^([省市州县区])([\u4e00-\u9fff]{1,6}([局院]))$/.exec(name);
  if (!m) return false;
  const [, level, bureau, kind] = m;
  // (Not 局部, 局面, 院子: 城市局部 holds no 市局.)
  const bare = new RegExp(`${level}${kind}(?![部面势限子落里内外长])`);
  if (!bare.test(raw)) return false;
  // (…the other level's body perhaps in full: 市交通局 for 县交通运输局's 市局.)
  return [...raw.matchAll(/[省市州县区]([\u4e00-\u9fff]{1,8}?[局院])/g)].some(
    ([whole, other]) =>
      !whole.startsWith(level!) &&
      (other === bureau || abbreviates(bureau!, other!) || abbreviates(other!, bureau!)),
  );
}

/** Characters that tell one body from another when one is swapped (县第一中学, 东城商会). */
const TELLING_CHAR_RE =
  /[东西南北中上下前后左右内外新老大小第〇零一二两三四五六七八九十百千省市州县区旗乡镇村街社]/;

/**
 * 市护林志愿者协会 for the answers' 市护林志原者协会: a long name the answers typed with one
 * character of its proper part wrong (a homophone), where the word the draft spells right stands
 * in the answers elsewhere (注册志愿者200多人). Never its first character, its kind, or a
 * character that tells bodies apart (第一/第二, 东/西, a level).
 */
function typedOneOff(name: string, raw: string): boolean {
  if (name.length < 6) return false;
  const kindAt = name.length - 2;
  for (let at = 0; at + name.length <= raw.length; at++) {
    let differ = -1;
    for (let i = 0; i < name.length; i++) {
      if (raw[at + i] === name[i]) continue;
      if (differ >= 0) {
        differ = -2;
        break;
      }
      differ = i;
    }
    if (differ <= 0 || differ >= kindAt) continue;
    const ch = name[differ]!;
    if (TELLING_CHAR_RE.test(ch) || !/[\u4e00-\u9fff]/.test(raw[at + differ]!)) continue;
    const word = [name.slice(differ - 1, differ + 2), name.slice(differ, differ + 3)];
    if (word.some((w) => w.length === 3 && raw.includes(w))) return true;
  }
  return false;
}
