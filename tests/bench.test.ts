import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { SECTIONS } from '../bench/sections.js';
import { REPO_ROOT } from './support/services.js';

/**
 * `npm run bench` must run to the end, every section, or nobody can use it to check a change
 * (issue 26: one section waited for a reply the bot no longer sends and the run exited 1).
 * Run here at token size (--quick): the figures are not asserted, the run is.
 */
test('npm run bench -- --quick runs every section to the end', { timeout: 120_000 }, async () => {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // The bench configures its own bots; none of the caller's settings may leak in.
    if (!/^(OPENAI_|STORAGE_|TELEGRAM_|ALLOWED_|BOT_MODE|WEBHOOK_|LOG_LEVEL|BENCH_)/.test(k)) {
      base[k] = v;
    }
  }
  const child = spawn('npm', ['run', 'bench', '--', '--quick'], {
    cwd: REPO_ROOT,
    env: base,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const tail = `\n--- bench output ---\n${out.slice(-4000)}`;

  assert.equal(code, 0, `the bench exited ${code}${tail}`);
  assert.doesNotMatch(out, /section crashed/, tail);
  assert.match(out, /bench finished in \d+ s\n/, tail);
  // Every section's heading, in order, each followed by at least one line of figures (or of
  // why it could not measure) before the next heading.
  let from = 0;
  for (const section of SECTIONS) {
    const heading = `== ${section.title} ==`;
    const at = out.indexOf(heading, from);
    assert.ok(at >= from, `missing or out of order: ${heading}${tail}`);
    from = at + heading.length;
    const next = out.indexOf('\n== ', from);
    const body = out
      .slice(from, next === -1 ? undefined : next)
      .trim()
      .split('\n');
    const said = body.filter((l) => l.trim() !== '' && !/^\s*\(\d+\.\d s\)$/.test(l));
    assert.ok(said.length > 0, `${heading} printed nothing${tail}`);
  }
});
