/**
 * Sorts the misses of topic-only and paraphrase questions by cause and counts them (session 18, h-qa35). A
 * developer tool: it reads ../shared and the question sets given (the app and the tests never do).
 *
 *   npx tsx scripts/topic-misses.ts --data DIR [--shared ../shared] --gold DIR [--gold DIR ...]
 *                                   [--styles topic,paraphrase]
 *
 * DIR is an index of the whole corpus (`scripts/fit-rank.ts --data DIR` builds one). Every question of the styles
 * given is asked in-process (`core.ask`) and judged the scorer's way (its `speakerMatch`, the expected words); for
 * each miss the tool reads the stored quotes of the question's article, re-ranks the candidates as the answerer
 * does (the named speakers' pools, or the full-text first cut) and prints what was shown (nothing, the right
 * speaker's other words, another speaker), then the cause:
 *  - `extraction`: no stored quote of the article is the wanted one under the wanted speaker (given to someone
 *    else, or not extracted): report it, do not patch the answer side;
 *  - `speaker-parse`: the question names speakers but not the wanted one (a role, a body, a common word read as a
 *    name);
 *  - `not-candidate`: the wanted quote is not among the ranked candidates (the full-text first cut or the
 *    speaker's pool missed it: no candidate field shares the question's words, the vocabulary gap);
 *  - `ranked#N`: the wanted quote is ranked at N (0: ranked first yet not shown, a floor refused it).
 * For each wanted quote it prints which of the question's readings its quote, sentence and lead-in hold.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TERM_POOL, rankForSpeakers, retrievalTerms } from '../src/core/answers/candidates.js';
import { rankCandidates } from '../src/core/answers/rank.js';
import { understand } from '../src/core/questions/understand.js';
import { groupTerms, wantedCounts } from '../src/core/search/bm25.js';
import { fullWeightReadings } from '../src/core/search/expansion.js';
import { openIndexedCore } from './indexed-core.js';
import { answerOk, givenGoldDirs, goldQuestionFiles, opt, speakerMatch, words, type Shown } from './tuning-data.js';

const norm = (s: unknown) => words(s).join(' ');
interface Question { q: string; speaker?: string; expect?: string; answer_text?: string; style: string; none?: boolean; article: string | null; set: string }

const dataDir = path.resolve(opt('--data', ''));
if (!opt('--data', '') || !fs.existsSync(path.join(dataDir, 'onrecord.db'))) {
  console.error('usage: npx tsx scripts/topic-misses.ts --data DIR --gold DIR [--gold DIR ...] (DIR: an index, see scripts/fit-rank.ts)');
  process.exit(2);
}
const styles = opt('--styles', 'topic,paraphrase').split(',');
const questions: Question[] = [];
for (const dir of givenGoldDirs()) {
  for (const g of goldQuestionFiles<Omit<Question, 'article' | 'set'>>(dir)) {
    for (const q of g.questions) if (styles.includes(q.style) && !q.none && g.article) questions.push({ ...q, article: g.article, set: path.basename(dir) });
  }
}

const { store, core, idsOf, registry, vocab, filter, close } = await openIndexedCore(dataDir);
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

for (const q of questions) {
  const answer = await core.ask(q.q);
  const hits: Shown[] = answer.hits.map((h) => ({ speaker: h.speaker?.name ?? null, text: h.text }));
  const first = hits[0];
  if (answerOk(first, q)) {
    count('right');
    continue;
  }
  const stored = await store.getQuotes(idsOf.all(`%${q.article}`).map((r) => r.id));
  const want = stored.find((s) => answerOk({ speaker: s.speakerName ?? null, text: s.text }, q));
  const parsed = understand(q.q, registry, vocab, () => true, new Date());
  const ctx = { store, registry, vocab, visible: () => true, filter, limit: 3, offset: 0, uncertainBelow: 0.6, question: q.q, cut: false };
  const ranked = parsed.speakers.length
    ? await rankForSpeakers(ctx, parsed.speakers, parsed)
    : rankCandidates(await store.rankRowsByTerms(retrievalTerms(fullWeightReadings(parsed.groups), vocab), filter, TERM_POOL), parsed.groups, vocab, (id) => (id ? 1 : 0));
  const wantAt = want ? ranked.findIndex((r) => r.quote.id === want.id) : -1;
  const shown = !first ? 'abstained' : speakerMatch(first.speaker, q.speaker) ? 'right speaker, other words' : 'another speaker';
  let cause: string;
  if (!want) cause = 'extraction';
  else if (parsed.speakers.length > 0 && !parsed.speakers.some((s) => s.speaker.id === want.speakerId)) cause = 'speaker-parse';
  else if (wantAt < 0) cause = 'not-candidate';
  else cause = wantAt === 0 ? 'ranked first' : 'ranked lower';
  count(`${shown} / ${cause}`);
  // Which of the question's readings the wanted quote's own fields hold (the vocabulary gap, when none).
  let holds = '';
  if (want?.speakerId) {
    const row = (await store.rankRowsBySpeakers([want.speakerId], filter, 3000)).find((r) => r.id === want.id);
    const wanted = groupTerms(parsed.groups);
    const of = (terms: string) => [...wantedCounts(terms, wanted).counts.keys()].join(',');
    if (row) holds = `quote [${of(row.terms)}] sentence [${of(row.contextTerms)}] lead-in [${of(row.leadTerms ?? '')}]`;
  }
  const at = wantAt >= 0 ? ranked[wantAt] : undefined;
  console.log(`[${q.set} ${q.style}] ${q.q}`);
  console.log(`   ${shown}; ${cause}${wantAt > 0 ? ` #${wantAt}` : ''}; named: ${parsed.speakers.slice(0, 2).map((s) => s.speaker.name).join(' | ') || '-'}; words: ${parsed.groups.map((g) => g.word).join(',')}`);
  console.log(`   shown: ${first ? `${first.speaker ?? '-'}: ${first.text.slice(0, 90)}` : '-'}`);
  console.log(`   wanted: ${q.speaker}: ${q.expect}${want ? '' : ` (stored as ${stored.find((s) => norm(s.text).includes(norm(q.expect)))?.speakerName ?? 'nobody\'s'})`} ${holds}${at ? ` score ${r3(at.score)} of ${r3(ranked[0]?.score ?? 0)}, coverage ${r3(at.coverage)}, own ${r3(at.ownCoverage)}` : ''}`);
}
console.log([...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}  ${k}`).join('\n'));
close();
await core.close();
