/**
 * Demonyms: the words for a person of a country or region ("the American", "the Dutchman", "the Texan"). After
 * "the" such a word stands for one person the text is about, as an age does ("the 30-year-old"); it is never a
 * name of its own. Words in "-ese" and "the British", "the Swiss" are left out: after "the" they are as often a
 * people or a government ("the Chinese said").
 */
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const DEMONYMS = set(`
  american russian briton englishman englishwoman scot scotsman scotswoman welshman welshwoman
  irishman irishwoman frenchman frenchwoman dutchman dutchwoman german spaniard italian swede
  norwegian dane finn icelander belgian austrian pole czech slovak hungarian romanian bulgarian serb croatian croat
  slovenian bosnian greek cypriot turk ukrainian belarusian georgian armenian latvian lithuanian estonian
  canadian mexican brazilian argentine argentinian chilean colombian peruvian venezuelan uruguayan paraguayan
  ecuadorian bolivian cuban jamaican australian aussie kiwi zealander korean
  indian pakistani afghan iranian iraqi syrian israeli egyptian moroccan
  algerian tunisian libyan nigerian ghanaian kenyan ethiopian zimbabwean zambian cameroonian
  ivorian saudi emirati qatari indonesian malaysian filipino singaporean
  texan californian floridian virginian ohioan
`);

/** "American", "Dutchman": a single capitalised word naming a person by where they are from. */
export function isDemonym(lw: string): boolean {
  return DEMONYMS.has(lw);
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
  return ADJECTIVE_TO_DEMONYM[lw] ?? (DEMONYMS.has(lw) ? lw : undefined);
}
