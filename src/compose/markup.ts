/**
 * What a model writes besides Markdown emphasis, turned into plain 公文 text before anyone sees
 * it: tables become one line per row ("项目：座谈会；次数：3。"), links keep their text, images
 * go, HTML tags go (a <br> or the end of a block becomes a line break) and entities are decoded.
 * They used to reach the chat and the .docx as `| 座谈会 | 3 |`, `[通知](https://…)`, `<b>`.
 *
 * markupToPlain works on a whole text (a table's header names its columns); lineToPlain on one
 * line at a time, for the live preview (a row there is its cells joined).
 */

const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const ROW = /^\s*\|.*\|\s*$/;

/** The whole text: tables with their headers, then every line as lineToPlain does it. */
export function markupToPlain(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1];
    if (line.includes('|') && next !== undefined && SEPARATOR_ROW.test(next)) {
      const header = cells(line);
      i += 2;
      while (i < lines.length && (lines[i] as string).includes('|')) {
        const row = lines[i] as string;
        if (!SEPARATOR_ROW.test(row)) out.push(inline(rowSentence(cells(row), header)));
        i++;
      }
      i--;
      continue;
    }
    const plain = lineToPlain(line);
    if (plain !== null) out.push(plain);
  }
  return out.join('\n');
}

/** One line; null for a line that is only markup (a table rule, a link definition). */
export function lineToPlain(line: string): string | null {
  if (SEPARATOR_ROW.test(line) && line.includes('-') && line.includes('|')) return null;
  if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) return null; // [1]: https://… (a link definition)
  return inline(ROW.test(line) ? rowSentence(cells(line)) : line);
}

/** Links, images, HTML tags and entities within one line. */
function inline(line: string): string {
  return decodeEntities(
    line
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // ![alt](src): an image has no place in a 公文
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // [text](url) → text
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // [text][ref] → text
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // <https://…> → the address
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(?:p|div|li|tr|h[1-6]|table|ul|ol)>/gi, '\n')
      .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, ''),
  ).replace(/[ \t]+$/gm, '');
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim().replace(/[。；，,;]+$/, ''));
}

/** 项目：座谈会；次数：3。 — or, without a header, 座谈会，3。 */
function rowSentence(values: string[], header?: string[]): string {
  const parts = values
    .map((value, i) => {
      if (value === '') return '';
      const name = header?.[i];
      return name ? `${name}：${value}` : value;
    })
    .filter((p) => p !== '');
  if (parts.length === 0) return '';
  return `${parts.join(header ? '；' : '，')}。`;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  mdash: '—',
  hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
