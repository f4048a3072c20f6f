import type { PoolClient } from 'pg';
import { nestSql } from './nested-terms.js';
import { postingRowsSql } from './search.js';
import { deriveLeadInColumns } from './lead-ins.js';
import { postStoredAbout } from './about.js';
import { recountSpeakers } from './speakers.js';
import { termSignature } from './term-signature.js';

/**
 * One schema migration: run inside the migrating transaction, after the advisory lock is held, with
 * `search_path` already pointing at the store's schema.
 */
export interface Migration {
  version: number;
  description: string;
  apply(client: PoolClient): Promise<void>;
}

/**
 * The PostgreSQL schema, versioned. Text columns that are compared or sorted use the "C" collation so
 * ordering is byte-wise, as in SQLite, whatever the database's locale.
 *
 * Full text: the core's own index terms (already folded and stemmed), split on spaces exactly as the core wrote
 * them, so both stores see the very same terms. Versions 1-9 indexed them as a tsvector under GIN; since 10
 * they are rows of `postings (term, seq)` (see search.ts), since 14 with the quote's term signature `sig` in the
 * key (see term-signature.ts).
 */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'articles, paragraphs, quotes with a GIN full-text index, speakers, term statistics',
    async apply(c) {
      await c.query(`
        CREATE TABLE articles (
          id text COLLATE "C" PRIMARY KEY,
          collection text COLLATE "C" NOT NULL,
          content_hash text NOT NULL,
          body_hash text NOT NULL,
          title text, url text, outlet text,
          published text COLLATE "C",
          byline text,
          source text COLLATE "C",
          ingested_at text NOT NULL
        );
        CREATE INDEX articles_source ON articles (source);
        CREATE INDEX articles_body ON articles (body_hash);
        CREATE INDEX articles_collection ON articles (collection);
        CREATE TABLE paragraphs (
          article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          idx integer NOT NULL,
          text text NOT NULL,
          -- Terms of the paragraph, its neighbours and the headline: the same for every quote in it.
          near_terms text NOT NULL,
          PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE quotes (
          seq bigint GENERATED ALWAYS AS IDENTITY,
          id text COLLATE "C" PRIMARY KEY,
          article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          paragraph integer NOT NULL,
          collection text COLLATE "C" NOT NULL,
          text text NOT NULL,
          kind text NOT NULL,
          speaker_id text COLLATE "C", speaker_name text, role text COLLATE "C", organisation text COLLATE "C",
          cue text, audience text, setting text,
          said_on_text text, said_on text,
          sort_date text COLLATE "C",
          start integer NOT NULL, "end" integer NOT NULL,
          confidence double precision NOT NULL,
          fingerprint text NOT NULL,
          terms text NOT NULL,
          context_terms text NOT NULL,
          tsv tsvector GENERATED ALWAYS AS (array_to_tsvector(array_remove(string_to_array(terms, ' '), ''))) STORED
        );
        CREATE INDEX quotes_speaker ON quotes (speaker_id, sort_date);
        CREATE INDEX quotes_article ON quotes (article_id);
        CREATE INDEX quotes_fingerprint ON quotes (fingerprint);
        -- No index on quotes.collection on purpose: a newsroom's collection is most of the table, and such an
        -- index tempts the planner away from the per-term GIN look-ups (seen: 80 ms instead of 2 ms).
        -- fastupdate off: a pending list (the default) is scanned linearly by every search until vacuum merges it.
        CREATE INDEX quotes_tsv ON quotes USING gin (tsv) WITH (fastupdate = off);
        CREATE TABLE speakers (
          id text COLLATE "C" PRIMARY KEY,
          name text NOT NULL,
          is_org boolean NOT NULL,
          roles text[] NOT NULL,
          organisations text[] NOT NULL,
          counts jsonb NOT NULL,
          last_said text
        );
        CREATE TABLE terms (term text COLLATE "C" PRIMARY KEY, df integer NOT NULL);
        -- One row: quote and term totals for IDF, and the revision every write bumps in its own transaction.
        CREATE TABLE meta (
          one boolean PRIMARY KEY DEFAULT true CHECK (one),
          revision bigint NOT NULL,
          quotes bigint NOT NULL,
          term_total bigint NOT NULL
        );
        INSERT INTO meta (revision, quotes, term_total) VALUES (0, 0, 0);
      `);
    },
  },
  {
    version: 2,
    description: 'trigram index on speaker names (pg_trgm), when the extension can be created',
    async apply(c) {
      // pg_trgm is a trusted extension (PostgreSQL 13+), so a database owner may create it; a managed
      // database that refuses it still gets a working store, only without the trigram index.
      await c.query('SAVEPOINT trgm');
      try {
        await c.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
      } catch {
        await c.query('ROLLBACK TO SAVEPOINT trgm');
        return;
      }
      const ns = await trigramSchema(c);
      if (ns) await c.query(`CREATE INDEX speakers_name_trgm ON speakers USING gin (lower(name) ${ns}.gin_trgm_ops)`);
    },
  },
  {
    version: 3,
    description: 'speaker tallies of every role and organisation, so an added article updates a row in place',
    async apply(c) {
      // Rows without tallies (written before this version) are recounted the next time they change.
      await c.query('ALTER TABLE speakers ADD COLUMN tallies jsonb');
    },
  },
  {
    version: 4,
    description: 'unique index on quotes.seq (term search joins candidates back to their rows by it)',
    async apply(c) {
      await c.query('CREATE UNIQUE INDEX quotes_seq ON quotes (seq)');
    },
  },
  {
    version: 5,
    description: 'drop the term counts of the former in-SQL BM25 (scores are now computed in JavaScript)',
    async apply(c) {
      await c.query('ALTER TABLE quotes DROP COLUMN IF EXISTS term_count, DROP COLUMN IF EXISTS repeats');
    },
  },
  {
    version: 6,
    description: 'speaker roles, organisations, names and dates per collection (no newsroom sees another\'s)',
    async apply(c) {
      await c.query(`ALTER TABLE speakers DROP COLUMN roles, DROP COLUMN organisations, ADD COLUMN profiles jsonb NOT NULL DEFAULT '{}'::jsonb`);
      // Every row is recounted from the quotes, per collection, inside the migrating transaction.
      const ids = await c.query<{ id: string }>('SELECT DISTINCT speaker_id AS id FROM quotes WHERE speaker_id IS NOT NULL');
      await c.query('DELETE FROM speakers');
      await recountSpeakers(c, ids.rows.map((r) => r.id));
    },
  },
  {
    version: 7,
    description: 'small state with an expiry shared by every replica (chat buttons, delivery dedupe)',
    async apply(c) {
      await c.query('CREATE TABLE expiring_state (key text PRIMARY KEY, value text NOT NULL, expires_at timestamptz NOT NULL)');
      await c.query('CREATE INDEX expiring_state_expiry ON expiring_state (expires_at)');
    },
  },
  {
    version: 8,
    description: 'follows (a channel asks for a speaker\'s new quotes) and their deliveries; articles by write time',
    async apply(c) {
      await c.query(`
        CREATE TABLE follows (
          id text COLLATE "C" PRIMARY KEY,
          platform text COLLATE "C" NOT NULL, tenant text COLLATE "C" NOT NULL, channel text COLLATE "C" NOT NULL,
          speaker_id text COLLATE "C" NOT NULL, speaker_name text NOT NULL,
          topic text COLLATE "C" NOT NULL DEFAULT '',
          created_by text NOT NULL, created_at text COLLATE "C" NOT NULL,
          UNIQUE (platform, tenant, channel, speaker_id, topic)
        );
        -- One row per quote (fingerprint) per follow: claimed under a lease, then marked sent.
        CREATE TABLE follow_deliveries (
          follow_id text COLLATE "C" NOT NULL REFERENCES follows(id) ON DELETE CASCADE,
          fingerprint text COLLATE "C" NOT NULL,
          quote_id text NOT NULL,
          claimed_until timestamptz NOT NULL,
          sent_at timestamptz,
          PRIMARY KEY (follow_id, fingerprint)
        );
        CREATE INDEX articles_ingested ON articles (ingested_at);
      `);
    },
  },
  {
    version: 9,
    description: 'corrections by editors: speaker overrides with their audit log, and the quotes each rewrote',
    async apply(c) {
      // IF NOT EXISTS: safe whichever order the merge with other branches' migrations gives.
      await c.query(`
        CREATE TABLE IF NOT EXISTS corrections (
          id text COLLATE "C" PRIMARY KEY,
          collection text COLLATE "C" NOT NULL,
          article_key text COLLATE "C" NOT NULL,
          article_id text COLLATE "C" NOT NULL,
          fingerprint text COLLATE "C" NOT NULL,
          quote_id text COLLATE "C" NOT NULL,
          quote_text text NOT NULL,
          action text NOT NULL CHECK (action IN ('speaker', 'not_quote')),
          speaker_id text COLLATE "C", speaker_name text,
          shown_before jsonb NOT NULL,
          reason text NOT NULL,
          editor text NOT NULL,
          made_at text COLLATE "C" NOT NULL,
          status text NOT NULL CHECK (status IN ('active', 'superseded', 'undone')),
          undone_by text, undone_at text,
          seq bigint GENERATED ALWAYS AS IDENTITY
        );
        CREATE INDEX IF NOT EXISTS corrections_override ON corrections (collection, article_key, status);
        CREATE INDEX IF NOT EXISTS corrections_made_at ON corrections (made_at, seq);
        CREATE TABLE IF NOT EXISTS corrected_quotes (
          article_id text COLLATE "C" NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
          fingerprint text COLLATE "C" NOT NULL,
          correction_id text COLLATE "C" NOT NULL REFERENCES corrections(id),
          original jsonb NOT NULL,
          PRIMARY KEY (article_id, fingerprint)
        );
        CREATE INDEX IF NOT EXISTS corrected_quotes_correction ON corrected_quotes (correction_id);
      `);
    },
  },
  {
    version: 10,
    description: 'posting lists as a B-tree (term, seq) instead of a GIN index: a term\'s newest quotes are one capped range scan',
    async apply(c) {
      // Filled before the key is built (one sorted build instead of a B-tree insert per row). The GIN index and
      // the tsvector it indexed go: both look-ups (ranked and all-of) read the postings now.
      await c.query(`CREATE TABLE postings (term text COLLATE "C" NOT NULL, seq bigint NOT NULL)`);
      await c.query(`INSERT INTO postings (term, seq) ${postingRowsSql('quotes')}`);
      await c.query('ALTER TABLE postings ADD PRIMARY KEY (term, seq)');
      await c.query('DROP INDEX IF EXISTS quotes_tsv');
      await c.query('ALTER TABLE quotes DROP COLUMN IF EXISTS tsv');
    },
  },
  {
    version: 11,
    description: 'rank rows from the quote row alone: neighbourhood terms on the quote, each term list stored with its inner list as one marker',
    async apply(c) {
      // The ranker read every candidate's paragraph for its neighbourhood terms: a second index probe and heap
      // page per row of a speaker's pool or a topic's candidates. They move to the quote's row, and each outer
      // list keeps its inner run once (see nested-terms.ts). One pass over the quotes, then both tables are
      // rewritten in key order (CLUSTER runs inside a transaction, VACUUM FULL does not), so the old row versions
      // and the dropped column leave no dead pages behind: at 100k quotes 16.8 s and 1.9 s at load 11, and the
      // schema then takes 191.6 MB instead of 207.7.
      await c.query(`ALTER TABLE quotes ADD COLUMN near_terms text NOT NULL DEFAULT ''`);
      await c.query(`
        UPDATE quotes q SET
          context_terms = ${nestSql('q.context_terms', 'q.terms')},
          near_terms = ${nestSql('p.near_terms', 'q.context_terms')}
        FROM paragraphs p WHERE p.article_id = q.article_id AND p.idx = q.paragraph`);
      await c.query(`UPDATE quotes SET context_terms = ${nestSql('context_terms', 'terms')} WHERE near_terms = '' AND NOT EXISTS (
        SELECT 1 FROM paragraphs p WHERE p.article_id = quotes.article_id AND p.idx = quotes.paragraph)`);
      await c.query('ALTER TABLE paragraphs DROP COLUMN near_terms');
      await c.query('CLUSTER quotes USING quotes_seq');
      await c.query('CLUSTER paragraphs USING paragraphs_pkey');
    },
  },
  {
    version: 12,
    description: 'speaker rows keep how often and from when to when each role was stated, for role questions asked about a time',
    async apply(c) {
      // No table changes: every row is recounted from the quotes, inside the migrating transaction.
      const ids = await c.query<{ id: string }>('SELECT DISTINCT speaker_id AS id FROM quotes WHERE speaker_id IS NOT NULL');
      await recountSpeakers(c, ids.rows.map((r) => r.id));
    },
  },
  {
    version: 13,
    description: "a quote's lead-in (the reporter's sentence before it), derived in place from the kept paragraphs",
    async apply(c) {
      // A count of neighbourhood terms (see ../lead-terms.ts), or the terms where they are no such run.
      await c.query('ALTER TABLE quotes ADD COLUMN IF NOT EXISTS lead_in integer, ADD COLUMN IF NOT EXISTS lead_terms text');
      await deriveLeadInColumns(c);
    },
  },
  {
    version: 14,
    description: "each posting carries its quote's term signature (a Bloom filter of its terms) in the key: an all-of look-up skips, from the key alone, the quotes that cannot hold every term",
    async apply(c) {
      // The signature bits are computed here, in JavaScript, as every write computes them (see term-signature.ts):
      // one value per distinct term, then each quote's signature is the OR of its terms'. The table is rewritten
      // in key order rather than updated in place (an update would leave a dead copy of every row behind).
      const terms = (await c.query<{ term: string }>('SELECT DISTINCT term FROM postings')).rows.map((r) => r.term);
      await c.query('CREATE TEMP TABLE term_bits (term text COLLATE "C" PRIMARY KEY, bits bigint NOT NULL) ON COMMIT DROP');
      await c.query('INSERT INTO term_bits (term, bits) SELECT * FROM unnest($1::text[], $2::bigint[])', [terms, terms.map((t) => termSignature([t]))]);
      await c.query(`
        CREATE TABLE postings_signed AS
        SELECT p.term, p.seq, s.sig FROM postings p
        JOIN (SELECT x.seq, bit_or(b.bits) AS sig FROM postings x JOIN term_bits b ON b.term = x.term GROUP BY x.seq) s ON s.seq = p.seq
        ORDER BY p.term, p.seq`);
      await c.query('DROP TABLE postings');
      await c.query('ALTER TABLE postings_signed RENAME TO postings');
      await c.query('ALTER TABLE postings ALTER COLUMN term SET NOT NULL, ALTER COLUMN seq SET NOT NULL, ALTER COLUMN sig SET NOT NULL');
      await c.query('ALTER TABLE postings ADD PRIMARY KEY (term, seq) INCLUDE (sig)');
      await c.query('ANALYZE postings');
    },
  },
  {
    version: 15,
    description: "a second full-text field: what a quote's sentence and lead-in say about it in words it does not hold itself, read at a lower weight",
    async apply(c) {
      // Filled from every stored quote's term lists (about.ts), then keyed as `postings` is, for the same reads.
      await c.query('CREATE TABLE about_postings (term text COLLATE "C" NOT NULL, seq bigint NOT NULL)');
      await postStoredAbout(c);
      await c.query('ALTER TABLE about_postings ADD PRIMARY KEY (term, seq)');
      await c.query('ANALYZE about_postings');
    },
  },
];

/** The schema pg_trgm is installed in (quoted for SQL), or null when the extension is absent. */
export async function trigramSchema(c: { query: PoolClient['query'] }): Promise<string | null> {
  const r = await c.query<{ ns: string }>(
    "SELECT quote_ident(n.nspname) AS ns FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'",
  );
  return r.rows[0]?.ns ?? null;
}
