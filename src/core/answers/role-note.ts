import type { SpeakerMatch } from '../speakers/registry.js';

/** A role holder fitting at least this share of the best holder's fit is an equally good reading of the role. */
export const AMBIGUOUS_ROLE_SHARE = 0.9;

/**
 * Said when a role fits more than one speaker about equally ("the chancellor": the UK's and Germany's, with no date
 * to tell them apart): whose quotes are shown, and that the others are listed, so nobody takes the first holder's
 * words for the office's. Undefined when the phrase named a person, or one holder clearly fits best.
 */
export function roleAmbiguityNote(
  phrase: string | undefined,
  speakers: SpeakerMatch[],
  shownId: string | undefined,
  /** The shown speaker's records: one person filed under two spellings is not "another speaker" (`personRecords`). */
  shownRecords: ReadonlySet<string> = new Set(shownId ? [shownId] : []),
): string | undefined {
  const top = speakers[0];
  if (!phrase || !top || top.kind !== 'role' || !shownId) return undefined;
  const close = speakers.filter((m) => m.kind === 'role' && m.score >= AMBIGUOUS_ROLE_SHARE * top.score && (m.speaker.id === shownId || !shownRecords.has(m.speaker.id)));
  const shown = close.find((m) => m.speaker.id === shownId);
  if (close.length < 2 || !shown) return undefined;
  const others = close.filter((m) => m !== shown).slice(0, 3).map((m) => m.speaker.name);
  return `"${phrase}" fits more than one speaker on record about equally: these are ${shown.speaker.name}'s quotes; also ${others.join(', ')}. Ask by name for another.`;
}
