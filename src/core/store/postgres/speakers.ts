import type { PoolClient } from 'pg';
import type { StoredQuote } from '../port.js';

/** How many roles and organisations a registry entry lists (most frequent first). */
const TOP = 8;

/** Every role and organisation seen with a speaker, with counts. */
interface Tallies {
  roles: Record<string, number>;
  orgs: Record<string, number>;
}

interface Row {
  id: string;
  name: string;
  counts: Record<string, number>;
  last_said: string | null;
  tallies: Tallies | null;
}

function top(tally: Record<string, number>): string[] {
  return Object.entries(tally)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, TOP)
    .map(([v]) => v);
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
  const bySpeaker = new Map<string, StoredQuote[]>();
  for (const q of quotes) {
    if (!q.speakerId) continue;
    let list = bySpeaker.get(q.speakerId);
    if (!list) bySpeaker.set(q.speakerId, (list = []));
    list.push(q);
  }
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
    const counts = { ...(row?.counts ?? {}) };
    const tallies: Tallies = row?.tallies ? { roles: { ...row.tallies.roles }, orgs: { ...row.tallies.orgs } } : { roles: {}, orgs: {} };
    let name = row?.name;
    let last = row?.last_said ?? null;
    counts[collection] = (counts[collection] ?? 0) + mine.length;
    for (const q of mine) {
      if (q.role) tallies.roles[q.role] = (tallies.roles[q.role] ?? 0) + 1;
      if (q.organisation) tallies.orgs[q.organisation] = (tallies.orgs[q.organisation] ?? 0) + 1;
      // The name shown is the one of the newest quote, as a full recount picks it.
      if (q.sortDate && (last === null || q.sortDate > last)) {
        last = q.sortDate;
        name = q.speakerName ?? name;
      }
    }
    out.push({ id, name: name ?? mine[0]?.speakerName ?? id, is_org: id.startsWith('org:'), roles: top(tallies.roles), organisations: top(tallies.orgs), counts, last_said: last, tallies });
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
