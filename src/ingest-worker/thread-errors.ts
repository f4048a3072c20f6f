import { OnRecordError, type OnRecordErrorCode } from '../core/errors.js';

/** An error as a thread posts it: plain data (an Error's class and code do not survive the message). */
export interface PostedError {
  name: string;
  message: string;
  code?: string;
}

const ERROR_CODES = new Set<OnRecordErrorCode>(['BAD_INPUT', 'BAD_ARTICLE', 'NOT_FOUND', 'FETCH_REFUSED', 'FETCH_FAILED', 'STORE_FAILED', 'CONFIG_INVALID']);

/** Reduces an error thrown in a thread to what can be posted back. */
export function postable(err: unknown): PostedError {
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (e as { code?: unknown }).code;
  return { name: e.name, message: e.message, ...(typeof code === 'string' ? { code } : {}) };
}

/** An error posted back by a thread, as the error type the adapters know how to word. */
export function rebuild(e: PostedError): Error {
  if (e.code && ERROR_CODES.has(e.code as OnRecordErrorCode)) return new OnRecordError(e.code as OnRecordErrorCode, e.message);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}
