import { isRankNumeral, isRole, MODIFIER_SPELLINGS, NO_LONGER, OFFICE_MODIFIERS, TENURE_WORDS } from '../extraction/lexicon/roles.js';
import { ADJECTIVE_COUNTRIES, ANGLO_NATION_KEYS, nationOf } from '../extraction/lexicon/demonyms.js';
import { OWNER_JOINERS, PREPOSITIONS, ROLE_BODY_JOINERS, isGrammaticalArticle, isWhoOrWhose } from '../extraction/lexicon/function-words.js';
import { partyKey } from '../extraction/lexicon/qualifiers.js';
import { PEERAGE } from '../extraction/lexicon/titles.js';
import { expansions } from '../search/synonyms.js';
import { words } from '../search/tokenize.js';

/**
 * A role as a question can match it: the office ("minister", "coach", "chancellor"), the modifiers that make it
 * a different office ("shadow chancellor" is not the chancellor), and the qualifiers that say where or for whom
 * ("Austria", "interior", "Conservative", "UK"). Built from whatever roles the registry holds per speaker, so a
 * registry that keeps roles per collection (or with dates) feeds it the same way.
 */
export interface RoleReading {
  office: string;
  /**
   * Every office the head word may name: "boss" is a chief executive's title and a football manager's, so it
   * reads as both "head" and "manager"; most offices have one.
   */
  offices: readonly string[];
  /**
   * The qualifier just before the office ("interior" of "Austria's interior minister", "Germany" of "the Germany
   * coach"): the portfolio or team the office is of. Two roles that both state one must agree on it: a defence
   * minister is no answer to "the communications minister", whatever country both are of.
   */
  slot?: string;
  /** Modifiers that change the office itself: both sides must agree on them. */
  modifiers: ReadonlySet<string>;
  /** Words of time ("former", "acting"): a role holding one fits a question without it, less well. */
  tense: ReadonlySet<string>;
  qualifiers: ReadonlySet<string>;
  /**
   * Qualifiers that stand together for one name, from an abbreviation ("UN" -> united, nations): a role holding some
   * of them but not all names another body ("Manchester United" is no part of the United Nations).
   */
  compounds?: readonly (readonly string[])[];
  /** The kind words of bodies named by a short form ("union" of "T&G"): a holder of the body holds this word. */
  bodyKinds?: readonly string[];
  /**
   * The portfolio of a "chief X officer" ("investment" of "chief investment officer of Hibernian"): the office is
   * also that portfolio's head, and answers a "head"/"chief" only asked with that portfolio ("the Hibernian
   * investment chief"), never a body's plain "chief" ("the Hibernian chief" is its chief executive).
   */
  chiefOf?: string;
}

/**
 * A role as stated with a speaker: how many of their quotes carry it, and the first and last day it was stated
 * (the quotes' dates: the day said, else the article's). Counts and dates are absent for an index written before
 * they were kept.
 */
export interface HeldRole {
  role: string;
  n?: number;
  first?: string;
  last?: string;
}

/** One speaker's roles as the role index reads them, most frequent first. */
export interface RoleHolder {
  id: string;
  roles: readonly (string | HeldRole)[];
  organisations: readonly string[];
  /** Quotes on record: how often the speaker is named with their roles (0 or absent when unknown). */
  quotes?: number;
}

export interface RoleFit {
  id: string;
  /** 0..1: how exactly the speaker's role answers the phrase, a little less for a speaker rarely on record. */
  fit: number;
  /**
   * Asked qualifiers this speaker's roles do not state ("Austria" for a plain "Interior Minister"): the question
   * keeps them as topic words, so the quote's surroundings must bear them out.
   */
  unstated: string[];
  /**
   * How exactly the role answers the phrase, before how often and when its holder is on record count: holders of
   * one role stated alike share it, however often each is quoted.
   */
  exact: number;
  /** First and last day a fitting role was stated with the speaker, when known. */
  first?: string;
  last?: string;
}

/** When the question asks about (inclusive ISO days; either end open). */
export interface RoleTime {
  from?: string;
  to?: string;
}

// "then" is a word of time (TENURE_WORDS), not filler: "then the secretary of state" is a role of the past.
const FILLER = new Set(['the', 'a', 'an', 'and', 's', 'who', 'guy', 'man', 'woman', 'person', 'his', 'her', 'their', 'its', 'new', 'current', 'now']);
/**
 * Share of a role's fit that rides on how often its holder is on record, relative to the most quoted holder of
 * the office (log scale): "the PM" is first the prime minister quoted 300 times, not one quoted once in a
 * stray article, and a holder on record once no longer joins the pool the topic picks from on an equal footing.
 * 0.25 (was 0.15): of 0.15, 0.25 and 0.35 on held-out role questions (tune half), 0.15 and 0.25 answer the same
 * and 0.35 lets a much-quoted holder of a looser role win bare questions ("the Italian PM"); 0.25 also puts the
 * UK chancellor quoted 173 times before a past chancellor quoted 11 times, when no date tells them apart.
 */
const OFTEN_SHARE = 0.25;
/**
 * Share of a role's fit that rides on when it was held: more than how often the holder is on record, since the
 * question asks for whoever held the office then. A holder whose role was stated in the window the question asks
 * about ranks first; without a window, the most recent holder does (a role last stated two years or more before
 * the newest holder's loses all of this share). Undated roles sit halfway; when no holder is dated, time plays no part.
 */
const TIME_SHARE = 0.3;
/** From this many asked qualifiers on, a role mostly missing them while naming its own body is another body's. */
const BODY_NAME_WORDS = 3;
/** What each qualifier of a held role the question did not ask for costs ("UK chancellor" for "the chancellor"). */
const UNASKED_COST = 0.1;
const RECENT_SPAN_DAYS = 730;

/**
 * The offices that head a body, for "the head of the IMF" / "the AFT chief" when no role on record says "head":
 * the IMF's managing director, the AFT president. Matched only when the role states every asked qualifier and
 * nothing else but title words ("managing", "general"), and only when no role that says "head" itself states the body.
 */
const TOP_OFFICES = ['president', 'chairman', 'executive', 'director', 'leader', 'secretary'];
/** Title words a top office needs to head its body: a managing or executive director does (the executive director heads
 * most advocacy groups and charities: "the head of Democrats for Life", session 27), an "IMF director" need not. */
const TOP_OFFICE_TITLES = new Map<string, readonly string[]>([['director', ['managing', 'general', 'executive']], ['secretary', ['general']], ['executive', ['chief']]]);
const DIRECTOR_TITLES = TOP_OFFICE_TITLES.get('director') ?? [];
const TITLE_WORDS = new Set(['managing', 'general', 'chief', 'executive']);
const TOP_OFFICE_FACTOR = 0.75;

/** Qualifiers that say a body is a trade union (`readRole`: its general secretary leads it). */
const UNION_WORDS = ['union', 'unions'];

/** Offices that are one office under several names. */
const OFFICE_SYNONYMS = new Map<string, string>([
  ['chief', 'head'], ['head', 'head'],
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokesperson', 'spokesperson'], ['spokespeople', 'spokesperson'],
  ['chair', 'chairman'], ['chairwoman', 'chairman'], ['chairperson', 'chairman'],
  ['ceo', 'executive'], ['md', 'director'], ['cfo', 'officer'], ['coo', 'officer'], ['cto', 'officer'],
  ['pm', 'minister'], ['premier', 'minister'],
  ['sec', 'secretary'], ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['congressman', 'representative'], ['congresswoman', 'representative'],
  ['manager', 'manager'], ['coach', 'coach'], ['president', 'president'], ['prez', 'president'], ['vp', 'president'],
  // Sports copy's word for a team's captain ("former England skipper"): BBC sport writes both.
  ['skipper', 'captain'], ['captain', 'captain'],
  // Two spellings of one office ("Deloitte's chief economic advisor" answers "the Deloitte chief economic adviser").
  ['advisor', 'adviser'], ['adviser', 'adviser'],
]);
/** Offices under one name that are several: a "boss" heads a body, is its chief executive, or manages a team. */
const OFFICE_ALTERNATIVES = new Map<string, string[]>([['boss', ['head', 'manager', 'executive']]]);
/**
 * How articles write an office a question names by another word, for a description looked for around the quotes:
 * "the eBay boss" is "EBay president and chief executive Meg Whitman", "the head of the IMF" its "managing director".
 * Only names of the whole office (a bare "chief" is as often "chief economist"), and only the top one.
 */
// Not a bare "head" or "manager": around a quote those are as often a department's ("head of currency strategy at
// Bank of America" is no Bank of America boss).
const HEAD_NAMES = ['chief executive', 'managing director', 'chairman', 'director general', 'secretary general'];
const OFFICE_NAMES = new Map<string, readonly string[]>([
  ['boss', HEAD_NAMES], ['chief', [...HEAD_NAMES, 'boss']], ['head', [...HEAD_NAMES, 'boss']],
  ['ceo', ['chief executive']], ['pm', ['prime minister']], ['premier', ['prime minister']], ['vp', ['vice president']],
  ['spokesman', ['spokeswoman', 'spokesperson']], ['spokeswoman', ['spokesman', 'spokesperson']], ['spokesperson', ['spokesman', 'spokeswoman']],
]);

/** The office word a role phrase names ("boss" of "the eBay boss", "head" of "the head of the IMF"), as typed. */
export function officeWord(phrase: string): string | undefined {
  const ws = roleWords(phrase).filter((w) => !FILLER.has(w));
  const cut = ws.findIndex((w) => PREPOSITIONS.has(w));
  return (cut < 0 ? ws : cut === 0 ? ws.slice(1, 2) : ws.slice(0, cut)).at(-1);
}

/** Other names articles give the office a word names, each as its words ("chief executive" -> chief, executive). */
export function officeNames(word: string): string[][] {
  return (OFFICE_NAMES.get(word) ?? []).map((n) => n.split(' '));
}

/**
 * Every way to write the office a word names, each as its words: "rep" -> rep, representative, congressman,
 * congresswoman; "boss" -> boss, chief executive, managing director... (its other names, `officeNames`). Not what
 * the word abbreviates besides ("rep" is also "Republican" to the search): only names of the office.
 */
export function officeSpellings(word: string): string[][] {
  const offices = OFFICE_ALTERNATIVES.get(word) ?? [OFFICE_SYNONYMS.get(word) ?? word];
  const out: string[][] = [[word], ...offices.map((o) => [o]), ...officeNames(word)];
  for (const [w, o] of OFFICE_SYNONYMS) if (offices.includes(o)) out.push([w]);
  return out;
}

/**
 * The spellings of the very office a word names, and no other office: "governor" -> governor, gov; "senator" ->
 * senator, sen; "chairman" -> chairman, chair, chairwoman, chairperson. Unlike `officeSpellings`, never another
 * office the word may also mean ("boss" stays "boss": a chairman or a team's manager is not borne out by it).
 */
export function sameOfficeSpellings(word: string): string[] {
  const office = OFFICE_SYNONYMS.get(word) ?? word;
  return [...new Set([word, office, ...[...OFFICE_SYNONYMS].filter(([, o]) => o === office).map(([w]) => w)])];
}

/** Abbreviations whose reading adds a qualifier: "PM" is the prime minister, "CEO" the chief executive. */
const OFFICE_QUALIFIER = new Map<string, string>([['pm', 'prime'], ['ceo', 'chief'], ['md', 'managing'], ['cfo', 'financial'], ['coo', 'operating'], ['cto', 'technology']]);

/** The qualifiers abbreviated offices read as ("prime" of "PM", "operating" of "COO"): words of the office, not of a body. */
const ABBREVIATION_WORDS: ReadonlySet<string> = new Set(OFFICE_QUALIFIER.values());

/** Abbreviations whose reading adds a strict modifier: "the Blue Origin VP" is its vice president, no president. */
const OFFICE_MODIFIER = new Map<string, string>([['vp', 'vice']]);

/**
 * A name that is only an abbreviated office ("PM", "VP", "CEO"): the extractor files "The PM insisted ..." under a
 * body called "PM", whose exact name then took "the PM" from the role index (no quote of its on the topic, while the
 * prime ministers on record went unread). Such a record is the office's unnamed holder, not a body the phrase names.
 */
export function isAbbreviatedOffice(name: string): boolean {
  const ws = words(name);
  return ws.length === 1 && (OFFICE_QUALIFIER.has(ws[0] as string) || OFFICE_MODIFIER.has(ws[0] as string));
}

/** Initials joined by "&" ("T&G", "P&O", "M&S"): one word of a body's name, as typed. */
const AMPERSAND_INITIALS = /\b(\p{L})&(\p{L})\b/gu;

/**
 * Bodies known by a short form no role spells out in letters: "the T&G general secretary" is the Transport and
 * General Workers' Union's ("Union general secretary" Tony Woodley, whose role lost the union's name); "T&G" read
 * as the words "t" and "g" matched no holder, and "g" was required around the quote.
 */
const BODY_SHORT_FORMS = new Map<string, readonly string[]>([
  ['tg', ['transport', 'general', 'workers', 'union']],
  ['tgwu', ['transport', 'general', 'workers', 'union']],
]);

/** Qualifiers that are one place, party or body under several names. */
const QUALIFIER_SYNONYMS = new Map<string, string>([
  ['tory', 'conservative'], ['tories', 'conservative'], ['conservatives', 'conservative'],
  ...Object.entries(ANGLO_NATION_KEYS), ['united', 'united'],
  ['labour', 'labour'], ['lib', 'liberal'], ['libdem', 'liberal'], ['dem', 'democrat'], ['democratic', 'democrat'], ['democrats', 'democrat'],
  ['republicans', 'republican'], ['gop', 'republican'],
  ['dept', 'department'], ['govt', 'government'], ['intl', 'international'],
  ['met', 'metropolitan'], ['utd', 'united'], ['defense', 'defence'], ['labor', 'labour'],
  // Country adjectives that do not start with the country's name ("Irish" / "Ireland"; "German" / "Germany" do), and
  // the UK's nations ("Scottish" / "Scotland").
  ...Object.entries(ADJECTIVE_COUNTRIES),
  ['scottish', 'scotland'], ['scots', 'scotland'], ['welsh', 'wales'], ['english', 'england'],
]);

/** A qualifier read from other words -> those words' first letters ("uk" -> b of "british", "britain"). */
const QUALIFIER_INITIALS = new Map<string, Set<string>>();
for (const [word, same] of QUALIFIER_SYNONYMS) {
  if (word[0] === same[0]) continue;
  let set = QUALIFIER_INITIALS.get(same);
  if (!set) QUALIFIER_INITIALS.set(same, (set = new Set()));
  set.add(word[0] as string);
}

/**
 * The words a text may use for a qualifier, for the quote's surroundings to bear out "Austria" of "Austria's interior
 * minister": the word, its adjective ("Austrian", "Indian", "Italian") and the names it stands for ("Irish" for
 * Ireland, "British" for the UK).
 */
export function qualifierForms(q: string): string[] {
  const out = new Set([q, `${q}n`, `${q}an`, `${q}ian`, q.replace(/y$/, 'ian'), q.replace(/a$/, 'an'), q.replace(/e$/, 'ian'), ...irregularAdjectives(q)]);
  for (const [word, same] of QUALIFIER_SYNONYMS) if (same === q) out.add(word);
  return [...out];
}

/** A qualifier word as comparable words: "Tory" -> conservative, "Fed" -> federal reserve (newsroom abbreviations). */
function qualifierWords(w: string): string[] {
  const same = QUALIFIER_SYNONYMS.get(w);
  if (same) return [same];
  const body = BODY_SHORT_FORMS.get(w);
  if (body) return [...body];
  const expanded = expansions(w)[0];
  return expanded ? expanded.map((x) => QUALIFIER_SYNONYMS.get(x) ?? x) : [w];
}

/**
 * Reads a role that may join two offices with "and": "former New Jersey governor and Environmental Protection Agency
 * administrator" is a former governor and an administrator, "Acme president and chief executive" Acme's president and
 * its chief executive. `readRole` reads a role's last word before "of/at/for..." as its office, so Christine Todd
 * Whitman was only an administrator and "the former New Jersey governor" answered with the sitting one. Split only
 * where the word before "and" is an office (a role noun: "Food and Drug Administration commissioner" stays one
 * office) and before the first preposition ("Secretary of Health and Human Services" stays one). The words before
 * the first office (a place, a body) and the words after the last (its "of ..." tail) belong to both.
 */
export function readRoles(role: string): RoleReading[] {
  const raw = roleWords(role);
  const cut = raw.findIndex((w) => PREPOSITIONS.has(w));
  const head = cut < 0 ? raw : raw.slice(0, cut);
  const tail = cut < 0 ? [] : raw.slice(cut);
  const and = head.indexOf('and');
  const before = and > 0 ? (head[and - 1] as string) : '';
  if (and <= 0 || and === head.length - 1 || !(isRole(before) || OFFICE_SYNONYMS.has(before))) {
    const one = readRole(role);
    return one ? [one] : [];
  }
  // "former" is said of the first office: the second is not stated as one of the past.
  const lead = head.slice(0, and - 1).filter((w) => !TENURE_WORDS.has(w));
  const first = readRole([...head.slice(0, and), ...tail].join(' '));
  const second = readRole([...lead, ...head.slice(and + 1), ...tail].join(' '));
  return [first, second].filter((r): r is RoleReading => r !== undefined);
}

/** Reads a role ("Tory shadow chancellor", "director of the Center for Food Allergy Research", "Austria's interior minister"). */
export function readRole(role: string): RoleReading | undefined {
  const ws = roleWords(role).filter((w) => !FILLER.has(w));
  const cut = ws.findIndex((w) => PREPOSITIONS.has(w));
  const head = withoutTrailingTitle(cut < 0 ? ws : cut === 0 ? ws.slice(1, 2) : ws.slice(0, cut));
  const tail = cut < 0 ? [] : ws.slice(cut === 0 ? 2 : cut + 1).filter((w) => !PREPOSITIONS.has(w));
  const last = head.at(-1);
  if (!last) return undefined;
  const named = OFFICE_ALTERNATIVES.get(last) ?? [OFFICE_SYNONYMS.get(last) ?? last];
  const office = named[0] as string;
  const modifiers = new Set<string>();
  const tense = new Set<string>();
  const qualifiers = new Set<string>();
  const extra = OFFICE_QUALIFIER.get(last);
  if (extra) qualifiers.add(extra);
  const modifier = OFFICE_MODIFIER.get(last);
  if (modifier) modifiers.add(modifier);
  const compounds: string[][] = [];
  const bodyKinds: string[] = [];
  for (const w of [...head.slice(0, -1), ...tail]) {
    if (OFFICE_MODIFIERS.has(w)) modifiers.add(MODIFIER_SPELLINGS.get(w) ?? w);
    else if (TENURE_WORDS.has(w)) tense.add(w);
    else {
      const qs = qualifierWords(w);
      for (const q of qs) qualifiers.add(q);
      // A body's short form held in part ("Union" of the T&G's name) is that body, as its missing words may be
      // borne out around the quote; an abbreviation's expansion held in part ("United" for "UN") is another body.
      const body = BODY_SHORT_FORMS.get(w);
      if (body) bodyKinds.push(body.at(-1) as string);
      else if (qs.length > 1) compounds.push(qs);
    }
  }
  // The portfolio is what the office is "of" ("US Secretary of State"), else the word before it ("interior minister").
  const plain = (w: string) => !OFFICE_MODIFIERS.has(w) && !TENURE_WORDS.has(w);
  const slotWord = tail.find(plain) ?? head.slice(0, -1).reverse().find(plain);
  const slot = slotWord === undefined ? undefined : qualifierWords(slotWord).at(-1);
  // A union's general secretary is its leader: "the union leader" is the T&G's "Union general secretary" Tony
  // Woodley as much as anyone called "union leader" (only a union's: Labour's general secretary is no Labour leader).
  const union = UNION_WORDS.some((u) => qualifiers.has(u)) && office === 'secretary' && qualifiers.has('general');
  // "chief investment officer": the head of investment too (`chiefOf`; the word is read through `qualifierWords`).
  const chiefWord = office === 'officer' && head.length >= 3 && head.at(-3) === 'chief' ? head.at(-2) : undefined;
  const chiefOf = chiefWord === undefined ? undefined : qualifierWords(chiefWord).at(-1);
  const offices = union ? [...named, 'leader'] : chiefOf ? [...named, 'head'] : named;
  return { office, offices, modifiers, tense, qualifiers, ...(slot ? { slot } : {}), ...(compounds.length ? { compounds } : {}), ...(bodyKinds.length ? { bodyKinds } : {}), ...(chiefOf ? { chiefOf } : {}) };
}

/**
 * A role's words, a hyphenated word joining others by a preposition kept as one: "the Disney direct-to-consumer
 * chairman" is a chairman (of direct-to-consumer), not a "direct" cut off by "to", so it named no office and the
 * phrase was read as the name Disney. Not when the first part is an office: "editor-in-chief" is an editor.
 * Split on spaces and hyphens, no pattern (the question path keeps its regular expressions few and checked).
 */
export function roleWords(text: string): string[] {
  text = beforeRelativeClause(text);
  if (text.includes('&')) text = text.replace(AMPERSAND_INITIALS, (_m, a: string, b: string) => `${a}${b}`);
  // (Most roles have no joiner: the text is tested before it is split.)
  if (hasBodyJoiner(text)) text = withBodyNamesJoined(text);
  if (!text.includes('-')) return inOfficeOrder(words(text));
  const out: string[] = [];
  for (const token of text.split(' ')) {
    const parts = token.split('-');
    const joins = parts.length > 2 && parts.slice(1, -1).some((p) => PREPOSITIONS.has(p.toLowerCase())) && !isRole(words(parts[0] as string).at(-1) ?? '');
    out.push(...words(joins ? parts.join('') : token));
  }
  return inOfficeOrder(out);
}

/**
 * A role's words with the office last, as the readings expect it (session 34, h-qa82):
 * - a title written after its office reads as written before it: "secretary general" is the "general secretary",
 *   "director general" the "general director" (`TOP_OFFICE_TITLES`). Read with "general" as the office, the CBI's
 *   director general and NATO's secretary general headed nothing: "the CBI boss" found the CBI's president, "the NATO
 *   chief" and "the head of the IAEA" nobody.
 * - a ranking ("number one", `isRankNumeral`) is one office, so the word before it is its slot: "the world number one"
 *   is no "British number one" (read as the office "one" of the slot "number", the British one answered for the
 *   world's, his qualifier left for the topic to bear out).
 */
function inOfficeOrder(ws: string[]): string[] {
  let out = ws;
  for (let i = 1; i < out.length; i++) {
    const before = out[i - 1] as string;
    const w = out[i] as string;
    if (w === 'general' && TOP_OFFICE_TITLES.get(before)?.includes('general')) {
      if (out === ws) out = [...ws];
      out.splice(i - 1, 2, w, before);
    } else if (before === 'number' && isRankNumeral(w)) {
      if (out === ws) out = [...ws];
      out.splice(i - 1, 2, `number ${w}`);
      i--;
    }
  }
  return out;
}

/**
 * A role before its relative clause (session 37, h-qa91): "the Colorado congressman who served in Iraq as a Marine" is
 * a Colorado congressman, "researcher at the Delft University of Technology who studies peer-to-peer networks" a Delft
 * researcher. Read with the role, the clause's last word before a preposition ("served" of "who served in Iraq") was
 * taken for the office, and its words for qualifiers the holder's role had to state. Only where the words before the
 * clause name a body or a place (`namesBodyBeforeClause`): without one the clause is what tells the holder apart ("the
 * actor who played Baldrick", "the retired general who led US forces" are no bare actor or general).
 * A role opening with the pronoun ("whose family moved ...") is left as it is.
 */
function beforeRelativeClause(text: string): string {
  if (!text.includes(' who')) return text;
  const tokens = text.split(' ');
  const at = tokens.findIndex((t) => isWhoOrWhose(t));
  if (at <= 0) return text;
  const before = tokens.slice(0, at);
  return before.some((t, i) => namesBodyBeforeClause(t, i === at - 1)) ? before.join(' ') : text;
}

/**
 * A capitalised word before a role's relative clause that names a body or a place ("Colorado", "Korvin University"):
 * no `FILLER` ("The"), no tense or modifier of the office ("Former", "Vice"), and not the office itself right before
 * the clause ("the Actor who ...", "Congressman who ...": a capital on the office names no body; session 37 review).
 */
function namesBodyBeforeClause(token: string, isHead: boolean): boolean {
  if (!startsCapital(token)) return false;
  const lower = token.toLowerCase();
  const w = lower.endsWith(',') ? lower.slice(0, -1) : lower; // "Congressman, who ..."
  return !FILLER.has(w) && !TENURE_WORDS.has(w) && !OFFICE_MODIFIERS.has(w) && !(isHead && isOfficeWord(w));
}

/** Whether a role holds a joiner of a body's name (`ROLE_BODY_JOINERS`) as a word. */
function hasBodyJoiner(text: string): boolean {
  for (const j of ROLE_BODY_JOINERS) if (text.includes(` ${j} `)) return true;
  return false;
}

const startsCapital = (token: string) => /^\p{Lu}/u.test(token);
const isOfficeWord = (w: string) => isRole(w) || OFFICE_SYNONYMS.has(w);

/**
 * A role that opens with a body's name written with "of"/"for" and then states the office: "Bank of America head of
 * currency strategy", "Washington State Department of Health public information officer", "University of Washington
 * professor". The office is read from the last word before the first preposition, so these read as a "bank", a
 * "department", a "university", and no question about the office reached them. The joining word is dropped ("Bank
 * America head of ...") so the body's words are qualifiers and the office is the office. Only where the body's name
 * is capitalised on both sides of the joining word, the word before it names no office ("Secretary of State",
 * "Governor of the Bank of England" keep theirs), the name opens the role (after "the", a word of time or a strict
 * modifier at most: "disciplinary action against national coach" is no body's name) and an office word follows
 * before the next lower-case preposition.
 */
function withBodyNamesJoined(text: string): string {
  const tokens = text.split(' ');
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!ROLE_BODY_JOINERS.has(tokens[i] as string)) continue;
    const before = tokens[i - 1] as string;
    if (!startsCapital(before) || isOfficeWord(words(before).at(-1) ?? '')) continue;
    let start = i - 1;
    while (start > 0 && startsCapital(tokens[start - 1] as string)) start--;
    if (!tokens.slice(0, start).every((t) => FILLER.has(t) || TENURE_WORDS.has(t) || OFFICE_MODIFIERS.has(t))) return text;
    let next = i + 1;
    if (tokens[next] === 'the' && next + 1 < tokens.length) next++;
    if (!startsCapital(tokens[next] as string)) continue;
    let office = false;
    for (let k = next; k < tokens.length && !office; k++) {
      const t = tokens[k] as string;
      if (!startsCapital(t) && PREPOSITIONS.has(t)) break;
      office = words(t).some(isOfficeWord);
    }
    if (!office) continue;
    return [...tokens.slice(0, i), ...tokens.slice(next)].join(' ');
  }
  return text;
}

/**
 * A role's head without the peer's title the extractor left at its end: "Attorney General Lord" (of "Attorney General
 * Lord Goldsmith") is the attorney general, "cabinet colleague Lord" a cabinet colleague. Read as the office, "lord"
 * made Lord Goldsmith no answer to "the attorney general", and a New York attorney general answered for him.
 */
function withoutTrailingTitle(head: string[]): string[] {
  return head.length > 1 && PEERAGE.has(head.at(-1) as string) ? head.slice(0, -1) : head;
}

/**
 * A place's adjectives that neither start with its whole name nor come from a final "y": "Mexico" / "Mexican",
 * "Morocco" / "Moroccan", "China" / "Chinese". Exact forms, not a looser prefix: "radio" is no "radical".
 */
function irregularAdjectives(q: string): string[] {
  return q.length < 4 ? [] : q.endsWith('o') ? [`${q.slice(0, -1)}an`] : q.endsWith('a') ? [`${q.slice(0, -1)}ese`] : [];
}

/** Two qualifiers are one when equal or one is the other's adjective ("Germany"/"German", "Austria"/"Austrian", "Mexico"/"Mexican"). */
function sameQualifier(a: string, b: string): boolean {
  if (a === b) return true;
  // Most pairs differ at once: this runs for every reading of a looked-up office.
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  return long.startsWith(short.endsWith('y') ? short.slice(0, -1) : short) || irregularAdjectives(short).includes(long);
}

/** A typed word naming a party ("Democratic", "GOP", "Tory", "SNP"): a description must bear it out, never miss it. */
export function isPartyWord(word: string): boolean {
  return partyKey(QUALIFIER_SYNONYMS.get(word) ?? word) !== undefined;
}

/**
 * A role stating one party (`partyKey`, the lexicon's one party list, read on the words as `qualifierWords` spells
 * them) and none of those asked is another party's office: "the Democratic front-runner" is no "GOP front-runner",
 * whatever other word the two share ("front" of "front-runner"); before, the shared word alone made the GOP holder fit
 * and "Democratic" was left for the quote's surroundings to bear out, which a quote about the Democrat did.
 */
function otherParty(asked: RoleReading, held: RoleReading, organisationWords: ReadonlySet<string>): boolean {
  let askedParty = false;
  for (const q of asked.qualifiers) {
    const party = partyKey(q);
    if (party === undefined) continue;
    askedParty = true;
    for (const h of held.qualifiers) if (partyKey(h) === party) return false;
    for (const h of organisationWords) if (partyKey(h) === party) return false;
  }
  if (!askedParty) return false;
  for (const h of held.qualifiers) if (partyKey(h) !== undefined) return true;
  for (const h of organisationWords) if (partyKey(h) !== undefined) return true;
  return false;
}

/**
 * A role stating one nation (`nationOf`: "UK", "British", "Russian") and not the one asked is another nation's office:
 * "the Chinese foreign minister" is no "British foreign minister" nor "Russian Foreign Minister", whatever other word
 * the two share ("foreign"); before, the shared word alone made them fit and "Chinese" was left for the quote's
 * surroundings to bear out, which a British minister's quote about China did. A role stating no nation (a plain
 * "Foreign Minister") still fits, the asked nation left to the quote's surroundings; a nation written as its name
 * ("China") is no nation here, so "Russia's foreign minister" and "Russian foreign minister" never differ.
 */
function otherNation(asked: RoleReading, held: RoleReading, organisationWords: ReadonlySet<string>): boolean {
  let askedNation = false;
  for (const q of asked.qualifiers) {
    const nation = nationOf(q);
    if (nation === undefined) continue;
    askedNation = true;
    if (holdsQualifier(held, organisationWords, q)) return false;
    for (const h of held.qualifiers) if (nationOf(h) === nation) return false;
  }
  if (!askedNation) return false;
  for (const h of held.qualifiers) if (nationOf(h) !== undefined) return true;
  return false;
}

/**
 * How well a held role answers the asked one: 0 when the office or a strict modifier differs; otherwise the
 * share of the asked qualifiers the role (or the speaker's organisations) holds, less a little for each word
 * of the role the question did not ask for and for a role of the past.
 */
export function roleFit(asked: RoleReading, held: RoleReading, organisationWords: ReadonlySet<string> = new Set()): number {
  if (!asked.offices.some((o) => held.offices.includes(o))) return 0;
  // A chief X officer is the head asked for only when the question names that portfolio right before the office.
  if (held.chiefOf !== undefined && !asked.offices.includes(held.office) && !(asked.slot !== undefined && sameQualifier(asked.slot, held.chiefOf))) return 0;
  if (!sameModifiers(asked, held) || formerOnly(asked, held)) return 0;
  // Plain loops: this runs for every holder of an office ("head" has thousands) on every role question.
  let found = 0;
  for (const q of asked.qualifiers) if (holdsQualifier(held, organisationWords, q)) found++;
  // "the Karachi stock exchange chairman" and a "KSE chairman" (or the other way round): one body, two spellings.
  const acronyms = found < asked.qualifiers.size ? acronymMatches(asked.qualifiers, held.qualifiers) : undefined;
  if (slotsDiffer(asked, held) && !(acronyms?.has(asked.slot as string) || acronyms?.has(held.slot as string))) return 0;
  if (acronyms) {
    found = 0;
    for (const q of asked.qualifiers) if (acronyms.has(q) || holdsQualifier(held, organisationWords, q)) found++;
  }
  if (asked.qualifiers.size > 0 && found === 0) return 0;
  if (otherParty(asked, held, organisationWords)) return 0;
  if (otherNation(asked, held, organisationWords)) return 0;
  if (asked.compounds && namesAnotherBody(asked.compounds, held, organisationWords)) return 0;
  // "the T&G general secretary": a role holding a word of the union's name but no "union" (a "Transport Secretary", a
  // TUC "general secretary") is not the union's office.
  if (asked.bodyKinds?.some((k) => !holdsQualifier(held, organisationWords, k))) return 0;
  const share = asked.qualifiers.size ? found / asked.qualifiers.size : 1;
  let unasked = 0;
  for (const h of held.qualifiers) if (!anySame(asked.qualifiers, h) && !acronyms?.has(h)) unasked++;
  // A body asked by a name of three words or more, of which the role holds no more than it misses, while stating a
  // body of its own the question does not name: another body's office ("the director of the Center for Food and
  // Allergy Research" is no "PPI research director", nor the "co-director of the Center for Economic and Policy
  // Research"). With fewer asked words the missing one goes back to the question (`unstated`), to be borne out
  // around the quote.
  // The words an abbreviated office reads as ("operating" of "COO") name no body: "the News Corp COO" names a body of
  // two words, which a plain "chief operating officer" leaves for the quote's surroundings to bear out.
  let named = 0;
  let namedFound = 0;
  for (const q of asked.qualifiers) {
    if (ABBREVIATION_WORDS.has(q)) continue;
    named++;
    if (holdsQualifier(held, organisationWords, q) || acronyms?.has(q)) namedFound++;
  }
  if (named >= BODY_NAME_WORDS && unasked > 0 && named - namedFound >= namedFound) return 0;
  let past = 1;
  for (const t of held.tense) if (!asked.tense.has(t)) past = 0.8;
  if (saysNoLonger(asked.tense) && !saysNoLonger(held.tense)) past = CURRENT_FOR_FORMER;
  return (0.5 + 0.5 * share) * past / (1 + UNASKED_COST * unasked);
}

/**
 * How well a body's top office ("IMF's managing director", "AFT President") answers "the head of" that body: every
 * asked qualifier stated by the role itself, no word of the role the question did not ask for but title words,
 * the same modifiers (a deputy is no head); 0 otherwise.
 */
function topOfficeFit(asked: RoleReading, held: RoleReading, office: string): number {
  // Cheapest tests first: this runs for every holder of six offices.
  const titles = TOP_OFFICE_TITLES.get(office);
  if (titles && !titles.some((t) => held.qualifiers.has(t))) return 0;
  // The body named in full on one side and by its initials on the other ("the head of the Islamic Human Rights
  // Commission" / "IHRC chairman"): looked for only when a word of the body is missing, and only then allocated.
  let acronyms: Set<string> | undefined;
  let missing = held.qualifiers.size < asked.qualifiers.size;
  if (!missing) for (const q of asked.qualifiers) if (!anySame(held.qualifiers, q)) { missing = true; break; }
  if (missing) {
    acronyms = acronymMatches(asked.qualifiers, held.qualifiers);
    if (!acronyms) return 0;
    for (const q of asked.qualifiers) if (!acronyms.has(q) && !anySame(held.qualifiers, q)) return 0;
  }
  if (!sameModifiers(asked, held) || formerOnly(asked, held)) return 0;
  for (const h of held.qualifiers) if (!TITLE_WORDS.has(h) && !acronyms?.has(h) && !anySame(asked.qualifiers, h)) return 0;
  let past = 1;
  for (const t of held.tense) if (!asked.tense.has(t)) past = 0.8;
  return TOP_OFFICE_FACTOR * past;
}

/** A director read as "head of" only through "executive" (no other title word a director heads by: `TOP_OFFICE_TITLES`). */
function byExecutiveDirector(held: RoleReading, office: string): boolean {
  return office === 'director' && held.qualifiers.has('executive') && !DIRECTOR_TITLES.some((t) => t !== 'executive' && held.qualifiers.has(t));
}

/** Shortest acronym read as a body's initials: two letters ("US", "PM") are other words' as often as a body's. */
const MIN_ACRONYM = 3;

/**
 * A body one side names by its initials and the other in full ("KSE" / "Karachi Stock Exchange", "the BPI chief" /
 * "British Phonographic Industry chief executive"): the qualifiers of both sides that stand for each other, or
 * undefined when none do. The initials must spell a run of consecutive words exactly, in order.
 */
export function acronymMatches(asked: ReadonlySet<string>, held: ReadonlySet<string>): Set<string> | undefined {
  let out: Set<string> | undefined;
  // This runs for every holder of an office whose role misses an asked qualifier: nothing is allocated unless a
  // word could be initials of the other side's words.
  const spell = (short: ReadonlySet<string>, long: ReadonlySet<string>) => {
    if (long.size < MIN_ACRONYM) return;
    let words: string[] | undefined;
    for (const a of short) {
      if (a.length < MIN_ACRONYM || a.length > long.size || !/^[a-z]+$/.test(a)) continue;
      words ??= [...long];
      for (let i = 0; i + a.length <= words.length; i++) {
        let k = 0;
        while (k < a.length && initialOf(words[i + k]!, a[k]!)) k++;
        if (k < a.length) continue;
        out ??= new Set();
        out.add(a);
        for (let j = i; j < i + a.length; j++) out.add(words[j]!);
        break;
      }
    }
  };
  spell(held, asked);
  spell(asked, held);
  return out;
}

/**
 * True when a qualifier word may stand for this letter of an acronym: its own first letter, or the first letter of
 * a word it was read from ("uk" was "British" in "British Music Rights", so BMR; "us" was "American").
 */
function initialOf(word: string, letter: string): boolean {
  return word[0] === letter || (QUALIFIER_INITIALS.get(word)?.has(letter) ?? false);
}

/** The held role states part of an asked name but not all of it ("Manchester United" for "UN"). */
function namesAnotherBody(compounds: readonly (readonly string[])[], held: RoleReading, organisationWords: ReadonlySet<string>): boolean {
  for (const c of compounds) {
    let n = 0;
    for (const q of c) if (holdsQualifier(held, organisationWords, q)) n++;
    if (n > 0 && n < c.length) return true;
  }
  return false;
}

function anySame(words: Iterable<string>, q: string): boolean {
  for (const w of words) if (sameQualifier(q, w)) return true;
  return false;
}

function holdsQualifier(held: RoleReading, organisationWords: ReadonlySet<string>, q: string): boolean {
  return anySame(held.qualifiers, q) || anySame(organisationWords, q);
}

export { NO_LONGER };

function saysNoLonger(tense: ReadonlySet<string>): boolean {
  for (const w of NO_LONGER) if (tense.has(w)) return true;
  return false;
}

/**
 * Fit of a role stated without "former" to a question asking for a former holder ("the former Lib Dem leader"): the
 * holder may have left the office since, so it still fits, but below every holder stated as its former holder, and
 * (0.7 of 0.8 of a score is 0.56 against 0.8) outside the 0.1 window of one: the current Lib Dem leader no longer
 * answers for his predecessors. Before, both fitted alike.
 */
const CURRENT_FOR_FORMER = 0.7;

/** The held role is one its holder no longer holds, and the question asks for whoever holds it (no "former" asked). */
function formerOnly(asked: RoleReading, held: RoleReading): boolean {
  return saysNoLonger(held.tense) && !saysNoLonger(asked.tense);
}

/**
 * An opposition party's spokesman is its "shadow" spokesman: "Shadow spokesman for sport" Hugh Robertson is the
 * "Tory sport spokesman" (for any other office "shadow" stays strict: the shadow chancellor is no chancellor).
 */
const SPOKESPERSON = 'spokesperson';
const SHADOW = 'shadow';

function sameModifiers(a: RoleReading, b: RoleReading): boolean {
  const ignored = a.office === SPOKESPERSON && b.office === SPOKESPERSON ? SHADOW : undefined;
  const kept = (r: RoleReading) => [...r.modifiers].filter((m) => m !== ignored);
  const x = kept(a);
  const y = kept(b);
  return x.length === y.length && x.every((m) => y.includes(m));
}

/**
 * Both roles name the portfolio or team just before the office, and neither holds the other's anywhere: "Defence
 * Minister" is no "communications minister", "Spain coach" no "Germany coach". (A plain "Interior Minister" states
 * no country: "Austria" is then left for the quote's surroundings to bear out.)
 */
function slotsDiffer(asked: RoleReading, held: RoleReading): boolean {
  if (!asked.slot || !held.slot || sameQualifier(asked.slot, held.slot)) return false;
  const inHeld = [...held.qualifiers].some((q) => sameQualifier(q, asked.slot as string));
  const inAsked = [...asked.qualifiers].some((q) => sameQualifier(q, held.slot as string));
  return !inHeld && !inAsked;
}

function qualifierTest(held: RoleReading, organisationWords: ReadonlySet<string>): (q: string) => boolean {
  return (q) => holdsQualifier(held, organisationWords, q);
}

/** One stated role of a speaker, read. */
interface Reading {
  holder: Holder;
  reading: RoleReading;
  /** Place among the speaker's roles, most frequent first. */
  rank: number;
  n: number;
  first?: string;
  last?: string;
}

/** A speaker as the index holds them, once for all their offices. */
interface Holder {
  id: string;
  organisations: ReadonlySet<string>;
  quotes: number;
}

/** The organisation words of a speaker who has none (most): one set for all of them. */
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Every role the registry attaches to a speaker, read once, looked up by office. Of the readings of one office,
 * the speaker holds those with the modifiers stated most often: Letwin, called "shadow chancellor" far more often
 * than "chancellor", is not an answer to "the chancellor". Among those, the best fitting reading answers, so a
 * manager called "Newcastle boss" and "Magpies manager" is the Newcastle manager.
 */
export class RoleIndex {
  /**
   * Office -> the readings holders hold of it, each holder's side by side (one flat list: an object and a list per
   * holder and office were half of the index, 7.5 MB at a million quotes).
   */
  private readonly byOffice = new Map<string, Reading[]>();

  constructor(holders: Iterable<RoleHolder>) {
    // A role is read once however many speakers hold it: a newsroom's speakers share a few thousand role texts
    // ("spokesman", "chief executive"), and a reading is a dozen objects (three sets). Readings are never changed
    // after they are made, so holders share them. At a million generated quotes, 46,170 roles of 6,222 speakers are
    // 35 texts: the index held 42 MB, most of it readings.
    const readOnce = new Map<string, RoleReading[]>();
    const read = (role: string): RoleReading[] => {
      let readings = readOnce.get(role);
      if (!readings) readOnce.set(role, (readings = readRoles(role)));
      return readings;
    };
    for (const h of holders) {
      const organisations = h.organisations.length === 0 ? NO_WORDS : new Set(h.organisations.flatMap((o) => words(o)).flatMap(qualifierWords));
      const holder: Holder = { id: h.id, organisations, quotes: Math.max(0, h.quotes ?? 0) };
      const byOffice = new Map<string, Reading[]>();
      h.roles.forEach((held, rank) => {
        const stated: HeldRole = typeof held === 'string' ? { role: held } : held;
        for (const reading of read(stated.role)) {
          // Without counts (an index written before they were kept) the order stands in for them.
          const r: Reading = { holder, reading, rank, n: stated.n ?? 1 / (rank + 1) };
          if (stated.first) r.first = stated.first;
          if (stated.last) r.last = stated.last;
          for (const office of reading.offices) {
            let list = byOffice.get(office);
            if (!list) byOffice.set(office, (list = []));
            list.push(r);
          }
        }
      });
      for (const [office, readings] of byOffice) {
        let list = this.byOffice.get(office);
        if (!list) this.byOffice.set(office, (list = []));
        for (const r of heldReadings(readings)) list.push(r);
      }
    }
    for (const [office, list] of this.byOffice) this.byOffice.set(office, list.slice());
  }

  /**
   * Speakers holding the asked role, best first: how exactly (a role named more often for them first), when
   * (in the asked window, else the most recent), then how often the holder is on record.
   */
  match(phrase: string, when: RoleTime = {}): RoleFit[] {
    const asked = readRole(phrase);
    if (!asked) return [];
    const best = new Map<string, { id: string; exact: number; quotes: number; unstated: string[]; first?: string; last?: string }>();
    // Holders fitting as the asked body's executive director (`byExecutiveDirector`), and those fitting otherwise.
    const executiveDirectors = new Set<string>();
    const fitOtherwise = new Set<string>();
    let otherTopOffice = false;
    // "The head of the IMF": a body's top office answers when no role on record is its "head" stating every asked
    // qualifier (looked up only then: six offices' holders are many).
    const topOffices = asked.offices.includes('head') && asked.qualifiers.size > 0 ? TOP_OFFICES.filter((o) => !asked.offices.includes(o)) : [];
    const offices = [...asked.offices, ...topOffices];
    for (let oi = 0; oi < offices.length; oi++) {
      const office = offices[oi] as string;
      const top = oi >= asked.offices.length;
      if (top && oi === asked.offices.length && [...best.values()].some((b) => b.unstated.length === 0)) break;
      const list = this.byOffice.get(office) ?? [];
      // One holder's readings at a time: [start, end).
      for (let start = 0, end = 0; start < list.length; start = end) {
        const e = (list[start] as Reading).holder;
        while (end < list.length && (list[end] as Reading).holder === e) end++;
        let exact = 0;
        let first: string | undefined;
        let last: string | undefined;
        for (let i = start; i < end; i++) {
          const r = list[i] as Reading;
          const fit = (top ? topOfficeFit(asked, r.reading, office) : roleFit(asked, r.reading, e.organisations)) * (1 - 0.03 * Math.min(r.rank, 5));
          if (fit <= 0) continue;
          if (top && byExecutiveDirector(r.reading, office)) executiveDirectors.add(e.id);
          else {
            fitOtherwise.add(e.id);
            if (top) otherTopOffice = true;
          }
          exact = Math.max(exact, fit);
          if (r.first && (!first || r.first < first)) first = r.first;
          if (r.last && (!last || r.last > last)) last = r.last;
        }
        if (exact <= 0 || (best.get(e.id)?.exact ?? 0) >= exact) continue;
        const readings = list.slice(start, end);
        const unstated = [...asked.qualifiers].filter((q) => !readings.some((r) => qualifierTest(r.reading, e.organisations)(q) || acronymMatches(asked.qualifiers, r.reading.qualifiers)?.has(q)));
        best.set(e.id, { id: e.id, exact, quotes: e.quotes, unstated, ...(first ? { first } : {}), ...(last ? { last } : {}) });
      }
    }
    // Where the body's managing director, president or chief executive is on record too, its executive directors
    // are board members (the IMF's, a British company's), not its head.
    if (otherTopOffice) for (const id of executiveDirectors) if (!fitOtherwise.has(id)) best.delete(id);
    const fits = [...best.values()];
    const most = Math.log1p(Math.max(0, ...fits.map((f) => f.quotes)));
    const often = (quotes: number) => (most > 0 ? 1 - OFTEN_SHARE * (1 - Math.log1p(quotes) / most) : 1);
    const timely = timeFactor(fits, when);
    const out = fits.map((f) => {
      const fit: RoleFit = { id: f.id, fit: f.exact * often(f.quotes) * timely(f), unstated: f.unstated, exact: f.exact };
      if (f.first) fit.first = f.first;
      if (f.last) fit.last = f.last;
      return fit;
    });
    return out.sort((a, b) => b.fit - a.fit || (a.id < b.id ? -1 : 1));
  }

  /**
   * Holders of the asked office stated bare ("said chief executive Lee Strafford", "the country's vice president
   * Jose Alencar"): no word of any of their roles of the office but title words ("chief", "managing") or asked ones,
   * the same modifiers, not of the past unless asked so. Each owes the asked words their role and organisations do
   * not state (`unstated`), which the quote's surroundings must bear out; a holder owing none is a role match already
   * and is left out. Most quoted first. Empty for a phrase naming no qualifier ("the president" alone is hundreds of people's office).
   */
  bareHolders(phrase: string): RoleFit[] {
    const asked = readRole(phrase);
    if (!asked || asked.qualifiers.size === 0) return [];
    const out = new Map<string, RoleFit & { quotes: number }>();
    // A holder who states the office with a word of its own anywhere ("Texas senator" beside a bare "Sen.") holds
    // that body's office, not one the article leaves unsaid.
    const stated = new Set<string>();
    for (const office of asked.offices) {
      for (const r of this.byOffice.get(office) ?? []) {
        for (const q of r.reading.qualifiers) if (!TITLE_WORDS.has(q) && !anySame(asked.qualifiers, q)) stated.add(r.holder.id);
      }
    }
    for (const office of asked.offices) {
      for (const r of this.byOffice.get(office) ?? []) {
        const held = r.reading;
        const e = r.holder;
        if (out.has(e.id) || stated.has(e.id) || held.chiefOf !== undefined || !sameModifiers(asked, held) || formerOnly(asked, held)) continue;
        const unstated = [...asked.qualifiers].filter((q) => !TITLE_WORDS.has(q) && !holdsQualifier(held, e.organisations, q));
        if (unstated.length === 0) continue;
        out.set(e.id, { id: e.id, fit: BARE_FIT, exact: BARE_FIT, unstated, quotes: e.quotes });
      }
    }
    return [...out.values()].sort((a, b) => b.quotes - a.quotes || (a.id < b.id ? -1 : 1)).map(({ quotes: _q, ...f }) => f);
  }
}

/** Fit of a bare office to a phrase asking it of a body (`RoleIndex.bareHolders`): as a role holding no asked word. */
const BARE_FIT = 0.5;

/** The readings of one office a speaker holds: those sharing the modifiers stated most often ("shadow" or none). */
function heldReadings(readings: Reading[]): Reading[] {
  const weight = new Map<string, number>();
  const key = (r: Reading) => [...r.reading.modifiers].sort().join(' ');
  for (const r of readings) weight.set(key(r), (weight.get(key(r)) ?? 0) + r.n);
  let top = key(readings[0] as Reading);
  for (const [k, w] of weight) if (w > (weight.get(top) ?? 0)) top = k;
  return readings.filter((r) => key(r) === top);
}

const dayNumber = (iso: string) => Date.parse(iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso) / 86_400_000;

/**
 * How well a holder's dates fit the time asked, as a factor of 1 - TIME_SHARE .. 1. With a window: stated in it 1,
 * stated only outside it the least, undated between. Without one: the newest holder 1, older ones less the further
 * behind, undated between. When no holder is dated every factor is 1.
 */
function timeFactor(fits: { first?: string; last?: string }[], when: RoleTime): (f: { first?: string; last?: string }) => number {
  if (!fits.some((f) => f.last)) return () => 1;
  const undated = 1 - TIME_SHARE / 2;
  if (when.from || when.to) {
    return (f) => {
      if (!f.first || !f.last) return undated;
      const inside = (!when.to || f.first <= when.to) && (!when.from || f.last >= when.from);
      return inside ? 1 : 1 - TIME_SHARE;
    };
  }
  const newest = Math.max(...fits.flatMap((f) => (f.last ? [dayNumber(f.last)] : [])));
  return (f) => {
    if (!f.last) return undated;
    const behind = Math.max(0, newest - dayNumber(f.last));
    return 1 - TIME_SHARE * Math.min(1, behind / RECENT_SPAN_DAYS);
  };
}

/** Tokens of a role phrase a possessive may end to name whose office it is ("Sri Lanka's tourism minister"). */
const OWNER_REACH = 4;

/**
 * Whose office a role phrase states, as the qualifiers the role index spells (`qualifierWords`): the capitalised
 * words before a possessive among its first four tokens ("sri", "lanka" of "Sri Lanka's tourism minister"), the
 * capitalised words after "of"/"at"/"for" once a word before the office has said what the office is of ("sylvania"
 * of "the tourism minister of Sylvania"; not "Minister of Tourism", whose "of" names the portfolio), and any word
 * naming a nation ("thailand" of "the Thai tourism minister", "uk" of "British finance minister"). A place, a body
 * or a person: the office is theirs, which no other owner's holder holds. A lower-case possessive ("the club's
 * managing director") names nobody in particular. Split on spaces, no pattern (the question path keeps its regular
 * expressions few and checked).
 */
export function roleOwners(phrase: string): string[] {
  const out = new Set<string>();
  const tokens = phrase.split(' ').filter((t) => t.length > 0);
  const add = (run: string[]) => {
    for (const w of words(run.join(' '))) if (!FILLER.has(w)) for (const q of qualifierWords(w)) out.add(q);
  };
  for (let i = 0; i < Math.min(tokens.length - 1, OWNER_REACH); i++) {
    const t = tokens[i] as string;
    const owner = t.endsWith("'s") || t.endsWith('’s') ? t.slice(0, -2) : t.endsWith("s'") || t.endsWith('s’') ? t.slice(0, -1) : undefined;
    if (owner === undefined) continue;
    const run = [owner];
    for (let j = i - 1; j >= 0 && startsCapital(tokens[j] as string); j--) run.unshift(tokens[j] as string);
    if (startsCapital(owner)) add(run);
    break;
  }
  const joiner = tokens.findIndex((t) => OWNER_JOINERS.has(t.toLowerCase()));
  if (joiner > 0 && tokens.slice(0, joiner).filter((t) => !FILLER.has(t.toLowerCase())).length >= 2) {
    let j = joiner + 1;
    while (j < tokens.length && isGrammaticalArticle((tokens[j] as string).toLowerCase())) j++;
    const run: string[] = [];
    for (; j < tokens.length && startsCapital(tokens[j] as string); j++) run.push(tokens[j] as string);
    add(run);
  }
  for (const w of words(phrase)) if (nationOf(w) !== undefined) for (const q of qualifierWords(w)) out.add(q);
  return [...out];
}

/** Two owner words one place or body: the same word or its adjective ("austria" / "austrian"), or one nation's words. */
export function sameOwner(a: string, b: string): boolean {
  if (sameQualifier(a, b)) return true;
  const na = nationOf(a);
  return na !== undefined && na === nationOf(b);
}
