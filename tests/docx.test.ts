import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { buildDocx } from '../src/export/docx.js';
import { draftFileName, MAX_FILE_NAME_LENGTH } from '../src/export/filename.js';
import { parseDraft } from '../src/export/structure.js';
import { TITLE_LINE_CHARS, titleLines } from '../src/export/title.js';
import { attr, type DocxContent, type DocxParagraph, readDocx } from './support/docx-reader.js';

const SAMPLE = await readFile(new URL('./fixtures/draft-sample.txt', import.meta.url), 'utf8');

/** A short draft with every structure the export recognises. */
const DRAFT = [
  '清河镇2026年上半年统战工作总结',
  '',
  '今年以来，镇党委把统战工作摆上重要议事日程。',
  '',
  '一、强化领导。本年度镇党委召开统战工作专题会议3次。',
  '（一）压实责任',
  '(二)健全网络。全镇14个村各明确1名统战信息员。',
  '1.加强学习。组织专题学习【待补：学习次数】次。',
  '2、开展培训',
  '（1）集中培训。举办培训班1期。',
  '1.5万元用于活动阵地建设。',
  '二、存在的不足',
  '信息报送还不够及时。',
  '',
  '中共清河镇委员会',
  '2026年7月10日',
].join('\n');

/** The draft's paragraphs as the user wrote them: non-empty lines, trimmed. */
function draftParagraphs(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

function paragraphText(docx: DocxContent): string[] {
  return docx.paragraphs.map((p) => p.text).filter(Boolean);
}

function find(docx: DocxContent, startsWith: string): DocxParagraph {
  const p = docx.paragraphs.find((q) => q.text.startsWith(startsWith));
  assert.ok(p, `no paragraph starts with ${startsWith}`);
  return p;
}

/** Every run's four font slots carry the same font, with the East Asian hint. */
function assertRunFont(p: DocxParagraph, runIndex: number, font: string) {
  const run = p.runs[runIndex];
  assert.ok(run, `paragraph "${p.text}" has no run ${runIndex}`);
  assert.deepEqual(run.fonts, {
    ascii: font,
    eastAsia: font,
    hAnsi: font,
    cs: font,
    hint: 'eastAsia',
  });
}

const docx = await readDocx(await buildDocx(DRAFT));

describe('the .docx page (GB/T 9704)', () => {
  test('is A4 with margins 37/35/28/26 mm, leaving a 156 × 225 mm type area', () => {
    assert.equal(attr(docx.document, 'w:pgSz', 'w:w'), '11906');
    assert.equal(attr(docx.document, 'w:pgSz', 'w:h'), '16838');
    const margin = (side: string) => Number(attr(docx.document, 'w:pgMar', `w:${side}`));
    assert.equal(margin('top'), 2098);
    assert.equal(margin('bottom'), 1984);
    assert.equal(margin('left'), 1587);
    assert.equal(margin('right'), 1474);
    const mm = (twips: number) => (twips / 1440) * 25.4;
    assert.ok(Math.abs(mm(11906 - margin('left') - margin('right')) - 156) < 0.1);
    assert.ok(Math.abs(mm(16838 - margin('top') - margin('bottom')) - 225) < 0.1);
  });

  test('has 579-twip exact lines everywhere and a line grid of the same pitch (22 lines)', () => {
    for (const p of docx.paragraphs) {
      assert.equal(attr(p.properties, 'w:spacing', 'w:line'), '579', p.text);
      assert.equal(attr(p.properties, 'w:spacing', 'w:lineRule'), 'exact', p.text);
    }
    assert.equal(attr(docx.document, 'w:docGrid', 'w:type'), 'lines');
    assert.equal(attr(docx.document, 'w:docGrid', 'w:linePitch'), '579');
    assert.ok(22 * 579 <= 16838 - 2098 - 1984, '22 lines fit the type area');
    assert.ok(23 * 579 > 16838 - 2098 - 1984, 'a 23rd does not');
  });

  test('holds 28 body characters a line: each narrowed so 28 fit the 156 mm width', () => {
    const body = find(docx, '今年以来');
    const spacing = body.runs[0]?.characterSpacing ?? 0;
    const pitch = 320 + spacing;
    assert.ok(28 * pitch <= 11906 - 1587 - 1474, `28 × ${pitch} twips fit`);
    assert.ok(29 * pitch > 11906 - 1587 - 1474, `29 × ${pitch} twips do not`);
  });

  test('is in Chinese (zh-CN) and names the office fonts with their Windows fallbacks', () => {
    assert.match(docx.styles, /<w:lang [^>]*w:eastAsia="zh-CN"/);
    assert.match(docx.fontTable, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋[,"]/);
    assert.match(docx.fontTable, /<w:font w:name="楷体_GB2312"><w:altName w:val="楷体[,"]/);
    assert.match(docx.fontTable, /<w:font w:name="方正小标宋简体"><w:altName w:val="宋体[,"]/);
  });
});

describe('the title and body', () => {
  test('the title is 二号 方正小标宋简体, centred, followed by one blank line', () => {
    const [title, blank, first] = docx.paragraphs;
    assert.equal(title?.text, '清河镇2026年上半年统战工作总结');
    assert.equal(title?.alignment, 'center');
    assert.equal(title?.runs[0]?.size, 44);
    assertRunFont(title!, 0, '方正小标宋简体');
    assert.equal(blank?.text, '');
    assert.equal(first?.text, '今年以来，镇党委把统战工作摆上重要议事日程。');
  });

  test('body text is 三号 仿宋_GB2312, justified, first line indented two characters', () => {
    const body = find(docx, '今年以来');
    assertRunFont(body, 0, '仿宋_GB2312');
    assert.equal(body.runs[0]?.size, 32);
    assert.equal(body.alignment, 'both');
    assert.equal(attr(body.properties, 'w:ind', 'w:firstLine'), '640');
    assert.equal(attr(body.properties, 'w:ind', 'w:firstLineChars'), '200');
  });

  test('the document says exactly what the draft says, paragraph for paragraph', async () => {
    // Normalised (issue 15): (二) → （二）, and level 3 in one form (1. came first, 2、 follows it).
    const normalised = draftParagraphs(DRAFT).map((p) =>
      p === '2、开展培训' ? '2.开展培训' : p.replace('(二)', '（二）'),
    );
    assert.deepEqual(paragraphText(docx), normalised);
    const sample = await readDocx(await buildDocx(SAMPLE));
    assert.deepEqual(paragraphText(sample), draftParagraphs(SAMPLE));
  });

  test('a draft without a title line gets the given title; one with a title keeps its own', async () => {
    const untitled = await readDocx(
      await buildDocx('今年以来，统战工作稳步推进。\n一、强化领导', {
        title: '清河镇2026年统战工作总结',
      }),
    );
    assert.deepEqual(paragraphText(untitled), [
      '清河镇2026年统战工作总结',
      '今年以来，统战工作稳步推进。',
      '一、强化领导',
    ]);
    const titled = await readDocx(
      await buildDocx(DRAFT, { title: '清河镇2026年上半年统战工作总结' }),
    );
    assert.equal(paragraphText(titled).filter((t) => t.endsWith('统战工作总结')).length, 1);
  });
});

describe('the four heading levels', () => {
  test('一、 is 黑体 up to the first 。, the rest of the line body 仿宋', () => {
    const p = find(docx, '一、强化领导');
    assert.equal(p.runs[0]?.text, '一、强化领导。');
    assertRunFont(p, 0, '黑体');
    assert.equal(p.runs[1]?.text, '本年度镇党委召开统战工作专题会议3次。');
    assertRunFont(p, 1, '仿宋_GB2312');
    assert.ok(
      p.runs.every((r) => r.size === 32),
      'headings are 三号 like the body',
    );
  });

  test('（一） and (二) (set as （二）) are 楷体_GB2312', () => {
    const whole = find(docx, '（一）压实责任');
    assert.equal(whole.runs.length, 1);
    assertRunFont(whole, 0, '楷体_GB2312');
    const ascii = find(docx, '（二）健全网络');
    assert.equal(ascii.runs[0]?.text, '（二）健全网络。');
    assertRunFont(ascii, 0, '楷体_GB2312');
    assertRunFont(ascii, 1, '仿宋_GB2312');
  });

  test('1. / 1、 and （1） are 仿宋_GB2312, recognised as levels 3 and 4', () => {
    assertRunFont(find(docx, '1.加强学习'), 0, '仿宋_GB2312');
    assertRunFont(find(docx, '2.开展培训'), 0, '仿宋_GB2312');
    assertRunFont(find(docx, '（1）集中培训'), 0, '仿宋_GB2312');
    const levels = parseDraft(DRAFT).flatMap((b) =>
      b.kind === 'heading' ? [[b.text, b.level]] : [],
    );
    assert.deepEqual(levels, [
      ['一、强化领导。本年度镇党委召开统战工作专题会议3次。', 1],
      ['（一）压实责任', 2],
      ['(二)健全网络。全镇14个村各明确1名统战信息员。', 2],
      ['1.加强学习。组织专题学习【待补：学习次数】次。', 3],
      ['2、开展培训', 3],
      ['（1）集中培训。举办培训班1期。', 4],
      ['二、存在的不足', 1],
    ]);
  });

  test('a line starting with a decimal number (1.5万元) is body text, not a heading', () => {
    const block = parseDraft(DRAFT).find((b) => b.text.startsWith('1.5万元'));
    assert.equal(block?.kind, 'body');
  });
});

describe('落款, date and placeholders', () => {
  test('the unit name and date at the end are right-aligned, the date starting two characters right of the name', () => {
    const n = docx.paragraphs.length;
    const [blank, signature, date] = docx.paragraphs.slice(n - 3);
    assert.equal(blank?.text, '', 'one blank line before the 落款');
    assert.equal(signature?.text, '中共清河镇委员会');
    assert.equal(date?.text, '2026年7月10日');
    assert.equal(signature?.alignment, 'right');
    assert.equal(date?.alignment, 'right');
    // Widths in characters: the name 8, the date 6.5 (digits are half width).
    const right = (p: DocxParagraph | undefined) =>
      Number(attr(p?.properties ?? '', 'w:ind', 'w:right'));
    const pitch = 315;
    const nameStart = right(signature) + 8 * pitch;
    const dateStart = right(date) + 6.5 * pitch;
    assert.ok(Math.abs(nameStart - dateStart - 2 * pitch) <= 1, 'date starts two characters right');
    assert.ok(right(signature) >= 2 * pitch - 1 && right(date) >= 2 * pitch - 1);
  });

  test('a closing sentence before the date is not taken for a unit name', () => {
    const blocks = parseDraft('标题\n正文一段。\n特此报告。\n2026年12月1日');
    assert.deepEqual(
      blocks.map((b) => b.kind),
      ['title', 'body', 'body', 'date'],
    );
  });

  test('【待补：…】 placeholders are in the 待补 style (bold on yellow), the text around them is plain', () => {
    const p = find(docx, '1.加强学习');
    const placeholder = p.runs.find((r) => r.text === '【待补：学习次数】');
    assert.ok(placeholder, 'the placeholder is a run of its own');
    assert.equal(placeholder.style, 'Daibu');
    const style = docx.styles.match(
      /<w:style [^>]*w:styleId="Daibu"[^>]*>[\s\S]*?<\/w:style>/,
    )?.[0];
    assert.ok(style, 'styles.xml defines the 待补 style');
    assert.match(style, /w:type="character"/);
    assert.match(style, /<w:name w:val="待补"\/>/);
    assert.match(style, /<w:b\/>/);
    assert.match(style, /<w:highlight w:val="yellow"\/>/);
    assert.match(style, /<w:shd [^>]*w:fill="FFFF00"/);
    const others = p.runs.filter((r) => r !== placeholder);
    assert.ok(
      others.length > 0 &&
        others.every((r) => !r.bold && r.highlight === undefined && r.style === undefined),
    );
  });

  test('typing over a placeholder starts plain: it is a content control showing placeholder text', () => {
    const p = find(docx, '1.加强学习');
    const sdts = [...p.xml.matchAll(/<w:sdt>([\s\S]*?)<\/w:sdt>/g)].map((m) => m[1] ?? '');
    assert.equal(sdts.length, 1, 'one control, around the placeholder only');
    const sdt = sdts[0] ?? '';
    const properties = sdt.match(/<w:sdtPr>([\s\S]*?)<\/w:sdtPr>/)?.[1] ?? '';
    const content = sdt.match(/<w:sdtContent>([\s\S]*?)<\/w:sdtContent>/)?.[1] ?? '';
    assert.match(properties, /<w:showingPlcHdr\/>/, 'a click selects the whole placeholder');
    assert.match(properties, /<w:temporary\/>/, 'Word drops the control once filled in');
    assert.match(properties, /<w:alias w:val="待补"\/>/);
    // Elements in the schema's order (CT_SdtPr is a sequence; Word refuses other orders).
    const order = [...properties.matchAll(/<w:(rPr|alias|id|temporary|showingPlcHdr)\b/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(order, ['rPr', 'alias', 'id', 'temporary', 'showingPlcHdr']);
    // What the user types takes these run properties: the body font, not bold, no highlight.
    const typed = properties.match(/<w:rPr>([\s\S]*?)<\/w:rPr>/)?.[1] ?? '';
    assert.match(typed, /w:eastAsia="仿宋_GB2312"/);
    assert.doesNotMatch(typed, /<w:b\/>|w:highlight|w:rStyle|w:shd/);
    assert.match(content, /<w:rStyle w:val="Daibu"\/>[\s\S]*【待补：学习次数】/);
  });

  test('content control ids are unique in the document', async () => {
    const d = await readDocx(
      await buildDocx('标题\n参加【待补：人数】人，【待补：次数】次。\n（一）【待补：措施】'),
    );
    const ids = [...d.document.matchAll(/<w:sdtPr>[\s\S]*?<w:id w:val="(\d+)"\/>/g)].map(
      (m) => m[1],
    );
    assert.equal(ids.length, 3);
    assert.equal(new Set(ids).size, 3);
  });
});

describe('page numbers', () => {
  test('the footer line (16 pt exact) ends 25.5 mm above the page edge: the 一字线 7 mm below the type area in a render', () => {
    assert.equal(
      attr(docx.document, 'w:pgMar', 'w:footer'),
      String(Math.round((25.5 * 1440) / 25.4)),
    );
    for (const footer of [docx.footers.default ?? '', docx.footers.even ?? '']) {
      assert.equal(attr(footer, 'w:spacing', 'w:line'), '320');
      assert.equal(attr(footer, 'w:spacing', 'w:lineRule'), 'exact');
    }
  });

  test('odd and even pages have their own footers (evenAndOddHeaders)', () => {
    assert.match(docx.settings, /<w:evenAndOddHeaders\/>/);
    assert.ok(docx.footers.default, 'odd-page footer');
    assert.ok(docx.footers.even, 'even-page footer');
  });

  for (const [type, alignment, side] of [
    ['default', 'right', 'right'],
    ['even', 'left', 'left'],
  ] as const) {
    test(`${type === 'default' ? 'odd' : 'even'} pages: — PAGE — in 四号宋体, ${alignment}, one character in`, () => {
      const footer = docx.footers[type] ?? '';
      assert.match(footer, /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      assert.match(footer, /<w:t[^>]*>— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t[^>]*> —<\/w:t>/);
      assert.equal(attr(footer, 'w:jc', 'w:val'), alignment);
      assert.equal(attr(footer, 'w:ind', `w:${side}`), '280');
      assert.equal(attr(footer, 'w:sz', 'w:val'), '28');
      assert.equal(attr(footer, 'w:rFonts', 'w:eastAsia'), '宋体');
      assert.equal(attr(footer, 'w:rFonts', 'w:ascii'), '宋体');
    });
  }
});

describe('draftFileName', () => {
  const base = {
    unit: '清河镇',
    periodPhrase: '2026年上半年',
    titleSuffix: '统战工作总结',
    version: 2,
  };

  test('names the unit, period, kind and version', () => {
    assert.equal(draftFileName(base), '清河镇2026年上半年统战工作总结（草稿v2）.docx');
  });

  test('drops slashes and characters phones and Windows refuse, and collapses spaces', () => {
    const name = draftFileName({ ...base, unit: ' 清河/镇\\党委:*?"<>|  统战\t办\u0007 ' });
    assert.equal(name, '清河镇党委 统战办2026年上半年统战工作总结（草稿v2）.docx');
  });

  test('caps long names at 80 characters before the extension, keeping the version', () => {
    const name = draftFileName({ ...base, unit: '很长的单位名称'.repeat(20) });
    const stem = name.replace(/\.docx$/, '');
    assert.ok(Array.from(stem).length <= MAX_FILE_NAME_LENGTH, `${Array.from(stem).length} chars`);
    assert.ok(stem.endsWith('（草稿v2）'));
    assert.ok(stem.startsWith('很长的单位名称'));
  });

  test('falls back to 工作总结 when the unit is empty', () => {
    assert.equal(draftFileName({ ...base, unit: '  ', version: 1 }), '工作总结（草稿v1）.docx');
    assert.equal(draftFileName({ ...base, unit: '/:*' }), '工作总结（草稿v2）.docx');
  });
});

describe('npm run docx', () => {
  const run = promisify(execFile);
  const cli = ['--import', 'tsx', 'src/export/cli.ts'];

  test('without arguments prints the usage in Chinese and exits 2', async () => {
    await assert.rejects(run(process.execPath, cli), (err: { code?: number; stderr?: string }) => {
      assert.equal(err.code, 2);
      assert.match(err.stderr ?? '', /用法/);
      return true;
    });
  });

  test('writes the .docx and prints its path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'docx-cli-'));
    try {
      const out = join(dir, '草稿.docx');
      const { stdout } = await run(process.execPath, [
        ...cli,
        'tests/fixtures/draft-sample.txt',
        out,
      ]);
      assert.equal(stdout.trim(), out);
      assert.ok((await stat(out)).size > 5000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  /** Runs the CLI on `bytes` written to a file; its exit code, stderr and the .docx if any. */
  async function convert(bytes: Buffer | string, output?: string) {
    const dir = await mkdtemp(join(tmpdir(), 'docx-cli-'));
    try {
      const input = join(dir, '草稿.txt');
      await writeFile(input, bytes);
      const out = output ?? join(dir, '草稿.docx');
      const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>(
        (done) => {
          const child = execFile(process.execPath, [...cli, input, out], (_err, _out, stderr) =>
            done({ code: child.exitCode, stderr }),
          );
        },
      );
      if (code === 0) return { code, stderr, docx: await readDocx(await readFile(out)) };
      if (output === undefined) {
        await assert.rejects(stat(out), 'no .docx is written on bad input');
      }
      return { code, stderr, docx: undefined };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** One line of Chinese on stderr, no stack trace. */
  function assertOneChineseLine(stderr: string, pattern: RegExp) {
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1, stderr);
    assert.match(lines[0] ?? '', pattern);
    assert.doesNotMatch(stderr, /\bat \S+ \(|Error:/);
  }

  test('an empty or whitespace-only file: one Chinese line, exit 1, no .docx', async () => {
    for (const text of ['', ' \n\t\n\u3000\n', '---\n\n***\n']) {
      const r = await convert(text);
      assert.equal(r.code, 1, JSON.stringify(text));
      assertOneChineseLine(r.stderr, /草稿文件是空的/);
    }
  });

  test('a GBK (GB18030) file is read as such, with a notice', async () => {
    const gbk = Buffer.from(
      'c7e5bad3d5f2cdb3d5bdb9a4d7f7d7dcbde10ad5fdcec4d2bbb6ced0b4cdeac1cba1a30a',
      'hex',
    );
    const r = await convert(gbk);
    assert.equal(r.code, 0, r.stderr);
    assertOneChineseLine(r.stderr, /不是 UTF-8 编码，已按 GB18030（GBK）读取/);
    assert.deepEqual(r.docx?.paragraphs.map((p) => p.text).filter(Boolean), [
      '清河镇统战工作总结',
      '正文一段写完了。',
    ]);
  });

  test('bytes neither UTF-8 nor GB18030, or a .docx given as the draft: one Chinese line, exit 1', async () => {
    const bad = await convert(Buffer.from([0x81, 0x30, 0xff, 0xff, 0xc3, 0x28]));
    assert.equal(bad.code, 1);
    assertOneChineseLine(bad.stderr, /读不懂 .* 的编码/);
    const zipped = await convert(await buildDocx(DRAFT));
    assert.equal(zipped.code, 1);
    assertOneChineseLine(zipped.stderr, /不是文本文件（看起来是Word 文档或压缩包）/);
    const binary = await convert(Buffer.from('标题\u0000\u0000正文', 'utf8'));
    assert.equal(binary.code, 1);
    assertOneChineseLine(binary.stderr, /没有可读的文字/);
  });

  test('CR-only line endings are lines; Markdown does not reach the .docx', async () => {
    const r = await convert('# 标题\r正文一段。\r---\r**一、强化领导**\r- 召开会议3次。\r');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.docx?.paragraphs.map((p) => p.text).filter(Boolean), [
      '标题',
      '正文一段。',
      '一、强化领导',
      '召开会议3次。',
    ]);
  });

  test('an output path that cannot be written: one Chinese line, exit 1', async () => {
    const missing = await convert('标题\n正文。', join(tmpdir(), 'no-such-dir-15', 'x.docx'));
    assert.equal(missing.code, 1);
    assertOneChineseLine(missing.stderr, /写不了输出文件：.*（所在的文件夹不存在）/);
    const folder = await convert('标题\n正文。', tmpdir());
    assert.equal(folder.code, 1);
    assertOneChineseLine(folder.stderr, /写不了输出文件：.*（这是一个文件夹）/);
  });
});

describe('what a reviewer sends back: headings and the 落款 page', () => {
  const kinds = (text: string) => parseDraft(text).map((b) => [b.kind, b.text.slice(0, 6)]);

  test('一、二季度 and 三、四月份 and 1、2月 are sentences, not headings', () => {
    const blocks = parseDraft(
      [
        '标题',
        '一、二季度，全镇召开座谈会3次。',
        '三、四月份开展走访。',
        '1、2月完成摸底。',
        '一、二、三季度各召开1次会议。',
        '一、一年来的主要工作',
        '二、存在的不足',
        '一、2月份集中走访',
        '十一、十二月份集中开展走访慰问。',
        '一、二等奖各评出3名。',
        '二、三产业协调发展，税收稳步增长。',
        '三、三个方面的问题',
        '十一、其他工作',
      ].join('\n'),
    );
    assert.deepEqual(
      blocks.map((b) => b.kind),
      [
        'title',
        'body',
        'body',
        'body',
        'body',
        'heading',
        'heading',
        'heading',
        'body',
        'body',
        'body',
        'heading',
        'heading',
      ],
    );
  });

  test('with the outline known (the bot made the draft), only 一、 to its last heading, in order, are headings', () => {
    const text = [
      '标题',
      '一、加强组织领导',
      '二、三季度召开座谈会2次。',
      '二、深化理论学习',
      '三、五个方面的工作',
      '四、存在的不足',
      '五、抓好三项工作',
    ].join('\n');
    const level1 = (headings?: number) =>
      parseDraft(text, headings === undefined ? {} : { headings })
        .filter((b) => b.kind === 'heading' && b.level === 1)
        .map((b) => b.text.slice(0, 2));
    // Guessing from text alone: 二、三季度 is caught by the word list; the rest are headings.
    assert.deepEqual(level1(), ['一、', '二、', '三、', '四、', '五、']);
    // With an outline of four headings: 五、 is past its end, so a sentence.
    assert.deepEqual(level1(4), ['一、', '二、', '三、', '四、']);
  });

  test('a numbered full sentence running past one line is body text; a short heading keeps with the next paragraph', async () => {
    const long =
      '1、组织党外代表人士开展专题学习3次，邀请县委统战部同志作辅导报告，参训人员普遍反映收获较大。';
    const text = ['标题', '（一）加强学习', long, '2、开展培训。', '举办培训班1期。'].join('\n');
    assert.deepEqual(kinds(text), [
      ['title', '标题'],
      ['heading', '（一）加强学'],
      ['body', long.slice(0, 6)],
      ['heading', '2、开展培训'],
      ['body', '举办培训班1'],
    ]);
    const d = await readDocx(await buildDocx(text));
    const keeps = (p: DocxParagraph) => /<w:keepNext\/>/.test(p.properties);
    assert.equal(keeps(find(d, '（一）加强学习')), true);
    assert.equal(keeps(find(d, '1、组织')), false, 'a sentence does not pull the next one along');
    assert.equal(/<w:outlineLvl /.test(find(d, '1、组织').properties), false, 'not in the outline');
    assert.equal(keeps(find(d, '2、开展培训')), true);
  });

  test('a run-in heading whose first sentence runs past one line is body text', () => {
    const line =
      '（二）镇党委书记履行统战工作第一责任人职责并主持召开党委会专题研究统战工作。审定全年要点。';
    assert.equal(parseDraft(`标题\n${line}`)[1]?.kind, 'body');
  });

  test('the last body paragraph, the blank line and the 落款 keep together, two lines of body at least', async () => {
    const n = docx.paragraphs.length;
    const [last, blank, signature, date] = docx.paragraphs.slice(n - 4);
    assert.equal(last?.text, '信息报送还不够及时。');
    for (const p of [last, blank, signature]) {
      assert.match(p?.properties ?? '', /<w:keepNext\/>/, `"${p?.text}" keeps with the next`);
    }
    assert.doesNotMatch(date?.properties ?? '', /<w:keepNext\/>/);
    // Widow control on that paragraph only: its last two lines move with the 落款.
    assert.doesNotMatch(last?.properties ?? '', /<w:widowControl w:val="(false|0)"\/>/);
    const others = docx.paragraphs.filter((p) => p !== last && p.text !== '');
    assert.ok(others.every((p) => /<w:widowControl w:val="(false|0)"\/>/.test(p.properties)));
  });

  test('a date without a 落款 keeps with the body too', async () => {
    const d = await readDocx(await buildDocx('标题\n正文一段。\n特此报告。\n2026年12月1日'));
    const [last, blank] = d.paragraphs.slice(-3);
    assert.equal(last?.text, '特此报告。');
    assert.match(last?.properties ?? '', /<w:keepNext\/>/);
    assert.match(blank?.properties ?? '', /<w:keepNext\/>/);
  });
});

describe('long titles', () => {
  const widthOf = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0);

  test('a title that fits one line (20 二号 characters) stays one line', () => {
    assert.deepEqual(titleLines('清河镇2026年上半年统一战线工作总结'), [
      '清河镇2026年上半年统一战线工作总结',
    ]);
  });

  test('a long title breaks between words into even lines, never inside 统一战线 or 委员会', () => {
    const title = '中共清河镇委员会关于2026年上半年统一战线工作情况的总结';
    const lines = titleLines(title);
    assert.deepEqual(lines, ['中共清河镇委员会关于2026年', '上半年统一战线工作情况的总结']);
    assert.equal(lines.join(''), title);
  });

  test('never inside an organisation (党工委, from the checker’s list of stems)', () => {
    const lines = titleLines('中共枫桥街道党工委2026年度统一战线工作总结');
    assert.deepEqual(lines, ['中共枫桥街道党工委', '2026年度统一战线工作总结']);
  });

  test('three lines in a 菱形 where the words allow; no line starts with 的 or a closing mark', () => {
    const title = '清河镇人民政府关于进一步加强新时代民营经济统战工作的实施意见落实情况的报告';
    const lines = titleLines(title);
    assert.deepEqual(lines, [
      '清河镇人民政府关于进一步',
      '加强新时代民营经济统战工作的',
      '实施意见落实情况的报告',
    ]);
    const [a = 0, b = 0, c = 0] = lines.map(widthOf);
    assert.ok(b > a && b > c, `菱形: ${a} < ${b} > ${c}`);
    for (const line of lines) {
      assert.ok(widthOf(line) <= TITLE_LINE_CHARS, line);
      assert.doesNotMatch(line, /^[的，、。》）”]/);
    }
  });

  test('a 《name》 that fits a line stays whole; numbers stay with their 年', () => {
    const lines = titleLines('关于印发《清河镇统一战线工作三年行动计划》的通知和2026年度工作要点');
    assert.ok(
      lines.some((l) => l.includes('《清河镇统一战线工作三年行动计划》')),
      lines.join('|'),
    );
    assert.ok(
      lines.every((l) => !l.startsWith('年') && !l.endsWith('2026')),
      lines.join('|'),
    );
  });

  test('in the .docx the lines are joined by line breaks in the one centred title paragraph', async () => {
    const title = '中共清河镇委员会关于2026年上半年统一战线工作情况的总结';
    const d = await readDocx(await buildDocx(`${title}\n\n正文一段。`));
    const p = d.paragraphs[0];
    assert.equal(p?.text, title);
    assert.equal(p?.alignment, 'center');
    const parts = (p?.xml ?? '')
      .split('<w:br/>')
      .map((x) => [...x.matchAll(/<w:t[^>]*>([^<]*)</g)].map((m) => m[1]).join(''));
    assert.deepEqual(parts, ['中共清河镇委员会关于2026年', '上半年统一战线工作情况的总结']);
  });
});
