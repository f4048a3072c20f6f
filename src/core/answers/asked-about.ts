import type { ParsedQuestion } from '../questions/understand.js';
import { stem, words } from '../search/tokenize.js';
import { surname } from '../speakers/names.js';
import type { SpeakerRegistry } from '../speakers/registry.js';
import type { RankRow } from '../store/port.js';
import type { Ranked } from './rank.js';

/** A surname shorter than this is no sure sign of a person in the topic ("Ng", "Li" are also words and initials). */
const MIN_SURNAME = 3;

/**
 * Whether the question asks for its speaker by role or description ("the Spectator editor", "Reagan's daughter",
 * "the prime minister"), not by name: then the speaker is somebody the question does not name.
 */
export function askedByRole(parsed: ParsedQuestion, describedBy: boolean): boolean {
  if (describedBy || (parsed.speakers.length === 0 && parsed.description !== undefined)) return true;
  return parsed.speakers.length > 0 && parsed.speakers.every((m) => m.kind === 'role' || m.kind === 'organisation');
}

/**
 * The person a question asks about is not the speaker it asks for (session 23, h-qa51). "What did the Spectator
 * editor say about Blair getting involved in the Livingstone row" is never answered with Blair's own words, nor
 * "what did Reagan's daughter say about Trump's comment" with Trump's: a role or description in the speaker's place
 * and a person's surname among the topic's words name two people, and the topic's is the one spoken about. A quote
 * whose speaker (a person, not a body) has a topic word for a surname is left out; the typed speaker phrase never
 * holds that word (its words are no topic words). Questions that name their speaker are not touched: "what did
 * Blair say about Blair's legacy" asks for Blair.
 */
export function spokenAbout(parsed: ParsedQuestion, registry: SpeakerRegistry): (r: Ranked<RankRow>) => boolean {
  const topicWords = new Set(parsed.groups.flatMap((g) => words(g.word)).flatMap((w) => [w, stem(w)]));
  const typed = new Set(words(parsed.speakerPhrase ?? ''));
  const memo = new Map<string, boolean>();
  return (r) => {
    const id = r.quote.speakerId;
    if (!id || topicWords.size === 0) return false;
    let about = memo.get(id);
    if (about === undefined) {
      const s = registry.get(id);
      const family = s && !s.isOrganisation ? surnameAsTopicWord(s.name) : undefined;
      about = family !== undefined && family.length >= MIN_SURNAME && !typed.has(family) && (topicWords.has(family) || topicWords.has(stem(family)));
      memo.set(id, about);
    }
    return about;
  };
}

/**
 * A person's surname (`surname`: "King" of "Martin Luther King Jr.") as the topic's words spell it (`words`: a
 * hyphenated surname's last part, apostrophes dropped: "Jones" of "Smith-Jones", "obrien" of "O'Brien").
 */
function surnameAsTopicWord(name: string): string | undefined {
  const family = surname(name);
  return family === undefined ? undefined : words(family).at(-1);
}
