/**
 * Verbs that put the speaker's own words on something (issue 13, short quoted phrases): `called the plan "an
 * absolute disgrace"`, `described it as "unworkable"`. They are cues only for a quote they govern as the
 * complement of their object (cues.ts `complementQuote`), never on their own: "called for", "a film called",
 * "was described as" are not speech.
 */
import { inflect } from './inflect.js';

const formsOf = (declared: string): string[] => declared.trim().split(/\s+/).flatMap((d) => inflect(d));

/**
 * Naming verbs: the quote is the complement right after the object, or right after the verb ("called the
 * plan "a disgrace"", "what he called "a disgrace"", "deemed him "well qualified"").
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set([...formsOf('call dub+ brand label term deem'), 'labelled', 'labelling']);

/**
 * Verbs whose characterisation follows "as" ("described the deal as "a good start"", "referring to the US as the
 * "Great Satan"", "hailed the vote as "fantastic""). Beliefs without a hearer ("sees", "considers") are left
 * out, as the gold guidelines leave out beliefs.
 */
export const AS_VERBS: ReadonlySet<string> = new Set([
  ...formsOf(`describe refer+ portray characterise characterize hail herald praise brand label dismiss denounce
    criticise criticize deride paint depict defend identify introduce view reject present tout slam+ blast attack mock
    chastise condemn decry welcome dub+ sum+ term deem`),
  'labelled', 'labelling', 'cast', 'casts', 'casting',
]);

/**
 * Verbs of thanks, praise and blame whose reason in quotation marks follows "for" (or "with" / "to" after
 * "credit"): `thanked Obama for "taking these steps"`, `blamed the board for "a wasted decade"`, `credited the win
 * to "a closed primary"`. The reason is the speaker's words.
 */
export const FOR_VERBS: ReadonlySet<string> = new Set(formsOf(`thank praise blame credit fault commend applaud chastise
  criticise criticize attack slam+ blast condemn decry denounce rebuke scold`));

/** A verb form whose quoted reason follows "for" ("thanked X for "..."") or, for "credit", "with" / "to". */
export const takesForComplement = (lw: string, preposition: string): boolean =>
  FOR_VERBS.has(lw) && (preposition === 'for' || ((preposition === 'with' || preposition === 'to') && lw.startsWith('credit')));

/**
 * Verbs of a stance taken out loud whose object a short quote may be ("Rubio bemoaned a climate in which people
 * "literally hate each other"", "Cruz questioned Trump's "New York values"", "the crowd chanted "Lock her up!""):
 * with the sentence's subject as their own, the quote is the subject's words (reader.ts, a short quote with no cue).
 * The "as" and "for" verbs count too.
 */
const STANCE_OBJECT_VERBS: ReadonlySet<string> = new Set([...AS_VERBS, ...FOR_VERBS, ...formsOf(`decry bemoan lament
  question reject accuse mock deride chant shout invoke cite repeat denounce condemn urge promise pledge vow`)]);

/** The subject's own verb makes a short quote after it the subject's words (`STANCE_OBJECT_VERBS`). */
export const governsQuotedObject = (lw: string): boolean => STANCE_OBJECT_VERBS.has(lw);

/** A form of a verb that names or characterises with the speaker's words. */
export const isCharacterisingVerb = (lw: string): boolean => NAMING_VERBS.has(lw) || AS_VERBS.has(lw);
/** A naming verb form ("called", "dubs", "deemed"). */
export const isNamingVerb = (lw: string): boolean => NAMING_VERBS.has(lw);
/** A verb form whose characterisation follows "as". */
export const takesAsComplement = (lw: string): boolean => AS_VERBS.has(lw);

/** Object pronouns a naming verb characterises a person by ("called him a liar", "described herself as ..."). */
export const PERSON_OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'himself', 'herself', 'themselves']);
