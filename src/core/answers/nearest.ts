import type { ParsedQuestion } from '../questions/understand.js';
import { speakerSummary, type SpeakerRegistry } from '../speakers/registry.js';
import type { RankRow, StoredSpeaker } from '../store/port.js';
import type { SpeakerSummary } from './model.js';
import type { Ranked } from './rank.js';

/** What a "no quote found" says and whom it suggests instead, shared by the intents that can find nothing. */

/** The most quoted speakers the asker can see: the fallback "nearest" list when no name is close. */
export function mostQuoted(registry: SpeakerRegistry, visible: (s: StoredSpeaker) => boolean, collections: string[], limit: number): SpeakerSummary[] {
  return registry
    .all()
    .filter(visible)
    .sort((a, b) => quotesIn(b, collections) - quotesIn(a, collections) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((s) => speakerSummary(s, collections, 'most quoted'));
}

/** A speaker's quotes in the asker's collections. */
export function quotesIn(s: StoredSpeaker, collections: string[]): number {
  return collections.reduce((n, c) => n + (s.quoteCounts[c] ?? 0), 0);
}

export function notFoundNote(parsed: ParsedQuestion): string {
  const who = parsed.speakers[0]?.speaker.name;
  const about = parsed.topic.length ? ` about "${parsed.topic.join(' ')}"` : '';
  const when = parsed.time ? ` (${parsed.time.text})` : '';
  const unknown = parsed.unknownWords.length ? ` "${parsed.unknownWords.join('", "')}" appears in no quote on record.` : '';
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
