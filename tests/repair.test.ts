import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { formatChecklist } from '../src/check/checklist.js';
import { makeDraft } from '../src/check/draft.js';
import {
  NOTICE_REPAIR_FAILED,
  NOTICE_REPAIR_KEPT,
  NOTICE_REPAIR_NO_BETTER,
  PROBLEMS_TAG,
} from '../src/check/repair.js';
import { createModelClient, type LogSink } from '../src/compose/model.js';
import { composeOffline } from '../src/compose/offline.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { sampleMaterial } from './support/compose-material.js';
import { type OpenAIMock, startOpenAIMock } from './support/openai-mock.js';

/**
 * The repair pass over real HTTP against the loopback OpenAI-compatible server: a first answer
 * with inventions and a dropped fact, then the model's repair; what the user is told; what is
 * kept when the repair is no better or fails.
 */

const material = sampleMaterial();
/** Only the answers' own facts: what a faithful model would write. */
const CLEAN = composeOffline(material).trimEnd();
/** Two inventions (区委, the 1次 of 视察调研) and one omission (the 5月 of the 讲座). */
const INVENTED = CLEAN.replace(/我镇在县委统战部的[^，]*指导下/, '我镇在区委的正确领导下')
  .replace('镇村干部60人参加。', '镇村干部60人参加；开展视察调研活动1次。')
  .replace('5月举办统战政策讲座', '举办统战政策讲座');
/** Still wrong after the repair: the 区委 stays, the rest is fixed. */
const HALF = CLEAN.replace(/我镇在县委统战部的[^，]*指导下/, '我镇在区委的正确领导下');

let mock: OpenAIMock;
before(async () => {
  mock = await startOpenAIMock();
});
after(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.requests.length = 0;
  mock.clearQueue();
});

function model(maxRetries = 0) {
  // Generous: a loaded CI machine (2 cores, two test files at once) once took over 1 s to first byte.
  return createModelClient({
    apiKey: 'sk-test-not-a-secret',
    baseURL: mock.url,
    model: 'mock-model',
    timeoutMs: 10_000,
    idleTimeoutMs: 5_000,
    maxRetries,
    retryBaseMs: 5,
    retryMaxMs: 10,
  });
}

function recorder() {
  const lines: { level: string; obj: Record<string, unknown>; msg?: string }[] = [];
  const sink: LogSink = {
    info: (obj, msg) => lines.push({ level: 'info', obj: obj as Record<string, unknown>, msg }),
    warn: (obj, msg) => lines.push({ level: 'warn', obj: obj as Record<string, unknown>, msg }),
  };
  return { sink, lines };
}

describe('repair pass (loopback model server)', () => {
  test('the premise: the first answer has 2 inventions and 1 omission', async () => {
    mock.enqueue({ reply: INVENTED });
    const result = await makeDraft(material, { model: model(), repairs: 0 });
    assert.deepEqual(
      result.check.untraced.map((u) => [u.kind, u.text]),
      [
        ['org', '区委'],
        ['number', '1次'],
      ],
    );
    assert.deepEqual(
      result.check.omitted.map((o) => o.text),
      ['5月'],
    );
    assert.equal(result.repairs, 0);
    assert.equal(mock.requests.length, 1, 'DRAFT_REPAIRS=0 sends no repair');
  });

  test('inventions then a clean repair: the user gets the repaired draft and one line', async () => {
    mock.enqueue({ reply: INVENTED }, { reply: CLEAN });
    const log = recorder();
    const result = await makeDraft(material, { model: model(), logger: log.sink, repairs: 1 });
    assert.equal(mock.requests.length, 2);
    assert.equal(result.text, CLEAN);
    assert.equal(result.check.ok, true);
    assert.equal(result.repairs, 1);
    assert.equal(
      result.notice,
      '核对后已自动删除2处找不到出处的名称、数字（“区委”、“1次”），补回1处遗漏。',
    );

    // The request: the draft as the assistant's turn, the problems quoted, the rule.
    const sent = mock.requests[1]!.body.messages;
    assert.equal(sent.at(-2)?.role, 'assistant');
    assert.equal(sent.at(-2)?.content, INVENTED);
    const ask = sent.at(-1)!.content;
    assert.match(ask, new RegExp(`<${PROBLEMS_TAG}>`));
    assert.match(ask, /名称“区委”，在草稿的“.*在区委的正确领导下.*”中/);
    assert.match(ask, /数字“1次”，在草稿的“开展视察调研活动1次”中/);
    assert.match(ask, /日期“5月”，材料原文：“5月举办统战政策讲座1场”/);
    assert.match(ask, /删除/);
    // Each flag comes with the answers nearest it: a claim put in other words is kept.
    assert.match(ask, /材料中最接近的原文：“[^”]+”|材料中没有相近的原文/);
    assert.match(ask, /原句保留/);
    assert.match(ask, /【待补：/);
    // The same prefix as the compose request (the provider's cache covers the material).
    assert.deepEqual(sent.slice(0, 2), mock.requests[0]!.body.messages);

    const line = log.lines.find((l) => l.msg === 'draft repair');
    assert.ok(line, 'the repair is logged');
    assert.equal(line.level, 'info');
    assert.ok(Number(line.obj.promptTokens) > 0 && Number(line.obj.completionTokens) > 0);
    assert.equal(line.obj.accepted, true);
    assert.doesNotMatch(JSON.stringify(log.lines), /区委|联络员/, 'no draft text in the log');
    assert.ok(
      (result.usage?.promptTokens ?? 0) > Number(line.obj.promptTokens),
      'usage counts both requests',
    );
  });

  test('a repair still wrong: kept because better, and what remains is listed', async () => {
    mock.enqueue({ reply: INVENTED }, { reply: HALF });
    const result = await makeDraft(material, { model: model(), repairs: 1 });
    assert.equal(result.text, HALF);
    assert.equal(result.check.ok, false);
    assert.deepEqual(
      result.check.untraced.map((u) => u.text),
      ['区委'],
    );
    assert.match(result.notice ?? '', /补回1处遗漏；仍有1处待核实（见核对清单）。$/);
    const list = formatChecklist(result.check);
    assert.match(list, /^核对清单：数字、日期、名称、文件名和引语已逐条核对：1处无出处。/);
    assert.match(list, /“区委”（“.*区委的正确领导下.*”）/);
  });

  test('a repair no better than the first draft: the first draft is kept with its list', async () => {
    mock.enqueue({ reply: INVENTED }, { reply: INVENTED.replace('60人参加', '80人参加') });
    const result = await makeDraft(material, { model: model(), repairs: 1 });
    assert.equal(result.text, INVENTED);
    assert.equal(result.notice, NOTICE_REPAIR_NO_BETTER);
    assert.ok(result.check.untraced.some((u) => u.text === '区委'));
    assert.equal(result.repairs, 1);
  });

  test('a flag the model finds in the material is kept: the draft unchanged, nothing said deleted', async () => {
    // The model checks the flags against the material and sends the draft back as it was.
    mock.enqueue({ reply: INVENTED }, { reply: INVENTED });
    const result = await makeDraft(material, { model: model(), repairs: 1 });
    assert.equal(result.text, INVENTED);
    assert.equal(result.notice, NOTICE_REPAIR_KEPT);
    assert.doesNotMatch(result.notice ?? '', /已自动删除/);
  });

  test('what a repair deleted is read from the drafts, so a true fact it cut is named', async () => {
    // The repair cuts the invented 区委 and 1次, and also the true 60人 (a false flag obeyed).
    const overdone = CLEAN.replace('镇村干部60人参加。', '镇村干部参加。');
    mock.enqueue({ reply: INVENTED }, { reply: overdone });
    const result = await makeDraft(material, { model: model(), repairs: 1 });
    assert.equal(result.text, overdone);
    assert.match(result.notice ?? '', /删除3处找不到出处的名称、数字（“区委”、“1次”、“60人”）/);
    assert.match(result.notice ?? '', /仍有1处待核实/, 'the dropped 60人 is now a 遗漏');
  });

  test('a repair cut at the length limit is not taken, however clean it looks', async () => {
    // Every fact is there, only the closing line is missing: clean to the checker.
    const cut = CLEAN.split('\n').slice(0, -1).join('\n');
    mock.enqueue({ reply: INVENTED }, { reply: cut, finishReason: 'length' });
    const result = await makeDraft(material, { model: model(), repairs: 1 });
    assert.equal(result.text, INVENTED);
    assert.equal(result.notice, NOTICE_REPAIR_NO_BETTER);
    mock.enqueue({ reply: cut });
    const uncut = await makeDraft(material, { model: model() });
    assert.equal(uncut.check.ok, true, 'the same text, not cut, would pass the check');
  });

  test('a repair that fails (model error) keeps the first draft with its list', async () => {
    mock.enqueue({ reply: INVENTED }, { status: 500 }, { status: 500 });
    const log = recorder();
    const result = await makeDraft(material, { model: model(1), logger: log.sink, repairs: 1 });
    assert.equal(result.text, INVENTED);
    assert.equal(result.composer, 'model');
    assert.equal(result.notice, NOTICE_REPAIR_FAILED);
    assert.equal(result.check.omitted.length, 1);
    assert.ok(log.lines.some((l) => l.level === 'warn' && l.msg?.includes('repair failed')));
  });

  test('DRAFT_REPAIRS=2: a second repair when the first leaves problems', async () => {
    mock.enqueue({ reply: INVENTED }, { reply: HALF }, { reply: CLEAN });
    const result = await makeDraft(material, { model: model(), repairs: 2 });
    assert.equal(mock.requests.length, 3);
    assert.equal(result.check.ok, true);
    assert.equal(result.repairs, 2);
    assert.equal(
      result.notice,
      '核对后已自动删除2处找不到出处的名称、数字（“区委”、“1次”），补回1处遗漏。',
    );
  });

  test('a clean first draft and an offline draft are not repaired', async () => {
    mock.enqueue({ reply: CLEAN });
    const clean = await makeDraft(material, { model: model(), repairs: 1 });
    assert.equal(clean.check.ok, true);
    assert.equal(clean.repairs, 0);
    assert.equal(clean.notice, undefined);
    assert.equal(mock.requests.length, 1);
    const offline = await makeDraft(material, { repairs: 1 });
    assert.equal(offline.repairs, 0);
    assert.equal(offline.composer, 'offline');
  });
});

describe('DRAFT_REPAIRS', () => {
  test('defaults to 1, accepts 0 to 3, and a bad value stops start-up with one line', () => {
    assert.equal(loadConfig({}).draftRepairs, 1);
    assert.equal(loadConfig({ DRAFT_REPAIRS: '0' }).draftRepairs, 0);
    assert.equal(loadConfig({ DRAFT_REPAIRS: '3' }).draftRepairs, 3);
    assert.throws(
      () => loadConfig({ DRAFT_REPAIRS: '5' }),
      (err: Error) =>
        err instanceof ConfigError &&
        err.message === '配置错误：DRAFT_REPAIRS — 应为 0 到 3 之间的整数',
    );
  });
});
