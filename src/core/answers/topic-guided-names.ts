import { nameWords, sameFirstName } from '../speakers/names.js';
import type { SpeakerMatch, SpeakerRegistry } from '../speakers/registry.js';
import type { StoredSpeaker } from '../store/port.js';

/** Names close to the typed one looked at (the registry's "did you mean" list, longer than the one shown). */
const GUIDED_NEAREST = 20;
/** Opening letters a typed surname must share with the speaker's ("Robinson" - "Robertson"). */
const SHARED_SURNAME_START = 3;
/** Opening letters a typed one-word nickname must share with the surname ("Fergie" - "Ferguson"). */
const NICKNAME_START = 4;

/**
 * Whether a typed name no speaker answers to may be this speaker's, for the topic to decide: the same given name
 * and a surname opening alike ("Hugh Robinson" for Hugh Robertson; "Stephen Noggar" for a speaker filed as
 * "Stephen" alone), or one word that opens like the surname and is longer than a clipped word ("Fergie" for
 * Alex Ferguson). Never a given name alone, and never a surname the typed word already is.
 */
export function mayBeTypedFor(typed: readonly string[], name: readonly string[]): boolean {
  if (typed.length === 0 || name.length === 0) return false;
  if (typed.length >= 2) {
    if (!sameFirstName(typed[0] as string, name[0] as string)) return false;
    if (name.length === 1) return true;
    const a = typed.at(-1) as string;
    const b = name.at(-1) as string;
    return a !== b && a.length >= SHARED_SURNAME_START && a.slice(0, SHARED_SURNAME_START) === b.slice(0, SHARED_SURNAME_START);
  }
  const w = typed[0] as string;
  const surname = name.at(-1) as string;
  return name.length >= 2 && w.length > NICKNAME_START && w !== surname && surname.startsWith(w.slice(0, NICKNAME_START));
}

/**
 * The speakers a typed name no speaker answers to may stand for (`mayBeTypedFor`), as misspellings two edits off
 * (so the answer asks "did you mean"), and the names whose initials a word typed in capitals spells: the question's
 * topic decides among them, through the same floors as a misspelt name's (a quote holding one of the question's own
 * words).
 */
export function topicGuidedCandidates(typed: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
  const words = nameWords(typed);
  const close = registry.nearest(typed, visible, GUIDED_NEAREST).filter((s) => !s.isOrganisation && mayBeTypedFor(words, nameWords(s.name)));
  // A record filed under the typed given name alone ("Stephen") is one key look-up away, however many speakers share
  // that given name: the fuzzy nearest list, ranked on the whole typed name, can leave it out ("Stephen Noggar").
  if (words.length >= 2) {
    const have = new Set(close.map((s) => s.id));
    for (const m of registry.exactMatches(words[0] as string, visible)) {
      const s = m.speaker;
      if (!have.has(s.id) && !s.isOrganisation && nameWords(s.name).length === 1 && mayBeTypedFor(words, nameWords(s.name))) {
        have.add(s.id);
        close.push(s);
      }
    }
  }
  // "NIESR": one word typed in capitals, three letters or more, that spells a name's initials (National Institute of
  // Economic and Social Research, filed as a person's name by the extractor).
  const letters = typed.trim();
  const bodies = /^\p{Lu}{3,}$/u.test(letters) ? registry.all().filter((s) => visible(s) && initialsOf(s.name) === letters.toLowerCase()) : [];
  // Initials spelt out are the name itself ("Read “NIESR” as ..."); a close name is a guess ("Did you mean ...?").
  return [...close.map((speaker) => ({ speaker, kind: 'fuzzy' as const, score: 0.5, distance: 2 })), ...bodies.map((speaker) => ({ speaker, kind: 'fuzzy' as const, score: 0.5, distance: 1 }))];
}

/** Small words an acronym leaves out. */
const UNSPELT = new Set(['of', 'and', 'the', 'for', 'in', 'on', '&']);

/** The initials of a name's words, lower case, without the small words an acronym leaves out. */
export function initialsOf(name: string): string {
  return name.toLowerCase().split(/[^\p{L}\p{N}&]+/u).filter((w) => w && !UNSPELT.has(w)).map((w) => w[0]).join('');
}
