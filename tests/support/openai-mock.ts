import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A loopback OpenAI-compatible server for tests and load runs: real HTTP on 127.0.0.1, port 0.
 *
 *   const mock = await startOpenAIMock();
 *   const model = createModelClient({ apiKey: 'sk-test-not-a-secret', baseURL: mock.url, … });
 *   mock.enqueue({ status: 500 }, { reply: '……' });   // next two requests, in order
 *   … mock.requests[0].body.messages …               // what was sent
 *   await mock.close();
 *
 * Routes: POST /v1/chat/completions and POST /chat/completions. `stream: true` gets SSE in the
 * OpenAI format (role delta, content deltas, a finish_reason chunk, a usage chunk when
 * stream_options.include_usage, then `data: [DONE]`); otherwise one JSON chat.completion.
 *
 * Each request takes the next queued behaviour; with the queue empty it gets the default reply:
 * a short well-formed draft built from the request's <material> block (title, an opening and
 * one section made of the first answer), a short question for a follow-up request, or the
 * current draft unchanged for a revision, the sentence itself for a walk's rewording. Deterministic, so tests can assert on it.
 *
 * Token counts are estimates (1 token per 1.5 characters). The mock imitates a prefix cache: a
 * system message it has seen before is reported as cached_tokens.
 */

export type MockBehaviour =
  /** A normal answer, streamed in chunks of `chunkSize` characters, `delayMs` apart. */
  | { reply: string; chunkSize?: number; delayMs?: number; finishReason?: string }
  /** An HTTP error with an OpenAI-style JSON body; retryAfter (seconds) sets the header. */
  | { status: number; retryAfter?: number; message?: string }
  /**
   * Streams `cutAfterChars` characters of `reply` (default: the default reply), then stops with
   * no finish_reason: `mode: 'destroy'` (default) resets the socket, `'end'` ends the response
   * cleanly without finish_reason and without [DONE].
   */
  | { cutAfterChars: number; reply?: string; mode?: 'destroy' | 'end' }
  /**
   * Sends nothing for `stallMs` (no headers), then drops the connection. With `afterChars`, the
   * headers and that many characters are sent first, then the stream goes silent.
   */
  | { stallMs: number; afterChars?: number };

/**
 * What one POST /audio/transcriptions gets: a transcript (after `delayMs`: a hanging provider),
 * an HTTP error, or a raw 200 body of any type (a proxy's HTML error page).
 */
export type TranscriptionBehaviour =
  | { text: string; delayMs?: number }
  | { status: number; message?: string }
  | { raw: string; contentType: string };

export interface TranscriptionRequest {
  /** The multipart body's size, the file name and the model field, as sent. */
  bytes: number;
  fileName?: string;
  model?: string;
  authorized: boolean;
}

export interface MockRequest {
  /** The route used (/v1/chat/completions or /chat/completions). */
  path: string;
  /** The parsed JSON body as sent by the client. */
  body: {
    model?: string;
    messages: { role: string; content: string }[];
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
    [key: string]: unknown;
  };
  /** Whether an Authorization header was present (its value is never recorded). */
  authorized: boolean;
  /** Date.now() when the request arrived. */
  at: number;
  /** Date.now() of every SSE chunk written (content and control chunks alike). */
  chunkTimes: number[];
  /** What the request was answered with. */
  behaviour: MockBehaviour | 'default';
}

export interface OpenAIMockOptions {
  /** Chunk size and pause for default replies (load tests make them slow on purpose). */
  chunkSize?: number;
  delayMs?: number;
  /** Replaces the default reply. */
  defaultReply?: (body: MockRequest['body']) => string;
}

export interface OpenAIMock {
  /** Base URL for the OpenAI SDK, ending in /v1. */
  url: string;
  requests: MockRequest[];
  enqueue(...behaviours: MockBehaviour[]): void;
  /** Drops behaviours no request took, so one test's leftovers never answer the next test. */
  clearQueue(): void;
  /** POST /audio/transcriptions calls, in order (default answer: "今年开展走访慰问3次。"). */
  transcriptions: TranscriptionRequest[];
  enqueueTranscription(...behaviours: TranscriptionBehaviour[]): void;
  /** Drops the transcription behaviours not yet used (back to the default transcript). */
  clearTranscriptions(): void;
  close(): Promise<void>;
}

export const DEFAULT_TRANSCRIPT = '今年开展走访慰问3次。';

const TOKENS_PER_CHAR = 1 / 1.5;

export async function startOpenAIMock(options: OpenAIMockOptions = {}): Promise<OpenAIMock> {
  const queue: MockBehaviour[] = [];
  const requests: MockRequest[] = [];
  const transcriptionQueue: TranscriptionBehaviour[] = [];
  const transcriptions: TranscriptionRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const seenSystems = new Set<string>();
  const defaultReply = options.defaultReply ?? defaultReplyFor;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method === 'POST' && /^(\/v1)?\/audio\/transcriptions$/.test(path)) {
      await transcribe(req, res);
      return;
    }
    if (
      req.method !== 'POST' ||
      (path !== '/v1/chat/completions' && path !== '/chat/completions')
    ) {
      sendJson(res, 404, {
        error: { message: `no route ${req.method} ${path}`, type: 'not_found' },
      });
      return;
    }
    let raw = '';
    for await (const chunk of req) raw += chunk;
    let body: MockRequest['body'];
    try {
      body = JSON.parse(raw);
    } catch {
      sendJson(res, 400, {
        error: { message: 'invalid JSON body', type: 'invalid_request_error' },
      });
      return;
    }
    const behaviour = queue.shift();
    const record: MockRequest = {
      path,
      body,
      authorized: typeof req.headers.authorization === 'string',
      at: Date.now(),
      chunkTimes: [],
      behaviour: behaviour ?? 'default',
    };
    requests.push(record);

    if (behaviour && 'status' in behaviour) {
      const headers: Record<string, string> = {};
      if (behaviour.retryAfter !== undefined) headers['retry-after'] = String(behaviour.retryAfter);
      const type = behaviour.status === 429 ? 'rate_limit_error' : 'server_error';
      const message = behaviour.message ?? `mock error ${behaviour.status}`;
      sendJson(res, behaviour.status, { error: { message, type, code: null } }, headers);
      return;
    }
    if (behaviour && 'stallMs' in behaviour && behaviour.afterChars === undefined) {
      await wait(behaviour.stallMs);
      res.destroy();
      return;
    }

    const reply =
      behaviour && 'reply' in behaviour && behaviour.reply !== undefined
        ? behaviour.reply
        : defaultReply(body);
    const usage = usageFor(body, reply, seenSystems);
    const id = `chatcmpl-mock-${requests.length}`;
    const created = Math.floor(Date.now() / 1000);
    const model = body.model ?? 'mock-model';

    if (!body.stream) {
      sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: reply },
            finish_reason: 'stop',
            logprobs: null,
          },
        ],
        usage,
      });
      return;
    }

    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    const send = (data: unknown) => {
      record.chunkTimes.push(Date.now());
      res.write(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
    };
    const chunk = (delta: object, finish: string | null = null) => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    });

    const isDefault = behaviour === undefined;
    const chunkSize =
      (behaviour && 'chunkSize' in behaviour ? behaviour.chunkSize : undefined) ??
      (isDefault ? options.chunkSize : undefined) ??
      8;
    const delayMs =
      (behaviour && 'delayMs' in behaviour ? behaviour.delayMs : undefined) ??
      (isDefault ? options.delayMs : undefined) ??
      0;
    const limit =
      behaviour && 'cutAfterChars' in behaviour
        ? behaviour.cutAfterChars
        : behaviour && 'stallMs' in behaviour
          ? (behaviour.afterChars ?? 0)
          : reply.length;

    send(chunk({ role: 'assistant', content: '' }));
    const chars = Array.from(reply.slice(0, limit));
    for (let i = 0; i < chars.length; i += Math.max(1, chunkSize)) {
      if (delayMs > 0) await wait(delayMs);
      if (res.destroyed) return;
      send(chunk({ content: chars.slice(i, i + chunkSize).join('') }));
    }

    if (behaviour && 'cutAfterChars' in behaviour) {
      if (behaviour.mode === 'end') res.end();
      else res.destroy();
      return;
    }
    if (behaviour && 'stallMs' in behaviour) {
      await wait(behaviour.stallMs);
      res.destroy();
      return;
    }
    const finish = (behaviour && 'finishReason' in behaviour && behaviour.finishReason) || 'stop';
    send(chunk({}, finish));
    if (body.stream_options?.include_usage) {
      send({ id, object: 'chat.completion.chunk', created, model, choices: [], usage });
    }
    send('[DONE]');
    res.end();
  }

  /** Multipart in, {"text": …} out; the file part's name and the model field are recorded. */
  async function transcribe(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('latin1');
    const rawName = /name="file"; filename="([^"]*)"/.exec(body)?.[1];
    const fileName =
      rawName === undefined ? undefined : Buffer.from(rawName, 'latin1').toString('utf8');
    const model = /name="model"\r\n\r\n([^\r]*)\r\n/.exec(body)?.[1];
    transcriptions.push({
      bytes: chunks.reduce((n, c) => n + c.length, 0),
      fileName,
      model,
      authorized: typeof req.headers.authorization === 'string',
    });
    const behaviour = transcriptionQueue.shift() ?? { text: DEFAULT_TRANSCRIPT };
    if ('status' in behaviour) {
      sendJson(res, behaviour.status, {
        error: {
          message: behaviour.message ?? `mock error ${behaviour.status}`,
          type: 'invalid_request_error',
        },
      });
      return;
    }
    if ('raw' in behaviour) {
      res.writeHead(200, { 'content-type': behaviour.contentType });
      res.end(behaviour.raw);
      return;
    }
    if (behaviour.delayMs) await wait(behaviour.delayMs);
    sendJson(res, 200, { text: behaviour.text });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...behaviours) => {
      queue.push(...behaviours);
    },
    clearQueue: () => {
      queue.length = 0;
    },
    transcriptions,
    enqueueTranscription: (...behaviours) => {
      transcriptionQueue.push(...behaviours);
    },
    clearTranscriptions: () => {
      transcriptionQueue.length = 0;
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function usageFor(body: MockRequest['body'], reply: string, seenSystems: Set<string>) {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const promptChars = messages.reduce((n, m) => n + String(m.content ?? '').length, 0);
  const system = messages.find((m) => m.role === 'system')?.content ?? '';
  const cached = system && seenSystems.has(system) ? Math.ceil(system.length * TOKENS_PER_CHAR) : 0;
  if (system) seenSystems.add(system);
  const prompt = Math.ceil(promptChars * TOKENS_PER_CHAR);
  const completion = Math.ceil(reply.length * TOKENS_PER_CHAR);
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: cached },
  };
}

/** The JSON inside the last <material>…</material> block of a message, if it parses. */
export function parseMaterialBlock(content: string): Record<string, unknown> | undefined {
  const match = /<material>\n?([\s\S]*?)\n?<\/material>/.exec(content);
  if (!match?.[1]) return undefined;
  try {
    return JSON.parse(match[1]);
  } catch {
    return undefined;
  }
}

/**
 * The default reply. Built only from the material's own words, so a checker finds nothing
 * untraceable in it and nothing left out: the title, an opening from the time phrase, then one
 * section per answered part with its answers as written. A repair request (a <problems> block)
 * gets the same faithful draft.
 */
export function defaultReplyFor(body: MockRequest['body']): string {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const last = messages[messages.length - 1];
  // A revision: the last user message carries a <request> block; return the current draft.
  if (last?.role === 'user' && last.content.includes('<request>')) {
    const draft = [...messages].reverse().find((m) => m.role === 'assistant');
    if (draft) return draft.content;
  }
  const firstUser = messages.find((m) => m.role === 'user');
  const data = firstUser ? parseMaterialBlock(firstUser.content) : undefined;
  if (!data) return '模拟回复。';
  if ('句子' in data) return sortingReplyFor(data);
  // A walk's one-sentence rewording (prompts/rewrite.md): the sentence as it came.
  if ('原句' in data) return String(data.原句);
  if (!('标题' in data)) return '能说一下具体开了几次会、大概多少人参加吗？';
  const title = String(data.标题 ?? '工作总结');
  const time = String(data.时间 ?? '');
  const sections = Array.isArray(data.各部分)
    ? (data.各部分 as { 建议标题?: string; 回答?: string[]; 追问?: { 答?: string } }[])
    : [];
  const answered = sections.filter((s) => Array.isArray(s.回答) && s.回答.length > 0);
  const lines = [title, '', `${time ? `${time}，` : ''}各项工作有序推进。现将有关情况总结如下：`];
  const ordinals = '一二三四五六七八九十';
  answered.forEach((s, i) => {
    const heading = `${ordinals[i] ?? String(i + 1)}、${s.建议标题 ?? '主要工作'}`;
    const body = [...(s.回答 ?? []).map(String), ...(s.追问?.答 ? [s.追问.答] : [])];
    lines.push('', heading, '', body.join('\n'));
  });
  return lines.join('\n');
}

/**
 * The default answer to a sorting request: each sentence goes to the part whose name shares the
 * most two-character words with it (none shared: part 0, not placed). Deterministic.
 */
export function sortingReplyFor(data: Record<string, unknown>): string {
  const parts = (Array.isArray(data.部分) ? data.部分 : []) as { 编号: number; 名称: string }[];
  const sentences = (Array.isArray(data.句子) ? data.句子 : []) as { 序号: number; 内容: string }[];
  const bigrams = (s: string) => {
    const chars = Array.from(s.replace(/[^\p{Script=Han}]/gu, ''));
    return new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]));
  };
  const assignments = sentences.map((s) => {
    const words = bigrams(s.内容);
    let best = 0;
    let score = 0;
    for (const p of parts) {
      const shared = [...bigrams(p.名称)].filter((w) => words.has(w)).length;
      if (shared > score) {
        score = shared;
        best = p.编号;
      }
    }
    return { sentence: s.序号, part: best };
  });
  return JSON.stringify({ assignments });
}
