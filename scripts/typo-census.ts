/**
 * Sorts the misses of misspelt-name and surname-only questions by what name repair did (session 36, h-qa89). A
 * developer tool: it reads ../shared and the question sets given (the app and the tests never do).
 *
 *   npx tsx scripts/typo-census.ts --data DIR --gold DIR [--gold DIR ...] [--styles typo,surname]
 *
 * DIR is an index of the whole corpus. Every question of the styles given is asked in-process (`core.ask`) and
 * judged the scorer's way; for each miss it prints the name as typed (the question's speaker phrase), the right name,
 * the edits between the typed word and the right one (optimal string alignment) and whether their Double Metaphone
 * keys meet, what the parse named (first three candidates) and the answer's note, then one class:
 *  - `no-candidate`: the parse named nobody (the typed name reached no speaker);
 *  - `other-person`: the parse named people, none of them the right one (repaired to somebody else);
 *  - `among-not-first`: the right person among several candidates, another one's quote shown;
 *  - `right-person-refused`: the right person named first, no answer shown (a floor refused it);
 *  - `among-refused`: the right person among several candidates (not first), no answer shown;
 *  - `right-person-other-quote`: the right person's other words shown first (ranking, not repair);
 *  - `no-stored-quote`: no stored quote of the article is the wanted one under the right speaker (extraction).
 * Each line also says whether the wanted quote is among the first three answers, and what the same question answers
 * with the typed name replaced by the right full name (`right`: the miss is the name's; `refused too` / `missed too`:
 * another cause, the topic or the ranking).
 */
import fs from 'node:fs';
import path from 'node:path';
import { understand } from '../src/core/questions/understand.js';
import { boundedEditDistance } from '../src/core/search/edit-distance.js';
import { nameWords } from '../src/core/speakers/names.js';
import { soundsLike } from '../src/core/speakers/sound.js';
import { openIndexedCore } from './indexed-core.js';
import { answerOk, answerableQuestions, opt, packedSetName, speakerMatch, words, type ArticleQuestion, type Shown } from './tuning-data.js';

type Question = ArticleQuestion;

const dataDir = path.resolve(opt('--data', ''));
if (!opt('--data', '') || !fs.existsSync(path.join(dataDir, 'onrecord.db'))) {
  console.error('usage: npx tsx scripts/typo-census.ts --data DIR --gold DIR [--gold DIR ...] [--styles typo,surname]');
  process.exit(2);
}
const questions = answerableQuestions(opt('--styles', 'typo,surname').split(',')).map((q) => ({ ...q, set: packedSetName(q.set) ?? path.basename(q.set) }));

const { store, core, idsOf, registry, vocab, close } = await openIndexedCore(dataDir);
const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
const norm = (s: unknown) => words(s).join(' ');

/** The typed word closest to one of the right name's words and not spelt as it: the misspelling, its edits and sound. */
function misspelling(typed: string, right: string): string {
  const r = nameWords(right);
  const t = nameWords(typed).filter((w) => !r.includes(w));
  if (nameWords(typed).length === 0) return 'no name typed';
  if (t.length === 0) return 'every word as spelt';
  let best = { w: '', n: '', d: 99 };
  for (const w of t) for (const n of r) {
    const d = boundedEditDistance(w, n, 6);
    if (d < best.d) best = { w, n, d };
  }
  if (!best.n) return `"${t.join(' ')}" near no word of the name`;
  const sounds = soundsLike(best.w).some((k) => k && soundsLike(best.n).includes(k));
  return `"${best.w}" for "${best.n}" ${best.d} edit(s)${sounds ? ', sounds alike' : ''}`;
}

/** The question with the typed name replaced by the right full name: is the miss the repair's or another cause's? */
async function spelledRight(q: Question, typed: string | undefined): Promise<string> {
  if (!typed || !q.speaker) return 'n/a';
  const at = q.q.toLowerCase().indexOf(typed.toLowerCase());
  if (at < 0) return 'n/a';
  const asked = q.q.slice(0, at) + q.speaker + q.q.slice(at + typed.length);
  const hits = (await core.ask(asked)).hits.map((h) => ({ speaker: h.speaker?.name ?? null, text: h.text }));
  return answerOk(hits[0], q) ? 'right' : hits.length === 0 ? 'refused too' : 'missed too';
}

for (const q of questions) {
  const answer = await core.ask(q.q);
  const hits: Shown[] = answer.hits.map((h) => ({ speaker: h.speaker?.name ?? null, text: h.text }));
  const first = hits[0];
  const byStyle = q.style;
  if (answerOk(first, q)) {
    count(`${byStyle} right`);
    continue;
  }
  const at3 = hits.slice(0, 3).some((h) => answerOk(h, q));
  const stored = await store.getQuotes(idsOf.all(`%${q.article}`).map((r) => r.id));
  const want = stored.find((s) => answerOk({ speaker: s.speakerName ?? null, text: s.text }, q));
  const parsed = understand(q.q, registry, vocab, () => true, new Date());
  const named = parsed.speakers.map((m) => m.speaker.name);
  const rightAt = named.findIndex((n) => speakerMatch(n, q.speaker));
  let cls: string;
  if (!want) cls = 'no-stored-quote';
  else if (named.length === 0) cls = 'no-candidate';
  else if (rightAt < 0) cls = 'other-person';
  else if (!first) cls = rightAt === 0 ? 'right-person-refused' : 'among-refused';
  else if (speakerMatch(first.speaker, q.speaker)) cls = 'right-person-other-quote';
  else cls = 'among-not-first';
  const spelt = await spelledRight(q, parsed.speakerPhrase);
  count(`${byStyle} ${cls}; with the full name spelt right: ${spelt}`);
  console.log(`[${q.set} ${q.style}] ${q.q}`);
  console.log(`   ${cls}${at3 ? ' (right at 3)' : ''}; typed "${parsed.speakerPhrase ?? ''}" -> ${misspelling(parsed.speakerPhrase ?? q.q, q.speaker ?? '')}; named ${named.length}: ${named.slice(0, 3).join(' | ') || '-'}; spelt right: ${spelt}${parsed.fallbackSpeakers.length ? `; fallback ${parsed.fallbackSpeakers.slice(0, 3).map((m) => m.speaker.name).join(' | ')}` : ''}`);
  console.log(`   note: ${answer.note ?? '-'}`);
  console.log(`   shown: ${first ? `${first.speaker ?? '-'}: ${first.text.slice(0, 80)}` : '-'}`);
  console.log(`   wanted: ${q.speaker}: ${q.expect}${want ? '' : ` (stored as ${stored.find((s) => norm(s.text).includes(norm(q.expect)))?.speakerName ?? "nobody's"})`}`);
}
console.log([...tally].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${String(n).padStart(4)}  ${k}`).join('\n'));
close();
await core.close();
