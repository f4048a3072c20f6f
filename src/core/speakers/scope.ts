import type { SpeakerProfile, SpeakerRecord, StoredSpeaker } from '../store/port.js';

/** Roles and organisations a scoped speaker lists (as many as one collection's profile). */
const TOP = 8;

/**
 * A speaker as seen from `collections`: name, roles, organisations, counts and date from those collections'
 * profiles only; undefined when none of them quotes the speaker (the reader must not even see the name).
 * With several collections, the one quoting the speaker most leads (its name; its roles first).
 */
export function scopeSpeaker(record: SpeakerRecord, collections: readonly string[]): StoredSpeaker | undefined {
  const mine: [string, SpeakerProfile][] = [];
  for (const c of collections) {
    const p = record.collections[c];
    if (p && p.quotes > 0 && !mine.some(([x]) => x === c)) mine.push([c, p]);
  }
  if (mine.length === 0) return undefined;
  if (mine.length > 1) mine.sort((a, b) => b[1].quotes - a[1].quotes || (a[0] < b[0] ? -1 : 1));
  const [, lead] = mine[0] as [string, SpeakerProfile];
  const s: StoredSpeaker = {
    id: record.id,
    name: lead.name,
    isOrganisation: record.isOrganisation,
    roles: mine.length === 1 ? lead.roles : merged(mine.map(([, p]) => p.roles)),
    organisations: mine.length === 1 ? lead.organisations : merged(mine.map(([, p]) => p.organisations)),
    quoteCounts: Object.fromEntries(mine.map(([c, p]) => [c, p.quotes])),
    profiles: Object.fromEntries(mine),
  };
  let last: string | undefined;
  for (const [, p] of mine) if (p.lastSaid && (!last || p.lastSaid > last)) last = p.lastSaid;
  if (last) s.lastSaid = last;
  return s;
}

function merged(lists: string[][]): string[] {
  const out: string[] = [];
  for (const l of lists) for (const v of l) if (!out.includes(v) && out.length < TOP) out.push(v);
  return out;
}

/**
 * Every speaker record, indexed by collection, so the speakers of one newsroom are picked out without
 * walking the others'.
 */
export class SpeakerDirectory {
  private readonly byCollection = new Map<string, SpeakerRecord[]>();

  constructor(records: SpeakerRecord[]) {
    for (const r of records) {
      for (const c of Object.keys(r.collections)) {
        let list = this.byCollection.get(c);
        if (!list) this.byCollection.set(c, (list = []));
        list.push(r);
      }
    }
  }

  /** The speakers quoted in any of `collections`, each as seen from them. */
  scoped(collections: readonly string[]): StoredSpeaker[] {
    const seen = new Set<string>();
    const out: StoredSpeaker[] = [];
    for (const c of collections) {
      for (const r of this.byCollection.get(c) ?? []) {
        if (seen.has(r.id)) continue;
        seen.add(r.id);
        const s = scopeSpeaker(r, collections);
        if (s) out.push(s);
      }
    }
    return out;
  }
}
