/**
 * The bot's records over a Store, in the product's words.
 *
 * Keys (inside the store's `zongjie` namespace):
 * - `user:<userId>`                              UserState, one record per user
 * - `draft:<userId>:<summaryId>:v<version>`      the text of one draft version
 * - `job:<userId>`                               a background composition in progress, with
 *                                                the requests queued behind it
 * - `jobs:pending`                               user ids that have a job (so a restart finds them)
 * - `unreadable:user:<userId>:<sha256 prefix>`   a record that could not be read, kept byte for
 *                                                byte as the store held it (not shown), so a
 *                                                newer deployment's data or a damaged record can
 *                                                still be recovered by hand; deleted with the user
 * - `inbox:<botId>`                              polling: updates fetched from Telegram and not
 *                                                yet handled, each with its count of starts (see
 *                                                src/bot/inbox.ts)
 * - `attempt:<botId>:<updateId>`                 webhook: deliveries of an update not yet finished
 *                                                (see src/server/attempts.ts); expires after a day
 *
 * /delete removes every key above that names the user — by prefix, so drafts of summaries the
 * record no longer lists (a record reset after it became unreadable) go too — and the user's
 * entry in the job index, then has the store purge what it keeps of deleted rows.
 */
import { createHash } from 'node:crypto';
import { freshState } from '../interview/state.js';
import type { UserState } from '../interview/types.js';
import { readUserRecord } from './migrate.js';
import { CORRUPT, type OpenStoreOptions, openStore, type Store } from './store.js';

export const NOTICE_UNREADABLE = '您之前保存的数据无法读取，已为您重新开始。';

/** One draft request: what to compose, and the daily quota it took when it was made. */
export interface DraftRequestRecord {
  summaryId: string;
  kind: 'compose' | 'revise';
  /** A revision's instruction (several requests merged: one per line, in order). */
  instruction?: string;
  /** Requests this one stands for (merged ones count each); each took one quota slot. */
  requests?: number;
  /** The quota day (YYYY-MM-DD) the slots were taken on. */
  day?: string;
}

export interface JobRecord extends DraftRequestRecord {
  userId: string;
  chatId: number | string;
  /** Date.now() when the composition started. */
  startedAt: number;
  /**
   * The summary's latest version when this composition started: a redo that finds a newer one
   * knows the version was made before the crash and only sends it again.
   */
  base?: number;
  /** Requests made while this one runs, in the order they came; taken up when it ends. */
  queued?: DraftRequestRecord[];
}

export interface Repository {
  /**
   * The user's state. A new user gets a fresh state; an unreadable record (not an object, wrong
   * shape, another user's, schema newer than this code) gets a fresh state and NOTICE_UNREADABLE;
   * an older schema is migrated. Rejects only when the store itself fails.
   */
  loadUser(userId: string): Promise<{ state: UserState; notice?: string }>;
  /** Resolves once the store has acknowledged the write. */
  saveUser(state: UserState): Promise<void>;
  saveDraftText(userId: string, summaryId: string, version: number, text: string): Promise<void>;
  loadDraftText(userId: string, summaryId: string, version: number): Promise<string | undefined>;
  /** Deletes every stored version of one summary (the listed ones and any the record lost). */
  deleteSummaryData(userId: string, summaryId: string, versions: number[]): Promise<void>;
  /**
   * Deletes everything stored for the user: the record (with its applied update ids), every
   * draft text of every summary, the job and its index entry, kept unreadable records; then
   * purges deleted rows from the store's files (SQLite).
   */
  deleteUser(userId: string): Promise<void>;
  getJob(userId: string): Promise<JobRecord | undefined>;
  /** Records a job (replacing the user's previous one) and adds the user to the pending index. */
  putJob(job: JobRecord): Promise<void>;
  deleteJob(userId: string): Promise<void>;
  /** Every recorded job, for a restart to resume or report. */
  listJobs(): Promise<JobRecord[]>;
  /** Polling's durable inbox: the updates fetched and not yet handled, under `inbox:<botId>`. */
  loadInbox(botId: number): Promise<unknown[]>;
  saveInbox(botId: number, entries: unknown[]): Promise<void>;
  /**
   * Webhook: counts one more delivery of the update (`attempt:<botId>:<updateId>`, expiring
   * after ATTEMPT_TTL_MS) and resolves with the count, this one included, once it is stored.
   */
  countAttempt(botId: number, updateId: number): Promise<number>;
  /** Webhook: the update finished; its count goes (it would expire anyway). */
  clearAttempt(botId: number, updateId: number): Promise<void>;
  /** The chat message showing a private chat's live card (bot/cards.ts), under `card:<chatId>`. */
  loadCard(chatId: number): Promise<CardRecord | undefined>;
  saveCard(chatId: number, card: CardRecord): Promise<void>;
  deleteCard(chatId: number): Promise<void>;
  /** A store round trip, for /healthz. Rejects with StorageError. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The store underneath, for tests and tools. */
  readonly store: Store;
}

/** Which card a chat shows and in which message (adapter data: the engine never sees it). */
export interface CardRecord {
  id: string;
  messageId: number;
  /** The line the card collapses to when the next one opens. */
  done: string;
}

function isCard(value: unknown): value is CardRecord {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return typeof c.id === 'string' && typeof c.messageId === 'number' && typeof c.done === 'string';
}

export interface RepositoryOptions {
  /**
   * Serialises updates of the shared job index across instances (pass Locker.withLock). Without
   * it, updates are serialised within this process only.
   */
  withLock?: <T>(key: string, fn: () => Promise<T>) => Promise<T>;
  /** Told (for the log) why a record could not be read or that one was migrated. */
  onRecordIssue?: (userId: string, issue: string) => void;
}

export const userKey = (userId: string) => `user:${userId}`;
export const draftKey = (userId: string, summaryId: string, version: number) =>
  `draft:${userId}:${summaryId}:v${version}`;
export const jobKey = (userId: string) => `job:${userId}`;
export const JOB_INDEX_KEY = 'jobs:pending';
/** Content-addressed, so reading the same damaged record twice keeps one copy. */
export const unreadableKey = (userId: string, raw: string) =>
  `unreadable:user:${userId}:${createHash('sha256').update(raw).digest('hex').slice(0, 16)}`;
export const inboxKey = (botId: number) => `inbox:${botId}`;
export const cardKey = (chatId: number | string) => `card:${chatId}`;
export const attemptKey = (botId: number, updateId: number) => `attempt:${botId}:${updateId}`;
/** Telegram gives up re-sending an update after a day; its count is of no use after that. */
export const ATTEMPT_TTL_MS = 24 * 3600_000;

function isRequest(value: unknown): value is DraftRequestRecord {
  if (!value || typeof value !== 'object') return false;
  const j = value as Record<string, unknown>;
  return (
    typeof j.summaryId === 'string' &&
    (j.kind === 'compose' || j.kind === 'revise') &&
    (j.instruction === undefined || typeof j.instruction === 'string') &&
    (j.requests === undefined || typeof j.requests === 'number') &&
    (j.day === undefined || typeof j.day === 'string')
  );
}

function isJob(value: unknown): value is JobRecord {
  if (!isRequest(value)) return false;
  const j = value as unknown as Record<string, unknown>;
  return (
    typeof j.userId === 'string' &&
    (typeof j.chatId === 'number' || typeof j.chatId === 'string') &&
    typeof j.startedAt === 'number' &&
    (j.base === undefined || typeof j.base === 'number') &&
    (j.queued === undefined || (Array.isArray(j.queued) && j.queued.every(isRequest)))
  );
}

/** A per-key promise chain: the fallback when no cross-instance lock is given. */
function localQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return async <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    const tail = run.catch(() => {});
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

/** How long polling's inbox write may wait to share a commit (SQLite). */
const INBOX_WITHIN_MS = 2;

/** Characters of record text kept by `checkedTexts` (about 16 MiB at most). */
const CHECKED_TEXTS_MAX_CHARS = 8_000_000;

/**
 * The stored text of user records already known to be well-formed: written by this process, or
 * read and checked once. A load whose text is one of these skips migration and the schema
 * check (the text is byte for byte one that passed); any other text, such as one written by
 * another instance or an older version, is checked as before. The least recently used go first
 * past CHECKED_TEXTS_MAX_CHARS.
 */
function checkedTexts() {
  const texts = new Map<string, string>();
  let chars = 0;
  const forget = (userId: string) => {
    const old = texts.get(userId);
    if (old === undefined) return;
    texts.delete(userId);
    chars -= old.length;
  };
  return {
    has: (userId: string, text: string) => texts.get(userId) === text,
    remember(userId: string, text: string) {
      forget(userId);
      texts.set(userId, text);
      chars += text.length;
      for (const [id, t] of texts) {
        if (chars <= CHECKED_TEXTS_MAX_CHARS) break;
        texts.delete(id);
        chars -= t.length;
      }
    },
    forget,
  };
}

export function createRepository(store: Store, opts: RepositoryOptions = {}): Repository {
  const withLock = opts.withLock ?? localQueue();
  const checked = checkedTexts();

  const updateIndex = (change: (ids: string[]) => string[]) =>
    withLock('jobs-index', async () => {
      const raw = await store.get(JOB_INDEX_KEY);
      const ids = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
      const next = [...new Set(change(ids))];
      if (next.length === ids.length && next.every((id, i) => id === ids[i])) return;
      if (next.length === 0) await store.delete(JOB_INDEX_KEY);
      else await store.set(JOB_INDEX_KEY, next);
    });

  return {
    async loadUser(userId) {
      const entry = await store.getEntry(userKey(userId));
      if (entry === undefined) return { state: freshState(userId) };
      const { value: raw, text: storedText } = entry;
      if (checked.has(userId, storedText)) return { state: raw as UserState };
      const result = raw === CORRUPT ? null : readUserRecord(raw, userId);
      if (result?.ok) {
        if (result.migratedFrom !== undefined) {
          opts.onRecordIssue?.(userId, `migrated from schema ${result.migratedFrom}`);
        } else {
          checked.remember(userId, storedText);
        }
        return { state: result.state };
      }
      checked.forget(userId);
      const reason = result ? result.reason : 'stored text is not valid JSON';
      // Kept aside as the store holds it, before the fresh state can replace it.
      const text = await store.getRaw(userKey(userId));
      if (text !== undefined) {
        const aside = unreadableKey(userId, text);
        await store.setRaw(aside, text);
        opts.onRecordIssue?.(userId, `unreadable record (${reason}), kept as ${aside}`);
      } else {
        opts.onRecordIssue?.(userId, `unreadable record: ${reason}`);
      }
      return { state: freshState(userId), notice: NOTICE_UNREADABLE };
    },

    async saveUser(state) {
      if (!state.userId) throw new Error('saveUser: state.userId is empty');
      checked.forget(state.userId);
      const text = await store.put(userKey(state.userId), state);
      checked.remember(state.userId, text);
    },

    async saveDraftText(userId, summaryId, version, text) {
      await store.set(draftKey(userId, summaryId, version), text);
    },

    async loadDraftText(userId, summaryId, version) {
      const value = await store.get(draftKey(userId, summaryId, version));
      return typeof value === 'string' ? value : undefined;
    },

    async deleteSummaryData(userId, summaryId, versions) {
      await store.deleteMany(versions.map((v) => draftKey(userId, summaryId, v)));
      await store.deletePrefix(`draft:${userId}:${summaryId}:v`);
      await store.purgeDeleted();
    },

    async deleteUser(userId) {
      await store.deletePrefix(`draft:${userId}:`);
      await store.deletePrefix(`unreadable:user:${userId}:`);
      // A private chat's id is its user's: the card record goes with the rest.
      await store.deleteMany([jobKey(userId), `unreadable:user:${userId}`, cardKey(userId)]);
      await updateIndex((ids) => ids.filter((id) => id !== userId));
      // The user record goes last: if anything above fails, /delete can be asked again.
      checked.forget(userId);
      await store.delete(userKey(userId));
      await store.purgeDeleted();
    },

    async getJob(userId) {
      const value = await store.get(jobKey(userId));
      return isJob(value) ? value : undefined;
    },

    async putJob(job) {
      if (!isJob(job)) throw new Error('putJob: not a job record');
      await store.set(jobKey(job.userId), job);
      await updateIndex((ids) => (ids.includes(job.userId) ? ids : [...ids, job.userId]));
    },

    async deleteJob(userId) {
      await store.delete(jobKey(userId));
      await updateIndex((ids) => ids.filter((id) => id !== userId));
    },

    async listJobs() {
      const raw = await store.get(JOB_INDEX_KEY);
      const ids = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
      const jobs: JobRecord[] = [];
      for (const id of ids) {
        const job = await this.getJob(id);
        if (job) jobs.push(job);
      }
      return jobs;
    },

    async loadInbox(botId) {
      const raw = await store.get(inboxKey(botId));
      return Array.isArray(raw) ? raw : [];
    },

    async saveInbox(botId, entries) {
      // Needed on disk before the next getUpdates, not at once: on SQLite it shares the commit
      // of the answers in the batch it holds (INBOX_WITHIN_MS at most when none writes).
      const opts = { withinMs: INBOX_WITHIN_MS };
      if (entries.length === 0) await store.delete(inboxKey(botId), opts);
      else await store.put(inboxKey(botId), entries, opts);
    },

    async countAttempt(botId, updateId) {
      // A read and a write, not atomic: Telegram sends an update to one connection at a time
      // and re-sends it only after that delivery failed or timed out, long after its count was
      // stored, so two instances hardly ever count the same update at once; if they do, one
      // count is lost and the update is set aside one delivery later (never too early).
      const key = attemptKey(botId, updateId);
      const before = await store.get(key);
      const count = (typeof before === 'number' ? before : 0) + 1;
      await store.set(key, count, ATTEMPT_TTL_MS);
      return count;
    },

    async clearAttempt(botId, updateId) {
      // Not urgent: shares a commit with the update's answer on SQLite.
      await store.delete(attemptKey(botId, updateId), { withinMs: INBOX_WITHIN_MS });
    },

    async loadCard(chatId) {
      const value = await store.get(cardKey(chatId));
      return isCard(value) ? value : undefined;
    },

    async saveCard(chatId, card) {
      // Not urgent: a card record lost in a crash only means the next card is sent, not edited.
      await store.put(cardKey(chatId), card, { withinMs: INBOX_WITHIN_MS });
    },

    async deleteCard(chatId) {
      await store.delete(cardKey(chatId));
    },

    ping: () => store.ping(),
    close: () => store.close(),
    store,
  };
}

/** openStore + createRepository: what main.ts needs from STORAGE_URL. */
export async function openRepository(
  url: string | undefined,
  opts: OpenStoreOptions & RepositoryOptions = {},
): Promise<Repository> {
  return createRepository(await openStore(url, opts), opts);
}
