import type { StoredQuote } from '../port.js';
import { addQuotes, groupBySpeaker, top, type Tallies } from '../speaker-tallies.js';
import type { Statements } from './statements.js';

interface SpeakerRow {
  name: string;
  counts: string;
  last_said: string | null;
  tallies: string | null;
}

function write(st: Statements, id: string, name: string, counts: Record<string, number>, tallies: Tallies, lastSaid: string | null): void {
  st.get(
    `INSERT INTO speakers (id, name, is_org, roles, organisations, counts, last_said, tallies) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, is_org = excluded.is_org, roles = excluded.roles,
       organisations = excluded.organisations, counts = excluded.counts, last_said = excluded.last_said, tallies = excluded.tallies`,
  ).run(id, name, id.startsWith('org:') ? 1 : 0, JSON.stringify(top(tallies.roles)), JSON.stringify(top(tallies.orgs)), JSON.stringify(counts), lastSaid, JSON.stringify(tallies));
}

/** Recomputes one speaker's registry row from all its quotes (or removes it when none are left). */
export function refreshSpeaker(st: Statements, id: string): void {
  const perCollection = st.get('SELECT collection, count(*) AS n FROM quotes WHERE speaker_id = ? GROUP BY collection').all(id) as { collection: string; n: number }[];
  if (perCollection.length === 0) {
    st.get('DELETE FROM speakers WHERE id = ?').run(id);
    return;
  }
  const tally = (rows: { v: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.v, r.n]));
  const tallies: Tallies = {
    roles: tally(st.get('SELECT role AS v, count(*) AS n FROM quotes WHERE speaker_id = ? AND role IS NOT NULL GROUP BY role').all(id) as { v: string; n: number }[]),
    orgs: tally(st.get('SELECT organisation AS v, count(*) AS n FROM quotes WHERE speaker_id = ? AND organisation IS NOT NULL GROUP BY organisation').all(id) as { v: string; n: number }[]),
  };
  const head = st.get('SELECT speaker_name AS name, max(sort_date) AS last FROM quotes WHERE speaker_id = ?').get(id) as { name: string; last: string | null };
  write(st, id, head.name, Object.fromEntries(perCollection.map((r) => [r.collection, r.n])), tallies, head.last);
}

/**
 * Adds newly written quotes (of an article that had none before) to their speakers' rows: one read and one
 * write per speaker instead of re-counting all of a speaker's quotes, which grows with the archive. A row
 * written before tallies existed is recomputed instead.
 */
export function addToSpeakers(st: Statements, quotes: StoredQuote[], collection: string): void {
  const bySpeaker = groupBySpeaker(quotes);
  for (const [id, mine] of bySpeaker) {
    const row = st.get('SELECT name, counts, last_said, tallies FROM speakers WHERE id = ?').get(id) as SpeakerRow | undefined;
    if (row && !row.tallies) {
      refreshSpeaker(st, id);
      continue;
    }
    const next = addQuotes(row ? { name: row.name, counts: JSON.parse(row.counts) as Record<string, number>, tallies: JSON.parse(row.tallies as string) as Tallies, lastSaid: row.last_said } : undefined, mine, collection);
    write(st, id, next.name, next.counts, next.tallies, next.lastSaid);
  }
}
