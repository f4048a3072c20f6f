import type { StoredQuote } from './port.js';

/** How many roles and organisations a registry entry lists (most frequent first). */
export const TOP = 8;

/** Every role and organisation seen with a speaker, with counts: lets an added article update its row in place. */
export interface Tallies {
  roles: Record<string, number>;
  orgs: Record<string, number>;
}

/** A speaker row's state as both stores keep it. */
export interface SpeakerState {
  name: string | undefined;
  counts: Record<string, number>;
  tallies: Tallies;
  lastSaid: string | null;
}

/** The most frequent entries of a tally, ties by name. */
export function top(tally: Record<string, number>): string[] {
  return Object.entries(tally)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, TOP)
    .map(([v]) => v);
}

/** Quotes grouped by their speaker id (quotes without one are left out). */
export function groupBySpeaker(quotes: StoredQuote[]): Map<string, StoredQuote[]> {
  const bySpeaker = new Map<string, StoredQuote[]>();
  for (const q of quotes) {
    if (!q.speakerId) continue;
    let list = bySpeaker.get(q.speakerId);
    if (!list) bySpeaker.set(q.speakerId, (list = []));
    list.push(q);
  }
  return bySpeaker;
}

/**
 * A speaker's row after adding newly written quotes of one collection: the arithmetic both stores share, so an
 * added article updates the row in place instead of recounting every quote of the speaker.
 */
export function addQuotes(prev: SpeakerState | undefined, mine: StoredQuote[], collection: string): SpeakerState & { name: string } {
  const counts = { ...(prev?.counts ?? {}) };
  const tallies: Tallies = prev ? { roles: { ...prev.tallies.roles }, orgs: { ...prev.tallies.orgs } } : { roles: {}, orgs: {} };
  let name = prev?.name;
  let last = prev?.lastSaid ?? null;
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
  return { name: name ?? mine[0]?.speakerName ?? mine[0]?.speakerId ?? '', counts, tallies, lastSaid: last };
}
