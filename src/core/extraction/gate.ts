/**
 * The name gate: the last check before a speaker leaves the extractor. A speaker is a person's or an
 * organisation's name, or a description explicitly marked as an unnamed source (`anonymous: true`). A phrase
 * that is plainly no name (a dateline, a section label, a number, a prepositional phrase, a fragment of the
 * attribution sentence) never passes; titles, ranks, party labels and role words in front of a name move to
 * `role` ("Cmdr. Sean Robertson" -> "Sean Robertson", role "Cmdr."). Pure and bounded by the name's length.
 */
import type { SpeakerRef } from './model.js';
import { isKnownGivenName } from '../speakers/names.js';
import { isTitleCased } from './word-shape.js';
import { courtesyBeforeFamilyName, HEADLINE_KIND_NOUNS, AFFILIATIONS, ARTICLE_KEEPING_PREPOSITIONS, DEFINITE_KEEPING_JOINERS, DUTCH_PARTICLES, isGluedParticleName, isNameParticle, isSurnameParticle, gluedParticle, CLAUSE_WORDS, ROLE_NOUNS, DEMONYMS, NAME_DEMONYMS, HONORIFICS, FINITE_VERBS, TIME_WORDS, stateOf, stateOfPair, PERIODS, QUANTIFIERS, isWeekday, isDemonym, isHyphenatedTitle, isLabelOrDateline, isNameJoiner, isOrgPlural, isOrgKind, isBodyKindHead, isPublicBodyWord, isRole, isSpeechVerb, isWordsNoun, BODY_HEADS_AFTER_NAME, KIND_NOUNS, NOT_NAME_OPENERS, ORG_WORDS, PEERAGE, POSSESSIVE_DETERMINERS, OFFICE_VERB_ROLES, PREPOSITIONS, QUALIFIER_WORDS, RANKS, RELATIONS, RELATIVE_ADVERBS, ROLE_CLAUSE_OPENERS, ROLE_NON_OPENERS, ROLE_QUALIFIERS, TENURE_WORDS, DETERMINERS, ROLE_CLAUSE_VERBS, ROLE_RELATIVES, ROLE_TRAILING_WORDS, SERVES_AS_VERBS, BODY_RELATION_OPENERS, PART_OPENERS, OF_PRONOUN_OPENERS } from './lexicon/index.js';

/** Words of a name: split on spaces, the punctuation kept on each word ("Cmdr.", "Jr."). */
function wordsOf(name: string): string[] {
  return name.trim().split(/\s+/).filter(Boolean);
}

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,:;]+$/, '');
}

/** A word that says what or who someone is rather than naming them ("Cmdr.", "Republican", "MP", "Miner"). */
export function isTitleWord(word: string): boolean {
  const w = bare(word);
  if (HONORIFICS.has(w) || HONORIFICS.has(`${w}.`) || RANKS.has(w) || AFFILIATIONS.has(w) || isRole(w) || KIND_NOUNS.has(w)) return true;
  // "Under-Secretary", "Vice-President", "Attorney-General": a hyphenated title.
  return isHyphenatedTitle(w);
}

/** A capitalised name word (or an initial, a hyphenated or apostrophised name, an acronym, "Jr."). */
function isCapWord(word: string): boolean {
  return /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&-]*[,]?$/u.test(word) || isNameParticle(word) || DUTCH_PARTICLES.has(word) || word === "'t" || isGluedParticleName(word);
}

/** Digits, a share or a count: "73 percent", "000 people surveyed", "A Daily Telegraph poll of 1". */
export function isNumberPhrase(name: string): boolean {
  if (!/\p{N}/u.test(name)) return false;
  // A name may hold a number of its own ("Formula 1", "Channel 4", "G20", "Louis XVI"): a count may not.
  return /^\p{N}/u.test(name) || /\b(?:percent|per cent|people|voters|respondents|adults|surveyed|polled)\b|%/i.test(name) || /\s(?:of|by|gives\s\w+)\s\p{N}+$/u.test(name);
}

/** A preposition or conjunction opening the phrase: "for Witney", "of Take-Two", "and Manuel Millan". */
function opensWithFunctionWord(ws: readonly string[]): boolean {
  const w = ws[0] ?? '';
  return NOT_NAME_OPENERS.has(w);
}

/** A pronoun, determiner or verb inside the phrase: "Boudreau gave his players", "AP asked Bennett". */
function holdsClauseWord(ws: readonly string[]): boolean {
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i]!;
    if (/^\p{Ll}/u.test(w) && (CLAUSE_WORDS.has(w.replace(/[.,]$/, '')) || isSpeechVerb(w.replace(/[.,]$/, '')))) return true;
    // "Lost a High Court action": an article inside a name follows a preposition ("Campaign for a Fair Vote").
    if ((w === 'a' || w === 'an') && !ARTICLE_KEEPING_PREPOSITIONS.has(ws[i - 1] ?? '')) return true;
    // "State Department repeatedly", "CNN didn't", "News of the deal came": a name read on into its clause. (Cut
    // back to "State Department", such a phrase gave the subject of a sentence that quotes somebody else.)
    if (isClauseWordAfterName(w)) return true;
    // "Changes the commission", "Left the club", "That the Cruz campaign": "the" inside a name follows a preposition
    // or a conjunction ("Friends of the Earth") or opens a name of its own ("Elect the Lords Campaign").
    if (w === 'the' && !DEFINITE_KEEPING_JOINERS.has(ws[i - 1] ?? '') && (/^\p{Ll}/u.test(ws[i + 1] ?? '') || /ed$|^(?:That|This|Which)$/.test(ws[i - 1] ?? ''))) return true;
  }
  return false;
}

/**
 * A word before a person's name that says what or where the person is rather than naming them: a demonym
 * opening the name ("Russian Dmitriy Bogdanov"; not one that is also a given name, "German Gref"), a hyphenated
 * compound of lower-case words ("Man-of-the-match Duff", "Fly-half Ben Carr"), or a possessive body before a
 * given name and a surname ("Washington Post's Robert Costa").
 */
function isModifierBeforeName(ws: readonly string[], i: number): boolean {
  const w = ws[i]!;
  const left = ws.length - i - 1;
  if (i === 0 && left >= 2 && isDemonym(bare(w)) && !NAME_DEMONYMS.has(bare(w))) return true;
  // "New Yorker Dick Morris", "New Zealander Ann Cole": a demonym of two words.
  if (i === 1 && ws[0] === 'New' && left >= 2 && isDemonym(bare(w))) return true;
  if (i === 0 && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(w)) return true;
  // "Farmer Ann Cole", "Wing Luc Marais": a kind of person before a given name and a surname (not before a surname
  // alone: "Wing Ho" may be somebody's name).
  if (i === 0 && left >= 2 && HEADLINE_KIND_NOUNS.has(bare(w)) && (left === 2 ? ws.slice(1).every(isTitleCased) : isKnownGivenName(ws[1]!))) return true;
  return left >= 2 && /\p{L}['’]s$/u.test(w) && isTitleCased(ws[i + 1]!);
}

/**
 * A lower-case word that ends the name before it and opens a clause: an adverb ("repeatedly", "significantly";
 * not "assembly", "supply"), a time word, a finite verb ("came", "took") or a negated auxiliary ("didn't").
 */
function isClauseWordAfterName(word: string): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  const w = word.replace(/[.,;:]+$/, '');
  return (/\p{Ll}{3}ly$/u.test(w) && !/(?:bly|ply|ily)$/.test(w)) || TIME_WORDS.has(w) || FINITE_VERBS.has(w) || /n['’]t$/.test(w);
}

/**
 * Splits the title, rank, party and role words off the front of a name: "US Treasury Under-Secretary John
 * Taylor" -> name "John Taylor", role "US Treasury Under-Secretary". Leaves a name alone when what would remain
 * is no name (a single word after a courtesy title is the person's surname: "Mr Blair" is handled upstream).
 */
export function splitTitle(name: string): { name: string; role?: string } {
  const ws = wordsOf(name);
  if (ws.length < 2) return { name };
  // The last title-like word before the name proper; everything up to it is the role.
  let cut = -1;
  for (let i = 0; i < ws.length - 1; i++) if (isTitleWord(ws[i]!) || QUALIFIER_WORDS.has(bare(ws[i]!)) || isModifierBeforeName(ws, i)) cut = i;
  if (cut < 0) return { name };
  // "Former Obama adviser": a qualifier before a lone word describes someone; it names no one.
  if (QUALIFIER_WORDS.has(bare(ws[0]!)) && ws.length - cut - 1 < 2) return { name: '' };
  // A peer keeps the title that is part of how the peer is named ("Lord Butler", "Baroness Thatcher").
  if (cut === 0 && PEERAGE.has(bare(ws[0]!)) && ws.length === 2) return { name };
  // "Mr King", "Ms Prince": a family name that is also a title word keeps its courtesy title (session 40).
  if (cut === 0 && ws.length === 2 && courtesyBeforeFamilyName(bare(ws[0]!), bare(ws[1]!))) return { name };
  const rest = ws.slice(cut + 1);
  // Particles after the title belong to it ("Secretary of Energy Spencer Abraham"): the name is the tail.
  while (rest.length > 2 && isNameJoiner(rest[0]!)) rest.splice(0, 2);
  while (rest.length && isNameJoiner(rest[0]!)) rest.shift();
  if (rest.length === 0) return { name };
  // "Liberal Democrats", "Justice Department", "Labour Party": the words after the title name a body.
  if (rest.some((w) => ORG_WORDS.has(bare(w)) || AFFILIATIONS.has(bare(w)) || isOrgPlural(bare(w)))) return { name };
  const role = ws.slice(0, ws.length - rest.length).join(' ');
  return { name: rest.join(' '), role };
}

/** Why `name` can never be a speaker's name, or null when it may be one. */
export function rejectName(name: string, isOrganisation = false): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'empty';
  if (isLabelOrDateline(trimmed)) return 'label or dateline';
  if (isNumberPhrase(trimmed)) return 'number';
  // "E" of "E! News" cut at its exclamation mark, "R" of "(R-Fla.)", a pronoun of another script ("Я"): one letter
  // names nobody (initials come with a surname).
  if (/^\p{L}\.?$/u.test(trimmed)) return 'a single letter';
  const ws = wordsOf(trimmed);
  if (opensWithFunctionWord(ws)) return 'prepositional or conjunction phrase';
  if (holdsClauseWord(ws)) return 'fragment of a clause';
  if (/^\p{Ll}/u.test(trimmed) && !isSurnameParticle(ws[0]!) && gluedParticle(trimmed) === 0) return 'not a name';
  // A person's name is capitalised words and particles; an organisation may hold common nouns ("Trump campaign").
  if (!isOrganisation && !ws.every(isCapWord)) return 'not a name';
  if (POSSESSIVE_DETERMINERS.has(ws[0]!.toLowerCase())) return 'a possessive, not a name';
  // "American", "Irishman": a nationality alone says where someone is from; it names no person.
  if (!isOrganisation && ws.length === 1 && DEMONYMS.has(bare(ws[0]!)) && !NAME_DEMONYMS.has(bare(ws[0]!))) return 'a nationality, not a name';
  // "Gen.", "Spokesman": a title alone; party names ("Liberal Democrats", "Labour") do name a body.
  if (ws.every((w) => isTitleWord(w) && !AFFILIATIONS.has(bare(w)) && !ORG_WORDS.has(bare(w)) && !KIND_NOUNS.has(bare(w))) && !(ws.length === 2 && /^\p{Lu}/u.test(ws[1]!) && courtesyBeforeFamilyName(bare(ws[0]!), bare(ws[1]!)))) return 'a title, not a name';
  return null;
}

/**
 * The name that opens a clause read as a description: "Boudreau gave his players" -> "Boudreau". Null when the
 * phrase does not open with capitalised name words followed by a word of a clause.
 */
export function leadingName(phrase: string): string | null {
  const ws = wordsOf(phrase);
  let n = 0;
  while (n < ws.length && /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(ws[n]!) && !isTitleWord(ws[n]!) && !/^(?:The|A|An|His|Her|Their|Its|This|That|One|Some)$/.test(ws[n]!)) n++;
  if (n === 0 || n === ws.length || n > 4) return null;
  const next = ws[n]!;
  if (!/^\p{Ll}/u.test(next) || !(CLAUSE_WORDS.has(next) || isSpeechVerb(next) || /^\p{Ll}+ed$/u.test(next))) return null;
  const name = ws.slice(0, n).join(' ');
  return rejectName(name) ? null : name;
}

/**
 * The person a description ends by naming: "veteran industry analyst Ken Doctor" -> "Ken Doctor", "3 spokesperson
 * Belinda Henderson" -> "Belinda Henderson", "76-year-old Morton Blackwell". The name (two to four capitalised words,
 * initials allowed) comes right after a lower-case role noun or an age; null otherwise ("a spokesman for Royal Mail"
 * speaks for the body, and is no name of it).
 */
export function trailingName(phrase: string): { name: string; role: string } | null {
  const ws = wordsOf(phrase);
  let n = 0;
  while (n < ws.length && n < 5 && /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(ws[ws.length - 1 - n]!) && !isTitleWord(ws[ws.length - 1 - n]!)) n++;
  if (n < 2 || n > 4 || n === ws.length) return null;
  const before = ws[ws.length - 1 - n]!;
  if (!(/^\p{Ll}/u.test(before) && isRole(bare(before))) && !/^[\p{N}\p{Ll}][\p{L}\p{N}-]*-old$/u.test(before)) return null;
  const name = ws.slice(ws.length - n).join(' ');
  // (A number before the role is the body's name, "3" the network, and no part of the role.)
  return rejectName(name) ? null : { name, role: ws.slice(0, ws.length - n).filter((w) => !/^\p{N}+$/u.test(w)).join(' ') };
}

/** A description of an unnamed source may be shown as one, but never a number, label or fragment. */
function rejectDescription(desc: string): string | null {
  const trimmed = desc.trim();
  if (trimmed.length === 0) return 'empty';
  if (isLabelOrDateline(trimmed)) return 'label or dateline';
  if (/^\p{N}/u.test(trimmed) || /^(?:about|nearly|almost|roughly|around|over|some|just|only)\s+\p{N}/iu.test(trimmed) || /\b(?:percent|per cent)\b|%/i.test(trimmed)) return 'number';
  if (/^(?:for|of|in|at|from|with|on|to|by|and|or|but|as)\s/i.test(trimmed)) return 'prepositional or conjunction phrase';
  return null;
}

/**
 * A role as read states the person's office, relation or description, not a word of the sentence around the name:
 * false for a sentence adverb or conjunction first ("Vivendi, however, has said", "The Halifax, meanwhile, said"), a
 * participle clause after the name ("said Devine, suggesting that ...", "adding", "exasperated", "referring to the
 * recent spate of killings") or a number alone (an age: "Elizabeth Arnold, 32,"). Capitalised words pass ("American",
 * "Rival"), and so do role nouns and the words qualifying them ("acting", "managing director", "leading economist").
 * Bounded by the role's first two words.
 */
export function isStatedRole(role: string): boolean {
  const ws = role.split(' ').filter(Boolean);
  const first = ws[0];
  if (!first) return false;
  if (ws.length === 1 && /^\p{N}+$/u.test(first)) return false;
  if (!/^\p{Ll}/u.test(first)) return true;
  const lw = bare(first);
  if (ROLE_NON_OPENERS.has(lw)) return false;
  if (isRole(lw) || isHyphenatedTitle(lw) || RELATIONS.has(lw) || TENURE_WORDS.has(lw) || ROLE_QUALIFIERS.has(lw)) return true;
  if (ws.length === 1) return !(lw.length > 4 && /(?:ing|ed|ly)$/.test(lw));
  // "referring to ...", "seeming to understand ...", "saying that ...": an -ing word before a preposition, a
  // determiner or "that" opens a clause.
  const next = bare(ws[1]!);
  return !(lw.length > 5 && lw.endsWith('ing') && (PREPOSITIONS.has(next) || DETERMINERS.has(next) || next === 'that'));
}

/**
 * A role read past its end into the sentence: cut at its first lower-case finite verb of speech or being
 * ("economist at Global Insight said the MPC" -> "economist at Global Insight"); what is left stays only when it
 * still holds an office word, so a fragment ("Tories say Labour is acting too late while the", "also says Lord") is
 * no role at all. A role without such a verb passes unchanged. Bounded by the role's length.
 */
export function gateRole(role: string): string | undefined {
  const ws = role.split(' ').filter(Boolean);
  if (ws[0] === 'who') return officeOfRelative(ws);
  // "said Mr Stanley, but he did not think": a clause read as an appositive is no role.
  if (ws.length && ROLE_CLAUSE_OPENERS.has(ws[0]!)) return undefined;
  const cut = ws.findIndex((w) => ROLE_CLAUSE_VERBS.has(w));
  if (cut < 0) return role;
  // The verb's own relative clause goes with it ("Washington state delegate who is part of ...").
  const relative = ws.slice(0, cut).findIndex((w) => ROLE_RELATIVES.has(w));
  const kept = ws.slice(0, relative >= 0 ? relative : cut);
  // An office held by one person ("economist", "head of"), not a crowd ("people", "sources", "wealthy donors").
  if (!kept.some((w) => (ROLE_NOUNS.has(bare(w)) && bare(w) !== 'people') || isHyphenatedTitle(bare(w)))) return undefined;
  let text = kept.join(' ');
  while (text.endsWith(',')) text = text.slice(0, -1);
  return text;
}

/**
 * A role that is a relative clause ("who teaches constitutional law", "who emphasized"): the office it states, read
 * from a verb of office and its object ("who heads F-Secure" -> "head of F-Secure", "who ran the campaign" ->
 * "former head of the campaign", "who served as labor secretary" -> "former labor secretary"); no role when the
 * clause states none ("who races in Birmingham on Friday", "who wrote about the attorney").
 */
export function officeOfRelative(ws: readonly string[]): string | undefined {
  let i = 1;
  while (i < ws.length && RELATIVE_ADVERBS.has(ws[i]!)) i++;
  const verb = ws[i] ?? '';
  const office = OFFICE_VERB_ROLES.get(verb);
  const servesFormer = SERVES_AS_VERBS.get(verb);
  let rest = ws.slice(i + 1);
  if (servesFormer !== undefined) {
    if (rest[0] !== 'as') return undefined;
    rest = rest.slice(1);
    if (rest[0] === 'a' || rest[0] === 'an') rest = rest.slice(1);
    // ("who served as Canova's ...": an office noun, not a name, follows "as".)
    if (!rest.some((w) => isRole(bare(w)) || isHyphenatedTitle(bare(w)))) return undefined;
  } else if (!office) return undefined;
  // An object cut short ("who follows Amazon as a") loses its dangling words.
  while (rest.length && ROLE_TRAILING_WORDS.has(bare(rest[rest.length - 1]!))) rest = rest.slice(0, -1);
  if (rest.length === 0 || PREPOSITIONS.has(bare(rest[0]!))) return undefined;
  const former = office ? office.former : servesFormer;
  const text = office ? `${office.noun} of ${rest.join(' ')}` : rest.join(' ');
  return (former ? `former ${text}` : text).replace(/,+$/, '');
}

/**
 * "A party of councillors", "A US court", "One company": an indefinite body read as an organisation's name is an
 * unnamed source, shown as one; a time phrase ("A day ahead of the government") or a name cut after its article
 * ("A Washington Post") is no speaker. Undefined when `name` does not open with such a determiner.
 */
function describedBody(name: string): SpeakerRef | null | undefined {
  const ws = wordsOf(name);
  const det = bare(ws[0] ?? '');
  if (ws.length < 2 || !/^\p{Lu}/u.test(ws[0]!) || !(det === 'a' || det === 'an' || det === 'one' || QUANTIFIERS.has(det))) return undefined;
  const rest = ws.slice(1);
  if (rest.some((w) => PERIODS.has(bare(w)) || bare(w) === 'day' || isWeekday(bare(w))) || rest.every((w) => /^\p{Lu}/u.test(w))) return null;
  return rejectDescription(name) ? null : { name, anonymous: true, isOrganisation: true };
}

/**
 * "the watchdog", "The paper", "His campaign", "the UK's public spending watchdog": an unnamed description whose last
 * word is a kind of body, not a person (session 32). Not when a word before it names an office ("A Department for
 * Work and Pensions spokeswoman" ends in a person; "the commissioner's office" is a body), when a preposition makes it
 * people ("a group of rabbis", "The board of directors"), nor a kind that is also a person's office unless it is a
 * public body's ("the real estate developer" is a man; "the watchdog", "the regulator" are bodies).
 */
export function describesBody(name: string): boolean {
  const ws = wordsOf(name).map(bare);
  const last = ws[ws.length - 1] ?? '';
  if (ws.length < 2 || !isBodyKindHead(last) || (isRole(last) && !isPublicBodyWord(last))) return false;
  return ws.slice(0, -1).every((w) => !PREPOSITIONS.has(w) && (/['’]s?$/.test(w) || !isRole(w)));
}

/**
 * An organisation's name that ends in a lower-case word: the word heads a body ("Trump campaign", "Cologne police",
 * "Times newspaper"), names a document ("Court documents", "Government figures") or ends the name in a clause or a
 * thing that speaks for nobody ("State Department less", "British Navy ships have helped", "Black Friday Apple deals
 * promise"). Undefined when the last word is capitalised.
 */
function lowerCaseTail(name: string): 'body' | 'document' | 'no body' | undefined {
  const ws = wordsOf(name);
  const last = ws[ws.length - 1] ?? '';
  if (ws.length < 2 || !/^\p{Ll}/u.test(last)) return undefined;
  const w = bare(last);
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  if (ORG_WORDS.has(w) || BODY_HEADS_AFTER_NAME.has(w) || isOrgPlural(w) || KIND_NOUNS.has(w) || KIND_NOUNS.has(singular) || isOrgKind(w) || isRole(w)) return 'body';
  return isWordsNoun(w) ? 'document' : 'no body';
}

/**
 * "New Hampshire Republican", "Texas Democrat": a state and a party member describe someone ("said a New Hampshire
 * Republican, who responded anonymously"); they name nobody.
 */
function isStatePartyMember(name: string): boolean {
  const ws = wordsOf(name);
  const last = bare(ws[ws.length - 1] ?? '');
  if (!AFFILIATIONS.has(last) || last.endsWith('s') || !/^\p{Lu}/u.test(ws[ws.length - 1]!)) return false;
  const place = ws.slice(0, -1);
  return (place.length === 1 && stateOf(place[0]!) !== undefined) || (place.length === 2 && stateOfPair(place[0]!, place[1]!) !== undefined);
}

/** "Irishmen", "Americans", "Britons": a nationality in the plural ("Irishmen" -> "irishman"; session 33). */
function isDemonymPlural(word: string): boolean {
  const w = bare(word);
  if (!/^\p{Lu}/u.test(word) || w.length < 5) return false;
  if (w.endsWith('men')) return isDemonym(`${w.slice(0, -3)}man`);
  return w.endsWith('s') && isDemonym(w.slice(0, -1));
}

/**
 * Passes a speaker through the gate: the cleaned speaker, or null when what the extractor found is no name.
 * A named speaker whose leading words are titles loses them to `role`; a leading conjunction is dropped
 * ("and Manuel Millan" -> "Manuel Millan").
 */
export function gateSpeaker(ref: SpeakerRef | null): SpeakerRef | null {
  if (!ref) return null;
  if (ref.anonymous) return rejectDescription(ref.name) || leadingName(ref.name) ? null : !ref.isOrganisation && describesBody(ref.name) ? { ...ref, isOrganisation: true } : ref;
  let name = ref.name.trim().replace(/\s+/g, ' ');
  const conj = /^(?:and|or|but|nor)\s+(?=\p{Lu})/u.exec(name);
  if (conj) name = name.slice(conj[0].length);
  const out: SpeakerRef = { ...ref, name };
  if (!ref.isOrganisation) {
    if (isStatePartyMember(name)) return { name, anonymous: true };
    // "Irishmen JP McManus (and John Magnier)": a plural nationality before a name says the speakers are several;
    // the one name read is a part of them (session 33).
    if (isDemonymPlural(wordsOf(name)[0] ?? '') && wordsOf(name).length >= 2) return null;
    const split = splitTitle(name);
    if (!split.name) return null;
    if (split.role) {
      out.name = split.name;
      if (!out.role) out.role = split.role;
    }
  } else {
    if (QUALIFIER_WORDS.has(bare(wordsOf(name)[0] ?? ''))) return null;
    // "The State Department repeatedly obfuscated facts, admitted ...": a time adverb between the body and its verb
    // ends the name ("publicly", "privately", "repeatedly"; not "significantly", which ends a clause of its own).
    const nameWords = wordsOf(name);
    const adverb = nameWords.findIndex((w, i) => i > 0 && TIME_WORDS.has(w) && !CLAUSE_WORDS.has(w));
    if (adverb > 0 && adverb === nameWords.length - 1 && nameWords.slice(0, adverb).every((w) => /^\p{Lu}/u.test(w))) out.name = name = nameWords.slice(0, adverb).join(' ');

    // "Miner Highland Gold", "Carmaker Fiat": a kind noun before an organisation's name. (Not "Bank of England",
    // "Network of Women": a kind noun with "of" after it heads the name itself.)
    const ws = wordsOf(name);
    if (ws.length >= 2 && (KIND_NOUNS.has(bare(ws[0]!)) || BODY_RELATION_OPENERS.has(bare(ws[0]!))) && !isNameParticle(ws[1]!)) out.name = ws.slice(1).join(' ');
    // "Part of the Homeland Security Department": a part of a body names no speaker (session 33).
    if (ws.length >= 3 && ws[1] === 'of' && PART_OPENERS.has(bare(ws[0]!))) return null;
    // "(the case of X) and that of the European Roma Rights Centre, which said": the body is the one quoted.
    if (ws.length >= 3 && ws[1] === 'of' && OF_PRONOUN_OPENERS.has(bare(ws[0]!))) {
      const body = ws.slice(ws[2] === 'the' ? 3 : 2);
      if (body.length === 0 || !/^\p{Lu}/u.test(body[0]!)) return null;
      out.name = name = body.join(' ');
    }
  }
  if (out.role) {
    const role = gateRole(out.role);
    if (role && isStatedRole(role)) out.role = role;
    else delete out.role;
  }
  const why = rejectName(out.name, Boolean(out.isOrganisation));
  if (!why) {
    const described = out.isOrganisation ? describedBody(out.name) : undefined;
    if (described !== undefined) return described;
    const tail = out.isOrganisation ? lowerCaseTail(out.name) : undefined;
    // "Court documents", "Government figures": a document with no named author is an unnamed source, shown as one.
    if (tail === 'document') return { name: out.name, anonymous: true, isOrganisation: true };
    return tail === 'no body' ? null : out;
  }
  // "His campaign", "the Wisconsin Republican": a description, shown as one; the rest is no speaker at all.
  if (why === 'a possessive, not a name' || (why === 'not a name' && /^(?:the|a|an|his|her|their|its)\s/i.test(ref.name))) {
    return rejectDescription(ref.name) ? null : { name: ref.name, anonymous: true, ...(describesBody(ref.name) ? { isOrganisation: true } : {}) };
  }
  return null;
}
