import type { StoredQuote } from '../port.js';
import { addQuotes, groupBySpeaker, speakerColumns, talliesFromGroups, type Tallies, type TallyGroup, type TallyHead } from '../speaker-tallies.js';
import type { Statements } from './statements.js';

function write(st: Statements, id: string, tallies: Tallies): void {
  const { name, counts, lastSaid, profiles } = speakerColumns(tallies);
  st.get(
    `INSERT INTO speakers (id, name, is_org, counts, last_said, tallies, profiles) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, is_org = excluded.is_org, counts = excluded.counts,
       last_said = excluded.last_said, tallies = excluded.tallies, profiles = excluded.profiles`,
  ).run(id, name, id.startsWith('org:') ? 1 : 0, JSON.stringify(counts), lastSaid, JSON.stringify(tallies), JSON.stringify(profiles));
}

/** Recomputes one speaker's registry row from all its quotes, per collection (or removes it when none are left). */
export function refreshSpeaker(st: Statements, id: string): void {
  const groups = st
    .get('SELECT collection, role, organisation, count(*) AS n, min(sort_date) AS first, max(sort_date) AS last FROM quotes WHERE speaker_id = ? GROUP BY collection, role, organisation')
    .all(id) as TallyGroup[];
  if (groups.length === 0) {
    st.get('DELETE FROM speakers WHERE id = ?').run(id);
    return;
  }
  // SQLite returns the bare column of the row holding max(): the name of each collection's newest quote.
  const heads = st.get('SELECT collection, speaker_name AS name, max(sort_date) AS last FROM quotes WHERE speaker_id = ? GROUP BY collection').all(id) as TallyHead[];
  write(st, id, talliesFromGroups(groups, heads, id));
}

/**
 * Adds newly written quotes (of an article that had none before) to their speakers' rows: one read and one
 * write per speaker instead of re-counting all of a speaker's quotes, which grows with the archive. A row
 * without tallies is recomputed instead.
 */
export function addToSpeakers(st: Statements, quotes: StoredQuote[], collection: string): void {
  const bySpeaker = groupBySpeaker(quotes);
  for (const [id, mine] of bySpeaker) {
    const row = st.get('SELECT tallies FROM speakers WHERE id = ?').get(id) as { tallies: string | null } | undefined;
    if (row && !row.tallies) {
      refreshSpeaker(st, id);
      continue;
    }
    write(st, id, addQuotes(row ? (JSON.parse(row.tallies as string) as Tallies) : undefined, mine, collection));
  }
}

/** Recomputes every speaker row (a migration that changed what rows hold). */
export function refreshAllSpeakers(st: Statements): void {
  const ids = st.get('SELECT DISTINCT speaker_id AS id FROM quotes WHERE speaker_id IS NOT NULL').all() as { id: string }[];
  st.get('DELETE FROM speakers').run();
  for (const { id } of ids) refreshSpeaker(st, id);
}
