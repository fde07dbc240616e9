import { cnOrArabic } from './numerals.js';
import { alternation, escapeRe, loadWords } from './words.js';

/**
 * Peoples (回族, 蒙古族, 侗族): a fact like a person's name. A draft that says 以壮族为主 where
 * the answers say 大多是回族 invents one; a draft that drops the answers' 回族 leaves one out.
 * Each is keyed by its full name, so the phone's 蒙族 is the draft's 蒙古族. Pure; the list is
 * data (words/ethnic-groups.txt).
 */

export interface EthnicFact {
  kind: 'ethnic';
  text: string;
  index: number;
  /** The people's full name with 族: 蒙古族 for 蒙族. */
  key: string;
}

const FULL = new Map<string, string>();
for (const line of loadWords('ethnic-groups')) {
  const [name = '', short] = line.split('=');
  FULL.set(name, name);
  if (short) FULL.set(short, name);
}
const NAMES = alternation(FULL.keys());
/** 回族, and the phone's 回民, 藏胞: a people is named by 族, or by 民 or 胞 for its folk. */
const ETHNIC_RE = new RegExp(`(${NAMES})[族民胞]`, 'g');
/**
 * A people's name that is none: 水族馆 and 水族箱 are aquariums; and a one-character name after a
 * character it makes another word with (好汉族…, 北京族…, 本土族…, 明白族…) is read across a
 * word's end. 家族 and 上班族 are never read: 家 and 班 are no people.
 */
const NOT_PEOPLE_AFTER_RE = /^[馆箱]/;
const RUN_ON_BEFORE: Record<string, RegExp> = {
  水: /[山风潜淡海]$/,
  京: /[北南东燕进在]$/,
  土: /[本国领乡故净泥尘黄]$/,
  汉: /[好男大老硬]$/,
  白: /[明空告坦清洁黑表]$/,
  满: /[美圆充饱不]$/,
  // (三回民族团结联欢, 好几回民俗村: 回 after a numeral, 几 or 这/那/每 is a measure of times.)
  回: /[返来召退挽收这那每几两一二三四五六七八九十\d]$/,
  黎: /[巴]$/,
  // (疫苗民生实事, 育苗民工: 苗 ending a word of plants or vaccines, before 民 or 胞.)
  苗: /[疫育树禾秧菜鱼种幼青]$/,
};

/**
 * 藏回汉三族, 彝、傣、纳西等5个民族, 苗侗一起过节: peoples listed by bare name before their count,
 * 民族 or what they do together,
 * each one by name; with a phone's spaces (壮 苗 瑶 侗族) only when the first stands alone
 * (not the 水 of a name: 雷金水 苗族) or is a name of three characters or more, which no word
 * ends in (还有达斡尔 满族 蒙古族).
 */
const LONG_NAMES = alternation([...FULL.keys()].filter((n) => n.length >= 3));
const RUN_RE = new RegExp(
  `(?:(?:${NAMES})(?:[、和与及]?(?:${NAMES}))+|(?:(?<![\u4e00-\u9fff])(?:${NAMES})|${LONG_NAMES})(?:[ \\t\u3000]+(?:${NAMES}))+)(?=等?(?:[两二三四五六七八九十\\d]+个?)?(?:民族|族)|一起|一块|共同)`,
  'g',
);
const ONE_NAME_RE = new RegExp(NAMES, 'g');
/**
 * 包括苗 瑶 侗 壮4个民族: a spaced run right after a verb, read when its count says how many
 * peoples it names.
 */
const COUNTED_SPACED_RE = new RegExp(
  `(?:${NAMES})(?:[ \\t\u3000]+(?:${NAMES}))+(?=([两二三四五六七八九十\\d]+)个?(?:民族|族))`,
  'g',
);

/** 景颇话, 傈僳语: a people's name of two characters or more and its tongue (not 文: 高山文 is a name). */
const TONGUE_RE = new RegExp(
  `^(?:${[...FULL.keys()]
    .filter((n) => n.length >= 2)
    .map(escapeRe)
    .join('|')})[话语]$`,
);

/** Whether `word` is a people's language (景颇话), which a name reader may take for a person. */
export function peoplesTongue(word: string): boolean {
  return TONGUE_RE.test(word);
}

export function extractEthnicGroups(text: string): EthnicFact[] {
  const out: EthnicFact[] = [];
  for (const run of text.matchAll(RUN_RE)) {
    for (const m of run[0].matchAll(ONE_NAME_RE)) {
      const at = run.index + m.index;
      out.push({ kind: 'ethnic', text: m[0], index: at, key: `${FULL.get(m[0])}族` });
    }
  }
  for (const run of text.matchAll(COUNTED_SPACED_RE)) {
    const names = [...run[0].matchAll(ONE_NAME_RE)];
    if (names.length !== cnOrArabic(run[1])) continue;
    for (const m of names) {
      const at = run.index + m.index;
      if (out.some((o) => o.index === at)) continue;
      out.push({ kind: 'ethnic', text: m[0], index: at, key: `${FULL.get(m[0])}族` });
    }
  }
  for (const m of text.matchAll(ETHNIC_RE)) {
    const name = m[1]!;
    if (NOT_PEOPLE_AFTER_RE.test(text.slice(m.index + m[0].length))) continue;
    // (…but 苗族 is the people whatever comes before it: 培育苗族刺绣传承人.)
    if (
      RUN_ON_BEFORE[name]?.test(text.slice(Math.max(0, m.index - 1), m.index)) &&
      !(name === '苗' && m[0].endsWith('族'))
    )
      continue;
    out.push({ kind: 'ethnic', text: m[0], index: m.index, key: `${FULL.get(name)}族` });
  }
  return out;
}
