import type { ParsedQuestion } from '../questions/understand.js';
import { indexTerms } from '../search/tokenize.js';
import { NO_LONGER, officeSpellings, officeWord } from '../speakers/roles.js';
import type { RankRow } from '../store/port.js';
import type { Ranked } from './rank.js';

/** Words between "former" and the office ("former England rugby captain"), and between the office and the surname. */
const ROLE_GAP = 4;
const NAME_GAP = 3;

/**
 * Holders of the asked office whose articles call them its former holder just before their name ("former England
 * captain Brian Moore"), when the extractor kept the office but not the "former": "the England captain" asks for
 * whoever holds it. Read from the index terms around each ranked quote (its sentence, lead-in and paragraphs), so it
 * costs no look-up. Empty when the question itself says "former" or "ex", or names no office.
 */
export function formerHolders(parsed: ParsedQuestion, ranked: readonly Ranked<RankRow>[]): Set<string> {
  const out = new Set<string>();
  const phrase = parsed.speakerPhrase ?? '';
  if (indexTerms(phrase).some((t) => NO_LONGER.has(t))) return out;
  const word = officeWord(phrase);
  if (!word) return out;
  const offices = new Set(officeSpellings(word).filter((s) => s.length === 1).flatMap((s) => indexTerms(s[0] as string)));
  const surnames = new Map<string, string>();
  for (const m of parsed.speakers) {
    const last = indexTerms(m.speaker.name).at(-1);
    if (m.kind === 'role' && last) surnames.set(m.speaker.id, last);
  }
  for (const r of ranked) {
    const id = r.quote.speakerId;
    const surname = id ? surnames.get(id) : undefined;
    if (!id || !surname || out.has(id)) continue;
    if ([r.quote.contextTerms, r.quote.leadTerms ?? '', r.quote.nearTerms].some((t) => callsFormer(t.split(' '), offices, surname))) out.add(id);
  }
  return out;
}

/** "former" or "ex", the office within ROLE_GAP terms, the surname within NAME_GAP terms after it. */
function callsFormer(terms: readonly string[], offices: ReadonlySet<string>, surname: string): boolean {
  for (let i = 0; i < terms.length; i++) {
    if (!NO_LONGER.has(terms[i] as string)) continue;
    for (let j = i + 1; j <= i + ROLE_GAP && j < terms.length; j++) {
      if (!offices.has(terms[j] as string)) continue;
      for (let k = j + 1; k <= j + NAME_GAP && k < terms.length; k++) if (terms[k] === surname) return true;
    }
  }
  return false;
}
