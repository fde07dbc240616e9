import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { makeDraft } from '../src/check/draft.js';
import {
  cleanQuestion,
  ensureTitle,
  makeFollowUpQuestion,
  NOTICE_NO_MODEL,
  NOTICE_REVISE_NO_MODEL,
  noticeModelFailed,
} from '../src/compose/draft.js';
import { PreviewStripper, stripMarkdown } from '../src/compose/markdown.js';
import {
  backoffMs,
  createModelClient,
  type LogSink,
  type ModelClientOptions,
  ModelError,
  redactSecrets,
} from '../src/compose/model.js';
import { composeOffline } from '../src/compose/offline.js';
import { sampleMaterial } from './support/compose-material.js';
import { type OpenAIMock, startOpenAIMock } from './support/openai-mock.js';

const API_KEY = 'sk-test-not-a-secret';
const material = sampleMaterial();
const DRAFT = [
  material.title,
  '',
  '2026年上半年，在县委统战部的精心指导下，我镇统战工作有序推进。现将有关情况总结如下：',
  '',
  '一、压实主体责任，织密工作网络',
  '',
  '镇党委3月专题研究统战工作1次，调整了统战工作领导小组；12个村各明确1名统战联络员。',
].join('\n');

let mock: OpenAIMock;
before(async () => {
  mock = await startOpenAIMock();
});
after(async () => {
  await mock.close();
});
beforeEach(() => {
  mock.requests.length = 0;
  // A behaviour a cancelled or stalled test left unused must not answer the next test.
  mock.clearQueue();
});

function client(overrides: Partial<ModelClientOptions> = {}) {
  return createModelClient({
    apiKey: API_KEY,
    baseURL: mock.url,
    model: 'mock-model',
    timeoutMs: 10_000,
    idleTimeoutMs: 5_000,
    maxRetries: 2,
    retryBaseMs: 5,
    retryMaxMs: 20,
    ...overrides,
  });
}

function recordingLogger() {
  const lines: { level: string; obj: object; msg?: string }[] = [];
  const logger: LogSink = {
    info: (obj, msg) => lines.push({ level: 'info', obj, msg }),
    warn: (obj, msg) => lines.push({ level: 'warn', obj, msg }),
  };
  return { logger, lines };
}

describe('streaming a draft', () => {
  test('a streamed draft arrives whole, and the preview sees it grow', async () => {
    mock.enqueue({ reply: DRAFT, chunkSize: 7 });
    const previews: string[] = [];
    const result = await makeDraft(material, {
      model: client(),
      onPreview: (t) => previews.push(t),
    });
    assert.equal(result.composer, 'model');
    assert.equal(result.text, DRAFT);
    assert.equal(result.notice, undefined);
    assert.ok(previews.length >= 10, `${previews.length} previews`);
    for (let i = 1; i < previews.length; i++) {
      assert.ok(previews[i]!.length >= previews[i - 1]!.length, 'the preview only grows');
    }
    assert.equal(previews.at(-1), DRAFT);
    assert.ok(result.check, 'the checker ran');
    assert.equal(mock.requests.length, 1);
    assert.equal(mock.requests[0]?.body.stream, true);
    assert.deepEqual(mock.requests[0]?.body.stream_options, { include_usage: true });
  });

  test('usage tokens are reported, cached tokens once the system prompt repeats', async () => {
    const model = client();
    const messages = [
      { role: 'system' as const, content: '系统提示'.repeat(50) },
      { role: 'user' as const, content: '材料' },
    ];
    mock.enqueue({ reply: '甲' }, { reply: '乙' });
    const first = await model.streamCompletion(messages);
    const second = await model.streamCompletion(messages);
    assert.ok(first.usage && first.usage.promptTokens > 0 && first.usage.completionTokens > 0);
    assert.equal(first.usage.cachedTokens, 0);
    assert.ok((second.usage?.cachedTokens ?? 0) > 0, 'the repeated prefix is reported cached');
  });

  test('markdown artefacts are stripped from the model text', async () => {
    mock.enqueue({
      reply: `\`\`\`text\n# ${material.title}\n\n**一、压实主体责任，织密工作网络**\n\n- 镇党委3月专题研究统战工作1次。\n\`\`\``,
    });
    const result = await makeDraft(material, { model: client() });
    assert.equal(
      result.text,
      `${material.title}\n\n一、压实主体责任，织密工作网络\n\n镇党委3月专题研究统战工作1次。`,
    );
  });
});

describe('retries', () => {
  test('two 500s then success: the draft, after 3 requests', async () => {
    mock.enqueue({ status: 500 }, { status: 503 }, { reply: DRAFT });
    const retries: number[] = [];
    const result = await makeDraft(material, {
      model: client(),
      onRetry: (i) => retries.push(i.retry),
    });
    assert.equal(result.composer, 'model');
    assert.equal(result.text, DRAFT);
    assert.equal(result.attempts, 3);
    assert.equal(mock.requests.length, 3);
    assert.deepEqual(retries, [1, 2]);
  });

  test('a 429 with retry-after is honoured', async () => {
    mock.enqueue({ status: 429, retryAfter: 0.3 }, { reply: '好的' });
    const result = await client({ retryBaseMs: 1 }).streamCompletion([
      { role: 'user', content: '你好' },
    ]);
    assert.equal(result.text, '好的');
    const [first, second] = mock.requests;
    assert.ok(first && second);
    const gap = second.at - first.at;
    assert.ok(gap >= 280, `waited ${gap} ms for a 300 ms retry-after`);
  });

  test('a retry-after beyond the cap ends the retries at once', async () => {
    mock.enqueue({ status: 429, retryAfter: 120 });
    await assert.rejects(
      client({ retryAfterCapMs: 1_000 }).streamCompletion([{ role: 'user', content: '你好' }]),
      (err: unknown) => err instanceof ModelError && err.status === 429,
    );
    assert.equal(mock.requests.length, 1);
  });

  test('retry budget exhausted: the offline draft with an honest notice', async () => {
    mock.enqueue({ status: 500 }, { status: 500 }, { status: 500 });
    const result = await makeDraft(material, { model: client({ maxRetries: 2 }) });
    assert.equal(mock.requests.length, 3);
    assert.equal(result.composer, 'offline');
    assert.equal(result.text, composeOffline(material));
    assert.equal(result.notice, noticeModelFailed(2));
    assert.match(result.notice ?? '', /已重试2次/);
  });

  test('a stream cut midway is retried and never returned as complete', async () => {
    mock.enqueue(
      { cutAfterChars: 20, reply: DRAFT },
      { cutAfterChars: 30, reply: DRAFT, mode: 'end' },
      { reply: DRAFT },
    );
    const result = await makeDraft(material, { model: client() });
    assert.equal(result.composer, 'model');
    assert.equal(result.text, DRAFT);
    assert.equal(mock.requests.length, 3);
  });

  test('a stream cut every time falls back offline, not to the partial text', async () => {
    mock.enqueue(
      { cutAfterChars: 40, reply: DRAFT, mode: 'end' },
      { cutAfterChars: 40, reply: DRAFT, mode: 'end' },
    );
    const result = await makeDraft(material, { model: client({ maxRetries: 1 }) });
    assert.equal(result.composer, 'offline');
    assert.equal(result.text, composeOffline(material));
    assert.equal(result.notice, noticeModelFailed(1));
  });

  test('a stall times out, is retried, then falls back', async () => {
    mock.enqueue({ stallMs: 5_000 }, { stallMs: 5_000, afterChars: 10 });
    const started = Date.now();
    const result = await makeDraft(material, {
      model: client({ timeoutMs: 300, idleTimeoutMs: 150, maxRetries: 1 }),
    });
    const elapsed = Date.now() - started;
    assert.equal(mock.requests.length, 2);
    assert.equal(result.composer, 'offline');
    assert.equal(result.notice, noticeModelFailed(1));
    assert.ok(elapsed < 1_500, `gave up after ${elapsed} ms`);
  });

  test('a provider that rejects stream_options is asked again without it', async () => {
    mock.enqueue(
      { status: 400, message: 'Unrecognized request argument supplied: stream_options' },
      { reply: '好的' },
    );
    const result = await client({ maxRetries: 0 }).streamCompletion([
      { role: 'user', content: '你好' },
    ]);
    assert.equal(result.text, '好的');
    assert.ok(mock.requests[0]?.body.stream_options);
    assert.equal(mock.requests[1]?.body.stream_options, undefined);
  });

  test('a 401 is not retried and its error never shows the key', async () => {
    mock.enqueue({ status: 401, message: `Incorrect API key provided: ${API_KEY}` });
    await assert.rejects(
      client().streamCompletion([{ role: 'user', content: '你好' }]),
      (err: unknown) =>
        err instanceof ModelError &&
        err.status === 401 &&
        !err.message.includes(API_KEY) &&
        !String(err.stack).includes(API_KEY),
    );
    assert.equal(mock.requests.length, 1);
  });

  test("the caller's cancel stops at once: no retry, no offline draft", async () => {
    mock.enqueue({ stallMs: 5_000 });
    const controller = new AbortController();
    // Cancel once the request is in the model's hands (a fixed 50 ms lost the race on a loaded
    // CI machine: nothing was sent yet, and the stalled reply was left for the next test).
    void (async () => {
      while (mock.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
      controller.abort();
    })();
    await assert.rejects(
      makeDraft(material, { model: client(), signal: controller.signal }),
      (err: unknown) => err instanceof ModelError && err.kind === 'aborted',
    );
    assert.equal(mock.requests.length, 1);
  });
});

describe('revisions and offline', () => {
  test('a revision sends the previous draft and the instruction, returns the new text', async () => {
    const revised = DRAFT.replace('有序推进', '扎实推进');
    mock.enqueue({ reply: revised });
    const instruction = '开头改成“扎实推进”';
    const result = await makeDraft(material, {
      model: client(),
      previous: { text: DRAFT, instruction },
    });
    assert.equal(result.composer, 'model');
    assert.equal(result.text, revised);
    assert.equal(result.unchanged, undefined);
    // The revision's request (a request an earlier, cancelled test still had in flight on a
    // loaded machine may be logged first).
    const messages =
      mock.requests.find((r) => r.body.messages.some((m) => m.role === 'assistant'))?.body
        .messages ?? [];
    assert.deepEqual(
      messages.map((m) => m.role),
      ['system', 'user', 'assistant', 'user'],
    );
    assert.equal(messages[2]?.content, DRAFT);
    assert.ok(messages[3]?.content.includes(instruction));
  });

  test('without a model: the offline draft and a one-line notice', async () => {
    const result = await makeDraft(material);
    assert.equal(result.composer, 'offline');
    assert.equal(result.text, composeOffline(material));
    assert.equal(result.notice, NOTICE_NO_MODEL);
    assert.equal(result.attempts, 0);
  });

  test('a revision without a model keeps the draft unchanged and says why', async () => {
    const result = await makeDraft(material, { previous: { text: DRAFT, instruction: '写短些' } });
    assert.equal(result.text, DRAFT);
    assert.equal(result.unchanged, true);
    assert.equal(result.notice, NOTICE_REVISE_NO_MODEL);
  });

  test('a revision whose model fails keeps the draft unchanged, not an offline rewrite', async () => {
    mock.enqueue({ status: 500 }, { status: 500 });
    const result = await makeDraft(material, {
      model: client({ maxRetries: 1 }),
      previous: { text: DRAFT, instruction: '写短些' },
    });
    assert.equal(result.text, DRAFT);
    assert.equal(result.unchanged, true);
    assert.match(result.notice ?? '', /已重试1次/);
  });

  test('the log has tokens and latency, never the text', async () => {
    mock.enqueue({ reply: DRAFT });
    const { logger, lines } = recordingLogger();
    await makeDraft(material, { model: client(), logger });
    const info = lines.find((l) => l.level === 'info');
    assert.ok(info, 'one info line per draft');
    assert.ok(
      'promptTokens' in info.obj && 'completionTokens' in info.obj && 'latencyMs' in info.obj,
    );
    const logged = JSON.stringify(lines);
    assert.ok(!logged.includes('镇党委3月专题研究'), 'no answer or draft text in logs');
    assert.ok(!logged.includes(API_KEY));
  });
});

describe('follow-up questions', () => {
  const fallback = '能补充一个具体数字或日期吗？';

  test('the model writes a short question', async () => {
    mock.enqueue({ reply: '讲座是哪天办的？' });
    const q = await makeFollowUpQuestion(material, 'study', { model: client(), fallback });
    assert.equal(q, '讲座是哪天办的？');
  });

  test('no model, a failing model or a rambling answer: the template question', async () => {
    assert.equal(await makeFollowUpQuestion(material, 'study', { fallback }), fallback);
    mock.enqueue({ status: 500 }, { status: 500 });
    assert.equal(
      await makeFollowUpQuestion(material, 'study', { model: client(), fallback }),
      fallback,
    );
    assert.equal(mock.requests.length, 2, 'one retry at most for a question');
    mock.enqueue({ reply: '好的，'.repeat(30) });
    assert.equal(
      await makeFollowUpQuestion(material, 'study', { model: client(), fallback }),
      fallback,
    );
  });
});

describe('the mock itself', () => {
  test('with nothing queued it answers a deterministic draft built from the material', async () => {
    const first = await makeDraft(material, { model: client() });
    const second = await makeDraft(material, { model: client() });
    assert.equal(first.composer, 'model');
    assert.equal(first.text, second.text);
    assert.ok(first.text.startsWith(`${material.title}\n`));
    assert.ok(first.text.includes('镇党委3月专题研究统战工作1次'));
    assert.deepEqual(first.check.untraced, [], 'nothing in it is invented');
  });

  test('it answers non-streaming requests and the /chat/completions route too', async () => {
    mock.enqueue({ reply: '非流式' });
    const base = mock.url.replace(/\/v1$/, '');
    const res = await fetch(`${base}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
      body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: '你好' }] }),
    });
    const body = (await res.json()) as {
      choices: { message: { content: string }; finish_reason: string }[];
      usage: { prompt_tokens: number };
    };
    assert.equal(body.choices[0]?.message.content, '非流式');
    assert.equal(body.choices[0]?.finish_reason, 'stop');
    assert.ok(body.usage.prompt_tokens > 0);
    assert.equal(mock.requests[0]?.path, '/chat/completions');
    assert.equal(mock.requests[0]?.authorized, true);
    assert.ok(!JSON.stringify(mock.requests).includes(API_KEY), 'the key is not recorded');
  });

  test('it records when each chunk was sent', async () => {
    mock.enqueue({ reply: '一二三四五六', chunkSize: 2, delayMs: 30 });
    await client().streamCompletion([{ role: 'user', content: '你好' }]);
    const times = mock.requests[0]?.chunkTimes ?? [];
    // role chunk + 3 content chunks + finish + usage + [DONE]
    assert.equal(times.length, 7);
    assert.ok((times[3] ?? 0) - (times[1] ?? 0) >= 50, 'content chunks were spaced by delayMs');
  });
});

describe('pure helpers', () => {
  test('stripMarkdown keeps plain 公文 text as it is', () => {
    const plain = `${material.title}\n\n一、标题\n\n（一）小标题\n\n1. 条目；一是……二是……`;
    assert.equal(stripMarkdown(plain), plain);
    assert.equal(
      stripMarkdown('## 二、加强学习\n\n**重点**工作\n\n\n\n---\n结尾'),
      '二、加强学习\n\n重点工作\n\n结尾',
    );
  });

  test('the streaming preview strips like stripMarkdown, chunk by chunk', () => {
    const raw = `\`\`\`\n# ${material.title}\n\n\n**一、加强领导**\n  - 镇党委研究1次。\r\n---\n二、凝聚共识\n\`\`\``;
    for (const size of [1, 2, 3, 7, 50]) {
      const stripper = new PreviewStripper();
      let preview = '';
      for (let i = 0; i < raw.length; i += size) preview = stripper.push(raw.slice(0, i + size));
      assert.equal(preview, stripMarkdown(raw), `chunks of ${size}`);
    }
  });

  test('ensureTitle puts the exact title first', () => {
    const t = material.title;
    assert.equal(ensureTitle(`以下是草稿：\n\n《${t}》\n\n正文`, t), `${t}\n\n正文`);
    assert.equal(ensureTitle('青禾镇上半年统战工作总结\n\n正文', t), `${t}\n\n正文`);
    assert.equal(ensureTitle('正文第一段。', t), `${t}\n\n正文第一段。`);
  });

  test('cleanQuestion accepts one short question only', () => {
    assert.equal(cleanQuestion('“追问：开了几次会？”'), '开了几次会？');
    assert.equal(cleanQuestion('开了几次会'), '开了几次会？');
    assert.equal(cleanQuestion('很'.repeat(41)), undefined);
  });

  test('backoff doubles with jitter and respects retry-after', () => {
    assert.equal(
      backoffMs(0, 100, 10_000, undefined, () => 0),
      50,
    );
    assert.equal(
      backoffMs(3, 100, 10_000, undefined, () => 1),
      800,
    );
    assert.equal(
      backoffMs(10, 100, 1_000, undefined, () => 1),
      1_000,
    );
    assert.equal(
      backoffMs(0, 100, 10_000, 2_000, () => 1),
      2_000,
    );
  });

  test('redactSecrets hides the key and key-shaped strings', () => {
    const out = redactSecrets(`bad key ${API_KEY}; Bearer abc.def; sk-live-abcdefgh123`, API_KEY);
    assert.ok(!out.includes(API_KEY) && !out.includes('abc.def') && !out.includes('abcdefgh123'));
  });
});
