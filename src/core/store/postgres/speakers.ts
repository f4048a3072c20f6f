import type { PoolClient } from 'pg';
import type { StoredQuote } from '../port.js';
import { addQuotes, groupBySpeaker, top, TOP, type Tallies } from '../speaker-tallies.js';

interface Row {
  id: string;
  name: string;
  counts: Record<string, number>;
  last_said: string | null;
  tallies: Tallies | null;
}

/*
 * Both functions run after the caller holds the advisory locks of every speaker in `ids`, so each reads the
 * rows and quotes other writers committed (READ COMMITTED: a fresh snapshot per statement) and no count is lost.
 */

/**
 * Adds the quotes of a newly added article to their speakers' rows: one read and one write for all of them,
 * instead of re-counting every quote of each speaker (which grows with the archive). The same arithmetic as
 * the SQLite store's `addToSpeakers`. Rows written before tallies existed are recounted instead.
 */
export async function addToSpeakers(c: PoolClient, quotes: StoredQuote[], collection: string): Promise<void> {
  const bySpeaker = groupBySpeaker(quotes);
  if (bySpeaker.size === 0) return;
  const found = await c.query<Row>('SELECT id, name, counts, last_said, tallies FROM speakers WHERE id = ANY($1::text[])', [[...bySpeaker.keys()]]);
  const rows = new Map(found.rows.map((r) => [r.id, r]));
  const recount: string[] = [];
  const out: Record<string, unknown>[] = [];
  for (const [id, mine] of bySpeaker) {
    const row = rows.get(id);
    if (row && !row.tallies) {
      recount.push(id);
      continue;
    }
    const next = addQuotes(row?.tallies ? { name: row.name, counts: row.counts, tallies: row.tallies, lastSaid: row.last_said } : undefined, mine, collection);
    out.push({ id, name: next.name, is_org: id.startsWith('org:'), roles: top(next.tallies.roles), organisations: top(next.tallies.orgs), counts: next.counts, last_said: next.lastSaid, tallies: next.tallies });
  }
  if (out.length > 0) {
    await c.query(
      `INSERT INTO speakers (id, name, is_org, roles, organisations, counts, last_said, tallies)
       SELECT id, name, is_org, ARRAY(SELECT jsonb_array_elements_text(roles)), ARRAY(SELECT jsonb_array_elements_text(organisations)),
         counts, last_said, tallies
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, is_org boolean, roles jsonb, organisations jsonb, counts jsonb, last_said text, tallies jsonb)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, is_org = excluded.is_org, roles = excluded.roles,
         organisations = excluded.organisations, counts = excluded.counts, last_said = excluded.last_said, tallies = excluded.tallies`,
      [JSON.stringify(out)],
    );
  }
  if (recount.length > 0) await recountSpeakers(c, recount);
}

/** Recomputes the rows of `ids` from all their quotes; rows left without quotes are removed. */
export async function recountSpeakers(c: PoolClient, ids: string[]): Promise<void> {
  await c.query(
    `WITH up AS (
       INSERT INTO speakers (id, name, is_org, roles, organisations, counts, last_said, tallies)
       SELECT s.id,
         (SELECT speaker_name FROM quotes WHERE speaker_id = s.id ORDER BY sort_date DESC NULLS LAST, seq DESC LIMIT 1),
         s.id LIKE 'org:%',
         ARRAY(SELECT role FROM quotes WHERE speaker_id = s.id AND role IS NOT NULL GROUP BY role ORDER BY count(*) DESC, role LIMIT ${TOP}),
         ARRAY(SELECT organisation FROM quotes WHERE speaker_id = s.id AND organisation IS NOT NULL
               GROUP BY organisation ORDER BY count(*) DESC, organisation LIMIT ${TOP}),
         (SELECT jsonb_object_agg(collection, n) FROM (SELECT collection, count(*) AS n FROM quotes WHERE speaker_id = s.id GROUP BY collection) AS pc),
         (SELECT max(sort_date) FROM quotes WHERE speaker_id = s.id),
         jsonb_build_object(
           'roles', coalesce((SELECT jsonb_object_agg(role, n) FROM (SELECT role, count(*) AS n FROM quotes
                      WHERE speaker_id = s.id AND role IS NOT NULL GROUP BY role) AS r), '{}'::jsonb),
           'orgs', coalesce((SELECT jsonb_object_agg(organisation, n) FROM (SELECT organisation, count(*) AS n FROM quotes
                      WHERE speaker_id = s.id AND organisation IS NOT NULL GROUP BY organisation) AS o), '{}'::jsonb))
       FROM unnest($1::text[]) AS s(id)
       WHERE EXISTS (SELECT 1 FROM quotes WHERE speaker_id = s.id)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, is_org = excluded.is_org, roles = excluded.roles,
         organisations = excluded.organisations, counts = excluded.counts, last_said = excluded.last_said, tallies = excluded.tallies
     )
     DELETE FROM speakers s WHERE s.id = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_id = s.id)`,
    [ids],
  );
}
