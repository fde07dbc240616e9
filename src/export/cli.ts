/**
 * `npm run docx -- input.txt output.docx`: turns a draft text file into a 公文-format .docx,
 * for checking the layout without the bot.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildDocx } from './docx.js';

const USAGE =
  '用法：npm run docx -- 草稿.txt 输出.docx\n把草稿文本（每行一段）排成公文格式的 Word 文件。';

async function main(args: string[]): Promise<number> {
  const [input, output] = args;
  if (!input || !output) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch {
    console.error(`读不到草稿文件：${input}`);
    return 1;
  }
  await writeFile(output, await buildDocx(text));
  console.log(resolve(output));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
