import { Document, Packer, PageBreak, Paragraph, TextRun } from 'docx';

export { makePdf } from './pdf-maker.js';

/**
 * A real .docx for tests and the bench, made with the `docx` package: one paragraph per string;
 * `pages` repeats the paragraphs with a page break between copies.
 */
export async function makeDocx(paragraphs: string[], pages = 1): Promise<Buffer> {
  const children: Paragraph[] = [];
  for (let p = 0; p < pages; p++) {
    for (const text of paragraphs) children.push(new Paragraph({ children: [new TextRun(text)] }));
    if (p < pages - 1) children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  const doc = new Document({ sections: [{ children }] });
  return Packer.toBuffer(doc);
}
