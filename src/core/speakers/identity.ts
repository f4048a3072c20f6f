import type { StoredSpeaker } from '../store/port.js';
import { formalPartners, nameWords, surnameOf } from './names.js';

/**
 * Role words that say nothing about which office or body: two records sharing only "former" are not for that the
 * same person ("former adviser", "former governor").
 */
const UNTELLING = new Set(['former', 'senior', 'top', 'new', 'who', 'mr', 'mrs', 'ms']);

/**
 * Records of one person filed under two forms of the first name across articles ("Vince Cable" and "Vincent
 * Cable", "Ed Rendell" and "Edward G. Rendell"): the same surname, first names that are short forms of each other
 * (one the formal form of the other in the name-repair table; never initials, never two short forms: "Kate" and
 * "Katie" Allen are a charity director and a doctor), and a role or organisation word the two records share
 * ("economics spokesman" and "Lib Dem spokesman"). Two different people merged is worse than one person twice, so
 * a record with no stated role is not merged ("Charlie Simpson" the singer, "Charles Simpson" a refugee-programme
 * administrator whose role the extractor missed), and "Bob Mason, letter carrier" and "Robert Mason, professor"
 * stay apart.
 * Returns each grouped record's id -> the ids of its other records.
 * `roleWords` gives a role's comparable words (the registry's role key), so roles are compared as roles are asked.
 */
export function firstNameVariants(speakers: readonly StoredSpeaker[], roleWords: (role: string) => string[]): Map<string, string[]> {
  const bySurname = new Map<string, { s: StoredSpeaker; given: string; words: Set<string> }[]>();
  for (const s of speakers) {
    // Nothing to tie a record without a role or organisation to another (checked first: it is the cheap test).
    if (s.isOrganisation || s.roles.length + s.organisations.length === 0) continue;
    const ws = nameWords(s.name);
    const sur = surnameOf(ws);
    const given = ws[0];
    if (ws.length < 2 || !sur || !given || given.replace(/\./g, '').length < 2 || given === sur || formalPartners(given).size === 0) continue;
    const words = new Set([...s.roles, ...s.organisations].flatMap(roleWords).filter((w) => w && !UNTELLING.has(w)));
    if (words.size === 0) continue;
    let list = bySurname.get(sur);
    if (!list) bySurname.set(sur, (list = []));
    list.push({ s, given, words });
  }
  const out = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    let list = out.get(a);
    if (!list) out.set(a, (list = []));
    if (!list.includes(b)) list.push(b);
  };
  // Records of a surname by first name, and only the buckets of formal/short partners compared: linear in the
  // records but for the pairs that may be one person (a common surname does not make it quadratic).
  for (const list of bySurname.values()) {
    if (list.length < 2) continue;
    const byGiven = new Map<string, typeof list>();
    for (const r of list) {
      let same = byGiven.get(r.given);
      if (!same) byGiven.set(r.given, (same = []));
      same.push(r);
    }
    for (const [given, records] of byGiven) {
      for (const partner of formalPartners(given)) {
        // Each pair once: from the lexically smaller first name.
        if (partner < given) continue;
        for (const a of records) {
          for (const b of byGiven.get(partner) ?? []) {
            if (![...a.words].some((w) => b.words.has(w))) continue;
            link(a.s.id, b.s.id);
            link(b.s.id, a.s.id);
          }
        }
      }
    }
  }
  return out;
}
