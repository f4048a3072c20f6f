/**
 * Coded errors: every failure the core reports carries a stable `code` that adapters map to user text,
 * the human message, and the underlying cause when there is one.
 */
export type OnRecordErrorCode =
  | 'BAD_INPUT' // a question, option or payload that cannot be used
  | 'BAD_ARTICLE' // a file or page that is not a usable article (empty, binary, too large...)
  | 'NOT_FOUND' // a file, quote or article that does not exist
  | 'FETCH_REFUSED' // a URL the fetch policy will not request (SSRF guard, scheme, size, type)
  | 'FETCH_FAILED' // the remote end failed (timeout, status, network)
  | 'STORE_FAILED' // the index could not be read or written
  | 'CONFIG_INVALID'; // configuration that fails validation

export class OnRecordError extends Error {
  readonly code: OnRecordErrorCode;
  constructor(code: OnRecordErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OnRecordError';
    this.code = code;
  }
}

/** True when `err` is an OnRecordError, optionally with the given code. */
export function isOnRecordError(err: unknown, code?: OnRecordErrorCode): err is OnRecordError {
  return err instanceof OnRecordError && (code === undefined || err.code === code);
}

/** One line describing any thrown value, for logs and stderr (never a stack trace for user errors). */
export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
