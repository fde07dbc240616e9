import type { Fault } from './bot-api-proxy.js';
import { isRecord, type UploadedFile } from './bot-api-request.js';

/**
 * What the test proxy has seen, in one sequence: every Bot API call the bot made and, per chat,
 * the bot's messages as the user sees them (sent, edited, deleted) with the user's actions in
 * between. tests/support/telegram.ts waits on it (`waitFor`, `tap`) and prints it when a wait
 * fails. `seq` numbers calls and events together, so a mark is one number.
 */

/** One Bot API call made by the bot (getUpdates is not recorded). */
export interface RecordedCall {
  /** position in the global sequence shared with chat events (used by marks) */
  seq: number;
  method: string;
  /** the call's chat_id, or the chat of the callback query for answerCallbackQuery */
  chatId?: number;
  /** request parameters; attach:// references are replaced by the UploadedFile */
  payload: Record<string, unknown>;
  files: UploadedFile[];
  /** first uploaded file (convenience) */
  file?: UploadedFile;
  /** Date.now() when the call completed */
  at: number;
  /** true for a method telegram-test-api itself lacks (sendDocument, setMyCommands …) */
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
  [key: string]: unknown;
}

/** A bot message as the user currently sees it (or a snapshot of it in an event). */
export interface BotMessage {
  messageId: number;
  chatId: number;
  kind: 'text' | 'document';
  /** the text, or a document's caption */
  text: string;
  /** the text as shown: the same as `text`, since no parse_mode is accepted */
  plain: string;
  /** inline keyboard button texts and callback_data, row by row */
  buttons: string[][];
  callbackData: string[][];
  inlineKeyboard: InlineButton[][];
  /** a document's uploaded file */
  file?: UploadedFile;
  fileId?: string;
  edited: boolean;
  editCount: number;
  deleted: boolean;
  sentAt: number;
  /** request payload of the last send/edit */
  payload: Record<string, unknown>;
}

export type ChatEventKind = 'send' | 'edit' | 'delete' | 'user';

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

/** The keyboard fields of a BotMessage, from a reply_markup. */
export function keyboardOf(rm: unknown) {
  const inline: InlineButton[][] =
    isRecord(rm) && Array.isArray(rm.inline_keyboard)
      ? (rm.inline_keyboard as unknown[]).map((row) =>
          Array.isArray(row) ? (row.filter(isRecord) as InlineButton[]) : [],
        )
      : [];
  return {
    inlineKeyboard: inline,
    buttons: inline.map((row) => row.map((b) => String(b.text))),
    callbackData: inline.map((row) => row.map((b) => b.callback_data ?? '')),
  };
}

interface ChatLog {
  messages: Map<number, BotMessage>;
  order: number[];
  events: ChatEvent[];
}

export class Transcript {
  /** sequence number of the last call or event */
  seq = 0;
  /** every Bot API call except getUpdates, in completion order */
  readonly calls: RecordedCall[] = [];
  /** the calls to methods telegram-test-api lacks (sendDocument, setMyCommands …) */
  readonly recorded: RecordedCall[] = [];
  private readonly logs = new Map<number, ChatLog>();

  /** `onChange` is told after every call and event (waiters re-check then). */
  constructor(private readonly onChange: () => void) {}

  record(call: Omit<RecordedCall, 'seq' | 'at'>): void {
    const recorded: RecordedCall = { ...call, seq: ++this.seq, at: Date.now() };
    this.calls.push(recorded);
    if (recorded.emulated) this.recorded.push(recorded);
    this.onChange();
  }

  /** A new bot message. */
  add(m: BotMessage): void {
    const log = this.log(m.chatId);
    log.messages.set(m.messageId, m);
    log.order.push(m.messageId);
    this.event({ kind: 'send', chatId: m.chatId, message: m });
  }

  /** A bot message edited or deleted: `m` is how it looks now. */
  update(m: BotMessage, kind: 'edit' | 'delete'): void {
    this.log(m.chatId).messages.set(m.messageId, m);
    this.event({ kind, chatId: m.chatId, message: m });
  }

  /** A user's action, for failure messages and ordering. */
  note(chatId: number, description: string): void {
    this.event({ kind: 'user', chatId, user: description });
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
    const events = this.events(chatId);
    return events.slice(firstAfter(events, seq));
  }

  private log(chatId: number): ChatLog {
    let log = this.logs.get(chatId);
    if (!log) {
      log = { messages: new Map(), order: [], events: [] };
      this.logs.set(chatId, log);
    }
    return log;
  }

  private event(e: Omit<ChatEvent, 'seq' | 'at'>): void {
    this.log(e.chatId).events.push({ ...e, seq: ++this.seq, at: Date.now() });
    this.onChange();
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
