/**
 * The subject a pronoun's reported clause names: "They say that Turkcell is a security risk" reports what Turkcell
 * is, so "they" is somebody else (nobody writes of themselves by name in their own reported words). The counterpart of
 * `subjectOfQuotedWords` (marks.ts) for a cue written before its clause.
 */
import { isSpeechVerb, SUBJECT_VERB_ADVERBS, takesClause, takesHearer } from './lexicon/index.js';

/**
 * The words after a pronoun: up to two lower-case words, an optional "that", then up to four capitalised words on the
 * same line, one space apart ("Mr.", "U.S." keep their stops; a full stop after a longer word ends the sentence).
 */
const PRONOUN_CUE_NAME = /^\p{L}+ (\p{Ll}+) (?:(\p{Ll}+) )?((?:\p{Lu}\p{L}{0,2}\.|\p{Lu}[\p{L}'’-]*)(?: (?:\p{Lu}\p{L}{0,2}\.|\p{Lu}[\p{L}'’-]*)){0,3})(.?)/u;

/** A verb that reports a clause and whose object is no hearer ("say", "claimed"; not "told Ms Hale", "asked Hale"). */
const reportsClauseOnly = (lw: string): boolean => isSpeechVerb(lw) && takesClause(lw) && !takesHearer(lw);

/**
 * The stretch of capitalised words that opens the clause reported by the pronoun at `pos` ("They say that Turkcell
 * is", "he said Mr Hale would", "they now say Hale"), or undefined. Not a possessive ("she said Hale's plan": the plan
 * is the subject, and the pronoun may be Hale).
 */
export function subjectOfReportedClause(text: string, pos: number): { from: number; to: number } | undefined {
  const m = PRONOUN_CUE_NAME.exec(text.slice(pos, pos + 120));
  if (!m) return undefined;
  const [, first, second, name, after] = m;
  // The verb alone, the verb and "that", or an adverb and the verb.
  // (The hearer of "he told Ms Hale" is not "he" either, but barring hearers moved later pronouns of the article onto
  // the wrong people on PolNeAR train; only the reported clause's subject is barred.)
  const cue = second === undefined ? reportsClauseOnly(first!) : (reportsClauseOnly(first!) && second === 'that') || (SUBJECT_VERB_ADVERBS.has(first!) && reportsClauseOnly(second));
  if (!cue || /['’]s$/.test(name!) || after === '’' || after === "'") return undefined;
  const from = pos + m[0].length - after!.length - name!.length;
  return { from, to: from + name!.length };
}
