/**
 * End-to-end test harness: a fake Telegram (telegram-test-api behind tests/support/bot-api-proxy)
 * and scripted users that talk to the real bot over HTTP.
 *
 *   const tg = await startTelegram();
 *   const bot = new Bot(tg.token, { client: { apiRoot: tg.apiRoot } });  // or a child process
 *   //   with TELEGRAM_API_ROOT=tg.apiRoot, TELEGRAM_BOT_TOKEN=tg.token
 *   const u = tg.user(1001, { firstName: '张三' });
 *   await u.send('/start');
 *   await u.waitFor(/欢迎/);
 *   await u.tap('新建总结');
 *   const doc = await u.waitForCall('sendDocument');
 *   await tg.close();
 */
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { BotApiProxy, type Fault, type MethodHandler, type StoredFile } from './bot-api-proxy.js';
import type { BotMessage, ChatEvent, ChatEventKind, RecordedCall } from './bot-transcript.js';
import type { WebhookDelivery } from './bot-webhook.js';

export type { ApiResponse, Fault, MethodHandler, StoredFile } from './bot-api-proxy.js';
export type { UploadedFile } from './bot-api-request.js';
export type {
  BotMessage,
  ChatEvent,
  ChatEventKind,
  InlineButton,
  RecordedCall,
} from './bot-transcript.js';
export type { WebhookDelivery } from './bot-webhook.js';

/** string: substring of the text (raw or plain); RegExp: tested on raw and plain text. */
export type Matcher = string | RegExp | ((m: BotMessage) => boolean);
export type CallMatcher = (call: RecordedCall) => boolean;

export interface StartTelegramOptions {
  /** fake bot token (default '123456:TEST') */
  token?: string;
  /** default timeout of waitFor/tap/waitForCall (default 5000 ms) */
  timeoutMs?: number;
  /** how long an empty getUpdates is held before answering [] (default 100 ms) */
  pollHoldMs?: number;
  /** methods answered with 404 "Not Found" like an older Bot API server, e.g. ['sendMessageDraft'] */
  unsupported?: string[];
}

export interface UserOptions {
  firstName?: string;
  lastName?: string;
  username?: string;
  languageCode?: string;
  /** default 'private' (chat id = user id) */
  chatType?: 'private' | 'group' | 'supergroup';
  /** chat id; default: user id for private chats, -userId for groups */
  chatId?: number;
  /** group title */
  chatTitle?: string;
}

export interface WaitOptions {
  timeoutMs?: number;
  /** event kinds to consider; default ['send', 'edit'] (new messages and text/caption edits) */
  kinds?: ChatEventKind[];
}

export interface TapOptions {
  /** restrict to a message: its id, or a matcher on its text */
  inMessage?: number | Matcher;
  /** only consider messages sent or edited after the last user action / mark */
  fresh?: boolean;
  timeoutMs?: number;
}

export interface TapResult {
  messageId: number;
  buttonText: string;
  /** callback_data sent */
  data: string;
}

export interface TestUser {
  readonly id: number;
  readonly chatId: number;
  readonly chat: Record<string, unknown>;
  readonly from: Record<string, unknown>;
  /** Sends a text message (a leading /command gets a bot_command entity). `extra` is merged
   * into the Message object (e.g. { reply_to_message: … }). Sets the mark. */
  send(text: string, extra?: Record<string, unknown>): Promise<number>;
  /**
   * Replies to bot message `to` (Telegram's 回复); with `quote`, as if those words were selected
   * in it first (the Message's `quote`: text, position in the message, is_manual). Sets the mark.
   */
  reply(to: BotMessage, text: string, opts?: { quote?: string }): Promise<number>;
  /** Sends any Message object (sticker, voice, photo, location…); from/chat/date are filled
   * in unless given. Sets the mark. Resolves with the message_id the emulator gave it. */
  sendRaw(message: Record<string, unknown>): Promise<number>;
  /** Uploads a document (registered so getFile + file download work). Sets the mark. */
  sendDocument(
    fileName: string,
    bytes: Buffer,
    opts?: { caption?: string; mimeType?: string },
  ): Promise<StoredFile>;
  /** Sends a voice message (registered file). Sets the mark. */
  sendVoice(bytes?: Buffer, opts?: { duration?: number }): Promise<StoredFile>;
  /** Edits one of the user's sent messages (Telegram's 编辑): an edited_message update. */
  editMessage(messageId: number, text: string): void;
  /** Presses the inline button whose text equals (or else contains / matches) `button`, in the
   * newest message that has it; waits up to timeoutMs for it to appear. Sets the mark. */
  tap(button: string | RegExp, opts?: TapOptions): Promise<TapResult>;
  /** Sends a callback_query with explicit data, attached to `messageId` (default: the newest
   * bot message with an inline keyboard). For stale-button / double-tap tests. Sets the mark. */
  tapData(callbackData: string, messageId?: number): Promise<TapResult>;
  /** Current state of every bot message in this chat, in send order (deleted ones flagged). */
  messages(): BotMessage[];
  /** Newest bot message not deleted (current state). */
  lastMessage(): BotMessage | undefined;
  /** All transcript events of this chat (user actions and bot send/edit/markup/delete). */
  events(): readonly ChatEvent[];
  /** Waits for a bot message sent (or edited, see opts.kinds) after the mark that matches. */
  waitFor(match: Matcher, opts?: WaitOptions): Promise<BotMessage>;
  /** Waits until `count` matching bot messages have arrived after the mark; returns them. */
  waitForMessages(count: number, match?: Matcher, opts?: WaitOptions): Promise<BotMessage[]>;
  /** Waits for a Bot API call for this chat after the mark (sendDocument, sendChatAction,
   * answerCallbackQuery, sendMessage …). */
  waitForCall(
    method: string,
    predicate?: CallMatcher,
    opts?: { timeoutMs?: number },
  ): Promise<RecordedCall>;
  /** Bot API calls for this chat (all, or of one method). */
  calls(method?: string): RecordedCall[];
  /** Fails if the bot sends/edits anything in this chat within `ms` after the mark. */
  expectSilence(ms?: number): Promise<void>;
  /** Sets the point after which waitFor / waitForCall look (user actions set it too). */
  mark(): void;
  /** Human-readable recent conversation (for assertion messages / debugging). */
  transcript(lastN?: number): string;
}

export interface TelegramHarness {
  /** Bot API root for the bot (grammY `client.apiRoot`), e.g. http://127.0.0.1:43123 */
  readonly apiRoot: string;
  readonly token: string;
  /** calls to methods telegram-test-api lacks (sendDocument, sendChatAction, setMyCommands …) */
  readonly recorded: RecordedCall[];
  /** every Bot API call except getUpdates */
  readonly calls: RecordedCall[];
  /** webhook mode: every POST of an update to the bot's webhook (status, attempt) */
  readonly deliveries: WebhookDelivery[];
  readonly proxy: BotApiProxy;
  readonly emulator: TelegramServer;
  /** A scripted user; the same (id, chat) returns the same TestUser. */
  user(id: number, opts?: UserOptions): TestUser;
  /** Injects a failure for the next call(s) of `method`: e.g. { status: 429, retryAfter: 0.1 },
   * { status: 502 }, { status: 403, chatId: 7 }, { delayMs: 300 }, { dropConnection: true }. */
  failNext(method: string, fault: Fault): void;
  /** Custom answer for a method (return its result, or a full { ok, … } response); undefined
   * removes it. */
  respond(method: string, handler: MethodHandler | undefined): void;
  /** Waits for a Bot API call in any chat, made after this call started (or after `sinceSeq`). */
  waitForCall(
    method: string,
    predicate?: CallMatcher,
    opts?: { timeoutMs?: number; sinceSeq?: number },
  ): Promise<RecordedCall>;
  /** Resolves when the bot makes a getUpdates request after this call (bot is polling). */
  waitForPolling(opts?: { timeoutMs?: number }): Promise<void>;
  /** Resolves when every user update has been fetched and confirmed by the bot (polling) or
   * acknowledged with 2xx by its webhook. */
  waitForDelivered(opts?: { timeoutMs?: number }): Promise<void>;
  /** Current state of the bot messages in any chat (e.g. one without a TestUser). */
  messages(chatId: number): BotMessage[];
  /** Number of getUpdates requests so far. */
  readonly pollCount: number;
  close(): Promise<void>;
}

const DEFAULT_TOKEN = '123456:TEST';

// ---------------------------------------------------------------------------------------------

export async function startTelegram(opts: StartTelegramOptions = {}): Promise<TelegramHarness> {
  const token = opts.token ?? DEFAULT_TOKEN;
  // The emulator keeps the users' updates and hands out message ids; it is used in process and
  // never started, so its clean-up daemon (which deletes old messages) never runs.
  const emulator = new TelegramServer({ host: '127.0.0.1', port: 1, storeTimeout: 24 * 3600 });
  const proxy = new BotApiProxy({
    token,
    emulator,
    pollHoldMs: opts.pollHoldMs,
    unsupported: opts.unsupported,
  });
  await proxy.listen();
  return new Harness(token, emulator, proxy, opts.timeoutMs ?? 5000);
}

// ---------------------------------------------------------------------------------------------

class Harness implements TelegramHarness {
  private readonly users = new Map<string, User>();
  private closed = false;

  constructor(
    readonly token: string,
    readonly emulator: TelegramServer,
    readonly proxy: BotApiProxy,
    readonly timeoutMs: number,
  ) {}

  get apiRoot(): string {
    return this.proxy.apiRoot;
  }

  get recorded(): RecordedCall[] {
    return this.proxy.transcript.recorded;
  }

  get calls(): RecordedCall[] {
    return this.proxy.transcript.calls;
  }

  get deliveries(): WebhookDelivery[] {
    return this.proxy.webhook.deliveries;
  }

  get pollCount(): number {
    return this.proxy.pollCount;
  }

  user(id: number, opts: UserOptions = {}): TestUser {
    const chatType = opts.chatType ?? 'private';
    const chatId = opts.chatId ?? (chatType === 'private' ? id : -id);
    const key = `${id}:${chatId}`;
    const existing = this.users.get(key);
    if (existing) return existing;
    const firstName = opts.firstName ?? `User${id}`;
    const username = opts.username ?? `user${id}`;
    const from: Record<string, unknown> = {
      id,
      is_bot: false,
      first_name: firstName,
      username,
      language_code: opts.languageCode ?? 'zh-hans',
    };
    if (opts.lastName) from.last_name = opts.lastName;
    const chat: Record<string, unknown> =
      chatType === 'private'
        ? { id: chatId, type: 'private', first_name: firstName, username }
        : { id: chatId, type: chatType, title: opts.chatTitle ?? `Test group ${Math.abs(chatId)}` };
    if (opts.lastName && chatType === 'private') chat.last_name = opts.lastName;
    this.proxy.registerChat(chat);
    const u = new User(this, id, chatId, chat, from);
    this.users.set(key, u);
    return u;
  }

  failNext(method: string, fault: Fault): void {
    this.proxy.failNext(method, fault);
  }

  messages(chatId: number): BotMessage[] {
    return this.proxy.transcript.messages(chatId);
  }

  respond(method: string, handler: MethodHandler | undefined): void {
    this.proxy.respond(method, handler);
  }

  waitForCall(
    method: string,
    predicate?: CallMatcher,
    opts: { timeoutMs?: number; sinceSeq?: number } = {},
  ): Promise<RecordedCall> {
    const since = opts.sinceSeq ?? this.proxy.transcript.seq;
    const find = () =>
      this.proxy.transcript
        .callsSince(since)
        .find((c) => c.method === method && (!predicate || predicate(c)));
    return this.waitUntil(find, opts.timeoutMs, () => {
      const recent = this.proxy.transcript.calls
        .slice(-8)
        .map((c) => `  ${describeCall(c)}`)
        .join('\n');
      return `waitForCall('${method}') — recent calls:\n${recent || '  (none)'}`;
    });
  }

  waitForPolling(opts: { timeoutMs?: number } = {}): Promise<void> {
    const start = this.proxy.pollCount;
    return this.waitUntil(
      () => (this.proxy.pollCount > start ? true : undefined),
      opts.timeoutMs,
      () => 'waitForPolling: the bot made no getUpdates request',
      ['poll'],
    ).then(() => undefined);
  }

  waitForDelivered(opts: { timeoutMs?: number } = {}): Promise<void> {
    return this.waitUntil(
      () => (this.proxy.pendingUpdates() === 0 ? true : undefined),
      opts.timeoutMs,
      () => `waitForDelivered: ${this.proxy.pendingUpdates()} update(s) not confirmed by the bot`,
      ['poll', 'change'],
    ).then(() => undefined);
  }

  /**
   * Resolves with the first non-undefined value of `check`, re-evaluated on every proxy event;
   * rejects after the timeout with `describe()` in the message. No fixed sleeps.
   */
  waitUntil<T>(
    check: () => T | undefined,
    timeoutMs: number | undefined,
    describe: () => string,
    events: string[] = ['change'],
  ): Promise<T> {
    const ms = timeoutMs ?? this.timeoutMs;
    const first = check();
    if (first !== undefined) return Promise.resolve(first);
    const stack = new Error().stack?.split('\n').slice(2).join('\n') ?? '';
    return new Promise<T>((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        for (const ev of events) this.proxy.off(ev, onEvent);
      };
      const onEvent = () => {
        let v: T | undefined;
        try {
          v = check();
        } catch (e) {
          cleanup();
          reject(e);
          return;
        }
        if (v !== undefined) {
          cleanup();
          resolve(v);
        } else if (this.closed) {
          cleanup();
          reject(new Error(`harness closed while waiting\n${describe()}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        const v = check();
        if (v !== undefined) resolve(v);
        else {
          const e = new Error(`Timed out after ${ms} ms: ${describe()}`);
          e.stack = `${e.name}: ${e.message}\n${stack}`;
          reject(e);
        }
      }, ms);
      for (const ev of events) this.proxy.on(ev, onEvent);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.proxy.close();
    this.emulator.removeAllListeners();
  }
}

// ---------------------------------------------------------------------------------------------

class User implements TestUser {
  private markSeq: number;

  constructor(
    private readonly h: Harness,
    readonly id: number,
    readonly chatId: number,
    readonly chat: Record<string, unknown>,
    readonly from: Record<string, unknown>,
  ) {
    this.markSeq = h.proxy.transcript.seq;
  }

  mark(): void {
    this.markSeq = this.h.proxy.transcript.seq;
  }

  private base(): Record<string, unknown> {
    return {
      from: this.from,
      chat: this.chat,
      date: Math.floor(Date.now() / 1000),
      botToken: this.h.token,
    };
  }

  /**
   * Hands an update to the emulator. Runs in its own macrotask: the emulator increments its
   * message-id counter one microtask after storing the update, and nothing else may allocate
   * a message id in between.
   */
  private enqueue(add: () => Promise<void>): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      setImmediate(() => {
        // the id the emulator is about to give a user message (private counter)
        const id = (this.h.emulator as unknown as { messageId?: unknown }).messageId;
        add().then(() => resolve(typeof id === 'number' ? id : -1), reject);
      });
    });
  }

  sendRaw(message: Record<string, unknown>): Promise<number> {
    const msg = { ...this.base(), ...message };
    this.mark();
    this.h.proxy.transcript.note(this.chatId, describeUserMessage(msg));
    return this.enqueue(() =>
      this.h.emulator.addUserMessage(
        msg as unknown as Parameters<TelegramServer['addUserMessage']>[0],
      ),
    );
  }

  editMessage(messageId: number, text: string): void {
    const { botToken: _, ...base } = this.base();
    this.mark();
    this.h.proxy.transcript.note(this.chatId, `edited #${messageId}: ${JSON.stringify(text)}`);
    this.h.proxy.injectUpdate({
      edited_message: {
        ...base,
        message_id: messageId,
        edit_date: Math.floor(Date.now() / 1000),
        text,
      },
    });
  }

  send(text: string, extra: Record<string, unknown> = {}): Promise<number> {
    const msg: Record<string, unknown> = { text };
    const command = /^\/[^\s]+/.exec(text);
    if (command) msg.entities = [{ type: 'bot_command', offset: 0, length: command[0].length }];
    return this.sendRaw({ ...msg, ...extra });
  }

  reply(to: BotMessage, text: string, opts: { quote?: string } = {}): Promise<number> {
    const extra: Record<string, unknown> = { reply_to_message: this.h.proxy.toTelegramMessage(to) };
    if (opts.quote !== undefined) {
      const position = to.text.indexOf(opts.quote);
      extra.quote = { text: opts.quote, position: Math.max(0, position), is_manual: true };
    }
    return this.send(text, extra);
  }

  async sendDocument(
    fileName: string,
    bytes: Buffer,
    opts: { caption?: string; mimeType?: string } = {},
  ): Promise<StoredFile> {
    const f = this.h.proxy.addFile(bytes, {
      fileName,
      mimeType: opts.mimeType,
      kind: 'document',
    });
    const msg: Record<string, unknown> = {
      document: {
        file_id: f.fileId,
        file_unique_id: f.fileUniqueId,
        file_name: fileName,
        mime_type: f.mimeType,
        file_size: bytes.length,
      },
    };
    if (opts.caption !== undefined) msg.caption = opts.caption;
    await this.sendRaw(msg);
    return f;
  }

  async sendVoice(
    bytes: Buffer = Buffer.from('OggS fake voice'),
    opts: { duration?: number } = {},
  ): Promise<StoredFile> {
    const f = this.h.proxy.addFile(bytes, {
      fileName: 'voice.ogg',
      mimeType: 'audio/ogg',
      kind: 'voice',
    });
    await this.sendRaw({
      voice: {
        file_id: f.fileId,
        file_unique_id: f.fileUniqueId,
        duration: opts.duration ?? 3,
        mime_type: 'audio/ogg',
        file_size: bytes.length,
      },
    });
    return f;
  }

  private async pressCallback(
    m: BotMessage | undefined,
    data: string,
    label: string,
    messageId?: number,
  ) {
    const message = m
      ? this.h.proxy.toTelegramMessage(m)
      : {
          message_id: messageId ?? 0,
          chat: this.chat,
          date: Math.floor(Date.now() / 1000),
          text: '',
        };
    this.mark();
    this.h.proxy.transcript.note(this.chatId, `tap [${label}] (data ${JSON.stringify(data)})`);
    const cq = {
      from: this.from,
      message,
      data,
      botToken: this.h.token,
      date: Math.floor(Date.now() / 1000),
    };
    await this.enqueue(() =>
      this.h.emulator.addUserCallback(
        cq as unknown as Parameters<TelegramServer['addUserCallback']>[0],
      ),
    );
  }

  async tap(button: string | RegExp, opts: TapOptions = {}): Promise<TapResult> {
    const since = this.markSeq;
    const found = await this.h.waitUntil(
      () => this.findButton(button, opts, since),
      opts.timeoutMs,
      () =>
        `tap(${String(button)}) — no such button in chat ${this.chatId}${
          opts.inMessage !== undefined ? ` (inMessage ${String(opts.inMessage)})` : ''
        }${opts.fresh ? ' (fresh only)' : ''}.\nButtons of recent messages:\n${this.describeButtons()}\n${this.transcript(10)}`,
    );
    await this.pressCallback(found.message, found.data, found.text);
    return { messageId: found.message.messageId, buttonText: found.text, data: found.data };
  }

  async tapData(callbackData: string, messageId?: number): Promise<TapResult> {
    const msgs = this.messages().filter((m) => !m.deleted);
    const m =
      messageId !== undefined
        ? this.h.proxy.transcript.message(this.chatId, messageId)
        : ([...msgs].reverse().find((x) => x.inlineKeyboard.length > 0) ?? msgs.at(-1));
    const label =
      m?.inlineKeyboard.flat().find((b) => b.callback_data === callbackData)?.text ?? callbackData;
    await this.pressCallback(m, callbackData, String(label), messageId);
    return {
      messageId: m?.messageId ?? messageId ?? 0,
      buttonText: String(label),
      data: callbackData,
    };
  }

  private findButton(
    button: string | RegExp,
    opts: TapOptions,
    since: number,
  ): { message: BotMessage; text: string; data: string } | undefined {
    let candidates = this.messages()
      .filter((m) => !m.deleted)
      .reverse();
    if (opts.fresh) {
      const touched = new Set(
        this.h.proxy.transcript
          .eventsSince(this.chatId, since)
          .filter((e) => e.message)
          .map((e) => e.message!.messageId),
      );
      candidates = candidates.filter((m) => touched.has(m.messageId));
    }
    const inMessage = opts.inMessage;
    if (inMessage !== undefined) {
      candidates = candidates.filter((m) =>
        typeof inMessage === 'number' ? m.messageId === inMessage : matches(m, inMessage),
      );
    }
    const textOf = (t: string) => t.trim();
    for (const m of candidates) {
      const btns = m.inlineKeyboard.flat().filter((b) => typeof b.callback_data === 'string');
      let hits: typeof btns;
      if (typeof button === 'string') {
        hits = btns.filter((b) => textOf(String(b.text)) === button.trim());
        if (hits.length === 0) hits = btns.filter((b) => String(b.text).includes(button));
      } else {
        hits = btns.filter((b) => {
          button.lastIndex = 0;
          return button.test(String(b.text));
        });
      }
      if (hits.length > 1 && !hits.every((b) => b.text === hits[0]!.text)) {
        throw new Error(
          `tap(${String(button)}) is ambiguous in message #${m.messageId}: ${hits
            .map((b) => JSON.stringify(b.text))
            .join(', ')}`,
        );
      }
      const hit = hits[0];
      if (hit) return { message: m, text: String(hit.text), data: String(hit.callback_data) };
    }
    return undefined;
  }

  private describeButtons(): string {
    const lines = this.messages()
      .filter((m) => !m.deleted && m.buttons.length > 0)
      .slice(-4)
      .map((m) => `  #${m.messageId}: ${m.buttons.map((r) => r.join(' | ')).join(' / ')}`);
    return lines.join('\n') || '  (no message has buttons)';
  }

  messages(): BotMessage[] {
    return this.h.proxy.transcript.messages(this.chatId);
  }

  lastMessage(): BotMessage | undefined {
    return this.messages()
      .filter((m) => !m.deleted)
      .at(-1);
  }

  events(): readonly ChatEvent[] {
    return this.h.proxy.transcript.events(this.chatId);
  }

  private matching(match: Matcher | undefined, kinds: ChatEventKind[]): BotMessage[] {
    const since = this.markSeq;
    const out: BotMessage[] = [];
    for (const e of this.h.proxy.transcript.eventsSince(this.chatId, since)) {
      if (!e.message || !kinds.includes(e.kind)) continue;
      if (match === undefined || matches(e.message, match)) out.push(e.message);
    }
    return out;
  }

  waitFor(match: Matcher, opts: WaitOptions = {}): Promise<BotMessage> {
    const kinds = opts.kinds ?? ['send', 'edit'];
    return this.h.waitUntil(
      () => this.matching(match, kinds)[0],
      opts.timeoutMs,
      () => `waitFor(${describeMatcher(match)}) in chat ${this.chatId}\n${this.failureContext()}`,
    );
  }

  waitForMessages(count: number, match?: Matcher, opts: WaitOptions = {}): Promise<BotMessage[]> {
    const kinds = opts.kinds ?? ['send'];
    return this.h.waitUntil(
      () => {
        const found = this.matching(match, kinds);
        return found.length >= count ? found.slice(0, count) : undefined;
      },
      opts.timeoutMs,
      () =>
        `waitForMessages(${count}${match ? `, ${describeMatcher(match)}` : ''}) in chat ${this.chatId}: got ${
          this.matching(match, kinds).length
        }\n${this.failureContext()}`,
    );
  }

  waitForCall(
    method: string,
    predicate?: CallMatcher,
    opts: { timeoutMs?: number } = {},
  ): Promise<RecordedCall> {
    const since = this.markSeq;
    return this.h.waitUntil(
      () =>
        this.h.proxy.transcript
          .callsSince(since)
          .find(
            (c) => c.method === method && c.chatId === this.chatId && (!predicate || predicate(c)),
          ),
      opts.timeoutMs,
      () => `waitForCall('${method}') in chat ${this.chatId}\n${this.failureContext()}`,
    );
  }

  calls(method?: string): RecordedCall[] {
    return this.h.proxy.transcript.calls.filter(
      (c) => c.chatId === this.chatId && (method === undefined || c.method === method),
    );
  }

  async expectSilence(ms = 300): Promise<void> {
    const since = this.markSeq;
    const noisy = () =>
      this.h.proxy.transcript.eventsSince(this.chatId, since).find((e) => e.kind !== 'user') ??
      this.h.proxy.transcript.callsSince(since).find((c) => c.chatId === this.chatId);
    let hit: unknown;
    try {
      hit = await this.h.waitUntil(noisy, ms, () => '');
    } catch {
      return; // timed out: silence, as expected
    }
    throw new Error(
      `expected no bot activity in chat ${this.chatId} for ${ms} ms, got ${JSON.stringify(
        'kind' in (hit as object)
          ? describeEvent(hit as ChatEvent)
          : describeCall(hit as RecordedCall),
      )}\n${this.transcript(10)}`,
    );
  }

  private failureContext(): string {
    const since = this.markSeq;
    const after = this.events()
      .filter((e) => e.seq > since)
      .map((e) => `  ${describeEvent(e)}`);
    const failed = this.h.proxy.transcript.calls
      .filter((c) => c.chatId === this.chatId && !c.ok)
      .slice(-5)
      .map((c) => `  ${describeCall(c)}`);
    const actions = this.h.proxy.transcript.calls
      .filter((c) => c.seq > since && c.chatId === this.chatId)
      .slice(-8)
      .map((c) => `  ${describeCall(c)}`);
    return [
      `Bot activity since the last user action / mark:\n${after.join('\n') || '  (none)'}`,
      actions.length ? `Bot API calls since the mark:\n${actions.join('\n')}` : '',
      failed.length ? `Failed Bot API calls in this chat:\n${failed.join('\n')}` : '',
      this.transcript(12),
    ]
      .filter(Boolean)
      .join('\n');
  }

  transcript(lastN = 20): string {
    const lines = this.events()
      .slice(-lastN)
      .map((e) => `  ${describeEvent(e)}`);
    return `Recent conversation in chat ${this.chatId}:\n${lines.join('\n') || '  (empty)'}`;
  }
}

// ---------------------------------------------------------------------------------------------

export function matches(m: BotMessage, match: Matcher): boolean {
  if (typeof match === 'string') return m.text.includes(match) || m.plain.includes(match);
  if (match instanceof RegExp) {
    match.lastIndex = 0;
    if (match.test(m.text)) return true;
    match.lastIndex = 0;
    return match.test(m.plain);
  }
  return match(m);
}

function describeMatcher(match: Matcher): string {
  if (typeof match === 'string') return JSON.stringify(match);
  if (match instanceof RegExp) return String(match);
  return match.name ? `[predicate ${match.name}]` : '[predicate]';
}

function clip(s: string, n = 160): string {
  const one = s.replace(/\n/g, '⏎');
  return one.length > n ? `${one.slice(0, n)}…` : one;
}

function describeMessage(m: BotMessage): string {
  const kb = m.buttons.length ? ` [${m.buttons.map((r) => r.join(' | ')).join(' / ')}]` : '';
  const file = m.kind !== 'text' ? `<${m.kind}${m.file ? ` ${m.file.fileName}` : ''}> ` : '';
  return `${file}${JSON.stringify(clip(m.plain))}${kb}`;
}

function describeEvent(e: ChatEvent): string {
  if (e.kind === 'user') return `user: ${e.user ?? ''}`;
  const m = e.message!;
  switch (e.kind) {
    case 'send':
      return `bot #${m.messageId}: ${describeMessage(m)}`;
    case 'edit':
      return `bot #${m.messageId} edited: ${describeMessage(m)}`;
    case 'delete':
      return `bot #${m.messageId} deleted`;
    default:
      return e.kind;
  }
}

function describeCall(c: RecordedCall): string {
  const status = c.ok ? 'ok' : `${c.errorCode} ${c.description ?? ''}`;
  const detail =
    typeof c.payload.text === 'string'
      ? ` ${JSON.stringify(clip(c.payload.text, 60))}`
      : c.file
        ? ` ${c.file.fileName} (${c.file.bytes.length} bytes)`
        : typeof c.payload.action === 'string'
          ? ` ${c.payload.action}`
          : '';
  return `${c.method}${c.chatId !== undefined ? ` chat ${c.chatId}` : ''}${detail} → ${status}`;
}

function describeUserMessage(msg: Record<string, unknown>): string {
  if (typeof msg.text === 'string') return JSON.stringify(clip(msg.text));
  const kinds = ['document', 'voice', 'photo', 'sticker', 'location', 'video', 'audio', 'contact'];
  const kind = kinds.find((k) => k in msg) ?? 'message';
  return `<${kind}>${typeof msg.caption === 'string' ? ` ${JSON.stringify(clip(msg.caption))}` : ''}`;
}
