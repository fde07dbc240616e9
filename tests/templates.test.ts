import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import {
  DEFAULT_TEMPLATES_DIR,
  loadTemplateFile,
  loadTemplates,
  TemplateError,
} from '../src/templates/load.js';
import { findTemplate } from '../src/templates/match.js';
import { type Template, UNIT_TYPES } from '../src/templates/schema.js';
import { sectionWording } from '../src/templates/wording.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedFile = resolve(repoRoot, '../shared/seeds/000_2cab2ad872e4cfd3.txt');

const templates = loadTemplates();
const tongzhan = templates.find((t) => t.id === 'tongzhan')!;

const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

/** Every wording a user can be shown for a section: the default and each unit type's override. */
function allWordings(t: Template) {
  return t.sections.flatMap((s) =>
    [undefined, ...UNIT_TYPES].map((u) => ({
      where: `${t.id}.${s.id}/${u ?? '默认'}`,
      ...sectionWording(s, u),
    })),
  );
}

describe('shipped templates', () => {
  test('load in list order: 统战工作总结 first, then 通用工作总结', () => {
    assert.deepEqual(
      templates.map((t) => [t.id, t.name]),
      [
        ['tongzhan', '统战工作总结'],
        ['general', '通用工作总结'],
      ],
    );
  });

  test('load the same whatever the working directory is', () => {
    const cwd = process.cwd();
    try {
      process.chdir(tmpdir());
      assert.deepEqual(
        loadTemplates().map((t) => t.id),
        templates.map((t) => t.id),
      );
    } finally {
      process.chdir(cwd);
    }
    assert.equal(DEFAULT_TEMPLATES_DIR, join(repoRoot, 'prompts', 'templates'));
  });

  test('统战 asks the basic info in order, with the six unit types as choices', () => {
    assert.deepEqual(
      tongzhan.info.map((f) => [f.id, f.label, f.kind, f.optional]),
      [
        ['unit', '单位名称', 'text', false],
        ['unitType', '单位类型', 'choice', false],
        ['period', '总结期间', 'choice', false],
        ['year', '年份', 'year', false],
        ['guide', '上级指导部门', 'text', true],
        ['leader', '领导机关', 'text', true],
        ['signer', '落款单位', 'text', true],
      ],
    );
    const unitType = tongzhan.info[1]!;
    assert.equal(unitType.unitType, true);
    assert.deepEqual(unitType.options, ['乡镇', '街道', '社区或村', '学校', '机关部门', '其他']);
    assert.deepEqual(tongzhan.info[2]!.options, [
      '年度',
      '上半年',
      '下半年',
      '第一季度',
      '第二季度',
      '第三季度',
      '第四季度',
      '专项',
    ]);
  });

  test('统战 has its ten sections in order, with the right roles and key sections', () => {
    assert.deepEqual(
      tongzhan.sections.map((s) => [s.id, s.title]),
      [
        ['organization', '组织领导与工作网络'],
        ['study', '理论学习与政策宣传'],
        ['representatives', '党外代表人士与党外干部'],
        ['parties', '民主党派、无党派人士与党外知识分子'],
        ['economy', '非公有制经济、商会与新的社会阶层'],
        ['ethnicReligion', '民族宗教工作'],
        ['overseas', '港澳台侨与海外联谊'],
        ['features', '特色做法与其他工作'],
        ['shortcomings', '存在的不足'],
        ['nextSteps', '下一步工作打算'],
      ],
    );
    const byId = Object.fromEntries(tongzhan.sections.map((s) => [s.id, s]));
    assert.deepEqual(
      tongzhan.sections.filter((s) => s.key).map((s) => s.id),
      ['organization', 'study', 'features', 'nextSteps'],
    );
    assert.equal(byId.shortcomings!.role, 'shortcomings');
    assert.equal(byId.nextSteps!.role, 'nextSteps');
    assert.equal(byId.shortcomings!.notApplicable, false, '不足 cannot be 不涉及');
    assert.equal(byId.nextSteps!.notApplicable, false, '打算 cannot be 不涉及');
    assert.equal(tongzhan.titleSuffix, '统战工作总结');
  });

  test('通用 has its info fields and four sections in order', () => {
    const general = templates.find((t) => t.id === 'general')!;
    assert.equal(general.titleSuffix, '工作总结');
    assert.deepEqual(
      general.info.map((f) => f.id),
      ['unit', 'unitType', 'period', 'year', 'leader'],
    );
    assert.deepEqual(
      general.sections.map((s) => [s.id, s.title, s.role]),
      [
        ['work', '主要工作及成效', 'work'],
        ['highlights', '特色亮点', 'work'],
        ['problems', '存在的问题', 'shortcomings'],
        ['plans', '下一步打算', 'nextSteps'],
      ],
    );
  });

  test('a 学校 user is asked about 学生思想政治工作 in the features section', () => {
    const features = tongzhan.sections.find((s) => s.id === 'features')!;
    const school = sectionWording(features, '学校');
    assert.equal(school.title, '学生思想政治工作与外事交流');
    assert.match(school.question, /学生思想政治工作/);
    assert.notEqual(school.heading, features.heading);
    // Unit types without an override keep the default wording.
    assert.equal(sectionWording(features, '其他').title, '特色做法与其他工作');
  });

  test('other unit types get the wording that fits them', () => {
    const w = (id: string, unitType: string) =>
      sectionWording(tongzhan.sections.find((s) => s.id === id)!, unitType);
    assert.equal(w('organization', '学校').title, '党组织统战工作与自身建设');
    assert.match(w('ethnicReligion', '学校').title, /校园民族宗教/);
    assert.match(w('ethnicReligion', '乡镇').hints.join(''), /信息员/);
    assert.match(w('ethnicReligion', '乡镇').question, /重大事项预报/);
    assert.match(w('ethnicReligion', '社区或村').question, /少数民族流动人口/);
    assert.match(w('ethnicReligion', '街道').question, /少数民族流动人口/);
    assert.match(w('features', '社区或村').title, /共驻共建/);
    assert.match(w('features', '街道').title, /共驻共建/);
    assert.match(w('economy', '乡镇').title, /商会建设/);
    assert.match(w('economy', '学校').question, /不涉及/);
    assert.equal(w('representatives', '机关部门').title, '党外干部培养使用');
  });

  test('every section, for every unit type, has 2–4 hints, a heading and phone-sized text', () => {
    for (const t of templates) {
      for (const w of allWordings(t)) {
        assert.ok(
          w.hints.length >= 2 && w.hints.length <= 4,
          `${w.where}: ${w.hints.length} hints`,
        );
        assert.ok(w.heading.trim() !== '', `${w.where}: no heading`);
        assert.ok(han(w.question) <= 60, `${w.where}: question has ${han(w.question)} 汉字`);
        for (const h of w.hints) assert.ok(han(h) <= 40, `${w.where}: hint「${h}」is too long`);
        assert.ok(han(w.example) <= 150, `${w.where}: example has ${han(w.example)} 汉字`);
        assert.ok(w.example.startsWith('例：'), `${w.where}: example should read as an example`);
      }
    }
  });

  test('key sections have a follow-up question for answers without a concrete fact', () => {
    for (const t of templates) {
      for (const s of t.sections.filter((s) => s.key)) {
        assert.ok(s.followUp, `${t.id}.${s.id} is key but has no followUp`);
      }
    }
  });

  test('fixed wording holds no facts (no numbers, no quoted slogans, no document names)', () => {
    for (const t of templates) {
      for (const phrase of t.fixedWording) {
        assert.doesNotMatch(phrase, /[0-9０-９]|[“”"《》]/, phrase);
      }
    }
  });

  test('no template text copies a sentence of the seed summaries (12 汉字 in a row)', (t) => {
    if (!existsSync(seedFile)) {
      t.skip(`seed file not found at ${seedFile}`);
      return;
    }
    const RUN = 12;
    const seedRuns = new Set<string>();
    for (const run of readFileSync(seedFile, 'utf8').match(/\p{Script=Han}+/gu) ?? []) {
      for (let i = 0; i + RUN <= run.length; i++) seedRuns.add(run.slice(i, i + RUN));
    }
    const copied: string[] = [];
    for (const tpl of templates) {
      const texts = [
        tpl.description,
        ...tpl.fixedWording,
        ...tpl.info.flatMap((f) => [f.question, f.example ?? '']),
        ...allWordings(tpl).flatMap((w) => [
          w.question,
          w.example,
          w.heading,
          w.followUp ?? '',
          ...w.hints,
        ]),
      ];
      for (const text of texts) {
        for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
          for (let i = 0; i + RUN <= run.length; i++) {
            if (seedRuns.has(run.slice(i, i + RUN)))
              copied.push(`「${run.slice(i, i + RUN)}」 in ${text}`);
          }
        }
      }
    }
    assert.deepEqual(copied, []);
  });
});

describe('findTemplate', () => {
  test('finds by id, exact name, list number or a fragment that matches one template', () => {
    assert.equal(findTemplate(templates, 'tongzhan')?.id, 'tongzhan');
    assert.equal(findTemplate(templates, '通用工作总结')?.id, 'general');
    assert.equal(findTemplate(templates, '1')?.id, 'tongzhan');
    assert.equal(
      findTemplate(templates, '２')?.id,
      'general',
      'full-width digit from a phone keyboard',
    );
    assert.equal(findTemplate(templates, ' 统战 ')?.id, 'tongzhan');
  });

  test('finds nothing for an ambiguous fragment, an unknown number or empty input', () => {
    assert.equal(findTemplate(templates, '工作总结'), undefined);
    assert.equal(findTemplate(templates, '3'), undefined);
    assert.equal(findTemplate(templates, '0'), undefined);
    assert.equal(findTemplate(templates, ''), undefined);
    assert.equal(findTemplate(templates, '党建'), undefined);
  });
});

describe('broken templates give one clear line: file, field path, problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'templates-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** A small valid template; each test breaks one thing. */
  const valid = () => ({
    id: 'demo',
    name: '演示工作总结',
    description: '测试用',
    titleSuffix: '工作总结',
    info: [
      { id: 'unit', label: '单位名称', question: '单位名称？', kind: 'text' },
      {
        id: 'unitType',
        label: '单位类型',
        question: '单位类型？',
        kind: 'choice',
        unitType: true,
        options: ['乡镇', '学校'],
      },
      {
        id: 'period',
        label: '总结期间',
        question: '期间？',
        kind: 'choice',
        options: ['年度', '上半年'],
      },
      { id: 'year', label: '年份', question: '哪一年？', kind: 'year' },
    ],
    sections: [
      {
        id: 'work',
        title: '主要工作',
        heading: '扎实推进工作',
        question: '做了什么？',
        hints: ['做了什么？', '有什么数字？'],
        example: '例：完成项目3个。',
      },
      {
        id: 'plans',
        title: '下一步打算',
        heading: '下一步工作打算',
        role: 'nextSteps',
        question: '打算做什么？',
        hints: ['重点是什么？', '何时完成？'],
        example: '例：年内完成培训。',
      },
    ],
  });

  /** Writes `content` as the only file of a fresh folder and returns the load error. */
  let n = 0;
  function errorFor(content: string | object, fileName = 'broken.yaml'): TemplateError {
    const sub = join(dir, String(++n));
    mkdirp(sub);
    writeFileSync(join(sub, fileName), typeof content === 'string' ? content : stringify(content));
    try {
      loadTemplates(sub);
    } catch (err) {
      assert.ok(err instanceof TemplateError, `expected a TemplateError, got ${String(err)}`);
      assert.doesNotMatch(err.message, /\n/, 'the message is one line');
      assert.ok(err.message.includes(fileName), `the message names the file: ${err.message}`);
      return err;
    }
    assert.fail('expected the template to be rejected');
  }

  test('the valid fixture itself loads (so each failure below is caused by its one change)', () => {
    const sub = join(dir, 'valid');
    mkdirp(sub);
    writeFileSync(join(sub, 'demo.yaml'), stringify(valid()));
    assert.equal(loadTemplates(sub)[0]!.id, 'demo');
  });

  test('a section with one hint', () => {
    const t = valid();
    t.sections[1]!.hints = ['只有一条'];
    assert.match(errorFor(t).message, /有误：sections\[1\]\.hints — 至少需要 2 条提示$/);
  });

  test('a file inside the repository is named relative to the repository', () => {
    const file = join(repoRoot, 'tests/fixtures/templates/one-hint.yaml');
    assert.throws(() => loadTemplateFile(file), {
      name: 'TemplateError',
      message:
        '模板文件 tests/fixtures/templates/one-hint.yaml 有误：sections[0].hints — 至少需要 2 条提示',
    });
  });

  test('missing sections', () => {
    const { sections: _, ...t } = valid();
    assert.match(errorFor(t).message, /有误：sections — 缺少此项（必填）$/);
  });

  test('a YAML syntax error names the line', () => {
    const text = [
      'id: demo',
      'name: 演示',
      'sections:',
      '  - id: work',
      '   title: 缩进错了',
      '',
    ].join('\n');
    assert.match(errorFor(text).message, /有误：第 5 行 — YAML 语法错误：/);
  });

  test('a duplicate section id', () => {
    const t = valid();
    t.sections[1]!.id = 'work';
    assert.match(
      errorFor(t).message,
      /有误：sections\[1\]\.id — 部分 id「work」与 sections\[0\] 重复$/,
    );
  });

  test('a choice without options', () => {
    const t = valid();
    delete (t.info[2] as { options?: string[] }).options;
    assert.match(
      errorFor(t).message,
      /有误：info\[2\]\.options — 选择题（kind: choice）需要 options/,
    );
  });

  test('options on a field that is not a choice', () => {
    const t = valid();
    Object.assign(t.info[0]!, { options: ['甲', '乙'] });
    assert.match(
      errorFor(t).message,
      /info\[0\]\.options — 只有 kind: choice 的字段才能有 options/,
    );
  });

  test('a duplicate info id', () => {
    const t = valid();
    t.info[3]!.id = 'unit';
    assert.match(errorFor(t).message, /info\[3\]\.id — 字段 id「unit」与 info\[0\] 重复$/);
  });

  test('a required info field missing', () => {
    const t = valid();
    t.info = t.info.filter((f) => f.id !== 'year');
    assert.match(errorFor(t).message, /有误：info — 缺少必需的基本信息字段「year」/);
  });

  test('two fields marked unitType', () => {
    const t = valid();
    Object.assign(t.info[2]!, { unitType: true });
    assert.match(errorFor(t).message, /info\[2\]\.unitType — 只能有一个字段标记 unitType/);
  });

  test('a unit type option that the interview does not know', () => {
    const t = valid();
    t.info[1]!.options = ['乡镇', '企业'];
    assert.match(errorFor(t).message, /info\[1\]\.options\[1\] — 「企业」不是已知的单位类型/);
  });

  test('no work section', () => {
    const t = valid();
    t.sections = t.sections.filter((s) => s.id !== 'work');
    assert.match(errorFor(t).message, /有误：sections — 至少需要一个 role 为 work 的部分/);
  });

  test('a misspelt field and an unknown unit type in byUnitType', () => {
    const typo = valid();
    Object.assign(typo.sections[0]!, { hint: ['多写了一个字段'] });
    assert.match(errorFor(typo).message, /sections\[0\] — 不认识的字段：hint（是否拼错了？）/);
    const unknown = valid();
    Object.assign(unknown.sections[0]!, { byUnitType: { 企业: { question: '？' } } });
    assert.match(errorFor(unknown).message, /sections\[0\]\.byUnitType — 不认识的单位类型：企业/);
  });

  test('a template id used by two files', () => {
    const sub = join(dir, 'dup');
    mkdirp(sub);
    writeFileSync(join(sub, 'a.yaml'), stringify(valid()));
    writeFileSync(join(sub, 'b.json'), JSON.stringify({ ...valid(), name: '另一个名字' }));
    assert.throws(() => loadTemplates(sub), {
      name: 'TemplateError',
      message: /b\.json 有误：id — 模板 id「demo」与 .*a\.yaml 重复$/,
    });
  });

  test('templates from YAML and JSON files are sorted by order, then name', () => {
    const sub = join(dir, 'sorted');
    mkdirp(sub);
    writeFileSync(
      join(sub, 'a.yaml'),
      stringify({ ...valid(), id: 'late', name: 'Alpha', order: 9 }),
    );
    writeFileSync(
      join(sub, 'b.json'),
      JSON.stringify({ ...valid(), id: 'second', name: 'Beta', order: 1 }),
    );
    writeFileSync(
      join(sub, 'c.yml'),
      stringify({ ...valid(), id: 'first', name: 'Alpha2', order: 1 }),
    );
    writeFileSync(join(sub, 'notes.txt'), 'not a template');
    assert.deepEqual(
      loadTemplates(sub).map((t) => t.id),
      ['first', 'second', 'late'],
    );
  });
});

function mkdirp(path: string) {
  mkdirSync(path, { recursive: true });
}
