import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { composeDraft } from '../src/compose/draft.js';
import { createModelClient, type ModelClient } from '../src/compose/model.js';
import { composeOffline } from '../src/compose/offline.js';
import { loadPrompts } from '../src/compose/prompts.js';
import { buildComposeMessages } from '../src/compose/request.js';
import { loadConfig } from '../src/config.js';
import { caseMaterial, type SuiteResult } from './case-material.js';
import { DRAFT_CASES, type DraftCase } from './cases.js';
import { FALSE_FLAG_TARGET, formatCheckerEval, RECALL_TARGET, runCheckerEval } from './checker.js';
import { type DraftScore, longestSharedRun, scoreDraft } from './score.js';
import { unseenSuite } from './unseen.js';
import { type WalkResult, walkCase } from './walk.js';

/**
 * `npm run eval`: the project's own regression suite for draft quality (not part of `npm test`).
 *
 *   npm run eval                      the offline composer on every case; exits 1 if a must fails
 *   npm run eval -- --dump [dir]      also writes each case's exact model request (JSON) to dir
 *   npm run eval -- --score file --case id   scores a draft written elsewhere against a case
 *   OPENAI_API_KEY/OPENAI_MODEL set   the same cases against that model, the same table
 *
 * A suite is a function returning printed lines and failures, so another (the checker corpus)
 * is one more entry in SUITES.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS_DIR = process.env.SEEDS_DIR ?? resolve(repoRoot, '..', 'shared', 'seeds');

/** The longest run of 汉字 a draft may share with the samples, or with the exemplars. */
const MAX_SHARED = 15;

export type { SuiteResult };

export { caseMaterial };

const yes = (b: boolean) => (b ? '✓' : '✗');

export const TABLE_HEAD =
  '| case | 汉字 | ×答 | 一级 | （一） | 孤一是 | 不足 | 下一步 | 落款 | 日期 | 待补 | 事实 | 无据 | 同样本 | 同示例 | 口语 | 待完成 | 到定稿 |';
const TABLE_RULE = `|${'---|'.repeat(18)}`;

/** `walk`: the finishing walk on the offline draft (待完成 items, actions to 定稿); — for a model's. */
export function tableRow(id: string, s: DraftScore, walk?: WalkResult): string {
  return [
    '',
    id,
    String(s.chars),
    s.ratio.toFixed(1),
    `${s.headings}/${s.outlineHeadings}`,
    s.outlineSub || s.sub ? yes(s.sub) : '—',
    String(s.loneYiShi),
    yes(s.shortcomings),
    yes(s.nextSteps),
    yes(s.signer),
    yes(s.date),
    String(s.placeholders),
    `${s.factsFound}/${s.factsStated}`,
    String(s.untraced.length),
    s.sharedRun === undefined ? '—' : String(s.sharedRun),
    String(s.exemplarRun),
    String(s.spoken.length),
    walk ? String(walk.open) : '—',
    walk ? (walk.final ? String(walk.actions) : '✗') : '—',
    '',
  ]
    .join(' | ')
    .trim();
}

/** The musts of a draft (offline or model); the case's `expect` applies to offline drafts. */
function failuresOf(c: DraftCase, s: DraftScore, offline: boolean): string[] {
  const f: string[] = [];
  const fail = (what: string) => f.push(`${c.id}: ${what}`);
  if (s.missingFacts.length > 0) fail(`facts missing: ${s.missingFacts.join('、')}`);
  if (s.untraced.length > 0) fail(`untraced: ${s.untraced.join('、')}`);
  if (s.sharedRun !== undefined && s.sharedRun >= MAX_SHARED) {
    fail(`shares ${s.sharedRun} 汉字 with the samples: ${s.sharedText}`);
  }
  if (s.exemplarRun >= MAX_SHARED) {
    fail(`shares ${s.exemplarRun} 汉字 with the exemplars: ${s.exemplarText}`);
  }
  if (s.nonsense.length > 0) fail(`nonsense wording: ${s.nonsense.join('、')}`);
  if (s.loneYiShi > 0) fail(`${s.loneYiShi} lone 一是`);
  if (s.structure.length > 0) fail(`structure: ${s.structure.join('；')}`);
  if (!s.date) fail('no 成文日期 on the last line');
  if (!s.signer) fail('no 落款 on the second-last line');
  if (!offline) return f;
  if (s.spoken.length > 0) fail(`spoken words left: ${s.spoken.join('、')}`);
  const e = c.expect ?? {};
  if (e.headings && (s.headings < e.headings[0] || s.headings > e.headings[1])) {
    fail(`${s.headings} level-1 headings, expected ${e.headings[0]}–${e.headings[1]}`);
  }
  if (e.sub && !s.sub) fail('no （一） sub-heading');
  if (e.minChars && s.chars < e.minChars) fail(`${s.chars} 汉字, expected ≥ ${e.minChars}`);
  return f;
}

function table(rows: string[]): string[] {
  return [TABLE_HEAD, TABLE_RULE, ...rows];
}

/** The offline composer on every case. */
export function offlineSuite(): SuiteResult {
  const rows: string[] = [];
  const failures: string[] = [];
  for (const c of DRAFT_CASES) {
    const material = caseMaterial(c);
    const draft = composeOffline(material);
    const s = scoreDraft(draft, material, SEEDS_DIR);
    // A must: the walk reaches 定稿 (nothing open) from every first draft.
    const walk = walkCase(c, draft);
    rows.push(tableRow(c.id, s, walk));
    failures.push(...failuresOf(c, s, true));
    if (!walk.final) failures.push(`${c.id}: the finishing walk does not reach 定稿: ${walk.last}`);
    if (walk.lost.length > 0) failures.push(`${c.id}: the 定稿 lost ${walk.lost.join('、')}`);
  }
  return { lines: ['离线稿（offline composer）', '', ...table(rows)], failures };
}

/** The prompt files and templates, too, carry no sentence of the samples. */
export function promptsSuite(): SuiteResult {
  if (!existsSync(SEEDS_DIR)) {
    return { lines: [`提示词与模板：未找到参考样本（${SEEDS_DIR}），跳过比对`], failures: [] };
  }
  const samples = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) =>
      (readFileSync(join(SEEDS_DIR, f), 'utf8').match(/\p{Script=Han}/gu) ?? []).join(''),
    );
  const dirs = ['prompts', 'prompts/exemplars', 'prompts/templates'];
  const files = dirs.flatMap((d) =>
    readdirSync(join(repoRoot, d))
      .filter((f) => /\.(md|ya?ml)$/.test(f))
      .map((f) => join(d, f)),
  );
  let worst = { file: '', n: 0, text: '' };
  const failures: string[] = [];
  for (const file of files) {
    const run = longestSharedRun(readFileSync(join(repoRoot, file), 'utf8'), samples);
    if (run.n > worst.n) worst = { file, ...run };
    if (run.n >= MAX_SHARED)
      failures.push(`${file} shares ${run.n} 汉字 with the samples: ${run.text}`);
  }
  return {
    lines: [
      `提示词与模板（${files.length} 个文件）与参考样本最长相同片段：${worst.n} 汉字（${worst.file}：${worst.text}）`,
    ],
    failures,
  };
}

/** What runs without a model (CI runs these); another suite is one more entry. */
/** The checker on its corpus (eval/checker-corpus.yaml): recall and false flags (issue 12). */
export function checkerSuite(): SuiteResult {
  const e = runCheckerEval();
  const failures: string[] = [];
  if (e.recall < RECALL_TARGET)
    failures.push(`checker recall ${e.caught}/${e.planted} below target`);
  if (e.falseFlagRate > FALSE_FLAG_TARGET) {
    failures.push(`checker false flags ${e.flagged}/${e.faithful} above target`);
  }
  return { lines: ['核对器（checker corpus）', '', formatCheckerEval(e)], failures };
}

export const OFFLINE_SUITES: (() => SuiteResult | Promise<SuiteResult>)[] = [
  offlineSuite,
  promptsSuite,
  checkerSuite,
  // False flags per faithful draft of unseen prose, open and sealed halves (eval/unseen.ts).
  unseenSuite,
];

/** The configured model on every case, through the same composeDraft the bot uses. */
export async function modelSuite(model: ModelClient): Promise<SuiteResult> {
  const rows: string[] = [];
  const failures: string[] = [];
  for (const c of DRAFT_CASES) {
    const material = caseMaterial(c);
    const draft = await composeDraft(material, { model });
    if (draft.composer !== 'model') {
      failures.push(`${c.id}: the model failed (${draft.notice ?? 'no text'})`);
      continue;
    }
    const s = scoreDraft(draft.text, material, SEEDS_DIR);
    rows.push(tableRow(c.id, s));
    failures.push(...failuresOf(c, s, false));
  }
  return { lines: [`大模型稿（${model.model}）`, '', ...table(rows)], failures };
}

/** Writes each case's exact compose request as the bot would send it. */
function dump(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const prompts = loadPrompts();
  return DRAFT_CASES.map((c) => {
    const file = join(dir, `${c.id}.json`);
    const messages = buildComposeMessages(caseMaterial(c), prompts);
    writeFileSync(file, `${JSON.stringify({ case: c.id, messages }, null, 2)}\n`);
    return `wrote ${file}`;
  });
}

/** Scores one draft file (e.g. a model's draft written from a dumped request). */
function scoreFile(file: string, caseId: string): SuiteResult {
  const c = DRAFT_CASES.find((x) => x.id === caseId);
  if (!c) throw new Error(`no case ${caseId}; cases: ${DRAFT_CASES.map((x) => x.id).join(', ')}`);
  const material = caseMaterial(c);
  const s = scoreDraft(readFileSync(file, 'utf8'), material, SEEDS_DIR);
  const detail = [
    s.missingFacts.length
      ? `missing facts: ${s.missingFacts.join('、')}`
      : 'every stated fact present',
    s.untraced.length ? `untraced: ${s.untraced.join('、')}` : 'no untraced fact',
    s.structure.length ? `structure: ${s.structure.join('；')}` : 'structure and outline followed',
    s.sharedText ? `longest shared run: ${s.sharedText}` : '',
    s.spoken.length ? `spoken: ${s.spoken.join('、')}` : '',
  ].filter(Boolean);
  return {
    lines: [`${file}（${c.id}）`, '', ...table([tableRow(c.id, s)]), '', ...detail],
    failures: failuresOf(c, s, false),
  };
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  // `--dump` alone writes to out/eval-requests.
  const args = argv.flatMap((a, i) =>
    a === '--dump' && (argv[i + 1] === undefined || argv[i + 1]?.startsWith('--')) ? [a, ''] : [a],
  );
  const { values } = parseArgs({
    args,
    options: {
      dump: { type: 'string' },
      score: { type: 'string' },
      case: { type: 'string' },
      offline: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  const results: SuiteResult[] = [];
  if (values.score !== undefined) {
    results.push(scoreFile(values.score, values.case ?? 'street-annual-full'));
  } else {
    if (values.dump !== undefined) {
      console.log(dump(values.dump || join(repoRoot, 'out', 'eval-requests')).join('\n'));
    }
    for (const suite of OFFLINE_SUITES) results.push(await suite());
    const model = values.offline ? undefined : loadConfig().model;
    if (model) results.push(await modelSuite(createModelClient({ ...model })));
  }
  const failures = results.flatMap((r) => r.failures);
  for (const r of results) console.log(`\n${r.lines.join('\n')}`);
  console.log(
    failures.length === 0
      ? '\neval: all musts hold'
      : `\neval: ${failures.length} failing\n${failures.map((f) => `  - ${f}`).join('\n')}`,
  );
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
