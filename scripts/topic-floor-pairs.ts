/**
 * The topic-only questions the coverage floor refuses, with what a lower floor would show (session 36, h-qa88). A
 * developer tool: it reads the question sets given (the app and the tests never do).
 *
 *   npx tsx scripts/topic-floor-pairs.ts --data DIR [--gold DIR ...] [--below 0.55] [--from 0.3]
 *
 * DIR is an index of the whole corpus (`scripts/fit-rank.ts --data DIR` builds one). Every question of the visible
 * sets and the `--gold` folders that the app reads as naming nobody, "none" questions included, is asked
 * in-process; for each one refused, the candidate a topic-only floor of `--from` would show first (direct, surely
 * attributed, own coverage, the rarest word, coverage from `--from` up to `--below`) is labelled as the scorer would
 * judge it: RIGHT (the wanted words), OTHER (the wanted speaker's other words), WRONG (another speaker), NONE (a
 * question with no answer on record). For each it prints what might tell them apart: coverage, own coverage, coord,
 * the share of the question held close (quote, sentence, lead-in: IDF-weighted), the lead over the best other
 * speaker's candidate, whether that rival is in the same article, and how many speakers of that article rank.
 * The summary lists, for each feature, the labels above and below each candidate threshold.
 */
import path from 'node:path';
import { TERM_POOL, retrievalTerms } from '../src/core/answers/candidates.js';
import { MIN_ATTRIBUTION, MIN_OWN_COVERAGE, TOPIC_RULES } from '../src/core/answers/intents/quote.js';
import { groupWeights, rankCandidates, rarestWords } from '../src/core/answers/rank.js';
import { understand } from '../src/core/questions/understand.js';
import { wantedCounts } from '../src/core/search/bm25.js';
import { fullWeightReadings } from '../src/core/search/expansion.js';
import { openIndexedCore } from './indexed-core.js';
import { answerOk, goldQuestionFiles, opt, questionDirs, speakerMatch } from './tuning-data.js';

interface Q { q: string; speaker?: string; expect?: string; answer_text?: string; style: string; none?: boolean; set: string }
const dataDir = path.resolve(opt('--data', ''));
const below = Number(opt('--below', String(TOPIC_RULES.minCoverage)));
const from = Number(opt('--from', '0.3'));
const questions: Q[] = [];
for (const dir of questionDirs()) for (const g of goldQuestionFiles<Omit<Q, 'set'>>(dir)) for (const q of g.questions) questions.push({ ...q, set: dir });

const { store, core, registry, vocab, filter, close } = await openIndexedCore(dataDir);
const r2 = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) / 100 : 99);
interface Point { label: string; cov: number; own: number; coord: number; close: number; lead: number; rivalSame: number; speakers: number; words: number; line: string }
const points: Point[] = [];

for (const q of questions) {
  const answer = await core.ask(q.q);
  if (answer.understood.intent !== 'quote' || answer.understood.speaker || answer.hits.length > 0) continue;
  const parsed = understand(q.q, registry, vocab, () => true, new Date());
  if (parsed.speakers.length > 0 || parsed.groups.length === 0) continue;
  const ranked = rankCandidates(await store.rankRowsByTerms(retrievalTerms(fullWeightReadings(parsed.groups), vocab), filter, TERM_POOL), parsed.groups, vocab, (id) => (id ? 1 : 0));
  const rarest = rarestWords(parsed.groups, vocab, TOPIC_RULES.rarestSlack);
  const cand = ranked.find((r) => r.quote.kind === 'direct' && r.quote.confidence >= MIN_ATTRIBUTION && r.ownCoverage >= MIN_OWN_COVERAGE && rarest.some((w) => r.matched.includes(w)) && r.coverage >= from);
  if (!cand || cand.coverage >= below) continue;
  const [shown] = await store.getQuotes([cand.quote.id]);
  if (!shown) continue;
  const hit = { speaker: shown.speakerName ?? null, text: shown.text };
  const label = q.none ? 'NONE' : answerOk(hit, q) ? 'RIGHT' : speakerMatch(hit.speaker, q.speaker) ? 'OTHER' : 'WRONG';
  // The share of the question (IDF-weighted, each word by any of its readings) in the quote, its sentence or its lead-in.
  const weights = groupWeights(parsed.groups, vocab);
  const closeText = `${cand.quote.terms} ${cand.quote.contextTerms} ${cand.quote.leadTerms ?? ''}`;
  const held = parsed.groups.map((g, i) => (wantedCounts(closeText, g.alternatives.flat()).counts.size > 0 ? (weights[i] as number) : 0));
  const close = held.reduce((a, b) => a + b, 0) / Math.max(weights.reduce((a, b) => a + b, 0), 1e-9);
  const rival = ranked.find((r) => r.quote.speakerId && r.quote.speakerId !== cand.quote.speakerId);
  const rows = await store.getQuotes([...new Set([cand.quote.id, ...(rival ? [rival.quote.id] : []), ...ranked.slice(0, 30).map((r) => r.quote.id)])]);
  const articleOf = new Map(rows.map((r) => [r.id, r.articleId]));
  const article = articleOf.get(cand.quote.id);
  const speakers = new Set(ranked.slice(0, 30).filter((r) => articleOf.get(r.quote.id) === article && r.quote.speakerId).map((r) => r.quote.speakerId)).size;
  const p: Point = {
    label, cov: cand.coverage, own: cand.ownCoverage, coord: cand.coord, close, lead: rival ? cand.score / Math.max(rival.score, 1e-9) : Infinity,
    rivalSame: rival && articleOf.get(rival.quote.id) === article ? 1 : 0, speakers, words: parsed.groups.length,
    line: `${q.q} -> ${hit.speaker}: ${hit.text.slice(0, 70)}`,
  };
  points.push(p);
  console.log(`${label.padEnd(5)} cov ${r2(p.cov)} own ${r2(p.own)} coord ${r2(p.coord)} close ${r2(p.close)} lead ${r2(p.lead)} rivalSame ${p.rivalSame} speakers ${p.speakers} words ${p.words} | [${path.basename(path.dirname(path.dirname(q.set))) || path.basename(q.set)}] ${p.line}`);
}
const tally = (xs: Point[]) => ['RIGHT', 'OTHER', 'WRONG', 'NONE'].map((l) => `${l} ${xs.filter((x) => x.label === l).length}`).join(' ');
console.log(`\n${points.length} refused topic-only questions with a candidate at coverage ${from}-${below}: ${tally(points)}`);
for (const key of ['cov', 'own', 'coord', 'close', 'lead', 'speakers', 'words'] as const) {
  const cuts = [...new Set(points.map((p) => r2(p[key])))].sort((a, b) => a - b);
  console.log(`${key}: ${cuts.map((c) => `>=${c}: ${tally(points.filter((p) => r2(p[key]) >= c))}`).join(' | ')}`);
}
console.log(`rival in the same article: ${tally(points.filter((p) => p.rivalSame))} | not: ${tally(points.filter((p) => !p.rivalSame))}`);
close();
await core.close();
