/**
 * Places a dateline or a "City, State" phrase writes after a town ("in Portsmouth, N.H., on Tuesday", "in
 * Worcester, Massachusetts, told"): the US states and the AP abbreviations of them, lower-case and without the final
 * full stop ("n.h", "calif"). Only that phrase makes them a place (`names.ts`, `isStateAfterTown`): alone, "Washington"
 * or "Georgia" may be a person or a government.
 */
import { set } from './words.js';

export const US_STATES = set(`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
wisconsin wyoming ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
okla ore pa tenn vt va wash wis wyo n.h n.j n.m n.y n.c n.d s.c s.d r.i w.va d.c`);

/** The two-word states, as their two lower-case words joined by a space ("new hampshire", "rhode island"). */
export const US_STATES_TWO_WORDS: ReadonlySet<string> = new Set([...set(`new_hampshire new_jersey new_mexico new_york
north_carolina north_dakota south_carolina south_dakota rhode_island west_virginia`)].map((w) => w.replace('_', ' ')));

/**
 * Prepositions that open a town and its state ("in Worcester, Massachusetts", "from Englewood, New Jersey", "to
 * Columbus, Ohio"). One list for the three places that read one (session 19: subjects.ts held its own with "to",
 * and a third check spelled out "in at from of near"; merged, the whole corpus's extraction stayed byte-identical).
 */
export const TOWN_PREPOSITIONS = set('in at from of near outside to');

/** Prepositions that join an office to the place or body it is held for ("ambassador to", "minister for", "representative of"). */
export const OFFICE_PLACE_PREPOSITIONS = set('to for of');

/**
 * Prepositions after which a name is where something happens ("a town hall meeting in New Hampshire", "the opposition
 * in North-Rhine Westphalia", "activists outside Iran"): a name first written after one of them is a place, never a
 * "he" or "she" (`CastBuilder.firstAsPlace`). Not "from" or "at", which also open a person or an employer ("a call
 * from Ada Holt", "an analyst at Gartner").
 */
export const PLACE_LEADS = set('in near outside across throughout');
