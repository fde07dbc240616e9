import { alternation, escapeRe, loadWords } from './words.js';

/**
 * Countries abroad (哈萨克斯坦, 马来西亚, the phone's 印尼): a fact like a people. A draft that
 * says 旅居泰国 where the answers say 在马来西亚 invents one; a draft that writes 国外 for the
 * answers' 哈萨克斯坦 leaves one out. Each is keyed by its full name. Pure; the list is data
 * (words/countries.txt).
 */

export interface CountryFact {
  kind: 'country';
  text: string;
  index: number;
  /** The country's full name: 印度尼西亚 for 印尼. */
  key: string;
}

const FULL = new Map<string, string>();
/** Each country's one character (美 of 留美), by its full name. */
const ONE_CHAR = new Map<string, string>();
const NOT_COUNTRIES: string[] = [];
for (const line of loadWords('countries')) {
  if (line.startsWith('!')) {
    NOT_COUNTRIES.push(line.slice(1));
    continue;
  }
  const [names = '', one] = line.split('/');
  const [name = '', short] = names.split('=');
  FULL.set(name, name);
  if (short) FULL.set(short, name);
  if (one) ONE_CHAR.set(name, one);
}
const LONG = alternation([...FULL.keys()].filter((n) => n.length > 2));
const SHORT = alternation([...FULL.keys()].filter((n) => n.length === 2));
/**
 * A long name anywhere; a two-character one after a mark, a space or a word of place or
 * origin, or before one (美国回来的, 英国留学): 法国 of 依法国有 is none.
 */
const COUNTRY_RE = new RegExp(
  `(?:${LONG})|(?<=^|[^\\u4e00-\\u9fff]|[在到去赴从自于往和与及由是跟同向对]|旅居|侨居|定居|来自|移民)(?:${SHORT})|(?:${SHORT})(?=[^\\u4e00-\\u9fff]|$|留学|回来|归来|归国|籍|华侨|侨|的|等)`,
  'g',
);
const NOT_COUNTRY_RE = new RegExp(NOT_COUNTRIES.map(escapeRe).join('|') || '(?!)', 'g');
/** What a name that holds a country's is blanked with: a 汉字 of no name, so nothing runs on. */
const MASK = '丨';

const ONES = [...ONE_CHAR.values()].join('');
/**
 * 留美回来, 旅英华侨, 赴日学习, 美方, 美籍: a country by its one character after a word of going or
 * staying and before what such a word is about (or, after 旅 or 留, whom: 旅德博士, 留美教授 —
 * not 走访马医生, 留意), or (the great powers' only) before 方 or 籍.
 */
const ONE_AFTER_RE = new RegExp(
  `[留旅赴访]([${ONES}])(?=[归回学国期籍侨华乡人]|[^\\u4e00-\\u9fff]|$)|[留旅]((?!意)[${ONES}])(?=[博教医商企工专作画])|([美英日韩俄德法])[方籍]`,
  'g',
);
/** 英美日德澳: a run of countries by their one characters. */
const ONE_RUN_RE = new RegExp(`[${ONES}]{3,}(?=等|这些|几个|[^\\u4e00-\\u9fff]|$)`, 'g');
const ONE_TO_KEY = new Map([...ONE_CHAR].map(([key, one]) => [one, key]));

/**
 * The countries a text names, by key: by any name, and by their one character
 * (留美, 美方, 英美日德澳). Read once per text (the answers are asked for every claim).
 */
export function countriesIn(text: string): Set<string> {
  if (cached?.text === text) return cached.keys;
  // (Any name as written: a phone runs words together, 跟缅甸挨着, 主要在马来西亚 印尼.)
  const masked = text.replace(NOT_COUNTRY_RE, (m) => MASK.repeat(m.length));
  const keys = new Set([...FULL].filter(([name]) => masked.includes(name)).map(([, key]) => key));
  for (const m of masked.matchAll(ONE_AFTER_RE)) {
    const key = ONE_TO_KEY.get(m[1] ?? m[2] ?? m[3] ?? '');
    if (key) keys.add(key);
  }
  for (const m of masked.matchAll(ONE_RUN_RE))
    for (const one of m[0]) {
      const key = ONE_TO_KEY.get(one);
      if (key) keys.add(key);
    }
  cached = { text, keys };
  return keys;
}
let cached: { text: string; keys: Set<string> } | undefined;

export function extractCountries(text: string): CountryFact[] {
  const masked = text.replace(NOT_COUNTRY_RE, (m) => MASK.repeat(m.length));
  return [...masked.matchAll(COUNTRY_RE)].map((m) => ({
    kind: 'country',
    text: m[0],
    index: m.index,
    key: FULL.get(m[0]) ?? m[0],
  }));
}
