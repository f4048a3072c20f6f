/**
 * Lists the gold quotes the extractor misses on the tuning sets, each with its context, so that misses can be
 * sorted by cause. A developer tool: it reads ../shared (the app and the tests never do).
 *   npx tsx scripts/recall-misses.ts [--sets dev,dev2,polnear-train] [--kind direct|indirect]
 * PolNeAR dev is held out: its misses are never read to write rules, so this tool refuses it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { goldSet, lcs, opt, polnear, polnearAttributions, words, type ArticleRun } from './tuning-data.js';

const sets = opt('--sets', 'dev,dev2,polnear-train').split(',');
const kindOnly = opt('--kind', '');
if (sets.includes('polnear-dev')) throw new Error('polnear-dev is held out: score it with ../shared/eval/score.mjs, never read its misses');
const runs: ArticleRun[] = sets.flatMap((s) => (s.startsWith('polnear-') ? polnear(s.slice(8)) : goldSet(s)));

/** Where the gold text sits in the article (whitespace collapsed on both sides). */
function locate(text: string, gold: string): number {
  const probe = gold.replace(/\s+/g, ' ').trim().slice(0, 40);
  const flat = text.replace(/\s+/g, ' ');
  const i = flat.indexOf(probe);
  return i;
}

/** PolNeAR: each content span's cue as written ("said", "told reporters"), keyed by the content text. */
function cuesOf(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of polnearAttributions(file)) if (a.content) out.set(a.content.replace(/''/g, '"'), a.cue);
  return out;
}

let n = 0;
for (const run of runs) {
  const cues = cuesOf(run.file);
  const text = fs.readFileSync(run.file, 'utf8').replace(/''/g, '"').replace(/\s+/g, ' ');
  const P = run.pred.map((p) => words(p.quote.text)).filter((w) => w.length);
  for (const g of run.gold) {
    const gw = words(g.text);
    if (!gw.length) continue;
    const k = g.kind === 'indirect' ? 'indirect' : 'direct';
    if (kindOnly && k !== kindOnly) continue;
    let best = 0;
    for (const pw of P) best = Math.max(best, lcs(gw, pw) / gw.length);
    let found = best >= (k === 'direct' ? 0.8 : 0.6);
    if (!found && g.quoted) {
      const q = words(g.quoted);
      let sum = 0;
      for (const pw of P) sum += lcs(q, pw);
      found = q.length > 0 && sum / q.length >= 0.8;
    }
    if (found) continue;
    n++;
    const at = locate(text, g.text);
    const ctx = at >= 0 ? text.slice(Math.max(0, at - 160), at + Math.min(g.text.length, 200) + 80) : '(not located)';
    console.log(`### ${k} ${run.set} ${path.basename(run.file)} cov=${best.toFixed(2)} speaker=${String(typeof g.speaker === 'object' ? JSON.stringify(g.speaker) : g.speaker)}`);
    console.log(`GOLD: ${g.text.slice(0, 200)}`);
    if (cues.has(g.text)) console.log(`CUE: ${cues.get(g.text)}`);
    console.log(`CTX: ${ctx}`);
    console.log('');
  }
}
console.error(`${n} missed`);
