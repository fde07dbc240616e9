/**
 * `npm run build` (also run by `npm ci`/`npm install` through `prepare`): bundles src/main.ts
 * and everything it imports into dist/ as plain JavaScript, so `npm start` is `node dist/main.js`
 * with no TypeScript compiler in the process.
 *
 * - Dependencies are bundled too (fewer files to resolve and read at start-up), except native
 *   or file-reading ones listed in EXTERNAL.
 * - Code splitting: what src/ loads with `await import()` (the Redis and PostgreSQL clients,
 *   the model client, the .docx builder, the terminal chat) becomes its own chunk, read only
 *   when first used.
 * - src/intake/extract-child.ts is a second entry point (dist/extract-child.js): each file a user
 *   sends is read in a child process running it, found with `import.meta.resolve` (which, unlike
 *   `import.meta.url`, is left alone and so names the chunk's own directory).
 * - `import.meta.url` in a src/ file keeps naming that file (src/facts/words.ts …), so every
 *   data file read relative to its module (prompts/, src/facts/words/) is found as before.
 *   The entry point keeps the bundle's own URL (its "run when executed" check).
 *
 * Usage: tsx scripts/build.ts [outdir]   (default dist/)
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = join(ROOT, 'src', 'main.ts');
/** Run as a process of its own for each file read (src/intake/extract.ts finds it next to its chunk). */
const EXTRACT_CHILD = join(ROOT, 'src', 'intake', 'extract-child.ts');

/** Loaded from node_modules at run time: native addons and packages that find files by path. */
const EXTERNAL = ['sqlite3'];

/**
 * Fills src/templates/prebuilt.ts in the bundle with the templates of prompts/templates/ as the
 * running code would read them (parsed, validated), keyed by the hash of each file's text: a
 * start-up then skips the YAML parser and the schema for every file unchanged since the build.
 * A broken template fails the build here, with the same one-line message start-up would give.
 */
function prebuiltTemplates(): Plugin {
  return {
    name: 'prebuilt-templates',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]templates[\\/]prebuilt\.ts$/ }, async () => {
        const { DEFAULT_TEMPLATES_DIR, parseTemplate, templateFiles, templateHash } = await import(
          '../src/templates/load.js'
        );
        const byHash: Record<string, unknown> = {};
        for (const file of templateFiles(DEFAULT_TEMPLATES_DIR)) {
          const text = await readFile(file, 'utf8');
          byHash[templateHash(text)] = parseTemplate(text, relative(ROOT, file));
        }
        // JSON.parse of a string literal: V8 reads it faster than the same object as code.
        const json = JSON.stringify(JSON.stringify(byHash));
        return { contents: `export const PREBUILT_TEMPLATES = JSON.parse(${json});`, loader: 'js' };
      });
    },
  };
}

/** Rewrites `import.meta.url` in src/ files (not the entry) to the file's own URL. */
function sourceUrls(outdir: string, entry: string): Plugin {
  const src = join(ROOT, 'src');
  return {
    name: 'source-urls',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        if (
          args.path === entry ||
          !args.path.startsWith(src) ||
          !text.includes('import.meta.url')
        ) {
          return { contents: text, loader: 'ts' };
        }
        // Relative to the chunk (every chunk sits directly in outdir), so the tree can move.
        const rel = relative(outdir, args.path).split('\\').join('/');
        const url = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
        return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
}

/**
 * Put at the top of dist/main.js: a one-line warning on stderr when a file under src/ is newer
 * than the bundle (`npm start` would run code older than the source). About a millisecond.
 */
const STALE_CHECK = `import { readdirSync as __zongjieLs, statSync as __zongjieStat } from 'node:fs';
try {
  const built = __zongjieStat(new URL(import.meta.url)).mtimeMs;
  const newer = (dir) => __zongjieLs(dir, { withFileTypes: true }).some((e) =>
    e.isDirectory() ? newer(new URL(\`\${e.name}/\`, dir)) : e.name.endsWith('.ts') && __zongjieStat(new URL(e.name, dir)).mtimeMs > built);
  if (newer(new URL('../src/', import.meta.url))) {
    process.stderr.write('注意：src/ 在 dist/ 构建之后有改动，运行的是旧代码；请先运行 npm run build\\n');
  }
} catch {}
`;

/**
 * Bundles `entry` (default src/main.ts) into `outdir` (emptied first) as `main.js` + chunks, and
 * the extraction child as `extract-child.js`.
 */
export async function buildBundle(outdir = join(ROOT, 'dist'), entry = MAIN): Promise<void> {
  const out = resolve(outdir);
  await rm(out, { recursive: true, force: true });
  await build({
    entryPoints: { main: entry, 'extract-child': EXTRACT_CHILD },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    chunkNames: '[name]-[hash]',
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: {
      js: "import { createRequire as __zongjieRequire } from 'node:module'; const require = __zongjieRequire(import.meta.url);",
    },
    legalComments: 'none',
    // Bundled packages tell classes apart by name (node-fetch accepts a signal only when its
    // constructor is called AbortSignal); esbuild renames clashing top-level names in a chunk, so
    // without this grammY's first Bot API call fails once two packages declare AbortSignal.
    keepNames: true,
    logLevel: 'warning',
    plugins: [prebuiltTemplates(), sourceUrls(out, entry)],
  });
  const main = join(out, 'main.js');
  await writeFile(main, STALE_CHECK + (await readFile(main, 'utf8')));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  const outdir = process.argv[2] ?? join(ROOT, 'dist');
  await buildBundle(outdir);
  console.log(
    `built ${relative(process.cwd(), outdir) || '.'} in ${Math.round(performance.now() - t0)} ms`,
  );
}
