/**
 * An office word typed before a person's name ("Speaker Ryan", "Commissioner Stevens", "Foreign Secretary Jane
 * Doe") names that person: issue 14's first rule, an answer to a question that names a person is that person's
 * quote or none. The registry keeps these words in names on purpose (organisations start with them: "Home Office",
 * "Ambassador Theatre Group"), so the role index used to read the phrase as an office and answer with whoever's role
 * holds its words: "spokesman for Speaker Paul Ryan" for "Speaker Ryan" (session 38).
 */
import { COURTESY, HONORIFICS } from '../extraction/lexicon/titles.js';
import { isRole } from '../extraction/lexicon/roles.js';
import { ORG_WORDS } from '../extraction/lexicon/organisations.js';
import { STOP_WORDS, words } from '../search/tokenize.js';
import { isKnownGivenName, nameWords } from '../speakers/names.js';
import { roleKey, type SpeakerMatch, type SpeakerRegistry } from '../speakers/registry.js';
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
 * it or it opens with a given name; never a word of offices or bodies ("State Department", "Home Office"). Or, as
 * reporters write an office with its qualifiers ("Majority Leader McConnell", "Labor Secretary Perez"), up to three
 * words ending in an office word, then a surname people on record bear (`officeLedSurname`).
 */
export function titledName(clean: string, registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): TitledName | undefined {
  const ws = clean.toLowerCase().split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < ws.length - 1 && HONORIFICS.has(ws[i] as string)) i++;
  const name = ws.slice(i);
  if (i === 0 || i > MAX_TITLES || name.length > MAX_NAME_WORDS) return officeLedSurname(ws, registry, visible);
  if (name.some((w) => HONORIFICS.has(w) || isRole(w) || ORG_WORDS.has(w))) return officeLedSurname(ws, registry, visible);
  const onRecord = registry.exactMatches(name.join(' '), visible).some((m) => !m.speaker.isOrganisation);
  if (!onRecord && !(name.length > 1 && isKnownGivenName(name[0] as string))) return undefined;
  return { titles: ws.slice(0, i), name };
}

/**
 * "Majority Leader McConnell": one to three words whose last is an office word, then one surname borne by a person
 * on record. Its qualifiers ("majority", "labor") are no title words, so the honorific reading above misses it, and
 * a surname that is also a word of others' roles ("spokesman for McConnell") is read by the last-word reading only
 * after a given name: the person went unnamed. Which bearer it names is left to `titledPersons` (the office must be
 * their own).
 */
function officeLedSurname(ws: string[], registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean): TitledName | undefined {
  const titles = ws.slice(0, -1);
  const surname = ws.at(-1) as string;
  if (titles.length === 0 || titles.length > MAX_TITLES || !isOffice(titles.at(-1) as string)) return undefined;
  if (HONORIFICS.has(surname) || isRole(surname) || ORG_WORDS.has(surname)) return undefined;
  // Only an office's own words: "spokesman for Speaker Hallam" is another person's office tied to a name.
  // A body's word stays ("House Speaker Ryan"): the office must be the bearer's own (`titledPersons`).
  if (titles.some((w) => STOP_WORDS.has(w))) return undefined;
  if (!registry.exactMatches(surname, visible).some((m) => !m.speaker.isOrganisation && m.kind === 'surname')) return undefined;
  return { titles, name: [surname] };
}

/** An office word: a title the lexicon keeps before names ("Senator") or a role noun ("leader", "secretary"). */
const isOffice = (w: string) => (HONORIFICS.has(w) && !COURTESY.has(w)) || isRole(w);

/**
 * True when the speaker's own roles hold every office word typed before the surname (courtesy words aside:
 * "Mr" confirms nobody), each as the role index reads it ("Sen." is "senator", "Gov" is the stem of "governor"):
 * "Governor Christie" is the governor, not the sprinter Linford Christie.
 */
export function holdsTitle(s: StoredSpeaker, titles: string[]): boolean {
  const typed = titles.filter((w) => !COURTESY.has(w)).flatMap((w) => roleKey(w).split(' ')).filter(Boolean);
  if (typed.length === 0) return false;
  const own = new Set([...s.roles, ...s.organisations].flatMap((r) => roleKey(r).split(' ')));
  return typed.every((t) => own.has(t) || [...own].some((o) => Math.min(o.length, t.length) >= 3 && (o.startsWith(t) || t.startsWith(o))));
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
  // The bearers whose own roles hold the office itself, when some do (`leadFit` lets a courtesy or rank word fit anybody).
  const confirmed = confirmedByTitle(holding, t, registry);
  if (confirmed.length > 0) return confirmed;
  if (holding.length > 0) return holding;
  return t.name.length > 1 ? persons : [];
}

/**
 * The bearers of a titled surname whose own roles hold the office typed ("Governor Christie": the governor, not the
 * sprinter; "Senator Shelby": the senator, not the police officer), one person's records together (one record holding
 * it keeps the other). Empty when none holds it: the office then confirms nobody and the caller keeps every bearer.
 */
export function confirmedByTitle(matches: SpeakerMatch[], t: TitledName, registry: SpeakerRegistry): SpeakerMatch[] {
  return matches.filter((m) => [...registry.personRecords(m.speaker.id)].some((id) => {
    const s = registry.get(id);
    return s !== undefined && holdsTitle(s, t.titles);
  }));
}

/**
 * A titled surname typed where the registry reads the title as no part of the name ("Governor Christie" is every
 * Christie on record, the title skipped as a name's prefix): only the bearers the office confirms, when some do.
 * A full name typed ("Governor Chris Christie") is left as found, and so is a record filed under the bare surname.
 */
export function narrowedByTitle(matches: SpeakerMatch[], t: TitledName | undefined, registry: SpeakerRegistry): SpeakerMatch[] {
  if (!t || t.name.length !== 1 || matches.some((m) => m.speaker.isOrganisation || (m.kind !== 'surname' && m.kind !== 'name'))) return matches;
  const bearers = matches.filter((m) => m.kind === 'surname');
  const confirmed = confirmedByTitle(bearers, t, registry);
  if (confirmed.length === 0 || confirmed.length === bearers.length) return matches;
  // A record under the bare surname ("Bush", "McConnell") may be any bearer: kept, the office cannot tell.
  const kept = new Set(confirmed.map((m) => m.speaker.id));
  return matches.filter((m) => m.kind !== 'surname' || kept.has(m.speaker.id));
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
