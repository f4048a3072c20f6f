/** Titles, honorifics, ranks and party labels: words that say what someone is, never part of a name. */
import { set } from './words.js';
import { ROLE_NOUNS } from './roles.js';

/**
 * Titles are declared once, by kind, and the two places that drop titles from names read them through two
 * named views: `HONORIFICS` (the extractor: title words before a name, which go to `role`/`honorific`) and
 * `NAME_PREFIXES` (the speaker registry: words skipped at the start of a name when two names are compared).
 * The views differ on purpose, and merging them moves attributions both ways: as an honorific for the
 * extractor, "Baron" breaks "Martin Baron" and "Major" "John Major", while ranks reach the extractor through
 * `RANKS` and offices before a name ("Foreign", "Home", "Coach") would strip words off organisations' names
 * in the registry ("Home Office").
 */
/** Courtesy words: how to address a person, not what office the person holds. */
const COURTESY_WORDS = 'mr mrs ms miss mx dr sir dame';
/** Academic and clerical titles. */
const ACADEMIC_AND_CLERICAL = 'prof professor rev reverend';
/** Peerage and royalty. */
const NOBILITY = 'lord lady baroness king queen prince princess';
/** Elected and appointed offices written before a name ("Sen.", "Governor", "Prime Minister"). */
const OFFICES = 'sen senator rep representative gov governor president pres judge justice chancellor secretary minister mayor chairman chairwoman mp';
/** Military titles both views share; the other ranks are in `RANKS`. */
const MILITARY = 'gen general adm admiral col colonel lt capt captain sgt sergeant';
/** Abbreviated titles the extractor also sees with their full stop ("Gen.", "Mr."). */
const DOTTED = 'mr mrs ms dr prof gen sen rep gov pres adm col lt capt sgt rev';
/** Office words before a name the extractor reads as title ("Foreign Minister", "Coach", "DJ"). */
const OFFICE_WORDS = `chief commissioner ambassador inspector detective officer deputy assistant vice prime foreign home
defence defense interior finance health state pope speaker
constable superintendent coach manager director agent attorney premier president-elect mep dj`;
/**
 * Members of an elected body, written before a name ("Congressman Israel", "Councillor Jones"): only ever a person's
 * title, never the start of an organisation's name, so both views drop them ("Rep." and "Sen." already were).
 */
const MEMBER_TITLES = 'congressman congresswoman councillor councilman councilwoman';
/** Titles only the registry skips: ranks spelt out, clergy and kin words of address ("Father", "Sister", "Rabbi"). */
const ADDRESS_WORDS = 'baron lieutenant cmdr commander maj major father sister brother rabbi imam sheikh';
/** Words before a name in a stored speaker name that are no part of it ("the", "St"). */
const NAME_LEADERS = 'the st';

const words = (...groups: string[]): string[] => groups.join(' ').trim().split(/\s+/);
const dotted = (ws: string): string[] => words(ws).map((w) => `${w}.`);

/** Courtesy titles: they say how to address a person, not what office the person holds. */
export const COURTESY: ReadonlySet<string> = new Set([...words(COURTESY_WORDS), ...dotted('mr mrs ms dr')]);

/**
 * Offices a person is addressed by after a courtesy title ("Mr President", "Madam Speaker", "Mr Secretary"): after
 * "Mr" or "Ms" they stay the office. Any other title word after a courtesy title is a family name ("Mr King",
 * "Ms Singer", "Mr. Prince"; session 40, h-attr110).
 */
export const ADDRESSED_OFFICES: ReadonlySet<string> = set(`
  president vice-president president-elect speaker chairman chairwoman chair secretary mayor ambassador commissioner
  justice governor senator minister chancellor premier attorney deputy prime
`);

/**
 * "Mr King", "Ms. Prince": a courtesy title ("Sir" and "Dame" take a given name) before a word that is not an office
 * one is addressed by; the word is a family name. Words in lower case, a full stop allowed.
 */
export function courtesyBeforeFamilyName(courtesy: string, word: string): boolean {
  const c = courtesy.replace(/\.$/, '');
  return COURTESY.has(c) && c !== 'sir' && c !== 'dame' && !ADDRESSED_OFFICES.has(word.replace(/[.,]+$/, ''));
}

/** Honorifics and titles dropped from canonical names ("Gen Joseph Dunford" -> "Joseph Dunford"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  ...words(COURTESY_WORDS, ACADEMIC_AND_CLERICAL, NOBILITY, OFFICES, MILITARY, OFFICE_WORDS, MEMBER_TITLES), ...dotted(DOTTED),
]);

/** Words skipped at the start of a name when names are compared ("Gen. Joseph Dunford" is "joseph dunford"). */
export const NAME_PREFIXES: ReadonlySet<string> = new Set(
  words(COURTESY_WORDS, ACADEMIC_AND_CLERICAL, NOBILITY, OFFICES, MILITARY, MEMBER_TITLES, ADDRESS_WORDS, NAME_LEADERS),
);

/**
 * Abbreviated titles a writer puts before a name with a full stop ("Sen.", "Gov.", "Lt.", "Mr."): that stop is no end
 * of the phrase it stands in ("a former aide to Sen. Ted Cruz"). Words in lower case, without the stop.
 */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(words(DOTTED, 'maj cmdr brig'));

/** `lw` (lower case, no stop) is an abbreviated title written before a name ("sen", "gov", "lt", "mr"). */
export function isTitleAbbreviation(lw: string): boolean {
  return TITLE_ABBREVIATIONS.has(lw);
}

/** Military and police ranks, abbreviated or not ("Cmdr.", "Maj", "Lt Col"): never part of a name. */
export const RANKS = set(`cmdr cmdr commander maj major brig brigadier lt lieutenant col colonel capt captain sgt sergeant
cpl corporal pvt private adm admiral gen general marshal commodore ensign sheriff constable supt superintendent insp
inspector det detective cdr wo`);

/** Party and political labels written before a name ("Republican Donald Trump", "Tory Liam Fox"). */
export const AFFILIATIONS = set(`republican republicans democrat democrats democratic tory tories labour conservative
conservatives liberal libdem dem dems snp ukip gop independent socialist green greens unionist nationalist msp am mla td
`);

/**
 * A party's member, singular, written before a name after other capitalised words ("House Republican Thomas Massie",
 * "Senate Democrat Dianne Feinstein"): the member word ends the role, the words before it name the chamber.
 */
export const PARTY_MEMBER_WORDS = set(`republican democrat tory conservative socialist unionist nationalist libdem`);

/** Titles kept in the displayed name when only a surname follows ("Lord Strathclyde"). */
export const PEERAGE = set(`lord lady baroness baron dame sir`);

/** A knight's or dame's title, written with the given name ("Sir Paul", "Dame Judi"), never the surname alone. */
export const KNIGHTLY_TITLES = set(`sir dame`);
/** A title as the cast keeps it ("Sir", "dame", "Sir."), any case, a final full stop dropped, is a knight's or dame's. */
export const isKnightlyTitle = (title: string): boolean => KNIGHTLY_TITLES.has(title.toLowerCase().replace(/\.$/, ''));

/** A hyphenated title whose last part is a title or role ("under-secretary", "attorney-general"). */
export function isHyphenatedTitle(lw: string): boolean {
  const dash = lw.lastIndexOf('-');
  if (dash <= 0) return false;
  const tail = lw.slice(dash + 1);
  return HONORIFICS.has(tail) || ROLE_NOUNS.has(tail);
}

/** Titles written after a name ("Frank Field MP"). */
export const POST_NOMINALS = new Set(['MP', 'MPs', 'MEP', 'MSP', 'AM', 'QC', 'KC', 'MLA', 'TD']);

/** Titles and role words that say a person is a woman. */
export const FEMALE_WORDS = new Set(['mrs', 'ms', 'miss', 'lady', 'baroness', 'dame', 'queen', 'princess', 'madam', 'congresswoman', 'chairwoman', 'spokeswoman', 'councilwoman']);

/** Titles and role words that say a person is a man. */
export const MALE_WORDS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'baron']);

/**
 * Role words in "-man" that newsrooms also write of women ("UKIP's chairman Petrina Holdsworth", "Katie Packer, who is
 * chairman"): a hint that the holder is a man, never a stated gender (session 31). Their "-woman" forms do say it.
 */
export const MAN_ROLE_WORDS = new Set(['chairman', 'spokesman', 'congressman', 'councilman', 'businessman', 'alderman', 'assemblyman', 'committeeman', 'frontman', 'anchorman']);

/**
 * Nouns that say what a person is and their sex, as the head of an appositive after the name ("Sharron Storer, the
 * Birmingham woman who ...", "Tom Hale, a local man,"): woman, then man.
 */
export const FEMALE_PERSON_NOUNS = new Set(['woman', 'girl', 'mother', 'grandmother', 'widow', 'wife', 'daughter', 'sister', 'actress', 'businesswoman', 'housewife', 'mum']);
export const MALE_PERSON_NOUNS = new Set(['man', 'boy', 'father', 'grandfather', 'widower', 'husband', 'son', 'brother', 'actor', 'businessman', 'dad']);
/** Words that may follow such a head noun and end its phrase ("the Birmingham woman who ...", "a man from Leeds"). */
export const PERSON_NOUN_FOLLOWERS = new Set(['who', 'whose', 'from', 'in', 'at', 'with', 'of']);

/**
 * Offices and ranks written in full before a name ("Chancellor Gordon Brown", "President Bush", "Gen. Dunford" read as
 * "general"): when the article states no other role, the title is the role the speaker is quoted in.
 */
export const OFFICE_TITLES: ReadonlySet<string> = new Set(words(OFFICES, MILITARY).filter((w) => !DOTTED.split(' ').includes(w)));

/**
 * Office words of `OFFICE_WORDS` and the academic title that, written alone before a name, name the office the person
 * holds ("Professor Joni Lovenduski", "Ambassador Chris Stevens", "Coach Andy Robinson", "DJ Norman Cook"), with the
 * form shown as the role (session 38, h-attr96). Like `OFFICE_TITLES`, the quote's role when the article states no
 * other. Not the first words of longer titles ("Chief", "Deputy", "Vice", "Foreign": a lone one names no office), nor
 * clergy, royalty or peerage (how to address a person, not an office held).
 */
export const TITLE_OFFICES: ReadonlySet<string> = set(`
  professor ambassador commissioner inspector detective superintendent constable officer coach manager director attorney
  agent premier speaker congressman congresswoman councillor councilman councilwoman president-elect mep dj
`);
/** Title offices shown in capitals as roles ("MEP", "DJ"): initials, not words. */
const INITIALS_TITLES: ReadonlySet<string> = set('mep dj');

/**
 * The role a person's titles (as the cast stores them) name when the article states none: the first office of
 * `OFFICE_TITLES`, else the first of `TITLE_OFFICES` in its shown form, else undefined.
 */
export function officeOfTitles(titles: readonly string[]): string | undefined {
  const office = titles.find((t) => OFFICE_TITLES.has(t));
  if (office) return office;
  const other = titles.find((t) => TITLE_OFFICES.has(t));
  return other === undefined || !INITIALS_TITLES.has(other) ? other : other.toUpperCase();
}
