/**
 * A small Bot API server for end-to-end tests, sitting in front of telegram-test-api.
 *
 * The bot under test talks to this proxy (`apiRoot`), never to telegram-test-api directly:
 *  - methods telegram-test-api implements (getMe, sendMessage, editMessageText,
 *    editMessageReplyMarkup, answerCallbackQuery, deleteMessage, set/deleteWebhook) are
 *    validated like the real Bot API would (strict mode), forwarded over HTTP to the emulator,
 *    and their results patched into realistic Message objects;
 *  - getUpdates is served here from the emulator's update store with real Telegram semantics:
 *    long-poll (held until an update arrives or `pollHoldMs`), `offset` confirmation, `limit`,
 *    redelivery of unconfirmed updates after a bot restart, 409 for a concurrent poller;
 *  - methods the emulator lacks (sendDocument & other media uploads, sendChatAction,
 *    sendMessageDraft, setMyCommands, getFile, editMessageCaption, …) are answered here and
 *    recorded (multipart uploads are parsed: file name and bytes are kept);
 *  - webhook mode: setWebhook is kept here (not forwarded) and updates are POSTed to the bot's
 *    webhook with the secret-token header, retried on failure; getUpdates then answers 409;
 *  - faults can be injected per method (`failNext`).
 *
 * telegram-test-api 4.2 quirks this works around: getUpdates ignores offset/timeout/limit and
 * marks updates read on fetch (lost on a bot crash); sendMessage results always say chat type
 * 'private' and give `date` in ms; edit results are `null`; editMessageText keeps the old
 * keyboard (real Telegram drops it when reply_markup is omitted); no multipart parsing; the
 * clean-up daemon deletes even unread updates after storeTimeout (60 s); port 0 means 9000;
 * callback_query updates lack chat_instance; user updates carry a `botToken` field.
 *
 * It also keeps a per-chat transcript of what the bot sent/edited/deleted, which the test
 * harness (tests/support/telegram.ts) uses for `waitFor`, `tap`, `messages`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';

// ---------------------------------------------------------------------------------------------
// Public types

/** A file uploaded by the bot (multipart/form-data part). */
export interface UploadedFile {
  /** multipart field name (grammY uses a random id and refers to it via attach://id) */
  field: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** One Bot API call made by the bot (getUpdates is not recorded). */
export interface RecordedCall {
  /** position in the global event sequence (shared with chat events; used by marks) */
  seq: number;
  method: string;
  /** numeric chat_id of the call, or the chat of the callback query for answerCallbackQuery */
  chatId?: number;
  /** request parameters (JSON / urlencoded / multipart fields); attach:// references are
   * replaced by the UploadedFile, e.g. `payload.document` for sendDocument */
  payload: Record<string, unknown>;
  /** all uploaded files of the request */
  files: UploadedFile[];
  /** first uploaded file (convenience) */
  file?: UploadedFile;
  /** Date.now() when the call completed */
  at: number;
  /** true if the method is not implemented by telegram-test-api and was answered by the proxy */
  emulated: boolean;
  ok: boolean;
  result?: unknown;
  errorCode?: number;
  description?: string;
  /** set when the response came from `failNext` */
  fault?: Fault;
}

export interface InlineButton {
  text: string;
  callback_data?: string;
  url?: string;
  [key: string]: unknown;
}

/** A bot message as the user currently sees it (or a snapshot of it in an event). */
export interface BotMessage {
  messageId: number;
  chatId: number;
  /** 'text' for sendMessage, otherwise the media field: 'document', 'photo', 'voice', … */
  kind: string;
  /** text (or caption) exactly as the bot sent it, markup included */
  text: string;
  /** text with HTML tags / Markdown markup removed and entities unescaped */
  plain: string;
  parseMode?: string;
  /** inline keyboard button texts, row by row */
  buttons: string[][];
  /** inline keyboard callback_data, row by row ('' for url/other buttons) */
  callbackData: string[][];
  inlineKeyboard: InlineButton[][];
  /** reply keyboard (ReplyKeyboardMarkup) button texts, if the message set one */
  keyboard?: string[][];
  /** the message carried reply_markup.remove_keyboard */
  removeKeyboard?: boolean;
  /** uploaded file (media messages sent with InputFile) */
  file?: UploadedFile;
  /** file_id of the media (also for media sent by file_id/URL) */
  fileId?: string;
  edited: boolean;
  editCount: number;
  deleted: boolean;
  sentAt: number;
  /** raw request payload of the last send/edit */
  payload: Record<string, unknown>;
}

export type ChatEventKind = 'send' | 'edit' | 'markup' | 'delete' | 'user';

export interface ChatEvent {
  seq: number;
  at: number;
  kind: ChatEventKind;
  chatId: number;
  /** snapshot of the bot message after this event (not for 'user') */
  message?: BotMessage;
  /** short description of a user action (kind 'user') */
  user?: string;
}

export interface Fault {
  /** HTTP status / Bot API error_code to answer with (e.g. 429, 502, 403, 400). If omitted,
   * only `delayMs` applies and the call then proceeds normally. */
  status?: number;
  /** for 429: parameters.retry_after in seconds (fractions work with @grammyjs/auto-retry) */
  retryAfter?: number;
  description?: string;
  /** wait this long before answering */
  delayMs?: number;
  /** destroy the connection instead of answering (grammY sees an HttpError) */
  dropConnection?: boolean;
  /** how many matching calls to fail (default 1) */
  times?: number;
  /** only fail calls for this chat */
  chatId?: number;
}

export type ApiResponse =
  | { ok: true; result: unknown; description?: string }
  | {
      ok: false;
      error_code: number;
      description: string;
      parameters?: { retry_after?: number; migrate_to_chat_id?: number };
    };

/** Custom answer for a method: return the `result`, or a full ApiResponse (`{ ok: … }`). */
export type MethodHandler = (
  payload: Record<string, unknown>,
  call: { method: string; chatId?: number; files: UploadedFile[] },
) => unknown | Promise<unknown>;

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  filePath: string;
  fileName?: string;
  mimeType?: string;
  bytes: Buffer;
}

export interface BotApiProxyOptions {
  token: string;
  emulator: TelegramServer;
  /** base URL of the emulator's HTTP server, e.g. http://127.0.0.1:1234 */
  emulatorUrl: string;
  /** max time an empty getUpdates is held (the bot's `timeout` caps it too). Default 100. */
  pollHoldMs?: number;
  /** validate requests like the real Bot API (length limits, parse_mode, keyboards, edits).
   * Default true. */
  strict?: boolean;
  /** getMe result (default from the emulator: id 666, username TestNameBot) */
  botInfo?: Record<string, unknown>;
  /** methods to answer with 404 "Not Found", as an older Bot API server would
   * (e.g. ['sendMessageDraft']) */
  unsupported?: string[];
}

/** One webhook POST made by the proxy (webhook mode). */
export interface WebhookDelivery {
  updateId: number;
  url: string;
  /** HTTP status of the bot's answer; 0 if the connection failed */
  status: number;
  attempt: number;
  at: number;
  error?: string;
}

// ---------------------------------------------------------------------------------------------
// Constants

/** methods forwarded to telegram-test-api */
const FORWARDED = new Set([
  'getMe',
  'sendMessage',
  'editMessageText',
  'editMessageReplyMarkup',
  'answerCallbackQuery',
  'deleteMessage',
  'deleteWebhook',
]);

const MEDIA_METHODS: Record<string, string> = {
  sendDocument: 'document',
  sendPhoto: 'photo',
  sendAudio: 'audio',
  sendVoice: 'voice',
  sendVideo: 'video',
  sendAnimation: 'animation',
  sendSticker: 'sticker',
  sendVideoNote: 'video_note',
};

const TRUE_METHODS = new Set([
  'sendMessageDraft',
  'setMyDescription',
  'setMyShortDescription',
  'setMyName',
  'setChatMenuButton',
  'setMyDefaultAdministratorRights',
  'setMessageReaction',
  'pinChatMessage',
  'unpinChatMessage',
  'unpinAllChatMessages',
  'leaveChat',
  'logOut',
  'close',
]);

const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

const INLINE_BUTTON_KINDS = [
  'callback_data',
  'url',
  'switch_inline_query',
  'switch_inline_query_current_chat',
  'switch_inline_query_chosen_chat',
  'login_url',
  'web_app',
  'callback_game',
  'pay',
  'copy_text',
];

const MIME_BY_EXT: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  pdf: 'application/pdf',
  txt: 'text/plain',
  md: 'text/markdown',
  json: 'application/json',
  zip: 'application/zip',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  mp3: 'audio/mpeg',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  mp4: 'video/mp4',
};

export function mimeFor(fileName: string | undefined): string {
  const ext = fileName?.split('.').pop()?.toLowerCase() ?? '';
  return MIME_BY_EXT[ext] ?? 'application/octet-stream';
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const err = (error_code: number, description: string): ApiResponse => ({
  ok: false,
  error_code,
  description,
});

function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v);
}

function randomId(n = 16): string {
  let s = '';
  while (s.length < n) s += Math.random().toString(36).slice(2);
  return s.slice(0, n);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON-decode form values that look like JSON objects/arrays (reply_markup, entities, …). */
function jsonish(v: string): unknown {
  const t = v.trim();
  if ((t.startsWith('{') && t.endsWith('}')) || (t.startsWith('[') && t.endsWith(']'))) {
    try {
      return JSON.parse(t);
    } catch {
      return v;
    }
  }
  return v;
}

interface MultipartPart {
  name: string;
  fileName?: string;
  contentType?: string;
  data: Buffer;
}

/** Parses multipart/form-data as sent by grammY (also tolerates the usual quoted variants). */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const parts: MultipartPart[] = [];
  const delim = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delim);
  while (pos !== -1) {
    let start = pos + delim.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break; // closing --boundary--
    if (body[start] === 0x0d && body[start + 1] === 0x0a) start += 2;
    const next = body.indexOf(delim, start);
    if (next === -1) break;
    let end = next;
    if (body[end - 2] === 0x0d && body[end - 1] === 0x0a) end -= 2;
    const part = body.subarray(start, end);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8').split('\r\n');
      const data = part.subarray(headerEnd + 4);
      let name = '';
      let fileName: string | undefined;
      let contentType: string | undefined;
      for (const line of headers) {
        const colon = line.indexOf(':');
        if (colon === -1) continue;
        const key = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        if (key === 'content-disposition') {
          name = /(?:^|;)\s*name="([^"]*)"/i.exec(value)?.[1] ?? '';
          const fn = /;\s*filename=(?:"([^"]*)"|(.*))$/i.exec(value);
          if (fn) fileName = (fn[1] ?? fn[2] ?? '').trim();
        } else if (key === 'content-type') {
          contentType = value;
        }
      }
      parts.push({ name, fileName, contentType, data: Buffer.from(data) });
    }
    pos = next;
  }
  return parts;
}

function parseRequest(
  contentType: string,
  body: Buffer,
  query: URLSearchParams,
): { payload: Record<string, unknown>; files: UploadedFile[] } {
  const payload: Record<string, unknown> = {};
  const files: UploadedFile[] = [];
  for (const [k, v] of query) payload[k] = jsonish(v);
  const ct = contentType.toLowerCase();
  if (body.length === 0) return { payload, files };
  if (ct.includes('application/json')) {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (isRecord(parsed)) Object.assign(payload, parsed);
  } else if (ct.includes('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) payload[k] = jsonish(v);
  } else if (ct.includes('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
    const b = boundary?.[1] ?? boundary?.[2];
    if (!b) throw new Error('multipart/form-data without boundary');
    const byField = new Map<string, UploadedFile>();
    for (const part of parseMultipart(body, b.trim())) {
      if (part.fileName !== undefined) {
        const f: UploadedFile = {
          field: part.name,
          fileName: part.fileName,
          contentType: part.contentType ?? 'application/octet-stream',
          bytes: part.data,
        };
        files.push(f);
        byField.set(part.name, f);
      } else {
        payload[part.name] = jsonish(part.data.toString('utf8'));
      }
    }
    const resolve = (v: unknown): unknown => {
      if (typeof v === 'string' && v.startsWith('attach://')) return byField.get(v.slice(9)) ?? v;
      if (Array.isArray(v)) return v.map(resolve);
      if (isRecord(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
      return v;
    };
    for (const [k, v] of Object.entries(payload)) payload[k] = resolve(v);
    // a file part referenced by its own field name (non-grammY clients)
    for (const f of files) if (!(f.field in payload)) payload[f.field] = f;
  } else {
    // unknown content type: try JSON
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      if (isRecord(parsed)) Object.assign(payload, parsed);
    } catch {
      /* ignore */
    }
  }
  return { payload, files };
}

// ---------------------------------------------------------------------------------------------
// Formatting: plain text and strict validation

const HTML_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'a',
  'code',
  'pre',
  'blockquote',
  'tg-emoji',
]);

function unescapeHtml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export function plainText(text: string, parseMode: string | undefined): string {
  const mode = parseMode?.toLowerCase();
  if (mode === 'html') return unescapeHtml(text.replace(/<\/?[a-z][\w-]*(?:\s[^>]*)?>/gi, ''));
  if (mode === 'markdownv2') {
    return text
      .replace(/\[([^\]]*)\]\((?:\\.|[^)])*\)/g, '$1')
      .replace(/\\(.)|[*_~|`]/g, (_m, esc: string | undefined) => esc ?? '');
  }
  if (mode === 'markdown') {
    return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '');
  }
  return text;
}

function byteOffset(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), 'utf8');
}

/** Returns an error description like the Bot API's "can't parse entities", or undefined. */
export function checkMarkup(text: string, parseMode: string | undefined): string | undefined {
  const mode = parseMode?.toLowerCase();
  if (!mode) return undefined;
  const fail = (msg: string) => `Bad Request: can't parse entities: ${msg}`;
  if (mode === 'html') {
    const stack: string[] = [];
    let i = text.indexOf('<');
    while (i !== -1) {
      const m = /^<(\/?)([a-zA-Z][\w-]*)((?:\s[^<>]*)?)>/.exec(text.slice(i));
      if (!m) {
        const name = /^<\/?([^\s>]*)/.exec(text.slice(i))?.[1] ?? '';
        return fail(`Unsupported start tag "${name}" at byte offset ${byteOffset(text, i)}`);
      }
      const closing = m[1] === '/';
      const name = (m[2] ?? '').toLowerCase();
      if (!HTML_TAGS.has(name)) {
        return fail(
          `Unsupported ${closing ? 'end' : 'start'} tag "${name}" at byte offset ${byteOffset(text, i)}`,
        );
      }
      if (closing) {
        const top = stack.pop();
        if (top !== name) {
          return fail(
            `Unmatched end tag at byte offset ${byteOffset(text, i)}, expected "</${top ?? ''}>", found "</${name}>"`,
          );
        }
      } else {
        stack.push(name);
      }
      i = text.indexOf('<', i + m[0].length);
    }
    if (stack.length > 0) {
      return fail(`Can't find end tag corresponding to start tag "${stack[stack.length - 1]}"`);
    }
    return undefined;
  }
  if (mode === 'markdownv2') {
    const counts: Record<string, number> = { '*': 0, _: 0, '~': 0, '|': 0 };
    let inCode = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i] ?? '';
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '`') {
        if (text.startsWith('```', i)) i += 2;
        inCode = !inCode;
        continue;
      }
      if (inCode) continue;
      if (c === '[') {
        const link = /^\[(?:\\.|[^\]\\])*\]\((?:\\.|[^)\\])*\)/.exec(text.slice(i));
        if (link) {
          i += link[0].length - 1;
          continue;
        }
      }
      if (c === '>' && (i === 0 || text[i - 1] === '\n')) continue; // block quotation
      if ('#+-={}.!()[]>'.includes(c)) {
        return fail(`Character '${c}' is reserved and must be escaped with the preceding '\\'`);
      }
      if (c in counts) counts[c] = (counts[c] ?? 0) + 1;
    }
    if (inCode) return fail(`Can't find end of Code entity`);
    for (const [c, n] of Object.entries(counts)) {
      if (n % 2 !== 0) return fail(`Can't find end of the entity starting with '${c}'`);
    }
    return undefined;
  }
  if (mode === 'markdown') {
    for (const c of ['*', '_', '`']) {
      const n = text.split(c).length - 1;
      if (n % 2 !== 0) {
        return fail(
          `Can't find end of the entity starting at byte offset ${byteOffset(text, text.indexOf(c))}`,
        );
      }
    }
  }
  return undefined;
}

function checkReplyMarkup(rm: unknown): string | undefined {
  if (rm === undefined || rm === null) return undefined;
  if (!isRecord(rm)) return 'Bad Request: object expected as reply markup';
  if ('inline_keyboard' in rm) {
    const kb = rm.inline_keyboard;
    if (!Array.isArray(kb)) {
      return 'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup should be an Array';
    }
    for (const row of kb) {
      if (!Array.isArray(row)) {
        return 'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays';
      }
      for (const btn of row) {
        if (!isRecord(btn) || typeof btn.text !== 'string') {
          return `Bad Request: can't parse inline keyboard button: Field "text" must be of type String`;
        }
        if (btn.text === '') return 'Bad Request: text must be non-empty';
        if (!INLINE_BUTTON_KINDS.some((k) => k in btn)) {
          return `Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard`;
        }
        if ('callback_data' in btn) {
          const d = btn.callback_data;
          if (typeof d !== 'string' || d.length === 0 || Buffer.byteLength(d, 'utf8') > 64) {
            return 'Bad Request: BUTTON_DATA_INVALID';
          }
        }
      }
    }
  }
  return undefined;
}

function inlineKeyboardOf(rm: unknown): InlineButton[][] {
  if (!isRecord(rm) || !Array.isArray(rm.inline_keyboard)) return [];
  return (rm.inline_keyboard as unknown[]).map((row) =>
    Array.isArray(row) ? (row.filter(isRecord) as InlineButton[]) : [],
  );
}

function replyKeyboardOf(rm: unknown): string[][] | undefined {
  if (!isRecord(rm) || !Array.isArray(rm.keyboard)) return undefined;
  return (rm.keyboard as unknown[]).map((row) =>
    Array.isArray(row)
      ? row.map((b) => (typeof b === 'string' ? b : isRecord(b) ? String(b.text ?? '') : ''))
      : [],
  );
}

// ---------------------------------------------------------------------------------------------
// The proxy

const deferredEffects = new AsyncLocalStorage<(() => void)[]>();

interface Poller {
  finish(body: ApiResponse): void;
  wake(): void;
}

interface ChatLog {
  messages: Map<number, BotMessage>;
  order: number[];
  events: ChatEvent[];
}

type Update = Record<string, unknown> & { update_id: number };

export class BotApiProxy extends EventEmitter {
  readonly token: string;
  readonly strict: boolean;
  readonly pollHoldMs: number;
  apiRoot = '';
  /** every Bot API call except getUpdates, in completion order */
  readonly calls: RecordedCall[] = [];
  /** calls to methods telegram-test-api does not implement (answered by the proxy) */
  readonly recorded: RecordedCall[] = [];
  /** number of getUpdates requests received */
  pollCount = 0;
  /** global sequence number of the last chat event / recorded call */
  seq = 0;

  private readonly emulator: TelegramServer;
  private readonly emulatorUrl: URL;
  private readonly agent = new http.Agent({ keepAlive: true });
  private server?: http.Server;
  private closed = false;
  private buffer: Update[] = [];
  private readonly pollers = new Set<Poller>();
  private readonly chats = new Map<number, Record<string, unknown>>();
  private readonly logs = new Map<number, ChatLog>();
  private readonly callbackChats = new Map<string, number>();
  private readonly answeredCallbacks = new Set<string>();
  private readonly faults = new Map<string, Fault[]>();
  private readonly overrides = new Map<string, MethodHandler>();
  private readonly files = new Map<string, StoredFile>();
  private readonly filesByPath = new Map<string, StoredFile>();
  private commands: unknown = [];
  private readonly unsupported: Set<string>;
  /** webhook mode: set by setWebhook, cleared by deleteWebhook */
  webhook?: { url: string; secretToken?: string; maxConnections: number };
  /** webhook POSTs made so far */
  readonly deliveries: WebhookDelivery[] = [];
  private readonly deliveringChats = new Set<string>();
  private readonly deliveringUpdates = new Set<number>();
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private botInfo?: Record<string, unknown>;
  private fileCounter = 0;
  private readonly onUserUpdate = () => {
    for (const p of [...this.pollers]) p.wake();
    this.pump();
  };

  constructor(opts: BotApiProxyOptions) {
    super();
    this.setMaxListeners(0);
    this.token = opts.token;
    this.emulator = opts.emulator;
    this.emulatorUrl = new URL(opts.emulatorUrl);
    this.strict = opts.strict ?? true;
    this.pollHoldMs = opts.pollHoldMs ?? 100;
    this.botInfo = opts.botInfo;
    this.unsupported = new Set(opts.unsupported ?? []);
    for (const ev of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) {
      this.emulator.on(ev, this.onUserUpdate);
    }
  }

  async listen(): Promise<string> {
    const server = http.createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        if (!res.headersSent) {
          this.send(res, err(500, `Internal Server Error: test proxy: ${String(e)}`));
        }
      });
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.apiRoot = `http://127.0.0.1:${port}`;
    return this.apiRoot;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const ev of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) {
      this.emulator.off(ev, this.onUserUpdate);
    }
    for (const p of [...this.pollers]) p.finish({ ok: true, result: [] });
    for (const t of this.retryTimers) clearTimeout(t);
    this.retryTimers.clear();
    const server = this.server;
    if (server) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setImmediate(() => server.closeAllConnections());
      });
    }
    this.agent.destroy();
    this.emit('change');
  }

  // ----- configuration / test-side API --------------------------------------------------------

  registerChat(chat: Record<string, unknown>): void {
    const id = num(chat.id);
    if (id !== undefined) this.chats.set(id, chat);
  }

  chatObject(chatId: number): Record<string, unknown> {
    return this.chats.get(chatId) ?? { id: chatId, type: chatId < 0 ? 'group' : 'private' };
  }

  failNext(method: string, fault: Fault): void {
    const list = this.faults.get(method) ?? [];
    list.push({ ...fault, times: fault.times ?? 1 });
    this.faults.set(method, list);
  }

  respond(method: string, handler: MethodHandler | undefined): void {
    if (handler) this.overrides.set(method, handler);
    else this.overrides.delete(method);
  }

  addFile(
    bytes: Buffer,
    opts: { fileName?: string; mimeType?: string; kind?: string } = {},
  ): StoredFile {
    const n = ++this.fileCounter;
    const kind = opts.kind ?? 'document';
    const ext = opts.fileName?.includes('.') ? `.${opts.fileName.split('.').pop()}` : '';
    const f: StoredFile = {
      fileId: `${kind.toUpperCase()}-${n}-${randomId(24)}`,
      fileUniqueId: `U${n}${randomId(8)}`,
      filePath: `${kind}s/file_${n}${ext}`,
      fileName: opts.fileName,
      mimeType: opts.mimeType ?? (opts.fileName ? mimeFor(opts.fileName) : undefined),
      bytes,
    };
    this.files.set(f.fileId, f);
    this.filesByPath.set(f.filePath, f);
    return f;
  }

  getFile(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  /** Adds a 'user' event to a chat's transcript (for debugging output and ordering). */
  noteUser(chatId: number, description: string): void {
    this.addEvent({ kind: 'user', chatId, user: description });
  }

  events(chatId: number): readonly ChatEvent[] {
    return this.logs.get(chatId)?.events ?? [];
  }

  /** Current state of every bot message of a chat, in send order (deleted ones flagged). */
  messages(chatId: number): BotMessage[] {
    const log = this.logs.get(chatId);
    if (!log) return [];
    return log.order.map((id) => log.messages.get(id)).filter((m): m is BotMessage => !!m);
  }

  message(chatId: number, messageId: number): BotMessage | undefined {
    return this.logs.get(chatId)?.messages.get(messageId);
  }

  /** Calls with seq > `seq` (binary search: cheap for many concurrent waiters). */
  callsSince(seq: number): RecordedCall[] {
    return this.calls.slice(firstAfter(this.calls, seq));
  }

  /** Events of a chat with seq > `seq`. */
  eventsSince(chatId: number, seq: number): ChatEvent[] {
    const events = this.logs.get(chatId)?.events ?? [];
    return events.slice(firstAfter(events, seq));
  }

  /** Updates produced by users and not yet confirmed by the bot (getUpdates offset). */
  pendingUpdates(): number {
    return this.buffer.length + this.emulator.storage.userMessages.filter((u) => !u.isRead).length;
  }

  /** Builds the Telegram Message object for a transcript message (as the bot API returns it). */
  toTelegramMessage(m: BotMessage): Record<string, unknown> {
    const msg: Record<string, unknown> = {
      message_id: m.messageId,
      from: this.botUser(),
      chat: this.chatObject(m.chatId),
      date: Math.floor(m.sentAt / 1000),
    };
    if (m.edited) msg.edit_date = Math.floor(Date.now() / 1000);
    if (m.kind === 'text') msg.text = m.plain;
    else {
      if (m.plain) msg.caption = m.plain;
      msg[m.kind] = this.mediaObject(m.kind, m.fileId ?? '', m.file);
    }
    if (m.inlineKeyboard.length > 0) msg.reply_markup = { inline_keyboard: m.inlineKeyboard };
    return msg;
  }

  // ----- HTTP handling ------------------------------------------------------------------------

  private send(res: http.ServerResponse, body: ApiResponse): void {
    if (res.headersSent || res.destroyed) return;
    const json = JSON.stringify(body);
    res.writeHead(body.ok ? 200 : body.error_code, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const fileRoute = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (fileRoute) {
      await readBody(req);
      const f = this.filesByPath.get(decodeURIComponent(fileRoute[2] ?? ''));
      if (fileRoute[1] !== this.token || !f) {
        this.send(res, err(404, 'Not Found'));
        return;
      }
      res.writeHead(200, {
        'content-type': f.mimeType ?? 'application/octet-stream',
        'content-length': f.bytes.length,
      });
      res.end(f.bytes);
      return;
    }
    const route = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const body = await readBody(req);
    if (!route) {
      this.send(res, err(404, 'Not Found'));
      return;
    }
    const token = route[1] ?? '';
    const method = route[2] ?? '';
    if (token !== this.token) {
      this.send(res, err(401, 'Unauthorized'));
      return;
    }
    let parsed: { payload: Record<string, unknown>; files: UploadedFile[] };
    try {
      parsed = parseRequest(String(req.headers['content-type'] ?? ''), body, url.searchParams);
    } catch (e) {
      this.send(res, err(400, `Bad Request: can't parse request: ${String(e)}`));
      return;
    }
    const { payload, files } = parsed;
    let chatId = num(payload.chat_id);
    if (method === 'answerCallbackQuery') {
      chatId = this.callbackChats.get(String(payload.callback_query_id ?? ''));
    }

    const fault = this.takeFault(method, chatId);
    if (fault) {
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault.dropConnection) {
        this.record(method, chatId, payload, files, err(0, 'connection dropped'), fault);
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) {
        const response = faultResponse(fault);
        if (method !== 'getUpdates') this.record(method, chatId, payload, files, response, fault);
        this.send(res, response);
        return;
      }
    }

    if (method === 'getUpdates') {
      await this.getUpdates(payload, res);
      return;
    }

    let response: ApiResponse;
    const override = this.overrides.get(method);
    if (this.unsupported.has(method) && !override) {
      response = err(404, 'Not Found');
    } else if (override) {
      const out = await override(payload, { method, chatId, files });
      response =
        isRecord(out) && typeof out.ok === 'boolean'
          ? (out as ApiResponse)
          : { ok: true, result: out === undefined ? true : out };
    } else {
      // transcript changes are applied after the call is recorded, so that anyone woken by a
      // transcript event already sees the call in `calls`
      const effects: (() => void)[] = [];
      response = await deferredEffects.run(effects, () => this.dispatch(method, payload, chatId));
      this.record(method, chatId, payload, files, response);
      for (const apply of effects) apply();
      this.send(res, response);
      return;
    }
    this.record(method, chatId, payload, files, response);
    this.send(res, response);
  }

  private takeFault(method: string, chatId: number | undefined): Fault | undefined {
    const list = this.faults.get(method);
    if (!list) return undefined;
    const i = list.findIndex((f) => f.chatId === undefined || f.chatId === chatId);
    if (i === -1) return undefined;
    const f = list[i]!;
    f.times = (f.times ?? 1) - 1;
    if (f.times <= 0) list.splice(i, 1);
    return f;
  }

  private record(
    method: string,
    chatId: number | undefined,
    payload: Record<string, unknown>,
    files: UploadedFile[],
    response: ApiResponse,
    fault?: Fault,
  ): void {
    const emulated = !FORWARDED.has(method);
    const call: RecordedCall = {
      seq: ++this.seq,
      method,
      chatId,
      payload,
      files,
      file: files[0],
      at: Date.now(),
      emulated,
      ok: response.ok,
      ...(response.ok
        ? { result: response.result }
        : { errorCode: response.error_code, description: response.description }),
      ...(fault ? { fault } : {}),
    };
    this.calls.push(call);
    if (emulated) this.recorded.push(call);
    this.emit('change');
  }

  // ----- getUpdates ---------------------------------------------------------------------------

  /** Moves new user updates from the emulator into our buffer (emulator marks them read). */
  private pull(): void {
    const fresh = this.emulator.getUpdates(this.token) as unknown as Update[];
    for (const u of fresh) {
      const message = u.message;
      if (isRecord(message)) delete message.botToken;
      const cq = u.callback_query;
      if (isRecord(cq)) {
        const chat = isRecord(cq.message) && isRecord(cq.message.chat) ? cq.message.chat : {};
        const chatId = num(chat.id);
        if (chatId !== undefined) {
          this.callbackChats.set(String(cq.id), chatId);
          cq.chat_instance ??= String(chatId);
        }
      }
      this.buffer.push(u);
    }
    // read updates are never needed again; keep the emulator's array short (50-user tests)
    if (fresh.length > 0) {
      this.emulator.storage.userMessages = this.emulator.storage.userMessages.filter(
        (u) => !u.isRead || !('callbackQuery' in u),
      );
    }
  }

  private async getUpdates(
    payload: Record<string, unknown>,
    res: http.ServerResponse,
  ): Promise<void> {
    this.pollCount++;
    this.emit('poll');
    const offset = num(payload.offset) ?? 0;
    const limit = Math.min(100, Math.max(1, num(payload.limit) ?? 100));
    const timeoutMs = Math.max(0, (num(payload.timeout) ?? 0) * 1000);
    if (this.webhook) {
      this.send(
        res,
        err(
          409,
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        ),
      );
      return;
    }
    if (offset > 0) this.buffer = this.buffer.filter((u) => u.update_id >= offset);
    // Telegram answers an older pending getUpdates with 409 when a new one arrives
    for (const p of [...this.pollers]) {
      p.finish(
        err(
          409,
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        ),
      );
    }
    this.pull();
    const ready = (): ApiResponse => ({ ok: true, result: this.buffer.slice(0, limit) });
    if (this.buffer.length > 0 || timeoutMs === 0 || this.closed) {
      this.send(res, ready());
      return;
    }
    await new Promise<void>((resolve) => {
      let done = false;
      const finish = (body: ApiResponse) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.pollers.delete(poller);
        res.off('close', onClose);
        this.send(res, body);
        resolve();
      };
      const onClose = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.pollers.delete(poller);
        resolve();
      };
      const poller: Poller = {
        finish,
        wake: () => {
          this.pull();
          if (this.buffer.length > 0) finish(ready());
        },
      };
      const timer = setTimeout(() => finish(ready()), Math.min(timeoutMs, this.pollHoldMs));
      this.pollers.add(poller);
      res.on('close', onClose);
    });
  }

  // ----- webhook delivery -------------------------------------------------------------------

  /**
   * Webhook mode: POSTs buffered updates to the webhook, at most `max_connections` at once and
   * one at a time per chat (in order); a non-2xx answer or a connection error is retried with
   * a short backoff (50 ms doubling, max 1 s) until it succeeds or the webhook is deleted.
   */
  private pump(): void {
    const hook = this.webhook;
    if (!hook || this.closed) return;
    this.pull();
    for (const u of this.buffer) {
      if (this.deliveringUpdates.size >= hook.maxConnections) break;
      if (this.deliveringUpdates.has(u.update_id)) continue;
      const key = chatKeyOf(u);
      if (this.deliveringChats.has(key)) continue;
      this.deliveringChats.add(key);
      this.deliveringUpdates.add(u.update_id);
      void this.deliver(u, key, 1);
    }
  }

  private async deliver(u: Update, key: string, attempt: number): Promise<void> {
    const hook = this.webhook;
    const done = () => {
      this.deliveringChats.delete(key);
      this.deliveringUpdates.delete(u.update_id);
    };
    if (!hook || this.closed) {
      done();
      return;
    }
    const { status, error } = await this.post(hook, u);
    this.deliveries.push({
      updateId: u.update_id,
      url: hook.url,
      status,
      attempt,
      at: Date.now(),
      error,
    });
    if (status >= 200 && status < 300) {
      this.buffer = this.buffer.filter((x) => x.update_id !== u.update_id);
      done();
      this.emit('change');
      this.pump();
      return;
    }
    this.emit('change');
    const timer = setTimeout(
      () => {
        this.retryTimers.delete(timer);
        if (!this.webhook || this.closed) {
          done();
          return;
        }
        void this.deliver(u, key, attempt + 1);
      },
      Math.min(1000, 50 * 2 ** (attempt - 1)),
    );
    this.retryTimers.add(timer);
  }

  private post(
    hook: { url: string; secretToken?: string },
    u: Update,
  ): Promise<{ status: number; error?: string }> {
    const body = JSON.stringify(u);
    const url = new URL(hook.url);
    return new Promise((resolve) => {
      const headers: Record<string, string | number> = {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      };
      if (hook.secretToken) headers['x-telegram-bot-api-secret-token'] = hook.secretToken;
      const req = http.request(
        {
          host: url.hostname,
          port: url.port || 80,
          path: `${url.pathname}${url.search}`,
          method: 'POST',
          agent: this.agent,
          headers,
          timeout: 60_000,
        },
        (res) => {
          readBody(res).then(
            () => resolve({ status: res.statusCode ?? 0 }),
            (e: unknown) => resolve({ status: 0, error: String(e) }),
          );
        },
      );
      req.on('timeout', () => req.destroy(new Error('webhook timeout')));
      req.on('error', (e) => resolve({ status: 0, error: String(e) }));
      req.end(body);
    });
  }

  // ----- dispatch -----------------------------------------------------------------------------

  private async forward(method: string, payload: Record<string, unknown>): Promise<ApiResponse> {
    const body = JSON.stringify(payload);
    return new Promise<ApiResponse>((resolve) => {
      const req = http.request(
        {
          host: this.emulatorUrl.hostname,
          port: this.emulatorUrl.port,
          path: `/bot${this.token}/${method}`,
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          readBody(res).then(
            (buf) => {
              try {
                const data: unknown = JSON.parse(buf.toString('utf8'));
                if (isRecord(data) && typeof data.ok === 'boolean') {
                  resolve(data as ApiResponse);
                  return;
                }
                const message = isRecord(data) ? String(data.message ?? '') : '';
                resolve(err(res.statusCode ?? 500, `telegram-test-api: ${message}`));
              } catch (e) {
                resolve(err(500, `telegram-test-api: bad response: ${String(e)}`));
              }
            },
            (e: unknown) => resolve(err(500, `telegram-test-api: ${String(e)}`)),
          );
        },
      );
      req.on('error', (e) => resolve(err(500, `telegram-test-api unreachable: ${String(e)}`)));
      req.end(body);
    });
  }

  private botUser(): Record<string, unknown> {
    return {
      id: num(this.botInfo?.id) ?? 666,
      is_bot: true,
      first_name: str(this.botInfo?.first_name) ?? 'Test First name',
      username: str(this.botInfo?.username) ?? 'TestNameBot',
    };
  }

  private async dispatch(
    method: string,
    payload: Record<string, unknown>,
    chatId: number | undefined,
  ): Promise<ApiResponse> {
    switch (method) {
      case 'getMe': {
        if (this.botInfo) return { ok: true, result: { is_bot: true, ...this.botInfo } };
        const r = await this.forward(method, payload);
        if (!r.ok || !isRecord(r.result)) return r;
        return {
          ok: true,
          result: {
            ...r.result,
            is_bot: true,
            can_join_groups: true,
            can_read_all_group_messages: false,
            supports_inline_queries: false,
          },
        };
      }
      case 'sendMessage':
        return this.sendMessage(payload, chatId);
      case 'editMessageText':
      case 'editMessageCaption':
      case 'editMessageReplyMarkup':
        return this.editMessage(method, payload, chatId);
      case 'answerCallbackQuery': {
        const id = String(payload.callback_query_id ?? '');
        if (this.strict) {
          if (!this.callbackChats.has(id) || this.answeredCallbacks.has(id)) {
            return err(
              400,
              'Bad Request: query is too old and response timeout expired or query ID is invalid',
            );
          }
          const text = str(payload.text) ?? '';
          if (text.length > 200) return err(400, 'Bad Request: MESSAGE_TOO_LONG');
        }
        this.answeredCallbacks.add(id);
        const r = await this.forward(method, payload);
        return r.ok ? { ok: true, result: true } : r;
      }
      case 'deleteMessage': {
        const messageId = num(payload.message_id);
        if (chatId === undefined || messageId === undefined) {
          return err(400, 'Bad Request: message identifier is not specified');
        }
        const m = this.message(chatId, messageId);
        if (m && !m.deleted) {
          this.emulator.deleteMessage(chatId, messageId); // keep emulator storage in sync
          this.updateMessage({ ...m, deleted: true }, 'delete');
          return { ok: true, result: true };
        }
        const r = await this.forward(method, payload); // user messages live in the emulator
        return r.ok
          ? { ok: true, result: true }
          : err(400, 'Bad Request: message to delete not found');
      }
      case 'deleteWebhook': {
        this.webhook = undefined;
        if (payload.drop_pending_updates === true || payload.drop_pending_updates === 'true') {
          this.pull();
          this.buffer = this.buffer.filter((u) => this.deliveringUpdates.has(u.update_id));
        }
        const r = await this.forward(method, payload);
        return r.ok ? { ok: true, result: true, description: 'Webhook was deleted' } : r;
      }
      case 'setWebhook': {
        // Not forwarded: the emulator would POST updates itself (without the secret header)
        // and bypass our buffer. The proxy delivers them instead (see pump()).
        const url = str(payload.url) ?? '';
        if (url === '') {
          this.webhook = undefined;
          return { ok: true, result: true, description: 'Webhook was deleted' };
        }
        if (!/^https?:\/\//.test(url)) return err(400, 'Bad Request: bad webhook: invalid URL');
        if (payload.drop_pending_updates === true || payload.drop_pending_updates === 'true') {
          this.pull();
          this.buffer = [];
        }
        this.webhook = {
          url,
          secretToken: str(payload.secret_token),
          maxConnections: Math.max(1, Math.min(100, num(payload.max_connections) ?? 40)),
        };
        setImmediate(() => this.pump());
        return { ok: true, result: true, description: 'Webhook was set' };
      }
      case 'getWebhookInfo': {
        const last = [...this.deliveries].reverse().find((d) => d.status < 200 || d.status > 299);
        return {
          ok: true,
          result: {
            url: this.webhook?.url ?? '',
            has_custom_certificate: false,
            pending_update_count: this.pendingUpdates(),
            max_connections: this.webhook?.maxConnections,
            ...(last
              ? {
                  last_error_date: Math.floor(last.at / 1000),
                  last_error_message:
                    last.error ?? `Wrong response from the webhook: ${last.status}`,
                }
              : {}),
          },
        };
      }
      case 'sendChatAction': {
        if (this.strict && !CHAT_ACTIONS.has(String(payload.action))) {
          return err(400, 'Bad Request: wrong parameter action in request');
        }
        return { ok: true, result: true };
      }
      case 'setMyCommands':
        this.commands = payload.commands ?? [];
        return { ok: true, result: true };
      case 'deleteMyCommands':
        this.commands = [];
        return { ok: true, result: true };
      case 'getMyCommands':
        return { ok: true, result: this.commands };
      case 'getMyDescription':
        return { ok: true, result: { description: '' } };
      case 'getMyShortDescription':
        return { ok: true, result: { short_description: '' } };
      case 'getMyName':
        return { ok: true, result: { name: this.botUser().first_name } };
      case 'getChatMenuButton':
        return { ok: true, result: { type: 'default' } };
      case 'getFile': {
        const f = this.files.get(String(payload.file_id ?? ''));
        if (!f) return err(400, 'Bad Request: invalid file_id');
        return {
          ok: true,
          result: {
            file_id: f.fileId,
            file_unique_id: f.fileUniqueId,
            file_size: f.bytes.length,
            file_path: f.filePath,
          },
        };
      }
      case 'getChat':
        if (chatId === undefined) return err(400, 'Bad Request: chat not found');
        return { ok: true, result: this.chatObject(chatId) };
      case 'getChatMember': {
        const userId = num(payload.user_id);
        return {
          ok: true,
          result: {
            status: userId === this.botUser().id ? 'administrator' : 'member',
            user: { id: userId, is_bot: false, first_name: 'User' },
          },
        };
      }
      default:
        break;
    }
    if (TRUE_METHODS.has(method)) {
      if (method === 'sendMessageDraft' && this.strict) {
        const text = str(payload.text) ?? '';
        if (text.length > 4096) return err(400, 'Bad Request: message is too long');
      }
      return { ok: true, result: true };
    }
    const mediaField = MEDIA_METHODS[method];
    if (mediaField) return this.sendMedia(mediaField, payload, chatId);
    return err(
      404,
      `Not Found: method ${method} is not emulated by tests/support/bot-api-proxy.ts (use harness.respond('${method}', …))`,
    );
  }

  private validateText(
    text: string,
    parseMode: string | undefined,
    maxLen: number,
    what: 'text' | 'caption',
  ): ApiResponse | undefined {
    if (!this.strict) return undefined;
    const markupError = checkMarkup(text, parseMode);
    if (markupError) return err(400, markupError);
    const plain = plainText(text, parseMode);
    if (what === 'text' && plain.trim() === '')
      return err(400, 'Bad Request: message text is empty');
    if (plain.length > maxLen) {
      return err(
        400,
        what === 'text'
          ? 'Bad Request: message is too long'
          : 'Bad Request: message caption is too long',
      );
    }
    return undefined;
  }

  private async sendMessage(
    payload: Record<string, unknown>,
    chatId: number | undefined,
  ): Promise<ApiResponse> {
    if (chatId === undefined) return err(400, 'Bad Request: chat_id is empty');
    const text = str(payload.text);
    if (text === undefined) return err(400, 'Bad Request: message text is empty');
    const parseMode = str(payload.parse_mode);
    const bad = this.validateText(text, parseMode, 4096, 'text');
    if (bad) return bad;
    if (this.strict) {
      const kbError = checkReplyMarkup(payload.reply_markup);
      if (kbError) return err(400, kbError);
    }
    const r = await this.forward('sendMessage', payload);
    if (!r.ok) return r;
    const messageId = num(isRecord(r.result) ? r.result.message_id : undefined);
    if (messageId === undefined) return err(500, 'telegram-test-api returned no message_id');
    const m = this.newMessage(chatId, messageId, 'text', text, parseMode, payload);
    return { ok: true, result: this.toTelegramMessage(m) };
  }

  private async sendMedia(
    field: string,
    payload: Record<string, unknown>,
    chatId: number | undefined,
  ): Promise<ApiResponse> {
    if (chatId === undefined) return err(400, 'Bad Request: chat_id is empty');
    const media = payload[field];
    const caption = str(payload.caption) ?? '';
    const parseMode = str(payload.parse_mode);
    const bad = this.validateText(caption, parseMode, 1024, 'caption');
    if (bad) return bad;
    if (this.strict) {
      const kbError = checkReplyMarkup(payload.reply_markup);
      if (kbError) return err(400, kbError);
    }
    let upload: UploadedFile | undefined;
    let stored: StoredFile | undefined;
    if (isRecord(media) && Buffer.isBuffer(media.bytes)) {
      upload = media as unknown as UploadedFile;
      if (this.strict && upload.bytes.length === 0) {
        return err(400, 'Bad Request: file must be non-empty');
      }
      stored = this.addFile(upload.bytes, { fileName: upload.fileName, kind: field });
    } else if (typeof media === 'string' && media !== '') {
      stored = this.files.get(media);
      if (!stored) {
        if (this.strict && !/^https?:\/\//.test(media)) {
          return err(400, 'Bad Request: wrong file identifier/HTTP URL specified');
        }
        stored = this.addFile(Buffer.alloc(0), { fileName: media.split('/').pop(), kind: field });
      }
    } else {
      return err(400, `Bad Request: there is no ${field} in the request`);
    }
    // allocate the message id from the emulator (keeps one id sequence per server)
    const added = this.emulator.addBotMessage(
      { chat_id: chatId, text: caption } as Parameters<TelegramServer['addBotMessage']>[0],
      this.token,
    ) as unknown as { message_id: number };
    const m = this.newMessage(chatId, added.message_id, field, caption, parseMode, payload, {
      file: upload,
      fileId: stored.fileId,
    });
    return { ok: true, result: this.toTelegramMessage(m) };
  }

  private mediaObject(kind: string, fileId: string, upload?: UploadedFile): unknown {
    const f = this.files.get(fileId);
    const base: Record<string, unknown> = {
      file_id: fileId,
      file_unique_id: f?.fileUniqueId ?? fileId,
      file_size: f?.bytes.length ?? 0,
    };
    const fileName = upload?.fileName ?? f?.fileName;
    switch (kind) {
      case 'photo':
        return [{ ...base, width: 800, height: 600 }];
      case 'voice':
        return { ...base, duration: 1, mime_type: 'audio/ogg' };
      case 'sticker':
        return {
          ...base,
          width: 512,
          height: 512,
          is_animated: false,
          is_video: false,
          type: 'regular',
        };
      case 'video':
      case 'animation':
      case 'video_note':
        return { ...base, width: 640, height: 480, duration: 1, length: 240 };
      default:
        return { ...base, file_name: fileName, mime_type: f?.mimeType ?? mimeFor(fileName) };
    }
  }

  private async editMessage(
    method: string,
    payload: Record<string, unknown>,
    chatId: number | undefined,
  ): Promise<ApiResponse> {
    if (payload.inline_message_id !== undefined) {
      return { ok: true, result: true }; // inline messages: nothing to track
    }
    const messageId = num(payload.message_id);
    if (chatId === undefined || messageId === undefined) {
      return err(400, 'Bad Request: message identifier is not specified');
    }
    const old = this.message(chatId, messageId);
    if (!old || old.deleted) {
      if (this.strict) return err(400, 'Bad Request: message to edit not found');
      return this.forward(method === 'editMessageCaption' ? 'editMessageText' : method, payload);
    }
    if (this.strict) {
      const kbError = checkReplyMarkup(payload.reply_markup);
      if (kbError) return err(400, kbError);
    }
    // Like the real Bot API: omitting reply_markup in an edit removes the inline keyboard.
    const inline = inlineKeyboardOf(payload.reply_markup);
    const sameKeyboard = JSON.stringify(inline) === JSON.stringify(old.inlineKeyboard);
    let next: BotMessage;
    let kind: ChatEventKind;
    if (method === 'editMessageReplyMarkup') {
      if (this.strict && sameKeyboard) return notModified();
      next = { ...old, inlineKeyboard: inline };
      kind = 'markup';
    } else {
      const isText = method === 'editMessageText';
      if (this.strict && isText && old.kind !== 'text') {
        return err(400, 'Bad Request: there is no text in the message to edit');
      }
      if (this.strict && !isText && old.kind === 'text') {
        return err(400, 'Bad Request: there is no caption in the message to edit');
      }
      const text = str(isText ? payload.text : payload.caption) ?? '';
      const parseMode = str(payload.parse_mode);
      const bad = this.validateText(
        text,
        parseMode,
        isText ? 4096 : 1024,
        isText ? 'text' : 'caption',
      );
      if (bad) return bad;
      if (this.strict && text === old.text && parseMode === old.parseMode && sameKeyboard) {
        return notModified();
      }
      next = { ...old, text, parseMode, plain: plainText(text, parseMode), inlineKeyboard: inline };
      kind = 'edit';
    }
    if (method !== 'editMessageCaption' && old.kind === 'text') {
      const r = await this.forward(method, payload); // keep the emulator's copy in sync
      if (!r.ok) return r;
    }
    next = {
      ...next,
      buttons: next.inlineKeyboard.map((row) => row.map((b) => String(b.text))),
      callbackData: next.inlineKeyboard.map((row) => row.map((b) => b.callback_data ?? '')),
      edited: true,
      editCount: old.editCount + 1,
      payload,
    };
    this.updateMessage(next, kind);
    return { ok: true, result: this.toTelegramMessage(next) };
  }

  // ----- transcript ---------------------------------------------------------------------------

  private log(chatId: number): ChatLog {
    let log = this.logs.get(chatId);
    if (!log) {
      log = { messages: new Map(), order: [], events: [] };
      this.logs.set(chatId, log);
    }
    return log;
  }

  private addEvent(e: Omit<ChatEvent, 'seq' | 'at'>): void {
    const event: ChatEvent = { ...e, seq: ++this.seq, at: Date.now() };
    this.log(e.chatId).events.push(event);
    this.emit('change');
  }

  private newMessage(
    chatId: number,
    messageId: number,
    kind: string,
    text: string,
    parseMode: string | undefined,
    payload: Record<string, unknown>,
    extra: Partial<BotMessage> = {},
  ): BotMessage {
    const inline = inlineKeyboardOf(payload.reply_markup);
    const rm = payload.reply_markup;
    const m: BotMessage = {
      messageId,
      chatId,
      kind,
      text,
      plain: plainText(text, parseMode),
      parseMode,
      buttons: inline.map((row) => row.map((b) => String(b.text))),
      callbackData: inline.map((row) => row.map((b) => b.callback_data ?? '')),
      inlineKeyboard: inline,
      keyboard: replyKeyboardOf(rm),
      removeKeyboard: isRecord(rm) && rm.remove_keyboard === true ? true : undefined,
      edited: false,
      editCount: 0,
      deleted: false,
      sentAt: Date.now(),
      payload,
      ...extra,
    };
    this.applyLater(() => {
      const log = this.log(chatId);
      log.messages.set(messageId, m);
      log.order.push(messageId);
      this.addEvent({ kind: 'send', chatId, message: m });
    });
    return m;
  }

  private updateMessage(m: BotMessage, kind: ChatEventKind): void {
    this.applyLater(() => {
      this.log(m.chatId).messages.set(m.messageId, m);
      this.addEvent({ kind, chatId: m.chatId, message: m });
    });
  }

  /** Runs `apply` after the current Bot API call has been recorded (see handle()). */
  private applyLater(apply: () => void): void {
    const effects = deferredEffects.getStore();
    if (effects) effects.push(apply);
    else apply();
  }
}

/** Index of the first item with seq > `seq` (items are in seq order). */
function firstAfter(items: readonly { seq: number }[], seq: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.seq > seq) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function chatKeyOf(u: Update): string {
  const m = isRecord(u.message) ? u.message : undefined;
  const cq = isRecord(u.callback_query) ? u.callback_query : undefined;
  const chat =
    (m && isRecord(m.chat) ? m.chat : undefined) ??
    (cq && isRecord(cq.message) && isRecord(cq.message.chat) ? cq.message.chat : undefined);
  if (chat) return `chat:${String(chat.id)}`;
  const from = cq && isRecord(cq.from) ? cq.from : undefined;
  return from ? `user:${String(from.id)}` : `update:${u.update_id}`;
}

function notModified(): ApiResponse {
  return err(
    400,
    'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
  );
}

function faultResponse(f: Fault): ApiResponse {
  const status = f.status ?? 500;
  const defaults: Record<number, string> = {
    400: 'Bad Request',
    403: 'Forbidden: bot was blocked by the user',
    409: 'Conflict: terminated by other getUpdates request',
    429: `Too Many Requests: retry after ${f.retryAfter ?? 1}`,
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
  };
  const response: ApiResponse = {
    ok: false,
    error_code: status,
    description: f.description ?? defaults[status] ?? `Error ${status}`,
  };
  if (status === 429) response.parameters = { retry_after: f.retryAfter ?? 1 };
  return response;
}
