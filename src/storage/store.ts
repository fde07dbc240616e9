/**
 * Durable key-value storage through keyv, chosen by STORAGE_URL:
 *
 * - unset                         → SQLite file ./data/zongjie.sqlite (directory created on first run)
 * - sqlite://relative/path.sqlite → SQLite file relative to the working directory
 * - sqlite:///abs/path.sqlite     → SQLite file at an absolute path
 * - redis://… / rediss://…        → Redis (@keyv/redis)
 * - postgresql://… / postgres://… → PostgreSQL (@keyv/postgres, table zongjie_kv)
 *
 * All keys live in the keyv namespace `zongjie`, so the same Redis or database can hold other data.
 * openStore probes the store (set/get/delete of a probe key) and throws a one-line StorageError
 * naming STORAGE_URL (password redacted) when it cannot be used. Every method of the returned
 * Store rejects when the backend fails (keyv's throwOnErrors), so a write that resolved is
 * written: SQLite resolves a write once the transaction holding it is committed (WAL journal,
 * synchronous=FULL; writes arriving together share one commit, see sqlite.ts), PostgreSQL
 * commits each statement, Redis acknowledges the SET (durable on disk only as far as the
 * server's appendonly/appendfsync settings make it).
 */
import { resolve } from 'node:path';
import { type Deserialize, type DeserializedData, Keyv } from 'keyv';
import { oneLine, StorageError, type StorageErrorCode } from './errors.js';
import { type Opened, withTimeout } from './opened.js';
import { FileInUseError } from './single-writer.js';

export const NAMESPACE = 'zongjie';
export const DEFAULT_SQLITE_FILE = 'zongjie.sqlite';
/** How long the start-up probe (and a connection attempt) may take. */
export const PROBE_TIMEOUT_MS = 5000;

export type StoreKind = 'sqlite' | 'redis' | 'postgres';

export { StorageError, type StorageErrorCode };

/** What the rest of the bot sees of the store: JSON values by key, all in namespace `zongjie`. */
export interface Store {
  readonly kind: StoreKind;
  /** STORAGE_URL as given (or the default SQLite path), password replaced by ***: safe to log. */
  readonly label: string;
  /** The keyv instance underneath (namespace `zongjie`, throwOnErrors on). For tests and tools. */
  readonly keyv: Keyv;
  /**
   * The value stored under key; undefined when there is none; CORRUPT when the stored text cannot
   * be decoded. Rejects (StorageError) when the backend cannot be reached.
   */
  get(key: string): Promise<unknown>;
  /**
   * Resolves once the backend has acknowledged the write (see the file comment on durability).
   * With `ttlMs` the value expires (keyv's `expires`; a native expiry on Redis).
   */
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  /**
   * The value under key together with the stored text it was decoded from (keyv's envelope);
   * undefined when there is none. Lets a caller recognise a text it wrote or checked before.
   */
  getEntry(key: string): Promise<{ value: unknown; text: string } | undefined>;
  /**
   * Like set (the same stored form), resolving with the exact text stored. With `withinMs`
   * (SQLite), the write may wait up to that long to share the commit of another write; it
   * still resolves only once committed.
   */
  put(key: string, value: unknown, opts?: WriteOptions): Promise<string>;
  /** With `withinMs` (SQLite), the delete may wait that long to share a commit (see put). */
  delete(key: string, opts?: WriteOptions): Promise<void>;
  deleteMany(keys: string[]): Promise<void>;
  /**
   * The key keyv hands to the adapter for `key` (`zongjie:key` for SQLite/PostgreSQL; Redis's
   * adapter adds `zongjie::` itself, so there it is `key`). For tests and tools that write
   * through `keyv.store` directly.
   */
  adapterKey(key: string): string;
  /**
   * The text stored under key exactly as the backend holds it (keyv's JSON envelope included);
   * undefined when there is none. For keeping an unreadable record aside byte for byte.
   */
  getRaw(key: string): Promise<string | undefined>;
  /** Stores `text` under key as it is, without keyv's envelope (the counterpart of getRaw). */
  setRaw(key: string, text: string): Promise<void>;
  /** Deletes every key that starts with `prefix`; resolves with how many were deleted. */
  deletePrefix(prefix: string): Promise<number>;
  /**
   * After a deletion that must leave nothing readable behind: SQLite moves the write-ahead log
   * into the file and truncates it (deleted rows are already zeroed by secure_delete). Redis and
   * PostgreSQL keep no copy the bot can reach; see the README for their logs and backups.
   */
  purgeDeleted(): Promise<void>;
  /**
   * SQLite only: how many commits were made and how many writes they held (writes arriving
   * together share one commit). For tests and the bench.
   */
  commitStats(): { batches: number; writes: number } | undefined;
  /** A set/get/delete round trip on a probe key; rejects with StorageError. */
  ping(timeoutMs?: number): Promise<void>;
  /** Releases connections, pools and file handles. Safe to call twice. */
  close(): Promise<void>;
}

export interface WriteOptions {
  withinMs?: number;
}

/** Returned by Store.get for a stored text that is not a keyv record we can decode. */
export const CORRUPT: unique symbol = Symbol('zongjie.storage.corrupt');

export interface OpenStoreOptions {
  /** Directory of the default SQLite file when STORAGE_URL is unset (default ./data). */
  dataDir?: string;
  /** Keyv namespace (default `zongjie`); tests use their own. */
  namespace?: string;
  /** Probe and connection timeout in ms (default 5000). */
  timeoutMs?: number;
  /** Called with a one-line, redacted description of background errors (lost connection …). */
  onError?: (message: string) => void;
}

// ---------------------------------------------------------------------------------------------
// URLs

const ACCEPTED_FORMS =
  '未设置（默认 ./data/zongjie.sqlite）、sqlite://相对路径.sqlite、sqlite:///绝对路径.sqlite、' +
  'redis://…、rediss://…、postgresql://…、postgres://…';

/** The URL with its password (if any) replaced by ***. Never throws. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      parsed.password = '***';
      return parsed.toString();
    }
    return url;
  } catch {
    // Not parseable as a URL: still hide anything between "user:" and "@".
    return url.replace(/(\/\/[^/:@]*:)[^@/]*@/, '$1***@');
  }
}

export type ParsedStorageUrl =
  | { kind: 'sqlite'; file: string; label: string }
  | { kind: 'redis'; url: string; label: string }
  | { kind: 'postgres'; url: string; label: string };

/** Reads STORAGE_URL; throws StorageError('unsupported') listing the accepted forms. */
export function parseStorageUrl(
  url: string | undefined,
  opts: { dataDir?: string } = {},
): ParsedStorageUrl {
  const raw = url?.trim();
  if (!raw) {
    const file = resolve(opts.dataDir ?? 'data', DEFAULT_SQLITE_FILE);
    return { kind: 'sqlite', file, label: `(未设置，使用 ${file})` };
  }
  const label = redactUrl(raw);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === 'sqlite') {
    const rest = raw.replace(/^sqlite:\/\//i, '');
    if (rest === raw || rest === '' || rest === '/') {
      throw new StorageError(
        `不支持的 STORAGE_URL=${label}：SQLite 需写成 sqlite://相对路径.sqlite 或 sqlite:///绝对路径.sqlite`,
        'unsupported',
      );
    }
    if (rest === ':memory:') return { kind: 'sqlite', file: ':memory:', label };
    // sqlite:///abs → "/abs" (absolute); sqlite://rel → "rel" (relative to cwd).
    return { kind: 'sqlite', file: resolve(decodeURIComponent(rest)), label };
  }
  if (scheme === 'redis' || scheme === 'rediss') return { kind: 'redis', url: raw, label };
  if (scheme === 'postgres' || scheme === 'postgresql') {
    return { kind: 'postgres', url: raw, label };
  }
  throw new StorageError(
    `不支持的 STORAGE_URL=${label}；可用的写法：${ACCEPTED_FORMS}`,
    'unsupported',
  );
}

// ---------------------------------------------------------------------------------------------
// Errors

interface ErrorLike {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
  errors?: unknown;
  cause?: unknown;
}

/** Collects codes and messages from an error, its AggregateError parts and its causes. */
function errorFacts(error: unknown): { codes: string[]; messages: string[] } {
  const codes: string[] = [];
  const messages: string[] = [];
  const seen = new Set<unknown>();
  const visit = (e: unknown, depth: number) => {
    if (depth > 4 || e === null || e === undefined || seen.has(e)) return;
    seen.add(e);
    if (typeof e !== 'object') {
      messages.push(String(e));
      return;
    }
    const err = e as ErrorLike;
    if (typeof err.code === 'string') codes.push(err.code);
    if (typeof err.message === 'string' && err.message) messages.push(err.message);
    if (Array.isArray(err.errors)) for (const inner of err.errors) visit(inner, depth + 1);
    visit(err.cause, depth + 1);
  };
  visit(error, 0);
  return { codes, messages };
}

/** Names what went wrong in words a deployer understands, plus a code. */
export function describeFailure(error: unknown): { reason: string; code: StorageErrorCode } {
  if (error instanceof StorageError) return { reason: error.message, code: error.code };
  if (error instanceof FileInUseError) return { reason: error.message, code: 'in-use' };
  const { codes, messages } = errorFacts(error);
  const text = messages.join(' | ');
  const has = (...names: string[]) => names.some((n) => codes.includes(n));
  if (has('ECONNREFUSED') || /ECONNREFUSED/.test(text)) {
    return { reason: '连接被拒绝（请确认服务已启动）', code: 'refused' };
  }
  if (has('ENETUNREACH', 'EHOSTUNREACH') || /ENETUNREACH|EHOSTUNREACH/.test(text)) {
    return { reason: '网络不可达（请检查地址和网络）', code: 'refused' };
  }
  if (has('ENOTFOUND', 'EAI_AGAIN') || /ENOTFOUND|EAI_AGAIN/.test(text)) {
    return { reason: '找不到主机（请检查主机名）', code: 'not-found' };
  }
  if (
    has('ETIMEDOUT', 'ConnectionTimeoutError') ||
    /timeout|timed out|ETIMEDOUT/i.test(text) ||
    (error as Error)?.name === 'ConnectionTimeoutError'
  ) {
    return { reason: '连接超时（请检查地址、端口和网络）', code: 'timeout' };
  }
  if (
    /client is offline|ClientOfflineError/i.test(text) ||
    (error as Error)?.name === 'ClientOfflineError'
  ) {
    return { reason: '连接已断开，正在重连（请稍后重试）', code: 'refused' };
  }
  if (/Socket closed unexpectedly|ECONNRESET|Connection terminated/i.test(text)) {
    return { reason: '连接被对方关闭（请确认该地址上运行的是对应的服务）', code: 'refused' };
  }
  if (has('28P01', '28000') || /WRONGPASS|NOAUTH|password authentication|auth/i.test(text)) {
    return { reason: '认证失败（请检查用户名和密码）', code: 'auth' };
  }
  if (has('57P01', '57P02', '57P03')) {
    return { reason: '服务器正在关闭或重启（请稍后重试）', code: 'refused' };
  }
  if (has('3D000')) return { reason: '数据库不存在（请先创建数据库）', code: 'no-database' };
  if (has('SQLITE_CANTOPEN', 'EACCES', 'EROFS', 'ENOTDIR', 'EISDIR', 'SQLITE_READONLY')) {
    return { reason: '无法打开或写入数据文件（请检查路径和权限）', code: 'file' };
  }
  const first = messages[0] ?? String(error);
  return { reason: oneLine(first).slice(0, 200) || '未知错误', code: 'failed' };
}

/** Removes a password (and the URL form carrying it) from any text before it is shown. */
function scrub(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('***');
  return out;
}

function passwordOf(url: string): string[] {
  try {
    const p = new URL(url).password;
    return p ? [p, decodeURIComponent(p)] : [];
  } catch {
    const m = /\/\/[^/:@]*:([^@/]*)@/.exec(url);
    return m?.[1] ? [m[1]] : [];
  }
}

// ---------------------------------------------------------------------------------------------
// Adapters: each backend's file is loaded only when STORAGE_URL names it.

async function openAdapter(
  target: ParsedStorageUrl,
  timeoutMs: number,
  namespace: string,
  onBackgroundError: (err: unknown) => void,
): Promise<Opened> {
  switch (target.kind) {
    case 'sqlite': {
      const { openSqlite } = await import('./sqlite.js');
      return openSqlite(target.file, timeoutMs, onBackgroundError);
    }
    case 'redis': {
      const { openRedis } = await import('./redis.js');
      return openRedis(target.url, timeoutMs, namespace, onBackgroundError);
    }
    case 'postgres': {
      const { openPostgres } = await import('./postgres.js');
      return openPostgres(target.url, timeoutMs, onBackgroundError);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Store

/** keyv's stored form is JSON `{ value, expires? }`; anything else decodes to CORRUPT. */
function serialize(data: unknown): string {
  return JSON.stringify(data);
}

function decode(text: string): DeserializedData<unknown> {
  try {
    const data = JSON.parse(text) as unknown;
    if (data && typeof data === 'object' && !Array.isArray(data) && 'value' in data) {
      return data as DeserializedData<unknown>;
    }
  } catch {
    // fall through
  }
  return { value: CORRUPT };
}

const deserialize: Deserialize = <Value>(text: string) => decode(text) as DeserializedData<Value>;

export async function openStore(
  url: string | undefined,
  opts: OpenStoreOptions = {},
): Promise<Store> {
  const target = parseStorageUrl(url, opts);
  const timeoutMs = opts.timeoutMs ?? PROBE_TIMEOUT_MS;
  const secrets = url ? passwordOf(url) : [];
  const what = `STORAGE_URL=${target.label}`;
  const failure = (verb: string, error: unknown) => {
    const { reason, code } = describeFailure(error);
    return new StorageError(scrub(`${verb} ${what}：${reason}`, secrets), code);
  };

  let closed = false;
  const onBackgroundError = (err: unknown) => {
    if (closed) return;
    opts.onError?.(scrub(`存储出错 ${what}：${describeFailure(err).reason}`, secrets));
  };

  const namespace = opts.namespace ?? NAMESPACE;
  let opened: Opened;
  try {
    opened = await openAdapter(target, timeoutMs, namespace, onBackgroundError);
  } catch (error) {
    if (error instanceof FileInUseError) throw new StorageError(error.message, 'in-use');
    throw failure('无法连接存储', error);
  }

  const keyv = new Keyv({
    store: opened.adapter,
    namespace,
    useKeyPrefix: opened.useKeyPrefix,
    throwOnErrors: true,
    serialize,
    deserialize,
  });
  keyv.on('error', () => {
    // Errors reach the caller as rejections (throwOnErrors); background ones via the adapter.
  });

  const wrap = async <T>(verb: string, op: () => Promise<T>): Promise<T> => {
    if (closed) throw new StorageError(`${verb} ${what}：存储已关闭`, 'failed');
    try {
      return await op();
    } catch (error) {
      throw failure(verb, error);
    }
  };

  const adapterKey = (key: string) => (opened.useKeyPrefix ? `${namespace}:${key}` : key);

  const ping = async (ms = timeoutMs) => {
    const probeKey = `probe:${process.pid}:${Math.random().toString(36).slice(2)}`;
    const roundTrip = async () => {
      await keyv.set(probeKey, 'ok');
      const back = await keyv.get(probeKey);
      await keyv.delete(probeKey);
      if (back !== 'ok') throw new StorageError('写入后读不回探测值', 'failed');
    };
    await wrap('存储不可用', () => withTimeout(roundTrip(), ms, '读写探测'));
  };

  const store: Store = {
    kind: target.kind,
    label: target.label,
    keyv,
    get: (key) => wrap('读取存储失败', () => keyv.get(key)),
    set: (key, value, ttlMs) =>
      wrap('写入存储失败', async () => {
        if (value === undefined) throw new StorageError('不能写入 undefined', 'failed');
        await keyv.set(key, value, ttlMs);
      }),
    delete: (key, opts) =>
      wrap('删除失败', async () => {
        if (opts?.withinMs !== undefined && opened.writeSoon) {
          await opened.writeSoon(adapterKey(key), undefined, opts.withinMs);
        } else {
          await keyv.delete(key);
        }
      }),
    deleteMany: (keys) =>
      wrap('删除失败', async () => {
        // One by one: deleteMany's "nothing deleted" result differs between adapters.
        for (const key of keys) await keyv.delete(key);
      }),
    getEntry: (key) =>
      wrap('读取存储失败', async () => {
        const text = await opened.getRaw(adapterKey(key));
        return text === undefined ? undefined : { value: decode(text).value, text };
      }),
    put: (key, value, opts) =>
      wrap('写入存储失败', async () => {
        if (value === undefined) throw new StorageError('不能写入 undefined', 'failed');
        // keyv's own envelope for a value without expiry, so keyv.get reads it as usual.
        const text = serialize({ value });
        if (opts?.withinMs !== undefined && opened.writeSoon) {
          await opened.writeSoon(adapterKey(key), text, opts.withinMs);
        } else {
          await opened.setRaw(adapterKey(key), text);
        }
        return text;
      }),
    adapterKey,
    getRaw: (key) => wrap('读取存储失败', () => opened.getRaw(adapterKey(key))),
    setRaw: (key, text) => wrap('写入存储失败', () => opened.setRaw(adapterKey(key), text)),
    deletePrefix: (prefix) => wrap('删除失败', () => opened.deletePrefix(adapterKey(prefix))),
    purgeDeleted: () => wrap('删除失败', () => opened.purge()),
    commitStats: () => opened.commitStats?.(),
    ping,
    close: async () => {
      if (closed) return;
      closed = true;
      await opened.release();
    },
  };

  try {
    await ping();
  } catch (error) {
    closed = true;
    await opened.release();
    // Re-word the probe failure as a start-up failure.
    const reworded =
      error instanceof StorageError ? error.message.replace(/^存储不可用/, '无法连接存储') : '';
    throw reworded
      ? new StorageError(reworded, (error as StorageError).code)
      : failure('无法连接存储', error);
  }
  return store;
}
