/**
 * Demonyms: words for where a person is from ("the American", "the Irishman", "Australian Lynton Crosby"). Before a
 * person's name they say where the person is from (the role); before a common noun they are adjectives ("American
 * military officials"); alone they are never a name ("said the American" is Andre Agassi, not a man called
 * "American"). Two sessions' lists (h-attr16, h-attr17) merged.
 */
import { set } from './words.js';

/**
 * Every word for where a person or body is from, nouns and adjectives alike; not those that are common names as well
 * ("Cuban said" is Mark Cuban; Finn, Dane, Pole), which only the one-person list below reads, after "the".
 */
export const DEMONYMS: ReadonlySet<string> = set(`
  american british briton french frenchman frenchwoman german russian chinese japanese spanish spaniard italian
  european belgian brazilian irish irishman irishwoman texan dutch dutchman dutchwoman kiwi ukrainian canadian
  australian indian israeli iranian mexican swiss swede swedish norwegian danish polish greek turk turkish korean
  scot scottish scotsman scotswoman welsh welshman welshwoman english englishman englishwoman african asian
  argentine argentinian portuguese austrian hungarian czech serb serbian croat croatian nigerian kenyan egyptian
  pakistani afghan iraqi syrian saudi palestinian lebanese jordanian californian londoner parisian corkman
  yorkshireman northerner southerner colombian venezuelan chilean peruvian romanian bulgarian slovak slovenian
  lithuanian latvian estonian armenian icelander bosnian cypriot belarusian georgian uruguayan paraguayan ecuadorian
  bolivian jamaican aussie zealander moroccan algerian tunisian libyan ghanaian ethiopian zimbabwean zambian
  cameroonian ivorian emirati qatari indonesian malaysian filipino singaporean floridian virginian ohioan
`);

/** Demonyms that are nouns for a person ("Spaniard Guillermo Ruiz"), never an adjective of a body's name. */
export const PERSON_DEMONYMS: ReadonlySet<string> = set(`
  briton frenchman frenchwoman spaniard irishman irishwoman dutchman dutchwoman kiwi swede scot scotsman scotswoman
  welshman welshwoman englishman englishwoman londoner parisian corkman yorkshireman
`);

/** Demonyms that are also family or given names ("Dawn French", "Bill English", "German Gref"): alone, maybe a person. */
export const NAME_DEMONYMS: ReadonlySet<string> = set('french english welsh irish german');

/**
 * After "the", the demonyms that stand for one person the text is about, as an age does ("the Dutchman said").
 * Words in "-ese", adjectives such as "the British", "the French", "the Swiss" are left out: after "the" they are as
 * often a people or a government ("the Chinese said").
 */
const ONE_PERSON_DEMONYMS: ReadonlySet<string> = set(`
  american russian briton englishman englishwoman scot scotsman scotswoman welshman welshwoman irishman irishwoman
  frenchman frenchwoman dutchman dutchwoman german spaniard italian swede norwegian dane finn icelander belgian
  austrian pole czech slovak hungarian romanian bulgarian serb croatian croat slovenian bosnian greek cypriot turk
  ukrainian belarusian georgian armenian latvian lithuanian estonian canadian mexican brazilian argentine
  argentinian chilean colombian peruvian venezuelan uruguayan paraguayan ecuadorian bolivian cuban jamaican
  australian aussie kiwi zealander korean indian pakistani afghan iranian iraqi syrian israeli egyptian moroccan
  algerian tunisian libyan nigerian ghanaian kenyan ethiopian zimbabwean zambian cameroonian ivorian saudi emirati
  qatari indonesian malaysian filipino singaporean texan californian floridian virginian ohioan vermonter
  yorker
`);

/** "American", "Dutchman" after "the": one person named by where they are from. */
export function isDemonym(lw: string): boolean {
  return ONE_PERSON_DEMONYMS.has(lw);
}

/** Adjectives of nationality whose person noun is another word ("Scottish referee" -> "the Scot"). */
const ADJECTIVE_TO_DEMONYM: Readonly<Record<string, string>> = {
  scottish: 'scot', scotsman: 'scot', scotswoman: 'scot', irish: 'irishman', irishwoman: 'irishman', dutch: 'dutchman',
  dutchwoman: 'dutchman', french: 'frenchman', frenchwoman: 'frenchman', english: 'englishman', englishwoman: 'englishman',
  welsh: 'welshman', welshwoman: 'welshman', spanish: 'spaniard', swedish: 'swede', danish: 'dane', finnish: 'finn',
  polish: 'pole', turkish: 'turk', british: 'briton', croat: 'croatian', argentinian: 'argentine',
};

/**
 * The nationality a word states, as one key for the adjective and the person noun ("Scottish", "Scot" -> "scot";
 * "American" -> "american"), or undefined.
 */
export function nationalityOf(lw: string): string | undefined {
  return ADJECTIVE_TO_DEMONYM[lw] ?? (ONE_PERSON_DEMONYMS.has(lw) ? lw : undefined);
}

/** Demonyms of a region, a state, a city or a continent, or of a nation inside the UK: no nation of their own to tell apart. */
const NOT_NATIONS: ReadonlySet<string> = set(`
  european african asian texan californian floridian virginian ohioan londoner parisian corkman yorkshireman northerner
  southerner scot scottish scotsman scotswoman welsh welshman welshwoman english englishman englishwoman georgian kiwi
  zealander
`);

/** The UK's and the US's names and adjectives under one key each ("Britain", "British" -> "uk"). */
export const ANGLO_NATION_KEYS: Readonly<Record<string, string>> = {
  uk: 'uk', britain: 'uk', british: 'uk', us: 'us', usa: 'us', america: 'us', american: 'us',
};

/**
 * Country adjectives that do not start with the country's name ("Irish" / "Ireland"; "German" / "Germany" do), under
 * the country's name as the role index spells qualifiers (`speakers/roles.ts` QUALIFIER_SYNONYMS).
 */
export const ADJECTIVE_COUNTRIES: Readonly<Record<string, string>> = {
  irish: 'ireland', french: 'france', spanish: 'spain', dutch: 'netherlands', swiss: 'switzerland', greek: 'greece',
  turkish: 'turkey', polish: 'poland', danish: 'denmark', swedish: 'sweden', norwegian: 'norway', finnish: 'finland',
  portuguese: 'portugal', lebanese: 'lebanon', thai: 'thailand', filipino: 'philippines', belgian: 'belgium',
  peruvian: 'peru', chilean: 'chile',
};

/** Person nouns of those nations ("Frenchman"), read as their adjectives. */
const PERSON_NOUN_COUNTRIES: Readonly<Record<string, string>> = {
  irishman: 'ireland', irishwoman: 'ireland', frenchman: 'france', frenchwoman: 'france', spaniard: 'spain',
  dutchman: 'netherlands', dutchwoman: 'netherlands', swede: 'sweden',
};

/**
 * One nation under several words: the UK's and the US's names and adjectives, person nouns as their adjectives, and
 * the nations whose adjective does not start with their name under that name ("French", "France" -> "france").
 */
const SAME_NATION: Readonly<Record<string, string>> = {
  ...ANGLO_NATION_KEYS,
  aussie: 'australian', turk: 'turkey', serb: 'serbian', croat: 'croatian', argentinian: 'argentine',
  ...Object.fromEntries(Object.entries({ ...ADJECTIVE_COUNTRIES, ...PERSON_NOUN_COUNTRIES }).flatMap(([a, n]) => [[a, n], [n, n]])),
};

/**
 * The nation a role's word states, as one key for its adjectives and names ("British", "UK" -> "uk"; "Chinese" ->
 * "chinese"; "French", "France" -> "france"), or undefined: for a word that is no nation's adjective (a country's
 * own name whose adjective starts with it, "China", is left undefined, so two spellings of one nation are never read
 * as two nations).
 */
export function nationOf(lw: string): string | undefined {
  return SAME_NATION[lw] ?? (DEMONYMS.has(lw) && !NOT_NATIONS.has(lw) ? lw : undefined);
}

/** Every word `nationOf` reads as a nation ("thai", "thailand", "british", "uk", "russian"). */
export function nationWords(): string[] {
  return [...new Set([...Object.keys(SAME_NATION), ...[...DEMONYMS].filter((w) => nationOf(w) !== undefined)])];
}

/**
 * Countries' own names, of the nations `DEMONYMS` has an adjective for ("Britain", "Ukraine", "China"): the place
 * of an office held "to" or "of" a country ("ambassador to Britain Lin Xiao", `names.ts` `officePlaceBeforeHolder`).
 * Not those that are also common given names or family names ("Jordan", "Georgia", "Chad", "Israel").
 */
export const NATION_NAMES: ReadonlySet<string> = set(`
  britain uk america us usa france germany russia china japan spain italy belgium brazil ireland netherlands ukraine
  canada australia india iran mexico switzerland sweden norway denmark poland greece turkey korea portugal austria
  hungary serbia croatia nigeria kenya egypt pakistan afghanistan iraq syria lebanon argentina colombia venezuela
  chile peru romania bulgaria slovakia slovenia lithuania latvia estonia armenia iceland bosnia cyprus belarus uruguay
  paraguay ecuador bolivia jamaica morocco algeria tunisia libya ghana ethiopia zimbabwe zambia cameroon qatar
  indonesia malaysia philippines singapore scotland wales england finland thailand vietnam cuba taiwan
`);

/** Countries whose names are two words, for `namesNation` ("New Zealand" of "the Kiwi"). */
const TWO_WORD_NATION_NAMES: ReadonlySet<string> = new Set([
  'new zealand', 'south africa', 'united states', 'united kingdom', 'great britain', 'northern ireland', 'sri lanka',
  'south korea', 'north korea', 'saudi arabia', 'costa rica', 'ivory coast', 'czech republic',
]);

/**
 * A name that is a country's ("New Zealand", "Wales", "Argentina"): a team or a place, never the one person a
 * nationality or an age stands for ("the Kiwi said", "the 28-year-old said"). Not the names that are also given or
 * family names, which `NATION_NAMES` leaves out ("Jordan", "Georgia").
 */
export function namesNation(name: string): boolean {
  const lw = name.toLowerCase();
  return NATION_NAMES.has(lw) || TWO_WORD_NATION_NAMES.has(lw);
}
