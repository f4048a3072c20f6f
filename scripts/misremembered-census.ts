/**
 * Sorts the misses of "who said <a half-remembered line>" questions by cause (session 37, h-qa92). A developer tool:
 * it reads ../shared and the gold folders given (the app and the tests never do). It writes nothing.
 *
 *   npx tsx scripts/misremembered-census.ts --data DIR --gold DIR [--gold DIR ...] [--styles misremembered,whosaid] [--all]
 *
 * DIR is an index of the whole corpus (`scripts/fit-rank.ts --data DIR` builds one). Every question of the styles
 * given is asked in-process (`core.ask`) and judged the scorer's way (`answerOk`); "none" questions are listed when
 * answered (with --all, every "none" question with its best candidate's margins: how near a floor it stands). For each
 * miss the wanted quote is looked for among the stored quotes of the question's article and the question's pasted line
 * is compared with it as `answers/intents/who-said.ts` compares candidates. The cause, one of:
 *  - `not-who-said`: the question is not read as a pasted line (no `quoted`): another intent answered it;
 *  - `not-indexed`: no stored quote of the article is the wanted one under the wanted speaker (issue 13's side: filed
 *    under somebody else, or not extracted);
 *  - `not-candidate`: the wanted quote is in neither the exact pool nor the misquote shortlist; printed: the pasted
 *    terms it holds and lacks, and of those it lacks, which it holds as a WordNet relative, as a number, or as a word
 *    of the same first four letters (an inflection the stemmer splits);
 *  - `ranked-under`: it passes a rule but another quote is first (whose, with both in-order shares);
 *  - `refused`: it fails every rule; printed: each rule's nearest failing test and its margin, and the standout sums.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MISQUOTE_POOL, STANDOUT, VERIFY_POOL, lookupTerms, pastedRelatives, pastedTermsOf, shortlist, type Relatives } from '../src/core/answers/intents/who-said.js';
import { understand } from '../src/core/questions/understand.js';
import type { StoredQuote } from '../src/core/store/port.js';
import { openIndexedCore } from './indexed-core.js';
import { passesRules, ruleFailures, whoSaidFeatures } from './who-said-features.js';
import { answerOk, args, givenGoldDirs, goldQuestionFiles, opt, speakerMatch, words, type Shown } from './tuning-data.js';

interface Question { q: string; speaker?: string; expect?: string; answer_text?: string; style: string; none?: boolean; article: string | null; set: string }

const dataDir = path.resolve(opt('--data', ''));
if (!opt('--data', '') || !fs.existsSync(path.join(dataDir, 'onrecord.db'))) {
  console.error('usage: npx tsx scripts/misremembered-census.ts --data DIR --gold DIR [--gold DIR ...] (DIR: an index, see scripts/fit-rank.ts)');
  process.exit(2);
}
const styles = opt('--styles', 'misremembered').split(',');
const questions: Question[] = [];
for (const dir of givenGoldDirs()) {
  const set = path.basename(path.dirname(path.dirname(dir)));
  for (const g of goldQuestionFiles<Omit<Question, 'article' | 'set'>>(dir)) for (const q of g.questions) if (styles.includes(q.style)) questions.push({ ...q, article: g.article, set });
}

const { store, core, idsOf, registry, vocab, filter, close } = await openIndexedCore(dataDir);
const r2 = (x: number) => Math.round(x * 100) / 100;
const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

const features = (pasted: string, pastedTerms: ReadonlySet<string>, q: StoredQuote, relatives: Relatives) => whoSaidFeatures(pasted, pastedTerms, q, relatives, vocab);
const failures = ruleFailures;
const passes = passesRules;

/** How the wanted quote's words relate to the pasted terms it lacks: a relative, a number, a shared four-letter start. */
function lacking(pastedTerms: ReadonlySet<string>, q: StoredQuote, relatives: Relatives): string {
  const own = new Set(q.terms.split(' '));
  const lacks = [...pastedTerms].filter((t) => !own.has(t));
  const rel = new Map<string, string>();
  for (const t of own) { const p = relatives.get(t); if (p && !own.has(p)) rel.set(p, t); }
  return lacks.map((t) => {
    if (rel.has(t)) return `${t}~${rel.get(t)}`;
    const pre = [...own].find((o) => o.length >= 4 && t.length >= 4 && o.slice(0, 4) === t.slice(0, 4));
    if (pre) return `${t}=${pre}?`;
    return /\d/.test(t) ? `${t}(number)` : t;
  }).join(' ');
}

for (const q of questions) {
  const answer = await core.ask(q.q);
  const hits: Shown[] = answer.hits.map((h) => ({ speaker: h.speaker?.name ?? null, text: h.text }));
  const first = hits[0];
  if (q.none) {
    if (first) count(`none answered (${q.style})`);
    else count(`none refused (${q.style})`);
    if (!first && !args.includes('--all')) continue;
  } else if (answerOk(first, q)) {
    count(`right (${q.style})`);
    continue;
  }
  const parsed = understand(q.q, registry, vocab, () => true, new Date());
  const shown = !first ? 'no answer' : q.none ? `answered ${first.speaker}` : speakerMatch(first.speaker, q.speaker) ? 'right speaker, other words' : `another speaker (${first.speaker})`;
  const head = `[${q.set} ${q.style}] ${q.q}\n   shown: ${first ? `${first.speaker ?? '-'}: ${first.text.slice(0, 100)}` : '-'}${q.none ? '' : `\n   wanted: ${q.speaker}: ${q.expect}`}`;
  if (!parsed.quoted) {
    count(`${q.style}: not-who-said`);
    console.log(`${head}\n   cause: not-who-said (intent ${answer.understood.intent})`);
    continue;
  }
  const pasted = parsed.quoted;
  const pastedTerms = pastedTermsOf(pasted);
  const terms = lookupTerms(pastedTerms, vocab);
  const relatives = pastedRelatives(pasted, pastedTerms);
  const exactPool = await store.quotesWithAllTerms(terms, filter, VERIFY_POOL);
  const rows = await store.rankRowsByTerms(terms, filter, MISQUOTE_POOL, { heldFirst: [...pastedTerms] });
  const listed = shortlist(rows, pastedTerms).map((x) => x.q.id);
  const inPool = new Set([...shortlist(exactPool, pastedTerms).map((x) => x.q.id), ...listed]);
  const poolQuotes = new Map<string, StoredQuote>();
  for (const x of exactPool) poolQuotes.set(x.id, x);
  for (const x of listed.length ? await store.getQuotes(listed.filter((id) => !poolQuotes.has(id))) : []) poolQuotes.set(x.id, x);
  const scored = [...poolQuotes.values()].filter((x) => inPool.has(x.id)).map((x) => ({ x, f: features(pasted, pastedTerms, x, relatives) }));
  if (q.none) {
    // How near the floors the line nobody said stands: its closest candidate's failures.
    const best = scored.sort((a, b) => b.f.sum - a.f.sum)[0];
    console.log(`${head}\n   none: ${best ? `${best.x.speakerName}: ${best.x.text.slice(0, 80)} | order ${r2(best.f.score)} ofPasted ${r2(best.f.ofPasted)} ofQuote ${r2(best.f.ofQuote)} span ${r2(best.f.span)} | ${failures(best.f).map((x) => `${x.rule}: ${x.short || 'PASS'}`).join('; ')}` : 'no candidate'}`);
    continue;
  }
  const stored = q.article ? await store.getQuotes(idsOf.all(`%${q.article}`).map((r) => r.id)) : [];
  const want = stored.find((s) => answerOk({ speaker: s.speakerName ?? null, text: s.text }, q));
  let cause: string;
  let detail = '';
  if (!want) {
    const holder = stored.find((s) => words(s.text).join(' ').includes(words(q.expect).join(' ')));
    cause = 'not-indexed';
    detail = holder ? `filed under ${holder.speakerName ?? 'nobody'} (conf ${r2(holder.confidence)})` : 'not extracted';
  } else if (!inPool.has(want.id)) {
    const f = features(pasted, pastedTerms, want, relatives);
    const inRows = rows.findIndex((r) => r.id === want.id);
    cause = 'not-candidate';
    detail = `${inRows >= 0 ? `in the misquote pool at ${inRows}, cut by the shortlist` : `not in the pool of ${MISQUOTE_POOL}`}; holds ${f.held} of ${pastedTerms.size} terms; lacks: ${lacking(pastedTerms, want, relatives)}; order ${r2(f.score)}`;
  } else {
    const f = features(pasted, pastedTerms, want, relatives);
    const rules = failures(f);
    if (passes(f)) {
      cause = 'ranked-under';
      detail = `order ${r2(f.score)}; first: ${first?.speaker}`;
    } else {
      cause = 'refused';
      const others = scored.filter((s) => s.x.speakerId !== want.speakerId && s.x.speakerId !== null).sort((a, b) => b.f.sum - a.f.sum)[0];
      detail = `order ${r2(f.score)} o ${r2(f.o)} ofPasted ${r2(f.ofPasted)} ofQuote ${r2(f.ofQuote)} span ${r2(f.span)} own ${r2(f.recOwn)} around ${r2(f.recAround)} sent ${r2(f.sent)}; lacks: ${lacking(pastedTerms, want, relatives)}\n   floors: ${rules.map((x) => `${x.rule}: ${x.short}`).join('; ')}\n   standout: sum ${r2(f.sum)} (min ${STANDOUT.min}), next speaker ${others ? `${others.x.speakerName} ${r2(others.f.sum)}` : '-'} (margin ${STANDOUT.margin})`;
    }
  }
  count(`${q.style}: ${cause}`);
  console.log(`${head}\n   cause: ${cause}; ${detail}${want ? `\n   quote: ${want.text.slice(0, 160)}` : ''}`);
}
console.log([...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}  ${k}`).join('\n'));
close();
await core.close();
