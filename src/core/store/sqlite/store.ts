import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { OnRecordError } from '../../errors.js';
import type { QuoteFilter, QuoteStore, ReplaceResult, StoredArticle, StoredQuote, StoredSpeaker } from '../port.js';
import { affectedSpeakers, articleFromRow, quoteFromRow, type ArticleRow, type QuoteRow } from './rows.js';
import { MIGRATIONS } from './schema.js';

export interface SqliteStoreOptions {
  /** Folder holding `onrecord.db`; created when missing. `:memory:` for a private in-memory index. */
  dir: string;
  readonly?: boolean;
}

/** File name of the index inside the data folder. */
export const DB_FILE = 'onrecord.db';

/**
 * The embedded store: one SQLite file in WAL mode (several reader processes beside one writer), every write
 * one transaction, so a crash or a bad article never leaves the index half written.
 */
export class SqliteQuoteStore implements QuoteStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;

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
      this.db.pragma('cache_size = -65536');
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
        this.db.exec(MIGRATIONS[v] as string);
        this.db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    }
  }

  async replaceArticle(article: StoredArticle, quotes: StoredQuote[]): Promise<ReplaceResult> {
    const db = this.db;
    const run = db.transaction((): ReplaceResult => {
      const existing = db.prepare('SELECT content_hash FROM articles WHERE id = ?').get(article.id) as { content_hash: string } | undefined;
      if (existing && existing.content_hash === article.contentHash) return { status: 'unchanged', articleId: article.id, quotes: quotes.length };
      const oldQuotes = existing
        ? (db.prepare('SELECT speaker_id, terms FROM quotes WHERE article_id = ?').all(article.id) as { speaker_id: string | null; terms: string }[])
        : [];
      this.adjustTerms(oldQuotes.map((q) => q.terms), -1);
      db.prepare('DELETE FROM articles WHERE id = ?').run(article.id);
      db.prepare(
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
      const insPara = db.prepare('INSERT OR REPLACE INTO paragraphs (article_id, idx, text, near_terms) VALUES (?, ?, ?, ?)');
      for (const p of paras) insPara.run(article.id, p.idx, p.text, p.nearTerms);
      const insQuote = db.prepare(
        `INSERT INTO quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, role, organisation, cue, audience,
           setting, said_on_text, said_on, sort_date, start, end, confidence, fingerprint, terms, context_terms)
         VALUES (@id, @articleId, @paragraph, @collection, @text, @kind, @speakerId, @speakerName, @role, @organisation, @cue, @audience,
           @setting, @saidOnText, @saidOn, @sortDate, @start, @end, @confidence, @fingerprint, @terms, @contextTerms)`,
      );
      for (const q of quotes) {
        insQuote.run({
          id: q.id,
          articleId: article.id,
          paragraph: q.paragraph,
          collection: article.collection,
          text: q.text,
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
          terms: q.terms,
          contextTerms: q.contextTerms,
        });
      }
      this.adjustTerms(quotes.map((q) => q.terms), +1);
      for (const id of affectedSpeakers(oldQuotes, quotes)) this.refreshSpeaker(id);
      this.bumpRevision();
      return { status: existing ? 'updated' : 'added', articleId: article.id, quotes: quotes.length };
    });
    try {
      return run.immediate();
    } catch (err) {
      throw new OnRecordError('STORE_FAILED', `could not write article ${article.source ?? article.id}: ${(err as Error).message}`, { cause: err });
    }
  }

  async deleteArticle(id: string): Promise<boolean> {
    const db = this.db;
    return db
      .transaction(() => {
        const old = db.prepare('SELECT speaker_id, terms FROM quotes WHERE article_id = ?').all(id) as { speaker_id: string | null; terms: string }[];
        const r = db.prepare('DELETE FROM articles WHERE id = ?').run(id);
        if (r.changes === 0) return false;
        this.adjustTerms(old.map((q) => q.terms), -1);
        for (const sid of affectedSpeakers(old, [])) this.refreshSpeaker(sid);
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

  async getArticle(id: string): Promise<StoredArticle | null> {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? articleFromRow(row) : null;
  }

  async listSpeakers(): Promise<StoredSpeaker[]> {
    const rows = this.db.prepare('SELECT * FROM speakers').all() as {
      id: string; name: string; is_org: number; roles: string; organisations: string; counts: string; last_said: string | null;
    }[];
    return rows.map((r) => {
      const s: StoredSpeaker = {
        id: r.id,
        name: r.name,
        isOrganisation: r.is_org === 1,
        roles: JSON.parse(r.roles) as string[],
        organisations: JSON.parse(r.organisations) as string[],
        quoteCounts: JSON.parse(r.counts) as Record<string, number>,
      };
      if (r.last_said) s.lastSaid = r.last_said;
      return s;
    });
  }

  async termStats(): Promise<{ quotes: number; avgLength: number; df: Map<string, number> }> {
    const df = new Map<string, number>();
    for (const r of this.db.prepare('SELECT term, df FROM terms').raw().iterate() as Iterable<[string, number]>) df.set(r[0], r[1]);
    const quotes = Number(this.meta('quotes'));
    const total = Number(this.meta('term_total'));
    return { quotes, avgLength: quotes ? total / quotes : 1, df };
  }

  async quotesBySpeakers(speakerIds: string[], filter: QuoteFilter, limit: number): Promise<StoredQuote[]> {
    if (speakerIds.length === 0 || filter.collections.length === 0) return [];
    const { sql, params } = filterSql(filter);
    const rows = this.db
      .prepare(
        `SELECT q.*, p.text AS context, p.near_terms FROM quotes q
         JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph
         WHERE q.speaker_id IN (${speakerIds.map(() => '?').join(',')}) ${sql}
         ORDER BY q.sort_date DESC NULLS LAST, q.rowid DESC LIMIT ?`,
      )
      .all(...speakerIds, ...params, limit) as QuoteRow[];
    return rows.map(quoteFromRow);
  }

  async quotesByTerms(terms: string[], filter: QuoteFilter, limit: number): Promise<StoredQuote[]> {
    const clean = [...new Set(terms.filter((t) => /^[\p{L}\p{N}_]+$/u.test(t)))];
    if (clean.length === 0 || filter.collections.length === 0) return [];
    const match = clean.map((t) => `"${t}"`).join(' OR ');
    const { sql, params } = filterSql(filter);
    const rows = this.db
      .prepare(
        `SELECT q.*, p.text AS context, p.near_terms FROM
           (SELECT rowid, rank FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?) f
         JOIN quotes q ON q.rowid = f.rowid
         JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph
         WHERE 1 = 1 ${sql}
         ORDER BY f.rank LIMIT ?`,
      )
      .all(match, limit * 4, ...params, limit) as QuoteRow[];
    return rows.map(quoteFromRow);
  }

  async getQuotes(ids: string[]): Promise<StoredQuote[]> {
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT q.*, p.text AS context, p.near_terms FROM quotes q
         JOIN paragraphs p ON p.article_id = q.article_id AND p.idx = q.paragraph
         WHERE q.id IN (${ids.map(() => '?').join(',')})`,
      )
      .all(...ids) as QuoteRow[];
    return rows.map(quoteFromRow);
  }

  async articlesWithFingerprint(fingerprint: string, filter: QuoteFilter): Promise<StoredArticle[]> {
    const rows = this.db
      .prepare(
        `SELECT DISTINCT a.* FROM quotes q JOIN articles a ON a.id = q.article_id
         WHERE q.fingerprint = ? AND q.collection IN (${filter.collections.map(() => '?').join(',')})
         ORDER BY a.published, a.id`,
      )
      .all(fingerprint, ...filter.collections) as ArticleRow[];
    return rows.map(articleFromRow);
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

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private meta(key: string): string {
    const r = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value ?? '0';
  }

  private bumpRevision(): void {
    this.db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'").run();
  }

  /** Adds (+1) or removes (-1) quotes' unique terms from the document frequencies and totals. */
  private adjustTerms(termStrings: string[], sign: 1 | -1): void {
    if (termStrings.length === 0) return;
    const counts = new Map<string, number>();
    let total = 0;
    for (const ts of termStrings) {
      const list = ts ? ts.split(' ') : [];
      total += list.length;
      for (const t of new Set(list)) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const up = this.db.prepare('INSERT INTO terms (term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df');
    for (const [t, n] of counts) up.run(t, sign * n);
    if (sign < 0) this.db.prepare('DELETE FROM terms WHERE df <= 0').run();
    this.db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'quotes'").run(sign * termStrings.length);
    this.db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'term_total'").run(sign * total);
  }

  /** Recomputes one speaker's registry row from its quotes (or removes it when none are left). */
  private refreshSpeaker(id: string): void {
    const db = this.db;
    const perCollection = db.prepare('SELECT collection, count(*) AS n FROM quotes WHERE speaker_id = ? GROUP BY collection').all(id) as { collection: string; n: number }[];
    if (perCollection.length === 0) {
      db.prepare('DELETE FROM speakers WHERE id = ?').run(id);
      return;
    }
    const top = (col: 'role' | 'organisation') =>
      (db.prepare(`SELECT ${col} AS v, count(*) AS n FROM quotes WHERE speaker_id = ? AND ${col} IS NOT NULL GROUP BY ${col} ORDER BY n DESC, v LIMIT 8`).all(id) as { v: string }[]).map((r) => r.v);
    const head = db.prepare('SELECT speaker_name AS name, max(sort_date) AS last FROM quotes WHERE speaker_id = ?').get(id) as { name: string; last: string | null };
    const isOrg = id.startsWith('org:') ? 1 : 0;
    db.prepare(
      `INSERT INTO speakers (id, name, is_org, roles, organisations, counts, last_said) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, is_org = excluded.is_org, roles = excluded.roles,
         organisations = excluded.organisations, counts = excluded.counts, last_said = excluded.last_said`,
    ).run(id, head.name, isOrg, JSON.stringify(top('role')), JSON.stringify(top('organisation')), JSON.stringify(Object.fromEntries(perCollection.map((r) => [r.collection, r.n]))), head.last);
  }
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
function paragraphsOf(quotes: StoredQuote[]): { idx: number; text: string; nearTerms: string }[] {
  const seen = new Map<number, { idx: number; text: string; nearTerms: string }>();
  for (const q of quotes) if (!seen.has(q.paragraph)) seen.set(q.paragraph, { idx: q.paragraph, text: q.context, nearTerms: q.nearTerms });
  return [...seen.values()];
}
