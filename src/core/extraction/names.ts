/**
 * Names: runs of capitalised words and how a run splits into role and name ("Russian Foreign Minister Sergey
 * Lavrov" -> role "Russian Foreign Minister", name "Sergey Lavrov"), or names an organisation.
 */
import { DOTTED_ACRONYM, isAbbreviation, type Token } from './tokens.js';
import { isAllCapitals, isTitleCased, isTitleCasedWithEnding } from './word-shape.js';
import { inSeparatedNumber, isWord, joinText, opensContractedTitle, wordsOf, type Mention } from './mention-words.js';
import { isCommonGivenName, isKnownGivenName } from '../speakers/names.js';
import { courtesyBeforeFamilyName, ALIAS_MARKERS, AFFILIATIONS, FUNCTION_WORDS, isPersonNounShape, OBJECT_VERB_FORMS, STOP_DESC, TIME_WORDS, PARTY_MEMBER_WORDS, HELD_AT_PREPOSITIONS, DUTCH_PARTICLES, AUXILIARY_OPENERS, COURTESY, DEMONYMS, DETERMINERS, isDemonym, FINITE_VERBS, GENERIC_PEOPLE, isAgeWord, isOrgKind, isOrgPlural, isSpeechVerb, PERSON_DEMONYMS, HONORIFICS, isHyphenatedTitle, isSentenceAdverbShape, isNameJoiner, isRole, NAME_OPENING_PREPOSITIONS, NAME_PARTICIPLES, NAME_TAIL_JOINERS, NAME_PARTICLES, NOT_NAME, ORG_WORDS, PARTICIPLE_LIKE_GIVEN_NAMES, PEERAGE, PREPOSITIONS, POST_NOMINALS, SAID_AFTER_QUOTE, QUALIFIER_WORDS, ROLE_NOUNS, ROLE_QUALIFIERS, ROLES_ALSO_NAMES, STACKED_PARTICLES, TITLE_OPENING_ROLES, TITLE_CASE_BE, TITLE_CASE_CLOSERS, TITLE_CASE_JOINERS, TOWN_PREPOSITIONS, US_STATES, US_STATES_TWO_WORDS, NATION_NAMES, OFFICE_PLACE_PREPOSITIONS } from './lexicon/index.js';

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]+$/u;

/** Longest name or organisation run read, in tokens: names are short, and this keeps every scan bounded. */
const MAX_RUN = 14;

/** A capitalised word that can be part of a name or an organisation's name. */
export function isNameWord(t: Token | undefined): boolean {
  if (!isWord(t) || !t.cap) return false;
  return (t.nameWord ??= capitalisedNameWord(t));
}

/** `isNameWord` of a capitalised word token. */
function capitalisedNameWord(t: Token): boolean {
  // "WASHINGTON —": an all-capitals word longer than an acronym is a dateline or a shout, not a name.
  if (t.w.length >= 6 && t.w === t.w.toUpperCase() && isAllCapitals(t.w)) return false;
  // "Christie Is Over Marco Rubio", "VOTE Was Germaine Greer": a headline's title-cased verb ends a name.
  if (TITLE_CASE_BE.has(t.lw)) return false;
  if (AUXILIARY_OPENERS.has(t.lw)) return false;
  // ("Brian Holt, AKA Night Harbour": the marker of a second name is none of it.)
  if (ALIAS_MARKERS.has(t.lw)) return false;
  return !NOT_NAME.has(t.lw) || HONORIFICS.has(t.lw);
}

/**
 * A title-cased function word inside a body's name ("Citizens Against Crime", "Fair Votes Now"): capitalised
 * (not all capitals), right after a name word and before another one (or closing the name: "Now", "Today").
 * At a sentence's start the word before it is no name word, so "On Monday" never joins.
 */
function isTitleCaseJoiner(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t) || !t.cap || !TITLE_CASE_JOINERS.has(t.lw) || !isTitleCased(t.w)) return false;
  if (!isNameWord(tokens[k - 1])) return false;
  return isNameWord(tokens[k + 1]) || TITLE_CASE_CLOSERS.has(t.lw);
}

/** A name word, or a title-cased function word inside a body's name. */
function isNameWordAt(tokens: readonly Token[], k: number): boolean {
  // (Each reading needs a capitalised word: a lower-case word, a mark or a quote is answered without a call.)
  if (!tokens[k]?.cap) return false;
  return isNameWord(tokens[k]) || joinsNameRun(tokens, k) || isSurnameAfterQuote(tokens, k);
}

/**
 * A word at `k` that is no name word alone but carries a name run on after one: a middle initial ("Jock A.
 * Finlayson"), a title-cased joiner ("Bank of England"), a surname that is a month or a preposition.
 */
function joinsNameRun(tokens: readonly Token[], k: number): boolean {
  // (Each of the five needs a capitalised word, an initial, a title-cased or an all-capitals one: a run's end at a
  // lower-case word or a mark, the common case, is answered without their calls.)
  if (!tokens[k]?.cap) return false;
  return isMiddleInitialWord(tokens, k) || isTitleCaseJoiner(tokens, k) || isSurnameMonth(tokens, k) || isSurnamePreposition(tokens, k) || isCapitalsJoiner(tokens, k);
}

/** An all-capitals word of two to five letters ("TODAY", "NOW"), as a body's name writes one. */
const SHORT_CAPITALS = /^\p{Lu}{2,5}$/u;

/**
 * "According to USA TODAY contributor Dana Moss", "told USA TODAY": a function word written in capitals right after
 * an all-capitals name word (an acronym) is more of the same name, a masthead's, not a time or a preposition.
 */
function isCapitalsJoiner(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t) || !SHORT_CAPITALS.test(t.w) || !NOT_NAME.has(t.lw)) return false;
  const prev = tokens[k - 1];
  return isWord(prev) && prev.e < t.s && ACRONYM.test(prev.w) && isNameWord(prev);
}

/**
 * '"...," May wrote.', '"...," From said.': a title-cased month or preposition alone between a quote (and its comma)
 * and a speech verb that attributes it is the family name of the person the article named in full ("Brian May",
 * "Al From"); nothing else stands in that slot.
 */
function isSurnameAfterQuote(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t) || !isTitleCased(t.w) || !(MONTH_SURNAMES.has(t.lw) || PREPOSITIONS.has(t.lw))) return false;
  const next = tokens[k + 1];
  if (!isWord(next) || !SAID_AFTER_QUOTE.has(next.lw)) return false;
  const prev = tokens[k - 1];
  return prev?.kind === 'quote' || (prev?.w === ',' && tokens[k - 2]?.kind === 'quote');
}

/**
 * "said Al From, who founded the council": a title-cased preposition right after a common given name, with no
 * capitalised word after it, is the person's family name. "Bill Of Rights" and "Tom Against Them" (a headline) have
 * a capitalised word after it; "Tom. From there" a full stop before it.
 */
function isSurnamePreposition(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t) || !PREPOSITIONS.has(t.lw) || !isTitleCased(t.w)) return false;
  const prev = tokens[k - 1];
  if (!isWord(prev) || !isTitleCased(prev.w) || !isCommonGivenName(prev.lw)) return false;
  const next = tokens[k + 1];
  return !(isWord(next) && next.cap);
}

/** Month words that are also family names ("Theresa May", "Jill June"). */
const MONTH_SURNAMES: ReadonlySet<string> = new Set(['may', 'march', 'april', 'june', 'july', 'august']);

/**
 * A month word that is a family name: title-cased, not followed by a day or a year ("May 5", "June 2004"), and
 * written right after a known given name ("Brian May", "Theresa May", "Karen March"), or after a title ("Mrs May",
 * "Lord Justice May"), or after a title or role and one name word ("Guitarist Brian May"). A headline's
 * title-cased modal ("Voters May Decide") has none of these before it.
 */
function isSurnameMonth(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t) || !MONTH_SURNAMES.has(t.lw) || !isTitleCased(t.w)) return false;
  if (/^\d/.test(tokens[k + 1]?.w ?? '')) return false;
  const prev = tokens[k - 1];
  if (!isWord(prev) || !prev.cap) return false;
  if (HONORIFICS.has(prev.lw)) return true;
  if (!isNameWord(prev) || !isTitleCased(prev.w)) return false;
  // "Voters May Decide": a title-cased word after it makes a headline, where "May" is the verb.
  const next = tokens[k + 1];
  if (isWord(next) && next.cap) return false;
  const before = tokens[k - 2];
  // Any given name the project knows ("Brian May", "Karen March"), not only the short-forms table's.
  return isKnownGivenName(prev.lw) || (isWord(before) && (HONORIFICS.has(before.lw) || isRole(before.lw) || !before.cap));
}

/**
 * "Jock A. Finlayson", "Sonya A. Zoghlin": a one-letter capital that is also a word ("A", "I") written with its full
 * stop between two title-cased name words is a middle initial, inside the name ("Plan A. Then" and "World War I. But"
 * have no name word after the stop).
 */
function isMiddleInitialWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t) || t.w.length !== 1 || !NOT_NAME.has(t.lw) || t.w === t.lw) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 2];
  return tokens[k + 1]?.w === '.' && tokens[k + 1]!.s === t.e && isWord(prev) && isTitleCased(prev.w) && isNameWord(prev) && isWord(next) && isTitleCased(next.w) && isNameWord(next);
}

/** A lower-case surname particle at `k` followed by another ("van der"), the two inside a name. */
function isStackedParticle(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k];
  const b = tokens[k + 1];
  return isWord(a) && !a.cap && STACKED_PARTICLES.has(a.lw) && isWord(b) && !b.cap && STACKED_PARTICLES.has(b.lw);
}

/**
 * True when the full stop at `k` is glued to a capitalised initial or abbreviation ("J.", "Mr.", "Gen."), so it
 * sits inside a name. Not after other short capitalised words: "...split within UKIP. Robert Kilroy-Silk
 * could..." is two sentences, not a person called "UKIP. Robert Kilroy-Silk".
 */
function isNameDot(tokens: readonly Token[], k: number): boolean {
  return Boolean(tokens[k - 1]?.cap) && isAbbreviation(tokens, k);
}

/** Start index of the run of name words ending at `j` (inclusive), or -1. Particles may sit inside. */
export function runEndingAt(tokens: readonly Token[], j: number, lo: number): number {
  if (!isNameWordAt(tokens, j)) return -1;
  let a = j;
  let k = j - 1;
  lo = Math.max(lo, j - MAX_RUN);
  while (k >= lo) {
    const t = tokens[k];
    if (!t) break;
    if (isNameWordAt(tokens, k)) { a = k; k--; continue; }
    // "Mr." "J." inside a name: a full stop glued to an abbreviation or an initial.
    if (t.kind === 'punct' && t.w === '.' && isNameDot(tokens, k)) { k--; continue; }
    if (isWord(t) && !t.cap && NAME_PARTICLES.has(t.lw) && isNameWord(tokens[k - 1])) { k--; continue; }
    // "Anna van der Stel": two particles together after the given name.
    if (isStackedParticle(tokens, k - 1) && isNameWord(tokens[k - 2])) { k -= 2; continue; }
    // "Sophie in 't Veld": a Dutch contracted article after a particle.
    if (isContractedArticle(tokens, k - 2) && isNameWord(tokens[k - 3])) { k -= 3; continue; }
    break;
  }
  return a;
}

/** "in 't", "van 't", "op 't" at `k` (three tokens: particle, apostrophe, "t"), inside a Dutch name. */
function isContractedArticle(tokens: readonly Token[], k: number): boolean {
  const p = tokens[k];
  const apo = tokens[k + 1];
  const t = tokens[k + 2];
  return isWord(p) && !p.cap && DUTCH_PARTICLES.has(p.lw) && apo?.kind === 'punct' && (apo.w === "'" || apo.w === '’') && apo.s === (tokens[k + 2]?.s ?? 0) - 1 && isWord(t) && t.lw === 't';
}


/** End index (exclusive) of the run of name words starting at `i`, or `i` when none. */
export function runStartingAt(tokens: readonly Token[], i: number, hi: number): number {
  let k = i;
  let end = i;
  hi = Math.min(hi, i + MAX_RUN);
  while (k < hi) {
    const t = tokens[k];
    if (isNameWord(t) || (k > i && end === k && joinsNameRun(tokens, k))) { k++; end = k; continue; }
    if (t && t.kind === 'punct' && t.w === '.' && end === k && isNameDot(tokens, k) && isNameWord(tokens[k + 1])) { k++; continue; }
    if (isWord(t) && !t.cap && NAME_PARTICLES.has(t.lw) && t.lw !== 'and' && isNameWord(tokens[k + 1])) { k++; continue; }
    if (end === k && k > i && isStackedParticle(tokens, k) && isNameWord(tokens[k + 2])) { k += 2; continue; }
    if (end === k && k > i && isContractedArticle(tokens, k) && isNameWord(tokens[k + 3])) { k += 3; continue; }
    // "World Travel and Tourism Council": "and" inside a body's name, when what follows ends the name with an
    // organisation word and what came before holds none (two bodies or two people stay two runs).
    if (isWord(t) && !t.cap && t.lw === 'and' && end === k && andJoinsOrgName(tokens, i, k, hi)) { k++; continue; }
    break;
  }
  return end;
}

/** The words after "and" at `k` are name words ending in an organisation word, and those from `i` hold none. */
function andJoinsOrgName(tokens: readonly Token[], i: number, k: number, hi: number): boolean {
  for (let j = i; j < k; j++) if (ORG_WORDS.has(tokens[j]!.lw)) return false;
  let j = k + 1;
  let joined = false;
  for (; j < hi && isNameWordAt(tokens, j); j++) if (isTitleCaseJoiner(tokens, j)) joined = true;
  return j > k + 1 && (joined || ORG_WORDS.has(tokens[j - 1]!.lw));
}

/** Role words ending with a kind of body after "of", "at" or "for" ("consultant at security firm", "head of the games studio"). */
function bodyKindBefore(before: readonly Token[]): boolean {
  const n = before.length;
  if (n < 3 || !isOrgKind(before[n - 1]!.lw)) return false;
  for (let i = n - 2; i >= 1 && i >= n - 5; i--) if (HELD_AT_PREPOSITIONS.has(before[i]!.lw)) return before.slice(0, i).some((t) => isRole(t.lw));
  return false;
}

/** "Jeanne-Marie Gescher", "Ann Cole": two or three words opening with a given name (a hyphenated one too); one word is none. */
export function looksLikePersonName(ws: readonly Token[]): boolean {
  if (ws.length > 3) return true;
  const first = ws[0]!;
  return ws.length >= 2 && (isKnownGivenName(first.lw) || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(first.w));
}

/**
 * The run opens right after "and", "&" or "the" that follows capitalised words opened by "of" or "for" ("Forum of
 * Radio and Broadcast Regulators", "singer of Under the Bridge"): it is the tail of that place's, body's or work's
 * name, not a name of its own. Not after a person's name ("supporters of Ann Cole and Ben Ray").
 */
function continuesNameAfterOf(tokens: readonly Token[], a: number): boolean {
  const joiner = tokens[a - 1];
  if (!isWord(joiner) || joiner.cap || !NAME_TAIL_JOINERS.has(joiner.lw)) return false;
  let i = a - 2;
  while (i >= 0 && isWord(tokens[i]) && tokens[i]!.cap) i--;
  const first = tokens[i + 1];
  const opener = tokens[i];
  if (i + 1 >= a - 1 || !isWord(opener) || !NAME_OPENING_PREPOSITIONS.has(opener.lw)) return false;
  // "Sen. Ted Cruz of Texas and Gov. John Kasich": a run that opens with a title or a given name is a person's.
  const own = tokens[a];
  if (isWord(own) && (isKnownGivenName(own.lw) || HONORIFICS.has(own.lw) || isRole(own.lw))) return false;
  if (holdsTitleBeforeName(tokens, a)) return false;
  return !isKnownGivenName(first!.lw) && !HONORIFICS.has(first!.lw);
}

/**
 * "Chancellor of the Exchequer Gordon Brown", "leader of the Commons Oliver Heald", "Chairman of the Audit Committee
 * Peter Ainsworth": a run (`ws`, from `a`) right after a role's "of the" or "for the" whose last words are a given name
 * and a family name (a middle initial between them too) holds the body the office is of, then the holder. Returns
 * how many of its words are the body's (0 when the run is not so: "director of the Karen Kane Foundation" ends on
 * the body's word, "Lewis of the James Martin Center" has no office before "of").
 */
export function officeBodyBeforeHolder(tokens: readonly Token[], a: number, ws: readonly Token[]): number {
  const the = tokens[a - 1];
  const prep = tokens[a - 2];
  const office = tokens[a - 3];
  if (!isWord(the) || the.cap || the.lw !== 'the' || !isWord(prep) || prep.cap || !NAME_OPENING_PREPOSITIONS.has(prep.lw)) return 0;
  if (!isWord(office) || !isRole(office.lw)) return 0;
  const n = ws.length >= 4 && isInitial(ws[ws.length - 2]!) ? 3 : 2;
  const body = ws.length - n;
  if (body < 1) return 0;
  const holder = ws.slice(body);
  if (!isKnownGivenName(holder[0]!.lw) || holder.some((t) => !t.cap || ORG_WORDS.has(t.lw) || HONORIFICS.has(t.lw) || isRole(t.lw))) return 0;
  return body;
}

/**
 * "Varia's ambassador to Britain Lin Xiao has said", "envoy to Ukraine Kurt Volker": a run (`ws`, from `a`) right after
 * an office's "to", "for" or "of" with no "the" holds the place the office is held for (one or two title-cased words,
 * no title, role, party label or given name), then the holder; read whole, the place was glued to the person's name ("Britain Lin
 * Xiao") and the cue's subject lost. The holder must be a given name and a family name, or follow a country's name
 * ("Lin Xiao" is no given name the lists know): "economist for Wells Fargo Bank" and "director of National Nurses
 * United" name bodies. Returns how many of the run's words are the place's (0 when the run is not so).
 */
export function officePlaceBeforeHolder(tokens: readonly Token[], a: number, ws: readonly Token[]): number {
  const prep = tokens[a - 1];
  const office = tokens[a - 2];
  // One holder's office, singular: "supporters of Democrat Ann Cole say" is a share of voters, no office held.
  if (!isWord(prep) || prep.cap || !OFFICE_PLACE_PREPOSITIONS.has(prep.lw) || !isWord(office) || !ROLE_NOUNS.has(office.lw)) return 0;
  const n = ws.length >= 4 && isInitial(ws[ws.length - 2]!) ? 3 : 2;
  const body = ws.length - n;
  if (body < 1 || body > 2) return 0;
  const place = ws.slice(0, body);
  const holder = ws.slice(body);
  // ("adviser to Ohio Gov. Ann Cole", "supporter of Republican Ann Cole": a title or a party label describes the person.)
  if (place.some((t) => !isTitleCased(t.w) || HONORIFICS.has(t.lw) || isRole(t.lw) || AFFILIATIONS.has(t.lw) || DEMONYMS.has(t.lw) || isKnownGivenName(t.lw))) return 0;
  if (holder.some((t) => !t.cap || ORG_WORDS.has(t.lw) || HONORIFICS.has(t.lw) || isRole(t.lw) || DEMONYMS.has(t.lw))) return 0;
  return isKnownGivenName(holder[0]!.lw) || (body === 1 && NATION_NAMES.has(place[0]!.lw)) ? body : 0;
}

/**
 * The holder named after the office's body (`officeBodyBeforeHolder`, `officePlaceBeforeHolder`: the office word at
 * `office`): the person, with the office from its role word (and the qualifiers and a possessor before it: "Shadow
 * leader of the Commons", "Varia's ambassador to") through the body as role.
 */
function officeHolderMention(text: string, tokens: readonly Token[], office: number, ws: readonly Token[], body: number): Mention {
  let from = office;
  while (from > 0 && from > office - 3 && isWord(tokens[from - 1]) && (ROLE_QUALIFIERS.has(tokens[from - 1]!.lw) || isRole(tokens[from - 1]!.lw))) from--;
  // "Varia's ambassador to Britain": the possessor the office is held for is part of the role, as `roleBeforeName` keeps it.
  if (tokens[from - 1]?.w === "'s" && isWord(tokens[from - 2]) && tokens[from - 2]!.cap) from -= 2;
  const holder = ws.slice(body);
  return { kind: 'name', text: joinText(text, holder), pos: holder[0]!.s, role: joinText(text, [tokens[from]!, ws[body - 1]!]) };
}

/**
 * "The president of France and German Chancellor Lena Vogt": a capitalised role word inside the run opening at `a`,
 * after its first word and before another name word, is a person's title, whatever word opens the run (a nationality,
 * a body's or a portfolio's name); the run names that person.
 */
function holdsTitleBeforeName(tokens: readonly Token[], a: number): boolean {
  const end = runStartingAt(tokens, a, tokens.length);
  for (let j = a + 1; j < end - 1; j++) if (tokens[j]!.cap && isRole(tokens[j]!.lw) && isNameWord(tokens[j + 1])) return true;
  return false;
}

/**
 * End (exclusive) of the capitalised words after the "and" or "the" at `k` that go on a name opened by "of" or "for"
 * ("said the MP for Dunmore and Kelty", "the Secretary of State for Trade and Industry"), or -1 when they are no
 * such tail: a reader that scans forward stops at the joiner and would keep half the name.
 */
export function nameTailAfterOfEnd(tokens: readonly Token[], k: number, hi: number): number {
  if (!isNameWord(tokens[k + 1]) || !continuesNameAfterOf(tokens, k + 1)) return -1;
  return runStartingAt(tokens, k + 1, hi);
}

/**
 * "MP for Dunmore and Kelty": the words after a role's "of" or "for" (`rest`) whose last `n`, the would-be person's
 * name, open on "and" or "the" or right after one go on the place's name; no person is named. Not after a given name
 * ("supporters of Ann Cole and Ben Ray").
 */
function endsOnJoinedPlaceName(rest: readonly Token[], n: number): boolean {
  if (rest.length < 3 || isKnownGivenName(rest[0]!.lw)) return false;
  const split = rest.length - n;
  return [rest[split - 1]!, rest[split]!].some((t) => !t.cap && NAME_TAIL_JOINERS.has(t.lw));
}

/** True when the run names an organisation rather than a person. */
function isOrgRun(ws: readonly Token[]): boolean {
  if (isGivenNameAndSurname(ws)) return false;
  if (ws.some((t) => ORG_WORDS.has(t.lw))) return true;
  // "Citizens Against Crime": a capitalised function word inside the run; no person is named so.
  if (ws.some((t, i) => i > 0 && t.cap && TITLE_CASE_JOINERS.has(t.lw) && isTitleCased(t.w))) return true;
  // ("according to the F.A.A.", "the U.N": an acronym written with full stops names a body as one without does.)
  return ws.length === 1 && ((ACRONYM.test(ws[0]!.w) && ws[0]!.w.length <= 6) || (DOTTED_ACRONYM.test(ws[0]!.w) && ws[0]!.w.length >= 3));
}

/**
 * "Don Guardian", "Jim Press": a common given name and one title-cased organisation word that is also a family
 * name name a person ("Victoria Police" stays a body: "police" is nobody's family name).
 */
function isGivenNameAndSurname(ws: readonly Token[]): boolean {
  if (ws.length !== 2) return false;
  const [given, family] = ws as [Token, Token];
  return isCommonGivenName(given.lw) && isTitleCased(given.w) && isTitleCased(family.w) && !ORG_WORDS.has(given.lw) && FAMILY_NAME_ORG_WORDS.has(family.lw);
}

/** Organisation words that are also family names ("Don Guardian", "Jim Press", "Margaret Court"). */
const FAMILY_NAME_ORG_WORDS: ReadonlySet<string> = new Set(['guardian', 'observer', 'herald', 'press', 'post', 'church', 'house', 'court', 'bank']);

/**
 * Splits a run of capitalised words (plus any lower-case role words before it) into role and name:
 * "Russian Foreign Minister Sergey Lavrov" -> role "Russian Foreign Minister", name "Sergey Lavrov".
 */
export function mentionFromRun(text: string, tokens: readonly Token[], a: number, b: number, roleFrom: number): Mention | null {
  if (continuesNameAfterOf(tokens, a)) return null;
  let ws = wordsOf(tokens, a, b);
  const officeBody = officeBodyBeforeHolder(tokens, a, ws);
  if (officeBody > 0) return officeHolderMention(text, tokens, a - 3, ws, officeBody);
  const officePlace = officePlaceBeforeHolder(tokens, a, ws);
  if (officePlace > 0) return officeHolderMention(text, tokens, a - 2, ws, officePlace);
  // "San Francisco-based US Court of Appeals": what comes before "-based" only places the name.
  const placed = ws.findIndex((t) => /-(?:based|born|led|backed|owned|run)$/.test(t.lw));
  if (placed >= 0 && placed < ws.length - 1) ws = ws.slice(placed + 1);
  // A sentence may open with a capitalised participle ("Hosting Cook, ..."): not part of the name.
  while (ws.length > 1 && (isTitleCasedWithEnding(ws[0]!.w, 'ing') || isTitleCasedWithEnding(ws[0]!.w, 'ed')) && !HONORIFICS.has(ws[0]!.lw) && !PARTICIPLE_LIKE_GIVEN_NAMES.has(ws[0]!.lw) && !NAME_PARTICIPLES.has(ws[0]!.lw)) ws = ws.slice(1);
  if (ws.length === 0) return null;
  // "said the American", "the Dutchman said", "the 24-year-old Swiss": a demonym after "the" (an age between them
  // too) describes one person, as an age does; it names no one.
  const aged = isWord(tokens[a - 1]) && isAgeWord(tokens[a - 1]!.lw) ? 1 : 0;
  const det = tokens[a - 1 - aged];
  if (ws.length === 1 && ws[0]!.cap && isWord(det) && det.lw === 'the' && (isDemonym(ws[0]!.lw) || (aged === 1 && DEMONYMS.has(ws[0]!.lw)))) {
    return { kind: 'description', text: joinText(text, [det, ws[0]!]), pos: det.s, document: true };
  }
  // "the Bishop of Durham said", "the Archbishop of Canterbury said", "the Mayor of London said": an office of a place
  // after "the" describes its holder (named elsewhere, or not at all); no family name takes "the" and "of Place"
  // ("Julie Bishop" never does). The place is one or two capitalised words and no person's name.
  // "the Bishop said": an office that is also a family name, alone after "the", is the office too.
  if (isWord(det) && det.lw === 'the' && aged === 0 && (officeOfPlace(ws) || (ws.length === 1 && ws[0]!.cap && ROLES_ALSO_NAMES.has(ws[0]!.lw)))) {
    return { kind: 'description', text: joinText(text, [det, ...ws]), pos: det.s };
  }
  // "American military officials", "the Chinese firm": a demonym before a common noun is an adjective, no name.
  if (ws.length === 1 && DEMONYMS.has(ws[0]!.lw) && modifiesNoun(tokens, b + 1)) return null;
  // "Interestingly, after ..., Hackett said": a lone sentence adverb is capitalised by its place, not a name.
  if (ws.length === 1 && isSentenceAdverbShape(ws[0]!.w)) return null;
  // "a woman in Worcester, Massachusetts, told him": the state after a town is a place, not the sentence's subject.
  if (isStateAfterTown(tokens, a, b)) return null;
  // "Frank Field MP", "Jane Roe QC": a post-nominal title after a name is a title, not a name word.
  let postNominal: string | undefined;
  if (ws.length >= 3 && POST_NOMINALS.has(ws[ws.length - 1]!.w) && /^\p{Lu}\p{Ll}/u.test(ws[ws.length - 2]!.w)) {
    postNominal = ws[ws.length - 1]!.w;
    ws = ws.slice(0, -1);
  }
  const before = wordsOf(tokens, roleFrom, a - 1).filter((t, i, ws) => !(i === 0 && (DETERMINERS.has(t.lw) || NOT_NAME.has(t.lw)) && !opensContractedTitle(ws, i)));
  // Walk back from the end while the words are name words, not titles or role nouns.
  // "Steve King", "Matthew Prince", "Peter T. King": a title or role word closing the run right after a given name
  // (and a middle initial) is that person's family name, not an office.
  let k = familyNameTitle(ws) ? ws.length - 2 : ws.length - 1;
  // "Democrat of Tennessee", "MP for Witney": a party label followed by "of"/"for" is a role too.
  const labelsRole = (i: number): boolean => AFFILIATIONS.has(ws[i]!.lw) && !ws[i + 1]?.cap && NAME_OPENING_PREPOSITIONS.has(ws[i + 1]?.lw ?? '');
  // "House Republican Thomas Massie", "Senate Intelligence Ranking Democrat Dianne Feinstein": a party member after
  // other capitalised words and before two or three name words (no body, party, role or nationality) ends the role; the words before it name the
  // chamber the member sits in, not the person (a lone party label opening the run is stripped below).
  const memberBeforeName = (i: number): boolean => i > 0 && PARTY_MEMBER_WORDS.has(ws[i]!.lw) && (ws.length - i - 1 === 2 || ws.length - i - 1 === 3) && ws.slice(i + 1).every((t) => isTitleCased(t.w) && !ORG_WORDS.has(t.lw) && !AFFILIATIONS.has(t.lw) && !isRole(t.lw) && !DEMONYMS.has(t.lw));
  while (k >= 0 && !HONORIFICS.has(ws[k]!.lw) && !isRole(ws[k]!.lw) && !isHyphenatedTitle(ws[k]!.lw) && !labelsRole(k) && !memberBeforeName(k)) k--;
  let nameWords = ws.slice(k + 1);
  // "Chief of Staff Katie Walsh", "MP for Witney David Cameron": the role goes on after "of"/"for" and the
  // person's name is the last words; "CEO of Take-Two" alone names no person.
  if (k >= 0 && nameWords.length > 0 && !nameWords[0]!.cap && NAME_OPENING_PREPOSITIONS.has(nameWords[0]!.lw)) {
    const rest = nameWords.slice(1);
    const n = rest.length >= 4 && isInitial(rest[rest.length - 2]!) ? 3 : 2;
    k += rest.length >= 3 && !endsOnJoinedPlaceName(rest, n) ? 1 + rest.length - n : nameWords.length;
    nameWords = ws.slice(k + 1);
  }
  // "Former Carson adviser", "Republican Donald Trump": a qualifier or a party label describes the person.
  // "Liberal Democrats" stays whole: only labels followed by something else are stripped.
  let labels = 0;
  while (labels < nameWords.length && (QUALIFIER_WORDS.has(nameWords[labels]!.lw) || AFFILIATIONS.has(nameWords[labels]!.lw))) labels++;
  // "American Serena Cole", "Spaniard Guillermo Ruiz": a demonym before a person's full name says where the person
  // is from. Only before a given name, or when the demonym is a person noun: "British Retail Consortium" and
  // "English National Ballet" are bodies, "German Gref" a person's own name.
  if (labels === 0 && nameWords.length >= 3 && DEMONYMS.has(nameWords[0]!.lw) && (PERSON_DEMONYMS.has(nameWords[0]!.lw) || isKnownGivenName(nameWords[1]!.lw))) labels = 1;

  if (labels > 0 && labels < nameWords.length) {
    k += labels;
    nameWords = nameWords.slice(labels);
  }
  // "Defiant Matt Williams says", "Enter Stuart R. Kaplan, a graduate ...", "Fly-half Charlie Hodgson admitted": a
  // sentence's first word before a given name and a surname, itself no given name, is the sentence's adjective,
  // verb or position word, not the person's first name ("said Cornell William Brooks" keeps it: no sentence start).
  if (k === -1 && labels === 0 && opensBeforeFullName(text, nameWords)) {
    k = 0;
    nameWords = nameWords.slice(1);
  }
  // "Top-seeded Americans Andy Roddick and ...", "Marine John Tiegen": a plural demonym, or an office that is also a
  // name, before a common given name and a surname is no part of the person's name.
  const pluralDemonym = (lw: string): boolean => lw.endsWith('s') && DEMONYMS.has(lw.slice(0, -1));
  if (labels === 0 && nameWords.length >= 3 && (pluralDemonym(nameWords[0]!.lw) || ROLES_ALSO_NAMES.has(nameWords[0]!.lw)) && isCommonGivenName(nameWords[1]!.lw)) {
    k += 1;
    nameWords = nameWords.slice(1);
  }
  if (nameWords.length === 1 && k >= 0 && QUALIFIER_WORDS.has(ws[k]!.lw)) nameWords = [];
  // "Mr. Ackman of Pershing Square", "Bernie Sanders of Vermont": the person ends before the particle.
  const cut = nameWords.findIndex((t, i) => i > 0 && !t.cap && isNameJoiner(t.lw));
  // "World Travel and Tourism Council" is one body: a run joined by "and" (runStartingAt) stays whole.
  const oneBody = cut > 0 && nameWords[cut]!.lw === 'and' && isOrgRun(nameWords);
  // "aviation analyst Piet Marsh of Orvan Securities": the body after "of" is where the role is held. Two
  // capitalised words at least, not a possessive: "of Derry", "of Christie, who ..." and "of Novo's punishment"
  // are a place or what the person spoke of.
  let roleBody: Token[] = [];
  if (cut > 0 && !oneBody && !isOrgRun(nameWords.slice(0, cut))) {
    const body = nameWords.slice(cut + 1);
    if (nameWords[cut]!.lw === 'of' && body.length >= 2 && body.every((t) => t.cap) && tokens[b + 1]?.w !== "'s") roleBody = body;
    nameWords = nameWords.slice(0, cut);
  }
  // "chief executive of mobile music firm Musiwave": a kind of body right before the name, in a role held "of", "at"
  // or "for" it, makes the name the body's; the person is named elsewhere (before the appositive).
  if (k === -1 && bodyKindBefore(before) && !looksLikePersonName(ws)) return { kind: 'org', text: joinText(text, ws), pos: ws[0]!.s };
  const prefix = ws.slice(0, k + 1);
  // An organisation when its own words say so ("State Department"); a title before a person ("House
  // Speaker Paul Ryan") does not make the person an organisation.
  if (isOrgRun(nameWords.length ? nameWords : ws) || (nameWords.length === 0 && isOrgRun(ws))) {
    return { kind: 'org', text: joinText(text, ws.filter((t, i) => !(i === 0 && t.lw === 'the'))), pos: ws[0]!.s };
  }
  const roleWords = [...before, ...prefix];
  if (nameWords.length === 0) {
    const desc = joinText(text, roleWords.length ? roleWords : ws);
    return { kind: 'description', text: desc, pos: ws[0]!.s };
  }
  const last = prefix[prefix.length - 1];
  const m: Mention = { kind: 'name', text: joinText(text, nameWords), pos: nameWords[0]!.s };
  if (last && HONORIFICS.has(last.lw)) m.honorific = last.w.replace(/\.$/, '');
  else if (postNominal) m.honorific = postNominal;
  if (last && PEERAGE.has(last.lw) && nameWords.length === 1) m.text = `${last.w} ${m.text}`;
  // A lone honorific ("Gen", "Mr") is a title, not a role; nor is a courtesy title at the end of a role ("UK
  // chancellor Mr Brown"), and without a role noun or an office before it the words are no role at all
  // ("Unions oppose the plans but Mr Brown said").
  // A lone role noun that is no title of address ("CEO Craig Menear", "Comedian Sarah Silverman") is the role.
  // Singular, no generic person word and no title's first word: "Reporters Without Borders" is a body, "Fan
  // Mengguang" a family name, "Star Wars" a film.
  const lone = prefix[0]?.lw ?? '';
  const loneRole = prefix.length === 1 && ((ROLE_NOUNS.has(lone) && !HONORIFICS.has(lone) && !GENERIC_PEOPLE.has(lone) && !TITLE_OPENING_ROLES.has(lone)) || DEMONYMS.has(lone));
  const role = prefix.length === 1 && before.length === 0 && !loneRole ? [] : roleWords;
  while (role.length && COURTESY.has(role[role.length - 1]!.lw)) role.pop();
  if (role.length && (role.some((t) => isRole(t.lw) || isHyphenatedTitle(t.lw) || AFFILIATIONS.has(t.lw) || DEMONYMS.has(t.lw) || (HONORIFICS.has(t.lw) && !COURTESY.has(t.lw))) || describesBeforeName(role))) {
    m.role = joinText(text, role);
    if (roleBody.length && isRole(role[role.length - 1]!.lw)) m.role += ` of ${joinText(text, roleBody)}`;
  }
  return m;
}

/** Longest describing phrase before a name kept as its role ("Velmora Space Agency planetary geologist"). */
const MAX_DESCRIBING_ROLE_WORDS = 5;

/**
 * Words the subject reader took as a description written before a name, none of them a known role word ("NASA
 * planetary geologist", "Clinton ally", "Quayside co-host", "retired neurosurgeon"): a noun phrase the name is in
 * apposition to, kept as the role (session 36, h-attr90; before, the words were read as the description and then
 * dropped). It ends in a lower-case noun right before the name, and no word of it is a function word, a verb form, a
 * preposition, a time word or an adverb, so a stretch of the sentence ("In a speech", "Analysts say") is never kept.
 */
function describesBeforeName(role: readonly Token[]): boolean {
  const last = role[role.length - 1];
  // ("10,000" is one word of "Two-time Olympic 10,000 metres champion".)
  const words = role.filter((_, i) => !(i > 0 && inSeparatedNumber(role, i) && inSeparatedNumber(role, i - 1))).length;
  if (!last || words > MAX_DESCRIBING_ROLE_WORDS || last.cap || !/^\p{Ll}[\p{Ll}-]+$/u.test(last.w) || last.lw.endsWith('ing')) return false;
  // ("said simply Tom Hale", "Hale, then briefly Tom Ray": an adverb first or last is the sentence's; "ally" and
  // "family" are nouns, as the adverb shape says.)
  if (isAdverbShape(last.lw) || isAdverbShape(role[0]!.lw) || !isPersonNounShape(last.lw)) return false;
  return isPlainDescription(role);
}

/**
 * Words that only describe: none a function word, verb form, preposition, time word or adverb of the sentence, each
 * capitalised or a plain lower-case word or number ("NASA planetary geologist", "Two-time Olympic 10,000 metres
 * champion"; "That's Life host": the "That" of a title's contraction is no clause word).
 */
export function isPlainDescription(ws: readonly Token[]): boolean {
  return ws.every((t, i) => opensContractedTitle(ws, i) || (isWord(t) && !isClauseWord(t.lw) && (t.cap || /^[\p{Ll}\p{N}][\p{Ll}\p{N}/-]*(?:-\p{Lu}[\p{L}-]*)?$/u.test(t.w))));
}

/** A lower-case word shaped like an adverb ("simply", "recently"; not "ally", "family", "early"). */
function isAdverbShape(lw: string): boolean {
  return isSentenceAdverbShape(lw.charAt(0).toUpperCase() + lw.slice(1));
}

/** A word that belongs to the sentence, not to a description: a function word, verb form, preposition or time word. */
function isClauseWord(lw: string): boolean {
  return FUNCTION_WORDS.has(lw) || STOP_DESC.has(lw) || PREPOSITIONS.has(lw) || DETERMINERS.has(lw) || FINITE_VERBS.has(lw) || OBJECT_VERB_FORMS.has(lw) || TIME_WORDS.has(lw) || isSpeechVerb(lw) || NOT_NAME.has(lw);
}

/** "Bishop of Durham", "Mayor of London": a capitalised office (a role, or an office that is also a name), "of", and a
 * place of one or two capitalised words that is no person's name. */
export function officeOfPlace(ws: readonly Token[]): boolean {
  if (ws.length < 3 || ws.length > 4 || !ws[0]!.cap || ws[1]!.lw !== 'of' || ws[1]!.cap) return false;
  if (!(isRole(ws[0]!.lw) || ROLES_ALSO_NAMES.has(ws[0]!.lw))) return false;
  const place = ws.slice(2);
  return place.every((t) => /^\p{Lu}\p{Ll}/u.test(t.w)) && !looksLikePersonName(place) && !isKnownGivenName(place[0]!.lw);
}

/**
 * The name words open a sentence (a paragraph's start, or after a full stop, question or exclamation mark, a colon or
 * a closing quote, opening quotes aside), run to three words at least, and the first is capitalised, no common given
 * name, and stands before one ("Defiant Matt Williams", "Enter Stuart R. Kaplan"). Not when the text writes the
 * same two words elsewhere after other words: then the first is the person's own rarer given name. A hyphenated
 * compound with lower-case parts ("Fly-half", "Film-maker") is never a given name, wherever it stands.
 */
function opensBeforeFullName(text: string, ws: readonly Token[]): boolean {
  const [first, second] = ws;
  if (ws.length < 3 || !first || !second || !/^\p{Lu}\p{Ll}/u.test(first.w) || !isTitleCased(second.w)) return false;
  // "Film-maker Spike Lee", "Co-anchor Norah Vance": a compound with lower-case parts is nobody's given name.
  if (/^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.test(first.w)) return true;
  if (isKnownGivenName(first.lw) || !isCommonGivenName(second.lw)) return false;
  if (!opensSentenceAt(text, first.s)) return false;
  const pair = `${first.w} ${second.w}`;
  for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
    if (at !== first.s && !opensSentenceAt(text, at)) return false;
  }
  return true;
}

/** Text position `pos` opens a sentence: only spaces and opening quotes between it and a sentence's end or the start. */
function opensSentenceAt(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && /[ \t\u00a0"'“‘]/.test(text[i]!)) i--;
  if (i < 0 || text[i] === '\n') return true;
  if (/[.!?:]/.test(text[i]!)) return true;
  return /[”’"']/.test(text[i]!) && i > 0 && /[.!?]/.test(text[i - 1]!);
}

/**
 * Lower-case words from `k` reach a person's or a body's noun within three words ("military officials", "firm",
 * "government's"): the capitalised word before them is an adjective ("American military officials"). A verb first
 * ("Cuban said") leaves it a name.
 */
function modifiesNoun(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const t = tokens[j];
    if (!isWord(t) || t.cap || isSpeechVerb(t.lw) || FINITE_VERBS.has(t.lw)) return false;
    if (isRole(t.lw) || ORG_WORDS.has(t.lw) || isOrgPlural(t.lw) || isOrgKind(t.lw)) return true;
  }
  return false;
}

/** The words from `a` to `b` name a US state ("Iowa", "N.H.", "New Hampshire"; not "MD" or "PA", a degree or an assistant). */
function isStateAt(tokens: readonly Token[], a: number, b: number): boolean {
  const ws = wordsOf(tokens, a, b);
  if (ws.length === 0 || ws.length > 2 || !ws.every((t) => t.cap && (isTitleCased(t.w) || t.w.includes('.')))) return false;
  return ws.length === 1 ? US_STATES.has(ws[0]!.lw) : US_STATES_TWO_WORDS.has(`${ws[0]!.lw} ${ws[1]!.lw}`);
}

/**
 * "in Burlington, Iowa, and", "a woman in Worcester, Massachusetts, told him", "in Aspen, Colo., the graduate": the
 * run from `a` to `b` is a US state written after a town, which a placing preposition opens (`MAX_TOWN_WORDS`
 * capitalised words at most), and before a comma or the sentence's end. The state only places the town.
 */
function isStateAfterTown(tokens: readonly Token[], a: number, b: number): boolean {
  if (tokens[a - 1]?.w !== ',' || !isStateAt(tokens, a, b)) return false;
  let j = b + 1;
  if (tokens[j]?.w === '.') j++;
  if (tokens[j] !== undefined && tokens[j]!.w !== ',' && tokens[j - 1]!.w !== '.') return false;
  let k = a - 2;
  let words = 0;
  while (k >= 0 && words <= MAX_TOWN_WORDS && (isNameWord(tokens[k]) || (tokens[k]!.w === '.' && isNameWord(tokens[k - 1])))) {
    if (isWord(tokens[k])) words++;
    k--;
  }
  const prep = tokens[k];
  return words > 0 && words <= MAX_TOWN_WORDS && isWord(prep) && !prep.cap && TOWN_PREPOSITIONS.has(prep.lw);
}
/** Longest town name before a state, in words ("St. Clairsville", "San Bernardino", "Salt Lake City"). */
const MAX_TOWN_WORDS = 3;

/**
 * The run ends with a title-cased title or role word ("King", "Prince", "Judge") right after a title-cased given name
 * the lexicon knows, a middle initial allowed between them ("Peter T. King"), or right after a courtesy title ("Mr
 * King"; not an office one is addressed by, `courtesyBeforeFamilyName`): the word is a family name.
 */
function familyNameTitle(ws: readonly Token[]): boolean {
  const n = ws.length;
  const last = ws[n - 1];
  if (n < 2 || !last || !isTitleCased(last.w) || !(HONORIFICS.has(last.lw) || isRole(last.lw))) return false;
  // "Mr King", "Ms. Singer": a courtesy title before the word makes it a family name ("Mr President" stays an office).
  if (courtesyBeforeFamilyName(ws[n - 2]!.lw, last.lw)) return true;
  let g = n - 2;
  if (g >= 1 && isInitial(ws[g]!)) g--;
  const given = ws[g]!;
  return isTitleCased(given.w) && !HONORIFICS.has(given.lw) && !isRole(given.lw) && isKnownGivenName(given.lw);
}

/** An initial inside a name ("B." of "Harry B. Harris"). */
function isInitial(t: Token): boolean {
  return /^\p{Lu}\.?$/u.test(t.w);
}

