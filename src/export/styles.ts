import { ImportedXmlComponent, type IStylesOptions } from 'docx';
import { FONT, LANGUAGE, LINE_PITCH, SIZE } from './layout.js';

/**
 * styles.xml of the draft: document defaults and the Normal style, written as WordprocessingML
 * because docx has no option for paragraph w:snapToGrid. Without it LibreOffice snaps each line
 * to the docGrid, and the 22 pt title (taller than one 579-twip grid line) takes two lines,
 * which costs the first page a line. Word ignores the grid under exact spacing either way.
 */

const body = FONT.body.name;
const RUN_DEFAULTS =
  `<w:rFonts w:ascii="${body}" w:eastAsia="${body}" w:hAnsi="${body}" w:cs="${body}" w:hint="eastAsia"/>` +
  `<w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/>` +
  `<w:lang w:val="${LANGUAGE.value}" w:eastAsia="${LANGUAGE.eastAsia}"/>`;

/**
 * No widow/orphan control: pages are filled to 22 lines (撑满版心). No automatic space between
 * 汉字 and Latin letters or digits (on by default in Word and LibreOffice): "2026年" is set
 * solid, which keeps the 28-character line and the 落款/date alignment. Element order follows
 * the schema (CT_PPrBase).
 */
const PARAGRAPH_DEFAULTS =
  '<w:widowControl w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>' +
  '<w:snapToGrid w:val="0"/>' +
  `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/>` +
  '<w:jc w:val="both"/>';

const DOC_DEFAULTS =
  `<w:docDefaults><w:rPrDefault><w:rPr>${RUN_DEFAULTS}</w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr>${PARAGRAPH_DEFAULTS}</w:pPr></w:pPrDefault></w:docDefaults>`;

const NORMAL_STYLE =
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>' +
  `<w:qFormat/><w:pPr>${PARAGRAPH_DEFAULTS}</w:pPr><w:rPr>${RUN_DEFAULTS}</w:rPr></w:style>`;

/**
 * 待补: the character style of 【待补：…】 placeholders, bold on yellow so nobody prints one
 * unfilled. A style rather than direct formatting: the placeholder is one click to find (the
 * style's name in Word's styles pane) and one to clear, and the runs themselves stay plain.
 */
export const PLACEHOLDER_STYLE = 'Daibu';
const PLACEHOLDER_STYLE_XML =
  `<w:style w:type="character" w:customStyle="1" w:styleId="${PLACEHOLDER_STYLE}">` +
  '<w:name w:val="待补"/><w:uiPriority w:val="1"/><w:qFormat/>' +
  '<w:rPr><w:b/><w:bCs/><w:highlight w:val="yellow"/><w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:rPr></w:style>';

/** The styles option of the Document: replaces docx's defaults (its Title, Heading1 …). */
export function documentStyles(): IStylesOptions {
  return {
    importedStyles: [
      ImportedXmlComponent.fromXmlString(DOC_DEFAULTS),
      ImportedXmlComponent.fromXmlString(NORMAL_STYLE),
      ImportedXmlComponent.fromXmlString(PLACEHOLDER_STYLE_XML),
    ],
  };
}
