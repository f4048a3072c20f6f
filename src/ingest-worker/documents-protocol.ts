import type { DocumentInput, PreparedArticle } from '../core/index.js';
import type { PostedError } from './thread-errors.js';

/** A batch of documents for a bulk-ingest thread to prepare. */
export interface DocumentJob {
  id: number;
  inputs: DocumentInput[];
  collection: string;
  /** ISO time stamping every article of the batch. */
  now: string;
}

/** A thread's answer: one outcome per input, in order, errors reduced to plain data. */
export interface DocumentResults {
  id: number;
  outcomes: ({ ok: true; prepared: PreparedArticle } | { ok: false; error: PostedError })[];
}
