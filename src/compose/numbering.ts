/**
 * The numbering vocabulary of a 公文 draft, owned here: 一、 for level-1 headings and
 * 一是……二是…… for items inside a paragraph.
 */
export const CHINESE_ORDINALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
] as const;

/** Items per paragraph before the list is broken into several paragraphs. */
const ITEMS_PER_PARAGRAPH = 3;
/** An item this long stands as its own paragraph so the text stays readable. */
const LONG_ITEM = 120;

/**
 * Lays out sentences as 公文 paragraphs: one item stays a plain paragraph; several become
 * 一是……。二是……。, up to four in a paragraph, more shared out evenly (one each when long).
 * `inline` keeps them in one.
 */
export function enumerate(items: string[], opts: { inline?: boolean } = {}): string[] {
  if (items.length === 1) return [items[0] as string];
  const labelled = items.map((item, i) => `${CHINESE_ORDINALS[i] ?? String(i + 1)}是${item}`);
  if (opts.inline) return [labelled.join('')];
  if (items.some((item) => item.length > LONG_ITEM)) return labelled;
  // Four stay together; more are shared out evenly (5 → 3+2, 7 → 3+2+2), never a lone 四是.
  if (labelled.length <= ITEMS_PER_PARAGRAPH + 1) return [labelled.join('')];
  const count = Math.ceil(labelled.length / ITEMS_PER_PARAGRAPH);
  const paragraphs: string[] = [];
  let from = 0;
  for (let p = 0; p < count; p++) {
    const size = Math.ceil((labelled.length - from) / (count - p));
    paragraphs.push(labelled.slice(from, from + size).join(''));
    from += size;
  }
  return paragraphs;
}
