/**
 * Does "the reporter introduces the topic before the quote" tell the wanted quote of a role holder from the holder's
 * other quote ranked above it? (session 38, h-qa94). A developer tool: it reads the question sets given.
 *
 *   npx tsx scripts/role-lead-pairs.ts --data DIR --gold DIR [--gold DIR ...]
 *
 * For every role question with an answer whose first-matched holder said the wanted words, the holder's first two
 * candidates that pass the named floors (`namedFloorsFailed`) are compared: does the second hold a topic word only
 * before its sentence or in its lead-in (not in its own words or sentence) while the first holds every topic word it
 * holds in its own words or sentence? Counted where the first is the wanted quote (a swap would lose a right answer)
 * and where the second is (a swap would win one).
 */
import { rankForSpeakers } from '../src/core/answers/candidates.js';
import type { Ranked } from '../src/core/answers/rank.js';
import { understand } from '../src/core/questions/understand.js';
import { countToken, type QueryGroup } from '../src/core/search/bm25.js';
import type { RankRow } from '../src/core/store/port.js';
import { openIndexedCore } from './indexed-core.js';
import { answerOk, givenGoldDirs, goldQuestionFiles, namedFloorsFailed, opt } from './tuning-data.js';

const { store, idsOf, registry, vocab, close } = await openIndexedCore(opt('--data', ''));
const ctx = { store, registry, vocab, visible: () => true, filter: { collections: ['default'] }, limit: 3, offset: 0, uncertainBelow: 0.6, question: '', cut: false };

/** The neighbourhood's terms before the quote's sentence (as `answers/role-passage.ts` reads them). */
function before(q: RankRow): string {
  const at = q.contextTerms ? q.nearTerms.indexOf(q.contextTerms) : -1;
  return at > 0 ? q.nearTerms.slice(0, at) : '';
}
const holds = (terms: string, g: QueryGroup) => g.alternatives.some((alt) => alt.every((t) => countToken(terms, t) > 0));
const own = (r: Ranked<RankRow>, g: QueryGroup) => holds(r.quote.terms, g) || holds(r.quote.contextTerms, g);
const introduced = (r: Ranked<RankRow>, groups: QueryGroup[]) => groups.some((g) => !own(r, g) && (holds(r.quote.leadTerms ?? '', g) || holds(before(r.quote), g)));

const tally = new Map<string, number>();
const count = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
for (const dir of givenGoldDirs()) {
  for (const g of goldQuestionFiles<{ q: string; speaker?: string; expect?: string; style: string; none?: boolean }>(dir)) {
    for (const q of g.questions) {
      if (q.style !== 'role' || q.none || !g.article) continue;
      const parsed = understand(q.q, registry, vocab, () => true, new Date());
      if (parsed.groups.length === 0 || parsed.speakers[0]?.kind !== 'role') continue;
      const stored = await store.getQuotes(idsOf.all(`%${g.article}`).map((r) => r.id));
      const ok = new Set(stored.filter((s) => answerOk({ speaker: s.speakerName ?? null, text: s.text }, q)).map((s) => s.id));
      const holder = registry.personRecords(parsed.speakers[0].speaker.id);
      const passing = (await rankForSpeakers(ctx, parsed.speakers, parsed)).filter((r) => holder.has(r.quote.speakerId ?? '') && namedFloorsFailed(r, parsed.required).length === 0);
      const [a, b] = passing;
      if (!a || !b) continue;
      const which = ok.has(a.quote.id) ? 'first wanted' : ok.has(b.quote.id) ? 'second wanted' : 'neither';
      const pattern = introduced(b, parsed.groups) && !introduced(a, parsed.groups) ? 'second introduced, first not' : 'other';
      count(`${which}: ${pattern}`);
    }
  }
}
for (const [k, n] of [...tally].sort()) console.log(`${String(n).padStart(4)}  ${k}`);
close();
