import { describeError } from '../core/errors.js';

/** The system error code of a failed request (ECONNREFUSED, ENOTFOUND, ETIMEDOUT...), or its message. */
export function networkReason(err: unknown): string {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
    const errors = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(errors) && errors.length) e = errors[0];
    else e = (e as { cause?: unknown }).cause;
  }
  return describeError(err);
}
