import { genderOfGivenName } from '../extraction/lexicon/given-names.js';
import { COURTESY } from '../extraction/lexicon/titles.js';
import { indexTerms } from '../search/tokenize.js';
import type { QuoteFilter, QuoteStore } from '../store/port.js';

/** Quotes read at most to tell whether a word is somebody's name in the articles. */
const NAME_POOL = 40;

/** Words as the text writes them, possessive and dots kept apart ("Ms.", "Villalba's"): a linear scan. */
const TOKEN = /[\p{L}\p{M}]+/gu;

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const isLowerCase = (w: string): boolean => /^\p{Ll}/u.test(w);

/**
 * Whether one word of the question, in the speaker's place but nobody's speaker ("Villalba on the tribunal ruling"),
 * is a person's name in the articles: the texts that hold it (the quotes' own words and paragraphs) write it with a
 * capital every time, at least once just after a courtesy title or a given name ("Ms Villalba", "Stephanie
 * Villalba"), or as the second of two capitalised words opening mid-sentence ("the transport secretary, Olav
 * Halden": a given name the lexicon does not know). A quote's words that name somebody make that name part of the
 * vocabulary, so the question's other test (a word no quote uses) cannot see it; a surname that is also a common
 * word ("green", "rose") is written in lower case somewhere and stays a topic. One bounded look-up (NAME_POOL quotes).
 */
export async function isMentionedPerson(word: string, store: QuoteStore, filter: QuoteFilter): Promise<boolean> {
  const term = indexTerms(word)[0];
  if (!term || !/^\p{L}+$/u.test(word)) return false;
  const quotes = await store.quotesByTerms([term], filter, NAME_POOL);
  const folded = word.toLowerCase();
  let named = false;
  for (const q of quotes) {
    for (const text of [q.text, q.context]) {
      let before = '';
      let twoBack = '';
      for (const m of text.matchAll(TOKEN)) {
        const w = m[0];
        if (w.toLowerCase() === folded) {
          if (w[0] === w[0]?.toLowerCase()) return false; // written as a common word somewhere
          if (isCapitalised(before) && (COURTESY.has(before.toLowerCase()) || genderOfGivenName(before) !== undefined || isLowerCase(twoBack))) named = true;
        }
        twoBack = before;
        before = w;
      }
    }
  }
  return named;
}
