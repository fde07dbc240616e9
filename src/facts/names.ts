import { peoplesTongue } from './ethnic.js';
import { cnOrArabic } from './numerals.js';
import { PERIOD_WORDS } from './periods.js';
import { PLACEHOLDER_RE } from './placeholder.js';
import {
  alternation,
  COMPOUND_SURNAMES,
  escapeRe,
  loadWords,
  occurrences,
  SINGLE_SURNAMES,
} from './words.js';

/**
 * Names a draft may only repeat: organisations (区委统战部, 县民宗局, 工商联), people next to a
 * title (党工委书记王建国, 王建国同志, 李主任) and named events (中秋联谊会, 专场招聘会, 同心行动).
 * Chinese has no spaces, so each is found from its head (a stem, a title, an event ending) and
 * extended to the left up to a word that cannot be part of a name. Pure; the lists are data
 * (words/*.txt).
 */

export type NameKind = 'org' | 'person' | 'event';

export interface NameFact {
  kind: NameKind;
  /** As written: 区委统战部, 王建国, 专场招聘会. */
  text: string;
  index: number;
  /** event: the ending (招聘会) and the proper part (专场) that make it this event. */
  suffix?: string;
  core?: string;
  /** person: the title written with the name, when it stood next to it (王书记). */
  title?: string;
  /** person: named only by a surname and a calling (陈医生). */
  calling?: boolean;
  /** org: a place (白沙村, 马坊乡): a fact the draft keeps as the user named it. */
  place?: boolean;
}

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const HAN = '\\u4e00-\\u9fff';
const MASK = '\u0001';

const FIRM_NAME_CHARS = loadWords('firm-name-chars').join('');
/** Surnames of one character, but for those that are also prepositions (向宏达建材捐款). */
const SURNAME_CHARS = loadWords('surnames')
  .filter((w) => w.length === 1 && !'向于和与及同'.includes(w))
  .join('');
const FIRM_TRADES = alternation(loadWords('firm-trades'));
/** Pairs of 字号 characters that are words or places of their own (豪华, 金华): no firm's name. */
export const NOT_FIRM_NAMES: ReadonlySet<string> = new Set(loadWords('not-firm-names'));
/**
 * 鑫源纸业, 华泰化工: two 字号 characters (words/firm-name-chars.txt) and a trade (firm-trades),
 * not a pair that is a word or a place (not-firm-names: 豪华包装, 金华科技), nor a person's given
 * name after the surname (李金华科技特派员).
 */
const FIRM_BY_TRADE_RE = new RegExp(
  `(?<![${SURNAME_CHARS}])(?!${alternation([...NOT_FIRM_NAMES])})[${FIRM_NAME_CHARS}]{2}(?:${FIRM_TRADES})`,
  'g',
);
/** What is no part of a product's name: speech (的 那 这 个 了), counts, verbs of a works' life. */
const WORKS_NOT_PRODUCT = '的那这个了着过是一二两三四五六七八九十几建办搬停拆扩迁';
/**
 * 宏达石料厂, 鑫源砖厂: two 字号 characters, what the works makes (three characters at most, no
 * word of speech: not 鑫源那个砖厂, 宏达的石料厂, 鑫源两个砖厂, 鑫源新建厂, 宏达搬厂) and 厂 — a
 * factory by its 字号 (not 厂房, 厂区, 厂长: a works' building or head).
 */
const FIRM_WORKS_RE = new RegExp(
  `(?<![${SURNAME_CHARS}])(?!${alternation([...NOT_FIRM_NAMES])})[${FIRM_NAME_CHARS}]{2}(?!新[开设])[^${WORKS_NOT_PRODUCT}\\P{Script=Han}]{0,3}?厂(?![房区长家里子])`,
  'gu',
);
const ANY_TRADE_RE = new RegExp(`(?:${FIRM_TRADES})`, 'g');
/** Whether `text` names a trade other than `trade` (宏达那家物流公司 for 宏达建材). */
export function otherTradeNext(text: string, trade: string): boolean {
  return [...text.matchAll(ANY_TRADE_RE)].some((m) => m[0] !== trade);
}
/** A factory by its 字号, whole (宏达石料厂): a firm the user named, as one by its trade. */
export const FIRM_WORKS_WHOLE_RE = new RegExp(`^(?:${FIRM_WORKS_RE.source})$`, 'u');
/** A firm by its trade, whole; its 字号 is its first two characters. */
export const FIRM_WHOLE_RE = new RegExp(`^[${FIRM_NAME_CHARS}]{2}(?:${FIRM_TRADES})$`);

const ORG_STEM_AT_RE = new RegExp(`^(?:${alternation(loadWords('org-stems'))})`);

/**
 * Whether `name` stands in `text` as a name of its own: 区委 in “区委的领导” does, 区委 in
 * “区委统战部” does not (that names the department, not the committee).
 */
export function mentionsName(text: string, name: string): boolean {
  // A 部 or 局 is whole before another body (组织部统战部合署: two bodies), as 县委 is not
  // (县委统战部 is one).
  // (鑫源纸业有限公司 is 鑫源纸业: a firm by its trade is one with its 公司.)
  const whole = /[部局厅]$/.test(name) || FIRM_WHOLE_RE.test(name);
  for (const at of occurrences(text, name)) {
    const next = ORG_STEM_AT_RE.exec(text.slice(at + name.length, at + name.length + 8))?.[0];
    // (民盟民建九三都发了言: a body known by its own name before another is a list of them.)
    if (whole || !next || (KNOWN_BODIES.has(name) && KNOWN_BODIES.has(next))) return true;
  }
  return false;
}
/** words/org-aliases.txt: each full name with the short forms it goes by. */
export const ORG_ALIASES: ReadonlyMap<string, readonly string[]> = new Map(
  loadWords('org-aliases').map((line) => {
    const [full = '', ...short] = line.split(/\s+/);
    return [full, short] as const;
  }),
);
/** Bodies known by a name of their own (民盟, 工商联, 侨联 …): every name of ORG_ALIASES. */
const KNOWN_BODIES = new Set([...ORG_ALIASES].flat(2));

/** 民进 in 居民进行, 民革 in 人民革命, 民建 in 人民建设 are not the parties. */
const PARTY_WORD_RE = /^(?:民进[行入步一驻]|民革命|民建[设成])/;
/**
 * A stem of the list, a level's committee (县委), or any institution of a level: a level, up to
 * six characters (or two words joined by 和: 县住房和城乡建设局, 县人力资源和社会保障局; or up to ten
 * with no 和/与/的 or level in them, 城市 and 城乡 being words: 省林业有害生物防治检疫局,
 * 区城市管理综合执法局) and an
 * institution's ending (县农业农村局, 区计量检定所, 区文化馆, 县供销社,
 * 平川县人民医院, 执法大队, 县法院, 县妇幼保健院, 县爱卫办, 县武装部; not 举办, 办理, 庭院, 村干部,
 * 县城东部, 社区首部加装电梯 (首部 or 一部 counts one), 镇村环境有所改善), so one no list names is
 * still a name to trace.
 */
/** words/org-named-endings.txt: 派出所, 卫生院 … — a body only with a proper part before them. */
const NAMED_ENDINGS = new Set(loadWords('org-named-endings'));
/**
 * Words before such an ending that say which kind or where in general (辖区派出所, 证券公司):
 * words/generic-name-parts.txt, and a deictic (该, 本, 各, 我, 全县).
 */
const GENERIC_PART_RE = new RegExp(
  `^(?:${alternation(loadWords('generic-name-parts'))}|全[县市区省镇乡]|[该本各我])`,
);
/** What makes a 办 a verb or a word's first character (办理, 办法, 办公, 办事, 办学, 办班, 办好, 办成). */
const BAN_WORD_NEXT = '理法公事学班好成';
/**
 * 为 inside a body read from its level begins whom it serves, unless 为X服务 names the body
 * (县为老服务中心): 县农商行为合作社发放贷款 names 县农商行, not 县农商行为合作社. A 行 right after the
 * level is no whole body, so its 为 is the word 行为 (县行为矫正中心).
 */
const SERVED_FOR = '(?<![省市州县区旗乡镇]行)为(?![\\u4e00-\\u9fff]服务)';
// (到 and 至 inside a body read from its level say from where to where: 县城至高铁站快速通道 is
// a road, no body.)
// (A 团 led, joined or formed, 区领导率团, 带团, 组团, 随团, is a delegation, no body's end.)
const ORG_RE = new RegExp(
  `(?:${alternation([...loadWords('org-stems'), ...NAMED_ENDINGS])}|[省市州县区旗](?:(?![在将和与及的、省市州县区旗])[${HAN}]){0,3}?委(?![员托派])|(?:(?<![节反])省|州|(?<![郡])县|(?<![辖社园片景校小市商新老山库林牧港灾郊厂矿街]|大湾|港湾|(?:^|[^\u4e00-\u9fff]|[老主新全中市县本我该各在到和与及、])城)区|旗|(?<![城超都夜集上股])市(?!场)|(?<![城家故下回返])乡(?![村贤亲镇])|(?<![城乡村])镇(?!村)|(?<![农山乡渔牧个])村(?![民委里内外级干组]))(?![域级直内里上旁]|外(?!事)|边(?![防检境贸界])|民(?![族俗间营兵]))(?:(?:(?![对向到至我与和及在被把将由]|${SERVED_FOR})[${HAN}]){1,6}?|[${HAN}]{2,6}[和与](?![省市州县区旗乡镇])[${HAN}]{2,6}?|(?:城[市乡]|(?![和与及的、省市州县区旗乡镇到至在对向由]|${SERVED_FOR})[${HAN}]){7,10}?)(?:局|办公室|(?<=研究|政研|教研|督查|法制)室|(?<![大客展餐门])厅|书店|酒店|宾馆|报社|电视台|医院|卫生院|(?<![庭大小四合])院(?![落子内外坝校])|(?<![举承协主创开兴筹代督交领包合会试通联])办(?![${BAN_WORD_NEXT}])|(?<!有)所|馆|社(?![情会区保科团局厅所办委部])|大队(?![伍员长列委])|中队(?![伍员长列委])|(?<![团梯排带领组列归入插])队(?![伍员长列])|(?<![网车驿油])站(?![长点位台])|中心|公司|集团|(?<![共青率带组随参跟入领])团(?![结队体员长购圆聚委省市州县区镇乡])|基金会|指挥部|(?<=公路管理|工务|电务|车务|机务)段))|[省市州县区旗](?:(?![在将和与及的、省市州县区旗乡镇委])[${HAN}]){1,4}?(?<![干全内局外本总头中南北东西底顶上下各细部首一二两三四五六七八九十0-9])部(?![分门署长队位件落])`,
  'g',
);
const NOT_BUREAUS = new Set(loadWords('not-bureaus'));

/** Levels said of all bodies of a kind at once (乡镇文化站, 村级卫生室, 县直单位). */
const COLLECTIVE_LEVEL_RE = /乡镇|镇村|县乡|[省市县区镇乡村]级|[省市县区]直/g;
/** words/visit-verbs.txt: 走访, 调研 … — a verb a body is the object of, in no body's name. */
const VISIT_VERB_RE = new RegExp(alternation(loadWords('visit-verbs')), 'g');
/** The stems a body's name may end in (协会, 商会, 委员会 …): words/org-stems.txt. */
const ORG_STEMS = loadWords('org-stems');
export const ORG_STEM_SET: ReadonlySet<string> = new Set(ORG_STEMS);
const FOUNDING_RE =
  /创办|领办|创建|组建|筹建|搭建|兴办|成立|设立|建立|新建|挂牌|举办|召开|开展|(?:选址|开工|动工|启动|加快|推进)建设|[建办设修]成|(?<!团)结[成为]|[建办设修]了|建起/;
/** 搭建镇商会…: a verb of founding at a place's start begins no place's name. */
const FOUNDING_AT_RE = new RegExp(`^(?:${FOUNDING_RE.source})`);
/** Every verb of founding in a span (the last one is where a name begins). */
const FOUNDING_ALL_RE = new RegExp(FOUNDING_RE.source, 'g');
/** Whether `left` is a body's name ending in a stem (县养蜂协会), not the bare stem. */
const endsInStem = (left: string) =>
  ORG_STEMS.some((stem) => left.endsWith(stem) && left.length > stem.length);
/**
 * Words a stem's last character may begin instead (words/org-run-on.txt), and the few where
 * the next character begins a word again (中心组织: 中心 + 组织, not 中心组), written with `!`.
 */
const RUN_ON_WORDS = loadWords('org-run-on');
const RUN_ON = new Set(RUN_ON_WORDS.filter((w) => !w.startsWith('!')));
const RUN_ON_NOT = new Set(RUN_ON_WORDS.filter((w) => w.startsWith('!')).map((w) => w.slice(1)));
const runsOn = (text: string, end: number) =>
  RUN_ON.has(text.slice(end - 1, end + 1)) && !RUN_ON_NOT.has(text.slice(end - 1, end + 2));
const NAME_BOUNDARIES = loadWords('name-boundaries');
/**
 * 本届县政协, 第三届市侨联, 原省农科院: a term or 原 (former) ends a body's name on the left
 * (not an event's: 第二届同心联谊会 is that event's name).
 */
// (…and a time with 前 or 后: 春节前县侨联到校 — 县侨联.)
const ORG_BOUNDARIES = new Set([
  ...NAME_BOUNDARIES,
  ...PERIOD_WORDS.flatMap((w) => [w, `${w}前`, `${w}后`]),
  '届',
  '原',
]);
/**
 * In the answers 加 is also said for 和 (会员企业加合作社二十多家: 合作社); never in a draft, where
 * names begin with it (加勒比商会, 加多宝集团). The words 加 begins are boundary-word-starts.txt's.
 */
const ANSWER_ORG_BOUNDARIES = new Set([...ORG_BOUNDARIES, '加']);
/**
 * words/name-boundaries.txt as a set: the left end of an event's name, which may hold a time
 * (中秋联谊会: only the words stop it), and of a dotted name's first part.
 */
const NAME_BOUNDARY_SET = new Set(NAME_BOUNDARIES);
/** Whether `ch` is one character of words/name-boundaries.txt (本, 该, 全): it cut a name short. */
export const cutsNameAlone = (ch: string): boolean => ch.length === 1 && NAME_BOUNDARY_SET.has(ch);
const LONGEST_BOUNDARY = Math.max(...[...ORG_BOUNDARIES].map((b) => b.length));
const MAX_PREFIX = 8;
const HAN_CHAR_RE = /[\u4e00-\u9fff]/;
/**
 * 14个, 三家, 2封: a numeral and its measure, never the start of a name (an ordinal's 届, 期, 次
 * may be: 第二届同心联谊会; and 百村 may: 百村示范工程).
 */
const COUNT_END_RE =
  /[\d〇零一二两三四五六七八九十百千万几](?:[个名家所座处项位支批封件条份本篇人户套台辆元趟回遍次场期轮]|万元|亿元)$/;
/** 有个, 了个, 这家: a measure with no numeral, after a verb or a pointer, ends a name on the left. */
const BARE_MEASURE_END_RE = /[有了这那][个家所座支]$/;
/**
 * 镇内民办幼儿园, 县内各校: a place's 内 is where, and ends a name on its left; so does a floor (在镇
 * 文化站二楼建设同心工作站: where in the first body the second is).
 */
const WITHIN_END_RE =
  /[省市县区镇乡村街旗校园境站院所局馆厂场队]内$|[一二三四五六七八九十\d][楼层]$|楼[上下]$/;
/** 会员里, 党员中, 老师当中: a word for people by its end, then 里 or 中 (among them). */
const AMONG_END_RE = /[人员师生户者士众胞表属](?:当中|里面|里头|里|中)$/;
/**
 * 立足山区中学实际, 结合乡村学校实际: the unit describing itself in a 公文's formula, no body's
 * name (the formula's verb before, 实际 after).
 */
const OWN_SITUATION_BEFORE_RE = /(?:立足|结合|针对|根据|切合|符合|从|基于)$/;
/** A date or month just before: 3月, 六月份, 5月底 (a name begins after it, never in it). */
const DATE_END_RE = /[\d〇零一二三四五六七八九十](?:[年月日号]|月份|月底|月初|月中|月末)$/;

const firstChars = (words: string[]) => [...new Set(words.map((w) => w[0]!))].join('');
/**
 * The head of any unit: a unit's character and 长 (厂长, 站长, 园长, 店长, 连长). No list of
 * posts is complete, and this is how the posts of every kind of unit are made.
 */
const UNIT_HEAD_CHARS =
  '厂科股处厅馆行庭场站所院社村镇乡县区校部局队组会店园台署团连班寨屯排营矿段片';
const UNIT_HEAD = `副?[${UNIT_HEAD_CHARS}]长`;
const TITLES = `${alternation(loadWords('person-titles'))}|${UNIT_HEAD}`;
const TITLE_FIRST = `${firstChars(loadWords('person-titles'))}副${UNIT_HEAD_CHARS}`;
const SURNAMES = alternation(loadWords('surnames'));
/** A phone's calling ending a reading (…小郑, …老周), and a surname beginning one. */
const CALLING_AT_END_RE = new RegExp(`.[小老](?:${SURNAMES})$`);
const SURNAME_AT_RE = new RegExp(`^(?:${SURNAMES})`);
/** Surnames that also begin common words (包, 和, 宁 …): words/wordlike-surnames.txt. */
const WORDLIKE_SURNAMES = alternation(loadWords('wordlike-surnames'));
/**
 * A conjunction (和, 与, 及) ends a name only before what it joins (王建国和李明): 秘书长韩立和 then
 * a space or a mark is 韩立和.
 */
const PEOPLE_NOUN_LIST = loadWords('people-nouns');
const NAME_ENDS = byLength(loadWords('name-ends'))
  .map((end) => {
    // (…and an end that begins a word for people is none there: 和致富带头人 is no 和致富.)
    const tails = PEOPLE_NOUN_LIST.filter((n) => n.length > end.length && n.startsWith(end)).map(
      (n) => escapeRe(n.slice(end.length)),
    );
    return escapeRe(end) + (tails.length > 0 ? `(?!${tails.join('|')})` : '');
  })
  .join('|')
  .replace(/(^|\|)([和与及])(?=\||$)/g, `$1$2(?=[${HAN}])`)
  // 李明辉于9月, 王建国于今年: 于 ends a name only before a time (善于, 属于, 处于 are words).
  .replace(
    /(^|\|)于(?=\||$)/,
    `$1于(?=[\\d〇零一二两三四五六七八九十今本去明近当同次上下年月春夏秋冬元端重国清节日会昨前中初底周])`,
  );
/** A title (its 助理 or 秘书 too: 局长助理罗新远), then perhaps a phone's space before the name. */
const TITLE_LEAD = `(?=[${TITLE_FIRST}])(${TITLES})(?:助理|秘书)?[ \t\u3000]?`;
/** 在镇长包海峰的带领下: 的, then the person's leading or help, ends the name. */
const LED_BY = `的(?=[${HAN}]{1,4}(?:下|中|帮助|支持|关心|协调|带领|指导|推动))`;
/** 书记王建国带队, 主任李华、…: a title, then a name that ends where a verb or a mark begins. */
const TITLE_NAME_RE = new RegExp(
  `${TITLE_LEAD}((?:${SURNAMES})[${HAN}]{1,2}?)(?=${NAME_ENDS}|${LED_BY}|[^${HAN}]|$)`,
  'g',
);
/**
 * A title, then a surname and two characters, whatever follows (主任刘晓峰具体负责, 所长陈志强统一
 * 指挥): most names have three characters, and no list of what may follow a name is complete.
 */
const TITLE_NAME3_RE = new RegExp(`${TITLE_LEAD}((?:${SURNAMES})[${HAN}]{2})`, 'g');
/**
 * 副主席包丽娜围绕…: a surname that also begins common words (包村, 包联: words/wordlike-surnames.txt)
 * begins a name after a title only as three characters a verb follows (not a mark, 同志 or 等:
 * 神父和村里2名, 律师和海关同志 join two words).
 */
/** The words a word-like surname begins (包村, 关心, 盘活 …): words/wordlike-surnames.txt's words. */
const WORDLIKE_WORDS = new Set(loadWords('wordlike-surname-words'));
const TITLE_WORDLIKE_NAME_RE = new RegExp(
  `${TITLE_LEAD}((?:${WORDLIKE_SURNAMES})[${HAN}]{2})(?!同志|等)(?=${NAME_ENDS}|${LED_BY})`,
  'g',
);
/**
 * 会长是罗志远, 组长为李华明, 所长叫周晓岚: a title, 是, 为 or 叫 (名叫, 叫做), then a full name
 * that ends there.
 */
const TITLE_IS_NAME_RE = new RegExp(
  `${TITLE_LEAD}(?:是|为|名?叫做?)((?:${SURNAMES})[${HAN}]{2})(?=${NAME_ENDS}|[^${HAN}]|$)`,
  'g',
);
const NOT_GIVEN_NAMES = new Set(loadWords('not-given-names'));
/**
 * Times that begin with a surname's character (周末, 夏季, 年底, 高峰期): 3个医生 周末要看…
 * names no 周末要. The periods of words/periods.txt, the seasons, the days of the week.
 */
const TIME_STARTS = new Set([
  ...loadWords('periods').map((w) => w.split('=')[0]!.slice(0, 2)),
  ...[...'春夏秋冬'].flatMap((c) => [`${c}季`, `${c}天`]),
  ...[...'末一二三四五六日天'].map((c) => `周${c}`),
  // …and the spans a period is counted in (季度例会 after 联络员 names no 季度例).
  '季度',
  '年度',
  '月度',
  // …and the busy and quiet times of a year or a day (words/busy-times.txt).
  ...loadWords('busy-times'),
]);
/** Whether a name read begins with a word no given name is (not-given-names.txt, a time). */
const beginsWithNoName = (name: string): boolean =>
  NOT_GIVEN_NAMES.has(name.slice(0, 2)) || TIME_STARTS.has(name.slice(0, 2));
/**
 * 副乡长热合曼, 主任洛桑丹增, 副书记顿珠带领: a minority name after a title, spelt in its own
 * characters; one of two characters only before a post's verb or a mark, not before a
 * preposition (教师增加到10人 is a verb); one of four or five whatever follows (主任阿依古丽讲解:
 * no common word after a title is four such characters).
 */
const TRANSLITERATED = loadWords('transliteration-chars').join('');
const TRANSLITERATED_RE = new RegExp(`^[${TRANSLITERATED}]+$`);
/** 阿果具体负责, 顿珠全面负责: an adverb, then a post's verb, ends the name before it too. */
const ADVERB_THEN_POST = '(?:具体|全面|直接|统一|亲自|专门|主要)(?:负责|分管|牵头|主持|调度)';
const TITLE_TRANSLITERATED_RE = new RegExp(
  `(?=[${TITLE_FIRST}])(${TITLES})(?:是|为)?([${TRANSLITERATED}]{4,5}(?![${TRANSLITERATED}])|(?:[${TRANSLITERATED}]{3}|[${TRANSLITERATED}]{2}(?![到在为对向和与及等每也还同被经]))(?![${TRANSLITERATED}])(?=${NAME_ENDS}|${ADVERB_THEN_POST}|[^${HAN}]|$))`,
  'g',
);
/**
 * 副站长关巴特尔图带队: a Han surname (of either list) before a spelt given name of three or four
 * characters, ending where a name ends — a Mongolian custom the spelt reading alone misses.
 */
const TITLE_SURNAME_SPELT_RE = new RegExp(
  `(?=[${TITLE_FIRST}])(${TITLES})((?:${SURNAMES}|${WORDLIKE_SURNAMES})[${TRANSLITERATED}]{3,4})(?![${TRANSLITERATED}])(?=${NAME_ENDS}|${ADVERB_THEN_POST}|[^${HAN}]|$)`,
  'g',
);
/** 镇长岩甩到现场, 主任阿果牵头: a short minority name after a title, known by its first character. */
const MINORITY_INITIALS = loadWords('minority-name-initials').join('');
const TITLE_MINORITY_RE = new RegExp(
  `(?=[${TITLE_FIRST}])(${TITLES})(?:是|为)?([${MINORITY_INITIALS}][${HAN}]{1,2}?)(?=${NAME_ENDS}|${ADVERB_THEN_POST}|开展|[^${HAN}]|$)`,
  'g',
);
/**
 * 副乡长强巴益西分管, 主席关振华主持: a name of three or four characters after a title, known by
 * what follows it (a post's verb — 负责, not the title 负责人: 律师事务所负责人 names no 事务所 —
 * or 任 and a post: 乡长蜂建华任副组长), whatever its characters (a
 * surname the list leaves out, a minority name); not an adverb of that verb (副书记具体分管) nor a
 * count (一把手).
 */
/** What a post's verb may begin with (具体负责, 统一调度, 亲自): after a name, no part of it. */
const POST_ADVERBS =
  '具体|亲自|直接|全面|统一|专门|主要|共同|分别|负责|统筹|协助|重点|牵头|分管|调度';
const POST_ADVERB_AT_RE = new RegExp(`^(?:${POST_ADVERBS})`);
/**
 * 馆长郑亲自出镜, 馆长老郑亲自出镜: a surname a post's adverb follows, or 老 after a unit's head
 * (长老 there is no elder), is a person called by the surname — no full name given. (Not after
 * 会长: 教会长老李国华 is an elder.) The one called by 老 and the surname is read as such, a
 * calling a 公文 may leave out (馆长亲自出镜) but not swap (a draft's 老王 for him is none).
 */
function calledBySurname(text: string, at: number, out: NameFact[]): boolean {
  const old =
    text[at - 1] === '老' && HEAD_BEFORE_OLD_RE.test(text.slice(Math.max(0, at - 4), at - 1));
  if (!old && !POST_ADVERB_AT_RE.test(text.slice(at + 1, at + 3))) return false;
  if (text[at - 1] === '老' && !out.some((o) => o.kind === 'person' && o.index === at - 1))
    out.push({ kind: 'person', text: `老${text[at]}`, index: at - 1, calling: true });
  return true;
}
// (…a 秘书长 too: 秘书长老林查账; not a 会长, since 教会长老, 两会长老 are elders.)
const HEAD_BEFORE_OLD_RE = new RegExp(`(?:[${UNIT_HEAD_CHARS.replace('会', '')}]|秘书)长$`);
/** The kind of body a title's next character makes of it (委员会, 书记处, 主席团): no name. */
const BODY_AFTER_TITLE_RE = /^[会处团]/;
/** 负责, the verb after a name, and not the title 负责人 (负责人事, 负责人民 are the verb again). */
const IN_CHARGE = '负责(?!人(?![事居员口才武大民防社力畜文身工]))';
const IN_CHARGE_AT_RE = new RegExp(`^${IN_CHARGE}`);
const TITLE_POSTED_NAME_RE = new RegExp(
  `(?=[${TITLE_FIRST}])(${TITLES})(?!${POST_ADVERBS})(?![一二两三四五六七八九十每各本该此这那全兼])([${HAN}]{3,4})(?<!具体|亲自|直接|全面|统一|专门|主要|共同|分别|统筹|协助|重点|同志|[总全主亲共均也还都又再亦担兼出])(?=(?:具体|全面|亲自|直接|主要|专门)?(?:分管(?!理)|牵头|${IN_CHARGE}|主持|带队|挂帅)|任(?:副|常务)?(?:${TITLES}))`,
  'g',
);
/**
 * 副局长计明涛到场致辞: three characters after a title, then what only a person does there (comes,
 * speaks, takes part, helps), are a name whatever its surname; not an adverb (副书记亲自到场), a
 * count or a word of a clause (书记在会上讲话, 主任们积极参与: POSTED_NOT_NAME_RE and the
 * function characters).
 */
const PERSON_ACTS = '到场|出席|致辞|讲话|莅临|宣讲|授课|主讲|发言|作报告|陪同|协助|配合|签订|签署';
/** (…after a post's title only: 会员轮流当主讲 says what members do, in turn.) */
const POST_TITLES = alternation(
  loadWords('person-titles').filter((t) => /(?:长|主任|书记|主席|主委|经理|支书)$/.test(t)),
);
const TITLE_ACTING_NAME_RE = new RegExp(
  `(${POST_TITLES})(?!${POST_ADVERBS}|${PERSON_ACTS})(?![一二两三四五六七八九十每各本该此这那全])([${HAN}]{3})(?=${PERSON_ACTS})`,
  'g',
);
/**
 * What no name of such a reading holds: an adverb or verb that runs a clause on (都, 已, 实行 …),
 * or a particle (的, 了 …).
 */
const POSTED_NOT_NAME_RE = /[都也还均已将要在把对被从向给使实行进开做抓的了和与及是]/;
/** Characters no given name is read with (的, 了, 和 …): 书记在会上 holds no person 在会上. */
const FUNCTION_CHAR_SET = new Set(loadWords('function-chars'));
/** Words that read as a surname and a given name but are none (骨干, 老党员 …). */
function notAGivenName(name: string): boolean {
  return beginsWithNoName(name) || NOT_GIVEN_RE.test(name.slice(1));
}
const NAME_SAFE_FUNCTION_CHARS = new Set(loadWords('name-safe-function-chars'));
/**
 * A given name read with a function character (在, 了, 和 …): 书记在会上 names no 在会上. In a
 * frame that says it is a name (`framed`: 孙达明任副会长), only those no given name holds.
 */
/** A name without its surname (亓官明远 → 明远: the 官 of a compound surname is no given name's). */
const givenOf = (name: string): string =>
  name.slice(COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : 1);

function givenHasFunctionChar(name: string, framed = false): boolean {
  const given = [...givenOf(name)];
  return given.some(
    (c, i) =>
      FUNCTION_CHAR_SET.has(c) &&
      !(framed && NAME_SAFE_FUNCTION_CHARS.has(c)) &&
      // (约 is 'about' only before a figure: 褚约翰 spells John.)
      !(
        c === '约' &&
        /[\u4e00-\u9fff]/.test(given[i + 1] ?? '') &&
        !NUMERAL_CHAR_RE.test(given[i + 1]!)
      ),
  );
}
const NUMERAL_CHAR_RE = /[〇零一二两三四五六七八九十百千万\d]/;
/** A 'name' that ends in a title is a post (任组长, 兼主任). */
const TITLE_END_RE = new RegExp(`(?:${TITLES}|长)$`);
/** 农艺师 高级农艺师: a title (with its grade) where a name would begin is another title. */
const TITLE_AT_RE = new RegExp(`^(?:高级|中级|初级|常务副?|副|正|助理)?(?:${TITLES})`);
/**
 * 牧师任副主任, （德昂族）任副组长: 任 or 兼 with a title (and its grade) right after it is the
 * verb of a post, not a surname.
 */
const postVerbAt = (text: string, at: number): boolean =>
  /[任兼]/.test(text[at] ?? '') &&
  // (…not after 由, 请 or a list's mark, where a surname 任 stands: 会议由任副书记主持.)
  !/[由请和与及同跟向、]/.test(text[at - 1] ?? '') &&
  TITLE_AT_RE.test(text.slice(at + 1, at + 9));
/** Words that stand before 同志 after a surname-like character without being a name. */
const NOT_GIVEN_RE = /^(?:先进|优秀|年轻|全体|基层|一线|党员|干部|老|新|女|男)/;
/** A title, then two to four 汉字 and 同志: 副书记玉罕同志. */
const TITLE_COMRADE_RE = new RegExp(`${TITLE_LEAD}([${HAN}]{2,4}?)同志`, 'g');
/** Callings said after a person's name (周慧琳医生, 王老师): words/callings.txt. */
export const CALLINGS = alternation(loadWords('callings'));
const CALLING_AT_RE = new RegExp(`^(?:${CALLINGS})`);
/** 王建国同志, 张华等同志. */
/**
 * Whether `said` at `at` (乡村医生 after 焦 of 聚焦) stands elsewhere in `text` without its first
 * character: then it is a common noun, and that character ended the word before it.
 */
function commonNoun(text: string, at: number, said: string): boolean {
  const rest = said.slice(1);
  for (let i = text.indexOf(rest); i >= 0; i = text.indexOf(rest, i + 1)) {
    // (The same name said again, its first character with it, is the same person: 丁海山阿訇
    // twice is no common noun 海山阿訇.)
    if (i !== at + 1 && text[i - 1] !== said[0]) return true;
  }
  return false;
}
/** A function word before a site's character makes it no site's (请了宫林同志: 宫 begins him). */
const FUNCTION_BEFORE_SITE_RE = /[了的是和与及在请由让叫给跟向对把被将为]/;
/** …a grade before the calling is no part of the name (冯岚副教授). */
const NAME_COMRADE_RE = new RegExp(
  `((?:${SURNAMES})[${HAN}]{1,2}?)等?(?:副|高级|正)?(?:同志|${CALLINGS})`,
  'g',
);
/**
 * 请吕素云老人教, 由林秀英阿姨带: a full name (a surname and two characters) and a word of polite
 * address, where a person begins (after a mark, a space or a word that introduces one). Not a
 * calling (提高老人待遇 names no one), so only in that place and only after a whole name.
 */
const NAME_ADDRESS_RE = new RegExp(
  `(?<=^|[^\\u4e00-\\u9fff]|[请由邀找让给向跟同被叫和与及])((?:${SURNAMES})[${HAN}]{2})(?:老人|老先生|老太太|师傅|大爷|大娘|大叔|大姐|阿姨|奶奶|爷爷)`,
  'g',
);
/**
 * A name given a post: 王建国任组长, 冉静提任宗教科副科长, 由王建国担任, 组长由王建国牵头 (郑丽卿继续担任会长:
 * an adverb of going on may stand between; 王建军当中队长, a name of three before a bare 当). 任 is a
 * surname too, so the post (a title, after at most six characters of its office) must follow 任, or 由 stand before the name;
 * a bare 任 after 兼, 担, 现 … is that verb's, not a name's end (医生厍秀兰兼任组长 names no 兰兼). After 由 the name may follow what
 * the person is (由网约车司机张伟担任, 由退休教师李芳牵头): a short phrase ending in a character
 * that closes a noun for a person (PERSON_NOUN_END), whatever the occupation.
 */
const PERSON_NOUN_END = '人员师生机工手家户者士官警';
const NAME_POST_RE = new RegExp(
  `((?:${SURNAMES})(?:(?!继续|仍然|再次|依然)[${HAN}]){1,2}?)(?:同志)?(?:继续|仍然|仍|再次|依然|又)?(?:担任|兼任|提任|升任|调任|转任|现任|连任|留任|续任|当选|当上了?|当了|(?<![担兼提升调转现出继连留续])任)(?=[${HAN}]{0,6}?(?:${TITLES})|组长|副组长|成员)|(?:(?<![${HAN}])|(?<=[的是和与及]))((?:${SURNAMES})[${HAN}]{2})当(?=[${HAN}]{0,3}?(?:${TITLES}))|由(?:[${HAN}]{0,8}?[${PERSON_NOUN_END}])??((?:${SURNAMES})[${HAN}]{1,2}?)(?:同志)?(?=(?:具体|全面|直接|主要|专门|亲自|统一)?(?:担任|兼任|任|牵头|负责|主持|带队))`,
  'g',
);
/** 特聘钱振华为名誉理事长, 聘请李芳担任顾问: a verb of engaging, a name, 为 and a post. */
const ENGAGED_AS_RE = new RegExp(
  `(?<=聘请|特聘|聘任|推选|选举|增补)((?:${SURNAMES})[${HAN}]{1,2}?)(?:为|担任)(?=[${HAN}]{0,6}?(?:${TITLES}|顾问))`,
  'g',
);
/**
 * 小黄 黄雨婷, 网格员小谭 就是谭嘉怡: a calling (alone, or after 的, a word for people, a team
 * or a 个: 举重队小陈 陈雅婷, 有个老陈 陈志远), a space
 * (or 就是), then a name of three with its surname (not two: 老王 王家, 小张 张罗 are words —
 * unless what follows a name follows it: 小孙 孙悦在弄).
 */
const CALLING_THEN_NAME_RE = new RegExp(
  `(?:(?<![${HAN}])|(?<=[的员长师是队组班个]))[小老]((?:${SURNAMES}))(?:[ \t\u3000]+|[ \t\u3000]*(?:也?就是|全名|大名|名叫)[ \t\u3000]*)(\\1(?:[${HAN}]{2}(?![${HAN}])|[${HAN}]{2}(?=${NAME_ENDS})|[${HAN}](?=${NAME_ENDS})))`,
  'g',
);
/** A kind of people, a place or a group by its last character (农民工, 万家村, 龙舟队, 农技员). */
const GROUP_END_RE = /[村庄湾屯寨园队团组工族汉妇会社员户]$/;
/** After a phone's space, what ends a name read there: no 汉字 nor figure, or a name's end word. */
const SPACED_NAME_END_RE = new RegExp(`^(?:[^${HAN}\\d]|$|${NAME_ENDS})`);
/**
 * 党外中层 高级职称, 果农 杨梅林300亩, 村民 龙舟队参加: after a word for people and a phone's space,
 * a name is a phrase of its own — ending at a space, a mark, the end or a name's end word (党外中层
 * 欧阳敏 9月份任…, 包村干部 李建军带队) — and no team's or group's word. Whether what was read at
 * `index` is no name for that.
 */
function spacedNoName(text: string, index: number, name: string): boolean {
  return (
    /[ \t\u3000]/.test(text[index - 1] ?? '') &&
    (!SPACED_NAME_END_RE.test(text.slice(index + name.length)) || GROUP_END_RE.test(name))
  );
}
/**
 * 桥隧车间的陈志明是市政协委员: a full name after 的 (or a mark or a phone's space), then 是 and,
 * within a body's name, a title — who the person is, as a phone says it.
 */
const NAME_IS_TITLE_RE = new RegExp(
  `(?<=[的、，,]|[ \t\u3000])((?:${SURNAMES})[${HAN}]{2})是(?=[${HAN}]{0,6}?(?:${TITLES}))`,
  'g',
);
/** A name, then where it is sent to serve: 赵文瀚到县文化馆挂职, 李明赴上海交流学习. */
const SENT_TO_POST_RE = new RegExp(
  `((?:${SURNAMES})[${HAN}]{1,2})(?=(?:到|赴)[${HAN}]{2,12}?(?:挂职|任职|交流|跟岗))`,
  'g',
);
/**
 * A name after a word for people (居民代表李秀英在, 外卖骑手刘洋、, 老侨胞陈国栋等): any noun of two
 * or more characters ending like one (PEOPLE_END), then a name that ends where a verb or a mark
 * begins, as after a title. An invented resident is as much a person as an invented secretary.
 */
const PEOPLE_END = '人员师生家户者士官警民众胞贤表亲友医眷属嫂兵';
export const PEOPLE_END_RE = new RegExp(`[${PEOPLE_END}]$`);
/**
 * A word for people before a name, by its end: 生 only as the people it ends (学生, 医生, 考生,
 * 毕业生, 高中生, 贫困生, 特长生 …), since it begins more words than it ends (把生姜产业 names no
 * 姜产业). A word for people never begins with 是, 的 or 都 (都是师范类毕业的: 是师 is no word).
 */
const PEOPLE_WORD_END = `(?:(?![是的了都也还就在])[${HAN}][${PEOPLE_END.replace('生', '')}]|[学师医考新究先书业习留实中科困专宿育术长]生)`;
/**
 * …or after the group or office a person works in (音乐组孙晓、美术组钱志明, 后勤科冯德利等), and
 * after 干部 and 骨干 (驻村干部王海涛到会): whole words, since 部 alone ends bodies' names.
 */
const TEAM_END = '组科室股班';
/** Words for people whose last character ends other words too (干部, 老板): words/people-nouns.txt. */
const PEOPLE_WORDS = alternation(loadWords('people-nouns'));
const PEOPLE_WORD_SET = new Set(loadWords('people-nouns'));
/**
 * 党外人士阿说古则带队, 推荐侨眷代表扎西顿珠当选: the same, three or four characters, after a
 * word that names people as such (人士, 代表 …), before a post's verb or 当选 (a phone's space
 * before 当选 too: 老艺人朵兰芝 当选; not before 牵头, which may open the next clause).
 */
const PEOPLE_POSTED_NAME_RE = new RegExp(
  `(?<=人士|代表|[侨同]胞|侨眷|乡贤|[党会成]员|${PEOPLE_WORDS})(?!具体|亲自|直接|全面|统一|专门|主要|共同|分别|负责|统筹|协助|重点|牵头|分管|积极|全程|带头|成功)([${HAN}]{3,4}?)(?<!具体|亲自|直接|全面|统一|专门|主要|共同|分别|统筹|协助|重点|积极|全程|带头|成功|[总全主亲共均也还都又再亦])(?=分管(?!理)|牵头|${IN_CHARGE}|主持|带队|挂帅|[ \t\u3000]?当选)`,
  'g',
);
const PEOPLE_NAME_RE = new RegExp(
  `(?<=${PEOPLE_WORD_END}|${PEOPLE_WORDS}|[${HAN}\\d)）][${TEAM_END}])[ \t\u3000]?((?:${SURNAMES})[${HAN}]{1,2}?)(?=${NAME_ENDS}|[、\\s（(])`,
  'g',
);
/**
 * 传承人盘金凤带徒弟: a word-like surname (盘, 包, 普 …) after a word for people begins a name as it
 * does after a title: three characters a name's end follows, never a word it begins (盘活).
 */
const PEOPLE_WORDLIKE_NAME_RE = new RegExp(
  `(?<=${PEOPLE_WORD_END}|${PEOPLE_WORDS})((?:${WORDLIKE_SURNAMES})[${HAN}]{2})(?=${NAME_ENDS})`,
  'g',
);
/**
 * What must follow a two-character name read after a word for people: a list's mark or 等. Idioms
 * run words for people into common words (家喻户晓，千家万户。手段相对滞后), so a name read here
 * must end where a verb or a list goes on, never at a comma or a sentence's end, and the short
 * reading needs the list around it (a 、 or 等: a phone's space ends 手段单一 as well as a name).
 */
const SHORT_PEOPLE_NAME_END_RE = /^(?:、|等|同志|所在)/;
/** An occupation just before a name: two characters or more ending in 师 or 医 (营养师, 村医). */
const OCCUPATION_BEFORE_RE = /[\u4e00-\u9fff]{1,2}[师医]$/;
/** Characters of words for people that no given name holds (家喻户晓 names no 喻户晓), and 几. */
const NEVER_GIVEN = new Set('户众胞表者员手官警几');
/** A negation and a verb's complement: 不过(来), 不上, 不了, 不到, 没有, 没法. */
const NEGATED_COMPLEMENT_RE = /^(?:不[过上了到开起够下完清住来去]|没[有法])/;
/** One item of a list of people: a surname and one or two characters, nothing else. */
const LIST_NAME_RE = new RegExp(`^(?:${SURNAMES})[${HAN}]{1,2}$`);
/** A list's last name, where a verb or a mark begins (、王德福参加): as after a title. */
const LIST_LAST_RE = new RegExp(`^((?:${SURNAMES})[${HAN}]{1,2}?)(?=${NAME_ENDS}|[^${HAN}]|$)`);
/** What may close a list of people after its last name (王建国、李明等同志). */
const LIST_TAIL_RE = /(?:等同志|同志|等人|等)$/;
/**
 * A full name, then its title (林晓梅副书记), where a person's name may begin: after a stop, 的,
 * or a word that introduces one (由, 请, 明确 …).
 */
const TITLE_AFTER_NAME = `((?:副|正|常务)?(?:书记|主任|校长|部长|局长|镇长|乡长|县长|会长|主席|院长|所长|站长|社长|村长|组长|主委|理事长|秘书长|经理|董事长|总经理|${UNIT_HEAD_CHARS.split(
  '',
)
  .map((c) => `${c}长`)
  .join('|')})|(?:主治|主管|副主任|主任)?(?:医师|护师|药师))`;
const NAME_THEN_TITLE_RE = new RegExp(
  `(?<=^|[^${HAN}]|[的是请由和与及让给向被将对]|明确)((?:${SURNAMES})[${HAN}]{1,2}?)${TITLE_AFTER_NAME}`,
  'g',
);
/**
 * The same after a body's name (外语学院吴海燕副院长, 县民宗局王建华副局长): where a body read
 * ends, the person of it may begin. Checked against the bodies read, not by a lookbehind.
 */
const ANY_NAME_THEN_TITLE_RE = new RegExp(
  `((?:${SURNAMES})[${HAN}]{1,2}?)${TITLE_AFTER_NAME}`,
  'g',
);
/** What ends a place's or a body's word (母校, 学校, 村里, 对方): in the answers, after 向. */
const PLACE_OR_BODY_END_RE = /[校村镇乡区县市省会局院所站部委组队社家里方]$/;
/**
 * The same in a draft, without the characters given names end in too (建社, 东方, 国家): 向学校,
 * 向村里 name no one.
 */
const PLACE_WORD_END_RE = /[校村镇乡区县市省局院所站部委里]$/;
/** Prepositions that are surnames too (向, 于, 和 …): before a name they are the preposition. */
const PREPOSITION_SURNAME_RE = /^[向对给跟和与同为被由把将从在于]/;
/** 全体, 各村, 广大, 职工, 群众: what a preposition's object is when it is people, not a name. */
const isPeopleWord = (word: string): boolean =>
  PEOPLE_WORD_SET.has(word) || PEOPLE_END_RE.test(word);
const addressesPeople = (given: string): boolean =>
  /^(?:全|各|广大|所有|每)/.test(given) || isPeopleWord(given);
/** 王书记, 李主任, 钭副校长: a surname and a title, not 担任主任 or 新任书记. */
const SURNAME_TITLE_RE = new RegExp(
  `(?<![担兼出就继现原前新离上到卸升调])(${SURNAMES})((?:副|常务副)?(?:书记|主任|校长|部长|局长|镇长|会长|主席|院长|[科股站所队场馆行庭处厅村组社]长))`,
  'g',
);
/**
 * 陈医生, 王老师: a surname and a calling — only where a person begins (after a stop, a 的, or a
 * word that introduces one), since 提高老师待遇 and 全体老师 name no one.
 */
const SURNAME_CALLING_RE = new RegExp(
  `(?<=^|[^\\u4e00-\\u9fff]|[的是请由和与及让找给向跟同被叫邀位名])(${SURNAMES})(${CALLINGS}|师傅)(?![\\u4e00-\\u9fff]?[们])`,
  'g',
);

const ACTIVITY_SUFFIXES = [...loadWords('activity-suffixes'), ...loadWords('event-suffixes')];
/** Endings that are nouns (招聘会, 文化节, 活动); verbs such as 调研, 走访 name no event. */
const NOUN_EVENT_RE =
  /(?:会|节|班|赛|武|营|论坛|讲坛|讲座|讲堂|课堂|沙龙|展览|汇演|展|活动|行动|工程)$/;
const EVENT_RE = new RegExp(
  `(${alternation(ACTIVITY_SUFFIXES.filter((s) => NOUN_EVENT_RE.test(s)))})`,
  'g',
);
/** 招聘会 is an event even without a proper name; 活动 alone is not. */
const BARE_EVENT_RE = /(?:会|节|班|赛|论坛|讲座|讲堂|沙龙|展览|汇演)$/;
/**
 * A bare verb (and its count) just before an event's kind: 开观摩会, 办一次茶话会, 开过现场会, 想办成
 * 比赛的形式.
 */
const BARE_VERB_END_RE = /^.*[开办搞抓][了过成]?(?:[一两]?[次场个期届回])?$/;
const EVENT_VERB_RE = new RegExp(
  `^.*(?:召开[了过]?|开展[了过]?|举办[了过]?|组织[了过]?|参加[了过]?|参与[了过]?|列席[了过]?|出席[了过]?|旁听[了过]?|举行[了过]?|进行[了过]?|开设[了过]?|开办[了过]?|推出[了过]?|启动[了过]?|[开办搞][了过成]|深入|积极|认真|广泛|扎实|通过|利用|承办[了过]?|协办[了过]?|筹办[了过]?|研究|部署|谋划|策划[了过]?|筹备[了过]?|${IN_CHARGE})`,
);
const GENERIC_RE = new RegExp(
  alternation([...loadWords('generic-words'), ...loadWords('event-generic')]),
  'g',
);
const EDITION_END_RE = /(?<=[开办搞抓])第[\d一二三四五六七八九十百]+[届次期轮]$/;
const ORDINAL_RE =
  /第[\d一二三四五六七八九十百]+[届次期轮]|[\d一二三四五六七八九十两]+[次场期届轮]/g;
/** 环节, 季节, 细节: words ending like an event that are none. */
const NOT_EVENT_RE =
  /(?:环节|季节|细节|时节|礼节|章节|情节|关节|调节|春节|中秋节|端午节|国庆节|重阳节|元宵节|清明节|实际行动)$/;

/** Text with 《》, quotes and 【待补】 masked, same length: names inside them are not separate. */
function masked(text: string): string {
  return text
    .replace(PLACEHOLDER_RE, (m) => MASK.repeat(m.length))
    .replace(/《[^《》\n]*》|“[^“”\n]*”|"[^"\n]*"|「[^「」\n]*」|『[^『』\n]*』/g, (m) =>
      MASK.repeat(m.length),
    );
}

/** Where a name whose head starts at `headStart` begins: at a boundary word, a date or `max` 字. */
/** words/boundary-word-ends.txt: 安全, 基本 … — a boundary's character ending another word. */
const BOUNDARY_WORD_ENDS = new Set(loadWords('boundary-word-ends'));
/** words/boundary-word-starts.txt: 经销, 在外 … — a boundary's character beginning a word. */
const BOUNDARY_WORD_STARTS = new Set(loadWords('boundary-word-starts'));

/** What follows a pointing 这 or 那: a measure, a numeral, a where or a when (这次, 那两个, 那里). */
const DEMONSTRATIVE_NEXT_RE =
  /[个次些场天年月里边时位家所项件回届期批种样段阵支座条块部份名户类轮趟间会儿是周么俩栋礼一二两三四五六七八九十几\d]/;

function endsWithBoundary(
  text: string,
  end: number,
  boundaries: Set<string>,
  wordEnds = false,
): boolean {
  for (let k = 1; k <= LONGEST_BOUNDARY && k <= end; k++) {
    if (!boundaries.has(text.slice(end - k, end))) continue;
    // 安全月活动: the 全 of 安全 ends that word, not a name's start.
    if (wordEnds && k === 1 && BOUNDARY_WORD_ENDS.has(text.slice(end - 2, end))) continue;
    // 农资经销商座谈会: the 经 begins 经销, inside the name.
    if (k === 1 && BOUNDARY_WORD_STARTS.has(text.slice(end - 1, end + 1))) continue;
    // 借那达慕大会之机: 这 and 那 point only before a measure, a number or a where (那个, 这次, 那
    // 里); before anything else they are a name's own (那达慕, 那坡).
    if (k === 1 && /[这那]/.test(text[end - 1]!) && !DEMONSTRATIVE_NEXT_RE.test(text[end] ?? ''))
      continue;
    return true;
  }
  return false;
}

/** Verbs among the boundaries that are also a firm's or a centre's trade (服务公司, 发展中心). */
const TRADE_BEFORE_KIND_RE = /^(?:服务|发展|指导)$/;
const LEVEL_CHAR_RE = /[省市州县区旗乡镇]/;
const PEOPLE_BEFORE_LEVEL_RE = /(?:党员|人士|党外|群众|代表)$/;
/**
 * 重点研究县侨联换届: verbs that begin bodies' names (研究会, 调研室, 学习社), so are no boundary
 * of words/name-boundaries.txt, but before a level are the verb of the body named after it; and
 * so is 如 "such as" (如区住建局的部分事项, not a body 如区住建局).
 */
const VERB_BEFORE_LEVEL_RE = /(?:研究|调研|学习|考察|如)$/;

/** 五星级, 四星: a grade of stars, which begins the name of a class of bodies. */
const STAR_GRADE_RE = /^[一二三四五六七]星级?/;

function prefixStart(
  text: string,
  headStart: number,
  boundaries: Set<string>,
  max = MAX_PREFIX,
): number {
  let start = headStart;
  const limit = Math.max(0, headStart - max);
  while (start > limit && HAN_CHAR_RE.test(text[start - 1]!)) {
    // A word ending in a boundary's character (安全) is passed only where stopping would leave
    // less than a name before the head (校园安全月活动, not 月活动).
    if (endsWithBoundary(text, start, boundaries, headStart - start < 2)) break;
    if (DATE_END_RE.test(text.slice(Math.max(0, start - 3), start))) break;
    // 14个乡镇设立…: a count ends a name on the left (its measure is no part of it).
    if (COUNT_END_RE.test(text.slice(Math.max(0, start - 3), start))) break;
    // 有个养蜂合作社, 搞了个协会: a measure said with no numeral after having or doing is 'a'.
    if (BARE_MEASURE_END_RE.test(text.slice(Math.max(0, start - 2), start))) break;
    if (WITHIN_END_RE.test(text.slice(Math.max(0, start - 2), start))) break;
    // 会员里民进 农工党的占了一半多: among people (会员里, 党员中) is where, as a place's 内 is.
    if (AMONG_END_RE.test(text.slice(Math.max(0, start - 3), start))) break;
    // 共评出五星级服务站8个: a grade of stars begins a class of bodies; nothing before it is
    // their name.
    if (STAR_GRADE_RE.test(text.slice(start, headStart))) break;
    // 非中共党员镇人大代表: a word for people before a level ends the body's name there.
    if (
      LEVEL_CHAR_RE.test(text[start] ?? '') &&
      (PEOPLE_BEFORE_LEVEL_RE.test(text.slice(0, start)) ||
        VERB_BEFORE_LEVEL_RE.test(text.slice(Math.max(0, start - 2), start)))
    )
      break;
    start--;
  }
  return start;
}

/** The democratic parties by the short names members call them (民建, 农工党, 九三学社 …). */
const PARTY_SHORT_RE = /^(?:民革|民盟|民建|民进|农工党?|致公党?|九三(?:学社)?|台盟)$/;
/** What follows a party's short name when it is one (民进会员, 民盟支部, 民革中央 …). */
const AFTER_PARTY_RE = /^(?:[会党成盟委]员|人士|主委|支部|组织|界|[省市州县区]委|基层|中央)/;

/**
 * Whether 民进 (民革, 民盟, 民建) at [start, end) runs across two words: a noun ending in 民
 * before it (移民, 村民), a word that is no party's after it.
 */
function partyInsideWords(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  return (
    HAN_CHAR_RE.test(before) &&
    !/[省州县区旗]/.test(before) &&
    !endsWithBoundary(text, start, ORG_BOUNDARIES) &&
    HAN_CHAR_RE.test(text[end] ?? '') &&
    !AFTER_PARTY_RE.test(text.slice(end))
  );
}

/** A count of places before a level (3个县, 两个乡, 138个村服务站): the level is what is counted. */
const COUNTED_LEVEL_RE = /[\d〇零一二两三四五六七八九十百千万几多余]个$/;
/** …unless the count is of the body's people (1个区人大代表, 3个县政协委员): then it names it. */
const COUNTED_PEOPLE_AFTER_RE = /^(?:代表|委员|常委|干部|成员|人员|职工|员工|党员|会员)/;
/** A means (two characters or more), then a verb of leading (党建引领, 产业带动, 科技赋能). */
const LEADING_VERB_RE = /(?<=^[\u4e00-\u9fff]{2,}?)(?:引领|带动|赋能)/;

function extractOrgs(text: string, out: NameFact[], boundaries = ORG_BOUNDARIES): void {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(ORG_RE)) {
    if (PARTY_WORD_RE.test(text.slice(m.index, m.index + 3))) continue;
    // 项目由副局长: 副 and a kind, then 长, is a deputy's title (副局长, 副所长), no body's end.
    if (text[m.index + m[0].length] === '长' && text[m.index + m[0].length - 2] === '副') continue;
    // 赵志刚任中队长, 当队长: a post's verb, a kind, then 长, is the title given (中队长), no body.
    if (
      text[m.index + m[0].length] === '长' &&
      /[任当兼]$/.test(text.slice(0, m.index)) &&
      !/^[省市州县区旗乡镇村]/.test(m[0])
    )
      continue;
    // 监察大队大队长: a body's kind said again right after it, then 长, is its head's title (大队长,
    // 支队长), no second body run on after the first (县养蜂协会长期… is still a body).
    if (
      text[m.index + m[0].length] === '长' &&
      text.slice(m.index - m[0].length, m.index) === m[0] &&
      (ORG_STEM_SET.has(m[0]) || NAMED_ENDINGS.has(m[0]))
    )
      continue;
    // 一支队伍: a numeral's measure (支) begins no body (支队).
    if (COUNT_END_RE.test(text.slice(Math.max(0, m.index - 1), m.index + 1))) continue;
    // 周边3个县签订跨馆…: a level counted (3个县) is places, no body's level.
    if (
      /^[省市州县区乡镇]/.test(m[0]) &&
      COUNTED_LEVEL_RE.test(text.slice(Math.max(0, m.index - 3), m.index))
    )
      continue;
    const end = m.index + m[0].length;
    // 都是移民 进城: a party's short name read across a word's end (移民进城) names no party.
    if (/^民[革盟建进]$/.test(m[0]) && partyInsideWords(text, m.index, end)) continue;
    if (runsOn(text, end)) continue;
    if (NOT_BUREAUS.has(text.slice(end - 2, end))) continue;
    // 回乡创办茶叶合作社: an institution's name holds no verb of founding or holding, and no
    // word of quantity (全县所有乡镇卫生院 names no 县所有乡镇卫生院).
    // Nor a 的 or a 各 (县城的卫生院, 全县各卫生院 name no body).
    if (/所有|各|全部|每个|这些|那些|的/.test(m[0])) continue;
    const verb = FOUNDING_RE.exec(m[0].slice(1));
    if (verb) {
      // 联合县养蜂协会举办果农合作社交流会: read too far, across a verb; a body that ends right
      // before the verb (县养蜂协会) is still one.
      const cut = m.index + 1 + verb.index;
      const left = text.slice(m.index, cut);
      if (endsInStem(left)) {
        const from = prefixStart(text, m.index, boundaries);
        const last = spans.at(-1);
        if (last && from <= last[1]) last[1] = Math.max(last[1], cut);
        else spans.push([from, cut]);
      }
      continue;
    }
    // 老人学会用手机, 让村民学会分类, 护林员均学会使用: 学会 after a word for people or an
    // adverb, a verb after it, is learning.
    // (After an adverb it is the verb even where the clause ends: 学生全部学会。)
    const adverb = /(?:全部|已经|[均都全已也还能要没])$/.test(
      text.slice(Math.max(0, m.index - 2), m.index),
    );
    if (
      m[0] === '学会' &&
      (adverb ||
        (`${PEOPLE_END}子们童娃`.includes(text[m.index - 1] ?? '') &&
          /^[\u4e00-\u9fff]/.test(text.slice(end)))) &&
      !/[省市州县区旗镇乡]/.test(text.slice(Math.max(0, m.index - 3), m.index)) &&
      !/^[会理的秘常副组成]/.test(text.slice(end))
    )
      continue;
    // 全市社区卫生服务站, 全县便民服务社: after 全 a level says how far, and begins no body.
    if (text[m.index - 1] === '全' && /^[省市州县区旗乡镇村]/.test(m[0])) continue;
    // 接入平台办理, 平台办事大厅: a stem that ends in 办 before 理 or 事 is that verb or word
    // (平台, no 台办), as a level-read 办 is (外事办公室 is still the office).
    const afterStem = text.slice(m.index + m[0].length);
    if (
      m[0].endsWith('办') &&
      BAN_WORD_NEXT.includes(afterStem[0] ?? '_') &&
      !afterStem.startsWith('公室')
    )
      continue;
    // 服务中心、服务群众的能力: a stem whose first two characters the next item of its list begins
    // with again is that verb and its object, one of parallel phrases (serving the centre), no body.
    // (Not a level's bodies listed: 县民宗局、县民政局.)
    if (
      m[0].length > 2 &&
      !/^[省市州县区旗乡镇村]/.test(m[0]) &&
      /^[、和与及]/.test(afterStem) &&
      afterStem.startsWith(m[0].slice(0, 2), 1)
    )
      continue;
    // 村镇处来站检查: a body came to the unit (来站, 到所, 赴馆); its name ended before the verb.
    if (/[来到赴去][站所馆院队社局办]$/.test(m[0])) continue;
    let start = prefixStart(text, m.index, boundaries);
    // 松林保洁服务公司: a verb of the boundary list right before the kind is the firm's trade, and
    // the name runs on before it.
    if (
      start === m.index &&
      TRADE_BEFORE_KIND_RE.test(text.slice(Math.max(0, m.index - 2), m.index)) &&
      text[end] !== '化'
    )
      start = prefixStart(text, m.index - 2, boundaries);
    // 档案员邓小娟民建, 黄梅农工党: a party's short name takes a level before it (县民建), never a
    // member's name or post.
    if (PARTY_SHORT_RE.test(m[0]) && !/[省市州县区旗]$/.test(text.slice(start, m.index)))
      start = m.index;
    // 镇班子成员走访粮油加工站, 镇领导调研县农机站: read across a verb of visiting; the body's name
    // begins after the verb (a rest too short to be a name is none).
    // 整合县法院、县审计局: the first of a list whose next item opens with the same level begins
    // at its level too (what stands before is the verb of the list).
    if (
      start < m.index &&
      /^[省市州县区旗镇乡]/.test(m[0]) &&
      text[end] === '、' &&
      text[end + 1] === m[0][0]
    )
      start = m.index;
    // 实现乡镇文化站全覆盖: a collective level (乡镇, 村级, 县直) names no place in particular, so
    // nothing before it is the body's name.
    const collective = [...text.slice(start, m.index).matchAll(COLLECTIVE_LEVEL_RE)].at(-1);
    if (collective) start += collective.index;
    // 县级医院, 市直学校: a collective level right before the kind names a grade of them, no one.
    if (collective && start + collective[0].length === m.index) continue;
    // 推动每个联络站: a word of which ones (每个, 各个, 这个) begins no name; it is read after it.
    // (每名大队领导: each one, by any measure of people or bodies.)
    const which = /^.*(?:每一?[个家所名位支座]|各个|这个|那个)/.exec(text.slice(start, m.index));
    if (which) start += which[0].length;
    // 以党建引领商会健康发展: after 以, a means and a verb of leading stand before the body led,
    // no part of its name (以乡村振兴赋能中心为依托 is 以…为, the name whole).
    const led = text[start - 1] === '以' && !/^(?:为|作为)/.test(text.slice(end));
    const leading = led ? LEADING_VERB_RE.exec(text.slice(start, m.index)) : null;
    if (leading) start += leading.index + leading[0].length;
    const visit = [...text.slice(start, end).matchAll(VISIT_VERB_RE)].at(-1);
    // (县家庭教育指导中心, 残疾人帮扶中心: a verb right before the kind is the institution's trade.)
    const trade =
      visit &&
      /^(?:服务)?(?:中心|站|所)$/.test(text.slice(start + visit.index + visit[0].length, end));
    if (visit && !trade) {
      // 联合青溪镇养蜂协会带领合作社: a body that ends right before the verb is one too.
      const cut = start + visit.index;
      const left = text.slice(start, cut);
      if (endsInStem(left)) spans.push([start, cut]);
      start += visit.index + visit[0].length;
      if (end - start < 3) continue;
    }
    // 配备协会联络员: a kind right before a post describes the post (the association's liaison);
    // two characters before it with no level or place are a verb, not its name. (Not after a
    // word of which ones: 每位书法协会会员 names the 书法协会.)
    if (
      !which &&
      m.index - start === 2 &&
      ORG_STEM_SET.has(m[0]) &&
      !/[省市州县区旗乡镇村街]/.test(text.slice(start, m.index)) &&
      TITLE_AT_RE.test(text.slice(end))
    )
      start = m.index;
    // 为升入小学做准备, 考入大学, 圆梦大学: a grade of school entered, not a school in particular.
    if (
      /^(?:[小中大]学|高中|初中)$/.test(m[0]) &&
      /(?:升入|进入|考入|考上|升上|升到|读完|上完|走进|迈进|迈入|跨进|跨入|步入|踏入|踏进|圆梦|上了)$/.test(
        text.slice(start === m.index ? 0 : start, m.index),
      )
    )
      continue;
    // 全县中小学, 大中小学: a school of each grade said together is a class of schools, no body.
    if (m.index - start === 1 && /^[中小]学$/.test(m[0]) && /[大中]/.test(text[start]!)) continue;
    // 全市中学: 全 and a level before a bare kind say which ones, and name no body.
    if (
      text[start - 1] === '全' &&
      /^[省市州县区旗乡镇村]$/.test(text[start] ?? '') &&
      end - start <= 4
    )
      continue;
    // 全村在外经营东乡手抓馆的: …and before a longer run, 全村 is who, and the name is read after it.
    if (/[全各每]/.test(text[start - 1] ?? '') && /^[省市州县区旗乡镇村]$/.test(text[start] ?? ''))
      start += 1;
    // 我校南湖大学, 该院, 本站: a word for the unit itself, and the name is read after it.
    if (/[我本该这]/.test(text[start - 1] ?? '') && /^[校院站所局馆]$/.test(text[start] ?? ''))
      start += 1;
    // 我县枫坪村文艺队: …and so after 我县 (本市) where a smaller place begins the name.
    if (
      /[我本该]/.test(text[start - 1] ?? '') &&
      /^[省市州县区旗乡镇](?![城乡])[\u4e00-\u9fff]{1,4}?[乡镇村](?![民委振])/.test(
        text.slice(start, end),
      )
    )
      start += 1;
    // 乡贤回乡创办茶叶合作社, 组建县水上救援分队: the name begins after its verb of founding.
    const founded = [...text.slice(start, m.index).matchAll(FOUNDING_ALL_RE)].at(-1);
    if (founded) start += founded.index + founded[0].length;
    // 138个村服务站, 十几个乡镇文化站: after a count of places a level says of how many, as
    // after 全, and begins no body (1个区人大代表 counts the body's people, and names it).
    if (
      COUNTED_LEVEL_RE.test(text.slice(Math.max(0, start - 3), start)) &&
      /[省市州县区旗乡镇村]/.test(text[start] ?? '') &&
      !COUNTED_PEOPLE_AFTER_RE.test(text.slice(end))
    )
      continue;
    if (NAMED_ENDINGS.has(m[0])) {
      // 白沙派出所, not 派出所, 辖区派出所 or 市台办来公司: the ending alone, or after a kind, a
      // general place or a verb of coming, is no body in particular.
      // (县特殊教育学校, 区进修学校: a level alone names its own one, as 县卫生院 does.)
      const ownLevel = m.index - start === 1 && /[省市州县区旗镇乡]/.test(text[start]!);
      if (
        (m.index - start < 2 && !ownLevel) ||
        GENERIC_PART_RE.test(text.slice(start)) ||
        /[来到赴去]$/.test(text.slice(start, m.index))
      )
        continue;
    }
    if (
      text.startsWith('实际', end) &&
      OWN_SITUATION_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start))
    )
      continue;
    const last = spans.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  // 市二中, 县一小, 区实验小: a level, an ordinal and a school's first character, as schools
  // are called; 县农商行: a bank's short name; 鑫源纸业: a firm by its 字号 and trade.
  for (const m of [
    ...text.matchAll(SCHOOL_SHORT_RE),
    ...text.matchAll(FIRM_BY_TRADE_RE),
    ...text.matchAll(FIRM_WORKS_RE),
  ]) {
    const end = m.index + m[0].length;
    if (spans.some(([s, e]) => m.index < e && end > s)) continue;
    spans.push([m.index, end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (const [from, end] of spans) {
    // 柳河县一所幼儿园, 县城几家大医院: a count after the level (or 县城, 县里) ends the place; the
    // body is what was counted.
    // (A bare place is no body the checker reads, so an invented 松原县 before the count goes
    // unflagged, as 松原县 alone does.)
    const counted = COUNT_AFTER_LEVEL_RE.exec(text.slice(from, end));
    const start = counted ? from + counted[0].length : from;
    if (end - start < 2) continue;
    out.push({ kind: 'org', text: text.slice(start, end), index: start });
  }
}
const COUNT_AFTER_LEVEL_RE =
  /^[\u4e00-\u9fff]{0,6}?[省市州县区旗乡镇](?:城|里)?[几一二两三四五六七八九十\d]+[所家个座处间](?=[\u4e00-\u9fff]{2})/;
const SCHOOL_SHORT_RE =
  /(?<![全各每本该这那])[省市州县区镇](?:[一二三四五六七八九十]{1,2}(?:中|小|幼|职中)(?![学心间型级])|[\u4e00-\u9fff]{0,2}农商行)/g;

/** 副科长李娜去参加: a third character that is a verb or a preposition is not the name's. */
function trimVerb(name: string, after?: string): string {
  // (…after a compound surname only the written copula, or 来/去 before what the visit did:
  // 公冶明系 is 公冶明, 闻人静来作辅导 is 闻人静; 欧阳建国, 欧阳春来主持 stay.)
  if (name.length === 4 && COMPOUND_SURNAMES.has(name.slice(0, 2)))
    return /[是系]$/.test(name) ||
      (/[来去]$/.test(name) && /^(?:作|做|讲|授|参加|调研|指导|看望|慰问|宣讲)/.test(after ?? ''))
      ? name.slice(0, -1)
      : name;
  if (name.length !== 3) return name;
  // 秘书长韩立和 来了: a conjunction with nothing after it to join is the name's own.
  if (/[和与及]$/.test(name) && after !== undefined && !/^[\u4e00-\u9fff]/.test(after)) return name;
  after ??= '';
  // (…and a third character with 了, 过 or 着 after it is a verb: 宋岚做了培训 names 宋岚; with 国
  // or 洲 after it, a country's: 赵岚德国回来的 names 赵岚.)
  // (系 is the written 是: 副校长王明系民盟盟员.)
  return /[去来到在是系把被将给对向从和与及等]$/.test(name) || /^[了过着国洲]/.test(after)
    ? name.slice(0, -1)
    : name;
}

/**
 * Read in the answers only (a wider net): a name there is a fact the draft must keep, looked
 * for as written, so a word misread as a name costs at most a 遗漏 where the draft rewords it,
 * while a draft read this widely would flag its own prose (tried: +27 false flags over 18 eval
 * halves). Each reading below says where its name stands.
 */
/** How much of something (大部分, 多数, 一小半): no given name begins so. */
const QUANTITY_AFTER_RE = /^(?:大部分|小部分|大多数|多数|少数|大半|一半|一小半|一大半)/;
/** A count's measure that is also a word for people's end (五百多家, 三十户): no such word. */
const COUNTED_BEFORE_RE = /[\d一二两三四五六七八九十百千万多余来几][家户人员][ \t\u3000]?$/;
const ANSWER_PERSON_RES = [
  // 化验员杜文涛拿了, 五（2）班孙思远拿了: a surname and two characters after a word for people
  // (or a class or team counted by its number), whatever follows — after a phone's space, a
  // phrase of its own (spacedNoName).
  new RegExp(
    `(?<=${PEOPLE_WORD_END}|${PEOPLE_WORDS}|${CALLINGS}|[\\d一二三四五六七八九十)）][${TEAM_END}])[ \t\u3000]?((?:${SURNAMES})[${HAN}]{2})`,
    'g',
  ),
  // 台中那边的林佑廷带队: after 的, a surname and two characters a leader's verb follows.
  new RegExp(`(?<=的)((?:${SURNAMES})[${HAN}]{2})(?=带队|领队|主持|牵头)`, 'g'),
  // 牵头的朴永哲 退役前是营长: the one who leads, named after 的 and ending its clause.
  new RegExp(
    `(?<=(?:牵头|带队|领队|负责|主持)的(?:是)?)((?:${SURNAMES}|${WORDLIKE_SURNAMES})[${HAN}]{2})(?<![组队站所办村局部室会])(?=[\\s，,。；;]|$)`,
    'gm',
  ),
  // 推荐仉建华去参加培训班, 选派韩立新到省里学习: someone sent, a full name between the verb of
  // sending (and the team the person is of: 推荐了数学组的覃立新) and the going.
  new RegExp(
    `(?<=(?:推荐|推选|选派|派了|委派|安排)了?(?:[${HAN}]{1,4}[${TEAM_END}]的?)?)((?:${SURNAMES})[${HAN}]{2})(?<![村镇乡县区湾屯寨庄社组])(?=去|到|参加|赴)`,
    'g',
  ),
  // 理事长还是罗文彬: after a title and 还是/仍是.
  new RegExp(
    `(?<=(?:${TITLES})(?:还|仍|仍然|依然|依旧|也|就)(?:是|为))((?:${SURNAMES})[${HAN}]{1,2}?)(?=${NAME_ENDS}|[^${HAN}]|$)`,
    'g',
  ),
  // 老站长玉罕是县人大代表: a minority or spelt name after a title, ended by 是 as a Han name is
  // (trimVerb); in the answers only, where a misread costs at most a 遗漏.
  new RegExp(
    `(?<=(?:${TITLES}))([${MINORITY_INITIALS}][${HAN}]{1,2}?|[${TRANSLITERATED}]{2,3}?)(?=是)`,
    'g',
  ),
  // 其中乌云毕力格是旗政协委员: a long spelt name opening a clause, then 是 and a post.
  new RegExp(
    `(?<=^|[\\s，,。；;：:、]|其中)([${TRANSLITERATED}]{4,6})(?=是[^，,。；;\\s]{0,8}?(?:${TITLES}))`,
    'gm',
  ),
  // 其中陶文澜一家开了间书屋, 韩书远团队的课题: a full name opening a clause, then the group it
  // heads (一家, 团队, 夫妇, 小组).
  new RegExp(
    `(?<=^|[\\s，,。；;：:、]|其中|是|的)((?:${SURNAMES})[${HAN}]{2})(?=一家|家人|团队|夫妇|夫妻|小组|课题组|工作室)`,
    'gm',
  ),
  // 康复中心赵明远主任带队: a name between an office (no level needed) and its title.
  new RegExp(
    `(?<=中心|[科室站所队组办])((?:${SURNAMES})[${HAN}]{1,2}?)(?=${TITLE_AFTER_NAME})`,
    'g',
  ),
  // 梁志刚 县人大代表 全年…: a full name opening a clause, a phone's space, then who they are
  // (a post or a title ending the phrase).
  new RegExp(
    `(?<=^|[\\s，,。；;：:、])((?:${SURNAMES})[${HAN}]{2})(?=[ \\t\\u3000][${HAN}]{0,6}(?:${TITLES}|代表)(?![${HAN}]))`,
    'gm',
  ),
  // 牵头的是刘春华, 带队的为孙立群: the one who leads, named after what they do.
  new RegExp(
    `(?<=(?:牵头|负责|带队|主持|分管|主讲|组织)的人?(?:是|为))((?:${SURNAMES})[${HAN}]{1,2}?)(?=[\\s，,。；;]|$|${NAME_ENDS})`,
    'gm',
  ),
  // 王建华、李明等5名老药师: each name of a 、 list that a count of people closes.
  new RegExp(
    `((?:${SURNAMES})[${HAN}]{1,2}?)(?=(?:、(?:${SURNAMES})[${HAN}]{1,2})*等[\\d一二三四五六七八九十两]+[名位人])`,
    'g',
  ),
  // 统战委员是组织委员兼的 刘晓梅: a title (and who holds it: 兼的), a phone's space, then a full
  // name on its own.
  new RegExp(
    `(?<=(?:${TITLES})(?:兼的|兼|的)?[ \t\u3000]+)((?:${SURNAMES})[${HAN}]{2})(?=[ \t\u3000，,。；;]|$)`,
    'gm',
  ),
  // 专职主任1名 温若岚: a title, a count of one, then the name on its own.
  new RegExp(
    `(?<=(?:${TITLES})[1一][名位个][ \t\u3000]+)((?:${SURNAMES})[${HAN}]{1,2})(?=[\\s，,。；;]|$)`,
    'gm',
  ),
  // 孟雨桐那个号粉丝5万: a full name opening a clause, pointed at by 那个/这个 (its account, its
  // shop); 返乡创业的蒋文博开了…: a full name after a 的 phrase, a verb and 了 right after it.
  new RegExp(`(?<=^|[\\s，,。；;：:、])((?:${SURNAMES})[${HAN}]{2})(?=那个|这个)`, 'gm'),
  new RegExp(`(?<=[${HAN}]的)((?:${SURNAMES})[${HAN}]{2})(?=[${HAN}]了)`, 'g'),
  // 赵明远 留日的 光伏公司工程师 当选县人大代表: a full name opening a clause, a space, who they
  // are, then a post or an honour.
  new RegExp(
    `(?<=^|[\\s，,。；;：:、])((?:${SURNAMES})[${HAN}]{2})(?=[ \t\u3000][^，,。；;\n]{2,20}?(?:当选|担任|获评|被评为|荣获))`,
    'gm',
  ),
  // 副书记王小梅分管 不对 是王小兰 (哦不对 写余新华): the name a correction gives, with no
  // title of its own.
  new RegExp(
    `(?<=(?:不对|说错了|错了)[\\s，,]*(?:应该)?(?:是|写成?|叫|改成|改为)[\\s，,]*)((?:${SURNAMES})[${HAN}]{1,2}?)(?=${NAME_ENDS}|[^${HAN}]|$)`,
    'g',
  ),
  // 退休教师周德芳 不对 周德方: …or with no 是, a name alone up to a pause or the end.
  new RegExp(
    `(?<=(?:不对|说错了|错了)[\\s，,]+)((?:${SURNAMES})[${HAN}]{1,2})(?=[\\s，,。；;]|$)`,
    'gm',
  ),
  // 其中钱立新当了县党代会代表: a name opening a clause, then 当选 or 当了 a deputy (代表 is no
  // title, so NAME_POST_RE does not read it).
  new RegExp(
    `(?<=^|[\\s，,。；;：:、]|还有|其中|另有)((?:${SURNAMES})[${HAN}]{1,2}?)(?=(?:当选|当上了?|当了)[${HAN}]{0,8}?代表)`,
    'g',
  ),
  // 推选邓慧玲当选, 推荐外语组卜悦当上了…: after a verb of recommending (and the team the person
  // is of), before 当选 or its spoken 当上.
  new RegExp(
    `(?<=(?:推荐|推选|提名|选举|举荐)(?:[${HAN}]{1,4}[${TEAM_END}])?)((?:${SURNAMES})[${HAN}]{1,2}?)(?=当选|当上|当了|担任|获评|任)`,
    'g',
  ),
  // 护林员1名叫李红梅, 有个老师叫格桑卓玛: a person named by 叫 after a word or count for people.
  new RegExp(
    `(?<=(?:${PEOPLE_WORD_END}|${PEOPLE_WORDS}|[1一][名位个])(?:名叫|叫做|叫))((?:${SURNAMES})[${HAN}]{1,2}?|[${TRANSLITERATED}]{2,5}?)(?=[\\s，,。；;]|$|${NAME_ENDS})`,
    'gm',
  ),
  // 剪纸协会的赵青禾: after a body and 的.
  new RegExp(`(?<=(?:${alternation(loadWords('org-stems'))})的)((?:${SURNAMES})[${HAN}]{2})`, 'g'),
  // “山城老饕”刘子涵 “阿凯说车”孙凯这些: a name right after a quoted handle, closed by a list.
  new RegExp(`(?<=${MASK})((?:${SURNAMES})[${HAN}]{1,2}?)(?=等|、|这些|[\\s，,。；;]|$)`, 'gm'),
  // 其中有剪纸的顾长林等: after 的, a full name its list closes (等, 、, a space, a mark).
  new RegExp(`(?<=的)((?:${SURNAMES})[${HAN}]{2})(?=等|、|[\\s，,。；;]|$)`, 'gm'),
  // 郑海波反映的老街停车难, 青禾食品的赵德林捐了: a name opening a clause (or after 的),
  // before what a person says or gives.
  new RegExp(
    `(?<=^|[\\s，,。；;：:、的])((?:${SURNAMES})[${HAN}]{2})(?=(?:反映|提出|提议|建议|提|捐|说)(?:了|的|过))`,
    'gm',
  ),
  // 兽医仉德明和技术员一起下村: a title, three characters, then 和 someone 一起 — a person
  // whatever the surname (the list leaves rare ones out).
  new RegExp(
    `(?<=(?:${TITLES})|${PEOPLE_WORDS}|${PEOPLE_WORD_END})([${HAN}]{3})(?=[和与跟同][^，,。；;\\n]{1,12}?一起)`,
    'g',
  ),
  // 请6名老党员参与 孟庆森牵头: a full name opening a clause, then a lead's verb ending it.
  new RegExp(
    `(?<=^|[\\s，,。；;：:、])((?:${SURNAMES})[${HAN}]{2})(?=(?:牵头|负责|带队|主持)(?:[\\s，,。；;]|$))`,
    'gm',
  ),
  // 王德兵是村里的老木匠, 周雅琴是区文联副主席: a name opening a clause, said to be someone
  // (是 … a word for people or a post).
  new RegExp(
    `(?<=^|[\\s，,。；;：:、])((?:${SURNAMES})[${HAN}]{1,2}?)(?=是[^\\s，,。；;\\n]{0,10}?(?:[${PEOPLE_END}匠工]|${PEOPLE_WORDS}|${TITLES}|常委)(?:[\\s，,。；;]|$))`,
    'gm',
  ),
];

/** Words of a clause or a place no given name holds (人白天都上班, 手段跟不上, 的田坎边). */
const NOT_IN_GIVEN_RE =
  /[不这那都也还就过跟些么们吗呢吧啊得着了的地很太更最没再又才被把让给向从对和与及是有在上下来去边旁头内外间前后里]/;
/** Whether a name's given part holds a word-for-people's or a clause's character (户, 都, 来 …). */
const givenHoldsClauseChar = (name: string): boolean =>
  [...givenOf(name)].some((c) => NEVER_GIVEN.has(c) || NOT_IN_GIVEN_RE.test(c));

/**
 * Whether a body already read begins inside the name at [index, index + length): 会员向区红十字会
 * 捐赠 holds no one called 向区红 — the 向 is a preposition before the body.
 */
function bodyBeginsInside(out: readonly NameFact[], index: number, length: number): boolean {
  return out.some((o) => o.kind === 'org' && o.index > index && o.index < index + length);
}

function extractPersons(text: string, out: NameFact[], answers = false): void {
  const seen = new Set<number>();
  for (const m of text.matchAll(TITLE_NAME_RE)) {
    // 书记任组长: a post, not a person called 任组长; 组长单位负责: no one called 单位.
    if (TITLE_END_RE.test(m[2]!) || beginsWithNoName(m[2]!)) continue;
    const index = m.index + m[0].length - m[2]!.length;
    if (TITLE_AT_RE.test(text.slice(index, index + 8))) continue;
    // 牧师任副主任: 任 or 兼 with a title inside what follows is the verb of a post.
    if (postVerbAt(text, index)) continue;
    seen.add(index);
    const name = trimVerb(m[2]!, text.slice(index + m[2]!.length));
    out.push({ kind: 'person', text: name, index, title: m[1]! });
  }
  for (const m of [
    ...text.matchAll(TITLE_TRANSLITERATED_RE),
    ...text.matchAll(TITLE_SURNAME_SPELT_RE),
    ...text.matchAll(TITLE_MINORITY_RE),
  ]) {
    // (住持是阿果, 会长为洛桑丹增: the name may follow a 是 or 为.)
    const index = m.index + m[0].length - m[2]!.length;
    if (seen.has(index) || [...m[2]!].some((ch) => POSTED_NOT_NAME_RE.test(ch))) continue;
    // 主席其其格来宣讲: a long spelt run ending in a verb of coming or going before another verb
    // is the name and that verb.
    const moving =
      m[2]!.length >= 4 &&
      /[来去到]$/.test(m[2]!) &&
      HAN_CHAR_RE.test(text[index + m[2]!.length] ?? '');
    seen.add(index);
    out.push({ kind: 'person', text: moving ? m[2]!.slice(0, -1) : m[2]!, index, title: m[1]! });
  }
  const wordlike = [...text.matchAll(TITLE_WORDLIKE_NAME_RE)];
  for (const m of [...text.matchAll(TITLE_NAME3_RE), ...wordlike]) {
    const index = m.index + m[0].length - m[2]!.length;
    // (书记和群众在一起: 和 before a word for people is the conjunction.)
    if (wordlike.includes(m) && PEOPLE_END_RE.test(m[2]!)) continue;
    // (网格员普遍身兼…: a word the surname begins is never a name's start.)
    if (wordlike.includes(m) && WORDLIKE_WORDS.has(m[2]!.slice(0, 2))) continue;
    // (村医和教会负责人, 民警和企业负责人召开: a post right after the "name" makes 和 the
    // conjunction of two posts — 和 only; 负责 reading on is the verb: 和丽萍负责人民调解.)
    const after = text.slice(index + m[2]!.length);
    if (
      wordlike.includes(m) &&
      m[2]!.startsWith('和') &&
      TITLE_AT_RE.test(after) &&
      !IN_CHARGE_AT_RE.test(after)
    )
      continue;
    // (老教师和客栈经营者: a "given name" the text says elsewhere without the surname, 民宿客栈,
    // is a common noun, and the surname a conjunction or a word's end.)
    if (wordlike.includes(m) && m[2]!.length === 3 && commonNoun(text, index, m[2]!)) continue;
    // (书记包村与农户座谈, 律师和海关与…: before 和 or 与 a name is read only where its surname is
    // no conjunction and does not begin a word with the next character: 副校长宁海川与….)
    if (
      wordlike.includes(m) &&
      /^(?:和|与|及)/.test(text.slice(m.index + m[0].length)) &&
      (m[2]!.startsWith('和') || WORDLIKE_WORDS.has(m[2]!.slice(0, 2)))
    )
      continue;
    // 站长冯芸具体负责, 站长司马岚全面负责: a last character that begins a post's verb is none of
    // the name (after a surname of one character or two).
    const given = index + m[2]!.length - 1;
    const name = POST_ADVERB_AT_RE.test(text.slice(given, given + 2))
      ? m[2]!.slice(0, -1)
      : trimVerb(m[2]!, text.slice(index + m[2]!.length));
    // 书记任组长, 书记任副组长: a post, not a person called 任组长 or 任副组.
    const post =
      TITLE_END_RE.test(name) ||
      TITLE_END_RE.test(text.slice(index, index + 4)) ||
      TITLE_AT_RE.test(text.slice(index, index + 8));
    if (seen.has(index) || post) continue;
    if (calledBySurname(text, index, out)) continue;
    // (网格员顾好几个片区: 好几 is a count, no given name; 副会长韩以宁牧师: a calling after it
    // says it is one.)
    const called = CALLING_AT_RE.test(text.slice(index + name.length));
    if (givenHasFunctionChar(name, called) || [...givenOf(name)].some((c) => NEVER_GIVEN.has(c)))
      continue;
    // (组织委员 顾不过来: a negated verb's complement, 不过, 不上, 没有, is no given name; 王不凡 is one.)
    if (NEGATED_COMPLEMENT_RE.test(givenOf(name))) continue;
    // 由站长向全体职工讲解: a preposition that is also a surname (向, 于) begins no name after a
    // title when what follows it is who is spoken to (全体…, 各…, 职工, 群众) — 站长向明辉 is one.
    // (…or who they are, said on: 向信教群众.)
    if (
      PREPOSITION_SURNAME_RE.test(name) &&
      (addressesPeople(name.slice(1)) ||
        isPeopleWord(text.slice(index + name.length, index + name.length + 2)))
    )
      continue;
    if (beginsWithNoName(name)) continue;
    if (bodyBeginsInside(out, index, name.length)) continue;
    seen.add(index);
    out.push({ kind: 'person', text: name, index, title: m[1]! });
  }
  for (const m of text.matchAll(TITLE_IS_NAME_RE)) {
    const name = m[2]!;
    const index = m.index + m[0].length - name.length;
    if (seen.has(index) || givenHasFunctionChar(name) || beginsWithNoName(name)) continue;
    seen.add(index);
    out.push({ kind: 'person', text: name, index, title: m[1]! });
  }
  const posted = [
    ...[...text.matchAll(TITLE_POSTED_NAME_RE)].map((m) => ({
      index: m.index + m[1]!.length,
      name: m[2]!,
      title: m[1],
    })),
    ...[...text.matchAll(TITLE_ACTING_NAME_RE)]
      .filter(
        (m) =>
          !/^[为在对由向经将把被从于以跟同和与及给到上下去来用作做]/.test(m[2]!) &&
          !givenHasFunctionChar(m[2]!) &&
          !givenHoldsClauseChar(m[2]!) &&
          !beginsWithNoName(m[2]!),
      )
      .map((m) => ({ index: m.index + m[1]!.length, name: m[2]!, title: m[1] })),
    ...[...text.matchAll(PEOPLE_POSTED_NAME_RE)].map((m) => ({
      index: m.index,
      name: m[1]!,
      title: undefined,
    })),
  ];
  for (const { index, name, title } of posted) {
    // (…and no word of a clause in it: 委员都实行积分管理. A minority name may hold 日 or 中,
    // which the word-matching list of function characters has, so only particles count here.)
    if (seen.has(index) || [...name].some((ch) => POSTED_NOT_NAME_RE.test(ch))) continue;
    // 总支书记林海波: 支书 read inside 书记 — the name's first character ends a longer title.
    if (title && TITLE_END_RE.test(title + name[0])) continue;
    // 审计委员会办公室牵头: …or makes the title a body's name (委员会, 书记处, 主席团) — in this
    // reading; the other readings of a name after a title do not look (政协主席团会议主持).
    if (title && BODY_AFTER_TITLE_RE.test(name)) continue;
    // 团长说让小郑牵头: a calling at the reading's end (小郑, 老周) is who leads, read as that
    // calling; the words before it are the title-holder's (王小梅 begins with its surname).
    if (CALLING_AT_END_RE.test(name) && !SURNAME_AT_RE.test(name)) {
      const at = index + name.length - 2;
      if (!seen.has(at))
        out.push({ kind: 'person', text: name.slice(-2), index: at, calling: true });
      seen.add(at);
      continue;
    }
    seen.add(index);
    out.push({ kind: 'person', text: name, index, ...(title ? { title } : {}) });
  }

  // 副书记玉罕同志, 主任扎西同志: between a title and 同志 stands a name, whatever its first
  // character (a minority name need not begin with a Han surname).
  for (const m of text.matchAll(TITLE_COMRADE_RE)) {
    const index = m.index + m[0].length - m[2]!.length - 2;
    if (seen.has(index) || givenHasFunctionChar(`_${m[2]!}`) || TITLE_END_RE.test(m[2]!)) continue;
    seen.add(index);
    out.push({ kind: 'person', text: m[2]!, index, title: m[1]! });
  }
  for (const m of text.matchAll(NAME_COMRADE_RE)) {
    // 向先进同志学习: 先进 is no given name.
    if (seen.has(m.index) || NOT_GIVEN_RE.test(m[1]!.slice(1))) continue;
    // 何永康何大夫: the surname and calling right after the full name it begins are that
    // person's (no 康何): the full name is read.
    const full = [2, 1].find(
      (k) => m[1]!.length === 2 && text[m.index - k] === m[1]!.at(-1) && m.index - k >= 0,
    );
    if (full !== undefined) {
      const start = m.index - full;
      if (!seen.has(start)) {
        seen.add(start);
        out.push({ kind: 'person', text: text.slice(start, m.index + 1), index: start });
      }
      continue;
    }
    // 由玉清宫陈道长担任: a site's last character inside a run of 汉字 (宫, 观, 寺; not after 了,
    // 请, 的: 请了宫林同志) is that site's, not a surname; the calling after it is the surname's
    // after it (陈道长).
    if (
      m[1]!.length === 2 &&
      /^[宫观寺庙庵阁堂]/.test(m[1]!) &&
      /\p{Script=Han}/u.test(text[m.index - 1] ?? '') &&
      !FUNCTION_BEFORE_SITE_RE.test(text[m.index - 1] ?? '') &&
      SURNAME_AT_RE.test(m[1]!.slice(1))
    ) {
      // (…read as that calling, so a draft's 李道长 for him is still no one the answers name.)
      const index = m.index + 1;
      if (!seen.has(index) && !m[0].endsWith('同志')) {
        seen.add(index);
        out.push({
          kind: 'person',
          text: m[0].slice(1),
          index,
          title: m[0].slice(2),
          calling: true,
        });
      }
      continue;
    }
    // 邀请高级农艺师: a grade before a calling (高级, 中级) is no surname and given name, so no
    // person a draft invents. (In the answers it stays a fact to keep: 高级工程师 dropped is a
    // fact dropped.)
    if (!answers && /^[高中初]级$/.test(m[1]!)) continue;
    // 担任授课老师: 任 ending a verb of taking a post (担任, 兼任, 出任) begins no name.
    if (m[1]![0] === '任' && /[担兼出主责信现继新前历升调留连改]$/.test(text[m.index - 1] ?? ''))
      continue;
    // 请人武部的同志: a 的 before 同志 ends a phrase, not a name.
    if (givenHasFunctionChar(m[1]!)) continue;
    // 现场向群众教授心肺复苏: a preposition that is a surname, before who is spoken to, is the
    // preposition, as it is after a title (the calling then the verb 教授).
    // (Only a word for people: 向全林教授 is Professor 向.)
    if (PREPOSITION_SURNAME_RE.test(m[1]!) && isPeopleWord(m[1]!.slice(1))) continue;
    // 聚焦乡村医生 … 培训乡村医生: what follows the "surname" is said elsewhere without it, a
    // common noun (乡村医生), not a person's name and calling.
    if (!m[0].endsWith('同志') && commonNoun(text, m.index, m[0])) continue;
    seen.add(m.index);
    out.push({
      kind: 'person',
      text: m[1]!,
      index: m.index,
      title: m[0].endsWith('老师') ? '老师' : '同志',
    });
  }
  for (const m of text.matchAll(NAME_ADDRESS_RE)) {
    if (seen.has(m.index) || NOT_GIVEN_RE.test(m[1]!.slice(1)) || givenHasFunctionChar(m[1]!))
      continue;
    // (王家庄老人: the elders of a place, not a person.)
    if (commonNoun(text, m.index, m[0]) || /[庄村屯寨湾沟岭堡营坪坝镇乡]$/.test(m[1]!)) continue;
    seen.add(m.index);
    out.push({ kind: 'person', text: m[1]!, index: m.index, title: '同志' });
  }
  for (const m of text.matchAll(NAME_POST_RE)) {
    const name = m[1] ?? m[2] ?? m[3]!;
    const index =
      (m[1] ?? m[2])
        ? m.index
        : m.index + m[0].length - name.length - (m[0].endsWith('同志') ? 2 : 0);
    // 张主任: a surname and a title, not a person called 张主.
    if (seen.has(index) || TITLE_END_RE.test(`${name}任`) || TITLE_END_RE.test(name)) continue;
    // 副主任黎卓提任主任: the 任 of 主任 is no surname of the name after it.
    if (TITLE_END_RE.test(text.slice(Math.max(0, index - 3), index + 1))) continue;
    // 由社区工作者中的骨干担任: after a phrase, only what reads as a given name is a name.
    if (index > m.index + 1 && notAGivenName(name)) continue;
    // (孙达明任副会长: a post given by 任 says a name stands before it.)
    if (givenHasFunctionChar(name, m[1] !== undefined)) continue;
    // (王建军当中队长: a bare 当 before a title names a whole name of three only.)
    if (
      m[2] !== undefined &&
      (notAGivenName(name) ||
        givenHasFunctionChar(name) ||
        givenHoldsClauseChar(name) ||
        /[村庄湾屯寨组镇乡家]$/.test(name))
    )
      continue;
    seen.add(index);
    out.push({ kind: 'person', text: name, index });
  }
  for (const m of text.matchAll(ENGAGED_AS_RE)) {
    const name = m[1]!;
    if (seen.has(m.index) || givenHasFunctionChar(name) || notAGivenName(name)) continue;
    seen.add(m.index);
    out.push({ kind: 'person', text: name, index: m.index });
  }
  // 办公室的小黄 黄雨婷: a phone's calling, then after a space the full name it is short for (its
  // surname first) — who 小黄 is, said for the record.
  if (answers) {
    for (const m of text.matchAll(CALLING_THEN_NAME_RE)) {
      const name = m[2]!;
      const index = m.index + m[0].length - name.length;
      if (seen.has(index) || givenHasFunctionChar(name) || notAGivenName(name)) continue;
      seen.add(index);
      out.push({ kind: 'person', text: name, index });
    }
  }
  for (const m of text.matchAll(NAME_IS_TITLE_RE)) {
    const name = m[1]!;
    if (seen.has(m.index) || givenHasFunctionChar(name) || notAGivenName(name)) continue;
    // (林会长是常委: a surname and a title is how the person is called, not a full name; 农民工,
    // 万家村, 龙舟队, 蒙古族, 农技员: a word for a kind of people, a place or a group is no name
    // either — while 王建民, 赵春生 are.)
    if (TITLE_END_RE.test(name) || GROUP_END_RE.test(name)) continue;
    seen.add(m.index);
    out.push({ kind: 'person', text: name, index: m.index });
  }
  // 推荐党外骨干赵文瀚到县文化馆挂职: a person sent to a post, named before where they go.
  for (const m of text.matchAll(SENT_TO_POST_RE)) {
    const name = m[1]!;
    if (seen.has(m.index) || givenHasFunctionChar(name)) continue;
    if (notAGivenName(name)) continue;
    // Only after a word for people (骨干, 干部, 人士 …) or a mark: 镇里到县里挂职 names no one.
    if (!/[员部干士表师生人、，,\s]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    seen.add(m.index);
    out.push({ kind: 'person', text: name, index: m.index });
  }
  for (const m of text.matchAll(PEOPLE_NAME_RE)) {
    const name = trimVerb(m[1]!);
    const index = m.index + m[0].length - m[1]!.length;
    if (seen.has(index) || TITLE_END_RE.test(name) || notAGivenName(name)) continue;
    if (calledBySurname(text, index, out)) continue;
    // 牧师任副主任: 任 or 兼 with a title inside what follows is the verb of a post.
    if (postVerbAt(text, index)) continue;
    // …except after an occupation (营养师刘畅 另外…), where a space or a mark ends it too.
    const occupation =
      OCCUPATION_BEFORE_RE.test(text.slice(Math.max(0, index - 3), index)) ||
      TEAM_END.includes(text[index - 1] ?? '');
    const ended = occupation
      ? /^(?:[\s，,。；;、等]|$)/.test(text.slice(index + 2))
      : SHORT_PEOPLE_NAME_END_RE.test(text.slice(index + 2));
    if (name.length === 2 && !ended) continue;
    if (spacedNoName(text, index, name)) continue;
    // (端稳农民金饭碗⏎: in a draft a line's end after a word for people ends a heading, no
    // list of names; a phone's answer ends its message there.)
    if (!answers && text[index + name.length] === '\n') continue;
    if ([...givenOf(name)].some((c) => NEVER_GIVEN.has(c))) continue;
    // 区人武部: inside a body's name (人 of 人武部) no person begins.
    if (out.some((o) => o.kind === 'org' && index > o.index && index < o.index + o.text.length))
      continue;
    if (givenHasFunctionChar(name)) continue;
    // (企业家向学校捐赠: a preposition after a word, then a place or a body, is no name.)
    if (
      PREPOSITION_SURNAME_RE.test(name) &&
      HAN_CHAR_RE.test(text[index - 1] ?? '') &&
      PLACE_WORD_END_RE.test(name)
    )
      continue;
    seen.add(index);
    out.push({ kind: 'person', text: name, index });
  }
  for (const m of text.matchAll(PEOPLE_WORDLIKE_NAME_RE)) {
    const name = m[1]!;
    // (党员和群众一起: 和 after a word for people is the conjunction, whatever follows.)
    if (seen.has(m.index) || name.startsWith('和') || WORDLIKE_WORDS.has(name.slice(0, 2)))
      continue;
    if (PEOPLE_END_RE.test(name) || givenHasFunctionChar(name)) continue;
    if (out.some((o) => o.kind === 'org' && m.index > o.index && m.index < o.index + o.text.length))
      continue;
    seen.add(m.index);
    out.push({ kind: 'person', text: name, index: m.index });
  }
  // 林晓梅副书记, 由郑志远副主任牵头: a full name, then its title (before 梅书记 is read below).
  const bodyEnds = new Set(out.filter((o) => o.kind === 'org').map((o) => o.index + o.text.length));
  bodyTitleNames(text, bodyEnds, out, seen);
  // 委员达莉娅（钟秀兰）负责: a name in another language after a title, its Han name in brackets.
  for (const m of text.matchAll(BRACKETED_NAME_RE)) {
    const index = m.index + 1;
    if (!TITLE_AND_NAME_END_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (seen.has(index) || givenHasFunctionChar(m[1]!)) continue;
    seen.add(index);
    out.push({ kind: 'person', text: m[1]!, index });
  }
  const afterBody = [...text.matchAll(ANY_NAME_THEN_TITLE_RE)].filter((m) => bodyEnds.has(m.index));
  for (const m of [...text.matchAll(NAME_THEN_TITLE_RE), ...afterBody]) {
    const name = m[1]!;
    if (seen.has(m.index) || NOT_GIVEN_RE.test(name.slice(1)) || givenHasFunctionChar(name))
      continue;
    // 是钭副校长: a 副 before the title is its grade (a surname and a title, read below), no
    // given name.
    if (/^(?:副|常务副?)$/.test(givenOf(name))) continue;
    // 向王书记汇报: a preposition that is also a surname, before a surname and a title, is the
    // preposition (王书记 is read below).
    if (name.length === 2 && PREPOSITION_SURNAME_RE.test(name) && SINGLE_SURNAMES.has(name[1]!))
      continue;
    if (beginsWithNoName(name) || TITLE_END_RE.test(name)) continue;
    // 捐了15万给社区: 万 (百, 千) right after a figure is its unit, no surname.
    if (/^[万百千]/.test(name) && /[\d〇零一二两三四五六七八九十]$/.test(text[m.index - 1] ?? ''))
      continue;
    // （德昂族）任副组长: 任 or 兼 before a title with its grade is the verb of a post, as above.
    if (postVerbAt(text, m.index)) continue;
    const end = m.index + m[0].length;
    // 林晓梅副书记分管妇联: a body read from before the person begins after the title.
    const org = out.findIndex(
      (o) => o.kind === 'org' && o.index <= m.index && o.index + o.text.length > end,
    );
    if (org >= 0) {
      const o = out[org]!;
      const rest = o.text.slice(end - o.index);
      if (rest.length >= 2) out[org] = { ...o, text: rest, index: end };
      else out.splice(org, 1);
    } else if (
      out.some((o) => o.kind === 'org' && m.index > o.index && m.index < o.index + o.text.length)
    ) {
      continue;
    }
    for (let i = m.index; i < end; i++) seen.add(i);
    out.push({ kind: 'person', text: name, index: m.index, title: m[2]! });
  }
  for (const m of text.matchAll(SURNAME_TITLE_RE)) {
    // 刘德望任会长: 任 before a title is the verb (担任), far more often than a Mr 任 (but 会议由任
    // 副书记主持 names him, as postVerbAt reads).
    if (seen.has(m.index) || (m[1] === '任' && postVerbAt(text, m.index))) continue;
    // (…nor the last character of a name read whole before its title: 虎秀兰院长.)
    if (out.some((o) => o.kind === 'person' && o.index + o.text.length === m.index + 1)) continue;
    // 站里李春兰主任: the "surname" ends a full name begun two characters before (read whole
    // only here, where a word stands before it that keeps NAME_THEN_TITLE_RE from it).
    const whole = text.slice(Math.max(0, m.index - 2), m.index + 1);
    if (
      whole.length === 3 &&
      SINGLE_SURNAMES.has(whole[0]!) &&
      HAN_CHAR_RE.test(whole[1]!) &&
      !givenHasFunctionChar(whole) &&
      !beginsWithNoName(whole) &&
      !seen.has(m.index - 2)
    ) {
      if (!out.some((o) => o.kind === 'person' && o.index === m.index - 2))
        out.push({ kind: 'person', text: whole, index: m.index - 2, title: m[2]! });
      continue;
    }
    // 由岩庄书记亲自抓: a short minority name before a title, its last character no surname.
    const initial = text[m.index - 1] ?? '';
    if (MINORITY_INITIALS.includes(initial) && HAN_CHAR_RE.test(initial)) {
      if (!out.some((o) => o.kind === 'person' && o.index === m.index - 1))
        out.push({ kind: 'person', text: initial + m[1]!, index: m.index - 1, title: m[2]! });
      continue;
    }
    // 付书记韦明军: a title with a full name read after it is that person's (付 typed for 副).
    const end = m.index + m[0].length;
    if (out.some((o) => o.kind === 'person' && o.index === end && o.title === m[2])) continue;
    out.push({ kind: 'person', text: m[0], index: m.index, title: m[2]! });
  }
  for (const m of text.matchAll(SURNAME_CALLING_RE)) {
    if (seen.has(m.index) || out.some((f) => f.kind === 'person' && f.index === m.index)) continue;
    out.push({ kind: 'person', text: m[0], index: m.index, title: m[2]!, calling: true });
  }
  if (answers) {
    for (const re of ANSWER_PERSON_RES) {
      for (const m of text.matchAll(re)) {
        const index = m.index + m[0].length - m[1]!.length;
        const name = trimVerb(m[1]!, text.slice(index + m[1]!.length));
        if (seen.has(index) || out.some((o) => o.kind === 'person' && o.index === index)) continue;
        if (re === ANSWER_PERSON_RES[0] && spacedNoName(text, index, m[1]!)) continue;
        // (…and, after any reading's space, no crop's or team's word: 村民 龙舟队参加.)
        if (/^[ \t\u3000]/.test(text.slice(index - 1, index)) && GROUP_END_RE.test(name)) continue;
        // 有亲戚回来: a word for people ends on the surname's character (亲戚), so no name begins there.
        if (PEOPLE_WORD_SET.has(`${text[index - 1] ?? ''}${name[0]}`)) continue;
        // 钱大部分是侨胞捐的: a word of how much (大部分, 多数) after the "surname" is none.
        if (QUANTITY_AFTER_RE.test(text.slice(index + 1, index + 4))) continue;
        // 王家庄礼堂: …家 before a village's kind (庄, 湾, 寨) is a place's name, not a household's.
        if (text[index - 1] === '家' && /[庄村湾屯寨坝沟岭坪营铺]/.test(name[0]!)) continue;
        // 表演属于传统项目: a preposition right after a word's end (属于, 对于) is no surname
        // unless a space stands between (村民 于海洋) or the name is read elsewhere.
        if (
          re === ANSWER_PERSON_RES[0] &&
          PREPOSITION_SURNAME_RE.test(name) &&
          HAN_CHAR_RE.test(text[index - 1] ?? '') &&
          !out.some((o) => o.kind === 'person' && o.text === name) &&
          // (…unless a verb done and 了 follows the three characters, which name no place or
          // body: 校友向立平捐了一间教室, not 校友向母校捐了.)
          !(
            name.length === 3 &&
            /^[\u4e00-\u9fff][了过]/.test(text.slice(index + 3)) &&
            !PLACE_OR_BODY_END_RE.test(name)
          )
        )
          continue;
        // 商户五百多家 金店二十来家: …家 after a count is its measure, not a word for people, and a
        // "name" running into the next figure (金店二|十来家) is none.
        if (
          re === ANSWER_PERSON_RES[0] &&
          (COUNTED_BEFORE_RE.test(text.slice(Math.max(0, index - 3), index)) ||
            (/[一二两三四五六七八九十]$/.test(name) &&
              /^[\d一二两三四五六七八九十百千万]/.test(text.slice(index + name.length))))
        )
          continue;
        // (村民赵一凡: a full name after a word for people may hold what given names hold.)
        const framed = re === ANSWER_PERSON_RES[0];
        // 兼职统计员 农普时间紧: first two characters the answers say elsewhere as a word of their
        // own (四农普的准备) are that word, no surname and given name.
        if (
          framed &&
          name.length === 3 &&
          new RegExp(`${escapeRe(name.slice(0, 2))}(?=[的，,。、；;\\s]|$)`, 'm').test(text)
        )
          continue;
        if (TITLE_END_RE.test(name) || notAGivenName(name) || givenHasFunctionChar(name, framed))
          continue;
        if (calledBySurname(text, index, out)) continue;
        if ([...name.slice(1)].some((c) => NEVER_GIVEN.has(c) || NOT_IN_GIVEN_RE.test(c))) continue;
        if (out.some((o) => o.kind === 'org' && index > o.index && index < o.index + o.text.length))
          continue;
        seen.add(index);
        out.push({ kind: 'person', text: name, index });
      }
    }
  }
  dottedNames(text, out, seen);
  if (answers) countedPeople(text, out, seen);
  listedPersons(text, out, seen, answers);
}

/** 热娜古丽·肉孜, 帕尔哈提·依明: a full name in two parts with a middle dot between 汉字. */
const DOT_RE = new RegExp(`(?<=[${HAN}])·(?=[${HAN}])`, 'g');
const AFTER_DOT_RE = new RegExp(`^[${HAN}]{2,8}?(?=${NAME_ENDS}|[^${HAN}]|$)`);
const TITLE_IN_RE = new RegExp(`(?:${TITLES})`, 'g');
const SPELT_RUN_RE = new RegExp(`^[${TRANSLITERATED}]{2,8}`);
const SPELT_END_RE = new RegExp(`[${TRANSLITERATED}]{2,6}$`);

/**
 * 委员达莉娅（钟秀兰）: a Han name in brackets after a title and a name in another language. The
 * bracket is matched first and what stands before it tested after (a lookbehind of every title
 * tried at each character was 3% of a check).
 */
const BRACKETED_NAME_RE = new RegExp(`[（(]((?:${SURNAMES})[${HAN}]{1,2})[）)]`, 'g');
const TITLE_AND_NAME_END_RE = new RegExp(`(?:${TITLES})[${HAN}]{2,5}$`);
/**
 * 县司法局副局长乌兰结合案例讲解: a body, its post, then a name of two or three whatever its
 * characters, ending where a name's end begins — a post of a body named is held by a person.
 */
const BODY_TITLE_NAME_RE = new RegExp(
  `^(${POST_TITLES})([${HAN}]{2,3}?)(?=${NAME_ENDS}|[，、。；])`,
);
/**
 * 县妇幼保健院虎秀兰院长牵头: a body, then a name of three characters whatever its surname, then
 * a post's title ending where a name's end begins — the post of a body named is a person's.
 */
const OFFICE_OR_DEPUTY_END_RE = /[科室处部办股队站组所局院厅司会委心副]$/;
const BODY_NAME_TITLE_RE = new RegExp(
  `^([${HAN}]{3})(${POST_TITLES})(?=${NAME_ENDS}|[，、。；\\s]|$)`,
);
const NAME_END_AT_RE = new RegExp(`^(?:${NAME_ENDS}|${POST_ADVERBS})`);
/** Where a dotted name ending in a Han surname ends: a mark, a name's end, a title, a joining word. */
const HAN_SURNAME_END_RE = new RegExp(
  `^(?:[^${HAN}]|$|${NAME_ENDS}|${POST_ADVERBS}|(?:${TITLES})|[和与及等为是在的当坚担])`,
);

function bodyTitleNames(
  text: string,
  bodyEnds: ReadonlySet<number>,
  out: NameFact[],
  seen: Set<number>,
): void {
  for (const end of bodyEnds) {
    const m = BODY_TITLE_NAME_RE.exec(text.slice(end, end + 16));
    const before = m ? undefined : BODY_NAME_TITLE_RE.exec(text.slice(end, end + 16));
    if (!m && !before) continue;
    const name = m ? m[2]! : before![1]!;
    const index = m ? end + m[1]!.length : end;
    // (县医院检验科主任, 镇卫生院办公室主任, 骨科副主任: an office or a deputy's 副, no name.)
    if (!m && OFFICE_OR_DEPUTY_END_RE.test(name)) continue;
    if (seen.has(index) || out.some((o) => o.kind === 'person' && o.index === index)) continue;
    if (
      NAME_END_AT_RE.test(name) ||
      /^[一二两三四五六七八九十每各本该此这那全]/.test(name) ||
      // (…中心主任调任，: a verb of moving into a post, not who holds it.)
      /^[调转升接留连继出改离到就上卸提现兼担]任/.test(name) ||
      [...name].some((ch) => POSTED_NOT_NAME_RE.test(ch)) ||
      givenHasFunctionChar(name) ||
      beginsWithNoName(name) ||
      TITLE_END_RE.test(name) ||
      TITLE_AT_RE.test(name)
    )
      continue;
    // (…and the surname and title read inside it, 兰院长 of 虎秀兰院长, are this one's.)
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i]!;
      if (o.kind === 'person' && o.index > index && o.index < index + name.length) out.splice(i, 1);
    }
    seen.add(index);
    out.push({ kind: 'person', text: name, index, title: m ? m[1]! : before![2]! });
  }
}

/** The measures a count is said in (栋, 间, 个 …): words/measure-words.txt, single characters. */
const MEASURE_WORDS = new Set(loadWords('measure-words').filter((w) => w.length === 1));

/** A word for people (代表, 志愿者, 村民) that a name right after it is one of. */
const PEOPLE_BEFORE_NAME_RE = new RegExp(`${PEOPLE_WORDS}|${PEOPLE_WORD_END}`, 'g');

/**
 * The part of a run after the last word that ends on a name's left (由瓦旦 → 瓦旦, 是瓦旦): a
 * dotted name's first part read back four characters may begin before it.
 */
function afterBoundary(run: string): string {
  for (let i = run.length - 2; i > 0; i--) {
    if (endsWithBoundary(run, i, NAME_BOUNDARY_SET)) return run.slice(i);
  }
  return run;
}

/**
 * A name written with a middle dot is a person's whatever stands around it: the part before the
 * dot runs back to a title (镇长那孜古丽·叶尔兰) or at most four characters, the part after ends
 * where a verb or a mark begins. Both are read whole, as one person.
 */
function dottedNames(text: string, out: NameFact[], seen: Set<number>): void {
  for (const m of text.matchAll(DOT_RE)) {
    // The part after the dot ends where a name's end begins, or where its spelt characters do
    // (努尔·哈斯木坚持每周: 坚持 is the verb).
    const rest = text.slice(m.index + 1);
    const spelt = SPELT_RUN_RE.exec(rest)?.[0];
    const ended = AFTER_DOT_RE.exec(rest)?.[0];
    // 伊万·谷, 娜塔莎·孙为县政协委员: a spelt given name, then a Han surname of one character
    // (as the Russians of the borderlands write theirs): the name ends with it when nothing spelt
    // follows.
    // (…where a name ends after it: 格桑·梅朵 and 巴图·孟和 are spelt whole.)
    const hanSurname =
      SINGLE_SURNAMES.has(rest[0] ?? '') &&
      !TRANSLITERATED_RE.test(rest.slice(0, 1)) &&
      !TRANSLITERATED_RE.test(rest.slice(1, 2)) &&
      HAN_SURNAME_END_RE.test(rest.slice(1)) &&
      // (巴图·孟和带队: 和 before a name's end is the name's own.)
      !(/^[和与及]/.test(rest.slice(1)) && NAME_END_AT_RE.test(rest.slice(2)));
    const after = hanSurname
      ? rest[0]
      : spelt && (!ended || spelt.length < ended.length)
        ? spelt
        : ended;
    if (!after) continue;
    let from = m.index;
    while (from > 0 && from > m.index - 6 && HAN_CHAR_RE.test(text[from - 1]!)) from--;
    // (旗民宗局敖拉·巴图局长: a body read before it ends where the name begins.)
    for (const o of out) {
      const end = o.index + o.text.length;
      if (o.kind === 'org' && end > from && end <= m.index) from = end;
    }
    const run = text.slice(from, m.index);
    const title = [...run.matchAll(TITLE_IN_RE)].at(-1);
    // (…and before it, with no title, its spelt characters: 护林员阿迪力·吐尔逊.)
    // (…or after a word for people: 志愿者代表谢尔盖·卡列宁.)
    const people = title ? undefined : [...run.matchAll(PEOPLE_BEFORE_NAME_RE)].at(-1);
    // (寺管会主任为加肯·吾拉孜别克: 是 or 为 after the title is the verb.)
    let first = title
      ? run.slice(title.index + title[0].length).replace(/^(?:是|为)(?=[\u4e00-\u9fff]{2})/, '')
      : people && run.length - (people.index + people[0].length) >= 2
        ? run.slice(people.index + people[0].length)
        : (SPELT_END_RE.exec(run)?.[0] ?? afterBoundary(run).slice(-4));
    if (first.length < 2 || [...(first + after)].some((ch) => POSTED_NOT_NAME_RE.test(ch)))
      continue;
    const index = m.index - first.length;
    first = text.slice(index, m.index);
    // (The first part alone, read before as a name after a title, is this one's.)
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i]!;
      if (o.kind === 'person' && o.index === index) out.splice(i, 1);
    }
    seen.add(index);
    out.push({ kind: 'person', text: `${first}·${after}`, index });
  }
}

/** A count of people: 3名, 两个, 2位 (not 1: a list of one is no list). */
const PEOPLE_COUNT_RE = /([两二三四五六七八九2-9])[名位个人]/g;
/** A full name in a counted list: a surname and one or two more, or one spelt (格桑次仁). */
const LISTED_NAME = `(?:(?:${SURNAMES})[${HAN}]{1,2}|[${TRANSLITERATED}]{2,5})`;
/** After it, on its line: a run of full names joined by 、, 和, 及 or a phone's space. */
const NAME_RUN_RE = new RegExp(
  `(?<=^|[\\s：:，,])(${LISTED_NAME}(?:(?:[、和及]|[ \\t\\u3000]+)${LISTED_NAME})+)(?=$|[\\s，,。；;]|等)`,
);
/** …or before it, the run ending right where the count begins (陈德海、吴秋生两名辅导员). */
const NAME_RUN_BEFORE_RE = new RegExp(
  `((?:${SURNAMES})[${HAN}]{1,2}(?:(?:[、和及]|[ \\t\\u3000]+)(?:${SURNAMES})[${HAN}]{1,2})+)[ \\t\\u3000]?$`,
);

/**
 * Read in the answers only: 新吸收会员3名 郑立新 罗文博 蒋海燕, 推荐2个骨干去培训 钱立峰和孙慧敏 —
 * the names a count of people announces, as many as it says (the count is the safeguard: a
 * run of words that happen to begin with surnames rarely numbers what the count does).
 */
function countedPeople(text: string, out: NameFact[], seen: Set<number>): void {
  for (const line of lines(text)) {
    for (const c of line.text.matchAll(PEOPLE_COUNT_RE)) {
      const n = cnOrArabic(c[1]);
      const from = c.index + c[0].length;
      const rest = line.text.slice(from).split(/[。；;]/)[0]!;
      // (…or the names just before it: 陈德海、吴秋生两名辅导员.)
      const before = NAME_RUN_BEFORE_RE.exec(line.text.slice(0, c.index));
      const after = NAME_RUN_RE.exec(rest);
      const run = after ?? before;
      if (!run) continue;
      const items = run[1]!.split(/[、和及]|[ \t\u3000]+/).filter((i) => i !== '');
      if (items.length !== n) continue;
      // (A name spelt from another language may hold 次 or 多: 格桑次仁; and as many names as
      // the count is a frame that says they are names: 郑以宁和袁思彤 after 2名.)
      const notName = (i: string) =>
        notAGivenName(i) ||
        (givenHasFunctionChar(i, true) && !TRANSLITERATED_RE.test(i)) ||
        TITLE_END_RE.test(i);
      if (items.some(notName)) continue;
      let at = line.start + (after ? from + run.index : run.index);
      for (const name of items) {
        at = text.indexOf(name, at);
        if (!seen.has(at) && !out.some((o) => o.kind === 'person' && o.index === at)) {
          seen.add(at);
          out.push({ kind: 'person', text: name, index: at });
        }
        at += name.length;
      }
    }
  }
}

/** The lines of a text with where each starts. */
function lines(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const l of text.split('\n')) {
    out.push({ text: l, start });
    start += l.length + 1;
  }
  return out;
}

/**
 * The other names of a list that holds a person: 王建国、李明、张华等同志 names three people once
 * one of them is known to be one (by its title or 同志). Items are split at 、 only; each must be
 * a surname and one or two characters.
 */
/** A calling or a title right after a name (樊立新牧师, 孙丽娟研究员, 王建国同志). */
const CALLING_OR_TITLE_AT_RE = new RegExp(`^(?:同志|${CALLINGS}|${TITLES})`);

function listedPersons(text: string, out: NameFact[], seen: Set<number>, answers = false): void {
  const known = out.filter((f) => f.kind === 'person' && !f.title?.endsWith(f.text));
  // In the answers a phone's space lists people too (老党员孙德明 赵德贵 都在…): a full name after
  // it, ending at a space, a mark or the text's end.
  const spacedName = (at: number) =>
    answers &&
    /[ \u3000]/.test(text[at] ?? '') &&
    new RegExp(`^(?:${SURNAMES})[${HAN}]{2}(?=[\\s，,。；;、]|$)`).test(text.slice(at + 1));
  // (A name's calling or title said after it is passed: 樊立新牧师、韩志强.)
  const past = (at: number) => at + (CALLING_OR_TITLE_AT_RE.exec(text.slice(at))?.[0].length ?? 0);
  for (const person of known) {
    // Rightwards: 、李明、张华等同志.
    let at = past(person.index + person.text.length);
    while (text[at] === '、' || spacedName(at)) {
      // (In the answers an item may say where its person works first: 、县图书馆钱明.)
      const body = answers
        ? out.find((o) => o.kind === 'org' && !o.place && o.index === at + 1)
        : undefined;
      const from = at + 1 + (body?.text.length ?? 0);
      const item = /^[\u4e00-\u9fff]{2,5}/.exec(text.slice(from))?.[0] ?? '';
      let name = item.replace(LIST_TAIL_RE, '');
      // The last item runs into what follows (王德福参加座谈): it ends as a titled name does,
      // or, in a list of three-character names, after three (孟玉珍、吴桂香教孩子们).
      if (!LIST_NAME_RE.test(name)) name = LIST_LAST_RE.exec(text.slice(from))?.[1] ?? '';
      if (!LIST_NAME_RE.test(name) && person.text.length === 3) {
        const three = text.slice(from, from + 3);
        if (SINGLE_SURNAMES.has(three[0] ?? '') && !givenHasFunctionChar(three)) name = three;
      }
      if (!LIST_NAME_RE.test(name)) break;
      const index = from;
      // (老专家邓文彬 邓教授: a surname and a calling after the name, read already as a calling, is
      // the same person said again, no third name of the list.)
      if (!seen.has(index) && !out.some((o) => o.kind === 'person' && o.index === index)) {
        seen.add(index);
        out.push({ kind: 'person', text: name, index });
      }
      at = past(index + name.length);
    }
    // Leftwards: 王建国、 before 李明同志.
    let end = person.index;
    while (text[end - 1] === '、') {
      const before = text.slice(Math.max(0, end - 4), end - 1);
      // The longer reading first (most names have three characters): 请王建国 is 王建国; never a
      // post (由王海峰任馆长、李晓燕任副馆长: 任馆长 is the verb and its title).
      const name = [3, 2]
        .map((n) => before.slice(-n))
        .find(
          (n) => LIST_NAME_RE.test(n) && !TITLE_END_RE.test(n) && !TITLE_AT_RE.test(n.slice(1)),
        );
      if (!name) break;
      const index = end - 1 - name.length;
      if (!seen.has(index)) {
        seen.add(index);
        out.push({ kind: 'person', text: name, index });
      }
      end = index;
    }
  }
}

/** 每月搞一次主题活动: how often, and the verb after it, name no event. */
const FREQUENCY_RE =
  /^.*每个?(?:月|周|季度|年|天|学期|半年)(?:都|要|搞|办|开|开展|举办|组织|举行)*/;

/** The part of an event's name that makes it this event: 专场 of 专场招聘会, 中秋 of 中秋联谊会. */
export function eventCore(raw: string): string {
  return (
    raw
      .replace(FREQUENCY_RE, '')
      // 在我们乡开观摩会, 办一次茶话会: a bare verb just before the kind ends its name (none here);
      // 后年开第五届读书会: an edition between them is no name either.
      .replace(EDITION_END_RE, '')
      .replace(BARE_VERB_END_RE, '')
      .replace(EVENT_VERB_RE, '')
      // 搞了个大讲座, 办了场小展览: the measure after the verb and a bare size are no name.
      .replace(/^[一两]?[个场次期回](?=[\u4e00-\u9fff]{0,2}$)/, '')
      .replace(/^[大小]型?$/, '')
      // 第二课堂, 第一讲堂: an ordinal on its own says which kind of place, no edition of anything.
      .replace(/^第[一二三四五六七八九十\d]+$/, '')
      .replace(ORDINAL_RE, '')
      .replace(GENERIC_RE, '')
      // (馆里公益培训班, 站里的培训: "in our 馆", the unit by its kind, as 县里 is the county.)
      .replace(/^(?:[馆站所院局园厂队]|中心)[里内](?:的)?/, '')
      .replace(/^[镇县区市校村]/, '')
  );
}

const EVENT_MODIFIED_HEAD_RE = new RegExp(`^(?:${alternation(loadWords('event-modified-heads'))})`);
const INTO_BEFORE_KIND_RE = /(?:引入|带进|走进|融入|进入|纳入|带入|引进)[\u4e00-\u9fff]{0,3}$/;

function extractEvents(text: string, out: NameFact[]): void {
  for (const m of text.matchAll(EVENT_RE)) {
    const suffix = m[1]!;
    // 广大会员: the ending runs on into a word (会员), as an organisation's stem may.
    const end = m.index + suffix.length;
    if (RUN_ON.has(text.slice(end - 1, end + 1)) && !text.startsWith('同志', end)) continue;
    // 建设惠民沙龙品牌: the kind modifies a noun after it, and no event is named.
    if (EVENT_MODIFIED_HEAD_RE.test(text.slice(end))) continue;
    // 三八妇女节当天集中汇演: the day it was held (当天, 那天, 期间) is when, not the event's name.
    // (王秀兰列席区人民代表大会: a person read before it ends the name on the left.)
    let from = prefixStart(text, m.index, NAME_BOUNDARY_SET, 12);
    for (const o of out) {
      const end = o.index + o.text.length;
      if (o.kind === 'person' && end > from && end <= m.index) from = end;
    }
    // (技术员作辅导讲座: who gave it, and 作, end the name on the left.)
    const raw = text
      .slice(from, m.index)
      .replace(/^.*(?:当天|当日|那天|那日|期间)/, '')
      .replace(/^.*[员师家授生者](?:来)?作了?(?=[\u4e00-\u9fff])/, '')
      // (义诊加讲座, 座谈外加参观: a spoken "and" between two activities ends the name.)
      .replace(/^.*[\u4e00-\u9fff]{2}(?:加上?|外加)$/, '')
      // (捐了两万块修活动室, 搞了三场联谊活动: a figure and its measure are no part of a name.)
      .replace(/^.*[\d〇零一二两三四五六七八九十百千万亿](?:块钱?|元|个|名|户|家|次|场|期|批)/, '');
    if (NOT_EVENT_RE.test(raw + suffix)) continue;
    // 把安全知识带进课堂, 将剪纸技艺带进美术课堂: a verb of going into a place before the kind
    // (a word or two between) names where, no event.
    if (/[\u4e00-\u9fff][进入]$/.test(raw) || INTO_BEFORE_KIND_RE.test(raw)) continue;
    const core = eventCore(raw);
    // …活动, …行动 and …工程 are named only with a mark of a name (宣传月活动, 千企帮千村行动,
    // 百村示范工程); 宗教活动 and 违法犯罪活动 are kinds of things, 水利工程 is works, and a
    // programme with a name of its own is quoted (“暖心工程”), which the quote check traces.
    // …宣传月活动, 文化节活动, 百日攻坚行动; not 周末活动 or 季节活动 (a mark inside a word).
    const marked =
      !/(?:活动|行动|工程)$/.test(suffix) || /[月周节季]$/.test(core) || /[百千万]/.test(core);
    // 展示展览, 竞技比赛: a proper part that only says the kind again (its root 展 in 展示)
    // names no event in particular.
    const restated = core.length === 2 && core.includes(eventRoot(suffix)[0] ?? '');
    const named = core.length >= 2 && marked && !restated;
    if (!named && !BARE_EVENT_RE.test(suffix)) continue;
    const shown = raw.replace(EVENT_VERB_RE, '') + suffix;
    const index = m.index + suffix.length - shown.length;
    out.push({ kind: 'event', text: shown, index, suffix, core: named ? core : '' });
  }
}

/**
 * A place by its proper name, read in the answers only: two or three characters, begun at a
 * boundary (a mark, a space, a word like 在 or 和, a particle), then 村, 乡 or 镇 ending a word
 * there (白沙村, 马坊乡, 下湾村, 去城南街道; not 村民, 乡贤, 镇街), or a temple or church (清凉寺, 福音教堂;
 * not before 社区: 文庙社区 is a community named after it), or
 * a park (桐溪工业园区, 河湾产业园, 城南物流园, 城南开发区). Its name is no general word (示范村,
 * 行政村, 各乡镇: words/generic-place-parts.txt, words/not-places.txt and the generic parts of
 * institutions' names). A place the user named is a fact the draft keeps (遗漏 if dropped); a
 * draft is not read for places, since its prose runs verbs into 村 and 镇 (熟悉村情, 以港兴镇)
 * and would flag itself.
 */
const PLACE_END_RE =
  /(?:村(?![民委里内外级干组庄落部务集寨户貌小道文统长领中医史规])|乡(?![贤亲情愁音土村镇里俗])|镇(?![村街区中长里内政域])|寺(?![庙院观周附门前里内外]|社区)|庙(?![会宇里内外前]|社区)|宫(?![殿廷里内外颈腔庙观]|社区)|庵(?![里内外])|阁(?![楼下员里内外])|观(?![看念摩察众光测点赏影望])|社区(?![里内外居服工医卫治党网])|街道(?![办里内外居工党服口两])|小区|宿舍|家属院|教堂|(?:工业|产业|物流|科技|创业)园区?|开发区|(?<![号感征应])召(?![开集回唤见募之]))/g;
/** What kind of street, said before 街道 (主要街道, 兄弟街道, 沿线街道): no street's name. */
const STREET_KIND_RE =
  /^(?:主要|兄弟|繁华|沿线|商业|主干|另外|其他|其它|周边|附近|相关|所在|有关|邻近|临近|城区|老城|各个|背街|沿街)$/;
/** Words that end as a place does but name none (侨乡, 返乡, 农村, 城镇). */
const NOT_PLACES = new Set(loadWords('not-places'));
const GENERIC_PLACE_PARTS = loadWords('generic-place-parts');
/** A particle that ends the verb before a place's name (管着石岗镇, 去了白沙村). */
const PARTICLE_RE = /[着了过的得]/;
/** A site's kind said before its name: 活动场所紫云宫, 宗教场所灵泉寺, 寺庙白云庵. */
// (寺院 and 庙宇 are said as often before a verb: 每座寺院派驻寺干部 names no 派驻寺.)
const SITE_KINDS = '场所|寺庙|宫观|堂点|道观|佛寺|宫庙';
const SITE_KIND_BEFORE_RE = new RegExp(`(?:${SITE_KINDS})$`);
const SITE_KIND_RE = new RegExp(SITE_KINDS);
/**
 * 有一座寺庙 叫甘丹曲果林寺, 有个清真寺东关寺: after a word of naming or a site's kind (its faith's
 * too), a temple's name begins, and one spelt from another language may run to six characters;
 * none of them a particle or a verb of going, which would make it a phrase (叫大家去灵岩寺).
 */
const NAMED_TEMPLE_RE = new RegExp(
  `(?:名叫|名为|叫做|叫|${SITE_KINDS}|清真寺|天主堂|教堂)([${HAN}]{2,6})$`,
);
const PLACE_NOT_NAME_RE =
  /[的了和与及是在把被将从向给对个名家所座处项位条批次场都也还各每全本该这其等些多少年]/;

/** 王家湾, 祁家沟, 郭家屯: a surname, 家 and a word of land, a village whatever its kind. */
const SURNAME_HOME = `(?:${SURNAMES})家[庄湾屯寨坝沟岭坪营铺河桥岗洼峪塘堡]`;
const SURNAME_HOME_RE = new RegExp(`^${SURNAME_HOME}$`);

function extractPlaces(text: string, out: NameFact[]): void {
  for (const m of text.matchAll(PLACE_END_RE)) {
    let start = prefixStart(text, m.index, ORG_BOUNDARIES, 4);
    // 全县住宅小区142个: a level after 全 is the whole of the place (全县), no place's level.
    if (LEVEL_CHAR_RE.test(text[start] ?? '') && text[start - 1] === '全') start++;
    // 管着石岗镇: a particle ends the verb before the name.
    const particle = PARTICLE_RE.exec(text.slice(start, m.index - 2));
    if (particle) start += particle.index + 1;
    // (活动场所紫云宫: the name begins after its kind.)
    const kind = SITE_KIND_RE.exec(text.slice(start, m.index));
    if (kind) start += kind.index + kind[0].length;
    const temple = /^[寺庙宫庵阁观召]/.test(m[0]);
    const longName = temple
      ? NAMED_TEMPLE_RE.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[1]
      : undefined;
    const spelt =
      longName !== undefined &&
      !PLACE_NOT_NAME_RE.test(longName) &&
      !/[来去到回下进赴返上]/.test(longName);
    if (spelt) start = m.index - longName.length;
    // (跑祁家沟乡: a surname, 家 and a word of land are the name, whatever stands before.)
    // (…and a word of where before it is the name's too: 东李家湾村, 下马家沟村.)
    if (m.index - start > 3 && SURNAME_HOME_RE.test(text.slice(m.index - 3, m.index)))
      start =
        /[东西南北上下前后大小新老中]/.test(text[m.index - 4] ?? '') && m.index - 4 >= start
          ? m.index - 4
          : m.index - 3;
    if (FOUNDING_AT_RE.test(text.slice(start, m.index))) continue;
    // (再推3个村整村授信: the noun a count counts, 3个村, is no name's first character.)
    const countedNoun =
      COUNT_END_RE.test(text.slice(Math.max(0, start - 3), start)) &&
      /[省市州县区旗乡镇村组]/.test(text[start] ?? '');
    if (countedNoun) start++;
    const name = text.slice(start, m.index);
    const surnameHome = SURNAME_HOME_RE.test(name.slice(-3));
    // (A temple's name has two characters: 我挂灵岩寺 reads no 挂灵岩寺; one spelt from another
    // language, 达日罕寺, may have three.)
    // (A park's may say its trade too: 江湾智造产业园, 滨湖电商产业园.)
    const park = /园区?$|开发区$/.test(m[0]);
    const longest = park
      ? 5
      : spelt
        ? 6
        : surnameHome
          ? 4
          : !/^[寺教庙宫庵阁观]/.test(m[0]) || TRANSLITERATED_RE.test(name)
            ? 3
            : 2;
    // (柳岸基督教堂, 石门清真寺: the faith is the kind's, not the name's length; 东正教堂 names
    // no place.)
    const proper = /^[寺教]/.test(m[0])
      ? name.replace(
          m[0] === '教堂' ? /(?:基督|天主|清真|福音|东正)$/ : /(?:基督|天主|清真|福音)$/,
          '',
        )
      : name;
    if (proper.length < 2 || proper.length > longest) continue;
    // (…where, not which: 村里清真寺.)
    if (proper !== name && /^[省市县区乡镇村]?[里内上中]$|^(?:村里|镇上|县里)/.test(proper))
      continue;
    // (A community by name only in a list of them, 青石社区、白沙社区: 社区 alone is as often the
    // kind, said of the unit's own.)
    const listed =
      /^[、和与及]/.test(text.slice(m.index + m[0].length)) ||
      /[、和与及]$/.test(text.slice(0, start));
    if (m[0] === '社区' && !listed) continue;
    // (A street by name in a list of them, after a word of going or being at, or after the
    // district it is in: 去城南街道, 跟城南街道, 钟山区的荷城街道; 街道 alone is as often the unit's
    // own or a street of some kind: 另外街道, 主要街道.)
    if (
      m[0] === '街道' &&
      ((!listed &&
        !/(?:[在到去赴跟和与同了着过]|(?<![市新辖社景园小片郊矿牧库校]|(?<![东西南北中])城)[区县市旗]的)$/.test(
          text.slice(0, start),
        )) ||
        STREET_KIND_RE.test(name))
    )
      continue;
    // No boundary within reach: the run goes on leftwards, a phrase rather than a name; a
    // site's kind said before its name (活动场所紫云宫) is one.
    const bounded =
      spelt ||
      surnameHome ||
      countedNoun ||
      start === 0 ||
      !HAN_CHAR_RE.test(text[start - 1]!) ||
      PARTICLE_RE.test(text[start - 1]!) ||
      endsWithBoundary(text, start, ORG_BOUNDARIES) ||
      // (去一趟石坝物流园区: a count and its measure end what stood before; 4月3日柳湾村: a date.)
      COUNT_END_RE.test(text.slice(Math.max(0, start - 3), start)) ||
      DATE_END_RE.test(text.slice(Math.max(0, start - 3), start)) ||
      SITE_KIND_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start));
    if (!bounded) continue;
    // (宫庙, 寺庙 are a kind of site: 1起宫庙 names none.)
    // (…but 王家湾, 祁家沟: a surname, 家 and a word of land name a village whatever its kind.)
    const home = surnameHome ? name.replace('家', '') : name;
    // (章村乡, 龙村镇: a township may be named for a village, two characters before its kind.)
    // (…not 咱村乡风文明, 我们村: a pronoun's village, and 乡风 a word.)
    const village =
      name.length === 2 &&
      /^[乡镇]$/.test(m[0]) &&
      name.endsWith('村') &&
      !/[咱俺们我本该这那每各全]/.test(name[0]!) &&
      text[m.index + 1] !== '风';
    // (荷城街道, 凤城街道: a street is often named for its town, 城 and all — not 县城, 老城.)
    const townStreet =
      m[0] === '街道' && /^[^省市州县区旗乡镇村老新主古全满进出回去来]城$/.test(name);
    if (
      PLACE_NOT_NAME_RE.test(home) ||
      (/[省市州县区旗乡镇村城宫寺]$/.test(name) && !village && !townStreet)
    )
      continue;
    // (先拿两村试点: a count of villages, not one by name.)
    if (/[一二两三四五六七八九十几\d]$/.test(name)) continue;
    // (九月十九观音阁: a day's numerals run into the name, which is none; 申请一栋宿舍: nor a count.)
    if (
      /^[〇零一二两三四五六七八九十廿卅\d]+$/.test(
        name.slice(0, MEASURE_WORDS.has(name.at(-1)!) ? -1 : undefined),
      )
    )
      continue;
    // 老师来乡中心校, 干部下村, 还得跑镇上: a verb of going before the level, which is where, not
    // a name.
    if (/[来去到回下进赴返跑赶奔]$/.test(name)) continue;
    // 职工宿舍, 学校宿舍, 保障房小区, 老旧小区: whose quarters or what kind, no compound's name
    // (丝绸厂宿舍, 锦绣小区 are).
    if (/^(?:宿舍|家属院|小区)/.test(m[0]) && /[工员生师校民兵警房旧新区]$/.test(name)) continue;
    // (方山乡, 白水乡: a word of land (山乡, 水乡) after a proper first character is a name, as
    // it is not after a word of what the land is like, a level, a pronoun or a verb of going:
    // 偏远山村, 深山乡, 我镇山村多, 我们山村, 常年跑山村.)
    const landNamed =
      name.length === 2 &&
      /^[山水渔]$/.test(name[1]!) &&
      !/[深偏远贫穷高大小美古老新富名进入下回返镇乡县市区村们咱俺跑走到去来]/.test(name[0]!) &&
      bounded;
    if (
      (NOT_PLACES.has(name.slice(-1) + m[0][0]) && !landNamed) ||
      /^(?:清真|佛教|宗教)$/.test(name)
    )
      continue;
    if (GENERIC_PART_RE.test(name) || GENERIC_PLACE_PARTS.some((g) => name.endsWith(g))) continue;
    const end = m.index + m[0].length;
    // Inside a body read already (白沙村党支部 is that body's).
    if (out.some((o) => o.kind === 'org' && start >= o.index && end <= o.index + o.text.length))
      continue;
    out.push({ kind: 'org', text: text.slice(start, end), index: start, place: true });
  }
  // 郭家屯的路灯已经装上了, 去了王家湾: a surname, 家 and a word of land name a village without
  // its 村 too, where a word ends on both sides (not 商家铺子, 国家岗位).
  for (const m of text.matchAll(SURNAME_HOME_ALL_RE)) {
    const end = m.index + m[0].length;
    if (out.some((o) => o.index < end && m.index < o.index + o.text.length)) continue;
    const before = text[m.index - 1] ?? '';
    if (
      HAN_CHAR_RE.test(before) &&
      !PARTICLE_RE.test(before) &&
      !endsWithBoundary(text, m.index, ORG_BOUNDARIES)
    )
      continue;
    out.push({ kind: 'org', text: m[0], index: m.index, place: true });
  }
}
const SURNAME_HOME_ALL_RE = new RegExp(`${SURNAME_HOME}(?=$|[^${HAN}]|[的里那这有村组])`, 'g');

/**
 * 翻修危桥2座 青石岭大桥 白马坳大桥, 山塘3口：大冲塘、小冲塘、石门塘: works counted by a measure of
 * built things, then as many names as the count, each its own name before one shared kind. Read
 * in the answers only, as places: the user named each, and a draft keeps them.
 */
const COUNTED_WORKS_RE = new RegExp(
  `([两二三四五六2-6])(?:座|处|口|条|栋|所|间)[ \t\u3000：:，,]+((?:[${HAN}]{3,8}(?:[、和及]|[ \t\u3000]+)){1,5}[${HAN}]{3,8})`,
  'g',
);

/** Each item, found in order from `from`, as a place the user named (none inside a name read). */
function pushPlaces(text: string, items: readonly string[], from: number, out: NameFact[]): void {
  let at = from;
  for (const item of items) {
    at = text.indexOf(item, at);
    if (!out.some((o) => o.index <= at && at < o.index + o.text.length))
      out.push({ kind: 'org', text: item, index: at, place: true });
    at += item.length;
  }
}

/**
 * 在东湖 西岭 南塘三个社区, 白沙、青石两个村: places named before a count of their kind — each
 * item is a place (the first as long as the second: the verb before it is no part of it).
 */
const PLACES_BEFORE_COUNT_RE = new RegExp(
  `((?:[${HAN}]{2,3}(?:[、和及]|[ \t\u3000]+))+[${HAN}]{2,3})([两二三四五六2-6])个(?:社区|村|小区|街道)`,
  'g',
);
/** A name's last character that is a kind of place or body (山区, 小组, 合作社). */
const KIND_END_RE = /[省市州县区旗乡镇村组社队站所局办部会室厂园]$/;
/**
 * 兰溪 永康这几个县市, 东湖 西岭这几个社区, 西吉 海原 原州好几个县: places before their kind and
 * 几个 (好几个 too), counted by no figure
 * (not 等, which lists kinds as often: 企业 商户等乡镇经营主体).
 */
const PLACES_BEFORE_KIND_RE = new RegExp(
  `((?:[${HAN}]{2,3}(?:[、和及]|[ \t\u3000]+))+[${HAN}]{2,3}?)[这那好]?几个(?:县市|市县|县区|区县|县|市|乡镇|镇|乡|村|社区|街道)(?![${HAN}]{0,1}[长委级])`,
  'g',
);

function extractPlacesBeforeCount(text: string, out: NameFact[]): void {
  for (const m of [
    ...text.matchAll(PLACES_BEFORE_COUNT_RE),
    ...text.matchAll(PLACES_BEFORE_KIND_RE),
  ]) {
    const items = m[1]!.split(/[、和及]|[ \t\u3000]+/);
    if (m[2] !== undefined && items.length !== cnOrArabic(m[2])) continue;
    // (Counted by no figure, the names are bare ones, each without a kind of its own: 侨联小组 让山区
    // 几个乡镇 is a clause, not 小组 and 山区.)
    // A name of two ending in 州 is a city's (原州, 通州), never a kind said bare.
    if (m[2] === undefined && items.some((i) => KIND_END_RE.test(i) && !/^.州$/.test(i))) continue;
    items[0] = items[0]!.slice(-items[1]!.length);
    // (…each a name, no word of a clause: 完工 剩下两个小区 names none.)
    const notName = (i: string) =>
      PLACE_NOT_NAME_RE.test(i) ||
      GENERIC_PART_RE.test(i) ||
      [...i].some((c) => FUNCTION_CHAR_SET.has(c));
    if (items.some(notName)) continue;
    pushPlaces(text, items, m.index, out);
  }
}

function extractCountedWorks(text: string, out: NameFact[]): void {
  for (const m of text.matchAll(COUNTED_WORKS_RE)) {
    const items = m[2]!.split(/[、和及]|[ \t\u3000]+/);
    if (items.length !== cnOrArabic(m[1])) continue;
    // (杏林村一处 鹰嘴崖一处: each item's own count, no kind they share.)
    if (items.some((i) => /[一二两三四五六七八九十\d]/.test(i.slice(-2)))) continue;
    // The kind they share (大桥, 水库): two characters or one, with a name of two or more before it.
    const kind = [2, 1]
      .map((k) => items[0]!.slice(-k))
      .find((k) => items.every((i) => i.endsWith(k) && i.length - k.length >= 2));
    if (!kind || new Set(items).size !== items.length) continue;
    if (items.some((i) => PLACE_NOT_NAME_RE.test(i.slice(0, -kind.length)))) continue;
    pushPlaces(text, items, m.index + m[0].length - m[2]!.length, out);
  }
}

/**
 * 华丰竹木、瑞祥茶业、永兴五金几家, 华丰竹木、永兴五金等企业: firms by their trade names, in a list
 * a word for firms closes (等企业, 几家, 等3家). Each item holds no clause word; the first is as long
 * as the second (the verb before the list is no part of it).
 */
const FIRM_LIST_RE = new RegExp(
  `((?:[${HAN}]{2,6}、)+[${HAN}]{2,6})(?=等(?:企业|公司|商户|厂家|民营企业)|这?几家|等[\\d两二三四五六七八九]+家)`,
  'g',
);

function extractFirmLists(text: string, out: NameFact[]): void {
  for (const m of text.matchAll(FIRM_LIST_RE)) {
    const items = m[1]!.split('、');
    items[0] = items[0]!.slice(-items[1]!.length);
    if (
      items.some(
        (i) => [...i].some((ch) => POSTED_NOT_NAME_RE.test(ch)) || PLACE_NOT_NAME_RE.test(i),
      )
    )
      continue;
    let at = m.index + m[1]!.length;
    for (let k = items.length - 1; k >= 0; k--) {
      at -= items[k]!.length;
      const index = at;
      if (!out.some((o) => index >= o.index && index < o.index + o.text.length))
        out.push({ kind: 'org', text: items[k]!, index });
      at -= 1;
    }
  }
}

/** Organisations, people and events in `text`, in order of appearance. */
export function extractNames(text: string, options: { answers?: boolean } = {}): NameFact[] {
  const work = masked(text);
  const out: NameFact[] = [];
  extractOrgs(work, out, options.answers ? ANSWER_ORG_BOUNDARIES : ORG_BOUNDARIES);
  extractFirmLists(work, out);
  if (options.answers) {
    extractPlaces(work, out);
    extractCountedWorks(work, out);
    extractPlacesBeforeCount(work, out);
  }
  splitApposed(out);
  extractPersons(work, out, options.answers === true);
  extractEvents(work, out);
  // 青石村、白沙村两个点: a place's name holds no person (石村, 白沙村 read from the list).
  const places = out.filter((o) => o.place);
  const persons = out.filter((o) => o.kind === 'person');
  const named = out.filter((o) =>
    // 驻县部队, 驻村工作队: a kind said by where it is stationed (the unit's own county or
    // village) is a description, no body's name.
    // (为银行和企业牵线: a bare 银行 names no bank in particular.)
    o.kind === 'org'
      ? !STATIONED_RE.test(o.text) && o.text !== '银行'
      : o.kind !== 'person' ||
        (!places.some((p) => o.index >= p.index && o.index < p.index + p.text.length) &&
          // (8个人 景颇话汉话一起讲: a people's tongue after a word for people is no name.)
          !peoplesTongue(o.text) &&
          // (副部长来镇作辅导: 来 or 到 before a level's character is a verb of coming, no
          // surname and given name: 来镇, 到村, 来校.)
          !/^[来到][镇乡村县市区校站所院]$/.test(o.text) &&
          // (…合作社并担任理事长: a post's verb between a body and a title is no name.)
          !POST_VERB_IN_NAME_RE.test(o.text) &&
          // (会长多次出席: a two-character reading that is a word of not-given-names.txt, whichever
          // reader took it; not a time's, as 高峰 is a name too.)
          !(o.text.length === 2 && NOT_GIVEN_NAMES.has(o.text)) &&
          !timeAfterPreposition(o, work) &&
          // (老师高考后搞了两场讲座: before or after an exam, 考前 and 考后, ends no name.)
          !/考[前后]$/.test(o.text) &&
          // (山东师范大学副教授: a given name that is a body's kind, 大学, ends the body read
          // around it.)
          !(KIND_AS_GIVEN_RE.test(o.text) && insideBody(o, out)) &&
          !endsInsideKind(o, out) &&
          !servesAs(o, work, persons) &&
          !insideDotted(o, persons) &&
          !titleRunsIn(o, work)),
  );
  // 村医马玉兰和花椒合作社: a person read inside a body, then 和/与/及/、, is an item of a list;
  // the body's name begins after it.
  for (const o of named) {
    if (o.kind !== 'org') continue;
    const end = o.index + o.text.length;
    const inside = named.filter(
      (p) =>
        p.kind === 'person' &&
        p.index > o.index &&
        p.index + p.text.length < end - 2 &&
        /[和与及、]/.test(work[p.index + p.text.length] ?? ''),
    );
    const last = inside.at(-1);
    if (!last) continue;
    const from = last.index + last.text.length + 1;
    o.text = work.slice(from, end);
    o.index = from;
  }
  // 食品公司马永福: a compound surname (司马) whose first character ends a body read right before
  // it is that body's; the name begins after the body.
  for (const o of named) {
    if (o.kind !== 'person' || o.text.length < 3 || !COMPOUND_SURNAMES.has(o.text.slice(0, 2)))
      continue;
    if (out.some((b) => b.kind === 'org' && b.index + b.text.length === o.index + 1)) {
      o.text = o.text.slice(1);
      o.index += 1;
    }
  }
  return named.sort((a, b) => a.index - b.index);
}

/** A person read with a body's kind for a given name (范大学 of 师范大学). */
const KIND_AS_GIVEN_RE = /^.(?:大学|中学|小学|学院|医院|学校|公司|集团|协会|商会)$/;
/** Whether a body read ends where the person does and begins before it. */
const insideBody = (o: NameFact, out: readonly NameFact[]): boolean =>
  out.some(
    (b) =>
      b.kind === 'org' && b.index < o.index && b.index + b.text.length === o.index + o.text.length,
  );
/** The kinds a body's name ends in (合作社, 协会, 服务中心), longest first. */
const BODY_KINDS = [...new Set([...ORG_STEMS, ...NAMED_ENDINGS])].sort(
  (a, b) => b.length - a.length,
);
/**
 * 宣讲员 苗绣合作社: a person read from where a body begins, whose name ends inside the body's
 * kind (合 of 合作社), is the body's name misread — a name ends before a kind, never in it
 * (王建国家庭农场 keeps 王建国).
 */
const endsInsideKind = (o: NameFact, out: readonly NameFact[]): boolean => {
  const end = o.index + o.text.length;
  return out.some((b) => {
    // (Only a body read from where the person begins: 教师赵德海关心 reads a body 教师赵德海关
    // across a name and a verb, and 赵德海 stays a person.)
    if (b.kind !== 'org' || b.index !== o.index || b.index + b.text.length <= end) return false;
    // (…and one whose name before its kind is a name's two characters or more: 李政协助 reads a
    // body 李政协, a surname and 政协, and 李政 stays a person.)
    // (…and a kind of three characters or more, 合作社, 委员会: a name and a verb run into a
    // short one, 张德政协调, 王建科协调, 赵德海关心.)
    const kind = BODY_KINDS.find((k) => b.text.endsWith(k));
    return (
      kind !== undefined &&
      kind.length >= 3 &&
      b.text.length - kind.length >= 2 &&
      b.index + b.text.length - kind.length < end
    );
  });
};
/** What follows a time that is said as one (国庆前后, 国庆期间, 春节前夕). */
const AFTER_TIME_RE = /^(?:节|前后|期间|前夕|当天|之际|假期|长假|以来)/;
/**
 * 医生于国庆前后义诊: 于 before a time said as one (国庆前后) is a preposition, no surname: the rest
 * of the reading is that time, and a time's word follows it. (Only 于: 张国庆前后跑了7趟 and
 * 王立春当天 are people, the words after them their adverbs.)
 */
const timeAfterPreposition = (o: NameFact, text: string): boolean =>
  o.kind === 'person' &&
  o.text.startsWith('于') &&
  PERIOD_WORDS.includes(o.text.slice(1)) &&
  AFTER_TIME_RE.test(text.slice(o.index + o.text.length));

/** A firm's ending inside a body's name read, more name after it (县城投公司|峪川城发集团). */
const INNER_FIRM_RE = /(?:公司|集团)(?=[\u4e00-\u9fff]{4})/;
/**
 * 县城投公司峪川城发集团: two bodies side by side, the second naming the first (a short name
 * and the full one): each read on its own where the second is a body's name by itself.
 */
function splitApposed(out: NameFact[]): void {
  for (const [i, o] of out.entries()) {
    if (o.kind !== 'org') continue;
    const m = INNER_FIRM_RE.exec(o.text);
    if (!m) continue;
    const cut = m.index + m[0].length;
    const tail = o.text.slice(cut);
    const read: NameFact[] = [];
    extractOrgs(tail, read);
    // (县建工集团股份有限公司 is one: 股份有限公司 is a kind, no name of its own; 县供电公司营业
    // 服务中心 is a firm's office, 县农发集团下属峪川粮油公司 its subsidiary: the second a firm
    // named by a name of its own, not a word of its kind or its place in the first.)
    if (
      read.length !== 1 ||
      read[0]!.text !== tail ||
      /^(?:股份|有限|责任)+公司$/.test(tail) ||
      !/(?:公司|集团)$/.test(tail) ||
      /^(?:下属|所属|旗下|营业|客户|分|子|总)/.test(tail)
    )
      continue;
    out.splice(i, 1, { ...o, text: o.text.slice(0, cut) }, { ...read[0]!, index: o.index + cut });
  }
}

/** 安德烈·晁担任会长: a name read from inside a dotted one (晁担任) is part of that one. */
const insideDotted = (o: NameFact, persons: readonly NameFact[]): boolean =>
  persons.some(
    (p) =>
      p !== o && p.text.includes('·') && o.index > p.index && o.index < p.index + p.text.length,
  );

const TITLE_START_RE = new RegExp(`^(?:${TITLES})`);
/**
 * 副总河长王明: a name read after a shorter title (副总) that begins inside a longer one running
 * into it (副总河长) is none: the longer title's person follows it.
 */
function titleRunsIn(o: NameFact, text: string): boolean {
  for (const back of [1, 2]) {
    const title = TITLE_START_RE.exec(text.slice(o.index - back, o.index + 4))?.[0];
    if (title && o.index - back >= 0 && title.length > back) return true;
  }
  return false;
}

/** Verbs of taking a post (担任, 兼任, 出任): never inside a person's name. */
const POST_VERB_IN_NAME_RE = /担任|兼任|出任|当选|任职/;

const STATIONED_RE = /^驻[省市州县区旗乡镇村][\u4e00-\u9fff]{1,3}$/;

/**
 * 柯岚同志任支部主委, 李华任团委书记: 任 right after a person (or 同志) is the verb of the 公文's
 * appointment formula (担任), not the surname of a 任支部. So it is after a person's own title
 * when the post follows 任 at once (鄢丽萍教授任常务副会长).
 */
const POST_SOON_RE = new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(?:${TITLES})`);
const POST_AT_ONCE_RE = new RegExp(`^(?:常务|执行|名誉)?(?:${TITLES})`);
const TITLE_ONLY_RE = new RegExp(`^(?:${TITLES})$`);
function servesAs(o: NameFact, text: string, persons: readonly NameFact[]): boolean {
  if (!o.text.startsWith('任')) return false;
  // (退休老同志任建国为大家讲党课: a post must follow, or 任建国 is who he is.)
  if (!POST_SOON_RE.test(text.slice(o.index + 1, o.index + 10))) return false;
  const titled = POST_AT_ONCE_RE.test(text.slice(o.index + 1, o.index + 12));
  return (
    text.slice(0, o.index).endsWith('同志') ||
    persons.some(
      (p) =>
        p !== o &&
        (p.index + p.text.length === o.index ||
          (titled && TITLE_ONLY_RE.test(text.slice(p.index + p.text.length, o.index)))),
    )
  );
}

/** What an event's ending is about: 联谊 of 联谊会, 招聘 of 招聘会, 行动 of 行动. */
export function eventRoot(suffix: string): string {
  // 展览 is any 展 (特展, 临展, 展厅): the kind is in its first character.
  if (suffix.endsWith('展览')) return '展';
  return suffix.length >= 3 ? suffix.replace(/(?:会|班)$/, '') : suffix;
}
