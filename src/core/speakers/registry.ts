import Fuse from 'fuse.js';
import type { SpeakerSummary, SpeakerView } from '../answers/model.js';
import { boundedEditDistance, typoAllowance } from '../search/edit-distance.js';
import { expansions } from '../search/synonyms.js';
import { fold, stem, words } from '../search/tokenize.js';
import type { StoredSpeaker } from '../store/port.js';
import { nameWords, surname } from './names.js';

/** How a mention in a question was matched to a speaker. */
export type MatchKind = 'name' | 'surname' | 'role' | 'organisation' | 'fuzzy';

export interface SpeakerMatch {
  speaker: StoredSpeaker;
  kind: MatchKind;
  /** 0..1: exact full name 1, surname 0.9, role or organisation 0.8, typo 0.7 minus distance. */
  score: number;
}

interface Key {
  key: string;
  id: string;
  kind: MatchKind;
}

const ROLE_NOISE = new Set(['the', 'a', 'an', 'of', 's', 'for', 'and']);

/**
 * The in-memory speaker registry a question is resolved against: exact maps for names, surnames, roles and
 * organisations, and fuse.js (guarded by an edit-distance check, since fuse scores substrings as perfect)
 * for misspellings. Thousands of entries; rebuilt when the store's revision changes.
 */
export class SpeakerRegistry {
  private readonly byId = new Map<string, StoredSpeaker>();
  private readonly exact = new Map<string, Key[]>();
  private readonly fuse: Fuse<Key>;
  private readonly roleKeys: Key[] = [];

  constructor(speakers: StoredSpeaker[]) {
    const keys: Key[] = [];
    const add = (key: string, id: string, kind: MatchKind) => {
      if (!key) return;
      const k: Key = { key, id, kind };
      let list = this.exact.get(key);
      if (!list) this.exact.set(key, (list = []));
      if (!list.some((x) => x.id === id)) list.push(k);
      keys.push(k);
    };
    for (const s of speakers) {
      this.byId.set(s.id, s);
      const full = nameWords(s.name).join(' ');
      add(full, s.id, s.isOrganisation ? 'organisation' : 'name');
      if (!s.isOrganisation) {
        const sur = surname(s.name);
        if (sur && sur !== full) add(sur, s.id, 'surname');
        // "al-Assad" is also asked as "Assad"
        if (sur && /^(al|el|ad|as|bin|ibn|van|von|de|da|di|du|le|la)-/.test(sur)) add(sur.replace(/^[a-z]+-/, ''), s.id, 'surname');
      }
      for (const role of [...s.roles, ...s.organisations]) {
        const k = roleKey(role);
        if (k) {
          const key: Key = { key: k, id: s.id, kind: s.organisations.includes(role) ? 'organisation' : 'role' };
          this.roleKeys.push(key);
        }
      }
    }
    this.fuse = new Fuse(keys, { keys: ['key'], includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 3 });
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): StoredSpeaker | undefined {
    return this.byId.get(id);
  }

  all(): StoredSpeaker[] {
    return [...this.byId.values()];
  }

  /** Exact name, surname or organisation-name match of a phrase ("kirby", "john kirby", "state department"). */
  exactMatches(phrase: string, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
    const key = nameWords(phrase).join(' ');
    const out: SpeakerMatch[] = [];
    for (const k of this.exact.get(key) ?? []) {
      const s = this.byId.get(k.id);
      if (!s || !visible(s)) continue;
      out.push({ speaker: s, kind: k.kind, score: k.kind === 'surname' ? 0.9 : 1 });
    }
    return out;
  }

  /**
   * Speakers whose role or organisation contains every word of the phrase ("state dept spokesman" fits
   * "State Department spokesman"); abbreviations are expanded first.
   */
  roleMatches(phrase: string, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
    const want = roleKey(phrase).split(' ').filter(Boolean);
    if (want.length === 0) return [];
    const out = new Map<string, SpeakerMatch>();
    for (const k of this.roleKeys) {
      const have = new Set(k.key.split(' '));
      if (!want.every((w) => have.has(w))) continue;
      const s = this.byId.get(k.id);
      if (!s || !visible(s)) continue;
      const prev = out.get(s.id);
      const score = 0.8 * (want.length / have.size) ** 0.25;
      if (!prev || prev.score < score) out.set(s.id, { speaker: s, kind: k.kind, score });
    }
    return [...out.values()];
  }

  /** Misspelt names ("Dunfrod", "kirbi"): fuse.js candidates confirmed by an edit-distance check. */
  fuzzyMatches(phrase: string, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
    const key = nameWords(phrase).join(' ');
    const max = typoAllowance(key.replace(/ /g, '').length);
    if (key.length < 4 || max === 0) return [];
    const out = new Map<string, SpeakerMatch>();
    for (const r of this.fuse.search(key, { limit: 30 })) {
      const d = boundedEditDistance(key, r.item.key, max);
      if (d > max) continue;
      const s = this.byId.get(r.item.id);
      if (!s || !visible(s)) continue;
      const score = 0.75 - 0.05 * d;
      const prev = out.get(s.id);
      if (!prev || prev.score < score) out.set(s.id, { speaker: s, kind: 'fuzzy', score });
    }
    return [...out.values()];
  }

  /** Names closest to a phrase for "did you mean" lists, loosest match allowed. */
  nearest(phrase: string, visible: (s: StoredSpeaker) => boolean, limit: number): StoredSpeaker[] {
    const seen = new Set<string>();
    const out: StoredSpeaker[] = [];
    for (const r of this.fuse.search(fold(phrase).slice(0, 32), { limit: 50 })) {
      const s = this.byId.get(r.item.id);
      if (!s || seen.has(s.id) || !visible(s)) continue;
      seen.add(s.id);
      out.push(s);
      if (out.length >= limit) break;
    }
    return out;
  }
}

/** Role or organisation as comparable stemmed words: abbreviations expanded, filler dropped. */
export function roleKey(role: string): string {
  const out: string[] = [];
  for (const w of words(role)) {
    if (ROLE_NOISE.has(w)) continue;
    // Abbreviations expand to their first reading ("dept" -> department); country codes stay as typed.
    const exp = /^(us|un|uk|eu)$/.test(w) ? undefined : expansions(w)[0];
    if (exp) out.push(...exp);
    else out.push(stem(w));
  }
  return out.join(' ');
}

/** The view of a speaker that answers show: the most common role and organisation. */
export function speakerView(s: StoredSpeaker): SpeakerView {
  const v: SpeakerView = { id: s.id, name: s.name };
  if (s.roles[0]) v.role = s.roles[0];
  if (s.organisations[0]) v.organisation = s.organisations[0];
  if (s.isOrganisation) v.isOrganisation = true;
  return v;
}

/** Speaker summary with its quote count in the given collections. */
export function speakerSummary(s: StoredSpeaker, collections: string[], reason?: string): SpeakerSummary {
  const quotes = collections.reduce((n, c) => n + (s.quoteCounts[c] ?? 0), 0);
  const out: SpeakerSummary = { ...speakerView(s), quotes };
  if (reason) out.reason = reason;
  return out;
}
