/**
 * `npm run docx -- input.txt output.docx`: turns a draft text file into a 公文-format .docx,
 * for checking the layout without the bot. Bad input gets one Chinese line and exit 1: an empty
 * file, a file with no text layer (a .docx, PDF or picture), bytes neither UTF-8 nor GB18030, an
 * output path that cannot be written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildDocx } from './docx.js';
import { normalizeDraft } from './normalize.js';
import { sanitizeForDocx } from './sanitize.js';

const USAGE =
  '用法：npm run docx -- 草稿.txt 输出.docx\n把草稿文本（每行一段）排成公文格式的 Word 文件。';

/** A draft file as text, or the one line that says why it is not one. */
type Decoded = { text: string; notice?: string } | { error: string };

/** Signatures of files that are not plain text: zip (.docx, .xlsx), PDF, OLE (.doc), pictures. */
const BINARY_MAGIC: [string, number[]][] = [
  ['Word 文档或压缩包', [0x50, 0x4b, 0x03, 0x04]],
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['旧版 Word（.doc）', [0xd0, 0xcf, 0x11, 0xe0]],
  ['PNG 图片', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG 图片', [0xff, 0xd8, 0xff]],
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * The bytes of a draft file as text: UTF-8 (with or without a BOM), UTF-16 with a BOM, or else
 * GB18030 (which covers GBK and GB2312, what Windows Notepad saves in China) with a notice.
 */
function decodeDraft(bytes: Uint8Array, name: string): Decoded {
  for (const [kind, magic] of BINARY_MAGIC) {
    if (startsWith(bytes, magic)) {
      return {
        error: `${name} 不是文本文件（看起来是${kind}）：请把草稿另存为 .txt（UTF-8）再转换。`,
      };
    }
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes) };
  if (bytes.includes(0)) {
    return { error: `${name} 含有二进制内容，没有可读的文字：请把草稿另存为 .txt（UTF-8）。` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Not UTF-8: try the Chinese national encoding.
  }
  try {
    return {
      text: new TextDecoder('gb18030', { fatal: true }).decode(bytes),
      notice: `注意：${name} 不是 UTF-8 编码，已按 GB18030（GBK）读取。`,
    };
  } catch {
    return { error: `读不懂 ${name} 的编码（既不是 UTF-8 也不是 GBK）：请另存为 UTF-8 文本。` };
  }
}

async function main(args: string[]): Promise<number> {
  const [input, output] = args;
  if (!input || !output) {
    console.error(USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch {
    console.error(`读不到草稿文件：${input}`);
    return 1;
  }
  const decoded = decodeDraft(bytes, input);
  if ('error' in decoded) {
    console.error(decoded.error);
    return 1;
  }
  if (decoded.notice) console.error(decoded.notice);
  const [clean] = sanitizeForDocx(decoded.text, {});
  if (normalizeDraft(clean).trim() === '') {
    console.error(`草稿文件是空的（没有文字）：${input}`);
    return 1;
  }
  const docx = await buildDocx(decoded.text);
  try {
    await writeFile(output, docx);
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    const why =
      code === 'ENOENT'
        ? '所在的文件夹不存在'
        : code === 'EISDIR'
          ? '这是一个文件夹'
          : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? '没有写入权限'
            : '无法写入';
    console.error(`写不了输出文件：${output}（${why}）`);
    return 1;
  }
  console.log(resolve(output));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
