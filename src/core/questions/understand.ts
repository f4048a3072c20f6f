import type { Intent } from '../answers/model.js';
import type { QueryGroup } from '../search/bm25.js';
import { typoAllowance } from '../search/edit-distance.js';
import { expandWord } from '../search/expansion.js';
import { STOP_WORDS, fold, indexTerms, stem, words } from '../search/tokenize.js';
import type { Vocabulary } from '../search/vocabulary.js';
import { BODY_VOICE_NOUNS, FAMILY_RELATIONS, RELATIONS, SPOKESPERSON_NOUNS, isRole } from '../extraction/lexicon/roles.js';
import { GENDERED_PRONOUNS, PREPOSITIONS, opensWithArticle, withoutOpeningArticle } from '../extraction/lexicon/function-words.js';
import { genderOfGivenName } from '../extraction/lexicon/given-names.js';
import { genderOfDescription } from '../extraction/stated-traits.js';
import { KNIGHTLY_TITLES } from '../extraction/lexicon/titles.js';
import { isKnownGivenName, namePart, nameWords, surname } from '../speakers/names.js';
import type { SpeakerMatch, SpeakerRegistry } from '../speakers/registry.js';
import { isAbbreviatedOffice, officeNames, officeWord, qualifierForms, type RoleTime } from '../speakers/roles.js';
import type { StoredSpeaker } from '../store/port.js';
import { capitalisedWords } from './capitalised.js';
import { shapeQuestion } from './intent.js';
import { narrowedByTitle, servesTitled, titledName, titledPersons } from './titled-name.js';
import { extractTime, type TimeWindow } from './time.js';

/** The typed given names of a role's owner and the first names of the namesakes they tell apart, lower case. */
export interface OwnerNamesakes {
  given: string[];
  others: string[];
}

/** A question fully understood: intent, speaker candidates, topic groups and time window. */
export interface ParsedQuestion {
  intent: Intent;
  /** The words that named the speaker, as typed. */
  speakerPhrase?: string;
  /** Speakers it may mean, best first (empty when no speaker was named or none fits). */
  speakers: SpeakerMatch[];
  /**
   * Near misses of an exact name ("Davis" also fits "Davies" by one letter): tried only when the exact
   * speakers have no quote on the topic.
   */
  fallbackSpeakers: SpeakerMatch[];
  /** True when the question named a speaker that the registry does not know. */
  speakerUnknown: boolean;
  topic: string[];
  groups: QueryGroup[];
  /** Topic words known neither as terms nor as typos of terms: nothing in the index can match them. */
  unknownWords: string[];
  time?: TimeWindow;
  /** For verify: the pasted words. */
  quoted?: string;
  /**
   * The question asks what the speaker said when asked something ("what did Raynsford say when asked if the money
   * was to keep council tax down"): the reporter writes that question in the words' lead-in ("Asked whether ...,
   * he said"), so the ranking weighs the lead-in more (`RANK_WEIGHTS.askedLeadWeight`).
   */
  askedWhen?: boolean;
  /** Topic words every answer must hold somewhere (quote, sentence or article): a role's unstated qualifiers. */
  required: string[];
  /**
   * "Sir Paul" where more people on record share the given name than `firstNameMatches` names: every one of them is a
   * candidate, and an answer must come from a paragraph that writes the title and given name so ("Sir Paul said").
   */
  knighted?: string;
  /**
   * A speaker asked for by description ("the guy who designed RSS", "Nogar's son") that no role on record
   * answers: its words, to be found around the quote rather than in the registry (answers/described.ts).
   */
  description?: QueryGroup[];
  /** The description is a fallback after a role that resolved: only the attribution sentence may bear it out. */
  descriptionStrict?: boolean;
  /**
   * Words of a role phrase that name a person on record as the office's owner ("Trump" of "Trump's Indiana
   * chairman", "Cruz" of "Cruz's campaign manager"), as typed, lower case (answers/holder-qualifiers.ts).
   */
  possessors?: string[];
  /**
   * A role's owner typed by full name whose given names tell apart people on record sharing the surname ("Greta" of
   * "Greta Varkoni's spokesman", "Anton" the other Varkoni's): the role is matched by the surname alone, and a holder
   * pointing at a namesake instead does not answer (answers/holder-qualifiers.ts `namesakeBorneOut`).
   */
  ownerNamesakes?: OwnerNamesakes;
  /**
   * Ids of the persons on record a role phrase names as the office's owner ("Greta Varkoni" of "Greta Varkoni's
   * spokesman", every Varkoni of "Varkoni's spokesman"): an owner's own words never answer for the office's holder
   * (answers/intents/quote.ts). Absent for a relative ("Obama's daughter") and a phrase ending in no office.
   */
  owners?: string[];
  /**
   * One word in the speaker's place ("Villalba on ...") that names no speaker and that quotes use, so it was read as
   * a topic word: the answer path checks whether the articles write it as a person's name (answers/person-name.ts).
   */
  nameOrTopic?: string;
  /**
   * The topic's hyphenated compounds ("self-driving", "four-day"), each as its index terms in order (two or more) and
   * as one word ("email" for "e-mail"): one name for one thing, which a topic-only answer must hold whole
   * (answers/compounds.ts).
   */
  compounds?: Compound[];
}

/**
 * The words of a role phrase written as a person's possessive ("Trump's Indiana chairman", "Obama's spokesman") that
 * name a person on record: the office is that person's, which a quote that only talks about them does not bear out.
 */
function possessorWords(phrase: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): string[] {
  const out: string[] = [];
  // Split on spaces, no pattern: the question path keeps its regular expressions few and checked (ReDoS test); the
  // one below, a leading capital, is anchored and reads one character.
  for (const token of phrase.split(' ')) {
    if (!token.endsWith("'s") && !token.endsWith('’s')) continue;
    const w = token.slice(0, -2).toLowerCase();
    // A person on record by a name of two words or more, the typed word their surname: a record of one word filed as
    // a person is most often a body the extractor took for one ("Telecom analysts Ovum welcomed the move" files
    // "Ovum" as a person), and "Ovum's director of telecoms research" is then Ovum's, which the paragraph around
    // the director's quote bears out like any other unstated body.
    if (w && words(w).length === 1 && words(w)[0] === w && registry.exactMatches(w, visible).some((x) => !x.speaker.isOrganisation && words(x.speaker.name).length >= 2)) out.push(w);
  }
  return out;
}

/**
 * The persons on record whose office a role phrase asks for (`ParsedQuestion.owners`): the words before its first
 * possessive, the longest run (a full name, at most four words) naming persons of two name words or more, read as a
 * name ("Greta Varkoni") or as a surname alone ("Varkoni": every person of it). Only when the phrase ends in an
 * office ("spokesman", "campaign manager") and no word after the possessive is a relation ("Obama's daughter Malia"
 * is an Obama). For an office a body speaks through ("spokesman", "official"), only a person whose surname is a
 * family's (`isFamilyName`): a record by a name nobody shares may be a body filed as a person ("Harbour Rail's
 * spokeswoman" answers with Harbour Rail's statement).
 */
function ownersOf(phrase: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): string[] {
  // Split on spaces, no pattern (the question path keeps its regular expressions few and checked).
  const tokens = namePart(phrase).split(' ').filter(Boolean);
  const last = tokens.at(-1)?.toLowerCase();
  if (!last || !(isRole(last) || registry.isRoleWord(last))) return [];
  const voice = BODY_VOICE_NOUNS.has(last);
  for (let i = 0; i < tokens.length - 1; i++) {
    const owner = ownerBeforePossessive(tokens[i] as string);
    if (!owner) continue;
    if (tokens.slice(i + 1).some((w) => RELATIONS.has(w.toLowerCase()))) return [];
    for (let start = Math.max(0, i - 3); start <= i; start++) {
      const named = [...tokens.slice(start, i), owner].join(' ');
      const persons = registry
        .exactMatches(named, visible)
        .filter((m) => !m.speaker.isOrganisation && !m.partOfName && (m.kind === 'name' || (m.kind === 'surname' && start === i)) && nameWords(m.speaker.name).length >= 2)
        // A body speaks through its spokesperson: a record nobody else's surname matches may be one ("Harbour Rail").
        .filter((m) => !voice || isFamilyName(m.speaker, registry, visible));
      if (persons.length > 0) return [...new Set(persons.map((m) => m.speaker.id))];
    }
    return [];
  }
  return [];
}

/** A word's possessive ending ("Sanders'", "Obama's", "Jones’s"): the word without it, or undefined when it has none. */
function ownerBeforePossessive(token: string): string | undefined {
  for (const end of ["'s", '’s', "'", '’']) if (token.length > end.length + 1 && token.endsWith(end)) return token.slice(0, -end.length);
  return undefined;
}

/**
 * A role phrase whose owner is typed by full name ("Bernie Sanders' campaign manager", "Donald Trump's spokesman")
 * with the given names dropped, as the articles write the office ("Sanders campaign manager", "Trump spokesman"):
 * kept, a given name no role states was an unstated qualifier the quote's surroundings had to bear out, so the
 * holder's own words on the topic were refused for not saying "Bernie" (session 29, h-qa68). Only words before a
 * possessive that, with it, are a person's full name on record (at most three of them), read at the phrase's first
 * possessive only, and only where a word follows it (taken for the office: nothing checks that it names one); any
 * other phrase is returned as typed.
 */
export function withoutPossessorGivenNames(phrase: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): string {
  const found = possessorFullName(phrase, registry, visible);
  return found ? [...found.tokens.slice(0, found.start), ...found.tokens.slice(found.at)].join(' ') : phrase;
}

/**
 * The phrase's first possessive with a word after it, and the longest run (at most three) of capitalised words before
 * it that with it is a person's full name on record: the tokens, where the run starts, the possessive's index, the
 * run and the owner's surname as typed. Read by `withoutPossessorGivenNames` and `possessorNamesakes`.
 */
function possessorFullName(phrase: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): { tokens: string[]; start: number; at: number; given: string[]; owner: string } | undefined {
  // Split on spaces, no pattern: the question path keeps its regular expressions few and checked (ReDoS test); the
  // one below, a leading capital, is anchored and reads one character.
  const tokens = phrase.split(' ');
  for (let i = 1; i < tokens.length - 1; i++) {
    const owner = ownerBeforePossessive(tokens[i] as string);
    if (!owner) continue;
    for (let start = Math.max(0, i - 3); start < i; start++) {
      const given = tokens.slice(start, i);
      if (!given.every((w) => /^\p{Lu}/u.test(w))) continue;
      if (registry.exactMatches([...given, owner].join(' '), visible).some((m) => m.kind === 'name' && !m.speaker.isOrganisation)) return { tokens, start, at: i, given, owner };
    }
    return undefined;
  }
  return undefined;
}

/**
 * The given names of a role's owner typed by full name where they tell apart people on record who share the surname
 * (`ParsedQuestion.ownerNamesakes`): "Greta" of "Greta Varkoni's spokesman" with Anton Varkoni on record. The first
 * possessive only, as `withoutPossessorGivenNames`, whose dropping of the given name this keeps from answering the
 * namesake's spokesman (session 30, h-qa69: "Hillary Clinton's spokesman" answered Bill Clinton's). Namesakes are
 * visible persons of two name words or more with the surname whom the typed given names do not fit (`leadFit`): a
 * record filed under the surname alone is nobody else, "Hillary" against "Hillary Rodham Clinton" the same person.
 */
function possessorNamesakes(phrase: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): OwnerNamesakes | undefined {
  const found = possessorFullName(phrase, registry, visible);
  if (!found) return undefined;
  const lead = found.given.flatMap((w) => nameWords(w));
  const others = new Set<string>();
  for (const m of registry.exactMatches(found.owner, visible)) {
    if (m.kind !== 'surname' || m.partOfName || m.speaker.isOrganisation) continue;
    const names = nameWords(m.speaker.name);
    if (names.length < 2 || registry.leadFit(m.speaker, lead, true) !== undefined) continue;
    const first = names[0] as string;
    if (!lead.includes(first)) others.add(first);
  }
  return others.size > 0 ? { given: lead, others: [...others] } : undefined;
}

/**
 * A person's record whose surname other people on record of two name words or more bear too ("Greta Varkoni" with
 * Anton Varkoni): a family's name, so a person's, never a body the extractor filed as one ("Harbour Rail").
 */
function isFamilyName(s: StoredSpeaker, registry: SpeakerRegistry, visible: (x: StoredSpeaker) => boolean): boolean {
  const family = surname(s.name);
  if (!family || nameWords(s.name).length < 2) return false;
  return registry.exactMatches(family, visible).some((m) => m.kind === 'surname' && !m.partOfName && m.speaker.id !== s.id && !m.speaker.isOrganisation && nameWords(m.speaker.name).length >= 2);
}

/** A phrase led by "the", "a" or "an" ("the Iowa pastor", "a Labour MP"): it describes, it does not name. */
function ledByArticle(phrase: string): boolean {
  return opensWithArticle(phrase.trim());
}

/** A phrase in the speaker's place that describes rather than names: "the ...", "a ...", "Nogar's son". */
function isDescription(phrase: string): boolean {
  return ledByArticle(phrase) || POSSESSIVE_WORD.test(phrase);
}

/**
 * A possessive followed by a word: "Nogar's son", and "Giffords' husband" (a name ending in "s" takes the apostrophe
 * alone; read as no description, "what did Gabrielle Giffords' husband say" named nobody and was never looked for).
 */
const POSSESSIVE_WORD = /\S(?:['’]s|s['’])\s+\S/u;

/**
 * A description in the place of "X" of "X on Y" that ends in an office ("the Iowa pastor", "the New Hampshire
 * state rep"): the speaker, never topic words. Read as topic when no role on record fitted, its words found nobody
 * and a name among the topic words was taken for the speaker instead ("the Iowa pastor on Rubio" answered with
 * Rubio). The office is a role noun, or the office of roles two people on record hold ("pastor"): a word one stray
 * role ends with ("market", "report") is no office. A possessive description ("napier's lawyer on other prisoners
 * still slopping out") names its speaker too: read as topic words, the possessor's name was taken for the speaker
 * (the prisoner's own words answered; session 18, found by both h-qa34 and h-qa36).
 */
function namesAnOffice(phrase: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): boolean {
  if (!isDescription(phrase) || descriptionWords(phrase).length < 2) return false;
  const office = officeWord(phrase);
  if (office === undefined || /\d/.test(office)) return false;
  return isRole(office) || registry.roleMatches(office, visible).filter((m) => m.kind === 'role').length >= OFFICE_HOLDERS;
}

/**
 * A former (acting, interim...) holder typed without "the" ("former England skipper on the captaincy") is read as
 * "the ..." when it names an office and no speaker is called so: read bare, its words went to the topic and a
 * one-word speaker the extractor once made of a sentence's first word ("Former") was taken from among them. Only
 * after such a word: a bare current office ("Tory leader on tuition fees") already resolves to its holders, and
 * read as a description it fell through to whoever the articles describe nearby when they had nothing.
 */
function asRole<T extends { speakerPhrase?: string }>(shape: T, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): T {
  const phrase = shape.speakerPhrase?.trim();
  if (!phrase || !TENSE_OPENING.test(phrase) || registry.exactMatches(phrase, visible).length > 0) return shape;
  const described = `the ${phrase}`;
  return namesAnOffice(described, registry, visible) ? { ...shape, speakerPhrase: described } : shape;
}

/**
 * A bare office in the speaker's place of "X on Y" ("FDA drug safety official on whether ...", "vice chairman of the
 * Allegheny County GOP on ...", "Salford MP on ...") names its speaker as "the FDA drug safety official" would: read
 * as "the ..." when its bare reading resolves nobody. Left bare, its words went to the topic and the scan for a
 * speaker took a name from among them or from the topic ("Cox" of "Cox-2 drugs", the GOP, "Electronic Arts" for "the
 * arts"): another speaker's words. Only after the bare reading found nobody, so a bare office that resolves ("Tory
 * leader on tuition fees") reads as before, and only a phrase whose office is one (`namesAnOffice`).
 */
function bareOfficeAsDescribed<T extends { speakerPhrase?: string; speakerExplicit: boolean }>(shape: T, resolvesNobody: (phrase: string) => boolean, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): T {
  const phrase = shape.speakerPhrase?.trim();
  if (!phrase || shape.speakerExplicit) return shape;
  if (isDescription(phrase)) return possessiveOfNobody(phrase, registry, visible) && resolvesNobody(phrase) ? { ...shape, speakerExplicit: true } : shape;
  const described = `the ${phrase}`;
  return namesAnOffice(described, registry, visible) && resolvesNobody(phrase) ? { ...shape, speakerPhrase: described } : shape;
}

/**
 * "diana's biographer on ...": a possessive description, not led by "the", whose possessor names nobody on record
 * (and a word after it). It names the possessor's somebody, never the possessor, and never topic words: read as the
 * topic, the scan for a speaker took a misspelling of the possessor ("Dana") for the speaker. A possessor on record
 * ("Obama's speech on ...") is left to be read as before: the words may be the possessor's own.
 */
function possessiveOfNobody(phrase: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): boolean {
  if (ledByArticle(phrase)) return false;
  const tokens = phrase.split(' ');
  const at = tokens.findIndex((t, i) => i < tokens.length - 1 && ownerBeforePossessive(t) !== undefined);
  if (at < 0) return false;
  const possessor = [...tokens.slice(0, at), ownerBeforePossessive(tokens[at] as string) as string].join(' ');
  return registry.exactMatches(possessor, visible).length === 0;
}

/** Words that open a role, never a name: the office held before, or for now. */
const TENSE_OPENING = /^(?:former|ex|acting|interim|outgoing|incoming|caretaker)(?:\s|-)/i;

/** Holders on record that make a word an office (see `namesAnOffice`). */
const OFFICE_HOLDERS = 2;

/** Words that carry no description of their own ("the guy who ...", "the woman who ..."). */
const VAGUE = new Set(['guy', 'man', 'woman', 'person', 'bloke', 'chap', 'fellow', 'lady', 'gentleman', 'someone', 'somebody', 'one', 'who', 'that', 'which', 'whose', 's']);

/** The words of a description that must be found around a quote: its content words, vague ones left out. */
function descriptionWords(phrase: string): string[] {
  return [...new Set(words(phrase).filter((w) => !STOP_WORDS.has(w) && !VAGUE.has(w) && !/^\d+$/.test(w)))];
}

/** Words that shape a question but are not its topic. */
const SCAFFOLD = new Set([
  'what', 'did', 'does', 'do', 'has', 'have', 'say', 'said', 'says', 'about', 'on', 'regarding', 're', 'quote', 'quotes', 'quoted',
  'latest', 'recent', 'recently', 'comments', 'comment', 'remarks', 'any', 'anything', 'think', 'thought', 'views', 'view', 'ever',
  'please', 'find', 'show', 'me', 'give', 'get',
  // How a reporter frames a topic ("quote on whether X might Y", "when he was asked if..."): never the topic itself.
  'whether', 'might', 'must', 'asked', 'asking', 'really', 'actually', 'before', 'after', 'during',
  // Prepositions the stop list leaves as words (session 17, h-qa32): "apprehension about streaming video between
  // phones" weighed "between" (an IDF of 4.5) as a topic word no answer says, and fell under the coverage floor.
  // The lexicon's list, shared with the extractor (session 18; amongst, upon, despite, throughout, beyond joined it
  // in session 19).
  ...PREPOSITIONS,
]);

/** "he'd", "they're", "we've": the pronoun's ending is no topic word ("hed" is no word at all). */
const CONTRACTION = /['’](?:d|ll|re|ve|m)\b/giu;

/** "when asked", "when he was asked", "when they were asked": the words said in answer to a question. */
const WHEN_ASKED = /\bwhen (?:(?:he|she|they|i|we|you) )?(?:(?:was|were) )?asked\b/i;

/** Whether the question asks for the words said in answer to a question (`ParsedQuestion.askedWhen`). */
export function asksWhenAsked(question: string): boolean {
  return WHEN_ASKED.test(question);
}

/** Parses a question against the registry and vocabulary the asker can see. */
export function understand(question: string, registry: SpeakerRegistry, vocab: Vocabulary, visible: (s: StoredSpeaker) => boolean, now: Date, keepTimeWords = false): ParsedQuestion {
  // Pasted words are the quote's, time words included ("...open until ten from March", "...more people today"):
  // read as a time window they were cut from the words and filtered the archive, so the quote was not found.
  // `keepTimeWords`: read every word as typed, a year included (the second reading of `Answerer.ask`).
  const pasted = shapeQuestion(question);
  const { window, rest: withoutTime } = pasted.intent === 'verify' || keepTimeWords ? { window: undefined, rest: question } : extractTime(question, now);
  const shaped = pasted.intent === 'verify' ? pasted : asRole(shapeQuestion(withoutTime), registry, visible);
  const isUnknownWord = (w: string) => !vocab.has(stem(w)) && !vocab.has(w);
  const resolveBare = (phrase: string) => resolveSpeaker(withoutPossessorGivenNames(phrase, registry, visible), registry, visible, true, 4, false, isUnknownWord, window);
  const shape = shaped.intent === 'verify' ? shaped : bareOfficeAsDescribed(shaped, (phrase) => resolveBare(phrase).matches.length === 0, registry, visible);
  const parsed: ParsedQuestion = { intent: shape.intent, speakers: [], fallbackSpeakers: [], speakerUnknown: false, topic: [], groups: [], unknownWords: [], required: [] };
  const names = capitalisedWords(question);
  if (window) parsed.time = window;
  if (asksWhenAsked(question)) parsed.askedWhen = true;
  if (shape.intent === 'help') return parsed;
  if (shape.intent === 'verify') {
    parsed.quoted = shape.rest;
    if (shape.speakerPhrase) {
      parsed.speakerPhrase = shape.speakerPhrase;
      parsed.speakers = resolveSpeaker(shape.speakerPhrase, registry, visible, true).matches;
    }
    parsed.groups = topicGroups(words(shape.rest).filter((w) => !STOP_WORDS.has(w)), vocab, parsed, names);
    return parsed;
  }

  let rest = shape.rest;
  // "the Iowa pastor on Rubio" names its speaker as surely as "what did the Iowa pastor say about Rubio".
  const explicit = shape.speakerExplicit || (!!shape.speakerPhrase && namesAnOffice(shape.speakerPhrase, registry, visible));
  if (shape.speakerPhrase) {
    const { matches, fallback } = resolveSpeaker(withoutPossessorGivenNames(shape.speakerPhrase, registry, visible), registry, visible, true, explicit ? 3 : 4, explicit, isUnknownWord, window);
    if (matches.length > 0) {
      parsed.speakerPhrase = shape.speakerPhrase;
      parsed.speakers = matches;
      parsed.fallbackSpeakers = fallback;
    } else if (explicit) {
      parsed.speakerPhrase = shape.speakerPhrase;
      // "the guy who designed RSS": a description no role fits may still be the article's words for its speaker.
      // A bare name ("Kerry") never is: it resolves to a speaker or to "no quote found".
      const described = isDescription(shape.speakerPhrase) ? descriptionWords(shape.speakerPhrase) : [];
      if (described.length >= 2) parsed.description = withOfficeNames(topicGroups(described, vocab, { ...parsed, unknownWords: [] }, names), shape.speakerPhrase);
      else parsed.speakerUnknown = true;
    } else if (looksLikeAName(shape.speakerPhrase, vocab)) {
      // "kerry on ceasefire" where Kerry is only mentioned: the name never becomes a topic word.
      parsed.speakerPhrase = withoutOpeningArticle(shape.speakerPhrase);
      parsed.speakerUnknown = true;
    } else {
      rest = `${shape.speakerPhrase} ${rest}`; // "climate on the agenda": X is no speaker and no name, all of it is topic
      if (/^\p{L}+$/u.test(shape.speakerPhrase.trim())) parsed.nameOrTopic = shape.speakerPhrase.trim();
    }
  }
  // A description read as a role, or as a surname by its last word ("the marathon world record holder": Holder),
  // may be the wrong reading: kept to look for around the quotes when those speakers have nothing. After a role
  // that resolved, only the attribution sentence counts (`descriptionStrict`): its holders are who the question
  // most likely means, and a paraphrase they said in other words must not fall through to whoever the article
  // mentions nearby.
  if (explicit && shape.speakerPhrase && parsed.speakers.length > 0 && !parsed.speakers.some((m) => m.kind === 'name' && m.score >= 1) && isDescription(shape.speakerPhrase)) {
    const described = descriptionWords(shape.speakerPhrase);
    if (described.length >= 2) {
      parsed.description = withOfficeNames(topicGroups(described, vocab, { ...parsed, unknownWords: [] }, names), shape.speakerPhrase);
      if (parsed.speakers.some((m) => m.kind === 'role' || m.kind === 'organisation')) parsed.descriptionStrict = true;
    }
  }
  if (parsed.speakers.some((m) => m.kind === 'role' && m.unstated?.length) && shape.speakerPhrase) {
    const owners = possessorWords(shape.speakerPhrase, registry, visible);
    if (owners.length > 0) parsed.possessors = owners;
  }
  if (shape.speakerPhrase) {
    const owners = ownersOf(shape.speakerPhrase, registry, visible);
    if (owners.length > 0) parsed.owners = owners;
    const namesakes = parsed.speakers.some((m) => m.kind === 'role') ? possessorNamesakes(shape.speakerPhrase, registry, visible) : undefined;
    if (namesakes) parsed.ownerNamesakes = namesakes;
  }
  let topicWords = words(rest.replace(CONTRACTION, ''));
  // "Austria's interior minister" where the role on record is a plain "Interior Minister": Austria must then be
  // borne out by the quote's surroundings, so "France's interior minister" does not answer with the Austrian.
  // ...and "Christoph Caselitz of Siemens", whose roles never say Siemens (`withBody`).
  const unstated = parsed.speakers[0]?.unstated ?? [];
  if (unstated.length) {
    topicWords = [...topicWords, ...unstated];
    parsed.required = unstated;
  }
  if (parsed.speakers.length === 0 && !parsed.speakerUnknown && !parsed.description && !shape.topicOnly) {
    const found = scanForSpeaker(topicWords, registry, vocab, visible);
    if (found) {
      parsed.speakerPhrase = found.phrase;
      parsed.speakers = found.matches;
      topicWords = [...topicWords.slice(0, found.at), ...topicWords.slice(found.at + found.length)];
    }
  }
  const topic = topicWords.filter((w) => !STOP_WORDS.has(w) && !SCAFFOLD.has(w));
  parsed.topic = topic;
  const compounds = hyphenCompounds(rest);
  if (compounds.length > 0) parsed.compounds = compounds;
  parsed.groups = joinCompounds(topicGroups(topic, vocab, parsed, names), topicWords, vocab);
  if (unstated.length) {
    widenQualifiers(parsed.groups, unstated, vocab);
    // Only a qualifier that is a word to look for can be borne out: "only" of "the Only Fools and Horses star" is
    // a stop word no quote is matched on, and required it refused every quote of the star.
    parsed.required = unstated.filter((w) => parsed.groups.some((g) => g.word === w));
  }
  if (parsed.speakers.length > 1) parsed.speakers = agreeingWithPronouns(parsed.speakers, rest, parsed.speakerPhrase);
  // Sound-alike guesses name nobody by themselves: without a topic to choose among them (or for another intent
  // than a quote on a topic) the typed name is a speaker not on record.
  if (parsed.speakers.length > 0 && parsed.speakers.every((m) => m.guess) && (parsed.intent !== 'quote' || parsed.groups.length === 0)) {
    parsed.speakers = [];
    parsed.fallbackSpeakers = [];
    parsed.speakerUnknown = true;
  }
  return parsed;
}

/**
 * "Clinton says donors never swayed her votes", "what did the world number one say about her game": when the
 * question's other words hold third-person pronouns of one gender only, and the speakers it may mean include both
 * some of that gender and some of the other (by given name, else by a gendered role word), the pronoun is the
 * speaker's own and the others are dropped (Bill Clinton beside Hillary Clinton). A speaker of no known gender stays.
 * Only when the question names nobody else: a capitalised word besides the speaker's own words, or, in a question
 * typed all in lower case, a given name.
 */
export function agreeingWithPronouns(matches: SpeakerMatch[], rest: string, speakerPhrase = ''): SpeakerMatch[] {
  const said = new Set<'m' | 'f'>();
  const named = new Set(words(speakerPhrase));
  const typedWords = rest.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  // A question whose writer capitalises ("Clinton says she will ...") writes a name with a capital, so a lower-case
  // given name is a common word ("will", "bill", "mark", "may": session 31, h-qa71); typed all in lower case, it may
  // be a name ("say hillary should do if she ...").
  const caseless = ![speakerPhrase, ...typedWords].some((t) => /\p{Lu}/u.test(t));
  for (const typed of typedWords) {
    const w = fold(typed).toLowerCase();
    // Another name in the question may be whom the pronoun means ("what did the Republican candidate say Hillary
    // should do if she ..."): a capitalised word, or a given name in a caseless question, beside the speaker's leaves
    // the speakers as they are.
    if (!named.has(w) && (/^\p{Lu}/u.test(typed) || (caseless && isKnownGivenName(w)))) return matches;
    const g = GENDERED_PRONOUNS.get(w);
    if (g) said.add(g);
  }
  if (said.size !== 1) return matches;
  const want = [...said][0];
  const genderOfSpeaker = (m: SpeakerMatch): 'm' | 'f' | undefined =>
    m.speaker.isOrganisation ? undefined : (genderOfGivenName(m.speaker.name.split(/\s+/)[0] ?? '') ?? genderOfDescription(m.speaker.roles.join(' ')));
  const genders = matches.map(genderOfSpeaker);
  if (!genders.includes(want) || !genders.some((g) => g !== undefined && g !== want)) return matches;
  return matches.filter((_, i) => genders[i] === undefined || genders[i] === want);
}

/**
 * A description's office word is borne out by any name of the office: "the eBay boss" by "EBay president and chief
 * executive Meg Whitman", "the head of the IMF" by "managing director Rodrigo Rato" (with "IMF" around).
 */
function withOfficeNames(groups: QueryGroup[], phrase: string): QueryGroup[] {
  const office = officeWord(phrase);
  const g = office === undefined ? undefined : groups.find((x) => x.word === office);
  if (!g || office === undefined) return groups;
  for (const name of officeNames(office)) {
    const terms = name.map((w) => stem(w));
    // Not checked against the vocabulary: a description is looked for around quotes, where the quotes' words are not.
    if (g.alternatives.some((a) => a.join(' ') === terms.join(' '))) continue;
    g.alternatives.push(terms);
    g.weights?.push(1);
  }
  return groups;
}

/**
 * A role's unstated qualifier is borne out by any of its forms: "Austria" of "Austria's interior minister" by an
 * article that says "the Austrian minister", "UK" by "British".
 */
function widenQualifiers(groups: QueryGroup[], unstated: string[], vocab: Vocabulary): void {
  for (const g of groups) {
    if (!unstated.includes(g.word)) continue;
    for (const form of qualifierForms(g.word)) {
      const term = stem(form);
      if (form === g.word || !vocab.has(term) || g.alternatives.some((a) => a.length === 1 && a[0] === term)) continue;
      g.alternatives.push([term]);
      g.weights?.push(1);
    }
  }
}

/**
 * True when the words in a speaker's place ("X on Y") name somebody rather than a topic: a word no quote on record
 * uses (so it cannot be what a quote is about), or two or three words each typed with a capital ("Kristin Scott
 * Thomas"). Such a name that is no speaker gives "no quote found", never quotes that merely mention it.
 */
export function looksLikeAName(phrase: string, vocab: Vocabulary): boolean {
  const typed = withoutOpeningArticle(phrase).trim().split(/\s+/);
  const ws = words(typed.join(' '));
  if (ws.length === 0 || ws.length > 3 || ws.some((w) => /\d/.test(w) || STOP_WORDS.has(w) || SCAFFOLD.has(w))) return false;
  if (ws.some((w) => !vocab.has(stem(w)))) return true;
  return typed.length >= 2 && typed.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Speakers a phrase may name: exact names first, then roles and organisations, then misspellings. `fallback`
 * holds the misspelling matches behind an exact one, for when the exact speaker has nothing on the topic.
 */
export function resolveSpeaker(
  phrase: string,
  registry: SpeakerRegistry,
  visible: (s: StoredSpeaker) => boolean,
  allowRoles: boolean,
  minFuzzyLength = 4,
  /** The phrasing marked this as the speaker ("what did X say"): a description may then match roles loosely. */
  explicit = false,
  /** True for a word no quote on record uses: a surname so typed may be a worse misspelling (see below). */
  isUnknownWord?: (word: string) => boolean,
  /** The time the question asks about: a role is matched to whoever held it then (else most recently). */
  when?: RoleTime,
): { matches: SpeakerMatch[]; fallback: SpeakerMatch[] } {
  const clean = namePart(phrase);
  if (!clean) return { matches: [], fallback: [] };
  // A relative typed by name is that person or nobody: "Obama's daughter Malia" is not Matt Maley, a misspelling away.
  const kin = namedRelative(clean, registry, visible);
  if (kin) return { matches: kin, fallback: [] };
  // "Sir Paul", "Dame Judi": a knight's title goes with the given name, never the surname alone, so the one word is
  // no surname ("Sir Paul" is not Rand Paul): the few speakers with that first name, or nobody.
  const knighted = knightedGivenName(clean);
  if (knighted) return { matches: registry.firstNameMatches(knighted, visible), fallback: [] };
  let matches = registry.exactMatches(clean, visible);
  // "the PM" is the office, not a body the extractor named "PM" (`isAbbreviatedOffice`): its holders answer.
  if (allowRoles) matches = matches.filter((m) => !(m.speaker.isOrganisation && isAbbreviatedOffice(m.speaker.name)));
  // A misspelt full name's words before the surname must fit the speaker: "John Howard" is not Ron Howard, two
  // edits off as one key.
  const fuzzy = registry.fuzzyMatches(clean, visible, minFuzzyLength).filter((m) => m.speaker.isOrganisation || firstNamesFit(m, clean, registry));
  // "John Kerrie" is John Kerry misspelt, not the aide whose role is "adviser to John Kerry" (the stemmer makes
  // "kerrie" and "kerry" one word): a person's whole name, first name and all, within a typo is read before roles.
  if (matches.length === 0 && clean.includes(' ') && !ledByArticle(phrase)) matches = fuzzy.filter((m) => !m.speaker.isOrganisation);
  // "Speaker Ryan": an office word before a person's name names that person, before any role holds its words; and
  // "Governor Christie", read as every Christie (the title a name's prefix), is the one the office confirms.
  const titled = titledName(clean, registry, visible);
  if (matches.length > 0) matches = narrowedByTitle(matches, titled, registry);
  else if (titled) matches = titledPersons(titled, registry, visible);
  if (matches.length === 0 && allowRoles) {
    matches = registry.roleMatches(clean, visible, when);
    // "the Royal Mail spokeswoman": the body on record speaks through its spokesperson. A holder of the office who
    // holds only part of its name (a software firm's spokesman, whose role says "e-mail") is not it; one who holds
    // all of it ("Royal Mail spokeswoman Jane Doe") is, and stays first.
    if (!matches.some((m) => m.kind === 'role' && !m.unstated?.length)) {
      const body = spokespersonOf(clean, registry, visible);
      if (body.length > 0) matches = body;
    }
  }
  // "Orlando Bloom" is not the actress whose role says "... with British boyfriend Orlando Bloom": the role index
  // reads a role's last word as its office, so a name ending a role after a word of kinship is read as an office.
  // A holder whose role names the typed person after such a word is related to them, never them; nor is "spokesman
  // for House Speaker Paul Ryan" Speaker Ryan (a titled name: `servesTitled`).
  const namesTyped = (s: StoredSpeaker) => relatedTo(s, clean) || (titled !== undefined && servesTitled(s, titled));
  if (matches.length > 0) matches = matches.filter((m) => (m.kind !== 'role' && m.kind !== 'organisation') || !namesTyped(m.speaker));
  // "George Mason", "Simon Wiesenthal": a person's name typed (a given name first) is not a person who works for a
  // body named after somebody so ("George Mason University law professor", "the Simon Wiesenthal Center").
  if (matches.length > 0 && typedPersonName(clean, registry)) matches = matches.filter((m) => m.kind !== 'organisation' || m.speaker.isOrganisation);
  // "Cheneie": no office fits, only bodies that name a person ("for Vice President Dick Cheney"), and the typed
  // words are that person's name as the stemmer reads it ("cheneie" and "cheney" are both "chenei"): a misspelt
  // surname of the person, not their spokesman. A body that is no such name ("Telekom") stays the body.
  if (matches.length > 0 && matches.every((m) => m.kind === 'organisation')) {
    const typed = nameWords(clean);
    const persons = fuzzy.filter((m) => !m.speaker.isOrganisation && typed.every((w) => nameWords(m.speaker.name).some((n) => stem(n) === stem(w))));
    // Or the bodies hold the typed word only as the stemmer reads it ("Phillis" for "Philly"), never as typed, and
    // no quote uses it: a misspelt name. A word quotes use ("banks" for "Bank of England") stays the body.
    const asTyped = (m: SpeakerMatch) => [...m.speaker.roles, ...m.speaker.organisations].some((r) => { const rw = new Set(words(r)); return typed.every((w) => rw.has(w)); });
    if (persons.length > 0) matches = persons;
    else if (isUnknownWord && typed.every(isUnknownWord) && !matches.some(asTyped)) {
      const near = fuzzy.filter((m) => !m.speaker.isOrganisation);
      if (near.length > 0) matches = near;
    }
  }
  // Only a phrase that reads as a description ("the Navy veteran photographer") is matched loosely on roles.
  if (matches.length === 0 && allowRoles && explicit && ledByArticle(phrase)) matches = registry.describedBy(clean, visible);
  if (matches.length === 0) matches = fuzzy;
  if (matches.length === 0) {
    // "Gen Dunford", "Secretary Kerry": try the last word alone
    // The words before it must fit the speaker: a first name, nickname or initial of theirs, or a title.
    const ws = nameWords(clean);
    const last = ws.at(-1);
    // "the Atlantic City mayor": a phrase ending in an office is a role, never a misspelt surname ("Mayer"). A
    // surname that is also a word of roles ("Sanders" of "Sanders campaign spokesman", "Ross" of "Ross Perot's
    // running mate") is still that surname spelt right after one of the person's own first names or its short or
    // formal form: "Bernard Sanders", "Rich Ross" (`leadFit` with `byName`).
    const described = ledByArticle(phrase);
    if (last && ws.length > 1 && registry.isRoleWord(last) && !described) {
      const lead = ws.slice(0, -1);
      matches = registry.exactMatches(last, visible).flatMap((m) => {
        const penalty = m.speaker.isOrganisation ? undefined : registry.leadFit(m.speaker, lead, true, true);
        return penalty === undefined ? [] : [{ ...m, score: m.score - penalty }];
      });
    } else if (last && ws.length > 1 && !registry.isRoleWord(last)) {
      // "the ... Holder": words after "the" describe; they must describe this speaker, not just any office.
      const lead = ws.slice(0, -1);
      // The better the words before it fit ("George" over a role word), the higher the speaker ranks.
      const fitting = (list: SpeakerMatch[], byName = false) =>
        list.flatMap((m) => {
          const penalty = registry.leadFit(m.speaker, lead, byName, described);
          return penalty === undefined ? [] : [{ ...m, score: m.score - penalty }];
        });
      matches = fitting([...registry.exactMatches(last, visible), ...registry.fuzzyMatches(last, visible, minFuzzyLength)]);
      if (officeOfNone(matches, lead, registry)) matches = [];
      // "John Taieler": a surname two edits off is read only after a first name of theirs, and only when the
      // typed word is in no quote on record ("John Kerry", quoted about but never quoting, is not John Kelly).
      if (matches.length === 0 && last.length >= 4 && isUnknownWord?.(last)) matches = fitting(registry.fuzzyMatches(last, visible, minFuzzyLength, 1), true);
      // "Edward Lee" for Edward Leigh: a surname typed by ear, read only after a first name that is one of theirs as
      // typed (or its short form), never a guess on both words.
      if (matches.length === 0 && !described) {
        matches = registry.soundAlikeSurnames(last, visible).flatMap((m) => {
          const penalty = registry.leadFit(m.speaker, lead, true);
          return penalty === undefined || penalty > SURE_LEAD ? [] : [{ ...m, score: m.score - penalty }];
        });
      }
      // "Layton Hewitt": the surname exact, the given name spelt by ear and nobody's (`givenNameByEar`).
      if (matches.length === 0 && !described && lead.length === 1) matches = registry.givenNameByEar(lead[0] as string, registry.exactMatches(last, visible));
    }
  }
  if (matches.length === 0) matches = withBody(phrase, clean, (p) => resolveSpeaker(p, registry, visible, allowRoles, minFuzzyLength, explicit, isUnknownWord, when).matches, registry);
  const single = !clean.includes(' ');
  if (matches.length === 0 && single) matches = registry.firstNameMatches(clean, visible);
  // "flin", "nare": a bare word no quote uses that is nobody's name, but sounds like surnames on record. Those
  // are guesses: the speakers when nothing else matched, else tried after the matches (`soundAlikeGuesses`).
  const guesses = single && isUnknownWord?.(clean) ? registry.soundAlikeGuesses(clean, visible) : [];
  if (matches.length === 0) matches = guesses;
  const chosen = new Set(matches.map((m) => m.speaker.id));
  const fallback = [...fuzzy, ...guesses].filter((m) => !chosen.has(m.speaker.id));
  // "Jonah" where a body is called "Project Jonah": the few speakers of that first name are tried when the exact
  // match has nothing on the topic.
  if (single && matches.length > 0) for (const m of registry.firstNameMatches(clean, visible)) if (!chosen.has(m.speaker.id) && !fallback.some((f) => f.speaker.id === m.speaker.id)) fallback.push(m);
  return { matches: sortMatches(matches), fallback: sortMatches(fallback.map((m) => ({ ...m, fallback: true }))) };
}

/** A lead word that is one of the speaker's names, a short form or a title (`leadFit`'s penalties up to 0.01 each). */
const SURE_LEAD = 0.011;

/** Words that tie a name to the body it works for: "Jim Levine of IBM", "Mike Caudwell from Vodafone". */
const BODY_LINK = new Set(['of', 'from', 'at']);

/**
 * A name typed with the body the person speaks for ("Jim Levine of IBM", "Christoph Caselitz of Siemens"): the name
 * is resolved alone, and the body must be borne out. A speaker whose roles or organisations name it stays as found;
 * for the others the body's words go back to the question (`unstated`), to be found around the quote, as an
 * unstated qualifier of a role is. A speaker who has that body's words nowhere near their quotes is no answer, so
 * "John Smith of Oxfam" is not another John Smith. Only a name of one to three words before the link, and a body
 * of one to four words after it.
 */
function withBody(phrase: string, clean: string, resolve: (name: string) => SpeakerMatch[], registry: SpeakerRegistry): SpeakerMatch[] {
  if (ledByArticle(phrase)) return [];
  const ws = clean.split(/\s+/);
  const at = ws.findIndex((w, i) => i > 0 && BODY_LINK.has(w.toLowerCase()));
  if (at < 1 || at > 3 || ws.length - at - 1 < 1 || ws.length - at - 1 > 4) return [];
  const name = ws.slice(0, at).join(' ');
  if (!ws.slice(0, at).every((w) => /^\p{Lu}/u.test(w)) && !registry.isGivenName(ws[0] as string)) return [];
  const body = words(ws.slice(at + 1).join(' ')).filter((w) => !STOP_WORDS.has(w));
  if (body.length === 0) return [];
  return resolve(name)
    .filter((m) => m.kind !== 'role' && m.kind !== 'organisation')
    .map((m) => {
      const held = new Set([...m.speaker.roles, ...m.speaker.organisations].flatMap((r) => words(r).map((w) => stem(w))));
      const unstated = body.filter((w) => !held.has(stem(w)));
      return unstated.length === 0 ? m : { ...m, score: m.score - 0.01, unstated };
    });
}

/** Two or three words, none a role noun, the first a given name: the phrase names a person. */
function typedPersonName(clean: string, registry: SpeakerRegistry): boolean {
  const ws = nameWords(clean);
  return ws.length >= 2 && ws.length <= 3 && !ws.some((w) => isRole(w)) && registry.isGivenName(ws[0] as string);
}

/**
 * "Duke Bennett" where several people called Bennett are on record, none called Duke and none holding an office
 * "duke" (the word is only in other speakers' roles, "Duke University professor"): the word before the surname fits
 * them only as anybody's office word, so it tells none of them apart, and it is no name or office of any of them: the
 * person typed is somebody else (here the mayor the articles name, never quoted). Answering with whichever of them
 * has the topic would put another person's words in the typed name. Only when two or more people share the surname
 * and every one of them lets the typed words through only that way (`leadFit` with `ownOnly` rejects them all): a
 * given name, short form, initial, title or role word of any one of them keeps them all.
 */
export function officeOfNone(matches: readonly SpeakerMatch[], lead: string[], registry: SpeakerRegistry): boolean {
  if (matches.length < 2 || lead.length === 0) return false;
  const persons = new Set(matches.map((m) => registry.personKey(m.speaker.id)));
  if (persons.size < 2) return false;
  return matches.every((m) => !m.speaker.isOrganisation && registry.leadFit(m.speaker, lead, false, true) === undefined);
}

/** A misspelt full name's words before the surname fit the speaker (`leadFit`): "John Howard" is not Ron Howard. */
function firstNamesFit(m: SpeakerMatch, clean: string, registry: SpeakerRegistry): boolean {
  const ws = nameWords(clean);
  return registry.leadFit(m.speaker, ws.slice(0, -1)) !== undefined;
}

/**
 * A speaker typed as somebody's relative by name ("Fletcher's daughter Jill", "Obama's wife Michelle", "Leigh's
 * friend Tim Webb"): the name after the word of kinship is the speaker. A full name is read as typed; a given name
 * alone is the relative's given name with the person's family name (for a family relation), else the speaker of
 * that given name whose role states the relation and names the person ("daughter of Ivor Pell"). Nothing else is guessed: no match is nobody (never a
 * misspelling repaired to somebody else). Undefined when the phrase names no relative.
 */
function namedRelative(clean: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] | undefined {
  const ws = clean.split(/\s+/);
  const at = ws.findIndex((w, i) => i > 0 && RELATIONS.has(w.toLowerCase()) && /['’]s$/i.test(ws[i - 1] as string));
  if (at < 0 || at + 1 >= ws.length || ws.length - at - 1 > 3) return undefined;
  const relation = (ws[at] as string).toLowerCase();
  const given = ws.slice(at + 1).join(' ');
  const persons = (ms: SpeakerMatch[]) => ms.filter((m) => !m.speaker.isOrganisation && m.kind === 'name');
  if (ws.length - at - 1 > 1) return persons(registry.exactMatches(given, visible));
  const family = surname(ws.slice(0, at).join(' ').replace(/['’]s$/i, ''));
  if (family && FAMILY_RELATIONS.has(relation)) {
    const full = persons(registry.exactMatches(`${given} ${family}`, visible));
    if (full.length > 0) return full;
  }
  // A given name alone stands for the relative when a role of theirs names the person too ("daughter of Ivor Pell");
  // a role of "daughter" alone may be anybody's daughter of that name, so the person must be named around the quote.
  const person = family ? fold(family) : undefined;
  const ofGiven = registry.exactMatches(given, visible).filter((m) => !m.speaker.isOrganisation);
  const named = ofGiven.filter((m) => m.speaker.roles.some((r) => { const rw = words(r); return rw.includes(relation) && person !== undefined && rw.includes(person); }));
  if (named.length > 0 || !person || !FAMILY_RELATIONS.has(relation)) return named;
  // A record filed under the given name alone whose role states the relation but not the person ("daughter"):
  // the person's name must then be borne out around the quote ("Fletcher's daughter Jill said"), as a role's
  // unstated qualifier is (session 32, h-qa78).
  const alone = ofGiven.filter((m) => m.kind === 'name' && nameWords(m.speaker.name).length === 1 && m.speaker.roles.some((r) => words(r).includes(relation)));
  return alone.map((m) => ({ ...m, unstated: [person] }));
}

/** True when one of the speaker's roles names the typed person just after a word of kinship ("boyfriend Orlando Bloom", "son of"). */
function relatedTo(s: StoredSpeaker, clean: string): boolean {
  const typed = words(clean);
  if (typed.length === 0 || typed.some((w) => isRole(w))) return false;
  return [...s.roles, ...s.organisations].some((r) => {
    const ws = words(r);
    for (let i = 1; i + typed.length <= ws.length; i++) {
      if (typed.every((w, k) => ws[i + k] === w) && ws.slice(Math.max(0, i - 2), i).some((w) => RELATIONS.has(w))) return true;
    }
    return false;
  });
}

/** The speaker on record a "<name> spokesman" phrase speaks for, by its whole name ("Royal Mail", "Nasa"). */
function spokespersonOf(clean: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
  const ws = clean.split(/\s+/);
  if (ws.length < 2 || !SPOKESPERSON_NOUNS.has((ws.at(-1) as string).toLowerCase())) return [];
  const name = ws.slice(0, -1).join(' ').replace(/['’]s$/i, '');
  const matches = registry.exactMatches(name, visible);
  // A person's spokesman is not the person: "Obama's spokesman" never answers with the words of a record called
  // "Obama" when the name is the surname of people on record (Barack Obama's quotes, filed under it), nor
  // "Hillary Clinton's spokesman" with her own record when its surname is a family's, other people on record bearing
  // it (session 30, h-qa69: her own words answered). A name nobody else on record shares may be a body the extractor
  // filed as a person ("Harbour Rail said in a statement"), which speaks through its spokesperson.
  if (matches.some((m) => m.kind === 'surname' && !m.speaker.isOrganisation)) return [];
  if (matches.some((m) => m.kind === 'name' && !m.speaker.isOrganisation && isFamilyName(m.speaker, registry, visible))) return [];
  return matches.filter((m) => m.kind === 'name' || m.kind === 'organisation').map((m) => ({ ...m, kind: 'organisation' as const, score: 0.8 }));
}

function sortMatches(matches: SpeakerMatch[]): SpeakerMatch[] {
  const total = (s: StoredSpeaker) => Object.values(s.quoteCounts).reduce((a, b) => a + b, 0);
  return matches.sort((a, b) => b.score - a.score || total(b.speaker) - total(a.speaker) || a.speaker.id.localeCompare(b.speaker.id));
}

/**
 * Bare keywords ("kirby nusra", "dunfrod intel"): the longest run of words that names a speaker exactly, else one
 * word unknown to the vocabulary that is a typo of a name. Known topic words are never taken as misspelt names.
 */
function scanForSpeaker(ws: string[], registry: SpeakerRegistry, vocab: Vocabulary, visible: (s: StoredSpeaker) => boolean): { phrase: string; matches: SpeakerMatch[]; at: number; length: number } | undefined {
  let exact: { phrase: string; matches: SpeakerMatch[]; at: number; length: number } | undefined;
  // Keywords lead with the speaker ("mcgeary bernie sanders": McGeary on Sanders): the first word that starts a
  // name is the speaker, read as the longest name starting there; a later name, however long, is the topic.
  for (let i = 0; i < ws.length && !exact; i++) {
    if (STOP_WORDS.has(ws[i] as string) || SCAFFOLD.has(ws[i] as string)) continue;
    for (let n = Math.min(4, ws.length - i); n >= 1; n--) {
      const phrase = ws.slice(i, i + n).join(' ');
      // "brookings" for the Brookings Institution, but not "world" for the World Bank: a word quotes use is a topic.
      const matches = registry.exactMatches(phrase, visible).filter((m) => !m.partOfName || rareInQuotes(phrase, vocab));
      if (matches.length) {
        exact = { phrase, matches: sortMatches(matches), at: i, length: n };
        break;
      }
    }
  }
  // Keywords lead with the name ("crus campaign culture"): a misspelt name typed first is the speaker even when a
  // later word is somebody's name too ("Campaign", "Parise"), which is then the topic.
  const first = ws.findIndex((w) => !STOP_WORDS.has(w) && !SCAFFOLD.has(w));
  const lead = ws[first];
  // ...and so is a full name typed first with its surname misspelt ("tim rener zombie german music industry"), which
  // the first name bears out, even when a later word is somebody's surname ("German"), or when either typed word
  // alone is somebody's surname whose first name is another ("martin joll earpiece" is Martin Jol, not Michael
  // Martin; "chris clarke firewalls" is Chris Clark, not Charles Clarke). A first name alone is too short to be read
  // as a misspelling, so the two words are read together; an exact name of both words is read first.
  const next = ws[first + 1];
  const exactCoversBoth = exact !== undefined && exact.at <= first && exact.at + exact.length >= first + 2;
  const exactFitsLead = exact !== undefined && exact.at === first + 1 && exact.matches.some((m) => registry.leadFit(m.speaker, [lead as string]) !== undefined);
  if (lead && next && !exactCoversBoth && !exactFitsLead && (exact !== undefined || isTypedName(next, vocab))) {
    // A full name of three words typed first with its last one misspelt ("john ward andersen rick gates"): read
    // before the first two alone, which would be a misspelt two-word name ("John Wardle", "John Howard"). The last
    // word may be a word quotes use ("Andersen", the firm): all three must fit one person's name.
    const third = ws[first + 2];
    if (third && third.length >= 4 && !STOP_WORDS.has(third) && !SCAFFOLD.has(third)) {
      const phrase = `${lead} ${next} ${third}`;
      const matches = registry.fuzzyMatches(phrase, visible, 4).filter((m) => !m.speaker.isOrganisation && firstNamesFit(m, phrase, registry));
      if (matches.length) return { phrase, matches: sortMatches(matches), at: first, length: 3 };
    }
    const phrase = `${lead} ${next}`;
    const matches = registry.fuzzyMatches(phrase, visible, 4).filter((m) => !m.speaker.isOrganisation && firstNamesFit(m, phrase, registry));
    if (matches.length) return { phrase, matches: sortMatches(matches), at: first, length: 2 };
  }
  if (lead && (!exact || exact.at > first) && isTypedName(lead, vocab)) {
    const matches = registry.fuzzyMatches(lead, visible, 4);
    if (matches.length) return { phrase: lead, matches: sortMatches(matches), at: first, length: 1 };
  }
  if (exact) return exact;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    if (STOP_WORDS.has(w) || SCAFFOLD.has(w) || !isTypedName(w, vocab)) continue;
    const matches = registry.fuzzyMatches(w, visible, 4);
    if (matches.length) return { phrase: w, matches: sortMatches(matches), at: i, length: 1 };
  }
  return undefined;
}

/**
 * A word the quotes hardly use (in at most 5 quotes, or one in 2,000 of a large index): a bare keyword so rare
 * may be the word an organisation is known by ("brookings": "Brooks" and "brook" share its stem in a few quotes);
 * a word quotes use ("world", "labour") is a topic.
 */
function rareInQuotes(w: string, vocab: Vocabulary): boolean {
  return vocab.frequency(stem(w)) <= Math.max(5, vocab.quotes / 2000);
}

/** A word that may be a misspelt name: long enough, no digits, and (nearly) unknown to the quotes on record. */
function isTypedName(w: string, vocab: Vocabulary): boolean {
  return w.length >= 4 && !/\d/.test(w) && !(vocab.has(stem(w)) && vocab.frequency(stem(w)) > 2);
}

/** A hyphenated compound: its index terms in order, and the index term of the compound written as one word. */
export interface Compound {
  terms: string[];
  joined: string;
}

/** A run of letters, digits and hyphens: where compounds are looked for. */
const COMPOUND_RUN = /[\p{L}\p{N}\-\u2010\u2011]+/gu;
/** Hyphen-minus, hyphen and non-breaking hyphen: the marks that join a compound's parts. */
const COMPOUND_HYPHEN = /[-\u2010\u2011]/;

/**
 * The compounds of one run of letters, digits and hyphens, each as its parts: parts joined by single hyphens, two or more
 * of them ("--self-driving--" holds self/driving; "x-y--z-w" holds x/y and z/w). Read from the runs, not by one pattern
 * of parts and hyphens: that pattern, tried from every letter of a long run with no hyphen, read the rest of the run
 * again each time (40,000 letters 1.4 s), and a look-behind that stopped it is beyond the ReDoS check's proof.
 */
function compoundsOfRun(run: string): string[][] {
  const out: string[][] = [];
  let parts: string[] = [];
  for (const part of [...run.split(COMPOUND_HYPHEN), '']) {
    if (part) parts.push(part);
    else {
      if (parts.length >= 2) out.push(parts);
      parts = [];
    }
  }
  return out;
}

/** The hyphenated compounds of a text, when two or more of a compound's parts are index terms. */
export function hyphenCompounds(text: string): Compound[] {
  const out: Compound[] = [];
  for (const [run] of text.matchAll(COMPOUND_RUN)) {
    if (!COMPOUND_HYPHEN.test(run)) continue;
    for (const parts of compoundsOfRun(run)) {
      const terms = indexTerms(parts.join(' '));
      if (terms.length >= 2) out.push({ terms, joined: stem(parts.join('').toLowerCase()) });
    }
  }
  return out;
}

/** Shortest part of a compound read from two typed words ("film makers" -> "filmmakers"). */
const COMPOUND_PART = 3;
/**
 * Weight of the joined reading: just below the typed words' own, so it scores and covers nearly as they do but
 * neither word comes to weigh what the rarer compound weighs (a group's weight is its own readings' IDF).
 */
const COMPOUND_WEIGHT = 0.95;

/**
 * Two words typed side by side that the quotes on record write as one ("film makers" - "filmmakers", "web site" -
 * "website", "break through" - "breakthrough"): the joined word is one more reading of each of the two words, at
 * full weight (it is the same words), so a quote holding the compound covers both. Only words next to each other
 * as typed (`typed`, stop words still in), each of at least three letters, and only a compound some quote uses.
 * Not retrieved by in a topic-only look-up (below full weight, `fullWeightReadings`); it re-ranks what is found.
 */
function joinCompounds(groups: QueryGroup[], typed: string[], vocab: Vocabulary): QueryGroup[] {
  if (groups.length < 2) return groups;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < typed.length; i++) pairs.add(`${typed[i]} ${typed[i + 1]}`);
  for (let i = 0; i + 1 < groups.length; i++) {
    const a = groups[i] as QueryGroup;
    const b = groups[i + 1] as QueryGroup;
    if (a.word.length < COMPOUND_PART || b.word.length < COMPOUND_PART || !pairs.has(`${a.word} ${b.word}`)) continue;
    const joined = stem(a.word + b.word);
    if (!vocab.has(joined) || joined === stem(a.word) || joined === stem(b.word)) continue;
    for (const g of [a, b]) {
      if (g.alternatives.some((alt) => alt.length === 1 && alt[0] === joined)) continue;
      g.weights ??= g.alternatives.map(() => 1);
      g.alternatives.push([joined]);
      g.weights.push(COMPOUND_WEIGHT);
    }
  }
  return groups;
}

/**
 * The index keeps words of three letters as written ("axe", "use", "sue", "age") while their longer forms stem to
 * two ("axing", "axed" -> "ax"; "using" -> "us"; "sued" -> "su"): a question's "axing" finds the quote's "axe" too.
 */
function shortBase(w: string, vocab: Vocabulary): string[][] {
  const s = stem(w);
  return w.length > 3 && s.length === 2 && vocab.has(`${s}e`) ? [[`${s}e`]] : [];
}

/**
 * One ranking group per topic word: the word's stem, its expansions (search/expansion.ts), and a typo repair. A word
 * the question capitalises (`names`, questions/capitalised.ts) is never repaired: a name no quote says is no typo.
 */
function topicGroups(topic: string[], vocab: Vocabulary, parsed: ParsedQuestion, names: ReadonlySet<string>): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  for (const w of topic) {
    if (seen.has(w)) continue;
    seen.add(w);
    const expanded = expandWord(w, vocab);
    // The word itself and its abbreviation readings first; a typo repair only when none of them is on record.
    const alternatives: string[][] = [[stem(w)], ...shortBase(w, vocab), ...expanded.filter((e) => e.weight >= 1).map((e) => e.terms)];
    const known = alternatives.some((alt) => alt.every((t) => vocab.has(t)));
    if (!known) {
      const fixed = typoAllowance(w.length) > 0 && !names.has(w) ? vocab.correct(stem(w)) ?? vocab.correct(w) : undefined;
      if (fixed) alternatives.push([fixed]);
      else parsed.unknownWords.push(w);
    }
    const weights = alternatives.map(() => 1);
    for (const e of expanded) {
      if (e.weight >= 1 || alternatives.some((a) => a.length === 1 && a[0] === e.terms[0])) continue;
      alternatives.push(e.terms);
      weights.push(e.weight);
    }
    groups.push(weights.length > 0 && weights.some((x) => x !== 1) ? { word: w, alternatives, weights } : { word: w, alternatives });
  }
  return groups;
}

/** The given name of "Sir Paul" or "Dame Judi" (a knight's title and one word), else undefined. */
export function knightedGivenName(phrase: string): string | undefined {
  const ws = phrase.trim().split(/\s+/);
  return ws.length === 2 && KNIGHTLY_TITLES.has((ws[0] as string).toLowerCase()) && /^\p{L}+$/u.test(ws[1] as string) ? ws[1] : undefined;
}
