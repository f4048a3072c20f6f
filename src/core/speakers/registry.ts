import Fuse from 'fuse.js';
import type { SpeakerSummary, SpeakerView } from '../answers/model.js';
import { boundedEditDistance, typoAllowance } from '../search/edit-distance.js';
import { GENERIC_PEOPLE, RELATIONS, isRelationWord } from '../extraction/lexicon/roles.js';
import { droppedParticle } from '../extraction/lexicon/function-words.js';
import { genderOfGivenName } from '../extraction/lexicon/given-names.js';
import { FuzzyLexicon } from '../search/fuzzy-lexicon.js';
import { expansions } from '../search/synonyms.js';
import { fold, stem, words } from '../search/tokenize.js';
import type { StoredSpeaker } from '../store/port.js';
import { firstNameVariants } from './identity.js';
import { RoleIndex, readRole, readRoles, type HeldRole, type RoleFit, type RoleTime } from './roles.js';
import { NAME_PREFIXES, clippedName, nameWords, sameFirstName, surname } from './names.js';
import { soundsLike } from './sound.js';

/** How a mention in a question was matched to a speaker. */
export type MatchKind = 'name' | 'surname' | 'role' | 'organisation' | 'fuzzy';

export interface SpeakerMatch {
  speaker: StoredSpeaker;
  kind: MatchKind;
  /** 0..1: exact full name 1, surname 0.9, role or organisation 0.8, typo 0.7 minus distance. */
  score: number;
  /** For a role: the asked qualifiers the speaker's roles do not state ("Austria"), left for the topic to bear out. */
  unstated?: string[];
  /** For a misspelling: edits between the typed name and this speaker's (a sound-alike counts its letters' edits). */
  distance?: number;
  /** A near miss kept behind an exact name ("Davies" behind "Davis"), used only when the exact speaker has nothing. */
  fallback?: boolean;
  /** Matched by the word an organisation is known by ("Brookings"), not its whole name. */
  partOfName?: boolean;
  /**
   * A surname that only sounds like a bare typed word (`soundAlikeGuesses`): tried only for a question with a
   * topic, and only with a quote holding one of the question's own words.
   */
  guess?: boolean;
  /**
   * For a role: how exactly the holder's role answers the phrase, before how often and when they are on record
   * (`RoleFit.exact`).
   */
  exact?: number;
}

interface Key {
  key: string;
  id: string;
  kind: MatchKind;
  /** A part of the name that stands for the whole ("Brookings" of "Brookings Institution"): scored as a surname. */
  part?: boolean;
}


/**
 * Names sharing the most letter pairs with a phrase that fuse.js then ranks for "did you mean": fuse.js costs about
 * 0.15 ms a name for a long phrase, so 200 made an unknown speaker's answer 20-40 ms. With 60, every dev answer is
 * the same; the "did you mean" names offered for a speaker nobody quoted change order (loose guesses either way).
 */
const NEAREST_SHORTLIST = 60;
/** Shorter words sound like too many names ("Ozzy" and "Oza" are both AS): only typos of them are repaired. */
const MIN_SOUND_ALIKE = 5;
/** A first name shared by more speakers than this names nobody in particular. */
const MAX_FIRST_NAME_SHARERS = 3;
/** Edits a sound-alike surname may be from the typed one after a first name of theirs ("Lee" -> "Leigh" is 3). */
const SOUND_ALIKE_SURNAME_EDITS = 3;
/** Edits a bare sound-alike guess may be from the surname (`soundAlikeGuesses`). */
const SOUND_ALIKE_GUESS_EDITS = 2;
/**
 * Letters a bare word needs before sound-alike guesses are read for it: three ("brn") sound like too many names
 * (it found Braun for Byrne on a synthetic check, h-qa27-tools/synth.py).
 */
const MIN_SOUND_ALIKE_GUESS = 4;

const ROLE_NOISE = new Set(['the', 'a', 'an', 'of', 's', 'for', 'and']);
const NO_SLOTS = new Int32Array(0);

/**
 * The in-memory speaker registry a question is resolved against: exact maps for names, surnames, roles and
 * organisations; a bigram lexicon with an edit-distance check for misspellings (fuse.js alone scores
 * substrings as perfect: "care" -> "Carey"); fuse.js to rank "did you mean" lists and autocomplete.
 * Thousands of entries; rebuilt when the store's revision changes.
 */
export class SpeakerRegistry {
  private readonly byId = new Map<string, StoredSpeaker>();
  private readonly exact = new Map<string, Key[]>();
  private readonly keys: Key[];
  /** Every name key, for fast typo look-ups (bigram filter + edit distance). */
  private readonly lexicon: FuzzyLexicon;
  /**
   * Every speaker's roles and organisations (with the bodies their roles name), one slot each in three parallel
   * arrays: whose it is, what kind (`ROLE`, `ORGANISATION`, `RELATION`), and how many distinct words it has (for the
   * share of it a question names). At a million quotes these are 57,704 entries: as objects with their keys, 3.7 MB;
   * so, 0.6 MB.
   */
  private readonly roleHolder: string[];
  private readonly roleKind: Uint8Array;
  private readonly roleSize: Uint16Array;
  /** Role word -> slots of the arrays above. */
  private readonly roleWords = new Map<string, Int32Array>();
  /** Every role of every speaker, by office: "the chancellor", "Austria's interior minister". */
  private readonly roles: RoleIndex;
  /** First name -> speakers: a bare first name ("Ozzy") is tried when it is nobody's surname. */
  private readonly firstNames = new Map<string, string[]>();
  /** Double Metaphone code -> one-word name keys that sound so ("Boudrou" and "Boudreau" are both PTR). */
  private readonly phonetic = new Map<string, Set<string>>();
  /** A record -> the other records of the same person under another first-name form (`firstNameVariants`). */
  private readonly variants: Map<string, string[]>;

  constructor(speakers: StoredSpeaker[]) {
    const keys: Key[] = [];
    const roleHolder: string[] = [];
    const roleKind: number[] = [];
    const roleSize: number[] = [];
    const roleWords = new Map<string, number[]>();
    // Speakers share most role texts ("spokesman"): each is read once, and its key is one string for all of them.
    const roleWordsRead = new Map<string, { key: string; words: string[] }>();
    const roleWordsOf = (text: string): { key: string; words: string[] } => {
      let read = roleWordsRead.get(text);
      if (!read) {
        const key = roleKey(text);
        roleWordsRead.set(text, (read = { key, words: [...new Set(key.split(' '))] }));
      }
      return read;
    };
    const add = (key: string, id: string, kind: MatchKind, part = false) => {
      if (!key) return;
      const k: Key = part ? { key, id, kind, part } : { key, id, kind };
      let list = this.exact.get(key);
      if (!list) this.exact.set(key, (list = []));
      if (list.some((x) => x.id === id)) return;
      list.push(k);
      keys.push(k);
      if (!key.includes(' ')) for (const code of soundsLike(key)) {
        let same = this.phonetic.get(code);
        if (!same) this.phonetic.set(code, (same = new Set()));
        same.add(key);
      }
    };
    for (const s of speakers) {
      this.byId.set(s.id, s);
      const full = nameWords(s.name).join(' ');
      add(full, s.id, s.isOrganisation ? 'organisation' : 'name');
      // "Ban Ki Moon", "Debbie Wasserman Schultz": a hyphenated name is typed without its hyphen as often as with it.
      if (!s.isOrganisation && full.includes('-')) add(full.replace(/-/g, ' '), s.id, 'name');
      const titled = s.isOrganisation ? personAfterTitle(s.name) : undefined;
      // "Brookings" is how a reporter types the Brookings Institution (whether or not the extractor knew it
      // for an organisation: a name ending in "Institution" is one).
      const own = titled ? undefined : distinctiveWord(s.name);
      if (own) add(own, s.id, 'organisation', true);
      if (titled) {
        // "US Treasury Under-Secretary John Taylor" filed as an organisation is John Taylor: asked as "Taylor".
        add(titled.join(' '), s.id, 'name');
        add(titled[1] as string, s.id, 'surname');
      }
      if (!s.isOrganisation) {
        const sur = surname(s.name);
        // "Gene B. Sperling" and "Hillary Rodham Clinton" are asked without the middle: "Gene Sperling" is both
        // records of the person, the one filed with the middle initial and the one without.
        const given = full.split(' ')[0] as string;
        if (sur && full.split(' ').length > 2 && given.length > 1) add(`${given} ${sur}`, s.id, 'name');
        if (sur && sur !== full) add(sur, s.id, 'surname');
        if (sur && given !== sur && given.length >= 3) {
          let ids = this.firstNames.get(given);
          if (!ids) this.firstNames.set(given, (ids = []));
          ids.push(s.id);
        }
        // East Asian names in English put the family name first ("Yoon Suk Yeol", "Lee Jae-myung").
        const parts = full.split(' ');
        // Not "Paul D. Ryan": a middle initial is a Western name's.
        if ((parts.length === 2 && parts[1]!.includes('-')) || (parts.length === 3 && parts.every((p) => p.length >= 2 && p.length <= 5))) add(parts[0] as string, s.id, 'surname');
        // "al-Assad" is also asked as "Assad"
        const particle = sur ? droppedParticle(sur) : 0;
        if (particle > 0) add((sur as string).slice(particle), s.id, 'surname');
      }
      // A role's body ("head of the unit at Acme Holdings" -> "Acme Holdings") is an organisation the speaker
      // speaks for: "latest from Acme Holdings" finds them when no office is asked.
      const bodies = s.roles.map(roleBody).filter((b): b is string => Boolean(b));
      const entries: { text: string; kind: number }[] = [
        ...s.roles.flatMap((text) => relationRole(text)),
        ...[...s.organisations, ...bodies].map((text) => ({ text, kind: ORGANISATION })),
      ];
      for (const { text, kind } of entries) {
        const { key: k, words: ws } = roleWordsOf(text);
        if (!k) continue;
        const index = roleHolder.push(s.id) - 1;
        roleKind.push(kind);
        roleSize.push(ws.length);
        for (const w of ws) {
          let list = roleWords.get(w);
          if (!list) roleWords.set(w, (list = []));
          list.push(index);
        }
      }
    }
    // A double-barrelled surname is shortened to one of its halves ("Kilroy" for Robert Kilroy-Silk): a half of five
    // letters or more that is no key of anybody's name and nobody's first name ("Mark" of Melissa Mark-Viverito) is
    // a surname key of theirs. Read after every name is in, so a half that is somebody's own surname ("Scott" of
    // Michael Scott-Joynt) stays theirs alone.
    for (const s of speakers) {
      if (s.isOrganisation) continue;
      for (const half of doubleBarrelHalves(s.name)) if (half.length >= 5 && !this.exact.has(half) && !this.firstNames.has(half)) add(half, s.id, 'surname');
    }
    // One person filed under two first-name forms ("Vince Cable", "Vincent Cable"): either name finds both records,
    // and each record holds the other's roles (a role question finds the person whichever record has the quote).
    const variants = firstNameVariants(speakers, (role) => roleWordsOf(role).words);
    this.variants = variants;
    for (const [id, others] of variants) {
      for (const other of others) {
        const o = this.byId.get(other);
        if (!o) continue;
        const full = nameWords(o.name);
        add(full.join(' '), id, 'name');
        if (full.length > 2) add(`${full[0]} ${surname(o.name)}`, id, 'name');
      }
    }
    this.keys = keys;
    this.roleHolder = roleHolder.slice();
    this.roleKind = Uint8Array.from(roleKind);
    this.roleSize = Uint16Array.from(roleSize);
    for (const [w, list] of roleWords) this.roleWords.set(w, Int32Array.from(list));
    // Most names have one key holder: a list grown by push keeps room for 17.
    for (const [key, list] of this.exact) this.exact.set(key, list.slice());
    // A person filed under a name that still carries their title ("Atlantic City Mayor Don Guardian") holds it.
    const persons = speakers.filter((s) => !s.isOrganisation || personAfterTitle(s.name));
    const quotesOf = (s: StoredSpeaker) => Object.values(s.quoteCounts).reduce((a, b) => a + b, 0);
    this.roles = new RoleIndex(persons.map((s) => {
      const others = (variants.get(s.id) ?? []).map((id) => this.byId.get(id)).filter((o): o is StoredSpeaker => !!o);
      if (others.length === 0) return { id: s.id, roles: [...heldRoles(s), ...titleInName(s.name)], organisations: s.organisations, quotes: quotesOf(s) };
      // A grouped record holds the person's roles from every record, each role once.
      const records = [s, ...others];
      const roles = new Map<string, HeldRole>();
      for (const h of records.flatMap((r) => heldRoles(r))) if (!roles.has(h.role)) roles.set(h.role, h);
      return { id: s.id, roles: [...roles.values(), ...titleInName(s.name)], organisations: [...new Set(records.flatMap((r) => r.organisations))], quotes: records.reduce((n, r) => n + quotesOf(r), 0) };
    }));
    this.lexicon = new FuzzyLexicon(keys.map((k) => k.key));
  }

  get size(): number {
    return this.byId.size;
  }

  /** The other records of this speaker's person ("Vincent Cable" for "Vince Cable"): never named as somebody else. */
  samePerson(id: string): readonly string[] {
    return this.variants.get(id) ?? [];
  }

  /** This speaker's record with the other records of its person (`samePerson`): every id one person's quotes carry. */
  personRecords(id: string): ReadonlySet<string> {
    return new Set([id, ...this.samePerson(id)]);
  }

  /**
   * One key for this speaker's person, to count people rather than records ("Vince Cable" and "Vincent Cable" are one):
   * the smallest id of `personRecords`. To ask whether a quote is this person's, test `personRecords` instead: the
   * records are grouped pair by pair (`firstNameVariants`), so "Ed" and "Eddie", each grouped with "Edward" but never
   * with each other, keep keys of their own.
   */
  personKey(id: string): string {
    let key = id;
    for (const other of this.samePerson(id)) if (other < key) key = other;
    return key;
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
      out.push(k.part ? { speaker: s, kind: k.kind, score: 0.9, partOfName: true } : { speaker: s, kind: k.kind, score: k.kind === 'surname' ? 0.9 : 1 });
    }
    return out;
  }

  /**
   * A bare first name ("Ozzy"), when it is nobody's surname: the few speakers who have it, scored below every
   * surname match. A name shared by many speakers ("John") says too little and matches nobody.
   */
  firstNameMatches(word: string, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
    const ids = this.firstNames.get(nameWords(word).join(' ')) ?? [];
    const found = ids.map((id) => this.byId.get(id)).filter((s): s is StoredSpeaker => !!s && visible(s));
    return found.length > 0 && found.length <= MAX_FIRST_NAME_SHARERS ? found.map((speaker) => ({ speaker, kind: 'name' as const, score: 0.6 })) : [];
  }

  /**
   * Every person on record with this given name, most quoted first, at most `limit` ("Sir Paul": the title says the
   * one word is a given name, and the article's words must then say which of them is meant).
   */
  givenNameSharers(word: string, visible: (s: StoredSpeaker) => boolean, limit: number): SpeakerMatch[] {
    const quotes = (s: StoredSpeaker) => Object.values(s.quoteCounts).reduce((a, b) => a + b, 0);
    const found = (this.firstNames.get(nameWords(word).join(' ')) ?? []).map((id) => this.byId.get(id)).filter((s): s is StoredSpeaker => !!s && visible(s) && !s.isOrganisation);
    return found.sort((a, b) => quotes(b) - quotes(a) || a.id.localeCompare(b.id)).slice(0, limit).map((speaker) => ({ speaker, kind: 'name' as const, score: 0.6 }));
  }

  /**
   * Speakers whose role or organisation contains every word of the phrase ("state dept spokesman" fits
   * "State Department spokesman"); abbreviations are expanded first.
   */
  roleMatches(phrase: string, visible: (s: StoredSpeaker) => boolean, when: RoleTime = {}): SpeakerMatch[] {
    const held = this.roleFitMatches(this.roles.match(phrase, when), visible);
    if (held.length > 0) return held;
    // No office fits: organisations whose name holds every word ("state dept" -> "State Department").
    const want = [...new Set(roleKey(phrase).split(' ').filter(Boolean))];
    if (want.length === 0) return [];
    // Roles holding every wanted word: intersect the posting lists, shortest first.
    const lists = want.map((w) => this.roleWords.get(w) ?? NO_SLOTS).sort((a, b) => a.length - b.length);
    let hits = new Set(lists[0]);
    for (const l of lists.slice(1)) hits = new Set(l.filter((i) => hits.has(i)));
    const out = new Map<string, SpeakerMatch>();
    for (const i of hits) {
      if (this.roleKind[i] !== ORGANISATION) continue;
      const s = this.byId.get(this.roleHolder[i] as string);
      if (!s || !visible(s)) continue;
      const score = 0.8 * (want.length / (this.roleSize[i] as number)) ** 0.25;
      const prev = out.get(s.id);
      if (!prev || prev.score < score) out.set(s.id, { speaker: s, kind: 'organisation', score });
    }
    return [...out.values()];
  }

  /** Holders of the asked office stated bare, owing the asked body (`RoleIndex.bareHolders`), most quoted first. */
  bareRoleMatches(phrase: string, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
    return this.roleFitMatches(this.roles.bareHolders(phrase), visible);
  }

  /** The visible speakers of role fits as role matches (a role match scores 0.8 of its fit). */
  private roleFitMatches(fits: readonly RoleFit[], visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
    return fits.flatMap(({ id, fit, unstated, exact }): SpeakerMatch[] => {
      const s = this.byId.get(id);
      return s && visible(s) ? [{ speaker: s, kind: 'role', score: 0.8 * fit, exact, ...(unstated.length ? { unstated } : {}) }] : [];
    });
  }

  /**
   * A description no office fits ("the Navy veteran photographer" for a speaker described as "Navy veteran
   * herself and the wife of ..."): the speakers whose stated role holds all of its words but one, and at least
   * two. Scored below every other kind of match; the topic must still be found in their own quotes.
   */
  describedBy(phrase: string, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
    const want = [...new Set(roleKey(phrase).split(' ').filter(Boolean))];
    if (want.length < 3) return [];
    // A speaker holding the phrase's very office was judged by the role index and did not fit (this runs only when
    // no role did): "Aston Villa boss" holds two words of three of "the Aston Martin boss", and is another body's.
    const offices = readRole(phrase)?.offices ?? [];
    const sameOffice = (s: StoredSpeaker) => s.roles.some((r) => readRoles(r).some((x) => x.offices.some((o) => offices.includes(o))));
    // Nor is one whose stated role is another trade: "the Stuff magazine publisher" is not Stuff's editor, though
    // his role holds "Stuff" and "magazine". A role that only relates the person ("the wife of ...") names no trade.
    const trade = (os: readonly string[]) => os.filter((o) => !GENERIC_PEOPLE.has(o));
    const asked = trade(offices);
    const otherTrade = (s: StoredSpeaker) => asked.length > 0 && s.roles.some((r) => readRoles(r).some((x) => trade(x.offices).length > 0));
    // A role relating the person to another ("son of the Republican presidential front-runner") describes the other:
    // it answers only a phrase that asks a relation ("the front-runner's son"), never the other's own description.
    const asksRelation = words(phrase).some((w) => RELATIONS.has(w));
    const held = new Map<number, number>();
    for (const w of want) for (const i of this.roleWords.get(w) ?? NO_SLOTS) held.set(i, (held.get(i) ?? 0) + 1);
    const out = new Map<string, SpeakerMatch>();
    for (const [i, n] of held) {
      const kind = this.roleKind[i];
      if (kind === ORGANISATION || (kind === RELATION && !asksRelation) || n < want.length - 1) continue;
      const s = this.byId.get(this.roleHolder[i] as string);
      if (!s || !visible(s) || sameOffice(s) || otherTrade(s)) continue;
      const score = 0.6 * (n / want.length);
      const prev = out.get(s.id);
      if (!prev || prev.score < score) out.set(s.id, { speaker: s, kind: 'role', score });
    }
    return [...out.values()];
  }

  /**
   * Misspelt names ("Dunfrod", "kirbi"): name keys within the typo allowance of their length. `minLength`
   * 3 allows one edit in a three-letter name ("Cok" for "Cook"), for phrasings that mark the word as a name.
   * `extraEdits` widens the allowance, for a surname typed after a first name that bears the speaker out.
   */
  fuzzyMatches(phrase: string, visible: (s: StoredSpeaker) => boolean, minLength = 4, extraEdits = 0): SpeakerMatch[] {
    const key = nameWords(phrase).join(' ');
    const letters = key.replace(/ /g, '').length;
    const allowed = letters === 3 && minLength <= 3 ? 1 : typoAllowance(letters);
    if (letters < minLength || allowed === 0) return [];
    const max = allowed + extraEdits;
    const out = new Map<string, SpeakerMatch>();
    for (const { word, distance } of [...this.lexicon.within(key, max), ...this.soundAlikes(key, max)]) {
      for (const k of this.exact.get(word) ?? []) {
        const s = this.byId.get(k.id);
        if (!s || !visible(s)) continue;
        const score = 0.75 - 0.05 * distance;
        const prev = out.get(s.id);
        if (!prev || prev.score < score) out.set(s.id, { speaker: s, kind: 'fuzzy', score, distance });
      }
    }
    return [...out.values()];
  }

  /**
   * One-word name keys that sound like `key` (same Double Metaphone code) and are at most one edit further than
   * a typo allows: "Boudrou" for "Boudreau" is two edits but sounds the same. `max` is the allowance plus any
   * extra edits the caller grants: after a first name of theirs one more, so "Dominique Bussero" (three edits) is
   * Bussereau; bare, that widening made other speakers the only candidates for 0.133 -> 0.169 of short names with
   * two misspellings (scripts/name-repair-eval.mjs), so it is not done.
   */
  private soundAlikes(key: string, max: number): { word: string; distance: number }[] {
    if (key.includes(' ') || key.length < MIN_SOUND_ALIKE) return [];
    const out: { word: string; distance: number }[] = [];
    for (const code of soundsLike(key)) {
      for (const word of this.phonetic.get(code) ?? []) {
        if (word === key) continue;
        const d = boundedEditDistance(key, word, max + 1);
        if (d > max && d <= max + 1) out.push({ word, distance: d });
      }
    }
    return out;
  }

  /**
   * True when a word is a person's given name more than a word of roles: the first name of somebody on record
   * (and not an office word, see `isOfficeWord`), or a given name the lexicon knows ("Orlando" need not be on record).
   */
  isGivenName(word: string): boolean {
    const w = word.toLowerCase();
    if (this.firstNames.has(w)) return !this.isOfficeWord(w);
    return genderOfGivenName(w) !== undefined;
  }

  /** True when some speaker's role or organisation uses this word ("mayor", "coach"): an office, not a surname. */
  isRoleWord(word: string): boolean {
    return this.roleWords.has(stem(word));
  }

  /**
   * A word of speakers' roles more than it is speakers' first name: "coach", "British" (a few names the extractor
   * kept a nationality in, "British Chambers", do not make it a given name), not "George" (a first name of many,
   * and a word of a few roles' "George Mason University").
   */
  private isOfficeWord(w: string): boolean {
    const inRoles = this.roleWords.get(stem(w));
    if (!inRoles) return false;
    const asFirst = this.firstNames.get(w)?.length ?? 0;
    if (asFirst === 0) return true;
    const holders = new Set<string>();
    for (const i of inRoles) {
      holders.add(this.roleHolder[i] as string);
      if (holders.size > asFirst) return true;
    }
    return false;
  }

  /**
   * True when the words typed before a surname fit this speaker (see `leadFit`). "Rishi Sunak" never becomes
   * "Sung Won Sohn", and "Te Kaurinui Parata" is not Hori Parata.
   */
  leadingWordsFit(s: StoredSpeaker, lead: string[]): boolean {
    return this.leadFit(s, lead) !== undefined;
  }

  /**
   * How well the words typed before a surname fit this speaker, as a score penalty (0 = each is one of their
   * names), or undefined when one contradicts them. A word fits as one of their names (0), a short form or initial
   * of one (0.01), its opening letters when that word is nobody's first name on record ("Rafa", 0.01), a title
   * (0.01), a word of their own roles (0.02), an office word of anybody's roles more than anybody's first name
   * (0.03: "coach"; not "George" of "George Washington University"), or a misspelling of one of their names
   * ("Jenifer", 0.05). `byName`: at least one word must be one of their names or a short form of it.
   * `ownOnly`: an office word fits only when it is one of their own roles' words ("the marathon world record
   * holder" is no description of Eric Holder, whatever other speakers' roles say "record").
   * A hyphenated name's parts are names of theirs too: "Sven Goran Ericsson" types Sven-Goran Eriksson's given
   * name without its hyphen and misspells the surname (session 33, h-qa81).
   */
  leadFit(s: StoredSpeaker, lead: string[], byName = false, ownOnly = false): number | undefined {
    const names = withHyphenParts(nameWords(s.name));
    let own: Set<string> | undefined;
    let penalty = 0;
    let named = false;
    for (const w of lead) {
      let p: number | undefined;
      if (names.includes(w)) p = 0;
      else if (names.some((n) => sameFirstName(w, n))) p = 0.01;
      else if (!this.firstNames.has(w) && names.some((n) => clippedName(w, n))) p = 0.01;
      if (p !== undefined && w.replace(/\./g, '').length > 1) named = true;
      if (p === undefined && NAME_PREFIXES.has(w)) p = 0.01;
      if (p === undefined) {
        own ??= new Set([...s.roles, ...s.organisations].flatMap((r) => roleKey(r).split(' ')));
        if (own.has(stem(w))) p = 0.02;
        else if (!ownOnly && this.isOfficeWord(w)) p = 0.03;
        else if (w.length >= 4 && names.some((n) => n.length >= 4 && !otherSexName(w, n) && boundedEditDistance(w, n, 1) <= 1)) {
          p = 0.05;
          named = true;
        } else if (names.slice(0, -1).some((n) => !otherSexName(w, n) && soundAlikeGivenNames(w, n))) {
          p = 0.05;
          named = true;
        }
      }
      if (p === undefined) return undefined;
      penalty += p;
    }
    return byName && !named ? undefined : penalty;
  }

  /**
   * The holders of a surname typed exactly whose given name the typed one spells by ear ("Layton Hewitt" for Lleyton
   * Hewitt: the doubled opening "Ll" and the "ey" heard as one "L" and an "ay"), read only when the typed word is
   * nobody's given name: not a first name on record, not one the lexicon knows, and no word of anybody's roles. A
   * real name typed ("Tom" for Tim) is that person or nobody, as before (`soundAlikeGivenNames` keeps its first
   * two letters for those). The holders come as misspellings (`fuzzy`, the given name's edits), so the answer says
   * which name was read.
   */
  givenNameByEar(typed: string, holders: readonly SpeakerMatch[]): SpeakerMatch[] {
    const w = typed.toLowerCase();
    if (w.length < 3 || this.firstNames.has(w) || genderOfGivenName(w) !== undefined || this.isRoleWord(w)) return [];
    return holders.flatMap((m) => {
      if (m.speaker.isOrganisation) return [];
      const given = nameWords(m.speaker.name).slice(0, -1);
      const edits = Math.min(...given.map((n) => (heardAs(w, n) ? boundedEditDistance(w, n, BY_EAR_EDITS) : BY_EAR_EDITS + 1)));
      return edits > BY_EAR_EDITS ? [] : [{ speaker: m.speaker, kind: 'fuzzy' as const, score: m.score - 0.05 * edits, distance: edits }];
    });
  }

  /**
   * Surname keys that sound like a short typed surname ("Lee" for "Leigh", "Rose" for "Ross"), within
   * `SOUND_ALIKE_SURNAME_EDITS`: too loose to read alone (Lee, Leigh, Law and Lowe all sound "L"), so only for a
   * surname typed after a first name that must be one of the speaker's own (`leadFit` with `byName`). Longer
   * surnames have their typos and sound-alikes repaired already (`fuzzyMatches`).
   */
  soundAlikeSurnames(word: string, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
    const key = nameWords(word).join(' ');
    if (key.includes(' ') || key.length < 3 || key.length >= MIN_SOUND_ALIKE) return [];
    return this.surnamesSoundingLike(key, visible, SOUND_ALIKE_SURNAME_EDITS, 0.75, false);
  }

  /**
   * People whose surname sounds like a bare typed word that is nobody's name and no quote's word ("flin" for
   * Flynn, "nare" for Nair, "tooshak" for Toshack): the same Double Metaphone code, the same first letter, at most
   * `SOUND_ALIKE_GUESS_EDITS` edits. Too loose to name anybody alone (Lee, Leigh and Lowe all sound "L"), so they
   * are guesses (`guess`) that only a question's topic can choose among: the answerer shows one only when its
   * quote holds one of the question's own words.
   */
  soundAlikeGuesses(word: string, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
    const key = nameWords(word).join(' ');
    if (key.includes(' ') || key.length < MIN_SOUND_ALIKE_GUESS) return [];
    return this.surnamesSoundingLike(key, visible, SOUND_ALIKE_GUESS_EDITS, 0.6, true);
  }

  /**
   * People (not bodies) with a surname of the same Double Metaphone code and first letter as `key`, within
   * `maxEdits` edits; each scored `base` less 0.05 an edit (its best surname), marked a guess when `guess`.
   */
  private surnamesSoundingLike(key: string, visible: (s: StoredSpeaker) => boolean, maxEdits: number, base: number, guess: boolean): SpeakerMatch[] {
    const out = new Map<string, SpeakerMatch>();
    for (const code of soundsLike(key)) {
      for (const other of this.phonetic.get(code) ?? []) {
        if (other === key || other[0] !== key[0]) continue;
        const d = boundedEditDistance(key, other, maxEdits);
        if (d > maxEdits) continue;
        for (const k of this.exact.get(other) ?? []) {
          const s = this.byId.get(k.id);
          if (!s || !visible(s) || s.isOrganisation || k.kind !== 'surname') continue;
          const score = base - 0.05 * d;
          const prev = out.get(s.id);
          if (!prev || prev.score < score) out.set(s.id, { speaker: s, kind: 'fuzzy', score, distance: d, ...(guess ? { guess: true } : {}) });
        }
      }
    }
    return [...out.values()];
  }

  /** Names closest to a phrase for "did you mean" lists and autocomplete: a bigram shortlist ranked by fuse.js. */
  nearest(phrase: string, visible: (s: StoredSpeaker) => boolean, limit: number): StoredSpeaker[] {
    const seen = new Set<string>();
    const out: StoredSpeaker[] = [];
    const query = (nameWords(phrase).join(' ') || fold(phrase)).slice(0, 32);
    const shortlist = new Set(this.lexicon.closest(query, NEAREST_SHORTLIST));
    const items = this.keys.filter((k) => shortlist.has(k.key));
    const fuse = new Fuse(items, { keys: ['key'], threshold: 0.5, ignoreLocation: true });
    for (const r of fuse.search(query, { limit: 50 })) {
      const s = this.byId.get(r.item.id);
      if (!s || seen.has(s.id) || !visible(s)) continue;
      seen.add(s.id);
      out.push(s);
      if (out.length >= limit) break;
    }
    return out;
  }
}

/** Title words that, just before a two-word name, say the name is a person's ("... Under-Secretary John Taylor"). */
const TITLE_BEFORE_NAME = /(?:secretary|minister|spokesman|spokeswoman|spokesperson|chairman|chairwoman|director|president|governor|senator|official|chief|ambassador|commissioner|adviser|advisor|mayor|coach|manager|leader|editor|analyst)$/i;

/** What an organisation's name calls it after its own word: "Institution" of "Brookings Institution". */
const ORGANISATION_KIND = /^(?:institution|institute|foundation|corporation|corp|company|co|inc|ltd|plc|group|organi[sz]ation|society|trust|association|federation|council|commission|committee|agency|authority|bank|university|college|school|hospital|party|league|union)$/i;

/**
 * The word an organisation is known by when its name is that word and what kind of body it is ("Brookings
 * Institution", "Heritage Foundation", "Rand Corporation"), typed with a capital; else undefined. Names with
 * more words ("Bank of England", "Pew Research Center") have no one such word.
 */
export function distinctiveWord(name: string): string | undefined {
  const ws = name.trim().replace(/^the\s+/i, '').split(/\s+/);
  if (ws.length < 2 || ws.length > 3) return undefined;
  const [own, ...kind] = ws as [string, ...string[]];
  if (!/^\p{Lu}[\p{Ll}\p{Lu}'’-]{2,}$/u.test(own) || !kind.every((w) => ORGANISATION_KIND.test(w.replace(/[.,]$/, '')))) return undefined;
  const key = nameWords(own).join(' ');
  return key && !key.includes(' ') ? key : undefined;
}

/** The personal name at the end of an organisation-filed speaker name preceded by a title, if any. */
function personAfterTitle(name: string): [string, string] | undefined {
  const ws = name.trim().split(/\s+/);
  if (ws.length < 3) return undefined;
  const [title, first, last] = ws.slice(-3) as [string, string, string];
  if (!TITLE_BEFORE_NAME.test(title) || !/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Lu}\p{Ll}+$/u.test(last)) return undefined;
  return [fold(first), fold(last)];
}

/** The title a name still carries before the person's own two words ("Atlantic City Mayor" of "... Don Guardian"). */
function titleInName(name: string): string[] {
  if (!personAfterTitle(name)) return [];
  return [name.trim().split(/\s+/).slice(0, -2).join(' ')];
}

/**
 * A speaker's roles with how often and when each was stated, summed over the asker's collections (a profile written
 * before these were kept gives the role alone).
 */
function heldRoles(s: StoredSpeaker): HeldRole[] {
  return s.roles.map((role) => {
    const held: HeldRole = { role };
    for (const p of Object.values(s.profiles)) {
      const stat = p.roleStats?.[role];
      if (!stat) continue;
      held.n = (held.n ?? 0) + stat.n;
      if (stat.first && (!held.first || stat.first < held.first)) held.first = stat.first;
      if (stat.last && (!held.last || stat.last > held.last)) held.last = stat.last;
    }
    return held;
  });
}

/**
 * Two given names that sound alike, for a first name typed by ear ("Graham" for "Graeme", "Robbie" for "Robby",
 * "Lucy" for "Lucie"): a Double Metaphone code in common once an "H" is dropped from the codes (Graham is KRHM,
 * Graeme KRM), the same first two letters, lengths a letter apart at most, and at most two edits apart or the same
 * first three letters; never one name of a man and the other of a woman. The codes alone are coarse: Jenna and John, Toni and Tina, Pedro and
 * Peter, Miguel and Michael sound alike to them, and are other people's names (`wrongfirst.mjs` of h-qa24's tools:
 * every two-word speaker's surname after three other first names on record).
 */
export function soundAlikeGivenNames(typed: string, name: string): boolean {
  if (typed === name || typed.length < 3 || name.length < 3 || Math.abs(typed.length - name.length) > 1 || !name.startsWith(typed.slice(0, 2))) return false;
  if (boundedEditDistance(typed, name, 2) > 2 && !name.startsWith(typed.slice(0, 3))) return false;
  const a = genderOfGivenName(typed);
  const b = genderOfGivenName(name);
  if (a && b && a !== b) return false;
  const codes = (w: string) => soundsLike(w).map((c) => c.replace(/H/g, ''));
  const mine = codes(name);
  return codes(typed).some((c) => c.length > 0 && mine.includes(c));
}


/** Edits a given name typed by ear may be from the speaker's (`givenNameByEar`). */
const BY_EAR_EDITS = 2;

/**
 * A typed word that spells a given name as it sounds: the same first letter, lengths two letters apart at most, a
 * Double Metaphone code in common once an "H" is dropped, never a man's name for a woman's.
 */
function heardAs(typed: string, name: string): boolean {
  if (name.length < 3 || typed[0] !== name[0] || Math.abs(typed.length - name.length) > 2 || otherSexName(typed, name)) return false;
  const codes = (w: string) => soundsLike(w).map((c) => c.replace(/H/g, ''));
  const mine = codes(name);
  return codes(typed).some((c) => c.length > 0 && mine.includes(c));
}

/** Kinds of the registry's role slots. */
const ROLE = 0;
const ORGANISATION = 1;
const RELATION = 2;

/**
 * Where a role relates its holder to somebody else: the start of the first relation word before "of/to" ("son of the
 * Republican presidential front-runner", "younger brother of heir to the British throne", "son-in-law of the mayor",
 * "chief of staff to the wife of the governor"), else -1. What follows the relation word describes the other person;
 * what comes before it, the holder ("Navy veteran herself and the wife of an active-duty Navy member").
 */
function relationAt(role: string): number {
  for (const m of role.matchAll(/ (?:of|to) /gi)) {
    const before = role.slice(0, m.index);
    const word = before.split(' ').at(-1) ?? '';
    if (word && isRelationWord(fold(word))) return before.length - word.length;
  }
  return -1;
}

/** A role's slots: the role itself, or a relation role whole (`RELATION`) and its holder's own words before it. */
function relationRole(role: string): { text: string; kind: number }[] {
  const at = relationAt(role);
  if (at < 0) return [{ text: role, kind: ROLE }];
  const own = role.slice(0, at).trim();
  return own ? [{ text: role, kind: RELATION }, { text: own, kind: ROLE }] : [{ text: role, kind: RELATION }];
}

/**
 * The body a role names after its office ("... at Acme Holdings", "director of the Center for ..."), if any. None
 * after a relation (`relationAt`): the son of the Republican front-runner does not speak for the front-runner.
 */
function roleBody(role: string): string | undefined {
  const i = role.search(/ (?:at|of|for|with) /i);
  if (i < 0 || relationAt(role) >= 0) return undefined;
  const body = role.slice(i).replace(/^ \S+ (?:the )?/i, '').trim();
  return body || undefined;
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

/** A name's words with each hyphenated word's parts after it ("sven-goran" -> "sven-goran", "sven", "goran"). */
function withHyphenParts(names: string[]): string[] {
  return names.flatMap((n) => (n.includes('-') ? [n, ...n.split('-').filter((p) => p.length > 1)] : [n]));
}

/**
 * True when two words are given names the lexicon knows as a woman's and a man's ("Mary", "Mark"): two names, never
 * one misspelt as the other, so "Mary O'Malley" (a woman an article mentions) is not repaired to Mark Milley.
 */
function otherSexName(typed: string, name: string): boolean {
  const a = genderOfGivenName(typed);
  const b = genderOfGivenName(name);
  return a !== undefined && b !== undefined && a !== b;
}

/** Speaker summary with its quote count in the given collections. */
export function speakerSummary(s: StoredSpeaker, collections: string[], reason?: string): SpeakerSummary {
  const quotes = collections.reduce((n, c) => n + (s.quoteCounts[c] ?? 0), 0);
  const out: SpeakerSummary = { ...speakerView(s), quotes };
  if (reason) out.reason = reason;
  return out;
}

/**
 * The halves of a person's double-barrelled surname ("Robert Kilroy-Silk" -> "kilroy", "silk"): a given name before
 * it, and two capitalised parts of four letters or more, neither a particle. "Ban Ki-moon", "Han Dong-hoon" (a
 * Korean given name), "al-Assad" and a one-word record ("London-based") have none.
 */
export function doubleBarrelHalves(name: string): string[] {
  const written = name.trim().split(/\s+/);
  const last = written.at(-1) ?? '';
  if (written.length < 2) return [];
  const parts = last.split('-');
  if (parts.length !== 2 || !parts.every((p) => p.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(p))) return [];
  return parts.map((p) => fold(p));
}
