/** Chinese numerals as numbers: the counts and years a draft may only repeat. */

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
export const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** 二十三 → 23, 一千二百 → 1200, 一千二 → 1200, 两万五 → 25000, 二〇二六 → 2026. */
export function parseChineseNumber(s: string): number | undefined {
  if (s === '') return undefined;
  if (!/[十百千万亿]/.test(s)) {
    let n = 0;
    for (const ch of s) {
      const d = CN_DIGITS[ch];
      if (d === undefined) return undefined;
      n = n * 10 + d;
    }
    return n;
  }
  let total = 0;
  let section = 0;
  let num = 0;
  let lastUnit = 0;
  let afterUnit = false;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      num = d;
      // 一千零二: the 零 means the next digit is not an elided 百.
      if (d === 0) lastUnit = 0;
      continue;
    }
    const u = CN_UNITS[ch];
    if (u !== undefined) {
      section += (num || 1) * u;
      num = 0;
      lastUnit = u;
      afterUnit = true;
      continue;
    }
    const big = CN_BIG[ch];
    if (big === undefined) return undefined;
    if (big === 1e8) total = (total + section + num || 1) * big;
    else total += (section + num || 1) * big;
    section = 0;
    num = 0;
    lastUnit = big;
    afterUnit = true;
  }
  // 一千二 = 1200, 两万五 = 25000: a trailing digit right after 百/千/万 counts one place lower.
  if (num > 0 && afterUnit && lastUnit >= 100) num = (num * lastUnit) / 10;
  return total + section + num;
}

/** 9 or 九, 12 or 十二: a whole number written in either script. */
export function cnOrArabic(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s);
}
