/**
 * A name written with others joined by "and": "Tom Hale and Ann Cole said", "said Hale and Cole", "Hale, Cole and Ray
 * all said". The extractor gives such words to one of the names (a speaker is one person or body); the confidence
 * says that the quote was one of several people's (`coordinated_speakers`, confidence.ts).
 */
import { FLOATING_QUANTIFIERS, HONORIFICS, isSpeechVerb, TOGETHER_WORDS } from './lexicon/index.js';

/** The lexicon's titles as written before a name, longest first ("Mrs" before "Mr"). */
const TITLE_WORDS = [...HONORIFICS].filter((w) => /^[a-z]+$/.test(w)).sort((a, b) => b.length - a.length).map((w) => w[0]!.toUpperCase() + w.slice(1));
/** A title that may open the next name ("Mr Hale and Ms Cole", "Lady Ann Cole"). */
const TITLE = String.raw`(?:(?:${TITLE_WORDS.join('|')})\.?\s+)?`;
/** A capitalised word of a name; a full stop only after an initial ("J.", "U.S."): "Ray." ends a sentence. */
const NAME_WORD = String.raw`\p{Lu}(?:\.(?:\p{Lu}\.)*|[\p{L}'’-]*)`;
/** One to four capitalised words of a name. */
const NAMES = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;
/**
 * What may follow the names that speak together, captured: punctuation (`CLOSES_NAMES`) or one lower-case word
 * (`endsSubject`), after the last of the names joined after the mention or after the mention itself.
 */
const TAIL = String.raw`(\s*[.,;:)]|\s+\p{Ll}+)`;
/**
 * After the mention: "and" and a name, or a comma list of names closed by "and" ("Hale, Cole and Ray", "Hale, Cole,
 * and Ray"); then what follows the last name. Not ", and" right after the mention: "said Hale, and Cole agreed" is a
 * clause of its own.
 */
const JOINED_AFTER = new RegExp(String.raw`^(?:(?:\s*,\s*${NAMES})+\s*,?)?\s+and\s+(?:the\s+)?${TITLE}${NAMES}${TAIL}`, 'u');
/**
 * Before the mention: a name that opens a clause (after punctuation, or after a speech verb: "said Tom Hale and"),
 * then "and". ("The two clubs met the FA on Monday and Astiazaran added": "Monday" opens no clause.)
 */
const JOINED_BEFORE = new RegExp(String.raw`(?:[.!?;:,"“”(—–]\s*|\b(\p{Ll}+)\s+)(?:the\s+)?${TITLE}${NAMES}\s+and\s+(?:the\s+)?${TITLE}$`, 'u');
const JOINED_BEFORE_AT_START = new RegExp(String.raw`^\s*(?:the\s+)?${TITLE}${NAMES}\s+and\s+(?:the\s+)?${TITLE}$`, 'u');
/** The punctuation of a `TAIL`. */
const CLOSES_NAMES = /^\s*[.,;:)]$/;
/** The mention's own `TAIL`. */
const MENTION_TAIL = new RegExp(`^${TAIL}`, 'u');

/** Whether the words after a list of names (`tail`, punctuation or one lower-case word) let the names be a subject. */
function endsSubject(tail: string | undefined): boolean {
  if (tail === undefined) return true;
  if (CLOSES_NAMES.test(tail)) return true;
  const w = tail.trim();
  return FLOATING_QUANTIFIERS.has(w) || TOGETHER_WORDS.has(w) || isSpeechVerb(w);
}

/** Whether the mention at `pos` (`length` characters) is one of several names joined by "and" that speak together. */
export function coordinatedMention(text: string, pos: number, length: number): boolean {
  const end = pos + length;
  if (text.slice(end, end + 2) === "'s" || text.slice(end, end + 2) === '’s') return false;
  const after = JOINED_AFTER.exec(text.slice(end, end + 100));
  if (after && endsSubject(after[1])) return true;
  // The mention itself must end the subject when the names joined before it.
  const next = MENTION_TAIL.exec(text.slice(end, end + 30));
  if (!next || !endsSubject(next[1])) return false;
  const from = Math.max(0, pos - 80);
  const before = text.slice(from, pos);
  const m = JOINED_BEFORE.exec(before);
  if (m) return m[1] === undefined || isSpeechVerb(m[1]) || m[1] === 'to';
  return from === 0 && JOINED_BEFORE_AT_START.test(before);
}
