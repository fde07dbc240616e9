import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UnitType } from '../templates/schema.js';
import type { Material } from './material.js';

/**
 * The prompt files in prompts/: read once at start-up, checked, and kept in memory. They are
 * text written by people, so a missing or empty file is reported as one line naming it.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_PROMPTS_DIR = join(repoRoot, 'prompts');

/** One exemplar file per unit type where the emphasis differs; default.md for the rest. */
export const EXEMPLAR_KEYS = ['乡镇', '街道', '学校', '机关部门', '其他', 'default'] as const;
export type ExemplarKey = (typeof EXEMPLAR_KEYS)[number];

export interface Prompts {
  /** Role, fact rules, output format (prompts/system.md). */
  system: string;
  /** Style rules distilled from the reference samples (prompts/style-guide.md). */
  styleGuide: string;
  /** The revision task wrapper (prompts/revise.md). */
  revise: string;
  /** The system prompt for writing one follow-up question (prompts/follow-up.md). */
  followUp: string;
  /** The system prompt for rewording one sentence of the finishing walk (prompts/rewrite.md). */
  rewrite: string;
  /** Exemplar passages by key (prompts/exemplars/<key>.md). */
  exemplars: Record<ExemplarKey, string>;
}

/** A prompt file that cannot be used. The message is one line naming the file. */
export class PromptError extends Error {
  override name = 'PromptError';
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`提示词文件 ${file} ${problem}`);
  }
}

const cache = new Map<string, Prompts>();

/**
 * Loads every prompt file from `dir` (default: the repository's prompts/). Cached per directory,
 * so calling it per request costs nothing after the first time. Throws PromptError.
 */
export function loadPrompts(dir: string = DEFAULT_PROMPTS_DIR): Prompts {
  const key = resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  const read = (name: string) => readPromptFile(key, name);
  const exemplars = {} as Record<ExemplarKey, string>;
  for (const k of EXEMPLAR_KEYS) exemplars[k] = read(join('exemplars', `${k}.md`));
  const prompts: Prompts = {
    system: read('system.md'),
    styleGuide: read('style-guide.md'),
    revise: read('revise.md'),
    followUp: read('follow-up.md'),
    rewrite: read('rewrite.md'),
    exemplars,
  };
  cache.set(key, prompts);
  return prompts;
}

/** Forgets loaded prompts (tests that edit prompt files; a reload after editing prompts/). */
export function clearPromptCache(): void {
  cache.clear();
}

function readPromptFile(dir: string, name: string): string {
  const file = join(dir, name);
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new PromptError(shown, code === 'ENOENT' ? '缺失' : `无法读取（${code ?? 'error'}）`);
  }
  // Normalise line endings and the BOM so the static prefix is byte-identical on every OS.
  const normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  if (normalised === '') throw new PromptError(shown, '为空');
  return normalised;
}

function displayPath(file: string): string {
  const rel = relative(repoRoot, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/**
 * Which exemplar a material is written against: by unit type for 统战 summaries (社区或村 reads
 * like 街道; 其他 is a party branch, a 侨联, a 商会 or a 联谊会, whose summary is of its own
 * members' study, organisation and service), default.md for an unknown type and templates other
 * than 统战.
 */
export function exemplarKey(material: Pick<Material, 'templateName' | 'unitType'>): ExemplarKey {
  if (!material.templateName.includes('统战')) return 'default';
  const byType: Partial<Record<UnitType, ExemplarKey>> = {
    乡镇: '乡镇',
    街道: '街道',
    社区或村: '街道',
    学校: '学校',
    机关部门: '机关部门',
    其他: '其他',
  };
  return (material.unitType && byType[material.unitType]) || 'default';
}
