import pino, { type Logger, type LoggerOptions } from 'pino';

/**
 * One pino logger for the process, JSON lines on stdout. Message texts and tokens are never
 * logged at info level; the redaction below is a second line of defence for fields that might
 * carry them by mistake. Errors go under `err` as objects (type, message, stack).
 */
export function createLogger(level = 'info', fd: 1 | 2 = 1): Logger {
  return pino(loggerOptions(level), pino.destination({ fd, sync: false, minLength: 0 }));
}

/** Fields censored at the top of a line (`text`, …) and one level down (`ctx.text`, …). */
const TOP = new Set(['token', 'apiKey', 'text', 'answer', 'instruction']);
const NESTED = new Set(['token', 'apiKey', 'text']);
const CENSOR = '[redacted]';

/** The logger's settings; tests give them a stream of their own. */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: undefined,
    serializers: { err: serializeError },
    // pino's `redact` for the fields at the top of a line or of a child logger's bindings; its
    // wildcard paths (`*.text`) would run a stringifier on every field of every line, ~8% of an
    // update's CPU at 20 users under load (docs/performance.md round 20), so one level down is
    // censored by `censorInner` below, which looks at the keys only and copies a line only when
    // it has something to censor.
    redact: { paths: [...TOP], censor: CENSOR },
    formatters: { log: censorInner },
  };
}

/**
 * The line's object with the secret-looking fields of its objects censored (ctx.text; the top
 * is pino's `redact`, an error is serializeError's): the same object when there are none.
 */
export function censorInner(line: Record<string, unknown>): Record<string, unknown> {
  let out = line;
  for (const key in line) {
    const value = line[key];
    if (key === 'err' || !isPlain(value)) continue;
    const inner = censorNested(value);
    if (inner === value) continue;
    if (out === line) out = { ...line };
    out[key] = inner;
  }
  return out;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function censorNested(value: Record<string, unknown>): Record<string, unknown> {
  let out = value;
  for (const key in value) {
    if (!NESTED.has(key)) continue;
    if (out === value) out = { ...value };
    out[key] = CENSOR;
  }
  return out;
}

/**
 * pino's error serializer, minus the request a failed Telegram call carries (grammY's
 * GrammyError.payload holds the message being sent, i.e. the user's text), and with the same
 * fields censored as anywhere else.
 */
function serializeError(error: unknown) {
  if (!(error instanceof Error)) return isPlain(error) ? censorNested(error) : error;
  const { payload: _payload, ...rest } = pino.stdSerializers.err(error) as Record<string, unknown>;
  return censorNested(rest);
}

export type { Logger };
