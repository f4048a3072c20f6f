import { words } from '../search/tokenize.js';

/**
 * The words a question writes with a capital after its first word: the names it types ("workers in Lille", "what did
 * the IHRC chairman say Blears was doing", "Elan and Tysabri"). A name the archive's quotes never say is still a name,
 * not a misspelling of a common word: `topicGroups` (understand.ts) does not "repair" it into the nearest term on
 * record ("lille" -> "bill", "blears" -> "clear", "elan" -> "plan"). The first word is left out: a question's first
 * word is capitalised as a sentence's is. A word typed in capitals counts ("AIPAC"), and a capitalised token counts
 * as the index words `words` makes of it ("Bush's" -> "bush").
 */
export function capitalisedWords(question: string): Set<string> {
  const out = new Set<string>();
  const tokens = question.trim().split(/\s+/);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (opensWithCapital(token)) for (const w of words(token)) out.add(w);
  }
  return out;
}

/** Whether a token's first letter (after any opening quote mark or bracket) is a capital. */
function opensWithCapital(token: string): boolean {
  for (const ch of token) {
    if (ch.toLowerCase() !== ch.toUpperCase()) return ch !== ch.toLowerCase();
  }
  return false;
}
