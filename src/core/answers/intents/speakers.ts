import type { ParsedQuestion } from '../../questions/understand.js';
import { speakerSummary } from '../../speakers/registry.js';
import type { StoredSpeaker } from '../../store/port.js';
import { TERM_POOL, retrievalTerms, showHits } from '../candidates.js';
import { startAnswer, type AskContext } from '../context.js';
import { dedupeByFingerprint } from '../hits.js';
import type { Answer } from '../model.js';
import { notFoundNote } from '../nearest.js';
import { rankCandidates } from '../rank.js';
import { MIN_COVERAGE_TOPIC_ONLY } from './quote.js';

/** Which speakers talked about Y: speakers ranked by their best matching quotes, with the best quotes as evidence. */
export async function answerSpeakers(ctx: AskContext, parsed: ParsedQuestion): Promise<Answer> {
  const { store, registry, vocab, filter } = ctx;
  const answer = startAnswer(ctx, parsed);
  if (parsed.groups.length === 0) {
    answer.note = 'Name a topic: "which speakers talked about the ceasefire".';
    return answer;
  }
  const pool = await store.rankRowsByTerms(retrievalTerms(parsed.groups, vocab), filter, TERM_POOL * 2);
  const ranked = rankCandidates(pool, parsed.groups, vocab, () => 1).filter((r) => r.coverage >= MIN_COVERAGE_TOPIC_ONLY);
  const bySpeaker = new Map<string, { speaker: StoredSpeaker; n: number; score: number }>();
  for (const r of ranked) {
    const s = r.quote.speakerId ? registry.get(r.quote.speakerId) : undefined;
    if (!s) continue;
    const e = bySpeaker.get(s.id) ?? { speaker: s, n: 0, score: 0 };
    e.n++;
    e.score += r.score;
    bySpeaker.set(s.id, e);
  }
  const list = [...bySpeaker.values()].sort((a, b) => b.score - a.score || a.speaker.id.localeCompare(b.speaker.id));
  answer.speakers = list.slice(0, 10).map((e) => speakerSummary(e.speaker, filter.collections, `${e.n} quote${e.n === 1 ? '' : 's'} about ${parsed.topic.join(' ')}`));
  answer.total = list.length;
  if (list.length === 0) answer.note = notFoundNote(parsed);
  else {
    answer.status = 'found';
    answer.hits = await showHits(dedupeByFingerprint(ranked).slice(0, 3), store, registry, filter, ctx.uncertainBelow);
  }
  return answer;
}
