import type { RoleStat, SpeakerProfile, SpeakerRecord, StoredQuote } from './port.js';

/** How many roles and organisations a profile lists (most frequent first). */
export const TOP = 8;

/**
 * What one collection's quotes say of a speaker, with counts: lets an added article update the row in place.
 * Kept per collection so one newsroom's roles never reach another's readers.
 */
export interface CollectionTally {
  quotes: number;
  /** Name of the newest quote. */
  name: string;
  lastSaid: string | null;
  roles: Record<string, number>;
  orgs: Record<string, number>;
  /** Role -> [first, last] day of a dated quote stating it (tallies written before dates were kept lack it). */
  roleDates?: Record<string, [string, string]>;
}

/** A speaker's tallies by collection, as both stores keep them (a JSON column). */
export type Tallies = Record<string, CollectionTally>;

/** A speaker row's columns as both stores write them, derived from its tallies. */
export interface SpeakerColumns {
  /** Name of the newest quote in any collection (for name search tools; answers show a profile's name). */
  name: string;
  counts: Record<string, number>;
  lastSaid: string | null;
  /** The compact per-collection view the registry loads (top roles and organisations only). */
  profiles: Record<string, SpeakerProfile>;
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
 * A speaker's tallies after adding newly written quotes of one collection: the arithmetic both stores share, so
 * an added article updates the row in place instead of recounting every quote of the speaker.
 */
export function addQuotes(prev: Tallies | undefined, mine: StoredQuote[], collection: string): Tallies {
  const next: Tallies = { ...(prev ?? {}) };
  const was = prev?.[collection];
  const t: CollectionTally = was
    ? { quotes: was.quotes, name: was.name, lastSaid: was.lastSaid, roles: { ...was.roles }, orgs: { ...was.orgs }, roleDates: { ...was.roleDates } }
    : { quotes: 0, name: '', lastSaid: null, roles: {}, orgs: {}, roleDates: {} };
  t.quotes += mine.length;
  for (const q of mine) {
    if (q.role) t.roles[q.role] = (t.roles[q.role] ?? 0) + 1;
    if (q.role && q.sortDate) widenDates(t, q.role, q.sortDate, q.sortDate);
    if (q.organisation) t.orgs[q.organisation] = (t.orgs[q.organisation] ?? 0) + 1;
    // The name shown is the one of the newest quote, as a full recount picks it.
    if (q.sortDate && (t.lastSaid === null || q.sortDate > t.lastSaid)) {
      t.lastSaid = q.sortDate;
      t.name = q.speakerName ?? t.name;
    }
  }
  if (!t.name) t.name = mine[0]?.speakerName ?? mine[0]?.speakerId ?? '';
  next[collection] = t;
  return next;
}

/** Widens the days a role was stated over [first, last]. */
function widenDates(t: CollectionTally, role: string, first: string, last: string): void {
  const dates = (t.roleDates ??= {});
  const was = dates[role];
  dates[role] = was ? [first < was[0] ? first : was[0], last > was[1] ? last : was[1]] : [first, last];
}

/** One group of a recount: quotes of a speaker in one collection sharing a role and an organisation. */
export interface TallyGroup {
  collection: string;
  role: string | null;
  organisation: string | null;
  n: number;
  /** First and last date of the group's dated quotes (null when none is dated). */
  first?: string | null;
  last?: string | null;
}

/** The newest quote of a speaker in one collection (its name and date), from a recount. */
export interface TallyHead {
  collection: string;
  name: string | null;
  last: string | null;
}

/** Tallies recounted from scratch: grouped quote counts and the newest quote of each collection. */
export function talliesFromGroups(groups: TallyGroup[], heads: TallyHead[], id: string): Tallies {
  const out: Tallies = {};
  for (const h of heads) out[h.collection] = { quotes: 0, name: h.name ?? id, lastSaid: h.last, roles: {}, orgs: {}, roleDates: {} };
  for (const g of groups) {
    const t = (out[g.collection] ??= { quotes: 0, name: id, lastSaid: null, roles: {}, orgs: {}, roleDates: {} });
    const n = Number(g.n);
    t.quotes += n;
    if (g.role) t.roles[g.role] = (t.roles[g.role] ?? 0) + n;
    if (g.role && g.first && g.last) widenDates(t, g.role, g.first, g.last);
    if (g.organisation) t.orgs[g.organisation] = (t.orgs[g.organisation] ?? 0) + n;
  }
  return out;
}

/** The columns a speaker row stores besides its tallies. */
export function speakerColumns(tallies: Tallies): SpeakerColumns {
  const counts: Record<string, number> = {};
  const profiles: Record<string, SpeakerProfile> = {};
  let name = '';
  let lastSaid: string | null = null;
  for (const c of Object.keys(tallies).sort()) {
    const t = tallies[c] as CollectionTally;
    if (t.quotes <= 0) continue;
    counts[c] = t.quotes;
    const p: SpeakerProfile = { name: t.name, quotes: t.quotes, roles: top(t.roles), organisations: top(t.orgs) };
    if (p.roles.length > 0) p.roleStats = Object.fromEntries(p.roles.map((r) => [r, roleStat(t, r)]));
    if (t.lastSaid) p.lastSaid = t.lastSaid;
    profiles[c] = p;
    if (!name || (t.lastSaid !== null && (lastSaid === null || t.lastSaid > lastSaid))) name = t.name;
    if (t.lastSaid !== null && (lastSaid === null || t.lastSaid > lastSaid)) lastSaid = t.lastSaid;
  }
  return { name, counts, lastSaid, profiles };
}

function roleStat(t: CollectionTally, role: string): RoleStat {
  const stat: RoleStat = { n: t.roles[role] ?? 0 };
  const dates = t.roleDates?.[role];
  if (dates) [stat.first, stat.last] = dates;
  return stat;
}

/** A speaker as the port lists it, from its id and stored profiles. */
export function speakerRecord(id: string, isOrganisation: boolean, profiles: Record<string, SpeakerProfile>): SpeakerRecord {
  return { id, isOrganisation, collections: profiles };
}
