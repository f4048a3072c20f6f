import { createHash } from 'node:crypto';
import pg from 'pg';
import { OnRecordError } from '../../errors.js';
import { STATE_PURGE_EVERY, type BatchOutcome, type FollowDelivery, type FollowRecord, type FollowedQuote, type QuoteFilter, type QuoteStore, type RankRow, type ArticleRankRow, type QuotesForHits, type ReadOptions, type TermReadOptions, type ReplaceResult, type SpeakerRecord, type StoredArticle, type StoredQuote, type StoredSpeaker, type CorrectionRecord, type NewCorrection } from '../port.js';
import { migrate, quoteIdent } from './migrate.js';
import { scopeSpeaker } from '../../speakers/scope.js';
import { ARTICLE_COLUMNS, JOIN_PARAGRAPH, QUOTE_COLUMNS, RANK_ROW_COLUMNS, SPEAKER_COLUMNS, articleFromRow, quoteFromRow, rankRowFromRow, speakerFromRow, type ArticleRow, type QuoteRow, type RankRowRecord, type SpeakerRow } from './rows.js';
import { trigramSchema } from './schema.js';
import { ALL_OF_SQL, cleanTerms, filterSql, parseSeqs, POSTINGS_SQL, postingsAnswer, type PostingsRow } from './search.js';
import { runTermSearch, type KeyedRow, type PoolOrder, type TermAnswer } from '../term-search.js';
import { inTransaction, lockKey } from './tx.js';
import { termSignature } from './term-signature.js';
import { PostgresFollows } from './follows.js';
import { correctionFromRow, extractorRecords, articleKeyOf, shownSpeaker, type CorrectionRow } from '../corrections.js';
import { appliedTo, articlesOf, CORRECTION_COLUMNS, getCorrection, insertCorrection, markUndone } from './corrections.js';
import { articleLockSql, deleteArticleTx, replaceArticlesTx } from './write.js';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database` (libpq-style parameters such as `sslmode` are honoured). */
  connectionString: string;
  /** Schema holding the tables (created when missing); lets several indexes share one database. Default `onrecord`. */
  schema?: string;
  /** Connections in this process's pool. Default 10. */
  poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** Quotes written in batches before a process first refreshes the planner's statistics (see `analyzeAfterBulk`). */
const ANALYZE_AFTER = 5000;

/**
 * The shared store: one PostgreSQL database serving every process (Slack, Discord, worker, CLI). Writes are
 * single transactions with a fixed lock order (see `write.ts`); reads are plain snapshots. Full text uses a
 * GIN index over the core's own terms and takes the same first cut as the SQLite store (see `search.ts`), so
 * answers do not depend on which store is configured.
 */
export class PostgresQuoteStore implements QuoteStore {
  readonly kind = 'postgres';
  readonly schema: string;
  private readonly pool: pg.Pool;
  private readonly connectionString: string;
  private trigram: string | null = null;

  constructor(options: PostgresStoreOptions) {
    this.schema = options.schema ?? 'onrecord';
    this.connectionString = options.connectionString;
    if (!SCHEMA_NAME.test(this.schema)) throw new OnRecordError('CONFIG_INVALID', `invalid PostgreSQL schema name "${this.schema}" (lower-case letters, digits, _)`);
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      // Every connection resolves unqualified names in the store's schema; extensions live in public. JIT
      // compilation costs far more than these millisecond queries ever save (seen: 1.4 s for a 10 ms search).
      options: `-c search_path=${quoteIdent(this.schema)},public -c jit=off`,
      // Connections open on demand (a process asking one question at a time holds one or two) and then stay:
      // each keeps its prepared statements, and a bot asked once a minute should not pay a new connection
      // (and new plans) per question. Ten idle minutes close one.
      idleTimeoutMillis: 600_000,
      connectionTimeoutMillis: 10_000,
    });
    // An idle client losing its server (a restart) must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
  }

  async init(): Promise<void> {
    await migrate(this.pool, this.schema);
    this.trigram = await this.read('inspect extensions', (c) => trigramSchema(c));
  }

  async replaceArticle(article: StoredArticle, quotes: StoredQuote[]): Promise<ReplaceResult> {
    try {
      const [result] = await inTransaction(this.pool, (c) => replaceArticlesTx(c, [{ article, quotes }]), articleLockSql([article.id]));
      return result as ReplaceResult;
    } catch (err) {
      throw new OnRecordError('STORE_FAILED', `could not write article ${article.source ?? article.id}: ${(err as Error).message}`, { cause: err });
    }
  }

  async replaceArticles(items: { article: StoredArticle; quotes: StoredQuote[] }[]): Promise<BatchOutcome[]> {
    // The whole batch in one transaction (a few round trips and one set of statements for every article); when
    // it fails (one bad article, or one article twice), each article is written in its own transaction instead,
    // so a bad one fails alone and the rest are written exactly as `replaceArticle` would.
    const ids = items.map((x) => x.article.id);
    if (items.length > 1 && new Set(ids).size === ids.length) {
      try {
        const results = await inTransaction(this.pool, (c) => replaceArticlesTx(c, items), articleLockSql(ids));
        await this.analyzeAfterBulk(results.reduce((n, r) => n + (r.status === 'unchanged' ? 0 : r.quotes), 0));
        return results.map((result) => ({ ok: true, result }));
      } catch {
        // Written one by one below; the errors that matter are reported per article.
      }
    }
    const out: BatchOutcome[] = [];
    for (const { article, quotes } of items) {
      try {
        out.push({ ok: true, result: await this.replaceArticle(article, quotes) });
      } catch (error) {
        out.push({ ok: false, error: error as Error });
      }
    }
    return out;
  }

  /** Quotes this process has written in batches since it last refreshed the planner's statistics, and the total at that time. */
  private bulkSinceAnalyze = 0;
  private bulkAtAnalyze = 0;

  /**
   * Refreshes the planner's statistics during a bulk load, each time this process has written as many quotes
   * again as at the last refresh (at least `ANALYZE_AFTER`). Autovacuum does it too, but only after its next
   * nap: a store questioned right after a load of 100k quotes, with no statistics yet, planned its all-of
   * look-up as a scan of every quote (300-400 ms instead of 2). A failure (no privilege) changes nothing.
   */
  private async analyzeAfterBulk(quotes: number): Promise<void> {
    this.bulkSinceAnalyze += quotes;
    if (this.bulkSinceAnalyze < Math.max(ANALYZE_AFTER, this.bulkAtAnalyze)) return;
    this.bulkAtAnalyze += this.bulkSinceAnalyze;
    this.bulkSinceAnalyze = 0;
    await this.analyze().catch(() => undefined);
  }

  async deleteArticle(id: string): Promise<boolean> {
    try {
      return await inTransaction(this.pool, (c) => deleteArticleTx(c, id), articleLockSql([id]));
    } catch (err) {
      throw new OnRecordError('STORE_FAILED', `could not delete article ${id}: ${(err as Error).message}`, { cause: err });
    }
  }

  async listArticleSources(prefix: string): Promise<{ id: string; source: string; contentHash: string }[]> {
    const rows = await this.rows<{ id: string; source: string; content_hash: string }>(
      'SELECT id, source, content_hash FROM articles WHERE starts_with(source, $1) ORDER BY source',
      [prefix],
    );
    return rows.map((r) => ({ id: r.id, source: r.source, contentHash: r.content_hash }));
  }

  async getArticle(id: string, options?: ReadOptions): Promise<StoredArticle | null> {
    const [row] = await this.rows<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = $1`, [id], true, options?.signal);
    return row ? articleFromRow(row) : null;
  }

  async listSpeakers(): Promise<SpeakerRecord[]> {
    const rows = await this.rows<SpeakerRow>(`SELECT ${SPEAKER_COLUMNS} FROM speakers ORDER BY id`);
    return rows.map(speakerFromRow);
  }

  async termStats(): Promise<{ quotes: number; avgLength: number; df: Map<string, number> }> {
    // One snapshot for both reads, so the totals match the frequencies even while writers commit.
    return this.read('read term statistics', async (c) => {
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        const m = await c.query<{ quotes: string; term_total: string }>('SELECT quotes, term_total FROM meta');
        const t = await c.query<[string, number]>({ text: 'SELECT term, df FROM terms', rowMode: 'array' });
        const quotes = Number(m.rows[0]?.quotes ?? 0);
        const total = Number(m.rows[0]?.term_total ?? 0);
        return { quotes, avgLength: quotes ? total / quotes : 1, df: new Map(t.rows) };
      } finally {
        await c.query('COMMIT');
      }
    });
  }

  async quotesBySpeakers(speakerIds: string[], filter: QuoteFilter, limit: number, options?: ReadOptions): Promise<StoredQuote[]> {
    return (await this.bySpeakers<QuoteRow>(`${QUOTE_COLUMNS} FROM quotes q ${JOIN_PARAGRAPH}`, speakerIds, filter, limit, undefined, options?.signal)).map(quoteFromRow);
  }

  async rankRowsBySpeakers(speakerIds: string[], filter: QuoteFilter, limit: number, anyTerm?: string[], options?: ReadOptions): Promise<RankRow[]> {
    // The quote rows alone: their neighbourhood terms are on the row since schema 11 (no paragraph per row).
    return (await this.bySpeakers<RankRowRecord>(`${RANK_ROW_COLUMNS} FROM quotes q`, speakerIds, filter, limit, anyTerm, options?.signal)).map(rankRowFromRow);
  }

  /**
   * The speakers' quotes, newest first (ties: latest written), as rows of `select` (columns and FROM clause, quotes
   * as `q`); with `anyTerm`, only those holding one of the terms as a whole token in their terms, context or
   * neighbourhood terms (stored nested: the marker standing for an inner list is never a term, and the inner
   * list's tokens are in the inner field, so the three together hold every token).
   */
  private async bySpeakers<R extends pg.QueryResultRow>(select: string, speakerIds: string[], filter: QuoteFilter, limit: number, anyTerm?: string[], signal?: AbortSignal): Promise<R[]> {
    if (speakerIds.length === 0 || filter.collections.length === 0) return [];
    const terms = anyTerm ? cleanTerms(anyTerm) : undefined;
    if (terms && terms.length === 0) return [];
    const f = filterSql(filter, 3);
    const n = 3 + f.params.length;
    // Each term comes padded with its spaces (a whole token), so the test builds one string a row and term, not two.
    const holds = terms
      ? `AND EXISTS (SELECT 1 FROM unnest($${n}::text[]) AS t(padded)
           WHERE strpos(' ' || q.terms || ' ' || q.context_terms || ' ' || q.near_terms || ' ', t.padded) > 0)`
      : '';
    return this.rows<R>(
      `SELECT ${select}
       WHERE q.speaker_id = ANY($1::text[]) AND ${f.sql} ${holds}
       ORDER BY q.sort_date DESC NULLS LAST, q.seq DESC LIMIT $2`,
      [speakerIds, limit, ...f.params, ...(terms ? [terms.map((t) => ` ${t} `)] : [])],
      true,
      signal,
    );
  }

  async quotesByTerms(terms: string[], filter: QuoteFilter, limit: number, options?: ReadOptions): Promise<StoredQuote[]> {
    return this.byTerms(terms, filter, limit, `${QUOTE_COLUMNS} FROM quotes q ${JOIN_PARAGRAPH}`, (r: QuoteRow) => quoteFromRow(r), options?.signal);
  }

  async rankRowsByTerms(terms: string[], filter: QuoteFilter, limit: number, options?: TermReadOptions): Promise<RankRow[]> {
    // The quote rows alone (neighbourhood terms on the row since schema 11): one heap visit a candidate, no paragraph.
    return this.byTerms(terms, filter, limit, `${RANK_ROW_COLUMNS} FROM quotes q`, (r: RankRowRecord) => rankRowFromRow(r), options?.signal, options);
  }

  async quotesWithAllTerms(terms: string[], filter: QuoteFilter, limit: number, options?: ReadOptions): Promise<StoredQuote[]> {
    const clean = cleanTerms(terms);
    if (clean.length === 0 || filter.collections.length === 0 || limit <= 0) return [];
    const f = filterSql(filter, 3);
    // The rarest term's postings, newest first; each probed for the next rarest, then the next (most fail at
    // the first probe), in the postings key. A term no quote holds leaves the rarity list short: no answer.
    // Scalar probes rather than EXISTS: the planner would turn six EXISTS into joins and spend tens of
    // milliseconds ordering them; these stay per-row look-ups, tried in rarity order. Before any probe, the
    // posting's term signature (in the key entry, schema 14) must hold every term's bits: most postings of a
    // common rarest term fail there, read from the key alone, and are never probed.
    const mask = `$${3 + f.params.length}`;
    const probes = clean.slice(1).map((_, i) => `AND (SELECT true FROM postings x WHERE x.term = (SELECT a[${i + 2}] FROM rare) AND x.seq = r.seq)`).join(' ');
    const rows = await this.rows<QuoteRow>(
      `WITH rare AS MATERIALIZED (SELECT array_agg(term ORDER BY df, term) AS a FROM terms WHERE term = ANY(${planOnce('$1', 'text[]')}))
       SELECT ${QUOTE_COLUMNS} FROM postings r
       JOIN quotes q ON q.seq = r.seq ${JOIN_PARAGRAPH}
       WHERE r.term = (SELECT a[1] FROM rare WHERE cardinality(a) = ${clean.length}) AND (r.sig & ${mask}::bigint) = ${mask}::bigint ${probes}
         AND ${f.sql}
       ORDER BY r.seq DESC LIMIT $2`,
      [clean, limit, ...f.params, termSignature(clean)],
      true,
      options?.signal,
    );
    return rows.map(quoteFromRow);
  }

  /**
   * The full-text look-up shared by full quotes and rank rows: the shared term search (../term-search.ts), each
   * of its reads one statement here. `select` is columns and FROM clause, quotes as `q`.
   */
  private async byTerms<R extends pg.QueryResultRow & { terms: string }, T>(terms: string[], filter: QuoteFilter, limit: number, select: string, read: (row: R) => T, signal?: AbortSignal, order?: PoolOrder): Promise<T[]> {
    const clean = cleanTerms(terms);
    if (clean.length === 0 || filter.collections.length === 0 || limit <= 0) return [];
    const f = filterSql(filter, 2);
    const rowsSql = `SELECT q.seq AS key_seq, ${select} WHERE q.seq = ANY($1::bigint[]) AND ${f.sql}`;
    return this.read('search quotes', (c) =>
      runTermSearch<T>(clean, limit, async (step): Promise<TermAnswer<T>> => {
        if (step.read === 'postings') return postingsAnswer((await this.prepared<PostingsRow>(c, POSTINGS_SQL, [step.terms, step.cap, step.aboutCap])).rows[0]);
        if (step.read === 'allOf') {
          const [first, ...rest] = step.terms;
          return parseSeqs((await this.prepared<{ seqs: string | null }>(c, ALL_OF_SQL, [first, rest, step.cap, termSignature(step.terms)])).rows[0]?.seqs);
        }
        const rows = await this.prepared<R & { key_seq: string }>(c, rowsSql, [step.keys, ...f.params]);
        return rows.rows.map((r): KeyedRow<T> => ({ key: Number(r.key_seq), terms: r.terms, row: read(r) }));
      }, order),
      signal,
    );
  }

  async rankRowsOfArticles(quoteIds: string[], filter: QuoteFilter, perArticle: number, options?: ReadOptions): Promise<ArticleRankRow[]> {
    if (quoteIds.length === 0 || filter.collections.length === 0 || perArticle <= 0) return [];
    const f = filterSql(filter, 3);
    // The articles by the quotes' primary key, their quotes by `quotes_article`: a few index ranges at any size.
    const rows = await this.rows<RankRowRecord & { article_id: string }>(
      `SELECT * FROM (
         SELECT ${RANK_ROW_COLUMNS}, q.article_id, row_number() OVER (PARTITION BY q.article_id ORDER BY q.paragraph, q.start, q.seq) AS n
         FROM quotes q
         WHERE q.article_id IN (SELECT article_id FROM quotes WHERE id = ANY($1::text[])) AND ${f.sql}
       ) r WHERE n <= $2 ORDER BY article_id, n`,
      [quoteIds, perArticle, ...f.params],
      true,
      options?.signal,
    );
    return rows.map((r) => ({ ...rankRowFromRow(r), articleId: r.article_id }));
  }

  async getQuotes(ids: string[], options?: ReadOptions): Promise<StoredQuote[]> {
    if (ids.length === 0) return [];
    const rows = await this.rows<QuoteRow>(`SELECT ${QUOTE_COLUMNS} FROM quotes q ${JOIN_PARAGRAPH} WHERE q.id = ANY($1::text[]) ORDER BY q.id`, [ids], true, options?.signal);
    return rows.map(quoteFromRow);
  }

  async articlesWithFingerprints(fingerprints: string[], filter: QuoteFilter, options?: ReadOptions): Promise<Map<string, StoredArticle[]>> {
    const out = new Map<string, StoredArticle[]>();
    if (fingerprints.length === 0 || filter.collections.length === 0) return out;
    const rows = await this.rows<ArticleRow & { carried: string }>(
      `SELECT c.fingerprint AS carried, ${ARTICLE_COLUMNS} FROM articles a
       JOIN (SELECT DISTINCT q.fingerprint, q.article_id FROM quotes q
             WHERE q.fingerprint = ANY($1::text[]) AND q.collection = ANY($2::text[])) c ON c.article_id = a.id
       ORDER BY c.fingerprint, a.published NULLS FIRST, a.id`,
      [[...new Set(fingerprints)], filter.collections],
      true,
      options?.signal,
    );
    for (const r of rows) {
      const list = out.get(r.carried) ?? [];
      if (list.length === 0) out.set(r.carried, list);
      list.push(articleFromRow(r));
    }
    return out;
  }

  /**
   * `getQuotes`, `articlesWithFingerprints` and `correctionsOfQuotes` for the hits shown, as one statement: each
   * quote row carries the articles holding its words (as JSON, in `articlesWithFingerprints`' order) and its
   * correction. One round trip where the three reads took three (two of them in parallel on two connections).
   */
  async quotesForHits(ids: string[], filter: QuoteFilter, options?: ReadOptions): Promise<QuotesForHits> {
    const out: QuotesForHits = { quotes: [], carrying: new Map(), corrected: new Map() };
    if (ids.length === 0) return out;
    const rows = await this.rows<QuoteRow & { carrying: ArticleRow[] | null; correction_id: string | null }>(
      `SELECT ${QUOTE_COLUMNS},
         ${carryingSql('q.fingerprint', '$2')} AS carrying,
         (SELECT cq.correction_id FROM corrected_quotes cq WHERE cq.article_id = q.article_id AND cq.fingerprint = q.fingerprint) AS correction_id
       FROM quotes q ${JOIN_PARAGRAPH} WHERE q.id = ANY(${planOnce('$1', 'text[]')}) ORDER BY q.id`,
      [ids, filter.collections],
      true,
      options?.signal,
    );
    for (const r of rows) {
      const { carrying, correction_id: correction, ...quote } = r;
      out.quotes.push(quoteFromRow(quote));
      if (carrying?.length) out.carrying.set(r.fingerprint, carrying.map(articleFromRow));
      if (correction) out.corrected.set(r.id, correction);
    }
    return out;
  }

  /** `articlesWithFingerprints` and `correctionsOfQuotes` as one statement (hits already read in full: who said). */
  async hitSources(quoteIds: string[], fingerprints: string[], filter: QuoteFilter, options?: ReadOptions): Promise<Pick<QuotesForHits, 'carrying' | 'corrected'>> {
    const out: Pick<QuotesForHits, 'carrying' | 'corrected'> = { carrying: new Map(), corrected: new Map() };
    if (quoteIds.length === 0 && fingerprints.length === 0) return out;
    const [row] = await this.rows<{ carrying: Record<string, ArticleRow[] | null> | null; corrected: Record<string, string> | null }>(
      `SELECT
         (SELECT json_object_agg(f.fp, ${carryingSql('f.fp', '$3')}) FROM unnest(${planOnce('$2', 'text[]')}) AS f(fp)) AS carrying,
         (SELECT json_object_agg(q.id, cq.correction_id) FROM quotes q
          JOIN corrected_quotes cq ON cq.article_id = q.article_id AND cq.fingerprint = q.fingerprint
          WHERE q.id = ANY(${planOnce('$1', 'text[]')})) AS corrected`,
      [quoteIds, [...new Set(fingerprints)], filter.collections],
      true,
      options?.signal,
    );
    for (const [fp, list] of Object.entries(row?.carrying ?? {})) if (list?.length) out.carrying.set(fp, list.map(articleFromRow));
    for (const [id, correction] of Object.entries(row?.corrected ?? {})) out.corrected.set(id, correction);
    return out;
  }

  async revision(): Promise<number> {
    const [row] = await this.rows<{ revision: string }>('SELECT revision FROM meta');
    return Number(row?.revision ?? 0);
  }

  async counts(filter?: { collections: string[] }): Promise<{ articles: number; quotes: number; speakers: number }> {
    const where = filter ? 'WHERE collection = ANY($1::text[])' : '';
    const args = filter ? [filter.collections] : [];
    const [row] = await this.rows<{ articles: string; quotes: string; speakers: string }>(
      `SELECT (SELECT count(*) FROM articles ${where}) AS articles,
              (SELECT count(*) FROM quotes ${where}) AS quotes,
              (SELECT count(DISTINCT speaker_id) FROM quotes ${where}) AS speakers`,
      args,
    );
    return { articles: Number(row?.articles ?? 0), quotes: Number(row?.quotes ?? 0), speakers: Number(row?.speakers ?? 0) };
  }

  /**
   * Speakers whose name is close to `name` by trigram similarity (pg_trgm), best first, among those quoted
   * in `collections`. Not part of the port (the core matches names in memory); for tools and large
   * registries. Falls back to a substring match when pg_trgm is unavailable.
   */
  async similarSpeakers(name: string, collections: string[], limit = 10): Promise<StoredSpeaker[]> {
    const visible = 'EXISTS (SELECT 1 FROM jsonb_object_keys(counts) AS k WHERE k = ANY($2::text[]))';
    const sql = this.trigram
      ? `SELECT ${SPEAKER_COLUMNS} FROM speakers
         WHERE lower(name) OPERATOR(${this.trigram}.%) lower($1) AND ${visible}
         ORDER BY ${this.trigram}.similarity(lower(name), lower($1)) DESC, id LIMIT $3`
      : `SELECT ${SPEAKER_COLUMNS} FROM speakers
         WHERE strpos(lower(name), lower($1)) > 0 AND ${visible} ORDER BY id LIMIT $3`;
    const rows = await this.rows<SpeakerRow>(sql, [name, collections, limit]);
    // Each as seen from `collections`: another newsroom's roles stay out.
    return rows.flatMap((r) => scopeSpeaker(speakerFromRow(r), collections) ?? []);
  }

  /**
   * Refreshes the planner's statistics and the visibility map of the big tables. Autovacuum does both on its own
   * after enough writes; call it after a bulk load (a benchmark, a first import) so the next questions are planned
   * on real numbers and a posting list is read from its key alone at once. Right after a 1M-quote load, the newest
   * postings (the ones a capped backward scan reads) were not yet marked all-visible: 1,022 heap visits for 2,500
   * postings of one term, and each first reader setting hint bits. A vacuum of rows only ever inserted skips the
   * pages already marked, so repeating it during a load costs little (5 s wall at load 18 for the whole 1M).
   */
  async analyze(): Promise<void> {
    await this.flushCommits();
    await this.rows('VACUUM (ANALYZE) postings, quotes, paragraphs, articles');
    await this.rows('ANALYZE speakers, terms, meta');
  }

  /**
   * Waits until every commit so far is flushed to the WAL before a vacuum. A vacuum marks a page all-visible only
   * once the hint bits of its rows' inserting transactions are set, and after an asynchronous commit
   * (`synchronous_commit = off`, as a bulk-loading server, or the bench's and the tests' throw-away clusters, run)
   * a hint bit waits until the WAL holding that commit is flushed. A vacuum right after a batch's commit marked
   * none of its pages (a 10k load: 0 of 499 posting pages all-visible), and every capped posting scan then visited
   * the heap for each row: 20 times the buffers of the same scan after a later vacuum (100k, topic-only: 333 -> 16.5
   * a question). The WAL writer flushes asynchronous commits within a fraction of a second; on a server that commits
   * synchronously this returns at once. (A synchronous commit of our own would not do: a transaction that wrote no
   * WAL commits asynchronously whatever the setting.)
   */
  private async flushCommits(): Promise<void> {
    const [at] = await this.rows<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn');
    if (!at) return;
    for (let i = 0; i < 100; i++) {
      const [r] = await this.rows<{ done: boolean }>('SELECT pg_current_wal_flush_lsn() >= $1::pg_lsn AS done', [at.lsn]);
      if (r?.done) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async putState(key: string, value: string, ttlMs: number | null): Promise<void> {
    await this.purgeStateSometimes();
    await this.rows(
      `INSERT INTO expiring_state (key, value, expires_at)
       VALUES ($1, $2, CASE WHEN $3::float8 IS NULL THEN 'infinity'::timestamptz ELSE now() + $3::float8 * interval '1 millisecond' END)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
      [key, value, ttlMs],
    );
  }

  async deleteState(key: string): Promise<boolean> {
    const rows = await this.rows<{ key: string }>('DELETE FROM expiring_state WHERE key = $1 RETURNING key', [key]);
    return rows.length > 0;
  }

  async getState(key: string): Promise<string | null> {
    const [row] = await this.rows<{ value: string }>('SELECT value FROM expiring_state WHERE key = $1 AND expires_at > now()', [key]);
    return row?.value ?? null;
  }

  async claimState(key: string, ttlMs: number): Promise<boolean> {
    await this.purgeStateSometimes();
    // The database's clock and its row lock decide: a racing claimer waits on the inserted row, then finds it
    // unexpired and changes nothing.
    const rows = await this.rows<{ key: string }>(
      `INSERT INTO expiring_state (key, value, expires_at) VALUES ($1, '', now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET value = '', expires_at = excluded.expires_at WHERE expiring_state.expires_at <= now()
       RETURNING key`,
      [key, ttlMs],
    );
    return rows.length === 1;
  }

  // ---- Follows (see follows.ts) ----

  private readonly follows = new PostgresFollows((text, params) => this.rows(text, params));

  addFollow(follow: Omit<FollowRecord, 'id'>): Promise<{ follow: FollowRecord; created: boolean }> {
    return this.follows.add(follow);
  }

  removeFollows(where: { platform: string; tenant: string; channel: string; speakerId: string; topic?: string }): Promise<number> {
    return this.follows.remove(where);
  }

  listFollows(where: { platform: string; tenant?: string; channel?: string }): Promise<FollowRecord[]> {
    return this.follows.list(where);
  }

  quotesIngestedSince(speakerIds: string[], collections: string[], since: string, limit: number): Promise<FollowedQuote[]> {
    return this.follows.quotesSince(speakerIds, collections, since, limit);
  }

  takenDeliveries(items: FollowDelivery[]): Promise<Set<string>> {
    return this.follows.taken(items);
  }

  claimDeliveries(items: FollowDelivery[], leaseMs: number): Promise<FollowDelivery[]> {
    return this.follows.claim(items, leaseMs);
  }

  finishDeliveries(items: FollowDelivery[], sent: boolean): Promise<void> {
    return this.follows.finish(items, sent);
  }

  async close(): Promise<void> {
    if (this.pool.ended) return;
    // A bulk load ends here (the CLI's `ingest` closes its store): the quotes written since the last refresh (up
    // to half of them, by the doubling rule) are the newest, the ones every capped posting scan reads first, so
    // they are vacuumed now rather than whenever autovacuum's insert threshold (a fifth of the table) comes.
    if (this.bulkSinceAnalyze > 0 && this.bulkAtAnalyze + this.bulkSinceAnalyze >= ANALYZE_AFTER) {
      this.bulkSinceAnalyze = 0;
      await this.analyze().catch(() => undefined);
    }
    await this.pool.end();
  }

  // ---- Corrections by editors ----

  async addCorrection(n: NewCorrection): Promise<CorrectionRecord | null> {
    // A quote's id never moves to another article, so its article's lock can be taken with BEGIN.
    const [seen] = await this.getQuotes([n.quoteId]);
    if (!seen || !n.collections.includes(seen.collection)) return null;
    try {
      return await inTransaction(
        this.pool,
        async (c) => {
          const current = (await c.query<QuoteRow>(`SELECT ${QUOTE_COLUMNS} FROM quotes q ${JOIN_PARAGRAPH} WHERE q.article_id = $1`, [seen.articleId])).rows.map(quoteFromRow);
          const q = current.find((x) => x.id === n.quoteId);
          const a = (await c.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = $1`, [seen.articleId])).rows[0];
          if (!q || !a) return { value: null };
          const article = articleFromRow(a);
          // The extractor's records of the whole article, then rewritten with every active override, this one included.
          const extracted = extractorRecords(current, await appliedTo(c, article.id));
          const record = await insertCorrection(c, n, { collection: q.collection, articleKey: articleKeyOf(article), articleId: article.id, fingerprint: q.fingerprint, text: q.text }, shownSpeaker(q));
          const out = await replaceArticlesTx(c, [{ article, quotes: extracted, force: true }]);
          return { value: record, ...(out.beforeCommit ? { beforeCommit: out.beforeCommit } : {}) };
        },
        articleLockSql([seen.articleId]),
      );
    } catch (err) {
      throw new OnRecordError('STORE_FAILED', `could not record the correction: ${(err as Error).message}`, { cause: err });
    }
  }

  async undoCorrection(id: string, undo: { by: string; at: string; collections: string[] }): Promise<CorrectionRecord | null> {
    const first = await this.rows<CorrectionRow>(`SELECT ${CORRECTION_COLUMNS} FROM corrections WHERE id = $1`, [id]);
    const found = first[0] ? correctionFromRow(first[0]) : null;
    if (!found || !undo.collections.includes(found.collection)) return null;
    const articleIds = (await this.rows<{ article_id: string }>('SELECT article_id FROM corrected_quotes WHERE correction_id = $1', [id])).map((r) => r.article_id);
    // The articles' locks in key order (the write path's first lock), then the correction row itself.
    const locks = [...new Set(articleIds)].sort((x, y) => lockKey(x) - lockKey(y)).map((a) => articleLockSql([a])).join('; ');
    let notActive: string | undefined;
    try {
      const value = await inTransaction(
        this.pool,
        async (c) => {
          const cur = await getCorrection(c, id, true);
          if (!cur) return { value: null };
          if (cur.status !== 'active') {
            notActive = cur.status;
            return { value: null };
          }
          const ids = await articlesOf(c, id);
          const rewrites = [];
          for (const articleId of ids) {
            const a = (await c.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = $1`, [articleId])).rows[0];
            if (!a) continue;
            const current = (await c.query<QuoteRow>(`SELECT ${QUOTE_COLUMNS} FROM quotes q ${JOIN_PARAGRAPH} WHERE q.article_id = $1`, [articleId])).rows.map(quoteFromRow);
            rewrites.push({ article: articleFromRow(a), extracted: extractorRecords(current, await appliedTo(c, articleId)) });
          }
          await markUndone(c, id, undo.by, undo.at);
          const commits: string[] = [];
          for (const r of rewrites) {
            const out = await replaceArticlesTx(c, [{ article: r.article, quotes: r.extracted, force: true }]);
            if (out.beforeCommit) commits.push(out.beforeCommit);
          }
          return { value: await getCorrection(c, id), ...(commits.length ? { beforeCommit: commits.join('; ') } : {}) };
        },
        locks,
      );
      if (notActive) throw new OnRecordError('BAD_INPUT', `correction ${id} is ${notActive}, not active: nothing to undo`);
      return value;
    } catch (err) {
      if (err instanceof OnRecordError) throw err;
      throw new OnRecordError('STORE_FAILED', `could not undo the correction: ${(err as Error).message}`, { cause: err });
    }
  }

  async listCorrections(filter?: { collections?: string[]; limit?: number }): Promise<CorrectionRecord[]> {
    const cols = filter?.collections;
    const rows = await this.rows<CorrectionRow>(
      `SELECT ${CORRECTION_COLUMNS} FROM corrections ${cols ? 'WHERE collection = ANY($2::text[])' : ''} ORDER BY made_at DESC, seq DESC LIMIT $1`,
      cols ? [filter?.limit ?? 1000, cols] : [filter?.limit ?? 1000],
    );
    return rows.map(correctionFromRow);
  }

  async correctionsOfQuotes(quoteIds: string[]): Promise<Map<string, string>> {
    if (quoteIds.length === 0) return new Map();
    const rows = await this.rows<{ quote_id: string; correction_id: string }>(
      `SELECT q.id AS quote_id, cq.correction_id FROM quotes q
       JOIN corrected_quotes cq ON cq.article_id = q.article_id AND cq.fingerprint = q.fingerprint
       WHERE q.id = ANY($1::text[])`,
      [quoteIds],
      true,
    );
    return new Map(rows.map((r) => [r.quote_id, r.correction_id]));
  }

  private stateWrites = 0;

  private async purgeStateSometimes(): Promise<void> {
    if (++this.stateWrites % STATE_PURGE_EVERY === 0) await this.rows('DELETE FROM expiring_state WHERE expires_at <= now()');
  }

  /** One statement (a hot one as a named prepared statement); with a signal, one that an abort cancels in the server (see `cancellable`). */
  private async rows<R extends pg.QueryResultRow>(text: string, params: unknown[] = [], prepare = false, signal?: AbortSignal): Promise<R[]> {
    const query = prepare ? { name: statementName(text), text, values: params } : { text, values: params };
    try {
      if (!signal) return (await this.pool.query<R>(query)).rows;
      return await this.cancellable(signal, async (c) => (await c.query<R>(query)).rows);
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      throw new OnRecordError('STORE_FAILED', `the PostgreSQL index could not be read: ${(err as Error).message}`, { cause: err });
    }
  }

  /** A hot read as a named prepared statement: parsed and planned once per connection, not per question. */
  private prepared<R extends pg.QueryResultRow>(c: pg.PoolClient, text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
    return c.query<R>({ name: statementName(text), text, values });
  }

  private async read<T>(what: string, work: (c: pg.PoolClient) => Promise<T>, signal?: AbortSignal): Promise<T> {
    try {
      return await this.cancellable(signal, work);
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      throw new OnRecordError('STORE_FAILED', `could not ${what} in PostgreSQL: ${(err as Error).message}`, { cause: err });
    }
  }

  /**
   * Runs `work` on a connection of its own. An abort cancels the statement it is running in the server
   * (pg_cancel_backend of its server process, sent from a separate connection, since every pooled one may be
   * busy), so a timed-out question stops using the database, not only this process. The connection is given
   * back only after the cancel was delivered (it can never hit the next user's statement), and then closed
   * rather than reused: a cancel may have landed in the middle of a transaction.
   */
  private async cancellable<T>(signal: AbortSignal | undefined, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    const c = await this.pool.connect();
    let cancelled: Promise<void> | undefined;
    const cancel = () => {
      cancelled = this.cancelBackend((c as pg.PoolClient & { processID?: number | null }).processID);
    };
    try {
      // Aborted while waiting for a free connection: nothing is sent.
      signal?.throwIfAborted();
      signal?.addEventListener('abort', cancel, { once: true });
      return await work(c);
    } finally {
      signal?.removeEventListener('abort', cancel);
      if (cancelled) await cancelled;
      c.release(cancelled ? true : undefined);
    }
  }

  /** Asks the server to cancel what one of this pool's connections is running; a failure only means it runs to its end. */
  private async cancelBackend(pid: number | null | undefined): Promise<void> {
    if (!pid) return;
    const canceller = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 10_000 });
    canceller.on('error', () => undefined);
    try {
      await canceller.connect();
      await canceller.query('SELECT pg_cancel_backend($1)', [pid]);
    } catch {
      // The statement then ends on its own; its result is dropped.
    } finally {
      await canceller.end().catch(() => undefined);
    }
  }
}

/**
 * An array parameter the planner cannot see into: read through a one-row sub-select, it is estimated as any
 * array (ten elements) in every plan. A prepared statement is planned again at each run (a "custom plan") for as
 * long as the plans made with the actual values look cheaper than the one generic plan, and with the array's real
 * length in view (two or three hits) they always did: the hits statements were planned at every question, which
 * at 1M took about 0.6 ms of server time per question under load, as much as running them. Hidden so, the values
 * change no estimate and PostgreSQL keeps the generic plan after its fifth run (the same plan: the keys' index).
 * Only for statements whose plan does not depend on the values (ids and fingerprints looked up by key).
 */
function planOnce(param: string, type: string): string {
  return `(SELECT ${param}::${type})::${type}`;
}

/**
 * The articles carrying a fingerprint's words within the collections `collections` (a text[] parameter), as one
 * JSON array of `ArticleRow`s in `articlesWithFingerprints`' order (undated first, oldest first, ties by id); null
 * when none.
 */
function carryingSql(fingerprint: string, collections: string): string {
  return `(SELECT json_agg(x ORDER BY x.published NULLS FIRST, x.id) FROM (
            SELECT ${ARTICLE_COLUMNS} FROM articles a
            WHERE a.id IN (SELECT c.article_id FROM quotes c WHERE c.fingerprint = ${fingerprint} AND c.collection = ANY(${collections}::text[]))) x)`;
}

const statementNames = new Map<string, string>();

/**
 * A prepared statement's name derived from its text (SHA-1), so one text is prepared once per connection and two
 * texts never share a name (pg would run the first one's plan for the second).
 */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `or_${createHash('sha1').update(text).digest('hex')}`));
  return name;
}
