import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';
import type { Repository } from '../storage/repository.js';
import { MAX_STARTS, orderKey } from './poison.js';

/**
 * Polling's durable inbox. Telegram forgets an update once a later getUpdates confirms it (its
 * `offset`), and the runner asks for the next batch while the last one is still being handled:
 * a kill -9 then dropped every update fetched but not yet handled (31 of 240 on SQLite, 47 of
 * 120 on Redis, 68 of 160 on PostgreSQL in one run). So every fetched batch is written to the
 * store (`inbox:<botId>`) before the getUpdates that confirms it is sent, and the updates still
 * unhandled are replayed at the next start. An update handled before the crash and replayed is
 * recognised by the ids each user record keeps and applied once.
 *
 * One record holds the whole inbox (a poller is alone per bot: Telegram answers a second
 * getUpdates with 409), rewritten when it changed, so a batch costs one write whatever its size.
 *
 * Each entry counts its starts, so an update that kills the process is not replayed forever
 * (see poison.ts). Counting costs no write of its own: an update stored with its batch is
 * handled right after, so it is stored as started once; at the next start the leftovers' counts
 * go up in the one write made before any of them is replayed. Only the first leftover of each
 * chat is counted: the chat's later ones were waiting behind it (one chat's updates run in
 * order), never started. An entry already started MAX_STARTS times is set aside instead, unless
 * its user's record shows it was applied (it finished, the record was just not rewritten yet).
 * The count errs low, never high: an update still in the record after it finished may take the
 * count of its chat, which delays setting a poison update aside by one start, but an ordinary
 * update is not set aside without having been started twice.
 */
export interface InboxEntry {
  update: Update;
  starts: number;
}

export interface Loaded {
  /** To handle again, in fetch order (one chat's in its order). */
  replay: Update[];
  /** Started MAX_STARTS times without finishing: not handled again, kept out of the inbox. */
  aside: InboxEntry[];
}

const isUpdate = (u: unknown): u is Update =>
  typeof u === 'object' && u !== null && typeof (u as Update).update_id === 'number';

/** An entry as stored; a bare update is the format before counting (stored once, started once). */
function readEntry(raw: unknown): InboxEntry | undefined {
  if (isUpdate(raw)) return { update: raw, starts: 1 };
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { update, starts } = raw as Partial<InboxEntry>;
  if (!isUpdate(update)) return undefined;
  return { update, starts: typeof starts === 'number' && starts >= 0 ? starts : 1 };
}

export class Inbox {
  /** Fetched and not yet handled, in fetch order. */
  private readonly pending = new Map<number, InboxEntry>();
  /** What the stored record holds (ids and counts), to skip writing the same record again. */
  private stored = '';
  private chain: Promise<void> = Promise.resolve();
  /** A write queued and not yet started: later calls share it. */
  private waiting?: Promise<void>;

  constructor(
    private readonly repo: Repository,
    private readonly botId: number,
    private readonly logger: Logger,
  ) {}

  /**
   * The updates a previous run fetched and did not finish. They count as pending again, with
   * their starts counted and stored before this resolves (so before any is replayed).
   */
  async load(): Promise<Loaded> {
    const entries = (await this.repo.loadInbox(this.botId))
      .map(readEntry)
      .filter((e): e is InboxEntry => e !== undefined);
    // What the store holds now: the write below goes out only if a count or an entry changed.
    this.stored = entries.map((e) => `${e.update.update_id}:${e.starts}`).join(',');
    const counted = new Set<string>();
    const replay: Update[] = [];
    const aside: InboxEntry[] = [];
    for (const entry of entries) {
      const chat = orderKey(entry.update);
      if (!counted.has(chat)) {
        if (entry.starts >= MAX_STARTS) {
          if (!(await this.applied(entry.update))) aside.push(entry);
          // Either way not replayed; the chat's next leftover is the one that may have run.
          continue;
        }
        entry.starts += 1;
        counted.add(chat);
      }
      this.pending.set(entry.update.update_id, entry);
      replay.push(entry.update);
    }
    await this.flush();
    return { replay, aside };
  }

  /** Adds a fetched batch; resolves once the inbox (with it) is in the store. */
  add(updates: readonly Update[]): Promise<void> {
    for (const update of updates) this.pending.set(update.update_id, { update, starts: 1 });
    return this.flush();
  }

  /** The update was handled (stored and answered, or the user told it failed). */
  done(updateId: number): void {
    this.pending.delete(updateId);
  }

  /**
   * Writes the pending updates if they changed since the last write. Never rejects: with the
   * store down the update cannot be handled either, and the user is told so; holding back the
   * next getUpdates would only leave them in silence. Calls made while a write is waiting to
   * start share it (it writes what is pending when it starts), so a burst of finished updates
   * costs one write per write time, not one each.
   */
  flush(): Promise<void> {
    if (this.waiting) return this.waiting;
    const next = this.chain.then(async () => {
      this.waiting = undefined;
      const key = this.key();
      if (key === this.stored) return;
      try {
        await this.repo.saveInbox(this.botId, [...this.pending.values()]);
        this.stored = key;
      } catch (error) {
        this.logger.warn({ err: error }, 'inbox not stored');
      }
    });
    this.waiting = next;
    this.chain = next;
    return next;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Whether the update's user record lists it as applied (the per-user duplicate guard). */
  private async applied(update: Update): Promise<boolean> {
    const user = update.message?.from?.id ?? update.callback_query?.from.id;
    if (user === undefined) return false;
    try {
      const { state } = await this.repo.loadUser(String(user));
      return state.recentUpdates?.includes(update.update_id) ?? false;
    } catch {
      return false;
    }
  }

  private key(): string {
    return [...this.pending.values()].map((e) => `${e.update.update_id}:${e.starts}`).join(',');
  }
}
