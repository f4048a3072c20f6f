/**
 * An office word typed before a person's name ("Speaker Ryan", "Commissioner Stevens", "Foreign Secretary Jane
 * Doe") names that person: issue 14's first rule, an answer to a question that names a person is that person's
 * quote or none. The registry keeps these words in names on purpose (organisations start with them: "Home Office",
 * "Ambassador Theatre Group"), so the role index used to read the phrase as an office and answer with whoever's role
 * holds its words: "spokesman for Speaker Paul Ryan" for "Speaker Ryan" (session 38).
 */
import { HONORIFICS } from '../extraction/lexicon/titles.js';
import { isRole } from '../extraction/lexicon/roles.js';
import { ORG_WORDS } from '../extraction/lexicon/organisations.js';
import { words } from '../search/tokenize.js';
import { isKnownGivenName, nameWords } from '../speakers/names.js';
import type { SpeakerMatch, SpeakerRegistry } from '../speakers/registry.js';
import type { StoredSpeaker } from '../store/port.js';

/** The office words typed before a name, and the name ("Speaker Paul Ryan": speaker / Paul Ryan), lower case. */
export interface TitledName {
  titles: string[];
  name: string[];
}

/** Office words a title may stack ("Deputy Foreign Secretary"), and the words of a name after them. */
const MAX_TITLES = 3;
const MAX_NAME_WORDS = 3;
/** A title word that is one of the person's own roles' words (`leadFit` with `ownOnly`) says which namesake. */
const OWN_TITLE = true;

/**
 * The phrase as office words then a person's name, or undefined. The name is a person's when people on record bear
 * it or it opens with a given name; never a word of offices or bodies ("State Department", "Home Office").
 */
export function titledName(clean: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): TitledName | undefined {
  const ws = clean.toLowerCase().split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < ws.length - 1 && HONORIFICS.has(ws[i] as string)) i++;
  const name = ws.slice(i);
  if (i === 0 || i > MAX_TITLES || name.length > MAX_NAME_WORDS) return undefined;
  if (name.some((w) => HONORIFICS.has(w) || isRole(w) || ORG_WORDS.has(w))) return undefined;
  const onRecord = registry.exactMatches(name.join(' '), visible).some((m) => !m.speaker.isOrganisation);
  if (!onRecord && !(name.length > 1 && isKnownGivenName(name[0] as string))) return undefined;
  return { titles: ws.slice(0, i), name };
}

/**
 * The persons on record the titled name names: its bearers whose own roles hold the office words ("Commissioner
 * Stevens" is the police commissioner, not the England defender), else a full name's bearers. A surname alone whose
 * bearers hold no such office is left to the surname reading (`resolveSpeaker`'s last word alone, `officeOfNone`):
 * the striker Hallam is no answer for "Speaker Hallam" here.
 */
export function titledPersons(t: TitledName, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): SpeakerMatch[] {
  const persons = registry.exactMatches(t.name.join(' '), visible).filter((m) => !m.speaker.isOrganisation);
  const holding = persons.flatMap((m) => {
    const penalty = registry.leadFit(m.speaker, t.titles, false, OWN_TITLE);
    return penalty === undefined ? [] : [{ ...m, score: m.score - penalty }];
  });
  if (holding.length > 0) return holding;
  return t.name.length > 1 ? persons : [];
}

/**
 * A speaker whose role names the titled person after an office word of theirs ("spokesman for House Speaker Paul
 * Ryan" for "Speaker Ryan") works for that person and is never them, unless the name is their own. The role index
 * finds them as an office holder or, holding every typed word, as the body's voice: both are dropped.
 */
export function servesTitled(s: StoredSpeaker, t: TitledName): boolean {
  const surname = words(t.name.at(-1) as string).at(-1);
  if (surname === undefined || nameWords(s.name).includes(surname)) return false;
  return [...s.roles, ...s.organisations].some((r) => {
    const ws = words(r);
    return ws.some((w, i) => w === surname && ws.slice(Math.max(0, i - MAX_NAME_WORDS), i).some((b) => t.titles.includes(b) || HONORIFICS.has(b)));
  });
}
