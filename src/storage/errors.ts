export type StorageErrorCode =
  | 'unsupported'
  | 'refused'
  | 'not-found'
  | 'timeout'
  | 'auth'
  | 'no-database'
  | 'file'
  | 'in-use'
  | 'failed';

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** A storage failure, with a one-line message that never contains a password. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    message: string,
    readonly code: StorageErrorCode,
  ) {
    super(oneLine(message));
  }
}
