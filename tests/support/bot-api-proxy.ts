/**
 * A small Bot API server for end-to-end tests, around telegram-test-api (the emulator), which
 * keeps the users' updates and hands out message ids. It does what the tests need; any other
 * method answers 404 "not emulated", so a bot that starts using something new fails loudly here
 * instead of passing by accident.
 *
 *  - The bot's messages: sendMessage, editMessageText, deleteMessage, sendDocument (multipart
 *    upload parsed: name and bytes kept), answerCallbackQuery, checked like the real Bot API
 *    (length limits, inline keyboards, callback data ≤ 64 bytes, a callback query answered once,
 *    "message is not modified"). The bot sends plain text: a parse_mode or a reply keyboard is
 *    refused rather than emulated.
 *  - Also answered: getMe, sendChatAction, setMyCommands, sendMessageDraft, setMessageReaction
 *    (a message of the chat, an allowed emoji), getFile and file
 *    downloads; `respond` answers any other method a test needs, `unsupported` makes one 404
 *    like an older Bot API server.
 *  - getUpdates with Telegram's semantics: long poll (held up to `pollHoldMs`), `offset`
 *    confirmation, `limit`, redelivery of unconfirmed updates after a bot restart, 409 for a
 *    concurrent poller or while a webhook is set.
 *  - Webhook mode: updates are POSTed to the bot with the secret-token header, one at a time
 *    per chat, retried on failure.
 *  - Faults per method (`failNext`): an error status (429 with retry_after, 5xx, 403), a delay,
 *    or a dropped connection.
 *
 * It keeps a per-chat transcript of what the bot sent, edited and deleted, which
 * tests/support/telegram.ts uses for `waitFor`, `tap` and `messages`. (The emulator's own
 * getUpdates ignores offset and marks updates read on fetch; user updates carry a `botToken`
 * field and callback queries lack chat_instance: both are fixed up in `pull`.)
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import type { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import {
  isRecord,
  type ParsedRequest,
  parseRequest,
  readBody,
  type UploadedFile,
} from './bot-api-request.js';
import { type BotMessage, keyboardOf, Transcript } from './bot-transcript.js';
import { type Update, WebhookSender } from './bot-webhook.js';

export interface Fault {
  /** Bot API error_code to answer with (429, 502, 403 …); without it only `delayMs` applies */
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
  | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

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
  /** max time an empty getUpdates is held (the bot's `timeout` caps it too). Default 100. */
  pollHoldMs?: number;
  /** methods to answer with 404 "Not Found", as an older Bot API server would */
  unsupported?: string[];
}

/** What telegram-test-api implements itself; calls to anything else are flagged `emulated`. */
const EMULATOR_METHODS = new Set([
  'getMe',
  'sendMessage',
  'editMessageText',
  'answerCallbackQuery',
  'deleteMessage',
  'deleteWebhook',
]);

const BOT_USER = { id: 666, is_bot: true, first_name: 'Test First name', username: 'TestNameBot' };

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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether any string in a request (nested objects and arrays too) is not well-formed UTF-16. */
function hasLoneSurrogate(v: unknown): boolean {
  if (typeof v === 'string') return LONE_SURROGATE.test(v);
  if (Array.isArray(v)) return v.some(hasLoneSurrogate);
  if (isRecord(v)) return Object.values(v).some(hasLoneSurrogate);
  return false;
}

function randomId(n: number): string {
  let s = '';
  while (s.length < n) s += Math.random().toString(36).slice(2);
  return s.slice(0, n);
}

/** What the real Bot API would refuse in a message the bot sends; undefined when fine. */
function checkSend(text: string, payload: Record<string, unknown>): string | undefined {
  if (payload.parse_mode !== undefined) {
    return 'Bad Request: test proxy: parse_mode is not emulated (the bot sends plain text)';
  }
  if (text.length > 4096) return 'Bad Request: message is too long';
  const rm = payload.reply_markup;
  if (rm === undefined || rm === null) return undefined;
  if (!isRecord(rm) || !Array.isArray(rm.inline_keyboard)) {
    return 'Bad Request: test proxy: only inline keyboards are emulated';
  }
  for (const row of rm.inline_keyboard as unknown[]) {
    if (!Array.isArray(row)) return 'Bad Request: inline_keyboard should be an Array of Arrays';
    for (const btn of row) {
      if (!isRecord(btn) || typeof btn.text !== 'string' || btn.text === '') {
        return 'Bad Request: text must be non-empty';
      }
      const d = btn.callback_data;
      if (typeof d !== 'string' || d === '' || Buffer.byteLength(d, 'utf8') > 64) {
        return 'Bad Request: BUTTON_DATA_INVALID';
      }
    }
  }
  return undefined;
}

/** Transcript changes made during a call, applied once the call is recorded (see handle). */
const deferredEffects = new AsyncLocalStorage<(() => void)[]>();

interface Poller {
  finish(body: ApiResponse): void;
  wake(): void;
}

const USER_EVENTS = ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery'];

/** The user an update came from (a message's or a button tap's sender). */
function senderOf(u: Update): number | undefined {
  const body = (u.message ?? u.callback_query) as { from?: { id?: unknown } } | undefined;
  return typeof body?.from?.id === 'number' ? body.from.id : undefined;
}

export class BotApiProxy extends EventEmitter {
  readonly token: string;
  readonly pollHoldMs: number;
  apiRoot = '';
  /** the calls made and what each chat shows */
  readonly transcript = new Transcript(() => this.emit('change'));
  /**
   * every update handed to the bot by getUpdates (confirmed or not), in order, by its id and the
   * user it came from: tests running side by side share this proxy, so a test counts its own.
   */
  readonly fetched: { id: number; from?: number }[] = [];
  /** number of getUpdates requests received */
  pollCount = 0;
  /** webhook mode: set by setWebhook, cleared by deleteWebhook */
  readonly webhook = new WebhookSender({
    pending: () => {
      this.pull();
      return this.closed ? [] : this.buffer;
    },
    delivered: (id) => {
      this.buffer = this.buffer.filter((u) => u.update_id !== id);
    },
    changed: () => this.emit('change'),
  });

  private readonly emulator: TelegramServer;
  private server?: http.Server;
  private closed = false;
  private buffer: Update[] = [];
  private readonly pollers = new Set<Poller>();
  private readonly chats = new Map<number, Record<string, unknown>>();
  private readonly callbackChats = new Map<string, number>();
  private readonly answeredCallbacks = new Set<string>();
  private readonly faults = new Map<string, Fault[]>();
  private readonly overrides = new Map<string, MethodHandler>();
  private readonly files = new Map<string, StoredFile>();
  private readonly unsupported: Set<string>;
  private fileCounter = 0;
  private readonly onUserUpdate = () => {
    for (const p of [...this.pollers]) p.wake();
    this.webhook.pump();
  };

  constructor(opts: BotApiProxyOptions) {
    super();
    this.setMaxListeners(0);
    this.token = opts.token;
    this.emulator = opts.emulator;
    this.pollHoldMs = opts.pollHoldMs ?? 100;
    this.unsupported = new Set(opts.unsupported ?? []);
    for (const ev of USER_EVENTS) this.emulator.on(ev, this.onUserUpdate);
  }

  async listen(): Promise<string> {
    const server = http.createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        this.send(res, err(500, `Internal Server Error: test proxy: ${String(e)}`));
      });
    });
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.apiRoot;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const ev of USER_EVENTS) this.emulator.off(ev, this.onUserUpdate);
    for (const p of [...this.pollers]) p.finish({ ok: true, result: [] });
    this.webhook.close();
    const server = this.server;
    if (server) {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setImmediate(() => server.closeAllConnections());
      });
    }
    this.emit('change');
  }

  // ----- test-side API ------------------------------------------------------------------------

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

  /** Registers a file so getFile and GET /file/bot<token>/<file_path> serve it. */
  addFile(bytes: Buffer, opts: { fileName?: string; mimeType?: string; kind?: string } = {}) {
    const n = ++this.fileCounter;
    const kind = opts.kind ?? 'document';
    const ext = opts.fileName?.includes('.') ? `.${opts.fileName.split('.').pop()}` : '';
    const f: StoredFile = {
      fileId: `${kind.toUpperCase()}-${n}-${randomId(24)}`,
      fileUniqueId: `U${n}${randomId(8)}`,
      filePath: `${kind}s/file_${n}${ext}`,
      fileName: opts.fileName,
      mimeType: opts.mimeType,
      bytes,
    };
    this.files.set(f.fileId, f);
    return f;
  }

  /** Updates produced by users and not yet confirmed by the bot (getUpdates offset). */
  pendingUpdates(): number {
    return this.buffer.length + this.emulator.storage.userMessages.filter((u) => !u.isRead).length;
  }

  /** The Telegram Message object for a transcript message (as the Bot API returns it). */
  toTelegramMessage(m: BotMessage): Record<string, unknown> {
    const msg: Record<string, unknown> = {
      message_id: m.messageId,
      from: BOT_USER,
      chat: this.chatObject(m.chatId),
      date: Math.floor(m.sentAt / 1000),
    };
    if (m.edited) msg.edit_date = Math.floor(Date.now() / 1000);
    if (m.kind === 'text') msg.text = m.text;
    else {
      if (m.text) msg.caption = m.text;
      msg.document = { file_id: m.fileId, file_name: m.file?.fileName };
    }
    if (m.inlineKeyboard.length > 0) msg.reply_markup = { inline_keyboard: m.inlineKeyboard };
    return msg;
  }

  // ----- HTTP ---------------------------------------------------------------------------------

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
    const body = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
    if (download) {
      const path = decodeURIComponent(download[2] ?? '');
      const f = [...this.files.values()].find((x) => x.filePath === path);
      if (download[1] !== this.token || !f) return this.send(res, err(404, 'Not Found'));
      res.writeHead(200, { 'content-type': f.mimeType ?? 'application/octet-stream' });
      res.end(f.bytes);
      return;
    }
    const route = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(path);
    if (!route) return this.send(res, err(404, 'Not Found'));
    if (route[1] !== this.token) return this.send(res, err(401, 'Unauthorized'));
    const method = route[2] ?? '';
    let parsed: ParsedRequest;
    try {
      parsed = parseRequest(String(req.headers['content-type'] ?? ''), body);
    } catch (e) {
      return this.send(res, err(400, `Bad Request: can't parse request: ${String(e)}`));
    }
    const { payload, files } = parsed;
    const chatId =
      method === 'answerCallbackQuery'
        ? this.callbackChats.get(String(payload.callback_query_id ?? ''))
        : num(payload.chat_id);
    const record = (r: ApiResponse, fault?: Fault) =>
      this.transcript.record({
        method,
        chatId,
        payload,
        files,
        file: files[0],
        emulated: !EMULATOR_METHODS.has(method),
        ok: r.ok,
        ...(r.ok ? { result: r.result } : { errorCode: r.error_code, description: r.description }),
        ...(fault ? { fault } : {}),
      });

    const fault = this.takeFault(method, chatId);
    if (fault?.delayMs) await delay(fault.delayMs);
    if (fault?.dropConnection) {
      record(err(0, 'connection dropped'), fault);
      req.socket.destroy();
      return;
    }
    if (fault?.status !== undefined) {
      const response = faultResponse(fault);
      if (method !== 'getUpdates') record(response, fault);
      return this.send(res, response);
    }
    if (method === 'getUpdates') return this.getUpdates(payload, res);

    // Telegram reads every string as UTF-8: half an emoji (a lone UTF-16 surrogate, which
    // JSON.stringify writes as \udXXX) is refused before anything else is looked at.
    if (hasLoneSurrogate(payload)) {
      const response = err(400, 'Bad Request: strings must be encoded in UTF-8');
      record(response);
      return this.send(res, response);
    }

    // Transcript changes wait until the call is recorded, so whoever a transcript event wakes
    // already finds the call in `calls`.
    const effects: (() => void)[] = [];
    const response = await deferredEffects.run(effects, () =>
      this.answer(method, payload, chatId, files),
    );
    record(response);
    for (const apply of effects) apply();
    this.send(res, response);
  }

  /** A custom answer (`respond`), 404 for an `unsupported` method, or the emulated one. */
  private async answer(
    method: string,
    payload: Record<string, unknown>,
    chatId: number | undefined,
    files: UploadedFile[],
  ): Promise<ApiResponse> {
    const override = this.overrides.get(method);
    if (override) {
      const out = await override(payload, { method, chatId, files });
      if (isRecord(out) && typeof out.ok === 'boolean') return out as ApiResponse;
      return { ok: true, result: out === undefined ? true : out };
    }
    if (this.unsupported.has(method)) return err(404, 'Not Found');
    return this.dispatch(method, payload, chatId);
  }

  private takeFault(method: string, chatId: number | undefined): Fault | undefined {
    const list = this.faults.get(method) ?? [];
    const i = list.findIndex((f) => f.chatId === undefined || f.chatId === chatId);
    const f = list[i];
    if (!f) return undefined;
    f.times = (f.times ?? 1) - 1;
    if (f.times <= 0) list.splice(i, 1);
    return f;
  }

  /**
   * An update the emulator cannot make (Telegram's edited_message), delivered with the rest
   * under the emulator's next update id. What the emulator holds is pulled first, so ids stay
   * in order in the buffer.
   */
  injectUpdate(update: Record<string, unknown>): number {
    this.pull();
    const emulator = this.emulator as unknown as { updateId: number };
    const id = emulator.updateId++;
    this.buffer.push({ update_id: id, ...update } as unknown as Update);
    this.onUserUpdate();
    return id;
  }

  // ----- getUpdates ---------------------------------------------------------------------------

  /** Moves new user updates from the emulator into our buffer (the emulator marks them read). */
  private pull(): void {
    const fresh = this.emulator.getUpdates(this.token) as unknown as Update[];
    for (const u of fresh) {
      if (isRecord(u.message)) delete u.message.botToken;
      const cq = u.callback_query;
      if (isRecord(cq) && isRecord(cq.message) && isRecord(cq.message.chat)) {
        const chatId = num(cq.message.chat.id);
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
    if (this.webhook.url) {
      return this.send(
        res,
        err(
          409,
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
        ),
      );
    }
    const offset = num(payload.offset) ?? 0;
    const limit = Math.min(100, Math.max(1, num(payload.limit) ?? 100));
    const timeoutMs = Math.max(0, (num(payload.timeout) ?? 0) * 1000);
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
    const ready = (): ApiResponse => {
      const result = this.buffer.slice(0, limit);
      for (const u of result) this.fetched.push({ id: u.update_id, from: senderOf(u) });
      return { ok: true, result };
    };
    if (this.buffer.length > 0 || timeoutMs === 0 || this.closed) return this.send(res, ready());
    await new Promise<void>((resolve) => {
      const end = (body?: ApiResponse) => {
        clearTimeout(timer);
        this.pollers.delete(poller);
        res.off('close', end);
        if (body) this.send(res, body);
        resolve();
      };
      const poller: Poller = {
        finish: end,
        wake: () => {
          this.pull();
          if (this.buffer.length > 0) end(ready());
        },
      };
      const timer = setTimeout(() => end(ready()), Math.min(timeoutMs, this.pollHoldMs));
      this.pollers.add(poller);
      res.on('close', end);
    });
  }

  // ----- methods ------------------------------------------------------------------------------

  private async dispatch(
    method: string,
    payload: Record<string, unknown>,
    chatId: number | undefined,
  ): Promise<ApiResponse> {
    const ok = (result: unknown = true, description?: string): ApiResponse => ({
      ok: true,
      result,
      ...(description ? { description } : {}),
    });
    const dropPending = payload.drop_pending_updates === true;
    switch (method) {
      case 'getMe':
        return ok({ ...BOT_USER, can_join_groups: true });
      case 'sendMessage': {
        const text = str(payload.text) ?? '';
        if (text.trim() === '') return err(400, 'Bad Request: message text is empty');
        return this.newMessage(chatId, 'text', text, payload);
      }
      case 'sendDocument': {
        const caption = str(payload.caption) ?? '';
        if (caption.length > 1024) return err(400, 'Bad Request: message caption is too long');
        const file = payload.document as UploadedFile | undefined;
        if (!Buffer.isBuffer(file?.bytes)) {
          return err(400, 'Bad Request: test proxy: only uploaded documents are emulated');
        }
        if (file.bytes.length === 0) return err(400, 'Bad Request: file must be non-empty');
        const { fileId } = this.addFile(file.bytes, {
          fileName: file.fileName,
          mimeType: file.contentType,
        });
        return this.newMessage(chatId, 'document', caption, payload, { file, fileId });
      }
      case 'editMessageText':
        return this.editMessageText(payload, chatId);
      case 'deleteMessage': {
        const messageId = num(payload.message_id);
        if (chatId === undefined || messageId === undefined) {
          return err(400, 'Bad Request: message identifier is not specified');
        }
        // The emulator holds the users' messages and a copy of the bot's.
        const inEmulator = this.emulator.deleteMessage(chatId, messageId);
        const m = this.transcript.message(chatId, messageId);
        if (m && !m.deleted) {
          this.updateMessage({ ...m, deleted: true }, 'delete');
          return ok();
        }
        return inEmulator ? ok() : err(400, 'Bad Request: message to delete not found');
      }
      case 'answerCallbackQuery': {
        const id = String(payload.callback_query_id ?? '');
        if (!this.callbackChats.has(id) || this.answeredCallbacks.has(id)) {
          return err(
            400,
            'Bad Request: query is too old and response timeout expired or query ID is invalid',
          );
        }
        if ((str(payload.text) ?? '').length > 200) {
          return err(400, 'Bad Request: MESSAGE_TOO_LONG');
        }
        this.answeredCallbacks.add(id);
        return ok();
      }
      case 'setWebhook': {
        const url = str(payload.url) ?? '';
        if (!/^https?:\/\//.test(url)) return err(400, 'Bad Request: bad webhook: invalid URL');
        this.pull();
        if (dropPending) this.buffer = [];
        this.webhook.set({
          url,
          secretToken: str(payload.secret_token),
          maxConnections: Math.max(1, Math.min(100, num(payload.max_connections) ?? 40)),
        });
        return ok(true, 'Webhook was set');
      }
      case 'deleteWebhook':
        this.webhook.set(undefined);
        this.pull();
        if (dropPending) this.buffer = this.buffer.filter((u) => this.webhook.delivering(u));
        return ok(true, 'Webhook was deleted');
      case 'sendChatAction':
      case 'setMyCommands':
        return ok();
      case 'setMessageReaction':
        return this.setMessageReaction(payload, chatId);
      case 'sendMessageDraft':
        if ((str(payload.text) ?? '').length > 4096) {
          return err(400, 'Bad Request: message is too long');
        }
        return ok();
      case 'getFile': {
        const f = this.files.get(String(payload.file_id ?? ''));
        if (!f) return err(400, 'Bad Request: invalid file_id');
        return ok({
          file_id: f.fileId,
          file_unique_id: f.fileUniqueId,
          file_size: f.bytes.length,
          file_path: f.filePath,
        });
      }
      default:
        return err(
          404,
          `Not Found: method ${method} is not emulated by tests/support/bot-api-proxy.ts (use harness.respond('${method}', …))`,
        );
    }
  }

  /** Like Telegram: a message of this chat, and only emoji from the allowed reaction set. */
  private setMessageReaction(
    payload: Record<string, unknown>,
    chatId: number | undefined,
  ): ApiResponse {
    const messageId = num(payload.message_id);
    const next = (this.emulator as unknown as { messageId?: number }).messageId ?? 0;
    if (chatId === undefined || messageId === undefined || messageId < 1 || messageId >= next) {
      return err(400, 'Bad Request: message to react not found');
    }
    const reaction =
      typeof payload.reaction === 'string' ? JSON.parse(payload.reaction) : payload.reaction;
    const list = Array.isArray(reaction) ? reaction : [];
    for (const r of list) {
      if (!isRecord(r) || r.type !== 'emoji' || !REACTIONS.has(String(r.emoji))) {
        return err(400, 'Bad Request: REACTION_INVALID');
      }
    }
    return { ok: true, result: true };
  }

  private async editMessageText(
    payload: Record<string, unknown>,
    chatId: number | undefined,
  ): Promise<ApiResponse> {
    const messageId = num(payload.message_id);
    const old =
      chatId !== undefined && messageId !== undefined && this.transcript.message(chatId, messageId);
    if (!old || old.deleted) return err(400, 'Bad Request: message to edit not found');
    if (old.kind !== 'text') {
      return err(400, 'Bad Request: there is no text in the message to edit');
    }
    const text = str(payload.text) ?? '';
    if (text.trim() === '') return err(400, 'Bad Request: message text is empty');
    const bad = checkSend(text, payload);
    if (bad) return err(400, bad);
    // Like the real Bot API: omitting reply_markup in an edit removes the inline keyboard.
    const keyboard = keyboardOf(payload.reply_markup);
    const sameKeyboard =
      JSON.stringify(keyboard.inlineKeyboard) === JSON.stringify(old.inlineKeyboard);
    if (text === old.text && sameKeyboard) {
      return err(
        400,
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
      );
    }
    const next: BotMessage = {
      ...old,
      ...keyboard,
      text,
      plain: text,
      edited: true,
      editCount: old.editCount + 1,
      payload,
    };
    this.updateMessage(next, 'edit');
    return { ok: true, result: this.toTelegramMessage(next) };
  }

  // ----- transcript ---------------------------------------------------------------------------

  /** A new bot message: its id from the emulator (one id sequence with the users' messages). */
  private newMessage(
    chatId: number | undefined,
    kind: BotMessage['kind'],
    text: string,
    payload: Record<string, unknown>,
    extra: Partial<BotMessage> = {},
  ): ApiResponse {
    if (chatId === undefined) return err(400, 'Bad Request: chat_id is empty');
    const bad = checkSend(text, payload);
    if (bad) return err(400, bad);
    const added = this.emulator.addBotMessage(
      { chat_id: chatId, text } as Parameters<TelegramServer['addBotMessage']>[0],
      this.token,
    ) as unknown as { message_id: number };
    const m: BotMessage = {
      messageId: added.message_id,
      chatId,
      kind,
      text,
      plain: text,
      ...keyboardOf(payload.reply_markup),
      edited: false,
      editCount: 0,
      deleted: false,
      sentAt: Date.now(),
      payload,
      ...extra,
    };
    this.applyLater(() => this.transcript.add(m));
    return { ok: true, result: this.toTelegramMessage(m) };
  }

  private updateMessage(m: BotMessage, kind: 'edit' | 'delete'): void {
    this.applyLater(() => this.transcript.update(m, kind));
  }

  /** Runs `apply` after the current Bot API call has been recorded (see handle()). */
  private applyLater(apply: () => void): void {
    const effects = deferredEffects.getStore();
    if (effects) effects.push(apply);
    else apply();
  }
}

/** The emoji Telegram accepts as a bot's reaction (ReactionTypeEmoji), the ones tests meet. */
const REACTIONS = new Set(['👍', '👌', '✍', '🙏', '🤝', '👀', '🎉', '❤', '🔥', '💯']);

function faultResponse(f: Fault): ApiResponse {
  const status = f.status ?? 500;
  const defaults: Record<number, string> = {
    400: 'Bad Request',
    403: 'Forbidden: bot was blocked by the user',
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
