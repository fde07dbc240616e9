import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft } from '../src/check/checker.js';
import { hasShortcomings } from '../src/check/structure.js';
import { wordingIssues } from '../src/check/wording.js';
import { type Material, materialOutline, materialSources } from '../src/compose/material.js';
import { isDateLine } from '../src/export/structure.js';
import { PLACEHOLDER_RE } from '../src/facts/placeholder.js';

/**
 * One row of the eval table for one draft: how long it is, how it is built, whether every fact
 * the user stated is in it and none other, and how close it comes to the reference samples.
 */
export interface DraftScore {
  /** 汉字 in the draft. */
  chars: number;
  /** Draft 汉字 ÷ answer 汉字. */
  ratio: number;
  /** Level-1 headings (一、二、…). */
  headings: number;
  /** Level-1 headings the outline asks for. */
  outlineHeadings: number;
  /** A （一） sub-heading is present. */
  sub: boolean;
  /** The outline has sub-headings. */
  outlineSub: boolean;
  /** Blocks with 一是 and no 二是. */
  loneYiShi: number;
  shortcomings: boolean;
  nextSteps: boolean;
  /** The second-last line is the 落款. */
  signer: boolean;
  /** The last line is the 成文日期. */
  date: boolean;
  /** 【待补】 placeholders. */
  placeholders: number;
  /** Facts stated in the answers (numbers, dates, 《》, quotes) found in the draft. */
  factsFound: number;
  factsStated: number;
  missingFacts: string[];
  /** Longest run of 汉字 shared with the exemplars in prompts/exemplars (must stay < 15). */
  exemplarRun: number;
  exemplarText: string;
  /** Wording no draft may have (eval/nonsense.txt). */
  nonsense: string[];
  /** Facts in the draft not traced to the answers (the checker's report). */
  untraced: string[];
  /** The structure check's problems (including the outline check). */
  structure: string[];
  /** Longest run of 汉字 shared with the reference samples; undefined when they are absent. */
  sharedRun?: number;
  sharedText?: string;
  /** Spoken words left (搞, 弄, 给…办 …). */
  spoken: string[];
}

const HAN = /\p{Script=Han}/gu;
export const hanCount = (s: string) => (s.match(HAN) ?? []).length;

const L1 = /^[一二三四五六七八九十]{1,3}、/;
const L2 = /^[（(][一二三四五六七八九十]{1,3}[）)]/;

function lines(draft: string): string[] {
  return draft
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Blocks (the text under one heading, up to the next heading) with 一是 but no 二是. */
function loneYiShi(all: string[]): number {
  let count = 0;
  let block = '';
  const flush = () => {
    if (block.includes('一是') && !block.includes('二是')) count++;
    block = '';
  };
  for (const l of all) {
    if (L1.test(l) || L2.test(l)) flush();
    else block += l;
  }
  flush();
  return count;
}

/** The facts of the user's answers that the draft does not carry (traced the other way round). */
function missingFacts(draft: string, material: Material): { stated: number; missing: string[] } {
  const answers = materialSources(material)
    .filter((s) => s !== material.title)
    .filter((s) => !material.info.some((i) => i.value === s));
  const reverse: Material = {
    ...material,
    title: '',
    unit: '',
    info: [],
    periodPhrase: '',
    fixedWording: [],
    sections: [
      { id: 'draft', title: '', heading: '', role: 'work', status: 'done', parts: [draft] },
    ],
  };
  const text = answers.join('\n');
  const stated = checkDraft(text, { ...reverse, sections: [] }).untraced.length;
  const missing = checkDraft(text, reverse)
    .untraced // 搞了一场座谈会 → 召开座谈会 drops no figure (the checker's 遗漏 agrees: Claim.told).
    .filter(
      (f) => !(f.kind === 'number' && f.text.startsWith('一') && f.clause.includes(`了${f.text}`)),
    )
    .map((f) => f.text);
  return { stated, missing };
}

let seedCache: string[] | undefined | null = null;

/** The reference samples' text, Han characters only, one string per file (or undefined). */
function seeds(dir: string): string[] | undefined {
  if (seedCache !== null) return seedCache;
  seedCache = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => (readFileSync(join(dir, f), 'utf8').match(HAN) ?? []).join(''))
    : undefined;
  return seedCache;
}

/**
 * Longest run of 汉字 (punctuation ignored within a line) that a text shares with any sample.
 * A run never spans two lines: two list items or two paragraphs are not one sentence.
 */
export function longestSharedRun(draft: string, samples: string[]): { n: number; text: string } {
  const segments = draft.split('\n').map((l) => (l.match(HAN) ?? []).join(''));
  let best = { n: 0, text: '' };
  const has = (len: number): string | undefined => {
    const grams = new Set<string>();
    for (const s of samples) {
      for (let i = 0; i + len <= s.length; i++) grams.add(s.slice(i, i + len));
    }
    for (const d of segments) {
      for (let i = 0; i + len <= d.length; i++) {
        const g = d.slice(i, i + len);
        if (grams.has(g)) return g;
      }
    }
    return undefined;
  };
  let lo = 1;
  let hi = Math.max(0, ...segments.map((d) => d.length));
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const g = has(mid);
    if (g) {
      best = { n: mid, text: g };
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

const EXEMPLARS_DIR = new URL('../prompts/exemplars/', import.meta.url);

/** The exemplars the model is shown, Han characters only, one string per file. */
export const EXEMPLARS: string[] = readdirSync(EXEMPLARS_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => (readFileSync(new URL(f, EXEMPLARS_DIR), 'utf8').match(HAN) ?? []).join(''));

const NONSENSE = readFileSync(new URL('./nonsense.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'))
  .map((p) => new RegExp(p, 'gu'));

/** Wording no draft may have (eval/nonsense.txt: 通用工作, 工作的工作 …). */
export function nonsenseIn(draft: string): string[] {
  return NONSENSE.flatMap((re) => [...draft.matchAll(re)].map((m) => m[0]));
}

/** Spoken words and typos left: the checker's own list (src/check/words), as the walk sees them. */
export function spokenLeft(draft: string): string[] {
  return wordingIssues(draft).map((w) => w.text);
}

export function scoreDraft(draft: string, material: Material, seedsDir: string): DraftScore {
  const all = lines(draft);
  const outline = materialOutline(material);
  const report = checkDraft(draft, material);
  const answerChars = hanCount(
    material.sections
      .filter((s) => s.status !== 'skipped' && s.status !== 'na')
      .flatMap((s) => [...s.parts, s.followUp?.answer ?? ''])
      .join(''),
  );
  const headings = all.filter((l) => L1.test(l));
  const facts = missingFacts(draft, material);
  const samples = seeds(seedsDir);
  const shared = samples ? longestSharedRun(draft, samples) : undefined;
  const exemplar = longestSharedRun(draft, EXEMPLARS);
  const last = all.at(-1) ?? '';
  const beforeLast = all.at(-2) ?? '';
  return {
    chars: hanCount(draft),
    ratio: answerChars === 0 ? 0 : hanCount(draft) / answerChars,
    headings: headings.length,
    outlineHeadings: outline.headings.length,
    sub: all.some((l) => L2.test(l)),
    outlineSub: outline.headings.some((h) => h.subs.length > 0),
    loneYiShi: loneYiShi(all),
    shortcomings: hasShortcomings(
      all,
      material.sections.find((x) => x.role === 'shortcomings' && x.status === 'done')?.parts,
    ),
    nextSteps: headings.some((h) => /下一步|打算|思路|计划/.test(h)),
    signer: material.signer !== undefined && beforeLast === material.signer,
    date: isDateLine(last) && (material.date === undefined || last === material.date),
    placeholders: [...draft.matchAll(PLACEHOLDER_RE)].length,
    factsFound: facts.stated - facts.missing.length,
    factsStated: facts.stated,
    missingFacts: facts.missing,
    exemplarRun: exemplar.n,
    exemplarText: exemplar.text,
    untraced: report.untraced.map((f) => f.text),
    structure: report.structure,
    ...(shared ? { sharedRun: shared.n, sharedText: shared.text } : {}),
    spoken: spokenLeft(draft),
    nonsense: nonsenseIn(draft),
  };
}
