/**
 * One cause per missed paraphrase or topic-only question, in the classes issue 14 names (session 35, h-qa86). A
 * developer tool: it reads the question sets given (the app and the tests never do). It joins what
 * `topic-misses.ts` (the answerer's side) and `paraphrase-gaps.ts` (where the words stand) each show half of.
 *
 *   npx tsx scripts/paraphrase-census.ts --data DIR --gold DIR [--gold DIR ...] [--styles paraphrase,topic] [--verbose]
 *
 * DIR is an index of the whole corpus (`scripts/fit-rank.ts --data DIR` builds one). Every question of the styles
 * given (not "none" ones) is asked in-process and judged the scorer's way; each miss gets the first cause that fits:
 *  - `not-indexed`: no stored quote of the article is the wanted one under the wanted speaker (not extracted, or
 *    given to someone else: issue 13's work, not the answerer's);
 *  - `speaker-parse`: the question names speakers, none of them the wanted one;
 *  - `words-absent`: no content word of the question (with the readings the ranking reads) is in the wanted quote's
 *    own words or its sentence (split: some in the lead-in or the paragraphs around / in no field at all);
 *  - `refused-first`: the wanted quote ranks first among the candidates, yet a floor or the abstain rule refused it
 *    (`--verbose` names the first floor it fails: a summary where a topic-only answer must be words said, the
 *    attribution, the coverage floor, the own-words floor, the rarest word; else `later rule`: the share of the best,
 *    the rival, a compound, one common word, or the who-said and description paths' own rules);
 *  - `ranked-2-3` / `ranked-4+`: it ranks lower, and the first candidate covers no more of the question than it
 *    does (the scoring, not the shared words, put it lower);
 *  - `outshared`: it ranks lower and the first candidate covers more of the question's words;
 *  - `not-candidate`: it shares words but neither the full-text first cut nor the speaker's pool holds it.
 * Each line of the table also splits by what was shown (nothing, the right speaker's other words, another speaker).
 * `--verbose` prints every miss with its cause, the words its quote holds, and the first candidate.
 */
import path from 'node:path';
import { TOPIC_RULES } from '../src/core/answers/intents/quote.js';
import { rarestWords } from '../src/core/answers/rank.js';
import { understand } from '../src/core/questions/understand.js';
import { groupTerms, wantedCounts } from '../src/core/search/bm25.js';
import { failedFloor, rankQuestion } from './census-ranking.js';
import { openIndexedCore } from './indexed-core.js';
import { answerOk, answerableQuestions, opt, speakerMatch, type Shown } from './tuning-data.js';

const dataDir = path.resolve(opt('--data', ''));
const verbose = process.argv.includes('--verbose');
const questions = answerableQuestions(opt('--styles', 'paraphrase,topic').split(','));
const opened = await openIndexedCore(dataDir);
const { store, core, idsOf, registry, vocab, filter, close } = opened;
const r2 = (x: number) => Math.round(x * 100) / 100;
const table = new Map<string, Map<string, number>>();
const count = (style: string, cause: string, shown: string) => {
  for (const key of [`${style} ${cause}`, `all ${cause}`]) {
    const row = table.get(key) ?? new Map<string, number>();
    row.set(shown, (row.get(shown) ?? 0) + 1);
    table.set(key, row);
  }
};

for (const q of questions) {
  const answer = await core.ask(q.q);
  const hits: Shown[] = answer.hits.map((h) => ({ speaker: h.speaker?.name ?? null, text: h.text }));
  const first = hits[0];
  if (answerOk(first, q)) {
    count(q.style, 'right', 'right');
    continue;
  }
  const shown = !first ? 'none' : speakerMatch(first.speaker, q.speaker) ? 'other-words' : 'wrong';
  const stored = await store.getQuotes(idsOf.all(`%${q.article}`).map((r) => r.id));
  const want = stored.find((s) => answerOk({ speaker: s.speakerName ?? null, text: s.text }, q));
  const row = want?.speakerId ? (await store.rankRowsBySpeakers([want.speakerId], filter, 3000)).find((r) => r.id === want.id) : undefined;
  const parsed = understand(q.q, registry, vocab, () => true, new Date());
  let cause: string;
  let detail = '';
  if (!want || !row) cause = 'not-indexed';
  else if (parsed.speakers.length > 0 && !parsed.speakers.some((s) => s.speaker.id === want.speakerId)) cause = 'speaker-parse';
  else {
    const named = new Set(parsed.speakers.flatMap((s) => s.speaker.name.toLowerCase().split(/\s+/)));
    const content = parsed.groups.filter((g) => !named.has(g.word));
    const holds = (terms: string, g: (typeof content)[number]) => wantedCounts(terms, groupTerms([g])).counts.size > 0;
    const own = content.filter((g) => holds(`${row.terms} ${row.contextTerms}`, g));
    const near = content.filter((g) => !own.includes(g) && holds(`${row.leadTerms ?? ''} ${row.nearTerms ?? ''}`, g));
    detail = `own [${own.map((g) => g.word).join(',')}] near [${near.map((g) => g.word).join(',')}] absent [${content.filter((g) => !own.includes(g) && !near.includes(g)).map((g) => g.word).join(',')}]`;
    if (own.length === 0) cause = near.length > 0 ? 'words-absent/near-only' : 'words-absent/nowhere';
    else {
      const ranked = await rankQuestion(opened, parsed, q.q);
      const at = ranked.findIndex((r) => r.quote.id === want.id);
      const top = ranked[0];
      const topicOnly = parsed.speakers.length === 0;
      if (at < 0) cause = 'not-candidate';
      else if (at === 0) cause = 'refused-first';
      else if (top && top.coverage > ranked[at]!.coverage) cause = 'outshared';
      else cause = at <= 2 ? 'ranked-2-3' : 'ranked-4+';
      if (at === 0) detail += ` [${answer.understood.intent}${parsed.description ? ', described' : topicOnly ? ', topic only' : ', named'}: ${failedFloor(ranked[0]!, topicOnly, rarestWords(parsed.groups, vocab, TOPIC_RULES.rarestSlack))}]`;
      if (at >= 0) detail += ` #${at + 1} coverage ${r2(ranked[at]!.coverage)} own ${r2(ranked[at]!.ownCoverage)}; first ${r2(top?.coverage ?? 0)} ${top?.quote.speakerId === want.speakerId ? 'same speaker' : 'other speaker'}`;
    }
  }
  count(q.style, cause, shown);
  if (verbose) {
    console.log(`[${path.basename(path.dirname(path.dirname(q.set)))} ${q.style}] ${q.q}\n   ${cause} (${shown}) ${detail}`);
    console.log(`   want ${q.speaker}: ${q.expect} | shown ${first ? `${first.speaker ?? '-'}: ${first.text.slice(0, 80)}` : '-'}`);
  }
}
const shownKinds = ['right', 'none', 'other-words', 'wrong'];
console.log(`key\t${shownKinds.join('\t')}\ttotal`);
for (const [key, row] of [...table].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(`${key}\t${shownKinds.map((k) => row.get(k) ?? 0).join('\t')}\t${[...row.values()].reduce((a, b) => a + b, 0)}`);
}
close();
await core.close();
