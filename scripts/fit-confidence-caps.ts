/**
 * Ceilings on the confidence of constructions that the visible data shows to be less reliable than the model says
 * (session 29, issue 13). The confidence model is not refitted (every refit since session 24 lowered several judges'
 * halves B); instead a construction named by one of its features gets a ceiling: the share of right speakers among
 * the labelled quotes that have it, over every set that may be tuned on. A developer tool; writes
 * src/core/extraction/confidence-caps.ts (or only prints with --dry-run).
 *
 *   npx tsx scripts/fit-confidence-caps.ts [--dry-run] [--shared ../shared]
 *
 * Sets: dev + dev2 (every labelled quote, the scorer's judgement), PolNeAR train (its fairly labelled quotes: not a
 * pronoun read, which PolNeAR's judge labels only when it disagrees, as in fit-confidence.ts), and the half A of every
 * hand-judged set under eval/held-out (attrset-*.tar.gz; halves B are never read). Each construction's ceiling is
 * right / labelled over the quotes of those sets that have its feature, rounded down to three decimals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { confidenceFeatures, type QuoteEvidence } from '../src/core/extraction/confidence.js';
import { judgedExamples, readPackedJudge } from './judge-data.js';
import { args, corpus, goldSet, label, polnear, sourceSpanMatch } from './tuning-data.js';

/**
 * The constructions that get a ceiling, by feature name (a 0/1 feature of confidence.ts). `pronoun_very_far`: a
 * pronoun read as a person last mentioned 400 characters or more before it (session 29: on the fourteen judges'
 * half A such reads at >= 0.9 were right 18 of 22, the other direct quotes at >= 0.9 1,116 of 1,126).
 */
const CAPPED = ['pronoun_very_far'] as const;

const OUT = 'src/core/extraction/confidence-caps.ts';
const dryRun = args.includes('--dry-run');

interface Labelled { evidence: QuoteEvidence; y: 0 | 1; set: string }
const examples: Labelled[] = [];
for (const set of ['dev', 'dev2']) goldSet(set).forEach((r, i) => label(r, i).forEach((e) => examples.push({ evidence: e.evidence, y: e.y, set })));
polnear('train').forEach((r, i) => label(r, i).forEach((e) => {
  if (e.match === sourceSpanMatch && e.evidence.mention === 'pronoun') return;
  examples.push({ evidence: e.evidence, y: e.y, set: 'polnear-train' });
}));
const heldOut = 'eval/held-out';
for (const f of fs.readdirSync(heldOut).filter((n) => /^attrset-.*\.tar\.gz$/.test(n)).sort()) {
  const name = f.replace(/\.tar\.gz$/, '');
  const { examples: judged } = judgedExamples(name, readPackedJudge(path.join(heldOut, f)), corpus, ['A']);
  for (const e of judged) examples.push({ evidence: e.evidence, y: e.y, set: 'judges half A' });
}

const caps: Record<string, number> = {};
const notes: string[] = [];
for (const feature of CAPPED) {
  const having = examples.filter((e) => confidenceFeatures(e.evidence)[feature] === 1);
  const right = having.filter((e) => e.y === 1).length;
  if (!having.length) throw new Error(`no labelled quote has ${feature}`);
  caps[feature] = Math.floor((right / having.length) * 1000) / 1000;
  const bySet = [...new Set(having.map((e) => e.set))].map((s) => `${s} ${having.filter((e) => e.set === s && e.y === 1).length}/${having.filter((e) => e.set === s).length}`).join(', ');
  notes.push(`${feature}: ${right} right of ${having.length} labelled (${bySet}) -> ceiling ${caps[feature]}`);
}
for (const n of notes) console.log(n);
if (!dryRun) {
  fs.writeFileSync(OUT, `// Written by scripts/fit-confidence-caps.ts on ${new Date().toISOString().slice(0, 10)}; do not edit by hand. Re-run after a change to the
// extractor or the confidence model: npx tsx scripts/fit-confidence-caps.ts
// Each ceiling is the share of right speakers among the labelled quotes with that feature (dev + dev2, PolNeAR train's
// fairly labelled quotes, every judge's half A):
${notes.map((n) => `//   ${n}`).join('\n')}
export const CONFIDENCE_CAPS: Readonly<Record<string, number>> = ${JSON.stringify(caps, null, 2)};
`);
  console.log(`wrote ${OUT}`);
}
