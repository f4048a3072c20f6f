/** Words that make a phrase an organisation, or say what kind of body it is. */
import { set } from './words.js';

/** Words that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = set(`department ministry committee center centre council office party agency police commission
bank inc inc. ltd ltd. corp corp. corporation company group university college school association union federation
institute foundation service services administration army navy force forces court government parliament congress
senate house assembly board authority bureau reuters bbc cnn afp ap times post journal news network league club fc
team campaign organisation organization coalition alliance trust fund society network channel press telegraph
guardian observer herald tribune gazette daily agency associated airlines airways motors systems technologies
labs laboratories hospital church embassy consulate secretariat cabinet kremlin pentagon nato un eu fbi cia nhs
treasury whitehall commons lords downing yard interpol opec imf who unicef unesco fifa uefa ofcom ofgem fsa
microsoft apple google facebook amazon twitter sony nintendo ibm intel convention pac caucus conference
securities equities holdings partners investments`);

/**
 * Nouns that head a body after its name in lower case ("Times newspaper", "US Airways management", "Strategy
 * unit"), besides the organisation words: an organisation's name may end in them.
 */
export const BODY_HEADS_AFTER_NAME = set(`newspaper paper magazine station unit management staff`);

/**
 * Participles that open the names of bodies and places ("United States", "Associated Press", "Allied Irish
 * Banks"): at the front of a capitalised run they are part of the name, not a sentence's opening participle.
 */
export const NAME_PARTICIPLES = set(`united associated allied consolidated amalgamated federated incorporated limited`);

/**
 * Nouns that say what kind of body an organisation is ("Miner Highland Gold", "Carmaker Fiat",
 * "Brokerage Kotak"): before an organisation's name they are no part of it.
 */
export const KIND_NOUNS = set(`miner carmaker automaker retailer brokerage lender insurer airline bank broadcaster
publisher supermarket chipmaker drugmaker pharmaceutical conglomerate operator regulator watchdog group firm
company studio label developer network utility charity website broker bookmaker shipbuilder steelmaker housebuilder
homebuilder toymaker jeweller jeweler refiner manufacturer exporter distributor`);

/** A plural of an organisation word ("groups", "unions", "agencies"): a kind of source, not one body. */
export function isOrgPlural(lw: string): boolean {
  if (lw.endsWith('ies')) return ORG_WORDS.has(`${lw.slice(0, -3)}y`);
  return lw.endsWith('s') && !ORG_WORDS.has(lw) && ORG_WORDS.has(lw.slice(0, -1));
}

/** Head nouns of "the company said" and the like, which stand for the organisation of the story. */
export const GENERIC_ORG = new Set(['company', 'firm', 'group', 'giant', 'carrier', 'airline', 'retailer', 'maker', 'bank', 'club', 'business', 'chain', 'manufacturer', 'broadcaster', 'insurer', 'lender', 'operator', 'supermarket', 'brand', 'corporation', 'conglomerate', 'publisher', 'network', 'studio', 'label', 'developer', 'utility', 'organisation', 'organization', 'charity']);

/**
 * Kinds of body an article calls an organisation by ("the bookmaker", "the brokerage", "bookmaker William Hill"):
 * words that, with "the" or before a name, stand for a body rather than a person.
 */
const ORG_KINDS = set(`bookmaker brokerage bank lender insurer airline carrier carmaker automaker retailer chipmaker
drugmaker supermarket broadcaster conglomerate firm company charity website utility chain manufacturer corporation
organisation organization club studio giant consultancy fansite`);

/** A kind of body ("bookmaker", "brokerage", "firm"). */
export function isOrgKind(lw: string): boolean {
  return ORG_KINDS.has(lw);
}

/**
 * Kinds that, lower case right before a name, say the name is a body ("bookmaker William Hill", "lender HSBC").
 * Not the general ones, which also open a relative clause ("the firm John Smith founded").
 */
const GENERAL_KINDS = set('firm company charity website utility chain corporation organisation organization club studio giant fansite');
export function isKindBeforeName(lw: string): boolean {
  return ORG_KINDS.has(lw) && !GENERAL_KINDS.has(lw);
}

/**
 * Offices whose holder speaks for a body named right before them ("William Hill spokesman Rupert Adams", "Big
 * Brother spokeswoman"): the capitalised words before them name an organisation, not a place or a person.
 */
export const SPEAKS_FOR_BODY: ReadonlySet<string> = set(`spokesman spokeswoman spokesperson chairman chairwoman boss
ceo founder co-founder`);

/**
 * Words that name a public body (a government, a court, a regulator, a chamber), which "the company", "the group" or
 * "the firm" never stands for.
 */
const PUBLIC_BODY_WORDS = set(`commission senate court department ministry office government council committee parliament
congress agency authority police army navy house assembly bureau treasury cabinet embassy union administration
tribunal regulator watchdog`);
export function isPublicBodyWord(lw: string): boolean {
  return PUBLIC_BODY_WORDS.has(lw);
}

/** Kinds of body a description may be headed by besides the ones above ("his party", "the campaign", "the board"). */
const BODY_KIND_WORDS = set(`party campaign association federation institute foundation trust society coalition alliance
team league board fund network channel station club union group`);

/**
 * The head of a description that names a body, not a person ("the watchdog", "the paper", "His campaign", "the
 * firm"; session 32): a body head after a name, a generic or specific kind of organisation, a public body, or one of
 * the kinds above.
 */
export function isBodyKindHead(lw: string): boolean {
  return BODY_HEADS_AFTER_NAME.has(lw) || GENERIC_ORG.has(lw) || ORG_KINDS.has(lw) || PUBLIC_BODY_WORDS.has(lw) || BODY_KIND_WORDS.has(lw);
}

/** Company suffixes written after a comma ("Dräger, Inc."): part of the name before them, never a speaker. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = set('inc ltd llc plc corp gmbh ag sa');

/** "Rival Sony": a word before a body's name that says how the body stands to another, not part of its name (session 33). */
export const BODY_RELATION_OPENERS = set('rival rivals competitor');

/** "That of the European Roma Rights Centre": a pronoun before "of" standing for something of the body the clause goes on to quote (session 33). */
export const OF_PRONOUN_OPENERS = set('that those');

/** "Part of the Homeland Security Department": a part noun before "of"; the part names no speaker (session 33). */
export const PART_OPENERS = set('part parts');

/**
 * Nouns that describe a newspaper, magazine or broadcasting station ("the paper said", "Vedomosti newspaper", "Spanish
 * daily ABC"), to the kind of medium they name (session 42, h-attr114: "the paper" is the paper named before it).
 */
const MEDIUM_NOUN_KINDS: ReadonlyMap<string, string> = new Map([
  ['newspaper', 'paper'], ['paper', 'paper'], ['daily', 'paper'], ['tabloid', 'paper'], ['weekly', 'paper'],
  ['magazine', 'magazine'], ['station', 'station'],
]);

/** The kind of medium a noun describes ("newspaper" -> paper), or undefined. */
export function mediumKindOfNoun(lw: string): string | undefined {
  return MEDIUM_NOUN_KINDS.get(lw);
}

/**
 * Words a medium's own name carries that say its kind when the article never writes the kind beside it ("the Financial
 * Times", "the FT", "the Observer", "Radio 1", "Kiss FM"). Not "sun", "express", "standard", "star": firms' names too
 * (Sun Microsystems, American Express, Standard Chartered).
 */
const MEDIUM_NAME_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['paper', set(`times post telegraph journal herald guardian observer mail gazette tribune mirror chronicle
independent inquirer courier ft news`)],
  ['station', set(`radio fm tv television`)],
  ['magazine', set(`magazine`)],
]);

/** Broadcasting words that make a name with "News" a station's, not a paper's ("BBC News", "Sky News", "Fox News"). */
const BROADCAST_NAME_WORDS = set(`bbc sky fox cnn cbs nbc abc itv radio tv television channel`);

/** Whether a name's words (lower case) say it is a medium of `kind` ("financial times" a paper, "radio 1" a station). */
export function nameSaysMediumKind(words: readonly string[], kind: string): boolean {
  const own = MEDIUM_NAME_WORDS.get(kind);
  if (!own || !words.some((w) => own.has(w))) return false;
  return kind !== 'paper' || !words.includes('news') || !words.some((w) => BROADCAST_NAME_WORDS.has(w));
}
