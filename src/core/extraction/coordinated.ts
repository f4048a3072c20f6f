/**
 * A name written with others joined by "and": "Tom Hale and Ann Cole said", "said Hale and Cole", "Hale, Cole and Ray
 * all said". The extractor gives such words to one of the names (a speaker is one person or body); the confidence
 * says that the quote was one of several people's (`coordinated_speakers`, confidence.ts).
 */

/** A title of address that may open the next name ("Mr Hale and Ms Cole"). */
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Sir|Lord|Lady)\.?\s+)?`;
/** A capitalised word of a name. */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
/**
 * After the mention: "and" and a capitalised word, or a comma list of names closed by "and" ("Hale, Cole and Ray",
 * "Hale, Cole, and Ray"). Not ", and" right after the mention: "said Hale, and Cole agreed" is a clause of its own.
 */
const JOINED_AFTER = new RegExp(String.raw`^(?:(?:\s*,\s*${NAME_WORD}(?:\s+${NAME_WORD}){0,2})+\s*,?)?\s+and\s+(?:the\s+)?${TITLE}\p{Lu}`, 'u');
/** Before the mention: a capitalised word, then "and" (and "the", a title); no comma ("Hale, and Cole said": a clause). */
const JOINED_BEFORE = new RegExp(String.raw`${NAME_WORD}\s+and\s+(?:the\s+)?${TITLE}$`, 'u');

/** Whether the mention at `pos` (`length` characters) is one of several names joined by "and". */
export function coordinatedMention(text: string, pos: number, length: number): boolean {
  const end = pos + length;
  if (text.slice(end, end + 2) === "'s" || text.slice(end, end + 2) === '’s') return false;
  return JOINED_AFTER.test(text.slice(end, end + 80)) || JOINED_BEFORE.test(text.slice(Math.max(0, pos - 60), pos));
}
