import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type * as z from 'zod';
import { PREBUILT_TEMPLATES } from './prebuilt.js';
import { REQUIRED_INFO_IDS, type Template, templateSchema, UNIT_TYPES } from './schema.js';

/**
 * Reads the template files in prompts/templates/ at start-up. Templates are data written by
 * people, so every mistake is reported as one line naming the file, the field and the problem:
 * the person fixing it should not need to read a stack trace or a zod dump.
 */

/** The repository root, found from this file (src/templates/load.ts), not from the cwd. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_TEMPLATES_DIR = join(repoRoot, 'prompts', 'templates');

const TEMPLATE_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** A template file that cannot be used. The message is one line: file, field path, problem. */
export class TemplateError extends Error {
  override name = 'TemplateError';
  constructor(
    /** The file as shown in the message (relative to the repository when inside it). */
    readonly file: string,
    /** The field path, e.g. `sections[3].hints`; empty for a problem with the whole file. */
    readonly field: string,
    readonly problem: string,
  ) {
    super(`模板文件 ${file} 有误：${field ? `${field} — ` : ''}${oneLine(problem)}`);
  }
}

/**
 * Loads, validates and sorts every template in `dir` (by `order`, then name).
 * Throws a TemplateError on the first file that is broken or clashes with another.
 */
export function loadTemplates(dir: string = DEFAULT_TEMPLATES_DIR): Template[] {
  const files = templateFiles(dir);

  const loaded: { template: Template; file: string }[] = [];
  for (const file of files) {
    const template = loadTemplateFile(file);
    const shown = displayPath(file);
    for (const other of loaded) {
      if (other.template.id === template.id) {
        throw new TemplateError(shown, 'id', `模板 id「${template.id}」与 ${other.file} 重复`);
      }
      if (other.template.name === template.name) {
        throw new TemplateError(shown, 'name', `模板名称「${template.name}」与 ${other.file} 重复`);
      }
    }
    loaded.push({ template, file: shown });
  }
  return loaded
    .map((l) => l.template)
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh'));
}

/** The template files in `dir`, sorted by name; a TemplateError when there are none. */
export function templateFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw new TemplateError(displayPath(dir), '', `无法读取模板目录（${errorCode(err)}）`);
  }
  const files = names
    .filter((n) => TEMPLATE_EXTENSIONS.has(extname(n).toLowerCase()))
    .sort()
    .map((n) => join(dir, n));
  if (files.length === 0) {
    throw new TemplateError(displayPath(dir), '', '目录里没有模板文件（*.yaml、*.yml 或 *.json）');
  }
  return files;
}

/** Reads and validates one template file (YAML or JSON; JSON is read as YAML, which it is). */
export function loadTemplateFile(file: string): Template {
  const shown = displayPath(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new TemplateError(shown, '', `无法读取文件（${errorCode(err)}）`);
  }
  return PREBUILT_TEMPLATES[templateHash(text)] ?? parseTemplate(text, shown);
}

/** The key of a template file's text in PREBUILT_TEMPLATES. */
export function templateHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Parses and validates a template file's text; `shown` names the file in errors. */
export function parseTemplate(text: string, shown: string): Template {
  const doc = parseDocument(text, { uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0]?.line;
    const where = line ? `第 ${line} 行` : '';
    throw new TemplateError(shown, where, `YAML 语法错误：${yamlProblem(syntax)}`);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) throw new TemplateError(shown, '', '文件是空的');
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new TemplateError(
      shown,
      '',
      '文件顶层应是“字段: 值”的映射（id、name、info、sections …）',
    );
  }

  const parsed = templateSchema.safeParse(data, { error: issueInChinese });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const more = parsed.error.issues.length - 1;
    const tail = more > 0 ? `（另有 ${more} 处问题）` : '';
    throw new TemplateError(shown, fieldPath(issue.path), `${issue.message}${tail}`);
  }
  const problem = crossFieldProblem(parsed.data);
  if (problem) throw new TemplateError(shown, problem.field, problem.problem);
  return parsed.data;
}

/** Rules that span fields, which the schema alone cannot express. */
function crossFieldProblem(t: Template): { field: string; problem: string } | undefined {
  const seenInfo = new Map<string, number>();
  let unitTypeIndex: number | undefined;
  for (const [i, f] of t.info.entries()) {
    const first = seenInfo.get(f.id);
    if (first !== undefined) {
      return { field: `info[${i}].id`, problem: `字段 id「${f.id}」与 info[${first}] 重复` };
    }
    seenInfo.set(f.id, i);
    if (f.kind === 'choice' && !f.options) {
      return {
        field: `info[${i}].options`,
        problem: '选择题（kind: choice）需要 options 列出选项',
      };
    }
    if (f.kind !== 'choice' && f.options) {
      return {
        field: `info[${i}].options`,
        problem: `只有 kind: choice 的字段才能有 options（此字段是 ${f.kind}）`,
      };
    }
    if (f.options) {
      const dup = f.options.findIndex((o, k) => f.options!.indexOf(o) !== k);
      if (dup >= 0) {
        return { field: `info[${i}].options[${dup}]`, problem: `选项「${f.options[dup]}」重复` };
      }
    }
    if (f.unitType) {
      if (unitTypeIndex !== undefined) {
        return {
          field: `info[${i}].unitType`,
          problem: `只能有一个字段标记 unitType（info[${unitTypeIndex}] 已标记）`,
        };
      }
      unitTypeIndex = i;
      if (f.kind !== 'choice') {
        return {
          field: `info[${i}].kind`,
          problem: '标记 unitType 的字段必须是 choice（从单位类型中选）',
        };
      }
      const known: readonly string[] = UNIT_TYPES;
      const bad = f.options?.findIndex((o) => !known.includes(o)) ?? -1;
      if (bad >= 0) {
        return {
          field: `info[${i}].options[${bad}]`,
          problem: `「${f.options![bad]}」不是已知的单位类型，可用：${UNIT_TYPES.join('、')}`,
        };
      }
    }
  }
  for (const id of REQUIRED_INFO_IDS) {
    if (!seenInfo.has(id)) {
      return {
        field: 'info',
        problem: `缺少必需的基本信息字段「${id}」（标题和开头要用到 ${REQUIRED_INFO_IDS.join('、')}）`,
      };
    }
  }

  const seenSection = new Map<string, number>();
  for (const [i, s] of t.sections.entries()) {
    const first = seenSection.get(s.id);
    if (first !== undefined) {
      return {
        field: `sections[${i}].id`,
        problem: `部分 id「${s.id}」与 sections[${first}] 重复`,
      };
    }
    seenSection.set(s.id, i);
    if (s.byUnitType && Object.keys(s.byUnitType).length > 0 && unitTypeIndex === undefined) {
      return {
        field: `sections[${i}].byUnitType`,
        problem: '基本信息里没有标记 unitType 的字段，按单位类型的措辞永远用不上',
      };
    }
  }
  if (!t.sections.some((s) => s.role === 'work')) {
    return { field: 'sections', problem: '至少需要一个 role 为 work 的部分（正文工作部分）' };
  }
  const infoIds = t.info.map((f) => f.id);
  for (const [i, f] of t.info.entries()) {
    const unknown = (f.suggest ?? []).find((id) => !infoIds.slice(0, i).includes(id));
    if (unknown) {
      return { field: `info[${i}].suggest`, problem: `「${unknown}」不是排在它之前的基本信息字段` };
    }
  }
  const grouped = new Map<string, number>();
  for (const [g, group] of t.groups.entries()) {
    for (const id of group.sections) {
      const section = t.sections.find((s) => s.id === id);
      if (!section) return { field: `groups[${g}].sections`, problem: `没有 id 为「${id}」的部分` };
      if (section.role !== 'work') {
        return { field: `groups[${g}].sections`, problem: `「${id}」不是工作部分，不能分组` };
      }
      const other = grouped.get(id);
      if (other !== undefined) {
        return { field: `groups[${g}].sections`, problem: `「${id}」已在 groups[${other}] 中` };
      }
      grouped.set(id, g);
    }
  }
  return undefined;
}

/** What the items of an array at this path are called, for messages like 至少需要 2 条提示. */
const ITEM_NOUNS: Record<string, string> = {
  hints: '条提示',
  sections: '个部分',
  info: '个基本信息字段',
  options: '个选项',
  fixedWording: '条固定用语',
};

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表',
  object: '“字段: 值”的映射',
  undefined: '空',
  null: '空',
};

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Per-parse error map: plain Chinese for zod's default messages. Messages written in the schema
 * itself (不能为空, the id pattern) take precedence over this map, so they come through as written.
 */
function issueInChinese(iss: z.core.$ZodRawIssue): string | undefined {
  const path = iss.path ?? [];
  const last = String(path[path.length - 1] ?? '');
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined) return '缺少此项（必填）';
      const expected = TYPE_NAMES[iss.expected] ?? iss.expected;
      const actual = TYPE_NAMES[typeName(iss.input)] ?? typeName(iss.input);
      return `应是${expected}，这里写的是${actual}`;
    }
    case 'too_small':
      if (iss.origin === 'array') return `至少需要 ${iss.minimum} ${ITEM_NOUNS[last] ?? '项'}`;
      if (iss.origin === 'string')
        return iss.minimum === 1 ? '不能为空' : `至少 ${iss.minimum} 个字`;
      return `不能小于 ${iss.minimum}`;
    case 'too_big':
      if (iss.origin === 'array') return `最多 ${iss.maximum} ${ITEM_NOUNS[last] ?? '项'}`;
      if (iss.origin === 'string') return `最多 ${iss.maximum} 个字`;
      return `不能大于 ${iss.maximum}`;
    case 'invalid_value':
      return `只能是以下之一：${iss.values.map(String).join(' / ')}`;
    case 'unrecognized_keys':
      if (last === 'byUnitType') {
        return `不认识的单位类型：${iss.keys.join('、')}（可用：${UNIT_TYPES.join('、')}）`;
      }
      return `不认识的字段：${iss.keys.join('、')}（是否拼错了？）`;
    case 'invalid_format':
      return '格式不对';
    default:
      return undefined;
  }
}

/** ['sections', 3, 'hints'] → sections[3].hints */
function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '（整个文件）';
}

/** Plain words for the YAML mistakes people make most when editing a template by hand. */
const YAML_GLOSS: Record<string, string> = {
  TAB_AS_INDENT: '不能用 Tab 缩进，请改用空格',
  BAD_INDENT: '缩进没有对齐',
  DUPLICATE_KEY: '同一层里有重复的字段名',
  MISSING_CHAR: '缺少配对的符号（引号、括号或列表的“- ”）',
  BLOCK_AS_IMPLICIT_KEY: '一行里只能写一个“字段: 值”，值里有英文冒号时请加引号',
  MULTILINE_IMPLICIT_KEY: '字段名必须写在一行里',
};

/**
 * The yaml library's message, glossed in Chinese where we know the code, without its
 * "at line X, column Y" tail and code frame (the line is named already; the message is one line).
 */
function yamlProblem(err: { code: string; message: string }): string {
  const original = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const gloss = YAML_GLOSS[err.code];
  return gloss ? `${gloss}（${original}）` : original;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Paths inside the repository are shown relative to it (prompts/templates/x.yaml). */
function displayPath(file: string): string {
  const rel = relative(repoRoot, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : file;
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' ? code : '未知原因';
}
