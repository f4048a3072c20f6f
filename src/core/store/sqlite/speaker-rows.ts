import type { StoredQuote } from '../port.js';
import type { Statements } from './statements.js';

/** How many roles and organisations a registry entry lists (most frequent first). */
const TOP = 8;

/** Every role and organisation seen with a speaker, with counts: lets an added article update its row in place. */
interface Tallies {
  roles: Record<string, number>;
  orgs: Record<string, number>;
}

interface SpeakerRow {
  name: string;
  counts: string;
  last_said: string | null;
  tallies: string | null;
}

function top(tally: Record<string, number>): string[] {
  return Object.entries(tally)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, TOP)
    .map(([v]) => v);
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
  const bySpeaker = new Map<string, StoredQuote[]>();
  for (const q of quotes) {
    if (!q.speakerId) continue;
    let list = bySpeaker.get(q.speakerId);
    if (!list) bySpeaker.set(q.speakerId, (list = []));
    list.push(q);
  }
  for (const [id, mine] of bySpeaker) {
    const row = st.get('SELECT name, counts, last_said, tallies FROM speakers WHERE id = ?').get(id) as SpeakerRow | undefined;
    if (row && !row.tallies) {
      refreshSpeaker(st, id);
      continue;
    }
    const counts = row ? (JSON.parse(row.counts) as Record<string, number>) : {};
    const tallies: Tallies = row ? (JSON.parse(row.tallies as string) as Tallies) : { roles: {}, orgs: {} };
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
    write(st, id, name ?? mine[0]?.speakerName ?? id, counts, tallies, last);
  }
}
