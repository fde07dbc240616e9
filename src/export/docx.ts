import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  type IContext,
  type IParagraphOptions,
  type IRunOptions,
  type IXmlableObject,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { PLACEHOLDER_RE } from '../facts/placeholder.js';
import {
  BODY_CHAR,
  BODY_CHARACTER_SPACING,
  FIRST_LINE_INDENT,
  FONT,
  FOOTER_DISTANCE,
  FOOTER_LINE,
  type FontName,
  HEADING_FONT,
  LINE_PITCH,
  MARGIN,
  mm,
  PAGE,
  PAGE_NUMBER_INDENT,
  SIZE,
  widthInChars,
} from './layout.js';
import { normalizeDraft, normalizeLine } from './normalize.js';
import { sanitizeForDocx } from './sanitize.js';
import { type Block, parseDraft } from './structure.js';
import { documentStyles, PLACEHOLDER_STYLE } from './styles.js';
import { titleLines } from './title.js';

/**
 * The finished draft as a Word file in 党政机关公文格式 (GB/T 9704-2012). The layout numbers live
 * in layout.ts and the structure is recognised by structure.ts; this module puts them together.
 */

interface RunStyle {
  font: FontName;
  /** Half-points. */
  size: number;
  characterSpacing?: number;
}

/** The four font slots of a run all get the font, with the East Asian hint, so that punctuation
 * and digits in Chinese text (—, “”, 2026) are not set in a Latin default font. */
function runFont(font: FontName) {
  const name = font.name;
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name, hint: 'eastAsia' };
}

/**
 * 【待补：…】 as a rich-text content control showing its placeholder: the placeholder is set in
 * the 待补 style (bold on yellow), a click selects all of it, and what the user types over it
 * takes the control's own run properties, the plain body text (Word and LibreOffice alike;
 * scripts/placeholder-typing.py checks it in LibreOffice). `w:temporary` makes Word drop the
 * control once it is filled in. A TextRun written inside a w:sdt, because docx has no inline
 * content control.
 */
class PlaceholderRun extends TextRun {
  private readonly plain: TextRun;
  private readonly id: number;

  constructor(base: IRunOptions, text: string, id: number) {
    super({ ...base, text, style: PLACEHOLDER_STYLE });
    this.plain = new TextRun(base);
    this.id = id;
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    const run = super.prepForXml(context);
    const plainRun = this.plain.prepForXml(context)?.['w:r'];
    const plainProperties = Array.isArray(plainRun)
      ? plainRun.find((part) => typeof part === 'object' && part !== null && 'w:rPr' in part)
      : undefined;
    const val = (v: string | number) => ({ _attr: { 'w:val': v } });
    return {
      'w:sdt': [
        {
          'w:sdtPr': [
            ...(plainProperties ? [plainProperties] : []),
            { 'w:alias': val('待补') },
            { 'w:id': val(this.id) },
            // CT_SdtPr is a sequence: temporary comes before showingPlcHdr.
            { 'w:temporary': {} },
            { 'w:showingPlcHdr': {} },
          ],
        },
        { 'w:sdtContent': run ? [run] : [] },
      ],
    };
  }
}

/** Numbers the placeholders of one document (a content control's w:id is unique in it). */
interface Counter {
  next: number;
}

/** Runs for a piece of text; 【待补：…】 placeholders as content controls (PlaceholderRun). */
function runs(text: string, style: RunStyle, counter: Counter): TextRun[] {
  const base = {
    font: runFont(style.font),
    size: style.size,
    ...(style.characterSpacing ? { characterSpacing: style.characterSpacing } : {}),
  };
  const out: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER_RE)) {
    const index = match.index ?? 0;
    if (index > at) out.push(new TextRun({ ...base, text: text.slice(at, index) }));
    counter.next += 1;
    out.push(new PlaceholderRun(base, match[0], counter.next));
    at = index + match[0].length;
  }
  if (at < text.length) out.push(new TextRun({ ...base, text: text.slice(at) }));
  return out;
}

const BODY_STYLE: RunStyle = {
  font: FONT.body,
  size: SIZE.body,
  characterSpacing: BODY_CHARACTER_SPACING,
};

/** Exact line height on every paragraph; no space before or after (blank lines are paragraphs). */
const SPACING = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** An empty body-sized paragraph: the blank line after the title and before the 落款. */
function blankLine(): Paragraph {
  return paragraph([]);
}

/** The width of a line of body text in twips: 汉字 full width, ASCII (digits of a date) half. */
function textWidth(text: string): number {
  return widthInChars(text) * (BODY_CHAR + BODY_CHARACTER_SPACING);
}

/**
 * Right indents of the 落款 and the date (GB/T 9704 7.3.5.2, no seal): the unit name is set
 * two characters in from the right and the date's first character two characters right of the
 * name's first; when the date is the longer, the date is set two characters in and the name
 * moves left instead.
 */
export function signatureIndents(
  signature: string,
  date: string,
): { signature: number; date: number } {
  const twoChars = 2 * (BODY_CHAR + BODY_CHARACTER_SPACING);
  const s = textWidth(signature);
  const d = textWidth(date);
  const dateIndent = Math.max(twoChars, s - d);
  return {
    signature: Math.round(dateIndent + d + twoChars - s),
    date: Math.round(dateIndent),
  };
}

/**
 * Every paragraph: exact line height, and no widow/orphan control, which would leave lines
 * empty at the foot of a page where the standard wants 22 lines (撑满版心).
 */
function paragraph(children: TextRun[], options: Omit<IParagraphOptions, 'children'> = {}) {
  return new Paragraph({ spacing: SPACING, widowControl: false, ...options, children });
}

/**
 * How a paragraph holds to the next one. `keepNext` keeps it on the page of the paragraph after
 * it; `closing` marks the last body paragraph before the 落款: it keeps with the blank line, the
 * 落款 and the date, so the 落款 page always carries body text, and its widow control keeps two
 * of its lines there rather than one (Word splits such a paragraph; LibreOffice moves it whole).
 */
interface Keep {
  keepNext?: boolean;
  closing?: boolean;
}

function keepOptions(keep: Keep): Omit<IParagraphOptions, 'children'> {
  return {
    ...(keep.keepNext || keep.closing ? { keepNext: true } : {}),
    ...(keep.closing ? { widowControl: true } : {}),
  };
}

function bodyParagraph(text: string, counter: Counter, keep: Keep = {}): Paragraph {
  return paragraph(runs(text, BODY_STYLE, counter), {
    alignment: AlignmentType.BOTH,
    indent: FIRST_LINE_INDENT,
    ...keepOptions(keep),
  });
}

/** Heading part in the level's font, the rest of the line (if any) in the body font. */
function headingParagraph(
  block: Extract<Block, { kind: 'heading' }>,
  counter: Counter,
  keep: Keep = {},
): Paragraph {
  const head = block.text.slice(0, block.headingLength);
  const rest = block.text.slice(block.headingLength);
  return paragraph(
    [
      ...runs(head, { ...BODY_STYLE, font: HEADING_FONT[block.level] }, counter),
      ...runs(rest, BODY_STYLE, counter),
    ],
    {
      alignment: AlignmentType.BOTH,
      indent: FIRST_LINE_INDENT,
      // Word's navigation pane lists the headings.
      outlineLevel: block.level - 1,
      // A heading alone on its line stays with the paragraph it introduces.
      ...keepOptions({ ...keep, keepNext: block.headingLength === block.text.length }),
    },
  );
}

/** The title, centred; a long one in lines split by meaning (title.ts), joined by line breaks. */
function titleParagraph(text: string, counter: Counter): Paragraph {
  const style: RunStyle = { font: FONT.title, size: SIZE.title };
  const children = titleLines(text).flatMap((line, i) => [
    ...(i > 0 ? [new TextRun({ font: runFont(style.font), size: style.size, break: 1 })] : []),
    ...runs(line, style, counter),
  ]);
  return paragraph(children, { alignment: AlignmentType.CENTER });
}

function rightParagraph(
  text: string,
  rightIndent: number,
  keepNext: boolean,
  counter: Counter,
): Paragraph {
  return paragraph(runs(text, BODY_STYLE, counter), {
    alignment: AlignmentType.RIGHT,
    indent: { right: rightIndent },
    ...(keepNext ? { keepNext: true } : {}),
  });
}

function documentParagraphs(blocks: Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  const signature = blocks.find((b) => b.kind === 'signature')?.text;
  const date = blocks.find((b) => b.kind === 'date')?.text;
  const indents =
    signature !== undefined && date !== undefined ? signatureIndents(signature, date) : undefined;
  const twoChars = 2 * (BODY_CHAR + BODY_CHARACTER_SPACING);
  // The last body or heading paragraph before the 落款: it, the blank line and the 落款 lines
  // stay on one page.
  const closing = blocks.findLastIndex((b) => b.kind === 'body' || b.kind === 'heading');
  const hasClosing = signature !== undefined || date !== undefined;
  const lastClosing = blocks.findLastIndex((b) => b.kind === 'signature' || b.kind === 'date');
  let closingStarted = false;
  const counter: Counter = { next: 0 };
  blocks.forEach((block, index) => {
    const keep: Keep = { closing: hasClosing && index === closing };
    switch (block.kind) {
      case 'title':
        out.push(titleParagraph(block.text, counter), blankLine());
        break;
      case 'heading':
        out.push(headingParagraph(block, counter, keep));
        break;
      case 'body':
        out.push(bodyParagraph(block.text, counter, keep));
        break;
      case 'signature':
      case 'date': {
        // One blank line between the body and the 落款 (or the date when there is no name).
        if (!closingStarted) out.push(paragraph([], { keepNext: true }));
        closingStarted = true;
        const indent = indents ? indents[block.kind] : twoChars;
        out.push(rightParagraph(block.text, indent, index !== lastClosing, counter));
        break;
      }
    }
  });
  return out;
}

/** `— 1 —` in 四号宋体, one character in from the outer edge (right on odd pages, left on even). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const style: RunStyle = { font: FONT.pageNumber, size: SIZE.pageNumber };
  const font = runFont(style.font);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: PAGE_NUMBER_INDENT } : { left: PAGE_NUMBER_INDENT },
        spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({ font, size: style.size, children: ['— ', PageNumber.CURRENT, ' —'] }),
        ],
      }),
    ],
  });
}

/**
 * The font table, written by hand because docx only lists embedded fonts there. Each office
 * font (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体) names its Windows counterpart in w:altName,
 * which Word tries when the first name is not installed (ECMA-376 §17.8.3.1); the GB2312 charset
 * (86) and panose steer Word's own substitution to a Chinese font of the same kind.
 */
function fontTableXml(): string {
  const fonts: { name: string; alt?: string; panose: string; family: string; pitch: string }[] = [
    {
      name: FONT.body.name,
      alt: `${FONT.body.fallback},FangSong`,
      panose: '02010609060101010101',
      family: 'modern',
      pitch: 'fixed',
    },
    {
      name: FONT.body.fallback,
      alt: 'FangSong',
      panose: '02010609060101010101',
      family: 'modern',
      pitch: 'fixed',
    },
    {
      name: FONT.heading2.name,
      alt: `${FONT.heading2.fallback},KaiTi`,
      panose: '02010609060101010101',
      family: 'modern',
      pitch: 'fixed',
    },
    {
      name: FONT.heading2.fallback,
      alt: 'KaiTi',
      panose: '02010609060101010101',
      family: 'modern',
      pitch: 'fixed',
    },
    {
      name: FONT.heading1.name,
      alt: 'SimHei',
      panose: '02010609060101010101',
      family: 'modern',
      pitch: 'fixed',
    },
    {
      name: FONT.title.name,
      alt: `${FONT.title.fallback},SimSun`,
      panose: '02010600030101010101',
      family: 'auto',
      pitch: 'variable',
    },
    {
      name: FONT.pageNumber.name,
      alt: 'SimSun',
      panose: '02010600030101010101',
      family: 'auto',
      pitch: 'variable',
    },
  ];
  const entries = fonts
    .map(
      (f) =>
        `<w:font w:name="${f.name}">${f.alt ? `<w:altName w:val="${f.alt}"/>` : ''}` +
        `<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/>` +
        `<w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries}</w:fonts>`
  );
}

/**
 * Builds the .docx of a draft (plain text, one paragraph per line). `title` is used only when the
 * draft does not start with one.
 */
export async function buildDocx(
  rawText: string,
  rawOpts: { title?: string; headings?: number } = {},
): Promise<Buffer> {
  const [cleanText, cleanOpts] = sanitizeForDocx(rawText, rawOpts);
  const draftText = normalizeDraft(cleanText);
  const opts = {
    ...(cleanOpts.title === undefined ? {} : { title: normalizeLine(cleanOpts.title) }),
    ...(rawOpts.headings === undefined ? {} : { headings: rawOpts.headings }),
  };
  const blocks = parseDraft(draftText, opts);
  const title = blocks.find((b) => b.kind === 'title')?.text ?? opts.title ?? '工作总结';
  const doc = new Document({
    title,
    creator: '总结助手',
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: MARGIN.top,
              bottom: MARGIN.bottom,
              left: MARGIN.left,
              right: MARGIN.right,
              header: mm(15),
              footer: FOOTER_DISTANCE,
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: documentParagraphs(blocks),
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
