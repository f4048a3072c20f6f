import { MONTHS, WEEKDAYS } from '../extraction/lexicon/time.js';
import { indexTerms } from '../search/tokenize.js';

/** Words as the text writes them, an apostrophe's tail kept on ("Erica's"). */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Capitalised words that name a date, not anybody. */
const CALENDAR: ReadonlySet<string> = new Set<string>([...WEEKDAYS, ...MONTHS.keys()]);

/** What may stand between a sentence's end and its first word (spaces, quotation marks, brackets, dashes). */
const OPENING = /[\s"“”‘’'([–—-]/u;

/**
 * Whether a quote's own words name somebody besides what a description asks for (`asked`: the description's index
 * terms): a capitalised word inside a sentence (not opening it), not the pronoun "I", not a day or a month, whose
 * index term is no word of the description. "Erica's mother, Dawn, was the principal of Sandy Hook Elementary
 * School" names Dawn, so the principal it describes is a third person; "he didn't know us from Burke County at all"
 * names nothing but the description's county, and the speaker of it may be the Burke County woman.
 */
export function namesThirdParty(text: string, asked: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(WORD)) {
    const apostrophe = m[0].search(/['’]/u);
    const word = apostrophe < 0 ? m[0] : m[0].slice(0, apostrophe);
    if (!/^\p{Lu}/u.test(word) || word.length < 2 || CALENDAR.has(word.toLowerCase()) || opensSentence(text, m.index)) continue;
    const term = indexTerms(word)[0];
    if (term !== undefined && !asked.has(term)) return true;
  }
  return false;
}

/** Whether the word at `at` opens the text or a sentence of it. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && OPENING.test(text[i] as string)) i--;
  return i < 0 || /[.!?:;]/u.test(text[i] as string);
}
