import { type Api, GrammyError } from 'grammy';
import type { Reply } from '../interview/types.js';
import type { Logger } from '../logger.js';
import type { CardRecord, Repository } from '../storage/repository.js';
import { renderReply } from './render.js';

/**
 * A part's live card on Telegram (issue 24): sent once when the part opens, then edited in place
 * as answers arrive; when the next card opens, the previous one collapses to its one line, its
 * buttons gone. The engine names the card (Reply.card); this decides send or edit by the message
 * kept for the chat (`card:<chatId>` in the store, so it survives a restart).
 *
 * Edits are throttled and coalesced: at most one per `delayMs` per chat, a burst of answers making
 * one edit with the newest card, done in the background so the answer's ✍ is never held up. The answer is stored before any of this runs,
 * so an edit that fails loses nothing: the next change shows it, and a card that can no longer be
 * edited is sent anew. 429s are retried by the API's auto-retry (retry.ts) like any call.
 *
 * Webhook instances sharing a store each keep their own copy of the record: before an edit made
 * after a wait, and before a card opens, the record is read again, since another instance may
 * have opened the next card meanwhile (its old one must not come back with its buttons).
 */
export interface CardOptions {
  /** How long an update waits for more updates of the same card (ms). */
  delayMs?: number;
}

interface Live extends CardRecord {
  /** What the message shows now (text and keyboard), to skip an edit that changes nothing. */
  shown?: string;
  /** Its record could not be stored: the store is older than this, and is written again. */
  unsaved?: boolean;
}

export class CardKeeper {
  /** The card each chat shows (loaded from the store on first use; null: none). */
  private readonly live = new Map<number, Live | null>();
  /** The newest update of the card on show, waiting to be edited in. */
  private readonly waiting = new Map<number, { reply: Reply; timer?: NodeJS.Timeout }>();
  /** One chat's card calls run one after another, in order. */
  private readonly chains = new Map<number, Promise<void>>();
  /** When each chat's card was last edited (ms): edits are at least `delayMs` apart. */
  private readonly editedAt = new Map<number, number>();
  private readonly delayMs: number;

  constructor(
    private readonly api: Api,
    private readonly repo: Repository,
    private readonly logger: Logger,
    opts: CardOptions = {},
  ) {
    this.delayMs = opts.delayMs ?? 500;
  }

  /**
   * Shows a card reply. An update of the card on show is edited in (after `delayMs`, or at once
   * when `now`: a tapped button expects its card to change); anything else is a new message,
   * sent before this resolves so the replies after it keep their order.
   */
  async show(chatId: number, reply: Reply, now = false): Promise<void> {
    const card = reply.card;
    if (!card) return;
    const live = await this.current(chatId);
    const onShow = live && (live.id === card.id || live.id === card.from);
    if (card.mode === 'update' && onShow) {
      const entry = this.waiting.get(chatId);
      // A timer already set takes this change too (the newest replaces what waits).
      if (entry?.timer) {
        this.waiting.set(chatId, { reply, timer: entry.timer });
        return;
      }
      this.waiting.set(chatId, { reply });
      const wait = (this.editedAt.get(chatId) ?? 0) + this.delayMs - Date.now();
      const flush = () => this.run(chatId, () => this.flush(chatId));
      // A tapped button's card changes at once (the tap waits for it); the first change after a
      // quiet spell is made at once too, in the background; a burst waits for the interval.
      if (now) return flush();
      if (wait <= 0) {
        flush().catch(() => {});
        return;
      }
      const timer = setTimeout(() => flush().catch(() => {}), wait);
      this.waiting.set(chatId, { reply, timer });
      return;
    }
    // A new card: an edit still waiting for the old one is superseded by its collapse, to the
    // line of the newest change.
    const entry = this.waiting.get(chatId);
    if (entry?.timer) clearTimeout(entry.timer);
    this.waiting.delete(chatId);
    const waited = entry?.reply.card;
    if (live && waited && (live.id === waited.id || live.id === waited.from)) {
      this.live.set(chatId, { ...live, id: waited.id, done: waited.done });
    }
    return this.run(chatId, () => this.open(chatId, reply));
  }

  /** Edits waiting are made now, and the calls under way finish (a graceful stop, tests). */
  async idle(): Promise<void> {
    for (const [chatId, entry] of this.waiting) {
      if (entry.timer) clearTimeout(entry.timer);
      this.run(chatId, () => this.flush(chatId)).catch(() => {});
    }
    while (this.chains.size > 0) await Promise.allSettled([...this.chains.values()]);
  }

  /**
   * /delete confirmed: nothing of the chat's card is kept, and an edit still waiting is dropped
   * (it would write the record again after the user's data was deleted).
   */
  async forget(chatId: number): Promise<void> {
    const entry = this.waiting.get(chatId);
    if (entry?.timer) clearTimeout(entry.timer);
    this.waiting.delete(chatId);
    await this.run(chatId, async () => {
      this.live.set(chatId, null);
      await this.repo.deleteCard(chatId);
    });
  }

  /**
   * The card the chat shows: the copy kept here, or with `fresh` the stored record (which
   * another instance may have changed). Called with `fresh` only inside the chat's chain, so
   * no call of this instance races it.
   */
  private async current(chatId: number, fresh = false): Promise<Live | null> {
    const known = this.live.get(chatId);
    // SQLite has one writer by design (storage/single-writer.ts): no other instance changes the
    // record, so the copy kept here is the truth and a re-read is only cost (issue 26).
    if (known !== undefined && (!fresh || this.repo.store.kind === 'sqlite')) return known;
    const stored = (await this.repo.loadCard(chatId)) ?? null;
    if (fresh) {
      // The same message: what this instance knows of it is at least as new (a waiting change's
      // line, its text); another message is another instance's card.
      if (known?.unsaved) return known;
      if (!known || known.messageId !== stored?.messageId) this.live.set(chatId, stored);
      return this.live.get(chatId) ?? null;
    }
    // Another call may have set it while the store was read: that one is newer.
    if (!this.live.has(chatId)) this.live.set(chatId, stored);
    return this.live.get(chatId) ?? null;
  }

  private run(chatId: number, fn: () => Promise<void>): Promise<void> {
    const before = this.chains.get(chatId) ?? Promise.resolve();
    const next = before.then(fn);
    const tail = next.catch(() => {});
    this.chains.set(chatId, tail);
    void tail.then(() => {
      if (this.chains.get(chatId) === tail) this.chains.delete(chatId);
    });
    return next;
  }

  /** The waiting update, edited into the card on show (or sent, if that cannot be done). */
  private async flush(chatId: number): Promise<void> {
    const entry = this.waiting.get(chatId);
    this.waiting.delete(chatId);
    const card = entry?.reply.card;
    if (!entry || !card) return;
    const mine = await this.current(chatId);
    const live = await this.current(chatId, true);
    if (!live || (live.id !== card.id && live.id !== card.from)) {
      if (mine && (mine.id === card.id || mine.id === card.from)) {
        // The record is gone (/delete on another instance): nothing is shown or stored again.
        if (!live) return;
        // Another instance opened the next card while this update waited: the card it was
        // for is no longer on show. It keeps a collapsed line (the newest), not these buttons.
        await this.api.editMessageText(chatId, mine.messageId, card.done).catch((error) => {
          this.logger.debug({ chatId, err: error }, 'card moved on elsewhere; kept collapsed');
        });
        return;
      }
      return this.open(chatId, entry.reply);
    }
    return this.edit(chatId, live, entry.reply);
  }

  /** The card on show (`live`) edited to `reply` (or sent anew, if that cannot be done). */
  private async edit(chatId: number, live: Live, reply: Reply): Promise<void> {
    const card = reply.card;
    if (!card) return;
    const [message, more] = renderReply(reply);
    if (!message || more) return this.replace(chatId, live, reply);
    const shown = JSON.stringify([message.text, message.keyboard ?? null]);
    if (shown === live.shown && live.id === card.id) return;
    this.editedAt.set(chatId, Date.now());
    try {
      await this.api.editMessageText(
        chatId,
        live.messageId,
        message.text,
        message.keyboard ? { reply_markup: message.keyboard } : {},
      );
    } catch (error) {
      if (String(error).includes('message is not modified')) return;
      if (!(error instanceof GrammyError)) {
        // The network after its retries: the answer is stored; the next change shows it.
        this.logger.warn({ chatId, err: error }, 'card edit failed');
        return;
      }
      // Deleted, too old to edit: the card is sent anew.
      this.logger.debug({ chatId, err: error }, 'card cannot be edited; sent anew');
      this.live.set(chatId, null);
      return this.replace(chatId, null, reply);
    }
    await this.remember(chatId, { id: card.id, messageId: live.messageId, done: card.done, shown });
  }

  /**
   * A card not on show (as far as this instance knew) opens. The stored record is read first:
   * the card on show may be another instance's, and an update of it is an edit there.
   */
  private async open(chatId: number, reply: Reply): Promise<void> {
    const card = reply.card;
    if (!card) return;
    const old = await this.current(chatId, true);
    if (card.mode === 'update' && old && (old.id === card.id || old.id === card.from)) {
      return this.edit(chatId, old, reply);
    }
    return this.replace(chatId, old, reply);
  }

  /** The previous card collapses to its line (buttons gone); the new one is sent. */
  private async replace(chatId: number, old: Live | null, reply: Reply): Promise<void> {
    const card = reply.card;
    if (!card) return;
    if (old) {
      // The same part's card sent anew ([查看第N部分] after a file is sorted, an undo): the old
      // copy's line says what the part holds now; its own line predates those answers, which
      // came with no edit of it.
      const line = old.id === card.id ? card.done : old.done;
      await this.api.editMessageText(chatId, old.messageId, line).catch((error) => {
        // Gone or too old: its buttons answer with where the user is (the engine's stale reply).
        this.logger.debug({ chatId, err: error }, 'old card not collapsed');
      });
    }
    let last: { message_id: number } | undefined;
    let shown = '';
    for (const m of renderReply(reply)) {
      last = await this.api.sendMessage(
        chatId,
        m.text,
        m.keyboard ? { reply_markup: m.keyboard } : {},
      );
      shown = JSON.stringify([m.text, m.keyboard ?? null]);
    }
    if (last) {
      await this.remember(chatId, {
        id: card.id,
        messageId: last.message_id,
        done: card.done,
        shown,
      });
    }
  }

  private async remember(chatId: number, live: Live): Promise<void> {
    const before = this.live.get(chatId);
    this.live.set(chatId, live);
    // Stored only when the card itself changes (a new part, a new message), not at each answer:
    // a store write per edit cost ~0.1 ms of CPU per update at 20 users (issue 26). After a
    // restart, or on another instance, a collapsed line may then show an earlier count.
    if (!before?.unsaved && before?.id === live.id && before.messageId === live.messageId) return;
    await this.repo
      .saveCard(chatId, { id: live.id, messageId: live.messageId, done: live.done })
      .catch((error) => {
        this.logger.warn({ chatId, err: error }, 'card record not stored');
        if (this.live.get(chatId) === live) this.live.set(chatId, { ...live, unsaved: true });
      });
  }
}
