import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SPEAKER_RANK_INDEX_8 } from '../../src/core/store/sqlite/schema.js';
import { DB_FILE, SqliteQuoteStore } from '../../src/core/store/sqlite/store.js';
import { articleWith } from './fixtures.js';
import { writeLeadInArticles } from './lead-in-articles.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A throw-away folder, removed after the tests. */
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-migrate-'));
  dirs.push(dir);
  return dir;
}

/** A throw-away copy of the index in `refDir`, to take back to an older schema. */
function copyOfIndex(refDir: string): string {
  const dir = tempDir();
  fs.copyFileSync(path.join(refDir, DB_FILE), path.join(dir, DB_FILE));
  return dir;
}

/** Takes an index written at the latest schema back to schema 10: no about field (schema 11). */
function backToSchema10(db: Database.Database): void {
  db.exec(`
    DROP TABLE quotes_about_fts;
    DROP TRIGGER quotes_ad;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
      DELETE FROM quotes_fts WHERE rowid = old.rowid;
    END;`);
  db.pragma('user_version = 10');
}

/** An index as OnRecord wrote it at schema 2: neighbourhood terms on the paragraph row. */
function schema2Index(): string {
  const dir = tempDir();
  const db = new Database(path.join(dir, DB_FILE));
  for (const sql of MIGRATIONS.slice(0, 2)) db.exec(sql);
  db.pragma('user_version = 2');
  db.prepare("INSERT INTO articles (id, collection, content_hash, body_hash, ingested_at) VALUES ('a', 'default', 'h', 'b', '2024-01-01')").run();
  db.prepare("INSERT INTO paragraphs (article_id, idx, text, near_terms) VALUES ('a', 0, 'Kirby spoke.', 'ceasefir aleppo')").run();
  db.prepare(
    `INSERT INTO quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, start, end, confidence, fingerprint, terms, context_terms, sort_date)
     VALUES ('q1', 'a', 0, 'default', 'It must hold.', 'direct', 'john-kirby', 'John Kirby', 0, 12, 0.9, 'f1', 'must hold', 'kirbi spoke', '2016-10-01')`,
  ).run();
  db.close();
  return dir;
}

describe('SQLite schema migrations', () => {
  it('moves neighbourhood terms from paragraphs to quotes (schema 3) and keeps every quote answerable', async () => {
    const dir = schema2Index();
    const store = new SqliteQuoteStore({ dir });
    await store.init();
    const [row] = await store.rankRowsBySpeakers(['john-kirby'], { collections: ['default'] }, 10);
    expect(row).toMatchObject({ id: 'q1', terms: 'must hold', contextTerms: 'kirbi spoke', nearTerms: 'ceasefir aleppo', sortDate: '2016-10-01' });
    const [full] = await store.getQuotes(['q1']);
    expect(full).toMatchObject({ text: 'It must hold.', context: 'Kirby spoke.', nearTerms: 'ceasefir aleppo' });
    // New writes use the new layout alongside the migrated rows.
    const b = articleWith('b', [{ text: 'Corridors are open.', sortDate: '2016-10-05' }]);
    await store.replaceArticle(b.article, b.quotes);
    const rows = await store.rankRowsBySpeakers(['john-kirby'], { collections: ['default'] }, 10);
    expect(rows.map((r) => [r.id, r.nearTerms])).toEqual([
      [b.quotes[0]!.id, b.quotes[0]!.nearTerms],
      ['q1', 'ceasefir aleppo'],
    ]);
    await store.close();
    const db = new Database(path.join(dir, DB_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('splits speaker rows written at schema 3 (roles of every collection together) per collection (schema 4)', async () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, DB_FILE));
    for (const sql of MIGRATIONS.slice(0, 3)) db.exec(sql);
    db.pragma('user_version = 3');
    const quote = db.prepare(
      `INSERT INTO quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, role, organisation, start, end, confidence, fingerprint, terms, context_terms, sort_date)
       VALUES (?, ?, 0, ?, 'Words.', 'direct', 'john-carver', 'John Carver', ?, ?, 0, 6, 0.9, ?, 'word', '', ?)`,
    );
    for (const [article, collection] of [['m', 'metro'], ['s', 'sport']]) {
      db.prepare("INSERT INTO articles (id, collection, content_hash, body_hash, ingested_at) VALUES (?, ?, 'h', 'b', '2024-01-01')").run(article, collection);
      db.prepare("INSERT INTO paragraphs (article_id, idx, text, near_terms) VALUES (?, 0, 'Words.', '')").run(article);
    }
    quote.run('q1', 'm', 'metro', 'unit head', 'Acme Holdings', 'f1', '2024-03-04');
    quote.run('q2', 's', 'sport', 'striker', null, 'f2', '2024-03-05');
    db.prepare(
      `INSERT INTO speakers (id, name, is_org, roles, organisations, counts, last_said, tallies) VALUES ('john-carver', 'John Carver', 0,
        '["striker","unit head"]', '["Acme Holdings"]', '{"metro":1,"sport":1}', '2024-03-05', '{"roles":{"striker":1,"unit head":1},"orgs":{"Acme Holdings":1}}')`,
    ).run();
    db.close();
    const store = new SqliteQuoteStore({ dir });
    await store.init();
    expect(await store.listSpeakers()).toEqual([
      {
        id: 'john-carver',
        isOrganisation: false,
        collections: {
          metro: { name: 'John Carver', quotes: 1, roles: ['unit head'], organisations: ['Acme Holdings'], lastSaid: '2024-03-04', roleStats: { 'unit head': { n: 1, first: '2024-03-04', last: '2024-03-04' } } },
          sport: { name: 'John Carver', quotes: 1, roles: ['striker'], organisations: [], lastSaid: '2024-03-05', roleStats: { striker: { n: 1, first: '2024-03-05', last: '2024-03-05' } } },
        },
      },
    ]);
    // A later write adds to the recounted row in place.
    const b = articleWith('b', [{ text: 'Another goal.', speaker: 'John Carver', role: 'striker', sortDate: '2024-03-06' }], { collection: 'sport' });
    await store.replaceArticle(b.article, b.quotes);
    expect((await store.listSpeakers())[0]?.collections.sport).toEqual({ name: 'John Carver', quotes: 2, roles: ['striker'], organisations: [], lastSaid: '2024-03-06', roleStats: { striker: { n: 2, first: '2024-03-05', last: '2024-03-06' } } });
    await store.close();
  });

  it('recounts speaker rows written at schema 7 so each role keeps how often and when it was stated (schema 9)', async () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, DB_FILE));
    for (const sql of MIGRATIONS.slice(0, 7)) db.exec(sql);
    db.pragma('user_version = 7');
    db.prepare("INSERT INTO articles (id, collection, content_hash, body_hash, ingested_at) VALUES ('a', 'default', 'h', 'b', '2024-01-01')").run();
    db.prepare("INSERT INTO paragraphs (article_id, idx, text, near_terms) VALUES ('a', 0, 'Words.', '')").run();
    const quote = db.prepare(
      `INSERT INTO quotes (id, article_id, paragraph, collection, text, kind, speaker_id, speaker_name, role, start, end, confidence, fingerprint, terms, context_terms, sort_date)
       VALUES (?, 'a', 0, 'default', 'Words.', 'direct', 'alma-reyes', 'Alma Reyes', 'finance minister', 0, 6, 0.9, ?, 'word', '', ?)`,
    );
    quote.run('q1', 'f1', '2021-05-02');
    quote.run('q2', 'f2', '2022-02-20');
    quote.run('q3', 'f3', null);
    // The row as schema 7 kept it: role counts without dates.
    db.prepare(
      `INSERT INTO speakers (id, name, is_org, counts, last_said, tallies, profiles) VALUES ('alma-reyes', 'Alma Reyes', 0, '{"default":3}', '2022-02-20',
        '{"default":{"quotes":3,"name":"Alma Reyes","lastSaid":"2022-02-20","roles":{"finance minister":3},"orgs":{}}}',
        '{"default":{"name":"Alma Reyes","quotes":3,"roles":["finance minister"],"organisations":[],"lastSaid":"2022-02-20"}}')`,
    ).run();
    db.close();
    const store = new SqliteQuoteStore({ dir });
    await store.init();
    expect((await store.listSpeakers())[0]?.collections.default?.roleStats).toEqual({ 'finance minister': { n: 3, first: '2021-05-02', last: '2022-02-20' } });
    await store.close();
  });

  it('refuses an index written by a newer OnRecord', async () => {
    const dir = schema2Index();
    const db = new Database(path.join(dir, DB_FILE));
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const store = new SqliteQuoteStore({ dir });
    await expect(store.init()).rejects.toThrow(/newer OnRecord/);
    await store.close();
  });
});

describe('SQLite schema 8: neighbourhood terms as term ids', () => {
  it('upgrades a schema-7 index in place and answers exactly as an index written at schema 8', async () => {
    const specs = [
      articleWith('a', [
        { text: 'The ceasefire must hold in Aleppo.', sortDate: '2016-10-01', context: 'Kirby said the ceasefire in Aleppo must hold, whatever Moscow says.' },
        { text: 'Corridors are open.', speaker: 'Maria Zakharova', sortDate: '2016-10-02' },
      ]),
      articleWith('b', [{ text: 'We will fund the tram.', speaker: 'Andy Burnham', sortDate: '2019-03-04', context: 'Burnham, in Aleppo of all places, said: we will fund the tram.' }], { title: 'Tram money for Manchester' }),
    ];
    // Terms of the paragraphs around and the headline (the fixture's are the article id only).
    specs[1]!.quotes[0]!.nearTerms = 'manchest tram money burnham tram';
    // The reference: the same articles written by this version.
    const refDir = tempDir();
    const ref = new SqliteQuoteStore({ dir: refDir });
    await ref.init();
    for (const s of specs) await ref.replaceArticle(s.article, s.quotes);
    const written = await ref.getQuotes(specs.flatMap((s) => s.quotes.map((q) => q.id)));
    await ref.close();
    // The same index as schema 7 held it: every table copied, the neighbourhood terms as words.
    const dir = tempDir();
    const db = new Database(path.join(dir, DB_FILE));
    for (const sql of MIGRATIONS.slice(0, 7)) db.exec(sql);
    db.pragma('user_version = 7');
    db.exec(`ATTACH '${path.join(refDir, DB_FILE)}' AS r`);
    db.exec("DELETE FROM meta; INSERT INTO meta SELECT * FROM r.meta; INSERT INTO articles SELECT * FROM r.articles; INSERT INTO paragraphs SELECT * FROM r.paragraphs; INSERT INTO speakers SELECT * FROM r.speakers; INSERT INTO terms SELECT * FROM r.terms; INSERT INTO term_log SELECT * FROM r.term_log");
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('quotes') as string[]).join(', ');
    db.exec(`INSERT INTO quotes (${columns}) SELECT ${columns} FROM r.quotes ORDER BY rowid`);
    const plain = db.prepare('UPDATE quotes SET terms = ?, context_terms = ?, near_terms = ?, text = ? WHERE id = ?');
    for (const q of written) plain.run(q.terms, q.contextTerms, q.nearTerms, q.text, q.id);
    db.exec('DETACH r');
    // Schema 7's full-text index read its words from the quote rows.
    db.exec("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')");
    expect(db.prepare("SELECT near_terms FROM quotes WHERE id = ?").pluck().get(specs[1]!.quotes[0]!.id)).toBe(specs[1]!.quotes[0]!.nearTerms);
    db.close();

    const migrated = new SqliteQuoteStore({ dir });
    await migrated.init();
    const fresh = new SqliteQuoteStore({ dir: refDir });
    await fresh.init();
    const all = { collections: ['default'] };
    const speakers = ['john-kirby', 'maria-zakharova', 'andy-burnham'];
    for (const store of [migrated, fresh]) {
      // A term found only in a quote's sentence (context) and one only in the headline (near terms) still select it.
      expect((await store.rankRowsBySpeakers(speakers, all, 10, ['aleppo'])).map((r) => r.id).sort()).toEqual([specs[0]!.quotes[0]!.id, specs[1]!.quotes[0]!.id].sort());
      expect((await store.rankRowsBySpeakers(speakers, all, 10, ['manchest'])).map((r) => r.id)).toEqual([specs[1]!.quotes[0]!.id]);
    }
    expect(await migrated.rankRowsBySpeakers(speakers, all, 10)).toEqual(await fresh.rankRowsBySpeakers(speakers, all, 10));
    expect(await migrated.rankRowsBySpeakers(speakers, all, 10, ['moscow', 'tram'])).toEqual(await fresh.rankRowsBySpeakers(speakers, all, 10, ['moscow', 'tram']));
    expect(await migrated.quotesBySpeakers(speakers, all, 10)).toEqual(await fresh.quotesBySpeakers(speakers, all, 10));
    expect(await migrated.quotesByTerms(['ceasefir', 'tram'], all, 10)).toEqual(await fresh.quotesByTerms(['ceasefir', 'tram'], all, 10));
    expect(await migrated.getQuotes(written.map((q) => q.id))).toEqual(written);
    // The stored lists are term ids now, far shorter than the words.
    const raw = new Database(path.join(dir, DB_FILE), { readonly: true });
    const stored = raw.prepare('SELECT near_terms FROM quotes WHERE id = ?').pluck().get(specs[1]!.quotes[0]!.id) as string;
    expect(stored).not.toBe(specs[1]!.quotes[0]!.nearTerms);
    // Words that are a span of their paragraph are read from it; the two that are not (the fixture's own contexts) keep theirs.
    expect(raw.prepare("SELECT count(*) FROM quotes WHERE text = '' AND text_at IS NOT NULL").pluck().get()).toBe(1);
    expect(raw.prepare("SELECT count(*) FROM quotes WHERE text <> '' AND text_at IS NULL").pluck().get()).toBe(2);
    expect([...stored].length).toBe(specs[1]!.quotes[0]!.nearTerms.split(' ').length);
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    raw.close();
    // New writes go on from the migrated dictionary.
    const c = articleWith('c', [{ text: 'Aleppo needs bread.', sortDate: '2016-10-03' }], { title: 'Bread for Aleppo' });
    await migrated.replaceArticle(c.article, c.quotes);
    const [row] = await migrated.getQuotes([c.quotes[0]!.id]);
    expect(row).toMatchObject({ contextTerms: c.quotes[0]!.contextTerms, nearTerms: c.quotes[0]!.nearTerms });
    await migrated.close();
    await fresh.close();
  });
});

describe('SQLite schema 10: lead-ins', () => {
  it('derives every quote\'s lead-in in place from the kept paragraphs, as an index written at schema 10 holds them', async () => {
    const refDir = tempDir();
    const ref = new SqliteQuoteStore({ dir: refDir });
    await ref.init();
    const written = await writeLeadInArticles(ref);
    expect(written.filter((q) => q.leadTerms).length).toBeGreaterThanOrEqual(3);
    await ref.close();
    // The same index as schema 9 held it: no lead-in column, the speaker index without it.
    const dir = copyOfIndex(refDir);
    const db = new Database(path.join(dir, DB_FILE));
    backToSchema10(db);
    db.exec('DROP INDEX quotes_speaker_rank; ALTER TABLE quotes DROP COLUMN lead_in;');
    db.exec(SPEAKER_RANK_INDEX_8);
    db.pragma('user_version = 9');
    db.close();

    const migrated = new SqliteQuoteStore({ dir });
    await migrated.init();
    const all = { collections: ['default'] };
    const speakers = [...new Set(written.map((q) => q.speakerId).filter((s): s is string => !!s))];
    expect(await migrated.getQuotes(written.map((q) => q.id))).toEqual(expect.arrayContaining(written));
    const fresh = new SqliteQuoteStore({ dir: refDir });
    await fresh.init();
    expect(await migrated.rankRowsBySpeakers(speakers, all, 50)).toEqual(await fresh.rankRowsBySpeakers(speakers, all, 50));
    const raw = new Database(path.join(dir, DB_FILE), { readonly: true });
    // Kept as counts of neighbourhood terms, and the speaker index holds them.
    expect(raw.prepare("SELECT count(*) FROM quotes WHERE typeof(lead_in) = 'integer'").pluck().get()).toBe(written.filter((q) => q.leadTerms).length);
    expect(raw.prepare("SELECT sql FROM sqlite_master WHERE name = 'quotes_speaker_rank'").pluck().get()).toContain('lead_in');
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    raw.close();
    await migrated.close();
    await fresh.close();
  });
});

describe('SQLite schema 11: what a quote is about in words it does not say', () => {
  it('indexes every stored quote\'s sentence and lead-in terms in place, as an index written at schema 11 holds them', async () => {
    const refDir = tempDir();
    const ref = new SqliteQuoteStore({ dir: refDir });
    await ref.init();
    const written = await writeLeadInArticles(ref);
    await ref.close();
    const dir = copyOfIndex(refDir);
    const db = new Database(path.join(dir, DB_FILE));
    backToSchema10(db);
    db.close();

    const migrated = new SqliteQuoteStore({ dir });
    await migrated.init();
    const fresh = new SqliteQuoteStore({ dir: refDir });
    await fresh.init();
    const all = { collections: ['default'] };
    // "oar" and "sideways" are only in the lead-in of the coach's first quote, "shop" only in the museum
    // director's; the coach's name is only in the sentence attributing his quote, and is no topic of it.
    const coach = written.find((q) => q.text.startsWith('That was the longest'))!;
    const director = written.find((q) => q.text.startsWith('We are simply glad'))!;
    expect(coach.terms.split(' ')).not.toContain('oar');
    expect((await migrated.rankRowsByTerms(['oar', 'sideway'], all, 10)).map((r) => r.id)).toContain(coach.id);
    expect((await migrated.rankRowsByTerms(['shop'], all, 10)).map((r) => r.id)).toEqual([director.id]);
    expect(await migrated.rankRowsByTerms(['kovalenko'], all, 10)).toEqual([]);
    for (const terms of [['oar', 'sideway'], ['shop'], ['crew', 'regatta'], ['garden', 'rose'], ['kovalenko']]) {
      expect(await migrated.rankRowsByTerms(terms, all, 10), terms.join(' ')).toEqual(await fresh.rankRowsByTerms(terms, all, 10));
    }
    const raw = new Database(path.join(dir, DB_FILE), { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    raw.close();
    // Deleting the article takes its about terms out of the index too.
    const rowing = written.find((q) => q.id === coach.id)!.articleId;
    await migrated.deleteArticle(rowing);
    expect(await migrated.rankRowsByTerms(['oar', 'sideway'], all, 10)).toEqual([]);
    await migrated.close();
    await fresh.close();
  });
});
