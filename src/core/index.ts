import type { DocumentInput, IngestOptions, IngestOutcome, IngestResult, OnRecord } from './api.js';
import { parseDocument } from './articles/load.js';
import type { Article } from './articles/model.js';
import { Answerer } from './answers/answerer.js';
import { DEFAULT_UNCERTAIN_BELOW, toHits } from './answers/hits.js';
import type { Answer, AskOptions, QuoteHit, SpeakerSummary } from './answers/model.js';
import { verifyMessage, type MessageVerification } from './answers/message-check.js';
import { warmUpQuestions } from './answers/warm-up.js';
import { Corrections } from './corrections.js';
import { IndexCache } from './engine.js';
import { reshow, type ShownAnswer } from './answers/shown.js';
import { OnRecordError } from './errors.js';
import { extractQuotes } from './extraction/index.js';
import type { Extractor } from './extraction/model.js';
import { ingestArticle, ingestResult } from './ingest.js';
import { prepareDocuments, type DocumentPreparer } from './prepare-documents.js';
import { speakerSummary } from './speakers/registry.js';
import { deliverFollows } from './follows/deliver.js';
import { addFollow, listFollowing, removeFollow } from './follows/manage.js';
import type { BatchOutcome, QuoteStore, StoredSpeaker } from './store/port.js';
import { prepareUrl, type PageFetcher, type UrlJob, type UrlPreparer } from './url-ingest.js';

export type { OnRecord, IngestResult, IngestOutcome, DocumentInput, IngestOptions } from './api.js';
export type * from './answers/model.js';
export type { MessageVerification, PassageCheck } from './answers/message-check.js';
export type { Article, ArticleMeta } from './articles/model.js';
export type { ExtractedQuote, SpeakerRef, SaidOn } from './extraction/model.js';
export type { QuoteStore, ExpiringState } from './store/port.js';
export { OnRecordError, isOnRecordError, describeError } from './errors.js';

export { extractDocument } from './extract.js';
export { verifyQuestion } from './questions/paste.js';
export { whenPhrase } from './answers/when.js';
export { shownRanges, type ShownRange } from './answers/whole-quote.js';
export { shownOf, shownCheck, goneNote, MAX_SHOWN, type ShownAnswer, type ShownQuote, type Reshown } from './answers/shown.js';
export { citationText, parseCitationTemplate, DEFAULT_CITATION_TEMPLATE, CITATION_PLACEHOLDERS, type CitationTemplate } from './answers/citation.js';
export { stripControls, oneLine, cutAtWord, fitEscaped, neutralise, defuseBroadcasts } from './text/display.js';
export { answerView, quoteView, verdictView, differencesOf, speakerLabel, speakerItemView, sourceLabel, quoteNotices, headlineOf, WORDING } from './answers/view.js';
export type { AnswerView, QuoteView, VerdictView, DifferencePart, SpeakerLabel, SpeakerItemView, SourceLabel, QuoteNotice, PagingView } from './answers/view.js';
export type * from './follows/model.js';
export { splitFollowPhrase } from './follows/topic.js';

export type { PageFetcher, UrlJob, UrlPreparer } from './url-ingest.js';
export { prepareUrl } from './url-ingest.js';
export { prepareDocuments, type DocumentPreparer, type PrepareOutcome } from './prepare-documents.js';
export type { PreparedArticle } from './ingest.js';
export type { Correction, CorrectionRequest } from './corrections.js';
export type { SpeakerShown } from './store/port.js';

export interface OnRecordDeps {
  store: QuoteStore;
  /** Defaults to the built-in extractor. */
  extract?: Extractor;
  /** Needed only for `ingestUrl` run in this thread (when `prepareUrl` is not given). */
  fetchPage?: PageFetcher;
  /** Where `ingestUrl`'s fetch, parse and extract run; in this thread, with `fetchPage`, when absent. */
  prepareUrl?: UrlPreparer;
  /** Where `ingestDocuments` parses and extracts (worker threads for a bulk ingest); in this thread, with `extract`, when absent. */
  prepareDocuments?: DocumentPreparer;
  /** Defaults to the system clock; tests pin it. */
  now?: () => Date;
  /** How often a reader checks whether another process wrote (ms). */
  refreshMs?: number;
  /** Answers mark a quote "attribution uncertain" when its confidence is below this (default 0.6). */
  uncertainBelow?: number;
}

const COLLECTION = /^[a-z0-9][a-z0-9_-]{0,62}$/i;

function collectionOf(options?: { collection?: string }): string {
  const c = options?.collection ?? 'default';
  if (!COLLECTION.test(c)) throw new OnRecordError('BAD_INPUT', `invalid collection name "${c}"`);
  return c;
}

/**
 * Wall time after which the start-up warm-up asks no further question (a slow store or a huge index): on the
 * whole corpus its questions take about 300 ms of CPU in all (session 22, h-perf9).
 */
const WARM_UP_LIMIT_MS = 2000;

function readable(options?: { collections?: string[] }): string[] {
  const cols = options?.collections?.length ? options.collections : ['default'];
  for (const c of cols) if (!COLLECTION.test(c)) throw new OnRecordError('BAD_INPUT', `invalid collection name "${c}"`);
  return cols;
}

/**
 * Creates the core over a store (which must already be `init()`ed). The one public surface adapters use.
 */
export function createOnRecord(deps: OnRecordDeps): OnRecord {
  const store = deps.store;
  const extract = deps.extract ?? extractQuotes;
  const now = deps.now ?? (() => new Date());
  const cache = new IndexCache(store, deps.refreshMs ?? 500);
  const uncertainBelow = deps.uncertainBelow ?? DEFAULT_UNCERTAIN_BELOW;
  const answerer = new Answerer({ store, cache, now, uncertainBelow });
  /** The start-up warm-up, run once (`warm`); cleared when it fails, so a later call tries again. */
  let warming: Promise<void> | undefined;
  const corrections = new Corrections(store, cache, now);
  let lastWrite: Promise<unknown> = Promise.resolve();

  const ingestParsed = async (article: Article, options?: IngestOptions): Promise<IngestResult> => {
    options?.signal?.throwIfAborted();
    const result = await ingestArticle(article, collectionOf(options), { store, extract, now });
    if (result.status !== 'unchanged') cache.invalidate();
    return result;
  };

  const verify = (pasted: string, options?: AskOptions): Promise<Answer> => {
    return answerer.verify(pasted, { ...options, collections: readable(options) });
  };

  return {
    ingestArticle: ingestParsed,
    async ingestDocuments(inputs: DocumentInput[], options?: IngestOptions): Promise<IngestOutcome[]> {
      const collection = collectionOf(options);
      const signal = options?.signal;
      // In this thread the batch is extracted now, before the call returns; a threaded preparer works on it
      // while this thread writes the batch before.
      const preparing = deps.prepareDocuments
        ? deps.prepareDocuments(inputs, collection, now())
        : Promise.resolve(prepareDocuments(inputs, collection, { extract, now, ...(signal ? { signal } : {}) }));
      // Written after every batch asked for before it, so a caller may prepare the next batch while the store
      // writes this one and still keep the write order.
      const write = Promise.all([preparing, lastWrite]).then(async ([prepared]) => {
        signal?.throwIfAborted();
        const ready = prepared.flatMap((p) => (p.ok ? [{ article: p.prepared.stored, quotes: p.prepared.records }] : []));
        return { prepared, written: await store.replaceArticles(ready) };
      });
      lastWrite = write.catch(() => undefined);
      const { prepared, written } = await write;
      let next = 0; // written[] answers the prepared documents, in order
      const outcomes = prepared.map((p, at): IngestOutcome => {
        const source = (inputs[at] as DocumentInput).source;
        if (!p.ok) return { ok: false, source, error: p.error };
        const w = written[next++] as BatchOutcome;
        return w.ok ? { ok: true, source, result: ingestResult(p.prepared, w.result) } : { ok: false, source, error: w.error };
      });
      if (written.some((w) => w.ok && w.result.status !== 'unchanged')) cache.invalidate();
      return outcomes;
    },
    async ingestDocument(input: DocumentInput, options?: IngestOptions) {
      return ingestParsed(parseDocument(input), options);
    },
    async ingestUrl(url: string, options?: IngestOptions) {
      const job: UrlJob = { url, collection: collectionOf(options), now: now().toISOString(), ...(options?.meta ? { meta: options.meta } : {}) };
      const signal = options?.signal;
      const prepared = deps.prepareUrl ? await deps.prepareUrl(job, signal) : await prepareUrl(job, { ...(deps.fetchPage ? { fetchPage: deps.fetchPage } : {}), extract }, signal);
      signal?.throwIfAborted();
      const result = ingestResult(prepared, await store.replaceArticle(prepared.stored, prepared.records));
      if (result.status !== 'unchanged') cache.invalidate();
      return result;
    },
    ask(question: string, options?: AskOptions): Promise<Answer> {
      return answerer.ask(question, { ...options, collections: readable(options) });
    },
    verify,
    async verifyMessage(message: string, options?: AskOptions): Promise<MessageVerification> {
      const collections = readable(options);
      return verifyMessage(message, (passage) => verify(passage, { ...options, collections }), options?.signal);
    },
    async suggestSpeakers(prefix: string, options?: { collections?: string[]; limit?: number }): Promise<SpeakerSummary[]> {
      const collections = readable(options);
      const limit = Math.max(1, Math.min(25, options?.limit ?? 25));
      const { registry } = await cache.current(collections);
      const visible = (s: StoredSpeaker) => collections.some((c) => (s.quoteCounts[c] ?? 0) > 0);
      const q = prefix.trim().slice(0, 100);
      const count = (s: StoredSpeaker) => collections.reduce((n, c) => n + (s.quoteCounts[c] ?? 0), 0);
      const list = q ? registry.nearest(q, visible, limit) : registry.all().filter(visible).sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name)).slice(0, limit);
      return list.map((s) => speakerSummary(s, collections));
    },
    async getQuote(id: string, options?: { collections?: string[] }): Promise<QuoteHit | null> {
      const collections = readable(options);
      const [q] = await store.getQuotes([id]);
      if (!q || !collections.includes(q.collection)) return null;
      const { registry } = await cache.current(collections);
      const [hit] = await toHits([{ quote: q, score: 0, matched: [] }], store, registry, { collections }, uncertainBelow);
      return hit ?? null;
    },
    reshow(shown: ShownAnswer, options?: { collections?: string[] }) {
      return reshow(shown, readable(options), { store, cache, now, uncertainBelow });
    },
    help(options?: { collections?: string[]; signal?: AbortSignal }): Promise<Answer> {
      return answerer.help({ collections: readable(options), ...(options?.signal ? { signal: options.signal } : {}) });
    },
    counts(options?: { collections?: string[] }) {
      return store.counts(options?.collections ? { collections: readable(options) } : undefined);
    },
    follow: (request) => addFollow({ store, cache, now }, { ...request, collections: readable(request) }),
    unfollow: (request) => removeFollow({ store, cache, now }, { ...request, collections: readable(request) }),
    following: (where) => listFollowing({ store, cache, now }, where),
    deliverFollows: (options) => deliverFollows({ store, cache, now, uncertainBelow }, options),
    correct: (request) => corrections.correct({ ...request, collections: readable(request) }),
    undoCorrection: (id, options) => corrections.undo(id, { ...options, collections: readable(options) }),
    corrections: (options) => corrections.list(options?.collections ? { ...options, collections: readable(options) } : { ...options }),
    warm() {
      // Once per process (the CLI's open and its ask both call it): the second call waits for the first.
      warming ??= (async () => {
        const { registry, vocab } = await cache.current(readable());
        vocab.typoIndex();
        // Questions of every answer path, built from the index, each asked once and thrown away (answers/warm-up.ts):
        // statements, caches and compiled code are ready before the first real question needs them.
        const help = await answerer.help({});
        const stopAt = performance.now() + WARM_UP_LIMIT_MS;
        for (const question of warmUpQuestions(help, registry, readable())) {
          if (performance.now() > stopAt) break;
          await answerer.ask(question, {});
        }
      })().catch((e: unknown) => {
        warming = undefined;
        throw e;
      });
      return warming;
    },
    close: () => store.close(),
  };
}
