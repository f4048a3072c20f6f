import type { PoolClient } from 'pg';
import type { StoredQuote } from '../port.js';
import { addQuotes, groupBySpeaker, speakerColumns, talliesFromGroups, type Tallies, type TallyGroup, type TallyHead } from '../speaker-tallies.js';

/*
 * Both functions run after the caller holds the advisory locks of every speaker in `ids`, so each reads the
 * rows and quotes other writers committed (READ COMMITTED: a fresh snapshot per statement) and no count is lost.
 * The arithmetic is the SQLite store's (`speaker-tallies.ts`): rows hold roles, organisations, names and dates
 * per collection.
 */

/** Writes speaker rows from their tallies in one statement. */
async function upsert(c: PoolClient, rows: { id: string; tallies: Tallies }[]): Promise<void> {
  if (rows.length === 0) return;
  const out = rows.map(({ id, tallies }) => {
    const { name, counts, lastSaid, profiles } = speakerColumns(tallies);
    return { id, name, is_org: id.startsWith('org:'), counts, last_said: lastSaid, tallies, profiles };
  });
  await c.query(
    `INSERT INTO speakers (id, name, is_org, counts, last_said, tallies, profiles)
     SELECT id, name, is_org, counts, last_said, tallies, profiles
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, is_org boolean, counts jsonb, last_said text, tallies jsonb, profiles jsonb)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, is_org = excluded.is_org, counts = excluded.counts,
       last_said = excluded.last_said, tallies = excluded.tallies, profiles = excluded.profiles`,
    [JSON.stringify(out)],
  );
}

/**
 * Adds the quotes of a newly added article to their speakers' rows: one read and one write for all of them,
 * instead of re-counting every quote of each speaker (which grows with the archive). Rows without tallies are
 * recounted instead.
 */
export async function addToSpeakers(c: PoolClient, quotes: StoredQuote[], collection: string): Promise<void> {
  const bySpeaker = groupBySpeaker(quotes);
  if (bySpeaker.size === 0) return;
  const found = await c.query<{ id: string; tallies: Tallies | null }>('SELECT id, tallies FROM speakers WHERE id = ANY($1::text[])', [[...bySpeaker.keys()]]);
  const rows = new Map(found.rows.map((r) => [r.id, r]));
  const recount: string[] = [];
  const out: { id: string; tallies: Tallies }[] = [];
  for (const [id, mine] of bySpeaker) {
    const row = rows.get(id);
    if (row && !row.tallies) recount.push(id);
    else out.push({ id, tallies: addQuotes(row?.tallies ?? undefined, mine, collection) });
  }
  await upsert(c, out);
  if (recount.length > 0) await recountSpeakers(c, recount);
}

/** Recomputes the rows of `ids` from all their quotes; rows left without quotes are removed. */
export async function recountSpeakers(c: PoolClient, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const groups = await c.query<TallyGroup & { id: string }>(
    `SELECT speaker_id AS id, collection, role, organisation, count(*)::int AS n, min(sort_date) AS first, max(sort_date) AS last FROM quotes
     WHERE speaker_id = ANY($1::text[]) GROUP BY speaker_id, collection, role, organisation`,
    [ids],
  );
  // The newest quote of each speaker in each collection gives its name there (ties: the latest written).
  const heads = await c.query<TallyHead & { id: string }>(
    `SELECT DISTINCT ON (speaker_id, collection) speaker_id AS id, collection, speaker_name AS name, sort_date AS last FROM quotes
     WHERE speaker_id = ANY($1::text[]) ORDER BY speaker_id, collection, sort_date DESC NULLS LAST, seq DESC`,
    [ids],
  );
  const byId = new Map<string, { groups: TallyGroup[]; heads: TallyHead[] }>();
  const entry = (id: string) => {
    let e = byId.get(id);
    if (!e) byId.set(id, (e = { groups: [], heads: [] }));
    return e;
  };
  for (const g of groups.rows) entry(g.id).groups.push(g);
  for (const h of heads.rows) entry(h.id).heads.push(h);
  await upsert(c, [...byId].map(([id, e]) => ({ id, tallies: talliesFromGroups(e.groups, e.heads, id) })));
  const gone = ids.filter((id) => !byId.has(id));
  if (gone.length > 0) await c.query('DELETE FROM speakers WHERE id = ANY($1::text[])', [gone]);
}
