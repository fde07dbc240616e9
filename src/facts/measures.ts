import { loadWords } from './words.js';

/**
 * Whether two numbers count the same kind of thing: 23名 and 二十三人 do, 3次 and 3人 do not.
 * The groups are data (words/measure-groups.txt).
 */

/** The groups each measure word is in: 块 counts money (5块钱) and medals (金牌5块) alike. */
const GROUPS = new Map<string, Set<number>>();
for (const [i, line] of loadWords('measure-groups').entries()) {
  for (const w of line.split(/\s+/)) {
    if (!w) continue;
    const set = GROUPS.get(w) ?? new Set<number>();
    set.add(i);
    GROUPS.set(w, set);
  }
}
function shareGroup(a: string, b: string): boolean {
  const ga = GROUPS.get(a);
  const gb = GROUPS.get(b);
  if (!ga || !gb) return false;
  for (const g of ga) if (gb.has(g)) return true;
  return false;
}

/** Money, time and shares: never interchangeable with a bare number or 个. */
const STRICT_RE =
  /^(?:元|万元|亿元|块|块钱|%|个百分点|百分点|天|日|小时|课时|分钟|个月|周|星期|礼拜|年|岁|倍|折|平方米|平方|公里|千米|公斤|亩|米|吨|斤)$/;
const MONEY_RE = /^(?:元|万元|亿元|块|块钱)$/;

/**
 * A bare amount said the way people say money (花了二十七万, 一户五百, 捐了二十三万多): a hundred
 * or more with no measure word is the same figure as that many 元. A small bare number (5) is not.
 */
export function sameAmount(a = '', b = '', value = 0): boolean {
  if (value < 100) return false;
  return (a === '' && MONEY_RE.test(b)) || (b === '' && MONEY_RE.test(a));
}

/** A measure that counts things (台, 套, 家, 次), not money, time or a share. */
export function countsThings(measure = ''): boolean {
  return measure !== '' && measure !== '成' && !STRICT_RE.test(measure);
}

/** 提高8.3个百分点 between 57% and 65.3%: a change in points is worked out from two rates. */
export function changeMeasure(change = '', figure = ''): boolean {
  return sameMeasure(change, figure) || (/^个?百分点$/.test(change) && figure === '%');
}

export function sameMeasure(a = '', b = ''): boolean {
  if (a === b) return true;
  if (shareGroup(a, b)) return true;
  if (a === '' || a === '个') return !STRICT_RE.test(b);
  if (b === '' || b === '个') return !STRICT_RE.test(a);
  return false;
}
