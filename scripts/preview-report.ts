/**
 * What a reviewer checks on the printed draft, measured on the LibreOffice render of
 * `npm run docx:preview`: pages, lines of text per page, the longest line, whether the last page
 * carries body text above the 落款, and where the page number's 一字线 sits below the type area.
 *   npx tsx scripts/preview-report.ts out/preview/draft.pdf
 * Needs poppler-utils (pdftotext, pdftoppm), which docx-preview.sh installs.
 */
import { execFileSync } from 'node:child_process';
import { widthInChars } from '../src/export/layout.js';

const MM_PER_PT = 25.4 / 72;
/** GB/T 9704: 天头 37 mm, type area 225 mm high, so it ends 262 mm from the top; 订口 28 mm. */
const TYPE_TOP_MM = 37;
const TYPE_BOTTOM_MM = 262;
const TYPE_LEFT_MM = 28;
const TYPE_WIDTH_MM = 156;

interface Line {
  top: number;
  bottom: number;
  left: number;
  right: number;
  text: string;
}

function pages(pdf: string): Line[][] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
        ),
      ].map((m) => ({
        left: Number(m[1]) * MM_PER_PT,
        top: Number(m[2]) * MM_PER_PT,
        right: Number(m[3]) * MM_PER_PT,
        bottom: Number(m[4]) * MM_PER_PT,
        text: [...(m[5] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
      })),
    );
}

/**
 * The centre of the page number's dash, in mm from the top of the page: the rows below the type
 * area holding a dark run at least 3 mm long (the 一字线; digits are narrower), at 300 dpi.
 */
function dashCentreMm(pdf: string, page: number): number | undefined {
  const dpi = 300;
  const pxPerMm = dpi / 25.4;
  const y = Math.round(TYPE_BOTTOM_MM * pxPerMm);
  const pgm = execFileSync('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-y',
    String(y),
    '-H',
    String(Math.round(25 * pxPerMm)),
    '-W',
    String(Math.round(210 * pxPerMm)),
    pdf,
  ]);
  // Binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
  const header = pgm
    .subarray(0, 40)
    .toString('latin1')
    .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) return undefined;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const data = pgm.subarray(header[0].length);
  const minRun = 3 * pxPerMm;
  const rows: number[] = [];
  for (let row = 0; row < height; row++) {
    let run = 0;
    let best = 0;
    for (let col = 0; col < width; col++) {
      run = (data[row * width + col] ?? 255) < 128 ? run + 1 : 0;
      if (run > best) best = run;
    }
    if (best >= minRun) rows.push(row);
  }
  if (rows.length === 0) return undefined;
  const centre = rows.reduce((a, b) => a + b, 0) / rows.length;
  return TYPE_BOTTOM_MM + centre / pxPerMm;
}

function main(pdf: string | undefined): number {
  if (!pdf) {
    console.error('用法：npx tsx scripts/preview-report.ts out/preview/draft.pdf');
    return 2;
  }
  const all = pages(pdf);
  console.log(`页数：${all.length}`);
  let problems = 0;
  all.forEach((lines, i) => {
    const text = lines.filter((l) => l.top >= TYPE_TOP_MM - 2 && l.bottom <= TYPE_BOTTOM_MM + 2);
    const widest = Math.max(0, ...text.map((l) => widthInChars(l.text)));
    // Body lines start at the left edge of the type area (or two characters in); the 落款 and
    // date are set to the right.
    const body = text.filter((l) => l.left < TYPE_LEFT_MM + TYPE_WIDTH_MM / 3);
    const dash = dashCentreMm(pdf, i + 1);
    const dashText =
      dash === undefined ? '未找到' : `版心下 ${(dash - TYPE_BOTTOM_MM).toFixed(1)} mm`;
    console.log(
      `第${i + 1}页：${text.length} 行（靠左的正文行 ${body.length}），最长一行 ${widest} 字宽，页码一字线 ${dashText}`,
    );
    if (text.length > 0 && body.length === 0) {
      console.log(`  ✗ 第${i + 1}页只有落款或日期，没有正文`);
      problems += 1;
    }
    const last = text.at(-1);
    if (i === all.length - 1 && last) {
      console.log(`  末行：${last.text}`);
      // 落款 and date: the date's first character two characters right of the name's (7.3.5.2).
      const name = text.at(-2);
      if (name && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(last.text) && name.left > TYPE_LEFT_MM + 40) {
        const shift = last.left - name.left;
        console.log(
          `  日期首字比署名首字右移 ${shift.toFixed(1)} mm（标准为两字 = 11.1 mm）；日期右空 ${(TYPE_LEFT_MM + TYPE_WIDTH_MM - last.right).toFixed(1)} mm`,
        );
      }
    }
  });
  return problems === 0 ? 0 : 1;
}

process.exitCode = main(process.argv[2]);
