import type { QuoteStore } from '../../src/core/store/port.js';

/**
 * `inner` behind a proxy that tells `seen` the name and arguments of every store method called, before the call
 * runs (so a test can count the round-trips of a question, or abort it in flight).
 */
export function spyStore(inner: QuoteStore, seen: (method: string, args: unknown[]) => void): QuoteStore {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const v: unknown = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        seen(String(prop), args);
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
