/**
 * Words that make a capitalised run the name of an event, a ground, a team or a place, not of a person: "European Indoor
 * Championships", "Seville's Olympic Stadium", "Old Trafford", "Manchester United". The reader files such runs as
 * people when nothing else says what they are; these words let a check that needs a person (somebody introduced
 * between a description and its referent, h-attr18) pass them over.
 */
import { set } from './words.js';

/** The last word of an event's, ground's, team's or natural place's name ("Caspian Sea"); rare as a surname. */
export const EVENT_VENUE_HEADS: ReadonlySet<string> = set(`
  championships championship games olympics cup trophy tournament open stadium arena velodrome racecourse
  awards war
  sea ocean islands river mountains gulf peninsula desert
  states kingdom republic emirates
  united rovers wanderers forest
`);

/** The first word of an event's, ground's or place's name; never a given name ("Northern Ireland", "New Zealand"). */
export const EVENT_VENUE_OPENERS: ReadonlySet<string> = set(`old new european world olympic commonwealth northern southern eastern western`);

/** Whether a name's words read as an event, a ground or a team rather than a person. */
export function isEventOrVenueName(words: readonly string[]): boolean {
  const first = words[0]?.toLowerCase();
  const last = words[words.length - 1]?.toLowerCase();
  return words.length >= 2 && ((last !== undefined && EVENT_VENUE_HEADS.has(last)) || (first !== undefined && EVENT_VENUE_OPENERS.has(first)));
}
