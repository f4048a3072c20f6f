/**
 * SQLite schema, versioned: each entry migrates from the previous version inside one transaction.
 * Quotes are indexed twice: B-trees for speaker and time look-ups, FTS5 over the core's own index terms
 * (already stemmed, so the FTS tokenizer only splits on spaces and both stores see the same terms).
 */
export const MIGRATIONS: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    collection TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    title TEXT, url TEXT, outlet TEXT, published TEXT, byline TEXT,
    source TEXT,
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_source ON articles(source);
  CREATE INDEX articles_body ON articles(body_hash);
  CREATE TABLE paragraphs (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    near_terms TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
  ) WITHOUT ROWID;
  CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph INTEGER NOT NULL,
    collection TEXT NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker_id TEXT, speaker_name TEXT, role TEXT, organisation TEXT,
    cue TEXT, audience TEXT, setting TEXT,
    said_on_text TEXT, said_on TEXT, sort_date TEXT,
    start INTEGER NOT NULL, end INTEGER NOT NULL,
    confidence REAL NOT NULL,
    fingerprint TEXT NOT NULL,
    terms TEXT NOT NULL,
    context_terms TEXT NOT NULL
  );
  CREATE INDEX quotes_speaker ON quotes(speaker_id, sort_date);
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE INDEX quotes_fingerprint ON quotes(fingerprint);
  CREATE VIRTUAL TABLE quotes_fts USING fts5(terms, content='quotes', content_rowid='rowid', tokenize="unicode61 tokenchars '_'");
  CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, terms) VALUES (new.rowid, new.terms);
  END;
  CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, terms) VALUES ('delete', old.rowid, old.terms);
  END;
  CREATE TABLE speakers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    is_org INTEGER NOT NULL,
    roles TEXT NOT NULL,
    organisations TEXT NOT NULL,
    counts TEXT NOT NULL,
    last_said TEXT
  );
  CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO meta(key, value) VALUES ('revision', '0'), ('quotes', '0'), ('term_total', '0');
  `,
  // 2: document frequencies are logged per write and folded in by the thousand (see term-log.ts); speaker rows
  // keep every role and organisation with its count, so an added article updates them without a recount.
  `
  CREATE TABLE term_log (seq INTEGER PRIMARY KEY, delta TEXT NOT NULL);
  ALTER TABLE speakers ADD COLUMN tallies TEXT;
  `,
  // 3: "what did X say" reads a speaker's rank data as one contiguous range of a covering index instead of a
  // few hundred scattered rows (a cold speaker look-up at a million quotes touched ~500 pages, now ~20). The
  // paragraph's neighbourhood terms move to the quote row so the index can hold them.
  `
  ALTER TABLE quotes ADD COLUMN near_terms TEXT NOT NULL DEFAULT '';
  UPDATE quotes SET near_terms = coalesce((SELECT p.near_terms FROM paragraphs p WHERE p.article_id = quotes.article_id AND p.idx = quotes.paragraph), '');
  UPDATE paragraphs SET near_terms = '';
  DROP INDEX quotes_speaker;
  CREATE INDEX quotes_speaker_rank ON quotes(speaker_id, sort_date, collection, id, kind, confidence, fingerprint, terms, context_terms, near_terms);
  `,
  // 4: roles, organisations, names and dates per collection (tenancy: one newsroom never sees what another's
  // articles say of a person). The store recounts every speaker row in the same transaction (see
  // `RECOUNT_SPEAKERS_AT`).
  `
  ALTER TABLE speakers DROP COLUMN roles;
  ALTER TABLE speakers DROP COLUMN organisations;
  ALTER TABLE speakers ADD COLUMN profiles TEXT NOT NULL DEFAULT '{}';
  `,
  // 5: small state with an expiry (chat buttons, delivery dedupe) that outlives a restart; expires_at in ms.
  `
  CREATE TABLE expiring_state (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER NOT NULL) WITHOUT ROWID;
  CREATE INDEX expiring_state_expiry ON expiring_state(expires_at);
  `,
  // 6: follows (a channel's standing request for a speaker's new quotes) and what each one was sent, keyed by the
  // quote fingerprint (syndicated copies and re-ingests are one quote); articles by write time for delivery.
  `
  CREATE TABLE follows (
    id TEXT PRIMARY KEY,
    platform TEXT NOT NULL, tenant TEXT NOT NULL, channel TEXT NOT NULL,
    speaker_id TEXT NOT NULL, speaker_name TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL, created_at TEXT NOT NULL,
    UNIQUE (platform, tenant, channel, speaker_id, topic)
  );
  CREATE TABLE follow_deliveries (
    follow_id TEXT NOT NULL REFERENCES follows(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    quote_id TEXT NOT NULL,
    claimed_until INTEGER NOT NULL,
    sent_at INTEGER,
    PRIMARY KEY (follow_id, fingerprint)
  ) WITHOUT ROWID;
  CREATE INDEX articles_ingested ON articles(ingested_at);
  `,
  // 7: corrections by editors. `corrections` is the override and the audit log (who, when, before, after,
  // why, undo); `corrected_quotes` says which words of which article an override rewrote, with the extractor's
  // records it replaced (so an undo restores them). IF NOT EXISTS: safe whichever order the merge gives.
  `
  CREATE TABLE IF NOT EXISTS corrections (
    id TEXT PRIMARY KEY,
    collection TEXT NOT NULL,
    article_key TEXT NOT NULL,
    article_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    quote_id TEXT NOT NULL,
    quote_text TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('speaker', 'not_quote')),
    speaker_id TEXT, speaker_name TEXT,
    shown_before TEXT NOT NULL,
    reason TEXT NOT NULL,
    editor TEXT NOT NULL,
    made_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'superseded', 'undone')),
    undone_by TEXT, undone_at TEXT
  );
  CREATE INDEX IF NOT EXISTS corrections_override ON corrections(collection, article_key, status);
  CREATE INDEX IF NOT EXISTS corrections_made_at ON corrections(made_at);
  CREATE TABLE IF NOT EXISTS corrected_quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    correction_id TEXT NOT NULL REFERENCES corrections(id),
    original TEXT NOT NULL,
    PRIMARY KEY (article_id, fingerprint)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS corrected_quotes_correction ON corrected_quotes(correction_id);
  `,
  // 8: a leaner index. A quote's terms and neighbourhood terms (context_terms, near_terms) were words repeated in
  // every quote row and again in the speaker index: half of a million-quote file. They become term-id lists (see
  // term-ids.ts), and a quote whose words are a span of its paragraph keeps only where (see quote-text.ts). The
  // full-text index no longer reads the quote rows (they hold ids now): it is contentless, given the words by the
  // store, and rebuilt here from the words. The store rewrites every quote in the same transaction
  // (`ENCODE_TERMS_AT`) with the speaker index dropped meanwhile (one rebuild instead of a million index
  // updates), then builds it again.
  `
  DROP TRIGGER quotes_ai;
  DROP TRIGGER quotes_ad;
  DROP TABLE quotes_fts;
  CREATE VIRTUAL TABLE quotes_fts USING fts5(terms, content='', contentless_delete=1, tokenize="unicode61 tokenchars '_'");
  INSERT INTO quotes_fts(rowid, terms) SELECT rowid, terms FROM quotes;
  CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    DELETE FROM quotes_fts WHERE rowid = old.rowid;
  END;
  CREATE TABLE term_ids (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
  ALTER TABLE quotes ADD COLUMN text_at INTEGER;
  ALTER TABLE quotes ADD COLUMN text_len INTEGER;
  DROP INDEX quotes_speaker_rank;
  `,
  // 9: speaker rows keep how often and from when to when each role was stated (`roleStats`), for role questions
  // asked about a time. No table changes: every speaker row is recounted from its quotes (`RECOUNT_SPEAKERS_AT`).
  '',
  // 10: a quote's lead-in (the reporter's sentence before it, src/core/lead-in.ts), kept as how many of its
  // neighbourhood terms it is (see ../lead-terms.ts): no type, so a count stays an integer and the rare list of
  // terms a text. The speaker index holds it too; it is dropped here and built again after every quote's lead-in
  // is derived from the stored paragraphs (`DERIVE_LEAD_INS_AT`, lead-ins.ts).
  `
  ALTER TABLE quotes ADD COLUMN lead_in;
  DROP INDEX IF EXISTS quotes_speaker_rank;
  `,
  // 11: a second full-text field, what a quote's sentence and lead-in say about it in words it does not hold
  // itself (../about-terms.ts), read by the term search at a lower weight. Contentless like quotes_fts and given
  // its words by the store; `detail=none` (which quotes hold a term, no positions: only single-term look-ups are
  // made of it) takes 42% less room. Filled from every stored quote after this migration (`INDEX_ABOUT_AT`, about.ts).
  `
  CREATE VIRTUAL TABLE quotes_about_fts USING fts5(terms, content='', contentless_delete=1, detail=none, tokenize="unicode61 tokenchars '_'");
  DROP TRIGGER quotes_ad;
  CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    DELETE FROM quotes_fts WHERE rowid = old.rowid;
    DELETE FROM quotes_about_fts WHERE rowid = old.rowid;
  END;
  `,
];

/** The schema version whose migration is followed by indexing every stored quote's about terms. */
export const INDEX_ABOUT_AT = 11;

/** The schema version whose migration is followed by the encoding of every quote's neighbourhood terms. */
export const ENCODE_TERMS_AT = 8;

/** The speaker index (schema 3) as schema 8 builds it again after its encoding. */
export const SPEAKER_RANK_INDEX_8 =
  'CREATE INDEX quotes_speaker_rank ON quotes(speaker_id, sort_date, collection, id, kind, confidence, fingerprint, terms, context_terms, near_terms)';

/** The speaker index since schema 10 (with the lead-in), built after its lead-ins are derived. */
export const SPEAKER_RANK_INDEX =
  'CREATE INDEX quotes_speaker_rank ON quotes(speaker_id, sort_date, collection, id, kind, confidence, fingerprint, terms, context_terms, near_terms, lead_in)';

/** The schema version whose migration is followed by deriving every quote's lead-in (lead-ins.ts). */
export const DERIVE_LEAD_INS_AT = 10;

/** The schema versions whose migration is followed by a recount of every speaker row from the quotes. */
export const RECOUNT_SPEAKERS_AT: ReadonlySet<number> = new Set([4, 9]);
