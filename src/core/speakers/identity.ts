import { boundedEditDistance } from '../search/edit-distance.js';
import type { StoredSpeaker } from '../store/port.js';
import { formalPartners, nameWords, surnameOf } from './names.js';
import { soundsLike } from './sound.js';

/** Letters a surname needs before a one-letter spelling variant of it may be the same person's ("Davis"/"Davies"). */
const MIN_SPELT_SURNAME = 5;

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
 * stay apart. The same holds for one given name with a surname spelt a letter off that sounds the same ("David
 * Davis" and "David Davies"; see the end of the function).
 * Returns each grouped record's id -> the ids of its other records.
 * `roleWords` gives a role's comparable words (the registry's role key), so roles are compared as roles are asked.
 */
export function firstNameVariants(speakers: readonly StoredSpeaker[], roleWords: (role: string) => string[]): Map<string, string[]> {
  /** A record that may be grouped; its role words are read only when it is compared (most never are). */
  interface Candidate { s: StoredSpeaker; given: string; sur: string; words?: Set<string> }
  const wordsOf = (r: Candidate) => (r.words ??= new Set([...r.s.roles, ...r.s.organisations].flatMap(roleWords).filter((w) => w && !UNTELLING.has(w))));
  const shareRoleWord = (a: Candidate, b: Candidate) => {
    const other = wordsOf(b);
    return [...wordsOf(a)].some((w) => other.has(w));
  };
  const bySurname = new Map<string, Candidate[]>();
  /** Records by given name and a sound code of the surname, then by surname: the only place a spelling variant can be. */
  const bySound = new Map<string, Map<string, Candidate[]>>();
  for (const s of speakers) {
    // Nothing to tie a record without a role or organisation to another (checked first: it is the cheap test).
    if (s.isOrganisation || s.roles.length + s.organisations.length === 0) continue;
    const ws = nameWords(s.name);
    const sur = surnameOf(ws);
    const given = ws[0];
    if (ws.length < 2 || !sur || !given || given.replace(/\./g, '').length < 2 || given === sur) continue;
    const record: Candidate = { s, given, sur };
    if (sur.length >= MIN_SPELT_SURNAME) {
      for (const code of soundsLike(sur).filter(Boolean)) {
        const key = `${given}\u0000${code}`;
        let bucket = bySound.get(key);
        if (!bucket) bySound.set(key, (bucket = new Map()));
        let same = bucket.get(sur);
        if (!same) bucket.set(sur, (same = []));
        same.push(record);
      }
    }
    if (formalPartners(given).size === 0) continue;
    let list = bySurname.get(sur);
    if (!list) bySurname.set(sur, (list = []));
    list.push(record);
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
            if (!shareRoleWord(a, b)) continue;
            link(a.s.id, b.s.id);
            link(b.s.id, a.s.id);
          }
        }
      }
    }
  }
  // One person whose surname one article spells a letter off ("David Davies" and "David Davis", both "shadow home
  // secretary"; "Rick Waggoner" and "Rick Wagoner" of GM): the same given name, surnames one edit apart that sound
  // alike (a Double Metaphone code in common), and a shared role word, as above. "Rick Parry" of Liverpool and "Rick
  // Perry" of Texas share no role word and stay apart. Compared only within a bucket of one given name and one sound
  // code, surname by surname, so a common given name does not make it quadratic in the records.
  for (const bucket of bySound.values()) {
    if (bucket.size < 2) continue;
    const surnames = [...bucket.keys()];
    for (let i = 0; i < surnames.length; i++) {
      for (let j = i + 1; j < surnames.length; j++) {
        const [x, y] = [surnames[i] as string, surnames[j] as string];
        if (boundedEditDistance(x, y, 1) > 1) continue;
        for (const a of bucket.get(x) ?? []) {
          for (const b of bucket.get(y) ?? []) {
            if (!shareRoleWord(a, b)) continue;
            link(a.s.id, b.s.id);
            link(b.s.id, a.s.id);
          }
        }
      }
    }
  }
  return out;
}

