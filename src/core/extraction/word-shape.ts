/**
 * Word shapes tested by one shared regex each. V8 compiles a regex with a `\p{...}` class (ICU builds the class at
 * each compile) once more for every site that spells it differently, in each thread, and for each string width
 * (one-byte and two-byte texts): a shape spelled once here, and its variants read through it, is compiled once per
 * thread and width (session 42, docs/EXTRACTION.md). Imports nothing, so the lexicon may use it too.
 */

/** A word written title-case: one capital, then lower case only ("May", "Guardian"; not "MAY", "McCain", "iPhone"). */
export function isTitleCased(w: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(w);
}

/**
 * A title-cased stem and then `ending`, lower-case letters ("Hosting": "Host" and "ing"): what `^\p{Lu}\p{Ll}+ing$`
 * matches, read through `isTitleCased`'s one regex instead of one more pattern per ending.
 */
export function isTitleCasedWithEnding(w: string, ending: string): boolean {
  return w.endsWith(ending) && isTitleCased(w.slice(0, w.length - ending.length));
}

/** Capital letters only ("NATO", "WASHINGTON"). */
export function isAllCapitals(w: string): boolean {
  return /^\p{Lu}+$/u.test(w);
}
