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
 * 一是……。二是……。, three to a paragraph (or one each when long). `inline` keeps them in one.
 */
export function enumerate(items: string[], opts: { inline?: boolean } = {}): string[] {
  if (items.length === 1) return [items[0] as string];
  const labelled = items.map((item, i) => `${CHINESE_ORDINALS[i] ?? String(i + 1)}是${item}`);
  if (opts.inline) return [labelled.join('')];
  const long = items.some((item) => item.length > LONG_ITEM);
  const size = long ? 1 : ITEMS_PER_PARAGRAPH;
  const paragraphs: string[] = [];
  for (let i = 0; i < labelled.length; i += size) {
    paragraphs.push(labelled.slice(i, i + size).join(''));
  }
  return paragraphs;
}
