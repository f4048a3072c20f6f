/**
 * The paraphrase and topic-only misses by what was shown, and for each the question's content words against the
 * wanted quote, its paragraph and the article's headline (session 38, h-qa95). A developer tool: it reads the
 * question sets given and the corpus (the app and the tests never do).
 *
 *   npx tsx scripts/paraphrase-words-census.ts --data DIR --gold DIR [--gold DIR ...] [--styles paraphrase,topic] [--verbose]
 *
 * DIR is an index of the whole corpus (`scripts/fit-rank.ts --data DIR` builds one). Every question of the styles
 * given (not "none" ones) is asked in-process and judged the scorer's way. Each miss is put in one of three rows:
 * refused (nothing shown; with the first floor the wanted quote fails when it ranks first, as
 * `paraphrase-census.ts` names them), the right speaker's other words, another speaker. For every miss the
 * question's content words (the parser's groups, a named speaker's own name left out, with the readings the
 * ranking reads) are counted where they stand: in the gold quote's own words, in its paragraph of the article, in
 * the article's headline (its first line). Each word the gold quote and its sentence do not hold is sorted by kind:
 *  - `inflection`: a form the stemmer split (a base form, or a term of the quote sharing the first five letters);
 *  - `synonym`, `derived`, `broader`: a WordNet relative of that kind in the quote or its sentence (whether or not
 *    the ranking reads it);
 *  - `number`: a number word or figure where the quote states a figure;
 *  - `acronym`: a body's name against its initials (the question's "UN" and the quote's "United Nations", or back);
 *  - `name`: capitalised in the question, a name the quote never says;
 *  - `common`: a word in more than 2% of the quotes on record;
 *  - `other words`: none of these (a paraphrased verb or noun, an idiom, the reporter's gist); with a sub-count of
 *    those the paragraph holds and those only the headline holds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TOPIC_RULES } from '../src/core/answers/intents/quote.js';
import { rarestWords } from '../src/core/answers/rank.js';
import { understand } from '../src/core/questions/understand.js';
import { countToken, groupTerms, wantedCounts } from '../src/core/search/bm25.js';
import { baseForms, lexicalRelated } from '../src/core/search/lexical.js';
import { indexTerms, stem } from '../src/core/search/tokenize.js';
import { failedFloor, rankQuestion } from './census-ranking.js';
import { openIndexedCore } from './indexed-core.js';
import { answerOk, answerableQuestions, corpus, opt, speakerMatch, type Shown } from './tuning-data.js';

const dataDir = path.resolve(opt('--data', ''));
const verbose = process.argv.includes('--verbose');
const questions = answerableQuestions(opt('--styles', 'paraphrase,topic').split(','));
const opened = await openIndexedCore(dataDir);
const { store, core, idsOf, registry, vocab, filter, close } = opened;

/** The article's headline (first line) and the paragraph holding the gold quote's first words. */
function articleParts(article: string, quote: string): { headline: string; paragraph: string } {
  const file = path.join(corpus, article);
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const paras = text.split(/\n\s*\n/);
  const probe = indexTerms(quote).slice(0, 6).join(' ');
  const paragraph = paras.find((p) => indexTerms(p).join(' ').includes(probe)) ?? '';
  return { headline: text.split('\n')[0] ?? '', paragraph };
}
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'half', 'dozen', 'percent']);
const isNumber = (w: string) => /^\d/.test(w) || NUMBER_WORDS.has(w);
/** Whether a capitalised run of the text is the acronym's words (or the acronym stands in the text for the words). */
function acronymLink(word: string, question: string, quote: string): boolean {
  const initialsOf = (s: string) => [...s.matchAll(/\b(?:[A-Z][a-z]+(?:\s+(?:of|for|and|the)\s+|\s+))+[A-Z][a-z]+/g)].map((m) => m[0].split(/\s+/).filter((t) => /^[A-Z]/.test(t)).map((t) => t[0]).join('').toLowerCase());
  const asAcronym = new RegExp(`\\b${word.toUpperCase()}\\b`);
  return (asAcronym.test(question) && initialsOf(quote).includes(word)) || (asAcronym.test(quote) && initialsOf(question).includes(word));
}
function capitalised(question: string, word: string): boolean {
  return question.split(/\s+/).slice(1).some((w) => w.replace(/[^A-Za-z0-9]/g, '').toLowerCase() === word && /^[A-Z]/.test(w));
}

const rows = new Map<string, { n: number; words: number; inQuote: number; inPara: number; inHead: number }>();
const kinds = new Map<string, number>();
const add = (key: string, words: number, q: number, p: number, h: number) => {
  const r = rows.get(key) ?? { n: 0, words: 0, inQuote: 0, inPara: 0, inHead: 0 };
  r.n++; r.words += words; r.inQuote += q; r.inPara += p; r.inHead += h;
  rows.set(key, r);
};
const kind = (k: string) => kinds.set(k, (kinds.get(k) ?? 0) + 1);

for (const q of questions) {
  const answer = await core.ask(q.q);
  const hits: Shown[] = answer.hits.map((h) => ({ speaker: h.speaker?.name ?? null, text: h.text }));
  const first = hits[0];
  if (answerOk(first, q)) {
    add(`${q.style} right`, 0, 0, 0, 0);
    continue;
  }
  const shown = !first ? 'refused' : speakerMatch(first.speaker, q.speaker) ? 'other words' : 'wrong speaker';
  const goldText = String((q as { answer_text?: string }).answer_text ?? q.expect ?? '');
  const { headline, paragraph } = articleParts(q.article, goldText);
  const parsed = understand(q.q, registry, vocab, () => true, new Date());
  const named = new Set(parsed.speakers.flatMap((s) => s.speaker.name.toLowerCase().split(/\s+/)));
  const content = parsed.groups.filter((g) => !named.has(g.word));
  const holds = (text: string, g: (typeof content)[number]) => wantedCounts(indexTerms(text).join(' '), groupTerms([g])).counts.size > 0;
  const stored = await store.getQuotes(idsOf.all(`%${q.article}`).map((r) => r.id));
  const want = stored.find((s) => answerOk({ speaker: s.speakerName ?? null, text: s.text }, q));
  const row = want?.speakerId ? (await store.rankRowsBySpeakers([want.speakerId], filter, 3000)).find((r) => r.id === want.id) : undefined;
  const own = row ? `${row.terms} ${row.contextTerms}` : indexTerms(goldText).join(' ');
  let floor = '';
  if (shown === 'refused') {
    if (!row) floor = 'not indexed';
    else {
      const ranked = await rankQuestion(opened, parsed, q.q);
      const at = ranked.findIndex((r) => r.quote.id === want!.id);
      const topicOnly = parsed.speakers.length === 0;
      const failed = at === 0 ? failedFloor(ranked[0]!, topicOnly, rarestWords(parsed.groups, vocab, TOPIC_RULES.rarestSlack)) : at < 0 ? 'not a candidate' : 'ranked lower';
      floor = failed === 'coverage' ? `${topicOnly ? 'topic' : 'named'} coverage` : failed === 'a summary, not words said' ? 'summary' : failed;
    }
  }
  const inQuote = content.filter((g) => holds(goldText, g));
  const inPara = content.filter((g) => holds(paragraph, g));
  const inHead = content.filter((g) => holds(headline, g));
  add(`${q.style} ${shown}${floor ? ` (${floor})` : ''}`, content.length, inQuote.length, inPara.length, inHead.length);
  add(`all ${shown}`, content.length, inQuote.length, inPara.length, inHead.length);
  const perWord: string[] = [];
  for (const g of content) {
    if (wantedCounts(own, groupTerms([g])).counts.size > 0) continue;
    const s = stem(g.word);
    const prefix = s.slice(0, 5);
    const related = (r: 'synonym' | 'derived' | 'broader') => lexicalRelated(g.word, r).some((t) => countToken(own, t) > 0);
    const k = baseForms(g.word).some((b) => countToken(own, stem(b)) > 0) || (prefix.length >= 4 && own.split(' ').some((t) => t !== s && t.startsWith(prefix))) ? 'inflection'
      : related('synonym') ? 'synonym' : related('derived') ? 'derived' : related('broader') ? 'broader'
      : isNumber(g.word) && /\d|\b(?:million|billion|hundred|thousand|percent|half|dozen)\b/i.test(goldText) ? 'number'
      : acronymLink(g.word, q.q, `${goldText} ${paragraph}`) ? 'acronym'
      : capitalised(q.q, g.word) ? 'name'
      : vocab.frequency(s) > 0.02 * vocab.quotes ? 'common'
      : holds(paragraph, g) ? 'other words (in the paragraph)' : holds(headline, g) ? 'other words (headline only)' : 'other words (nowhere near)';
    kind(`${shown === 'refused' ? 'refused' : 'shown'}: ${k}`);
    kind(`all: ${k}`);
    perWord.push(`${g.word}:${k}`);
  }
  if (verbose) console.log(`[${path.basename(path.dirname(path.dirname(q.set)))} ${q.style} ${shown}${floor ? ` ${floor}` : ''}] ${q.q}\n   words ${content.length} quote ${inQuote.length} para ${inPara.length} head ${inHead.length}; missing ${perWord.join(' ')}`);
}
console.log('row\tn\tcontent words\tin quote\tin paragraph\tin headline (means per question)');
const m = (x: number, n: number) => (n ? (x / n).toFixed(2) : '-');
for (const [k, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${k}\t${r.n}\t${m(r.words, r.n)}\t${m(r.inQuote, r.n)}\t${m(r.inPara, r.n)}\t${m(r.inHead, r.n)}`);
console.log('\nquestion words the quote and its sentence lack, by kind');
for (const [k, n] of [...kinds].sort()) console.log(`${n}\t${k}`);
close();
await core.close();
