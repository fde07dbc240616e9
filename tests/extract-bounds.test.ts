import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { extractFileText, MAX_TEXT_CHARS } from '../src/intake/extract.js';
import { checkPdfInflated } from '../src/intake/pdf-streams.js';
import { decodeText } from '../src/intake/text-decode.js';
import { checkZipInflated, zipEntries } from '../src/intake/zip.js';
import { docxBomb, pdfWith } from './support/bombs.js';
import { type BotProcess, startBotProcess } from './support/bot-process.js';
import { makeDocx } from './support/documents.js';
import { basics } from './support/story.js';
import { startTelegram } from './support/telegram.js';

/**
 * One forwarded file must never take the bot down: files that inflate to gigabytes (a .docx of
 * 150 MB of tiny paragraphs, one whose zip headers lie, a PDF with a 1 GB FlateDecode stream)
 * are refused with a plain message; memory is bounded per file (a child process killed past its
 * cap) and across files (two read at once); text files in UTF-16 are read, binary ones refused.
 * Every hostile file is made here, in milliseconds, from a megabyte of compressed pattern.
 */

const MB = 1024 * 1024;
const READ = { timeoutMs: 20_000 };

describe('a .docx is bounded by what it inflates to', () => {
  test('150 MB of tiny paragraphs (a 460 KB file) is refused by its declared size, quickly', async () => {
    const bomb = docxBomb(150 * MB);
    assert.ok(bomb.length < 600 * 1024, `the bomb is small (${bomb.length} bytes)`);
    assert.deepEqual(checkZipInflated(bomb, 20 * MB), { ok: false, reason: 'tooBig' });
    const t0 = performance.now();
    const read = await extractFileText('docx', bomb, READ);
    assert.deepEqual(read, { ok: false, reason: 'tooBig', limitMb: 20 });
    assert.ok(performance.now() - t0 < 10_000);
  });

  test('a central directory that lies about the size does not get past: inflating stops at the cap', async () => {
    const liar = docxBomb(150 * MB, { declared: 1000 });
    const declared = zipEntries(liar)?.find((e) => e.name === 'word/document.xml')?.size;
    assert.equal(declared, 1000, 'the headers say 1,000 bytes');
    assert.deepEqual(checkZipInflated(liar, 20 * MB), { ok: false, reason: 'tooBig' });
    assert.deepEqual(await extractFileText('docx', liar, READ), {
      ok: false,
      reason: 'tooBig',
      limitMb: 20,
    });
  });

  test('the same construction at 100 KB is an ordinary .docx, read as one', async () => {
    const read = await extractFileText('docx', docxBomb(100 * 1024), READ);
    assert.ok(read.ok, JSON.stringify(read));
    assert.match(read.text, /^开头一段正常的文字。/);
    const real = await makeDocx(['第一段。', '第二段。']);
    assert.deepEqual(checkZipInflated(real, 20 * MB), { ok: true });
  });
});

describe('a PDF is bounded by what its streams inflate to, pictures aside', () => {
  test('a 1 GB FlateDecode page content is refused as too big (not as 损坏或加密)', async () => {
    const bomb = pdfWith({ text: 'Annual report.', contentBomb: 1024 * MB });
    assert.ok(bomb.length < 2 * MB);
    assert.deepEqual(checkPdfInflated(bomb, 50 * MB), { ok: false, reason: 'tooBig' });
    assert.deepEqual(await extractFileText('pdf', bomb, READ), {
      ok: false,
      reason: 'tooBig',
      limitMb: 50,
    });
  });

  test('the same PDF with a 1 MB content stream is read', async () => {
    const read = await extractFileText(
      'pdf',
      pdfWith({ text: 'Annual report.', contentBomb: MB }),
      READ,
    );
    assert.ok(read.ok, JSON.stringify(read));
    assert.match(read.text, /Annual report\./);
  });

  test('a 200 MB picture (a scanned page) does not count: text extraction never decodes it', async () => {
    const scan = pdfWith({ text: 'Signed page.', imageBytes: 200 * MB });
    assert.deepEqual(checkPdfInflated(scan, 50 * MB), { ok: true });
    const read = await extractFileText('pdf', scan, READ);
    assert.ok(read.ok, JSON.stringify(read));
    assert.match(read.text, /Signed page\./);
  });
});

describe('text files: UTF-16 read, binary refused', () => {
  const TEXT = '开展理论学习8次。\r\n组织党外人士学习政策。';
  const le = Buffer.from(TEXT, 'utf16le');
  const be = Buffer.from(le).swap16();
  const bom = (b: Buffer, first: number, second: number) =>
    Buffer.concat([Buffer.from([first, second]), b]);

  test('UTF-16 LE and BE, with and without a byte-order mark, decode to the text', () => {
    for (const [name, bytes] of [
      ['LE with BOM (Notepad 「Unicode」)', bom(le, 0xff, 0xfe)],
      ['BE with BOM', bom(be, 0xfe, 0xff)],
      ['LE without BOM', le],
      ['BE without BOM', be],
    ] as const) {
      assert.deepEqual(decodeText(bytes), { ok: true, text: TEXT }, name);
    }
  });

  test('UTF-8 (with or without BOM) and GBK still decode', () => {
    assert.deepEqual(decodeText(Buffer.from(TEXT)), { ok: true, text: TEXT });
    assert.deepEqual(decodeText(Buffer.from(`\ufeff${TEXT}`)), { ok: true, text: TEXT });
    const gbk = Buffer.from('bfaad5b9c0edc2dbd1a7cfb038b4cea1a3', 'hex');
    assert.deepEqual(decodeText(gbk), { ok: true, text: '开展理论学习8次。' });
  });

  test('binary bytes named .txt are refused, never offered as text', async () => {
    // A PNG's start, then bytes of every value: NULs on both sides of the pairs.
    const png = Buffer.concat([
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    ]);
    assert.deepEqual(decodeText(png), { ok: false });
    // No NUL at all, yet control codes throughout: not text either.
    const controls = Buffer.from(
      Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)),
    );
    assert.deepEqual(decodeText(controls), { ok: false });
    assert.deepEqual(await extractFileText('txt', png, READ), { ok: false, reason: 'undecodable' });
  });

  test('a UTF-16 .txt is read through the child; a long one is cut there, before it crosses back', async () => {
    const read = await extractFileText('txt', bom(le, 0xff, 0xfe), READ);
    assert.deepEqual(read, { ok: true, text: TEXT, truncated: false });
    const long = await extractFileText('txt', Buffer.from('走访。'.repeat(100_000)), READ);
    assert.ok(long.ok);
    assert.equal(long.text.length, MAX_TEXT_CHARS);
    assert.equal(long.truncated, true);
  });
});

describe('the child process: memory and time caps, two at once', () => {
  test('a child past its resident-memory cap is killed, and that is told apart from a broken file', async () => {
    // Any Node process is over 20 MB resident: the watchdog's kill path, made certain.
    const read = await extractFileText('txt', Buffer.from('走访。'), { ...READ, rssMb: 20 });
    assert.deepEqual(read, { ok: false, reason: 'memory' });
  });

  test('the time cap still holds', async () => {
    const read = await extractFileText('txt', Buffer.from('走访。'), { timeoutMs: 1 });
    assert.deepEqual(read, { ok: false, reason: 'timeout' });
  });

  test('a third file waits for one of two to finish, and is told once how many are ahead', async () => {
    const told: number[][] = [[], [], []];
    const reads = await Promise.all(
      [0, 1, 2].map((i) =>
        extractFileText('txt', Buffer.from(`第${i + 1}个文件。`), {
          ...READ,
          onQueued: (ahead) => told[i]?.push(ahead),
        }),
      ),
    );
    assert.deepEqual(told, [[], [], [2]]);
    assert.deepEqual(
      reads.map((r) => (r.ok ? r.text : r.reason)),
      ['第1个文件。', '第2个文件。', '第3个文件。'],
    );
  });
});

/** The child processes of `pid` now (Linux /proc). */
function childrenOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'latin1')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** Resident memory of a process and its children now, in MB (Linux /proc). */
function treeRssMb(pid: number): number {
  let kb = 0;
  const rss = (p: string) => {
    try {
      kb += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'latin1'))?.[1] ?? 0);
    } catch {
      // the child ended between listing and reading
    }
  };
  rss(String(pid));
  for (const child of childrenOf(pid)) rss(child);
  return kb / 1024;
}

describe('the bot process, sent files that inflate to gigabytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zongjie-bombs-'));
  let bot: BotProcess | undefined;
  after(() => {
    bot?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('survives a 150 MB .docx bomb, answers with the too-big line, serves the next user; two 2 GB bombs at once stay under 600 MB', async (t) => {
    if (!readFileSync('/proc/self/status', 'latin1').includes('VmRSS')) {
      t.skip('no /proc on this system: resident memory cannot be measured');
      return;
    }
    const tg = await startTelegram({
      token: '777002:TEST_bombs_emulator_only_not_a_token',
      timeoutMs: 30_000,
    });
    try {
      bot = startBotProcess({
        TELEGRAM_BOT_TOKEN: tg.token,
        TELEGRAM_API_ROOT: tg.apiRoot,
        STORAGE_URL: `sqlite://${join(dir, 'bot.sqlite')}`,
      });
      await bot.waitForLog(/"msg":"bot started"/);
      const a = tg.user(7101);
      await basics(a, '青山镇');
      await a.sendDocument('全年台账.docx', docxBomb(150 * MB));
      await a.waitFor(/这个文件解压后的内容超过 20 MB，太大了/);
      assert.equal(bot.child.exitCode, null, 'the bot is still running');

      const b = tg.user(7102);
      await basics(b, '白水镇');
      await b.sendDocument(
        '简报.docx',
        await makeDocx(['镇党委专题研究统战工作4次。', '走访党外代表人士36人次。']),
      );
      const offer = await b.waitFor(/已读取文件《简报\.docx》：约\d+字、2句/);
      assert.match(offer.plain, /第一句：「镇党委专题研究统战工作4次。」/);

      // Two users at once, each a file that inflates to 2 GB: one .docx whose headers lie, one
      // PDF. Resident memory of the bot and its extraction children, sampled every 10 ms.
      const c = tg.user(7103);
      const d = tg.user(7104);
      await basics(c, '东湖镇');
      await basics(d, '西山镇');
      const docx = docxBomb(2048 * MB, { declared: 4096 });
      const pdf = pdfWith({ text: 'Annual report.', contentBomb: 2048 * MB });
      const pid = bot.pid;
      let peak = treeRssMb(pid);
      const before = peak;
      // The parsers read untrusted bytes: their processes must not hold the bot's token.
      const seen = { children: 0, withToken: 0 };
      const sampler = setInterval(() => {
        peak = Math.max(peak, treeRssMb(pid));
        for (const child of childrenOf(pid)) {
          try {
            // Between fork and exec a child is still a copy of the bot: only the child proper.
            if (!readFileSync(`/proc/${child}/cmdline`, 'latin1').includes('extract-child'))
              continue;
            const environ = readFileSync(`/proc/${child}/environ`, 'latin1');
            seen.children++;
            if (environ.includes(tg.token)) seen.withToken++;
          } catch {
            // ended in between
          }
        }
      }, 10);
      try {
        await Promise.all([c.sendDocument('台账.docx', docx), d.sendDocument('台账.pdf', pdf)]);
        await c.waitFor(/这个文件解压后的内容超过 20 MB，太大了/);
        await d.waitFor(/这个文件解压后的内容超过 50 MB，太大了/);
      } finally {
        clearInterval(sampler);
      }
      console.log(
        `  two 2 GB bombs at once: bot + children resident ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB peak`,
      );
      assert.ok(peak < 600, `peak resident memory ${peak.toFixed(0)} MB`);
      assert.ok(seen.children > 0, 'the extraction children were seen');
      assert.equal(seen.withToken, 0, 'no extraction child has the bot token in its environment');
      assert.doesNotMatch(d.messages().at(-1)?.text ?? '', /损坏或加密/);
      assert.equal(bot.child.exitCode, null, 'the bot is still running');
      await b.send('/review');
      await b.waitFor(/2\. 组织领导与工作网络/);
    } finally {
      bot?.kill('SIGTERM');
      await bot?.exited;
      await tg.close();
    }
  });
});
