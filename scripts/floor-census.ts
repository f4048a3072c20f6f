/**
 * Census of the floors at the first candidate of topic-only and named questions (session 32, h-qa76). A developer tool.
 *   npx tsx scripts/floor-census.ts --data DIR --gold DIR ... > out.jsonl
 */
import fs from 'node:fs';
import path from 'node:path';
import { TERM_POOL, rankForSpeakers, retrievalTerms } from '../src/core/answers/candidates.js';
import { rankCandidates, rarestWords } from '../src/core/answers/rank.js';
import { understand } from '../src/core/questions/understand.js';
import { groupTerms, wantedCounts } from '../src/core/search/bm25.js';
import { fullWeightReadings } from '../src/core/search/expansion.js';
import { openIndexedCore } from './indexed-core.js';
import { answerOk, givenGoldDirs, goldQuestionFiles, opt, speakerMatch, words, type Shown } from './tuning-data.js';

interface Question { q: string; speaker?: string; expect?: string; answer_text?: string; style: string; none?: boolean; article: string | null; set: string }
const dataDir = path.resolve(opt('--data', ''));
const questions: Question[] = [];
for (const dir of givenGoldDirs()) for (const g of goldQuestionFiles<Omit<Question, 'article' | 'set'>>(dir)) for (const q of g.questions) questions.push({ ...q, article: g.article, set: dir });
const { store, core, idsOf, registry, vocab, filter, close } = await openIndexedCore(dataDir);
const r3 = (x: number) => Math.round(x * 1000) / 1000;
for (const q of questions) {
  const answer = await core.ask(q.q);
  const hits: Shown[] = answer.hits.map((h) => ({ speaker: h.speaker?.name ?? null, text: h.text }));
  const first = hits[0];
  const outcome = q.none ? (first ? 'answered-none' : 'none-right') : !first ? 'refused' : answerOk(first, q) ? 'right' : speakerMatch(first.speaker, q.speaker) ? 'other-words' : 'wrong';
  const parsed = understand(q.q, registry, vocab, () => true, new Date());
  if (parsed.groups.length === 0) continue;
  const ctx = { store, registry, vocab, visible: () => true, filter, limit: 3, offset: 0, uncertainBelow: 0.6, question: q.q, cut: false };
  const topicOnly = parsed.speakers.length === 0 && !parsed.description;
  if (!topicOnly && parsed.speakers.length === 0) continue;
  const ranked = !topicOnly ? await rankForSpeakers(ctx, parsed.speakers, parsed)
    : rankCandidates(await store.rankRowsByTerms(retrievalTerms(fullWeightReadings(parsed.groups), vocab), filter, TERM_POOL), parsed.groups, vocab, (id) => (id ? 1 : 0));
  let want: { id: string } | undefined;
  if (!q.none && q.article) {
    const stored = await store.getQuotes(idsOf.all(`%${q.article}`).map((r) => r.id));
    want = stored.find((s) => answerOk({ speaker: s.speakerName ?? null, text: s.text }, q));
  }
  const rarest = rarestWords(parsed.groups, vocab, 0);
  const direct = ranked.filter((r) => r.quote.kind === 'direct' && r.quote.confidence >= 0.3);
  const best = direct[0]?.score ?? 0;
  const wanted = groupTerms(parsed.groups);
  const of = (terms: string) => [...wantedCounts(terms, wanted).counts.keys()];
  const row = (r: (typeof ranked)[number], i: number) => ({ i, wanted: r.quote.id === want?.id, score: r3(r.score), share: r3(best ? r.score / best : 0), cov: r3(r.coverage), own: r3(r.ownCoverage), coord: r3(r.coord), rarest: rarest.some((w) => r.matched.includes(w)), kind: r.quote.kind, conf: r3(r.quote.confidence),
    quote: of(r.quote.terms).length, sentence: of(r.quote.contextTerms).length, near: of(r.quote.nearTerms).length, lead: of(r.quote.leadTerms ?? '').length });
  const wantAt = want ? ranked.findIndex((r) => r.quote.id === want!.id) : -1;
  const out = { set: path.basename(path.dirname(path.dirname(q.set))) || q.set, style: q.style, q: q.q, outcome, topicOnly, nwords: parsed.groups.length, words: parsed.groups.map((g) => g.word), rarest,
    shown: first ? `${first.speaker}: ${first.text.slice(0, 70)}` : null, wantAt, top: direct.slice(0, 3).map((r) => row(r, ranked.indexOf(r))), want: wantAt >= 0 ? row(ranked[wantAt]!, wantAt) : null };
  console.log(JSON.stringify(out));
}
close();
await core.close();
