import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import { tailWithin } from '../text/cut.js';
import { TELEGRAM_MESSAGE_LIMIT } from './split.js';

/**
 * The live preview of a draft while the model writes it. Uses sendMessageDraft (Bot API 9.3,
 * private chats) where the server offers it, else one message updated with editMessageText.
 * At most one update per `intervalMs` per chat, only when the text grew; "message is not
 * modified" is ignored. Plain text only: half-written text may not be valid markup.
 */
export interface PreviewOptions {
  intervalMs?: number;
  logger?: Logger;
  /** Called when the first preview reaches the chat (for the first-token-to-preview figure). */
  onFirstShown?: () => void;
}

const TAIL = '\n……（正在撰写）';

/** Servers without sendMessageDraft are remembered, so we don't ask them on every draft. */
let draftsUnsupported = false;

export class DraftPreview {
  private lastShown = 0;
  private lastAt = 0;
  private pending: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private messageId: number | undefined;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  private shownOnce = false;
  private readonly draftId: number;
  private readonly intervalMs: number;

  constructor(
    private readonly api: Api,
    private readonly chatId: number,
    private readonly opts: PreviewOptions = {},
  ) {
    this.intervalMs = opts.intervalMs ?? 1000;
    this.draftId = (Date.now() % 2_000_000_000) + 1;
  }

  /** The text so far; shown now if the interval has passed, else at the end of it. */
  update(textSoFar: string): void {
    if (this.closed || textSoFar.length <= this.lastShown) return;
    this.pending = textSoFar;
    const wait = this.lastAt + this.intervalMs - Date.now();
    if (wait <= 0) this.flush();
    else if (!this.timer) this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    const text = this.pending;
    this.pending = undefined;
    if (this.closed || text === undefined || text.length <= this.lastShown) return;
    this.lastShown = text.length;
    this.lastAt = Date.now();
    this.chain = this.chain.then(() => this.show(text)).catch(() => {});
  }

  private async show(text: string): Promise<void> {
    const body = clipForPreview(text);
    try {
      if (!draftsUnsupported) {
        try {
          await this.api.sendMessageDraft(this.chatId, this.draftId, body);
          this.firstShown();
          return;
        } catch (error) {
          if (!isUnsupported(error)) throw error;
          draftsUnsupported = true;
        }
      }
      if (this.messageId === undefined) {
        const sent = await this.api.sendMessage(this.chatId, body);
        this.messageId = sent.message_id;
      } else {
        await this.api.editMessageText(this.chatId, this.messageId, body);
      }
      this.firstShown();
    } catch (error) {
      if (String(error).includes('message is not modified')) return;
      this.opts.logger?.warn({ chatId: this.chatId, err: error }, 'preview update failed');
    }
  }

  private firstShown() {
    if (this.shownOnce) return;
    this.shownOnce = true;
    this.opts.onFirstShown?.();
  }

  /** Stops updating and removes the preview message, so only the final draft remains. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.chain;
    if (this.messageId !== undefined) {
      await this.api.deleteMessage(this.chatId, this.messageId).catch(() => {});
    }
  }
}

export function clipForPreview(text: string): string {
  const room = TELEGRAM_MESSAGE_LIMIT - TAIL.length;
  // Past the limit the reader needs the newest text: show the end, not the beginning.
  const body = text.length > room ? `…${tailWithin(text, room - 1)}` : text;
  return body + TAIL;
}

function isUnsupported(error: unknown): boolean {
  const s = String(error);
  return /404|not found|method.*(unknown|not supported)|unsupported/i.test(s);
}

/** For tests: forget what was learnt about the server. */
export function resetPreviewSupport(): void {
  draftsUnsupported = false;
}
