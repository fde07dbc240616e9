import JSZip from 'jszip';

/**
 * Reads back a .docx the way the tests need it: the XML parts, and the body as paragraphs of
 * runs with the properties a reader of the printed page would notice (font, size, bold,
 * highlight). Regex-based, which is enough for the flat WordprocessingML docx writes (no tables,
 * no nested paragraphs).
 */

export interface DocxRun {
  text: string;
  fonts: { ascii?: string; eastAsia?: string; hAnsi?: string; cs?: string; hint?: string };
  /** Half-points (w:sz). */
  size?: number;
  bold: boolean;
  highlight?: string;
  /** The character style (w:rStyle), by id. */
  style?: string;
  characterSpacing?: number;
  xml: string;
}

export interface DocxParagraph {
  text: string;
  runs: DocxRun[];
  /** w:jc (both, center, right, left). */
  alignment?: string;
  /** The w:pPr element, for spacing and indent checks. */
  properties: string;
  xml: string;
}

export interface DocxContent {
  document: string;
  styles: string;
  settings: string;
  fontTable: string;
  /** Footer XML by the type it is referenced as in the section (default = odd pages, even). */
  footers: Record<string, string>;
  paragraphs: DocxParagraph[];
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

function unescapeXml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);
}

/** The value of attribute `name` on the first `element` in `xml`. */
export function attr(xml: string, element: string, name: string): string | undefined {
  const tag = xml.match(new RegExp(`<${element}(?:\\s[^>]*)?/?>`))?.[0];
  return tag?.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}

function parseRun(xml: string): DocxRun {
  const props = xml.match(/<w:rPr>([\s\S]*?)<\/w:rPr>/)?.[1] ?? '';
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g)]
    .map((m) => unescapeXml(m[1] ?? ''))
    .join('');
  const size = attr(props, 'w:sz', 'w:val');
  const spacing = attr(props, 'w:spacing', 'w:val');
  const bold = /<w:b(?:\s[^>]*)?\/>/.test(props) && attr(props, 'w:b', 'w:val') !== 'false';
  return {
    text,
    fonts: {
      ascii: attr(props, 'w:rFonts', 'w:ascii'),
      eastAsia: attr(props, 'w:rFonts', 'w:eastAsia'),
      hAnsi: attr(props, 'w:rFonts', 'w:hAnsi'),
      cs: attr(props, 'w:rFonts', 'w:cs'),
      hint: attr(props, 'w:rFonts', 'w:hint'),
    },
    size: size === undefined ? undefined : Number(size),
    bold,
    highlight: attr(props, 'w:highlight', 'w:val'),
    style: attr(props, 'w:rStyle', 'w:val'),
    characterSpacing: spacing === undefined ? undefined : Number(spacing),
    xml,
  };
}

export function parseParagraphs(xml: string): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  for (const m of xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p(?:\s[^>]*)?\/>/g)) {
    const inner = m[1] ?? '';
    const properties = inner.match(/<w:pPr>[\s\S]*?<\/w:pPr>/)?.[0] ?? '';
    const runs = [...inner.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => parseRun(r[1] ?? ''));
    out.push({
      text: runs.map((r) => r.text).join(''),
      runs,
      alignment: attr(properties, 'w:jc', 'w:val'),
      properties,
      xml: m[0],
    });
  }
  return out;
}

export async function readDocx(buffer: Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is missing from the .docx`);
    return file.async('string');
  };
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const footers: Record<string, string> = {};
  for (const ref of document.matchAll(/<w:footerReference\s[^>]*>/g)) {
    const type = ref[0].match(/w:type="([^"]+)"/)?.[1] ?? 'default';
    const id = ref[0].match(/r:id="([^"]+)"/)?.[1];
    const rel = [...rels.matchAll(/<Relationship\s[^>]*>/g)].find((r) =>
      r[0].includes(`Id="${id}"`),
    );
    const target = rel?.[0].match(/Target="([^"]+)"/)?.[1];
    if (target) footers[type] = await read(`word/${target}`);
  }
  const body = document.match(/<w:body>([\s\S]*)<\/w:body>/)?.[1] ?? '';
  return {
    document,
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    fontTable: await read('word/fontTable.xml'),
    footers,
    paragraphs: parseParagraphs(body),
  };
}
