import type { QuoteStore, ReadOptions } from '../store/port.js';

/** The reads that take `ReadOptions`, and where: the signal is passed on to the store, which stops the read itself. */
const READ_OPTIONS_AT: { [K in keyof QuoteStore]?: number } = {
  getArticle: 1,
  getQuotes: 1,
  articlesWithFingerprints: 2,
  quotesForHits: 2,
  hitSources: 3,
  quotesBySpeakers: 3,
  quotesByTerms: 3,
  rankRowsByTerms: 3,
  quotesWithAllTerms: 3,
  rankRowsBySpeakers: 4,
  rankRowsOfArticles: 3,
};

/**
 * The store as one question sees it: every call first checks the question's abort signal, and so does every
 * answer that comes back, so a chat answer that has timed out stops at its next store round-trip instead of
 * ranking and reading on for nobody. The reads that take `ReadOptions` also get the signal, so the store stops
 * a read already running (PostgreSQL cancels the statement in the server).
 */
export function abortableStore(store: QuoteStore, signal: AbortSignal): QuoteStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      const at = READ_OPTIONS_AT[prop as keyof QuoteStore];
      return (...args: unknown[]) => {
        signal.throwIfAborted();
        if (at !== undefined) {
          const given = args[at] as ReadOptions | undefined;
          args = [...args];
          while (args.length < at) args.push(undefined);
          args[at] = { ...given, signal };
        }
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
