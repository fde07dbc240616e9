import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The pipeline is visible in src/'s folders, and imports only run one way along it: a folder
 * may import the folders before it, never those after it. Adapters (bot, terminal) sit on the
 * app; the webhook server on the bot; main.ts on everything.
 */
const ORDER: string[][] = [
  ['templates'],
  ['interview'],
  ['facts'],
  ['compose'],
  ['check'],
  ['export'],
  ['storage'],
  ['intake'],
  ['app'],
  ['bot', 'terminal'],
  ['server'],
  ['main'],
];

/**
 * Self-contained layers import nothing from src/ and so may be imported from anywhere without
 * making a cycle: `base` (config.ts, logger.ts), `facts` (numerals, dates, names; the
 * interview uses it to tell a concrete answer from a vague one) and `text` (cutting text
 * between graphemes, removing characters Telegram and .docx refuse; every layer that shows
 * text uses it) and `net` (proxies for the Bot API, the model and transcription).
 */
const SELF_CONTAINED = new Set(['base', 'facts', 'net', 'text']);

/** Files directly in src/ and the layer they belong to. */
const TOP_LEVEL: Record<string, string> = {
  'config.ts': 'base',
  'logger.ts': 'base',
  'main.ts': 'main',
};

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

function rank(layer: string): number {
  return ORDER.findIndex((group) => group.includes(layer));
}

/** The layer of a path relative to src/ (interview/engine.ts → interview). */
export function layerOf(path: string): string | undefined {
  const [first, ...rest] = path.split('/');
  if (!first) return undefined;
  if (rest.length === 0) return TOP_LEVEL[first];
  return SELF_CONTAINED.has(first) || rank(first) >= 0 ? first : undefined;
}

/** Why `from` (relative to src/) may not import `to`, or undefined when it may. */
export function violation(from: string, to: string): string | undefined {
  const a = layerOf(from);
  const b = layerOf(to);
  if (a === undefined) return `src/${from} is in no layer: add its folder to ORDER`;
  if (b === undefined) return `src/${from} imports src/${to}, which is in no layer`;
  if (a === b) return undefined;
  if (SELF_CONTAINED.has(a)) {
    return `src/${from} imports src/${to}: ${a} is self-contained and imports nothing from src/`;
  }
  if (SELF_CONTAINED.has(b)) return undefined;
  if (rank(b) < rank(a)) return undefined;
  const allowed = ORDER.slice(0, rank(a))
    .flat()
    .concat([...SELF_CONTAINED]);
  return `src/${from} imports src/${to}: ${a} may import only ${allowed.join(', ')} (order: ${ORDER.map((g) => g.join('/')).join(' → ')})`;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every import of one file into src/, as paths relative to src/ (type-only and dynamic too). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(SRC, resolve(dirname(file), spec)).replace(/\\/g, '/'))
    .map((path) => path.replace(/\.js$/, '.ts'));
}

describe('imports follow the pipeline', () => {
  test('no file in src/ imports a layer after its own', () => {
    const files = sourceFiles(SRC);
    assert.ok(files.length > 20, `found the sources (${files.length} files)`);
    const problems: string[] = [];
    for (const file of files) {
      const from = relative(SRC, file).replace(/\\/g, '/');
      for (const to of importsOf(file)) {
        const why = violation(from, to);
        if (why) problems.push(why);
      }
    }
    assert.deepEqual(problems, [], `imports against the layer order:\n${problems.join('\n')}`);
  });

  test('the rule catches an import that runs backwards', () => {
    assert.match(
      violation('interview/engine.ts', 'compose/material.ts') ?? '',
      /src\/interview\/engine\.ts imports src\/compose\/material\.ts: interview may import only templates/,
    );
    assert.match(violation('facts/extract.ts', 'templates/schema.ts') ?? '', /self-contained/);
    assert.match(violation('bot/drafts.ts', 'terminal/render.ts') ?? '', /bot may import only/);
    assert.match(violation('widgets/x.ts', 'app/service.ts') ?? '', /in no layer/);
    assert.equal(violation('compose/material.ts', 'interview/title.ts'), undefined);
    assert.equal(violation('interview/engine.ts', 'facts/extract.ts'), undefined);
    assert.equal(violation('server/webhook.ts', 'bot/bot.ts'), undefined);
  });
});
