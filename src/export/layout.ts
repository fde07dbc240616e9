/**
 * The GB/T 9704-2012 (党政机关公文格式) layout of a draft: page, margins, fonts, sizes, spacing.
 * This module is the one place that knows these numbers; docx.ts only applies them.
 * Units: twips (1/20 pt, 1/1440 inch) for lengths, half-points for font sizes (as in WordprocessingML).
 */

const TWIPS_PER_MM = 1440 / 25.4;
/** Millimetres to twips, rounded: 37 mm → 2098. */
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/** A4, 210 × 297 mm. */
export const PAGE = { width: mm(210), height: mm(297) } as const;

/**
 * 天头 37 mm, 订口 28 mm; the type area is 156 × 225 mm, which leaves 35 mm at the bottom and
 * 26 mm on the right.
 */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;

/** Width and height of the type area (版心) in twips: 8845 × 12756. */
export const TYPE_AREA = {
  width: PAGE.width - MARGIN.left - MARGIN.right,
  height: PAGE.height - MARGIN.top - MARGIN.bottom,
} as const;

/** 号 → half-points (what w:sz holds). */
export const SIZE = {
  /** 二号, 22 pt: the title. */
  title: 44,
  /** 三号, 16 pt: body text and all four heading levels. */
  body: 32,
  /** 四号, 14 pt: page numbers. */
  pageNumber: 28,
} as const;

/** One character of body text (三号 = 16 pt) in twips, the unit of indents. */
export const BODY_CHAR = SIZE.body * 10;

/**
 * Exact line height: 22 lines fill the 225 mm type area (22 × 579 = 12738 ≤ 12756 twips, while
 * 580 gives only 21 lines in a LibreOffice render). Used for every paragraph and the docGrid.
 */
export const LINE_PITCH = 579;

/**
 * 28 characters per line: 28 × 16 pt = 448 pt is wider than the 442 pt type area, so each
 * character is narrowed by 0.25 pt (w:spacing −5 twips): 28 × 315 = 8820 ≤ 8845 < 29 × 315.
 * Run spacing (rather than a linesAndChars grid) renders the same in Word and LibreOffice.
 */
export const BODY_CHARACTER_SPACING = -5;

/** Characters a body line holds, and the first line of an indented paragraph. */
export const LINE_CHARS = 28;
export const FIRST_LINE_CHARS = LINE_CHARS - 2;

/**
 * The width of a piece of text in characters of its own size: 汉字 and full-width punctuation
 * count one, ASCII (digits of a date, Latin letters) half.
 */
export function widthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1;
  return width;
}

/** Two characters of first-line indent (640 twips; firstLineChars 200 for Word's own unit). */
export const FIRST_LINE_INDENT = { firstLine: 2 * BODY_CHAR, firstLineChars: 200 } as const;

/** Page numbers sit one character (of their own 四号 size) in from the edge. */
export const PAGE_NUMBER_INDENT = SIZE.pageNumber * 10;

/**
 * The footer: one exact 16 pt line (the 四号 number and its dashes, with room for their
 * descent), its bottom FOOTER_DISTANCE above the page's bottom edge. The standard puts the
 * 一字线 7 mm below the type area (262 mm from the top, 35 mm up); the dash sits near the middle
 * of the line, so the line's bottom is set 25.5 mm up. Measured on a LibreOffice render
 * (scripts/preview-report.ts): 7.0 mm.
 */
export const FOOTER_LINE = 320;
export const FOOTER_DISTANCE = mm(25.5);

/**
 * A font as offices install it (仿宋_GB2312 …) and the name Windows ships (仿宋 …), which Word
 * uses when the first is missing (the font table's w:altName, see docx.ts).
 */
export interface FontName {
  name: string;
  fallback: string;
}

export const FONT = {
  /** Body text and levels 3–4. */
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  /** The title: 小标宋. */
  title: { name: '方正小标宋简体', fallback: '宋体' },
  /** Level 1 (一、). */
  heading1: { name: '黑体', fallback: '黑体' },
  /** Level 2 (（一）). */
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
  /** Page numbers: 半角宋体 digits. */
  pageNumber: { name: '宋体', fallback: '宋体' },
} as const satisfies Record<string, FontName>;

/** Body font by heading level (levels 3 and 4 are set like the body). */
export const HEADING_FONT: Record<1 | 2 | 3 | 4, FontName> = {
  1: FONT.heading1,
  2: FONT.heading2,
  3: FONT.body,
  4: FONT.body,
};

/** Document language for East Asian text (line breaking, punctuation, spell checking). */
export const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;
