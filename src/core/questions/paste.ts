import { MAX_QUESTION_CHARS, cleanQuestion } from './clean.js';
import { unquote } from './intent.js';

const WHO_SAID = 'who said ';

/**
 * The "who said" question `verify` answers for pasted words: what an answer shows as its question, and what an
 * adapter re-showing a verification (a Share button) names it by.
 */
export function verifyQuestion(pasted: string): string {
  const text = oneLine(pasted);
  return text ? WHO_SAID + marked(text) : 'who said';
}

/** Pasted words as a verification reads them. */
export interface Paste {
  /** The question the answer shows (`who said "…"`), cleaned and cut like an asked one. */
  question: string;
  /** The words to check: cleaned, without their enclosing quotation marks. */
  quoted: string;
  /** The question was longer than MAX_QUESTION_CHARS: only the start of the words was read. */
  cut: boolean;
}

/** Reads pasted words exactly as the question `verifyQuestion(pasted)` would be read, without building it to parse it. */
export function readPaste(pasted: string): Paste {
  const text = oneLine(pasted);
  if (!text) return { question: 'who said', quoted: '', cut: false };
  const words = cleanQuestion(marked(text), MAX_QUESTION_CHARS - WHO_SAID.length);
  return { question: WHO_SAID + words, quoted: unquote(words), cut: WHO_SAID.length + marked(text).length > MAX_QUESTION_CHARS };
}

function oneLine(pasted: string): string {
  return pasted.replace(/[\r\n]+/g, ' ').trim();
}

/** In quotation marks, unless it opens with one. */
function marked(text: string): string {
  return text.startsWith('"') ? text : `"${text}"`;
}
