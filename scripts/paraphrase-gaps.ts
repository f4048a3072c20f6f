/**
 * Where the words of a missed paraphrase or topic-only question stand in the wanted quote (session 33, h-qa80). A
 * developer tool: it reads the question sets given (the app and the tests never do).
 *
 *   npx tsx scripts/paraphrase-gaps.ts --data DIR --gold DIR [--gold DIR ...] [--styles topic,paraphrase] [--verbose]
 *
 * DIR is an index of the whole corpus (`scripts/fit-rank.ts --data DIR` builds one). Every question of the styles
 * given is asked in-process; for each one not answered right at 1 whose wanted quote is stored under the wanted
 * speaker, each of the question's content words (the parser's groups, with the readings the ranking reads:
 * stem, abbreviations, WordNet synonyms and derived forms kept by `expandWord`) is put in the first field that
 * holds it: the quote's own words, its sentence, the lead-in, the paragraphs around (`nearTerms`), or none. A word
 * no field holds is sorted by kind:
 *  - `lexical-unread`: a WordNet synonym, derived or broader word of it is in the quote or its sentence, but the
 *    ranking's expansion left it out (commoner than the word, a common broader word, not one of the two senses);
 *  - `inflection`: a quote or sentence term shares its first five letters (the stemmer split two forms: "diversion" /
 *    "diversionary", "e-mail" / "email");
 *  - `paraphrase`: no lexical link, split three ways: `paraphrase/common` (the word is in more than 2% of the quotes
 *    on record: "go", "people", "still", "way"), `paraphrase/name` (capitalised inside the question: a place, a
 *    person or a body the quote never names), `paraphrase/word` (a content word the quote says otherwise: a
 *    paraphrased verb or noun, an idiom, the reporter's gist).
 * Then each miss is counted by its worst field: every word in the quote or sentence, some only in the lead-in or
 * the paragraphs around, some in none.
 */
import { understand } from '../src/core/questions/understand.js';
import { countToken, groupTerms, wantedCounts } from '../src/core/search/bm25.js';
import { lexicalRelated } from '../src/core/search/lexical.js';
import { stem } from '../src/core/search/tokenize.js';
import { openIndexedCore } from './indexed-core.js';
import { answerOk, answerableQuestions, opt, speakerMatch } from './tuning-data.js';
import path from 'node:path';

const dataDir = path.resolve(opt('--data', ''));
const verbose = process.argv.includes('--verbose');
const questions = answerableQuestions(opt('--styles', 'topic,paraphrase').split(','));
const { store, core, idsOf, registry, vocab, filter, close } = await openIndexedCore(dataDir);
/** Whether the word stands capitalised after the question's first word. */
function capitalised(question: string, word: string): boolean {
  return question.split(/\s+/).slice(1).some((w) => w.replace(/[^A-Za-z0-9]/g, '').toLowerCase() === word && /^[A-Z]/.test(w));
}
/** How far from the quote a field lies (a miss is counted by its worst word; 3: in no field). */
const rankOf: Record<string, number> = { quote: 0, sentence: 0, 'lead-in': 1, paragraph: 2 };
const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const examples = new Map<string, string[]>();
const note = (k: string, s: string) => examples.set(k, [...(examples.get(k) ?? []), s]);

for (const q of questions) {
  const answer = await core.ask(q.q);
  const first = answer.hits[0] ? { speaker: answer.hits[0].speaker?.name ?? null, text: answer.hits[0].text } : undefined;
  if (answerOk(first, q)) continue;
  const shown = !first ? 'none' : speakerMatch(first.speaker, q.speaker) ? 'other-words' : 'wrong';
  const stored = await store.getQuotes(idsOf.all(`%${q.article}`).map((r) => r.id));
  const want = stored.find((s) => answerOk({ speaker: s.speakerName ?? null, text: s.text }, q));
  if (!want?.speakerId) {
    count(`${shown} | extraction`);
    continue;
  }
  const row = (await store.rankRowsBySpeakers([want.speakerId], filter, 3000)).find((r) => r.id === want.id);
  if (!row) {
    count(`${shown} | extraction`);
    continue;
  }
  const parsed = understand(q.q, registry, vocab, () => true, new Date());
  const fields: [string, string][] = [['quote', row.terms], ['sentence', row.contextTerms], ['lead-in', row.leadTerms ?? ''], ['paragraph', row.nearTerms ?? '']];
  const named = new Set(parsed.speakers.flatMap((s) => s.speaker.name.toLowerCase().split(/\s+/)));
  const perWord: string[] = [];
  let worst = 0;
  for (const g of parsed.groups) {
    if (named.has(g.word)) continue;
    const wanted = groupTerms([g]);
    const at = fields.find(([, terms]) => wantedCounts(terms, wanted).counts.size > 0)?.[0];
    if (at) {
      worst = Math.max(worst, rankOf[at]!);
      if (at !== 'quote' && at !== 'sentence') perWord.push(`${g.word}:${at}`);
      continue;
    }
    worst = 3;
    const own = `${row.terms} ${row.contextTerms}`;
    const related = (['synonym', 'derived', 'broader'] as const).flatMap((r) => lexicalRelated(g.word, r));
    const prefix = stem(g.word).slice(0, 5);
    const kind = related.some((t) => countToken(own, t) > 0) ? 'lexical-unread'
      : prefix.length >= 4 && own.split(' ').some((t) => t !== stem(g.word) && t.startsWith(prefix)) ? 'inflection'
      : vocab.frequency(stem(g.word)) > 0.02 * vocab.quotes ? 'paraphrase/common'
      : capitalised(q.q, g.word) ? 'paraphrase/name' : 'paraphrase/word';
    count(`word: ${kind}`);
    note(`word: ${kind}`, `${g.word} (${q.q.slice(0, 60)})`);
    perWord.push(`${g.word}:${kind}`);
  }
  const where = ['all in quote/sentence', 'some only in the lead-in', 'some only in the paragraph', 'some in no field'][worst]!;
  count(`${shown} | ${where}`);
  if (verbose) console.log(`[${path.basename(path.dirname(path.dirname(q.set)))} ${q.style} ${shown}] ${q.q}\n   ${where}: ${perWord.join(' ')} | want ${q.speaker}: ${q.expect}`);
}
for (const [k, n] of [...tally].sort()) console.log(`${n}\t${k}`);
for (const k of ['word: lexical-unread', 'word: inflection']) console.log(`${k}: ${(examples.get(k) ?? []).join('; ')}`);
close();
await core.close();
