import type { ParsedQuestion } from '../questions/understand.js';
import { speakerSummary, type SpeakerRegistry } from '../speakers/registry.js';
import type { RankRow, StoredSpeaker } from '../store/port.js';
import type { SpeakerSummary } from './model.js';
import type { Ranked } from './rank.js';

/** What a "no quote found" says and whom it suggests instead, shared by the intents that can find nothing. */

/** The most quoted speakers the asker can see: the fallback "nearest" list when no name is close. */
export function mostQuoted(registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean, collections: string[], limit: number): SpeakerSummary[] {
  return topQuoted(registry, visible, collections, limit).map((s) => speakerSummary(s, collections, 'most quoted'));
}

/**
 * The `limit` speakers kept by `keep` with the most quotes in `collections`, most first, ties by id: what sorting
 * every speaker on record and taking the first few gives, in one pass keeping the best few in order (sorting
 * thousands of speakers, ties broken by localeCompare, was most of the time of a question with no topic word: 6 ms
 * at 100k).
 */
export function topQuoted(registry: SpeakerRegistry, keep: (s: StoredSpeaker) => boolean, collections: string[], limit: number): StoredSpeaker[] {
  const best: { s: StoredSpeaker; n: number }[] = [];
  const before = (n: number, s: StoredSpeaker, b: { s: StoredSpeaker; n: number }) => n > b.n || (n === b.n && s.id.localeCompare(b.s.id) < 0);
  if (limit <= 0) return [];
  for (const s of registry.all()) {
    if (!keep(s)) continue;
    const n = quotesIn(s, collections);
    if (best.length === limit && !before(n, s, best[limit - 1] as { s: StoredSpeaker; n: number })) continue;
    let i = best.length;
    while (i > 0 && before(n, s, best[i - 1] as { s: StoredSpeaker; n: number })) i--;
    best.splice(i, 0, { s, n });
    if (best.length > limit) best.pop();
  }
  return best.map(({ s }) => s);
}

/** A speaker's quotes in the asker's collections. */
export function quotesIn(s: StoredSpeaker, collections: string[]): number {
  return collections.reduce((n, c) => n + (s.quoteCounts[c] ?? 0), 0);
}

export function notFoundNote(parsed: ParsedQuestion): string {
  // A role whose holders on record leave words of it unstated ("Austria's interior minister" of an "Interior
  // Minister"), or whose owner's surname namesakes share ("Greta Varkoni's spokesman" of a "Varkoni spokesman"): none
  // of them is known to be the one asked for, so the note names the role as typed, and those words are no topic the
  // asker typed (session 30, h-qa69: "No quote from Piet Haldane about "market towns greta" is on record" named a
  // spokesman the question may not have meant).
  const unstated = parsed.speakerPhrase && parsed.speakers[0]?.kind === 'role' ? parsed.speakers[0].unstated ?? [] : [];
  const who = unstated.length || parsed.ownerNamesakes ? parsed.speakerPhrase : parsed.speakers[0]?.speaker.name;
  const topic = parsed.topic.filter((w) => !unstated.includes(w));
  const unknownWords = parsed.unknownWords.filter((w) => !unstated.includes(w));
  const about = topic.length ? ` about "${topic.join(' ')}"` : '';
  const when = parsed.time ? ` (${parsed.time.text})` : '';
  const unknown = unknownWords.length ? ` "${unknownWords.join('", "')}" appears in no quote on record.` : '';
  // A name found only as a misspelling of others ("Moyer": Kevin Mayer, ...) is what was typed, not the guess.
  if (parsed.speakerPhrase && parsed.speakers.length > 0 && parsed.speakers.every((m) => m.kind === 'fuzzy')) {
    const guesses = [...new Set(parsed.speakers.map((m) => m.speaker.name))].slice(0, 3);
    return `No quote from ${parsed.speakerPhrase}${about}${when} is on record. Did you mean ${guesses.join(', ')}?${unknown}`;
  }
  return who ? `No quote from ${who}${about}${when} is on record.${unknown}` : `No quote${about}${when} is on record.${unknown}`;
}

/** For "no quote found": who spoke about the topic at all, else whose name is close to the one asked. */
export function nearestSpeakers(parsed: ParsedQuestion, ranked: Ranked<RankRow>[], registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean, collections: string[]): SpeakerSummary[] {
  const out = new Map<string, SpeakerSummary>();
  for (const r of ranked) {
    const s = r.quote.speakerId ? registry.get(r.quote.speakerId) : undefined;
    if (s && !out.has(s.id)) out.set(s.id, speakerSummary(s, collections, `closest quotes about ${r.matched.join(', ') || 'the topic'}`));
    if (out.size >= 5) break;
  }
  for (const m of parsed.speakers) if (!out.has(m.speaker.id)) out.set(m.speaker.id, speakerSummary(m.speaker, collections, 'the speaker you named'));
  if (out.size === 0 && parsed.speakerPhrase) for (const s of registry.nearest(parsed.speakerPhrase, visible, 5)) out.set(s.id, speakerSummary(s, collections));
  return [...out.values()].slice(0, 5);
}
