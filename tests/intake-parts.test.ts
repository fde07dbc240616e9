import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeEvent, encodeEvent } from '../src/bot/callback.js';
import { unverifiedLine } from '../src/check/unverified.js';
import { buildMaterial } from '../src/compose/material.js';
import { materialData } from '../src/compose/request.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { classifyFile } from '../src/intake/files.js';
import { charCount, looksLikeDocument, splitSentences } from '../src/intake/sentences.js';
import { step } from '../src/interview/engine.js';
import { freshState } from '../src/interview/state.js';
import type { Event, StepResult, Summary, UserState } from '../src/interview/types.js';
import { readUserRecord } from '../src/storage/migrate.js';
import { loadTemplates } from '../src/templates/load.js';
import { templateById } from '../src/templates/match.js';

/** The pure pieces of the intake: sentences, file kinds, configuration, buttons, material. */

describe('intake pieces', () => {
  test("sentences are kept verbatim; a document's title and headings are no facts", () => {
    const text =
      '工作情况\n一、\n加强组织领导\n今年开展了活动。召开会议3次！参加80人；\r\n\n另有10人';
    assert.deepEqual(splitSentences(text, { document: true }), [
      '今年开展了活动。',
      '召开会议3次！',
      '参加80人；',
      '另有10人',
    ]);
    // A paste keeps every line: a user's numbered list is facts.
    assert.deepEqual(splitSentences('组织党外人士学习\n1. 走访企业'), [
      '组织党外人士学习',
      '1. 走访企业',
    ]);
    assert.deepEqual(splitSentences(text).slice(0, 2), ['工作情况', '一、加强组织领导']);
    // A short line with a fact in it is a fact, punctuation or not.
    assert.deepEqual(splitSentences('全年走访企业12家\n第三期简报', { document: true }), [
      '全年走访企业12家',
      '第三期简报',
    ]);
    assert.equal(charCount('今年 开展，3次。'), 6);
  });

  test('a paste reads like a document by its other year, its own headings, its 不足/打算 — not by lines', () => {
    const plans =
      '下一步打算：\n1. 加强党外代表人士队伍建设，健全联系交友制度\n2. 办好同心讲堂\n3. 走访侨眷台属';
    assert.equal(
      looksLikeDocument(plans, '2026'),
      false,
      'a plan typed on three lines is an answer',
    );
    const lastYear = [
      '清河镇2025年统战工作总结',
      '一、加强组织领导',
      '2025年，镇党委专题研究统战工作3次，调整充实统战工作领导小组。',
      '二、存在的不足',
      '党外代表人士队伍结构不够合理。',
    ].join('\n');
    assert.equal(looksLikeDocument(lastYear, '2026'), true);
    assert.equal(
      looksLikeDocument(lastYear.replaceAll('2025', '2026'), '2026'),
      true,
      'headings and 不足',
    );
  });

  test('file kinds by name and MIME type, with what to send instead', () => {
    assert.deepEqual(classifyFile('a.DOCX', undefined), { ok: true, kind: 'docx' });
    assert.deepEqual(classifyFile('扫描', 'application/pdf'), { ok: true, kind: 'pdf' });
    assert.deepEqual(classifyFile('x.md', undefined), { ok: true, kind: 'md' });
    const doc = classifyFile('旧.doc', 'application/msword');
    assert.ok(!doc.ok && /另存为」\.docx/.test(doc.message));
    const img = classifyFile('p.jpg', 'image/jpeg');
    assert.ok(!img.ok && /图片里的文字我读不了/.test(img.message));
    const other = classifyFile('t.xlsx', undefined);
    assert.ok(!other.ok && /暂不支持 \.xlsx 文件/.test(other.message));
  });

  test('TRANSCRIBE_* default to OPENAI_*; bad values stop start-up with one line', () => {
    const c = loadConfig({
      TRANSCRIBE_MODEL: 'whisper-1',
      OPENAI_API_KEY: 'sk-test-not-a-secret',
      OPENAI_MODEL: 'gpt-4o-mini',
      OPENAI_BASE_URL: 'https://api.example.cn/v1',
    });
    assert.equal(c.transcribe?.baseURL, 'https://api.example.cn/v1');
    assert.equal(c.transcribe?.apiKey, 'sk-test-not-a-secret');
    assert.equal(c.intake.voiceMaxSeconds, 300);
    const own = loadConfig({
      TRANSCRIBE_MODEL: 'FunAudioLLM/SenseVoiceSmall',
      TRANSCRIBE_BASE_URL: 'https://api.siliconflow.cn/v1',
      TRANSCRIBE_API_KEY: 'sk-other',
    });
    assert.equal(own.transcribe?.baseURL, 'https://api.siliconflow.cn/v1');
    assert.equal(loadConfig({}).transcribe, undefined);
    const local = loadConfig({
      TRANSCRIBE_MODEL: 'whisper',
      TRANSCRIBE_BASE_URL: 'http://127.0.0.1:8000/v1',
    });
    assert.equal(local.transcribe?.apiKey, 'local-no-key');
    const bad: [Record<string, string>, RegExp][] = [
      [{ TRANSCRIBE_MODEL: 'whisper-1' }, /^配置错误：TRANSCRIBE_API_KEY — /],
      [{ TRANSCRIBE_BASE_URL: 'https://api.groq.com/openai/v1' }, /^配置错误：TRANSCRIBE_MODEL — /],
      [{ TRANSCRIBE_BASE_URL: 'ftp://x' }, /^配置错误：TRANSCRIBE_BASE_URL — 应为 http/],
      [{ VOICE_MAX_SECONDS: 'long' }, /^配置错误：VOICE_MAX_SECONDS — 应为 1 到 3600 之间的整数$/],
      [{ FILE_MAX_MB: '50' }, /^配置错误：FILE_MAX_MB — 应为 1 到 20 之间的整数$/],
    ];
    for (const [env, expected] of bad) {
      assert.throws(
        () => loadConfig(env),
        (e: unknown) =>
          e instanceof ConfigError && expected.test(e.message) && !e.message.includes('\n'),
      );
    }
  });

  test('the new buttons survive callback data; forged ones are refused', () => {
    const ref = { summaryId: 's2', at: '*' };
    const events: Event[] = [
      { type: 'undoIntake', batch: 'v1a2b', ref },
      { type: 'undoIntake', batch: 'v1a2b', retype: true, ref },
      { type: 'sortMaterial', key: 'k3j4h5g6', ref },
      { type: 'addMaterial', key: 'k3j4h5g6', part: 7, ref },
      { type: 'confirmLast', part: 2, ref },
      { type: 'confirm', ref: { summaryId: 's2', at: 'clear' } },
      { type: 'confirm', ref: { summaryId: 's2', at: 'place11' } },
      { type: 'draft', ref, unverifiedOk: true },
      { type: 'useLast', ref: { summaryId: 's2', at: 's0' } },
      { type: 'reuseInfo', ref: { summaryId: 's2', at: 'i0' } },
    ];
    for (const e of events) assert.deepEqual(decodeEvent(encodeEvent(e)), e);
    assert.equal(decodeEvent('u|s2|*|BAD!'), undefined);
    assert.equal(decodeEvent('A|s2|*|k3j4h5g6.x'), undefined);
    assert.equal(decodeEvent('L|s2|*|'), undefined, 'a reference button names its step');
    assert.equal(decodeEvent('d|s2|*|?'), undefined);
  });

  test('last period text not confirmed is kept out of the answers, marked for the model and named', () => {
    const template = templateById(loadTemplates(), 'tongzhan');
    assert.ok(template);
    const summary: Summary = {
      id: 's2',
      templateId: 'tongzhan',
      createdAt: 0,
      updatedAt: 0,
      info: { unit: '清河镇', unitType: '乡镇', period: '年度', year: '2026' },
      answers: {
        organization: {
          status: 'done',
          parts: ['上次：配备联络员16名', '今年新增联络员3名'],
          source: [{ kind: 'lastPeriod', batch: 'p1' }, null],
        },
        study: {
          status: 'done',
          parts: ['开展理论学习8次'],
          source: [{ kind: 'lastPeriod', batch: 'p1', confirmed: true }],
        },
      },
      position: { kind: 'review' },
      drafts: [],
    };
    const material = buildMaterial(template, summary);
    const org = material.sections.find((s) => s.id === 'organization');
    assert.deepEqual(org?.parts, ['今年新增联络员3名']);
    assert.deepEqual(org?.unverified, ['上次：配备联络员16名']);
    assert.deepEqual(material.sections.find((s) => s.id === 'study')?.parts, ['开展理论学习8次']);
    const data = JSON.stringify(materialData(material));
    assert.match(data, /"待核实":\["上次：配备联络员16名"\]/);
    assert.match(unverifiedLine(material) ?? '', /尚未核实.*「组织领导与工作网络」/);
  });

  test('[核实第N部分] on the screen before a draft: the screen lapses, so what is still open comes back or a draft button', () => {
    const templates = loadTemplates();
    const ctx = { templates, now: Date.UTC(2026, 11, 3, 2), draftsPerDay: 5 };
    const summary: Summary = {
      id: 's2',
      templateId: 'tongzhan',
      createdAt: 0,
      updatedAt: 0,
      info: { unit: '清河镇', unitType: '乡镇', period: '年度', year: '2026', signer: '镇党委' },
      answers: {
        organization: {
          status: 'done',
          parts: ['镇党委专题研究统战工作4次，配备联络员16名'],
          source: [{ kind: 'lastPeriod', batch: 'p1' }],
        },
        study: { status: 'done', parts: ['今年开展理论学习10次，举办讲座2场，镇村干部80人参加'] },
      },
      depthShown: true,
      position: { kind: 'review' },
      drafts: [],
    };
    // Every other part settled (不涉及), as at review: the screen names only the unverified part.
    for (const section of templates.find((t) => t.id === 'tongzhan')!.sections) {
      summary.answers[section.id] ??= { status: 'na', parts: [] };
    }
    let state: UserState = { ...freshState('u1'), summaries: [summary], activeId: 's2', seq: 2 };
    const buttons = (r: StepResult) => r.replies.flatMap((x) => (x.actions ?? []).flat());
    const shown = step(state, { type: 'draft', ref: { summaryId: 's2', at: '*' } }, ctx);
    const screen = shown.replies.find((r) => /还没有核实/.test(r.text));
    assert.ok(screen, shown.replies.map((r) => r.text).join('\n'));
    assert.match(
      screen.text,
      /也可以点\[仍然生成（标注待核实）\]/,
      'the text names the button it shows',
    );
    assert.deepEqual(shown.effects, [], 'nothing composed, no quota');
    state = shown.state;

    const confirm = buttons(shown).find((a) => a.label === '核实第2部分');
    assert.ok(confirm);
    const confirmed = step(state, confirm.event, ctx);
    assert.match(confirmed.replies[0]?.text ?? '', /已核实第2部分/);
    const next = confirmed.replies.at(-1);
    assert.match(next?.text ?? '', /都已核实，可以生成草稿/);
    const go = buttons(confirmed).find((a) => a.label === '生成草稿');
    assert.ok(go, 'a button that drafts, not a lapsed screen');
    assert.deepEqual(confirmed.effects, []);

    const drafted = step(confirmed.state, go.event, ctx);
    assert.deepEqual(drafted.effects, [{ type: 'compose', summaryId: 's2' }]);
  });

  test('stored origins and last period are read back; garbled ones are dropped, not fatal', () => {
    const record = (source: unknown, lastPeriod: unknown) => ({
      schema: 1,
      userId: '7',
      seq: 1,
      summaries: [
        {
          id: 's1',
          templateId: 'tongzhan',
          createdAt: 0,
          updatedAt: 0,
          info: {},
          answers: { organization: { status: 'open', parts: ['a', 'b'], source } },
          position: { kind: 'section', index: 0 },
          drafts: [],
          lastPeriod,
        },
      ],
    });
    const good = readUserRecord(
      record([{ kind: 'voice', batch: 'v1' }, null], {
        summaryId: 's0',
        title: '清河镇2025年年度',
        info: { unit: '清河镇' },
        answers: { organization: '上次' },
      }),
      '7',
    );
    assert.ok(good.ok);
    const s = good.state.summaries[0];
    assert.deepEqual(s?.answers.organization?.source, [{ kind: 'voice', batch: 'v1' }, null]);
    assert.equal(s?.lastPeriod?.answers.organization, '上次');
    const bad = readUserRecord(record('nonsense', { title: 3 }), '7');
    assert.ok(bad.ok);
    assert.equal(bad.state.summaries[0]?.answers.organization?.source, undefined);
    assert.equal(bad.state.summaries[0]?.lastPeriod, undefined);
    assert.deepEqual(bad.state.summaries[0]?.answers.organization?.parts, ['a', 'b']);
  });
});
