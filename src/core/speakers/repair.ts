import { namePart } from './names.js';
import type { SpeakerMatch } from './registry.js';

/**
 * The line an answer carries when its speaker was read from a misspelt name, so a repair is never shown as if the
 * asker had typed it: one edit off says which name was read; further off (two edits, a sound-alike) asks "did you
 * mean"; a near miss kept behind an exact name says the named speaker had nothing on it. Undefined when the
 * answering speaker was named as typed.
 */
export function repairNote(typed: string | undefined, matches: readonly SpeakerMatch[], answeredBy: string | undefined): string | undefined {
  const m = matches.find((x) => x.speaker.id === answeredBy);
  if (!m || m.kind !== 'fuzzy' || !typed?.trim()) return undefined;
  const asked = namePart(typed) || typed.trim();
  const name = m.speaker.name;
  if (m.fallback) return `“${asked}” has no quote on this on record; showing ${name}, a name spelt close to it.`;
  if ((m.distance ?? 2) <= 1) return `Read “${asked}” as ${name}.`;
  return `Did you mean ${name}? No speaker on record is called “${asked}”; showing the closest name.`;
}
