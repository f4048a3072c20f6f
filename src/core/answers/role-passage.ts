import type { ParsedQuestion } from '../questions/understand.js';
import { countToken } from '../search/bm25.js';
import { STOP_WORDS, stem, words } from '../search/tokenize.js';
import { qualifierForms } from '../speakers/roles.js';
import type { RankRow } from '../store/port.js';
import type { Ranked } from './rank.js';

/**
 * A role holder's quote whose topic only the reporter's passage around it states (session 35, h-qa85). An analyst,
 * an economist, a spokesman is quoted once, in a paragraph the reporter opens with the topic and with who the speaker
 * is ("Third-quarter growth was weaker than forecast. 'It was a little softer than the consensus,' said NAME, an
 * economist at AG Edwards"): the quote holds none of the question's words, fails the own-coverage floor, and "the AG
 * Edwards economist on the third quarter growth figure" was refused. Such a quote answers when the passage states both
 * halves of the question: every topic word (two or more) and every word of the role asked, around the quote (its
 * sentence, lead-in, the paragraphs either side). Only for a holder reached by the role: a name asked about a topic the
 * article raises beside the speaker's words on something else ("what did NAME say about the presidential election") is
 * no answer, and refusing it is what the floor is for.
 */
export function rolePassageStatesTopic(parsed: ParsedQuestion): (r: Ranked<RankRow>) => boolean {
  const phrase = parsed.speakerPhrase ?? '';
  const holders = new Set(parsed.speakers.filter((m) => m.kind === 'role').map((m) => m.speaker.id));
  const roleForms = words(phrase).filter((w) => !STOP_WORDS.has(w)).map((w) => [...new Set(qualifierForms(w).map((f) => stem(f)))]);
  if (holders.size === 0 || roleForms.length === 0 || parsed.groups.length < 2) return () => false;
  return (r) => {
    const q = r.quote;
    if (r.coord < 1 || !holders.has(q.speakerId ?? '')) return false;
    const around = (t: string) => countToken(q.contextTerms, t) > 0 || countToken(q.leadTerms ?? '', t) > 0 || countToken(q.nearTerms, t) > 0;
    return roleForms.every((forms) => forms.some(around));
  };
}
