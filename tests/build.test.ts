import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { buildBundle } from '../scripts/build.js';
import { DEFAULT_TEMPLATES_DIR, parseTemplate, templateHash } from '../src/templates/load.js';
import { makeDocx } from './support/documents.js';
import { REPO_ROOT } from './support/services.js';
import { answer, basics, draftNow } from './support/story.js';
import { startTelegram, type TelegramHarness } from './support/telegram.js';

/**
 * What `npm start` runs: the bundle `npm run build` makes (here built afresh into a temporary
 * directory, so the test never runs a stale dist/). The other bot-process tests run src/ under
 * tsx, so they always test the source as it is; this one proves the bundle is the same bot.
 */
// Inside the repository (out/ is ignored by git), so the bundle finds node_modules like dist/ does.
mkdirSync(join(REPO_ROOT, 'out'), { recursive: true });
const out = mkdtempSync(join(REPO_ROOT, 'out', 'build-test-'));
const data = mkdtempSync(join(tmpdir(), 'zongjie-build-data-'));
let tg: TelegramHarness;
let child: ChildProcess | undefined;

before(async () => {
  await buildBundle(out);
  tg = await startTelegram({
    token: '123456789:AAbuildTestTokenForTheBundle01',
    timeoutMs: 15_000,
  });
});

after(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await tg?.close();
  rmSync(out, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

/** The files a module loads before it runs: its static imports, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(out, file), 'utf8');
  for (const m of text.matchAll(/^import\s+(?:[^;]*?\s+from\s+)?"\.\/([^"]+)";$/gm)) {
    if (m[1]) staticClosure(m[1], seen);
  }
  return seen;
}

/** The chunk a module loads with `import("./x-HASH.js")` whose name starts with `name`. */
function dynamicChunk(file: string, name: string): string {
  const text = readFileSync(join(out, file), 'utf8');
  const found = [...text.matchAll(/import\("\.\/([^"]+)"\)/g)]
    .map((m) => m[1] ?? '')
    .find((f) => f.startsWith(`${name}-`));
  assert.ok(found, `${file} loads no ${name} chunk`);
  return found;
}

describe('the bundle npm start runs', () => {
  test('at start-up it loads neither the Redis, PostgreSQL and model clients nor the .docx builder', () => {
    // Polling with SQLite (the default): main, the polling chunk, the SQLite store.
    const polling = dynamicChunk('main.js', 'polling');
    const files = new Set([...staticClosure('main.js'), ...staticClosure(polling)]);
    for (const f of [...files]) {
      if (readFileSync(join(out, f), 'utf8').includes('import("./sqlite-')) {
        for (const g of staticClosure(dynamicChunk(f, 'sqlite'))) files.add(g);
      }
    }
    const startup = [...files].map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    // esbuild marks every bundled module with a `// node_modules/<package>/…` comment.
    assert.match(startup, /\/\/ node_modules\/grammy\//);
    assert.match(startup, /\/\/ node_modules\/@keyv\/sqlite\//);
    // Nor undici (the proxies' fetch, 1.1 MB) and zod's 40 other languages.
    for (const lazy of [
      '@redis/',
      '@keyv/redis/',
      '@keyv/postgres/',
      'pg/',
      'openai/',
      'docx/',
      'undici/',
      'zod/v4/locales/zh-CN',
    ]) {
      assert.ok(!startup.includes(`// node_modules/${lazy}`), `${lazy} is loaded at start-up`);
    }
  });

  test('carries the templates already read and checked, keyed by their text, as src/ reads them', () => {
    const chunk = readdirSync(out)
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .find((t) => t.includes('PREBUILT_TEMPLATES = JSON.parse('));
    assert.ok(chunk, 'no chunk carries the templates');
    // The string literal as esbuild wrote it (quotes and escapes its own), read as JavaScript.
    const literal = /PREBUILT_TEMPLATES = JSON\.parse\(((['"]).*?[^\\]\2)\)/.exec(chunk)?.[1];
    assert.ok(literal, 'no string literal after PREBUILT_TEMPLATES');
    const prebuilt = JSON.parse(runInNewContext(literal)) as Record<string, unknown>;
    const files = readdirSync(DEFAULT_TEMPLATES_DIR).filter((f) => f.endsWith('.yaml'));
    assert.equal(Object.keys(prebuilt).length, files.length);
    for (const f of files) {
      const text = readFileSync(join(DEFAULT_TEMPLATES_DIR, f), 'utf8');
      assert.deepEqual(prebuilt[templateHash(text)], parseTemplate(text, f), f);
    }
  });

  test('runs the bot with node alone: greets, interviews, drafts and sends the .docx', async () => {
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (
        !/^(OPENAI_|STORAGE_|TELEGRAM_|ALLOWED_|BOT_MODE|WEBHOOK_|LOG_LEVEL|NODE_OPTIONS)/.test(k)
      ) {
        env[k] = v;
      }
    }
    const proc = spawn(process.execPath, [join(out, 'main.js')], {
      cwd: REPO_ROOT,
      env: {
        ...env,
        TELEGRAM_BOT_TOKEN: tg.token,
        TELEGRAM_API_ROOT: tg.apiRoot,
        ALLOWED_USER_IDS: '*',
        STORAGE_URL: `sqlite://${join(data, 'bot.sqlite')}`,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let output = '';
    proc.stdout?.on('data', (d) => {
      output += d;
    });
    proc.stderr?.on('data', (d) => {
      output += d;
    });
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (c) => resolve(c)));

    const u = tg.user(4242);
    await tg.waitForPolling({ timeoutMs: 15_000 }).catch((error: Error) => {
      throw new Error(`${error.message}\n${output}`);
    });
    await u.send('/start');
    await u.waitFor(/总结助手/);
    await basics(u, '青山镇');
    // A file is read by the bundle's own extraction child (dist/extract-child.js), no tsx.
    await u.sendDocument('简报.docx', await makeDocx(['镇党委专题研究统战工作4次。']));
    await u.waitFor(/已读取文件《简报\.docx》：约\d+字、1句/, { timeoutMs: 15_000 });
    await answer(u, '全年走访党外代表人士36人次，召开座谈会4次。');
    await u.send('/next');
    await u.waitFor(/第3\/11部分/);
    await draftNow(u);
    const doc = await u.waitForCall('sendDocument', undefined, { timeoutMs: 30_000 });
    assert.ok(doc, output);
    assert.ok(
      u.messages().some((m) => m.text.startsWith('《青山镇2026年统战工作总结》草稿第1版')),
      u.transcript(8),
    );

    proc.kill('SIGTERM');
    assert.equal(await exited, 0, output);
    assert.doesNotMatch(output, /src\/ 在 dist\/ 构建之后有改动/);
  });
});
