import pino, { type Logger } from 'pino';

/**
 * One pino logger for the process, JSON lines on stdout. Message texts and tokens are never
 * logged at info level; the redact list is a second line of defence for fields that might
 * carry them by mistake. Errors go under `err` as objects (type, message, stack).
 */
export function createLogger(level = 'info', fd: 1 | 2 = 1): Logger {
  return pino(
    {
      level,
      base: undefined,
      serializers: { err: serializeError },
      redact: {
        paths: [
          'token',
          'apiKey',
          'text',
          'answer',
          'instruction',
          '*.token',
          '*.apiKey',
          '*.text',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination({ fd, sync: false, minLength: 0 }),
  );
}

/**
 * pino's error serializer, minus the request a failed Telegram call carries (grammY's
 * GrammyError.payload holds the message being sent, i.e. the user's text).
 */
function serializeError(error: unknown) {
  if (!(error instanceof Error)) return error;
  const { payload: _payload, ...rest } = pino.stdSerializers.err(error) as Record<string, unknown>;
  return rest;
}

export type { Logger };
