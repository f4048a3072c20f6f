import { parseDocument } from './articles/load.js';
import type { DocumentInput } from './api.js';
import type { Extractor } from './extraction/model.js';
import { prepareArticle, type PreparedArticle } from './ingest.js';

/** One document made ready to write, or why it cannot be (the others of its batch are unaffected). */
export type PrepareOutcome = { ok: true; prepared: PreparedArticle } | { ok: false; error: Error };

/**
 * Parses, extracts and builds the records of a batch of documents, without writing, answering in input order.
 * `now` stamps every article of the batch. A bulk ingest may run this elsewhere (worker threads) while the
 * store writes the batch before.
 */
export type DocumentPreparer = (inputs: DocumentInput[], collection: string, now: Date) => Promise<PrepareOutcome[]>;

/** Prepares documents in this thread, one by one. */
export function prepareDocuments(inputs: readonly DocumentInput[], collection: string, deps: { extract: Extractor; now: () => Date; signal?: AbortSignal }): PrepareOutcome[] {
  return inputs.map((input): PrepareOutcome => {
    deps.signal?.throwIfAborted();
    try {
      return { ok: true, prepared: prepareArticle(parseDocument(input), collection, deps) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
    }
  });
}
