import pino, { type Logger } from 'pino';

/**
 * One pino logger for the process, JSON lines on stdout. Message texts and tokens are never
 * logged at info level; the redact list is a second line of defence for fields that might
 * carry them by mistake.
 */
export function createLogger(level = 'info', fd: 1 | 2 = 1): Logger {
  return pino(
    {
      level,
      base: undefined,
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

export type { Logger };
