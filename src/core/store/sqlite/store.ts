import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { OnRecordError } from '../../errors.js';
import { STATE_PURGE_EVERY, type BatchOutcome, type FollowDelivery, type FollowRecord, type FollowedQuote, type QuoteFilter, type QuoteStore, type RankRow, type ArticleRankRow, type ReadOptions, type TermReadOptions, type ReplaceResult, type SpeakerProfile, type SpeakerRecord, type StoredArticle, type StoredQuote, type CorrectionRecord, type NewCorrection } from '../port.js';
import { speakerRecord } from '../speaker-tallies.js';
import { applyOverrides, articleKeyOf, correctionFromRow, extractorRecords, shownSpeaker, type CorrectionRow } from '../corrections.js';
import { activeOverrides, appliedTo, articlesOf, getCorrection, insertCorrection, markUndone, recordApplied } from './corrections.js';
import { affectedSpeakers, articleFromRow, QUOTE_COLUMNS, quoteFromArray, RANK_COLUMNS, rankRowFromArray, type ArticleRow } from './rows.js';
import { DERIVE_LEAD_INS_AT, ENCODE_TERMS_AT, INDEX_ABOUT_AT, MIGRATIONS, RECOUNT_SPEAKERS_AT, SPEAKER_RANK_INDEX, SPEAKER_RANK_INDEX_8 } from './schema.js';
import { addToSpeakers, refreshAllSpeakers, refreshSpeaker } from './speaker-rows.js';
import { placeholders, Statements } from './statements.js';
import { logTerms, loadTermDf } from './term-log.js';
import { countIds, holdsAnyCode, rewriteStoredQuotes, TermIds } from './term-ids.js';
import { deriveStoredLeadIns, storedLeadIn } from './lead-ins.js';
import { indexStoredAbout } from './about.js';
import { aboutTerms } from '../about-terms.js';
import { spanIn } from './quote-text.js';
import { readAllOf, readPostings } from './term-search.js';
import { cleanTerms, runTermSearchSync, type KeyedRow, type PoolOrder, type TermAnswer } from '../term-search.js';
import { SqliteFollows } from './follows.js';

export interface SqliteStoreOptions {
  /** Folder holding `onrecord.db`; created when missing. `:memory:` for a private in-memory index. */
  dir: string;
  readonly?: boolean;
}

/** File name of the index inside the data folder. */
export const DB_FILE = 'onrecord.db';

/**
 * Bytes of the index file a reader maps into memory. Mapped pages a question touches count in the process's
 * RSS, and Linux maps up to 64 KB around each one, so over a day of questions a full map makes the whole
 * file resident (1.75 GB at a million quotes). The hot reads are compact since schema 3 (a speaker's rank rows
 * are one index range), so the rest goes through SQLite's own page cache at little cost: at a million quotes
 * p50 2.8 ms with a 256 MB map, 3.0 ms with none, 2.7 ms with all of it; RSS 470 MB, 250 MB, 1.85 GB. A 192 MB
 * map with a 32 MB reader cache answered as fast as 256 MB with 64 MB, in 100 MB less (448 vs 547 MB).
 */
const MMAP_BYTES = 192 * 1024 * 1024;
/** Page cache of a reading connection (KiB): private memory, on top of the mapped part of the file. */
const READER_CACHE_KIB = 32 * 1024;
/** Page cache of a writing connection (KiB). */
const WRITER_CACHE_KIB = 256 * 1024;

/**
 * The embedded store: one SQLite file in WAL mode (several reader processes beside one writer), every write
 * one transaction, so a crash or a bad article never leaves the index half written.
 */
export class SqliteQuoteStore implements QuoteStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private st!: Statements;
  /** The term-id dictionary of the neighbourhood terms (schema 8). */
  private termIds!: TermIds;
  /** `TermIds.decode` bound, for the row mappers. */
  private readonly decode = (code: string | null, inner: string): string => this.termIds.decode(code, inner);
  private writer = false;
  private mapped = false;

  constructor(options: SqliteStoreOptions) {
    let file = ':memory:';
    if (options.dir !== ':memory:') {
      try {
        fs.mkdirSync(options.dir, { recursive: true });
      } catch (err) {
        throw new OnRecordError('STORE_FAILED', `cannot create the data folder ${options.dir}`, { cause: err });
      }
      file = path.join(options.dir, DB_FILE);
    }
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 10000');
      this.db.pragma(`cache_size = -${READER_CACHE_KIB}`);
      // Reads through a memory map: a question touches a few hundred scattered pages, and a read() system call
      // per page cost more than the query itself once the index outgrows the page cache (5x on 100k quotes).
      if (file !== ':memory:') {
        this.db.pragma(`mmap_size = ${MMAP_BYTES}`);
        this.mapped = true;
      }
      this.st = new Statements(this.db);
      this.termIds = new TermIds(this.st);
    } catch (err) {
      throw new OnRecordError('STORE_FAILED', `cannot open the index ${file}: ${(err as Error).message}`, { cause: err });
    }
  }

  async init(): Promise<void> {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) {
      throw new OnRecordError('STORE_FAILED', `the index was written by a newer OnRecord (schema ${version}); upgrade OnRecord`);
    }
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        // Another process may have migrated while this one waited for the lock.
        if ((this.db.pragma('user_version', { simple: true }) as number) !== v) return;
        this.db.exec(MIGRATIONS[v] as string);
        if (RECOUNT_SPEAKERS_AT.has(v + 1)) refreshAllSpeakers(this.st);
        if (v + 1 === ENCODE_TERMS_AT) {
          rewriteStoredQuotes(this.st, this.termIds);
          this.db.exec(SPEAKER_RANK_INDEX_8);
        }
        if (v + 1 === DERIVE_LEAD_INS_AT) {
          deriveStoredLeadIns(this.st, this.termIds);
          this.db.exec(SPEAKER_RANK_INDEX);
        }
        if (v + 1 === INDEX_ABOUT_AT) indexStoredAbout(this.st, this.termIds);
        this.db.pragma(`user_version = ${v + 1}`);
      }).immediate();
      this.termIds.reset();
    }
    if (version > 0 && version < ENCODE_TERMS_AT && this.mapped) this.compactAfterUpgrade();
  }

  /**
   * Schema 8 shrinks every quote row and rebuilds the speaker index, which leaves a third of an upgraded file as
   * free pages: give them back once. Best effort: a busy index is compacted by a later `VACUUM`, and meanwhile
   * its free pages are reused by new writes.
   */
  private compactAfterUpgrade(): void {
    try {
      this.db.pragma('mmap_size = 0');
      this.db.exec('VACUUM');
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Not fatal (see above).
    } finally {
      this.db.pragma(`mmap_size = ${MMAP_BYTES}`);
    }
  }

  async replaceArticle(article: StoredArticle, quotes: StoredQuote[]): Promise<ReplaceResult> {
    // An unchanged article is told by a plain read, without the write lock: `ask` re-syncs the data folder
    // every time, and must still answer while another process holds the lock for a long ingest. (The write
    // below checks again inside its transaction, so a change made meanwhile is not lost.)
    if (this.storedHash(article.id) === article.contentHash) return { status: 'unchanged', articleId: article.id, quotes: quotes.length };
    this.becomeWriter();
    try {
      return this.db.transaction(() => this.writeArticle(article, quotes)).immediate();
    } catch (err) {
      this.termIds.reset();
      throw writeFailed(article, err);
    }
  }

  async replaceArticles(items: { article: StoredArticle; quotes: StoredQuote[] }[]): Promise<BatchOutcome[]> {
    if (items.length === 0) return [];
    this.becomeWriter();
    // One commit for the batch: a commit writes every page the transaction touched to the WAL, and at a million
    // quotes each article touches dozens of scattered index pages, so per-article commits cost more than the
    // inserts. Writes do not go through the memory map (pages to change are copied into the page cache anyway): a
    // bulk write with the map off measured 25% faster on a million-quote index. Readers get it back afterwards.
    const mapped = this.mapped;
    if (mapped) this.db.pragma('mmap_size = 0');
    try {
      const whole = this.writeWhole(items);
      if (whole) return whole;
      // An article failed, and the whole batch rolled back: now each article in a savepoint of its own
      // (better-sqlite3 nests transactions that way), so the one that fails is rolled back alone.
      this.termIds.reset();
      const one = this.db.transaction((article: StoredArticle, quotes: StoredQuote[]) => this.writeArticle(article, quotes));
      return this.db
        .transaction(() =>
          items.map(({ article, quotes }): BatchOutcome => {
            try {
              return { ok: true, result: one(article, quotes) };
            } catch (err) {
              // Its savepoint rolled back, term ids given out included.
              this.termIds.reset();
              return { ok: false, error: writeFailed(article, err) };
            }
          }),
        )
        .immediate();
    } catch (err) {
      this.termIds.reset();
      throw new OnRecordError('STORE_FAILED', `could not write a batch of ${items.length} articles: ${(err as Error).message}`, { cause: err });
    } finally {
      if (mapped) this.db.pragma(`mmap_size = ${MMAP_BYTES}`);
    }
  }

  /**
   * Writes a batch in one transaction without a savepoint per article, or returns undefined when an article failed
   * (the transaction then rolled back whole). Nearly every batch succeeds, and savepoints are dear in bulk: each
   * copies every page an article first touches to a sub-journal, and each makes the full-text index flush its
   * pending terms as a segment of their own, which it must then merge. A failure to begin or commit is thrown.
   */
  private writeWhole(items: { article: StoredArticle; quotes: StoredQuote[] }[]): BatchOutcome[] | undefined {
    try {
      return this.db
        .transaction(() =>
          items.map(({ article, quotes }): BatchOutcome => {
            try {
              return { ok: true, result: this.writeArticle(article, quotes) };
            } catch (err) {
              throw new ArticleFailed(err);
            }
          }),
        )
        .immediate();
    } catch (err) {
      if (err instanceof ArticleFailed) return undefined;
      throw err;
    }
  }

  private storedHash(id: string): string | undefined {
    return (this.st.get('SELECT content_hash FROM articles WHERE id = ?').get(id) as { content_hash: string } | undefined)?.content_hash;
  }

  /** Writes one article inside the caller's transaction (or savepoint). */
  private writeArticle(article: StoredArticle, extracted: StoredQuote[], force = false): ReplaceResult {
    const existing = this.st.get('SELECT content_hash FROM articles WHERE id = ?').get(article.id) as { content_hash: string } | undefined;
    if (!force && existing && existing.content_hash === article.contentHash) return { status: 'unchanged', articleId: article.id, quotes: extracted.length };
    // Editors' corrections of this article's quotes are applied before anything is written (see corrections.ts).
    const { quotes, applied } = applyOverrides(extracted, activeOverrides(this.st, article.collection, articleKeyOf(article)));
    // Another process may have added terms since this one last wrote (we hold the write lock now).
    this.termIds.sync();
    const oldQuotes = existing ? this.termsOfArticle(article.id) : [];
    logTerms(this.st, oldQuotes.map((q) => q.terms), -1);
    if (existing) this.st.get('DELETE FROM articles WHERE id = ?').run(article.id);
    this.st.get(
      `INSERT INTO articles (id, collection, content_hash, body_hash, title, url, outlet, published, byline, source, ingested_at)
       VALUES (@id, @collection, @contentHash, @bodyHash, @title, @url, @outlet, @published, @byline, @source, @ingestedAt)`,
    ).run({
      id: article.id,
      collection: article.collection,
      contentHash: article.contentHash,
      bodyHash: article.bodyHash,
      title: article.meta.title ?? null,
      url: article.meta.url ?? null,
      outlet: article.meta.outlet ?? null,
      published: article.meta.published ?? null,
      byline: article.meta.byline ?? null,
      source: article.source ?? null,
      ingestedAt: article.ingestedAt,
    });
    const paras = paragraphsOf(quotes);
    // Neighbourhood terms live on the quote rows (schema 3), where the speaker index can hold them.
    const insPara = this.st.get("INSERT OR REPLACE INTO paragraphs (article_id, idx, text, near_terms) VALUES (?, ?, ?, '')");
    for (const p of paras) insPara.run(article.id, p.idx, p.text);
    const paraText = new Map(paras.map((p) => [p.idx, p.text]));
    const insQuote = this.st.get(
      `INSERT INTO quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, role, organisation, cue, audience,
         setting, said_on_text, said_on, sort_date, start, end, confidence, fingerprint, terms, context_terms, near_terms, text_at, text_len, lead_in)
       VALUES (@id, @articleId, @paragraph, @collection, @text, @kind, @speakerId, @speakerName, @role, @organisation, @cue, @audience,
         @setting, @saidOnText, @saidOn, @sortDate, @start, @end, @confidence, @fingerprint, @terms, @contextTerms, @nearTerms, @textAt, @textLen, @leadIn)`,
    );
    // The full-text index is given the words (the row holds their ids).
    const insFts = this.st.get('INSERT INTO quotes_fts (rowid, terms) VALUES (?, ?)');
    const insAbout = this.st.get('INSERT INTO quotes_about_fts (rowid, terms) VALUES (?, ?)');
    for (const q of quotes) {
      // Words that are a span of the paragraph are read from it (quote-text.ts).
      const span = spanIn(paraText.get(q.paragraph) ?? '', q.text);
      const { lastInsertRowid } = insQuote.run({
        id: q.id,
        articleId: article.id,
        paragraph: q.paragraph,
        collection: article.collection,
        text: span ? '' : q.text,
        textAt: span?.at ?? null,
        textLen: span?.len ?? null,
        kind: q.kind,
        speakerId: q.speakerId,
        speakerName: q.speakerName,
        role: q.role ?? null,
        organisation: q.organisation ?? null,
        cue: q.cue ?? null,
        audience: q.audience ?? null,
        setting: q.setting ?? null,
        saidOnText: q.saidOnText ?? null,
        saidOn: q.saidOn ?? null,
        sortDate: q.sortDate ?? null,
        start: q.start,
        end: q.end,
        confidence: q.confidence,
        fingerprint: q.fingerprint,
        terms: this.termIds.encode(q.terms),
        contextTerms: this.termIds.encode(q.contextTerms, q.terms),
        nearTerms: this.termIds.encode(q.nearTerms, q.contextTerms),
        leadIn: storedLeadIn(q, this.termIds),
      });
      insFts.run(lastInsertRowid, q.terms);
      const about = aboutTerms(q);
      if (about) insAbout.run(lastInsertRowid, about);
    }
    logTerms(this.st, quotes.map((q) => q.terms), +1);
    // A new article only adds to its speakers' rows; a replaced one may take quotes away, so recount.
    if (oldQuotes.length === 0) addToSpeakers(this.st, quotes, article.collection);
    else for (const id of affectedSpeakers(oldQuotes, quotes)) refreshSpeaker(this.st, id);
    recordApplied(this.st, article.id, applied);
    this.bumpRevision();
    return { status: existing ? 'updated' : 'added', articleId: article.id, quotes: quotes.length };
  }

  async deleteArticle(id: string): Promise<boolean> {
    const db = this.db;
    return db
      .transaction(() => {
        const old = this.termsOfArticle(id);
        const r = this.st.get('DELETE FROM articles WHERE id = ?').run(id);
        if (r.changes === 0) return false;
        logTerms(this.st, old.map((q) => q.terms), -1);
        for (const sid of affectedSpeakers(old, [])) refreshSpeaker(this.st, sid);
        this.bumpRevision();
        return true;
      })
      .immediate();
  }

  async listArticleSources(prefix: string): Promise<{ id: string; source: string; contentHash: string }[]> {
    const rows = this.db
      .prepare("SELECT id, source, content_hash FROM articles WHERE source >= ? AND source < ? || char(1114111)")
      .all(prefix, prefix) as { id: string; source: string; content_hash: string }[];
    return rows.map((r) => ({ id: r.id, source: r.source, contentHash: r.content_hash }));
  }

  async getArticle(id: string, options?: ReadOptions): Promise<StoredArticle | null> {
    notAborted(options);
    const row = this.st.get('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? articleFromRow(row) : null;
  }

  async listSpeakers(): Promise<SpeakerRecord[]> {
    const rows = this.st.get('SELECT id, is_org, profiles FROM speakers').all() as { id: string; is_org: number; profiles: string }[];
    return rows.map((r) => speakerRecord(r.id, r.is_org === 1, JSON.parse(r.profiles) as Record<string, SpeakerProfile>));
  }

  async termStats(): Promise<{ quotes: number; avgLength: number; df: Map<string, number> }> {
    // One snapshot: the log and the table must not be read across another process's compaction.
    return this.db.transaction(() => {
      const df = loadTermDf(this.st);
      const quotes = Number(this.meta('quotes'));
      const total = Number(this.meta('term_total'));
      return { quotes, avgLength: quotes ? total / quotes : 1, df };
    })();
  }

  async quotesBySpeakers(speakerIds: string[], filter: QuoteFilter, limit: number, options?: ReadOptions): Promise<StoredQuote[]> {
    notAborted(options);
    if (speakerIds.length === 0 || filter.collections.length === 0) return [];
    const { sql, params } = filterSql(filter);
    const rows = this.raw(
      `SELECT ${QUOTE_COLUMNS} FROM quotes q
       JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph
       WHERE q.speaker_id IN (${placeholders(speakerIds.length)}) ${sql}
       ORDER BY q.sort_date DESC NULLS LAST, q.rowid DESC LIMIT ?`,
    ).all(...speakerIds, ...params, limit) as unknown[][];
    return rows.map((r) => quoteFromArray(r, this.decode));
  }

  async rankRowsBySpeakers(speakerIds: string[], filter: QuoteFilter, limit: number, anyTerm?: string[], options?: ReadOptions): Promise<RankRow[]> {
    notAborted(options);
    if (speakerIds.length === 0 || filter.collections.length === 0) return [];
    const { sql, params } = filterSql(filter);
    const terms = anyTerm ? cleanTerms(anyTerm) : undefined;
    if (terms && terms.length === 0) return [];
    // A token test in C on the padded strings: rows the ranker would skip are never turned into JS strings
    // (most of a speaker's pool; reading them out was most of a question's time at a million quotes).
    // The lists hold term ids (schema 8; a term's code is found only where the term is, and the three lists are
    // searched together since each stands in for the run it shares with the one inside it). A term no list
    // holds has no id.
    const codes = terms ? terms.map((t) => this.termIds.codeOfTerm(t)).filter((c): c is string => c !== undefined) : [];
    if (terms && codes.length === 0) return [];
    const { sql: holds, args: holdsArgs } = terms ? holdsAnyCode(codes) : { sql: '', args: [] };
    // Every column read is in quotes_speaker_rank: one contiguous index range per speaker, no table rows.
    const rows = this.raw(
      `SELECT ${RANK_COLUMNS} FROM quotes q INDEXED BY quotes_speaker_rank
       WHERE q.speaker_id IN (${placeholders(speakerIds.length)}) ${sql} ${holds}
       ORDER BY q.sort_date DESC NULLS LAST, q.rowid DESC LIMIT ?`,
    ).all(...speakerIds, ...params, ...holdsArgs, limit) as unknown[][];
    return rows.map((r) => rankRowFromArray(r, this.decode));
  }

  async quotesByTerms(terms: string[], filter: QuoteFilter, limit: number, options?: ReadOptions): Promise<StoredQuote[]> {
    notAborted(options);
    return this.byTerms(terms, filter, limit, QUOTE_COLUMNS, 'quotes q JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph', (r) => quoteFromArray(r, this.decode));
  }

  async rankRowsByTerms(terms: string[], filter: QuoteFilter, limit: number, options?: TermReadOptions): Promise<RankRow[]> {
    notAborted(options);
    // No paragraph join and no display text: half the pages of a full row read.
    return this.byTerms(terms, filter, limit, RANK_COLUMNS, 'quotes q', (r) => rankRowFromArray(r, this.decode), options);
  }

  async quotesWithAllTerms(terms: string[], filter: QuoteFilter, limit: number, options?: ReadOptions): Promise<StoredQuote[]> {
    notAborted(options);
    const clean = cleanTerms(terms);
    if (clean.length === 0 || filter.collections.length === 0 || limit <= 0) return [];
    const { sql, params } = filterSql(filter);
    // FTS5 intersects the posting lists itself; the filter is applied to a few times the limit, newest first.
    const rows = this.raw(
      `SELECT ${QUOTE_COLUMNS} FROM quotes q
       JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph
       WHERE q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ${sql}
       ORDER BY q.rowid DESC LIMIT ?`,
    ).all(clean.map((t) => `"${t}"`).join(' AND '), limit * 4, ...params, limit) as unknown[][];
    return rows.map((r) => quoteFromArray(r, this.decode));
  }

  /**
   * The full-text look-up shared by full quotes and rank rows: the shared term search (../term-search.ts) with
   * this store's reads, in one read transaction. `read` maps a row of `columns` (read from `tables`, quotes as `q`).
   */
  private byTerms<T>(terms: string[], filter: QuoteFilter, limit: number, columns: string, tables: string, read: (row: unknown[]) => T, order?: PoolOrder): T[] {
    const clean = cleanTerms(terms);
    if (clean.length === 0 || filter.collections.length === 0 || limit <= 0) return [];
    const { sql, params } = filterSql(filter);
    // The search reads hundreds of rows to keep `limit`: their own terms (for BM25) are counted on the term ids
    // (only the looked-up ones are named), and only the rows kept are read in full and turned back into words
    // (a candidate's own terms alone are a fifth of its rank row to read: the peanut study's 400-row look-up,
    // SQLite 1.5 ms for every column of all 400, 0.3 + 0.65 for their terms and then the 200 kept).
    let wanted: Map<number, string> | undefined;
    const run = (): unknown[][] => {
      const keys = runTermSearchSync<number>(clean, limit, (step): TermAnswer<number> => {
        if (step.read === 'postings') return readPostings(this.st, step, (k) => this.meta(k));
        if (step.read === 'allOf') return readAllOf(this.st, step);
        const want = (wanted ??= this.termIds.idsOfTerms(step.terms));
        const rows = this.raw(`SELECT q.rowid, q.terms FROM ${tables} WHERE q.rowid IN (${placeholders(step.keys.length)}) ${sql}`).all(...step.keys, ...params) as [number, string][];
        return rows.map(([key, terms]): KeyedRow<number> => ({ key, terms: countIds(terms, want), row: key }));
      }, order);
      if (keys.length === 0) return [];
      const full = new Map<number, unknown[]>();
      for (const r of this.raw(`SELECT ${columns}, q.rowid FROM ${tables} WHERE q.rowid IN (${placeholders(keys.length)})`).all(...keys) as unknown[][]) full.set(r[r.length - 1] as number, r);
      return keys.map((k) => full.get(k) as unknown[]);
    };
    return this.db.transaction(run)().map(read);
  }

  async rankRowsOfArticles(quoteIds: string[], filter: QuoteFilter, perArticle: number, options?: ReadOptions): Promise<ArticleRankRow[]> {
    notAborted(options);
    if (quoteIds.length === 0 || filter.collections.length === 0 || perArticle <= 0) return [];
    const { sql, params } = filterSql(filter);
    // The articles by the quotes' primary key, their quotes by `quotes_article`: a few index ranges, whatever the
    // archive's size.
    const rows = this.raw(
      `SELECT * FROM (
         SELECT ${RANK_COLUMNS}, q.article_id, row_number() OVER (PARTITION BY q.article_id ORDER BY q.paragraph, q.start, q.rowid) AS n
         FROM quotes q
         WHERE q.article_id IN (SELECT article_id FROM quotes WHERE id IN (${placeholders(quoteIds.length)})) ${sql}
       ) WHERE n <= ? ORDER BY article_id, n`,
    ).all(...quoteIds, ...params, perArticle) as unknown[][];
    return rows.map((r) => ({ ...rankRowFromArray(r, this.decode), articleId: r[11] as string }));
  }

  async getQuotes(ids: string[], options?: ReadOptions): Promise<StoredQuote[]> {
    notAborted(options);
    if (ids.length === 0) return [];
    const rows = this.raw(
      `SELECT ${QUOTE_COLUMNS} FROM quotes q
       JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph
       WHERE q.id IN (${placeholders(ids.length)})`,
    ).all(...ids) as unknown[][];
    return rows.map((r) => quoteFromArray(r, this.decode));
  }

  async articlesWithFingerprint(fingerprint: string, filter: QuoteFilter, options?: ReadOptions): Promise<StoredArticle[]> {
    notAborted(options);
    if (filter.collections.length === 0) return [];
    const rows = this.st
      .get(
        `SELECT DISTINCT a.* FROM quotes q JOIN articles a ON a.id = q.article_id
         WHERE q.fingerprint = ? AND q.collection IN (${placeholders(filter.collections.length)})
         ORDER BY a.published, a.id`,
      )
      .all(fingerprint, ...filter.collections) as ArticleRow[];
    return rows.map(articleFromRow);
  }

  async articlesWithFingerprints(fingerprints: string[], filter: QuoteFilter, options?: ReadOptions): Promise<Map<string, StoredArticle[]>> {
    notAborted(options);
    // In process, one prepared look-up per fingerprint costs no more than one statement for all of them.
    const out = new Map<string, StoredArticle[]>();
    for (const fp of new Set(fingerprints)) {
      const found = await this.articlesWithFingerprint(fp, filter);
      if (found.length) out.set(fp, found);
    }
    return out;
  }

  async revision(): Promise<number> {
    return Number(this.meta('revision'));
  }

  async counts(filter?: { collections: string[] }): Promise<{ articles: number; quotes: number; speakers: number }> {
    const cols = filter?.collections;
    const where = cols ? `WHERE collection IN (${cols.map(() => '?').join(',')})` : '';
    const args = cols ?? [];
    const articles = (this.db.prepare(`SELECT count(*) AS n FROM articles ${where}`).get(...args) as { n: number }).n;
    const quotes = (this.db.prepare(`SELECT count(*) AS n FROM quotes ${where}`).get(...args) as { n: number }).n;
    const speakers = (this.db.prepare(`SELECT count(DISTINCT speaker_id) AS n FROM quotes ${where}`).get(...args) as { n: number }).n;
    return { articles, quotes, speakers };
  }

  async putState(key: string, value: string, ttlMs: number | null): Promise<void> {
    const now = Date.now();
    const expires = ttlMs === null ? Number.MAX_SAFE_INTEGER : now + ttlMs;
    this.stateWrite(now, () =>
      this.st.get('INSERT INTO expiring_state (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at').run(key, value, expires),
    );
  }

  async deleteState(key: string): Promise<boolean> {
    return this.stateWrite(Date.now(), () => this.st.get('DELETE FROM expiring_state WHERE key = ?').run(key).changes > 0);
  }

  async getState(key: string): Promise<string | null> {
    const r = this.st.get('SELECT value FROM expiring_state WHERE key = ? AND expires_at > ?').get(key, Date.now()) as { value: string } | undefined;
    return r?.value ?? null;
  }

  async claimState(key: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    // One statement: inserted, or taken over from an expired claim; an unexpired claim changes nothing.
    const r = this.stateWrite(now, () =>
      this.st
        .get("INSERT INTO expiring_state (key, value, expires_at) VALUES (?, '', ?) ON CONFLICT(key) DO UPDATE SET value = '', expires_at = excluded.expires_at WHERE expiring_state.expires_at <= ?")
        .run(key, now + ttlMs, now),
    );
    return r.changes === 1;
  }

  // ---- Follows (see follows.ts) ----

  private followsTable?: SqliteFollows;
  private get follows(): SqliteFollows {
    return (this.followsTable ??= new SqliteFollows(this.db, this.st, this.decode));
  }

  async addFollow(follow: Omit<FollowRecord, 'id'>): Promise<{ follow: FollowRecord; created: boolean }> {
    return this.follows.add(follow);
  }

  async removeFollows(where: { platform: string; tenant: string; channel: string; speakerId: string; topic?: string }): Promise<number> {
    return this.follows.remove(where);
  }

  async listFollows(where: { platform: string; tenant?: string; channel?: string }): Promise<FollowRecord[]> {
    return this.follows.list(where);
  }

  async quotesIngestedSince(speakerIds: string[], collections: string[], since: string, limit: number): Promise<FollowedQuote[]> {
    return this.follows.quotesSince(speakerIds, collections, since, limit);
  }

  async takenDeliveries(items: FollowDelivery[]): Promise<Set<string>> {
    return this.follows.taken(items);
  }

  async claimDeliveries(items: FollowDelivery[], leaseMs: number): Promise<FollowDelivery[]> {
    return this.follows.claim(items, leaseMs);
  }

  async finishDeliveries(items: FollowDelivery[], sent: boolean): Promise<void> {
    this.follows.finish(items, sent);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // ---- Corrections by editors ----

  async addCorrection(c: NewCorrection): Promise<CorrectionRecord | null> {
    this.becomeWriter();
    return this.rewriting(() => this.db
      .transaction((): CorrectionRecord | null => {
        const [q] = this.readQuotes('q.id = ?', [c.quoteId]);
        const article = q && c.collections.includes(q.collection) ? this.articleRow(q.articleId) : null;
        if (!q || !article) return null;
        // The extractor's records of the whole article, then rewritten with every active override, this one included.
        const extracted = extractorRecords(this.readQuotes('q.article_id = ?', [article.id]), appliedTo(this.st, article.id));
        const record = insertCorrection(this.st, c, { collection: q.collection, articleKey: articleKeyOf(article), articleId: article.id, fingerprint: q.fingerprint, text: q.text }, shownSpeaker(q));
        this.writeArticle(article, extracted, true);
        return record;
      })
      .immediate());
  }

  async undoCorrection(id: string, undo: { by: string; at: string; collections: string[] }): Promise<CorrectionRecord | null> {
    this.becomeWriter();
    return this.rewriting(() => this.db
      .transaction((): CorrectionRecord | null => {
        const c = getCorrection(this.st, id);
        if (!c || !undo.collections.includes(c.collection)) return null;
        if (c.status !== 'active') throw new OnRecordError('BAD_INPUT', `correction ${id} is ${c.status}, not active: nothing to undo`);
        const rewrites = articlesOf(this.st, id).map((articleId) => {
          const article = this.articleRow(articleId) as StoredArticle;
          return { article, extracted: extractorRecords(this.readQuotes('q.article_id = ?', [articleId]), appliedTo(this.st, articleId)) };
        });
        markUndone(this.st, id, undo.by, undo.at);
        for (const r of rewrites) this.writeArticle(r.article, r.extracted, true);
        return getCorrection(this.st, id);
      })
      .immediate());
  }

  /** Runs a transaction that rewrites articles; if it fails, the term ids it gave out were rolled back too. */
  private rewriting<T>(run: () => T): T {
    try {
      return run();
    } catch (err) {
      this.termIds.reset();
      throw err;
    }
  }

  async listCorrections(filter?: { collections?: string[]; limit?: number }): Promise<CorrectionRecord[]> {
    const cols = filter?.collections;
    const where = cols ? `WHERE collection IN (${placeholders(cols.length)})` : '';
    const rows = this.db.prepare(`SELECT * FROM corrections ${where} ORDER BY made_at DESC, rowid DESC LIMIT ?`).all(...(cols ?? []), filter?.limit ?? 1000) as CorrectionRow[];
    return rows.map(correctionFromRow);
  }

  async correctionsOfQuotes(quoteIds: string[]): Promise<Map<string, string>> {
    if (quoteIds.length === 0) return new Map();
    const rows = this.st
      .get(
        `SELECT q.id AS quote_id, cq.correction_id FROM quotes q
         JOIN corrected_quotes cq ON cq.article_id = q.article_id AND cq.fingerprint = q.fingerprint
         WHERE q.id IN (${placeholders(quoteIds.length)})`,
      )
      .all(...quoteIds) as { quote_id: string; correction_id: string }[];
    return new Map(rows.map((r) => [r.quote_id, r.correction_id]));
  }

  private readQuotes(where: string, params: unknown[]): StoredQuote[] {
    const rows = this.raw(`SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph WHERE ${where}`).all(...params) as unknown[][];
    return rows.map((r) => quoteFromArray(r, this.decode));
  }

  /** The speaker and (decoded) terms of an article's quotes, for the term log and speaker rows. */
  private termsOfArticle(id: string): { speaker_id: string | null; terms: string }[] {
    const rows = this.st.get('SELECT speaker_id, terms FROM quotes WHERE article_id = ?').all(id) as { speaker_id: string | null; terms: string }[];
    for (const r of rows) r.terms = this.termIds.decode(r.terms);
    return rows;
  }

  private articleRow(id: string): StoredArticle | null {
    const row = this.st.get('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? articleFromRow(row) : null;
  }

  private stateWrites = 0;

  /** Runs one state write, purging expired rows once every STATE_PURGE_EVERY writes. */
  private stateWrite<T>(now: number, write: () => T): T {
    try {
      if (++this.stateWrites % STATE_PURGE_EVERY === 0) this.st.get('DELETE FROM expiring_state WHERE expires_at <= ?').run(now);
      return write();
    } catch (err) {
      throw new OnRecordError('STORE_FAILED', `could not write state: ${(err as Error).message}`, { cause: err });
    }
  }

  /**
   * A process that writes gets a bigger page cache and rarer checkpoints: every quote inserts into several
   * B-trees keyed by hashes, which at a million quotes miss a reader-sized cache on nearly every row. Readers
   * (the bots answering questions) keep the small cache, so their memory stays small.
   */
  private becomeWriter(): void {
    if (this.writer) return;
    this.writer = true;
    this.db.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
    this.db.pragma('wal_autocheckpoint = 10000');
  }

  /** A cached statement returning rows as arrays (see `QUOTE_COLUMNS`). */
  private raw(sql: string): Database.Statement {
    return this.st.get(`/* raw */ ${sql}`).raw(true);
  }

  private meta(key: string): string {
    const r = this.st.get('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value ?? '0';
  }

  private bumpRevision(): void {
    this.st.get("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'").run();
  }
}

/**
 * A read of an aborted question does not start. better-sqlite3 runs each read synchronously, holding the thread,
 * so a signal cannot change while a read runs (the timer that aborts it fires only between calls): checking
 * before each read is all there is to check.
 */
function notAborted(options?: ReadOptions): void {
  options?.signal?.throwIfAborted();
}

/** An article of a batch written without savepoints failed (the batch is then written again with them). */
class ArticleFailed extends Error {
  constructor(cause: unknown) {
    super('an article of the batch failed', { cause });
  }
}

function writeFailed(article: StoredArticle, err: unknown): OnRecordError {
  return new OnRecordError('STORE_FAILED', `could not write article ${article.source ?? article.id}: ${(err as Error).message}`, { cause: err });
}

function filterSql(filter: QuoteFilter): { sql: string; params: string[] } {
  let sql = `AND q.collection IN (${filter.collections.map(() => '?').join(',')})`;
  const params = [...filter.collections];
  if (filter.from) {
    sql += ' AND q.sort_date >= ?';
    params.push(filter.from);
  }
  if (filter.to) {
    sql += ' AND q.sort_date <= ?';
    params.push(filter.to);
  }
  return { sql, params };
}

/** The paragraphs that hold quotes, once each: only they are shown as context, so only they are kept. */
function paragraphsOf(quotes: StoredQuote[]): { idx: number; text: string }[] {
  const seen = new Map<number, { idx: number; text: string }>();
  for (const q of quotes) if (!seen.has(q.paragraph)) seen.set(q.paragraph, { idx: q.paragraph, text: q.context });
  return [...seen.values()];
}
