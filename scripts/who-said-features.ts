/**
 * The features the "who said" rules of `answers/intents/who-said.ts` test, computed for one candidate quote the way
 * `closest` and `standout` compute them, and each rule's failing tests. Shared by the developer tools that read the
 * rules from outside (misremembered-census.ts, fit-who-said-fallback.ts); the app never reads this file.
 */
import { MIN_ATTRIBUTION } from '../src/core/answers/intents/quote.js';
import {
  CLOSE_VERIFY_COVERAGE, LOOSE_PAIR, MIN_CLOSE_CONTENT, MIN_LOOSE_ORDER, MIN_QUOTE_SHARE_PASTED, MIN_RECALLED_AROUND, MIN_RECALLED_OWN,
  MIN_VERIFY_COVERAGE, MIN_VERIFY_TERMS, MIN_VERIFY_TERMS_HELD, MIN_VERIFY_WEIGHTED_TERMS, VERBATIM, VERIFY_RULES, bestSentenceShare,
  pastedWeightIn, recalledWeights, type Relatives,
} from '../src/core/answers/intents/who-said.js';
import { reversesContrast } from '../src/core/answers/contrast.js';
import { matchedSpan, pasteCoverage } from '../src/core/answers/diff.js';
import { indexTerms } from '../src/core/search/tokenize.js';
import type { Vocabulary } from '../src/core/search/vocabulary.js';
import type { StoredQuote } from '../src/core/store/port.js';

export function whoSaidFeatures(pasted: string, pastedTerms: ReadonlySet<string>, q: StoredQuote, relatives: Relatives, vocab: Pick<Vocabulary, 'idf'>) {
  const pastedWeight = [...pastedTerms].reduce((w, t) => w + vocab.idf(t), 0);
  const own = new Set(q.terms.split(' '));
  let held = 0;
  for (const t of own) if (pastedTerms.has(t)) held++;
  const { shared, all } = pastedWeightIn(own, pastedTerms, vocab, relatives);
  const { inQuote, inAround } = recalledWeights(q, pastedTerms, vocab);
  const span = pastedWeightIn(new Set(indexTerms(matchedSpan(pasted, q.text))), pastedTerms, vocab);
  const score = pasteCoverage(pasted, q.text, relatives);
  const ofPasted = pastedWeight ? shared / pastedWeight : 0;
  const ofQuote = all ? shared / all : 0;
  return {
    score, o: held / pastedTerms.size, held, ofPasted, ofQuote, span: span.all ? span.shared / span.all : 0,
    recOwn: pastedWeight ? inQuote / pastedWeight : 0, recAround: pastedWeight ? inAround / pastedWeight : 0,
    sent: bestSentenceShare(q.text, pastedTerms, vocab), rev: reversesContrast(pasted, q.text),
    attributed: q.speakerId !== null && q.confidence >= MIN_ATTRIBUTION, sum: score + ofPasted + ofQuote,
  };
}
export type WhoSaidFeatures = ReturnType<typeof whoSaidFeatures>;

const r2 = (x: number) => Math.round(x * 100) / 100;

/** Each rule's failing tests with their margins (negative: short by that much); `short` is '' when the rule passes. */
export function ruleFailures(f: WhoSaidFeatures): { rule: string; short: string }[] {
  const gap = (name: string, v: number, bar: number) => (v >= bar ? null : { name, d: v - bar });
  const worst = (rule: string, tests: ({ name: string; d: number } | null)[]) => {
    const failing = tests.filter((t): t is { name: string; d: number } => t !== null);
    return { rule, short: failing.map((t) => `${t.name} ${r2(t.d)}`).join(', ') };
  };
  const common = [gap('span', f.span, VERIFY_RULES.minSpanShare), f.attributed ? null : { name: 'attribution', d: -1 }];
  return [
    worst('close', [gap('order', f.score, CLOSE_VERIFY_COVERAGE), f.score >= VERBATIM ? null : gap('content', f.ofPasted + f.ofQuote, MIN_CLOSE_CONTENT)]),
    worst('terms', [gap('order', f.score, MIN_VERIFY_COVERAGE), gap('o', f.o, MIN_VERIFY_TERMS), gap('held', f.held, MIN_VERIFY_TERMS_HELD), ...common]),
    worst('loose', [gap('order', f.score, MIN_LOOSE_ORDER), gap('ofPasted', f.ofPasted, MIN_VERIFY_WEIGHTED_TERMS), gap('ofQuote', f.ofQuote, MIN_QUOTE_SHARE_PASTED), ...common]),
    worst('recalled', [gap('order', f.score, MIN_VERIFY_COVERAGE), gap('own', f.recOwn, MIN_RECALLED_OWN), gap('around', f.recAround, MIN_RECALLED_AROUND), gap('both', f.recOwn + f.recAround, MIN_VERIFY_WEIGHTED_TERMS), gap('sentence', f.sent, MIN_QUOTE_SHARE_PASTED), ...common]),
    ...(LOOSE_PAIR.both <= 2 ? [worst('pair', [gap('order', f.score, LOOSE_PAIR.order), gap('both', f.ofPasted + f.ofQuote, LOOSE_PAIR.both), ...common])] : []),
  ].map((x) => (f.rev ? { ...x, short: `${x.short} reversed`.trim() } : x));
}

/** The candidate passes one of `closest`'s rules (a reversed contrast refuses it whatever the rule). */
export const passesRules = (f: WhoSaidFeatures) => !f.rev && ruleFailures(f).some((x) => x.short === '');
