import { NAME_PREFIXES, nameWords, namePart, sameFirstNameEitherWay } from '../speakers/names.js';
import type { SpeakerMatch } from '../speakers/registry.js';
import type { QuoteStore, RankRow, ReadOptions } from '../store/port.js';
import type { Ranked } from './rank.js';
import { isWordChar, occurrencesEndingWord, skipSpacesBack } from './text-scan.js';

/** Quotes of a guessed speaker whose paragraphs are read for the typed given name (one read, shown-page sized). */
const READ_AT_MOST = 8;

/**
 * The speakers a misspelt name reached whose articles write the typed given name as somebody's name: "Marion Le
 * Pen" is not Marine Le Pen when the paragraph of her quote says "Le Pen's niece Marion". A given name typed as
 * the article writes it is no misspelling; it names another person (one who never spoke), so repairing it to the
 * speaker beside them would put words in the wrong mouth. Only the given-name words (before the last typed word)
 * that are none of the speaker's names or their short forms are looked for, capitalised and not opening a
 * sentence; the surname typed close to the speaker's ("Holland" for Hollande) is the repair's job and stays.
 * Reads the paragraphs of at most `READ_AT_MOST` ranked quotes, once, only when a speaker was guessed.
 */
export async function namedOtherwise(
  rows: readonly Ranked<RankRow>[],
  phrase: string | undefined,
  matches: readonly SpeakerMatch[],
  guessed: ReadonlySet<string>,
  store: QuoteStore,
  options?: ReadOptions,
): Promise<Set<string>> {
  const out = new Set<string>();
  if (!phrase || guessed.size === 0) return out;
  const typed = namePart(phrase).split(/\s+/).filter(Boolean);
  if (typed.length < 2) return out;
  const lead = typed.slice(0, -1);
  const other = new Map<string, string[]>();
  for (const m of matches) {
    if (!guessed.has(m.speaker.id)) continue;
    const names = nameWords(m.speaker.name);
    const words = lead.filter((w) => {
      const k = nameWords(w)[0];
      return k !== undefined && k.length >= 3 && /^\p{L}+$/u.test(k) && !NAME_PREFIXES.has(k) && !names.includes(k) && !names.some((n) => sameFirstNameEitherWay(k, n));
    });
    if (words.length) other.set(m.speaker.id, words);
  }
  if (other.size === 0) return out;
  const ids = rows.filter((r) => other.has(r.quote.speakerId ?? '')).slice(0, READ_AT_MOST).map((r) => r.quote.id);
  if (ids.length === 0) return out;
  for (const q of await store.getQuotes(ids, options)) {
    const words = other.get(q.speakerId ?? '');
    if (words?.some((w) => writesAsName(q.context, w))) out.add(q.speakerId as string);
  }
  return out;
}

/** True when `text` writes `word` capitalised as a name, not only as a sentence's first word. */
export function writesAsName(text: string, word: string): boolean {
  const w = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  for (const i of occurrencesEndingWord(text, w)) {
    if (i > 0 && !isWordChar(text.charAt(i - 1)) && !opensSentence(text, i)) return true;
  }
  return false;
}

/** True when the last character before `i`, spaces skipped, ends a sentence or opens a quotation (a scan, no pattern). */
function opensSentence(text: string, i: number): boolean {
  const j = skipSpacesBack(text, i);
  return j < 0 || '.!?"“‘('.includes(text[j] as string);
}
