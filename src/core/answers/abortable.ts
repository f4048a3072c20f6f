import type { QuoteStore } from '../store/port.js';

/**
 * The store as one question sees it: every call first checks the question's abort signal, and so does every
 * answer that comes back, so a chat answer that has timed out stops at its next store round-trip instead of
 * ranking and reading on for nobody. (A call already running in the database finishes; its result is dropped.)
 */
export function abortableStore(store: QuoteStore, signal: AbortSignal): QuoteStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        signal.throwIfAborted();
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result instanceof Promise
          ? result.then((r: unknown) => {
              signal.throwIfAborted();
              return r;
            })
          : result;
      };
    },
  });
}
