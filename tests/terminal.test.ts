import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkDraft } from '../src/check/checker.js';
import { buildMaterial } from '../src/compose/material.js';
import { extractFacts } from '../src/facts/extract.js';
import { openRepository } from '../src/storage/repository.js';
import { loadTemplates } from '../src/templates/load.js';

/**
 * The terminal chat as an operator uses it: a real child process, real stdin/stdout, a real
 * SQLite file.
 */

const root = new URL('..', import.meta.url).pathname;

function chatEnv(dir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(TELEGRAM_|OPENAI_|STORAGE_URL|LOG_LEVEL|BOT_MODE)/.test(key)) delete env[key];
  }
  return { ...env, STORAGE_URL: `sqlite://${join(dir, 'chat.sqlite')}`, CHAT_USER_ID: 'operator' };
}

const BASICS = ['1', '清河镇', '乡镇', '年度', '2026', '区委统战部', '镇党委', '/skip'];
const FACTS = {
  organization: [
    '镇党委全年4次专题研究统战工作，3月调整统战工作领导小组',
    '16个村各明确1名统战联络员',
  ],
  study: ['中心组开展统战专题学习3次；6月12日举办统战知识讲座，85人参加'],
  features: ['中秋联谊会邀请台属侨眷32人参加，收集意见建议11条'],
  shortcomings: ['信息调研工作有待加强'],
  nextSteps: ['年内开展2次联络员培训'],
};

describe('npm run chat with piped stdin', () => {
  test('a scripted full interview produces an offline draft with every fact and no other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zongjie-chat-'));
    const script = [
      ...BASICS,
      ...FACTS.organization,
      '/next',
      ...FACTS.study,
      '/next',
      '/skip',
      '/na',
      '/skip',
      '/skip',
      '/skip',
      ...FACTS.features,
      '/next',
      ...FACTS.shortcomings,
      '/next',
      ...FACTS.nextSteps,
      '/next',
      // A part's card and /help, as a terminal shows them: no "reply to replace" (no replies here).
      '/edit 2',
      '/help',
      // The end screen listed the skipped parts (issue 13, 24): /draft drafts at once.
      '/draft',
    ].join('\n');
    // Exactly what an operator types: npm runs the project's chat script.
    const run = spawn('npm', ['run', 'chat', '--silent'], {
      cwd: root,
      env: { ...chatEnv(dir), CHAT_OUT_DIR: join(dir, 'drafts') },
    });
    run.stdin.end(`${script}\n`);
    const { stdout, code } = await collect(run);
    assert.equal(code, 0, stdout);
    // The card, printed once per change, compactly: its list, not the whole card again.
    assert.match(
      stdout,
      /已记录1条：\n1\. 镇党委全年4次专题研究统战工作，3月调整统战工作领导小组\n/,
    );
    assert.match(stdout, /已记录2条：\n1\. .+\n2\. 16个村各明确1名统战联络员\n\/\d+ 完成本部分/);
    assert.equal(
      stdout.match(/^第2\/11部分 · 组织领导与工作网络$/gm)?.length,
      2,
      'opened, and /edit 2',
    );
    assert.doesNotMatch(stdout, /回复其中一条消息|点“回复”/);
    // The draft ends where its 核对清单 begins (✅ only when nothing is left open).
    const draft = between(stdout, '—— 草稿第1版 ——\n', '\n✅').split('\n核对清单：')[0]!;
    assert.match(draft, /^清河镇2026年统战工作总结\n/);
    assert.match(draft, /在镇党委的坚强领导和区委统战部的具体指导下/);
    for (const part of Object.values(FACTS).flat()) {
      for (const fact of extractFacts(part))
        assert.ok(draft.includes(fact.text), `missing ${fact.text}`);
    }
    // Nothing the user did not say: the deterministic checker traces every number, date, title
    // and quote of the draft back to the stored answers.
    const repo = await openRepository(`sqlite://${join(dir, 'chat.sqlite')}`);
    const { state } = await repo.loadUser('operator');
    await repo.close();
    const summary = state.summaries[0]!;
    const template = loadTemplates().find((t) => t.id === summary.templateId)!;
    const composedAt = summary.drafts[0]!.createdAt;
    const report = checkDraft(draft, buildMaterial(template, summary, { composedAt }));
    assert.deepEqual(report.untraced, []);
    assert.deepEqual(report.structure, []);
    assert.doesNotMatch(draft, /民主党派/, 'a 不涉及 section leaves no trace');
    const path = /草稿已保存：(.+\.txt)/.exec(stdout)?.[1];
    assert.ok(path, 'the draft file path is printed');
    assert.equal(readFileSync(path, 'utf8').trimEnd(), draft.trimEnd());
    assert.match(stdout, /Word 文件：.+（草稿v1）\.docx/);
  });

  test('kill -9 after N acknowledged answers: a new process resumes with all N', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zongjie-kill-'));
    const first = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/terminal/main.ts')], {
      cwd: root,
      env: { ...chatEnv(dir), CHAT_OUT_DIR: join(dir, 'drafts') },
    });
    const out = reader(first);
    for (const line of BASICS) first.stdin.write(`${line}\n`);
    await out.until(/第2\/11部分/);
    const N = 7;
    for (let i = 1; i <= N; i++) {
      first.stdin.write(`第${i}条回答：走访党外人士${i}次\n`);
      await out.until(new RegExp(`已记录${i}条：`));
    }
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));

    const second = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/terminal/main.ts')],
      {
        cwd: root,
        env: { ...chatEnv(dir), CHAT_OUT_DIR: join(dir, 'drafts') },
      },
    );
    second.stdin.end('/review\n');
    const { stdout } = await collect(second);
    assert.match(stdout, /继续《清河镇2026年统战工作总结》/);
    assert.match(stdout, new RegExp(`已记录${N}条`));
    assert.match(stdout, new RegExp(`填写中（${N}条）`));

    const repo = await openRepository(`sqlite://${join(dir, 'chat.sqlite')}`);
    const { state } = await repo.loadUser('operator');
    await repo.close();
    const parts = state.summaries[0]?.answers.organization?.parts ?? [];
    assert.deepEqual(
      parts,
      Array.from({ length: N }, (_, i) => `第${i + 1}条回答：走访党外人士${i + 1}次`),
    );
  });
});

describe('the finishing walk in the terminal', () => {
  test('numbers for buttons: a thin draft is walked item by item to the 定稿 .docx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zongjie-walk-'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/terminal/main.ts')], {
      cwd: root,
      env: { ...chatEnv(dir), CHAT_OUT_DIR: join(dir, 'drafts') },
    });
    let seen = '';
    child.stdout.on('data', (d) => {
      seen += d;
    });
    /** The output after `from` once it matches `re` (polled: a child's output comes in bursts). */
    const after = async (from: number, re: RegExp): Promise<string> => {
      for (let waited = 0; waited < 20_000; waited += 50) {
        const m = re.exec(seen.slice(from));
        if (m) return seen.slice(from, from + m.index + m[0].length);
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`timed out waiting for ${re}:\n${seen.slice(-600)}`);
    };
    const say = (line: string) => {
      const from = seen.length;
      child.stdin.write(`${line}\n`);
      return from;
    };
    /** The number a label has in the last numbered line of `text`. */
    const number = (text: string, label: string) => {
      const n = new RegExp(`/(\\d+) ${label}`).exec(
        text.split('\n').findLast((l) => l.includes(label)) ?? '',
      )?.[1];
      assert.ok(n, `no ${label} in:\n${text}`);
      return `/${n}`;
    };
    for (const line of BASICS) say(line);
    await after(0, /第2\/11部分/);
    for (const line of [
      '开了2次会研究统战吧',
      '/next',
      '搞了宣讲 约1800人次吧',
      '/next',
      '联系了党外人士',
      '/next',
      '/skip',
      '/skip',
      '/skip',
      '/skip',
      '搞了些特色活动',
      '/next',
      '人手不够',
      '/next',
      '明年继续搞好',
      '/next',
    ])
      say(line);
    await after(0, /第11\/11部分[\s\S]*已记录/);
    // The end screen already listed the parts left open, so /draft drafts at once.
    let from = say('/draft');
    const offer = await after(from, /还有待完成的项目：\n\/\d+ 逐项完成/);
    from = say(number(offer, '逐项完成'));
    const cards: string[] = [];
    let typed = false;
    for (let i = 0; i < 12; i++) {
      const card = await after(from, /\/\d+ 先这样|定稿已保存：.*\n/);
      cards.push(card);
      if (/定稿已保存/.test(card)) break;
      if (/留待补充/.test(card)) from = say(number(card, '不写这部分'));
      else if (!typed && /【待补：[^】]*做法/.test(card)) {
        typed = true;
        from = say('走访党外人士15人次');
      } else if (/【待补/.test(card)) from = say(number(card, '删除这句'));
      else assert.fail(`unexpected card: ${card}`);
    }
    child.stdin.end();
    await new Promise((r) => child.once('close', r));
    const last = cards.at(-1) ?? '';
    assert.match(cards[0] ?? '', /待完成 1\/6/);
    assert.match(last, /✅ 没有待完成的了：草稿第\d+版就是定稿/);
    const docx = /定稿已保存：(.+\.docx)/.exec(last)?.[1] ?? '';
    assert.ok(docx?.endsWith('清河镇2026年统战工作总结（定稿）.docx'), last);
    const text = readFileSync(docx.replace(/\.docx$/, '.txt'), 'utf8');
    assert.doesNotMatch(text, /【待补/);
    for (const fact of ['2次', '1800人次', '走访党外人士15人次'])
      assert.ok(text.includes(fact), fact);
  });
});

function collect(
  child: ChildProcessWithoutNullStreams,
): Promise<{ stdout: string; code: number | null }> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) =>
    child.on('close', (code) =>
      resolve({ stdout: code === 0 ? stdout : `${stdout}\n${stderr}`, code }),
    ),
  );
}

function reader(child: ChildProcessWithoutNullStreams) {
  let seen = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  child.stdout.on('data', (d) => {
    seen += d;
    for (const w of [...waiters]) {
      if (w.re.test(seen)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  return {
    until(re: RegExp, ms = 20_000): Promise<void> {
      if (re.test(seen)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${re}:\n${seen.slice(-500)}`)),
          ms,
        );
        waiters.push({
          re,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
  };
}

function between(text: string, start: string, end: string): string {
  const i = text.indexOf(start);
  assert.ok(i >= 0, `no "${start.trim()}" in output:\n${text.slice(-800)}`);
  const j = text.indexOf(end, i + start.length);
  return text.slice(i + start.length, j < 0 ? undefined : j);
}
