import { expansions } from '../search/synonyms.js';
import { STOP_WORDS, stem, words } from '../search/tokenize.js';
import { stripControls } from '../text/display.js';

/** Longest topic kept with a follow. */
export const MAX_TOPIC = 100;

/** A topic as stored: no control characters, single spaces, lower case, at most MAX_TOPIC characters. */
export function cleanTopic(raw: string | undefined): string {
  return stripControls(raw ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .slice(0, MAX_TOPIC)
    .trim();
}

/**
 * A topic as groups of index-term alternatives, one group per content word: its stem and the newsroom
 * abbreviations the question parser knows ("intel" -> intelligence). Empty for a topic-less follow.
 */
export function topicGroups(topic: string): string[][][] {
  const groups: string[][][] = [];
  const seen = new Set<string>();
  for (const w of words(topic)) {
    if (STOP_WORDS.has(w) || seen.has(w)) continue;
    seen.add(w);
    groups.push([[stem(w)], ...expansions(w)]);
  }
  return groups;
}

/**
 * True when a quote is about the topic: every topic word (or one of its alternatives) is in the quote's own
 * words or its sentence. A follow is a standing request, so it is stricter than ranking: no word may be missing.
 */
export function aboutTopic(quote: { terms: string; contextTerms: string }, groups: string[][][]): boolean {
  if (groups.length === 0) return true;
  const have = new Set(`${quote.terms} ${quote.contextTerms}`.split(' ').filter(Boolean));
  return groups.every((alternatives) => alternatives.some((alt) => alt.length > 0 && alt.every((t) => have.has(t))));
}

/**
 * Reads "Lavrov about Aleppo" (or "on Aleppo") as a speaker and a topic. The first " about " wins, then the
 * last " on ", so a name is rarely cut; a bare name has no topic.
 */
export function splitFollowPhrase(text: string): { speaker: string; topic?: string } {
  const t = text.replace(/\s+/g, ' ').trim();
  const about = /^(.+?) about (.+)$/i.exec(t) ?? /^(.+) on (.+)$/i.exec(t);
  if (!about) return { speaker: t };
  return { speaker: (about[1] as string).trim(), topic: (about[2] as string).trim() };
}
