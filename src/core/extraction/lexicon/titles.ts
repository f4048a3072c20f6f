/** Titles, honorifics, ranks and party labels: words that say what someone is, never part of a name. */
import { set } from './words.js';
import { ROLE_NOUNS } from './roles.js';

/** Courtesy titles: they say how to address a person, not what office the person holds. */
export const COURTESY = set('mr mr. mrs mrs. ms ms. miss mx dr dr. sir dame');

/** Honorifics and titles dropped from canonical names ("Gen Joseph Dunford" -> "Joseph Dunford"). */
export const HONORIFICS = set(`mr mr. mrs mrs. ms ms. miss mx dr dr. prof prof. professor sir dame gen gen. general
sen sen. senator rep rep. representative gov gov. governor president pres pres. adm adm. admiral col col. colonel
lt lt. capt capt. captain sgt sgt. sergeant rev rev. reverend judge justice chancellor secretary minister mayor
chairman chairwoman chief commissioner ambassador inspector detective officer deputy assistant vice prime foreign
home defence defense interior finance health justice state lord lady baroness king queen prince princess pope
speaker congressman congresswoman councillor councilman councilwoman constable superintendent coach manager
director agent attorney premier president-elect mp mep dj`);

/** Military and police ranks, abbreviated or not ("Cmdr.", "Maj", "Lt Col"): never part of a name. */
export const RANKS = set(`cmdr cmdr commander maj major brig brigadier lt lieutenant col colonel capt captain sgt sergeant
cpl corporal pvt private adm admiral gen general marshal commodore ensign sheriff constable supt superintendent insp
inspector det detective cdr wo`);

/** Party and political labels written before a name ("Republican Donald Trump", "Tory Liam Fox"). */
export const AFFILIATIONS = set(`republican republicans democrat democrats democratic tory tories labour conservative
conservatives liberal libdem snp ukip gop independent socialist green greens unionist nationalist msp am mla td
`);

/** Qualifiers of a role ("Former Obama adviser"): before a lone word they describe, they do not name. */
export const QUALIFIER_WORDS = set('former ex then late acting interim outgoing incoming');

/** Titles kept in the displayed name when only a surname follows ("Lord Strathclyde"). */
export const PEERAGE = set(`lord lady baroness baron dame sir`);

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
export const MALE_WORDS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'congressman', 'chairman', 'spokesman', 'councilman', 'baron']);
