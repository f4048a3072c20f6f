/**
 * Lists PolNeAR train's spurious indirect quotes and its missed indirect gold, each with the PolNeAR attribution
 * nearest it (its cue, even one the scorer does not count as speech) and the sentence around it, and counts them by
 * a rough cause, so that reported-speech rules can be judged by how many articles they move. A developer tool: it
 * reads ../shared (the app and the tests never do) and refuses PolNeAR dev (held out).
 *   npx tsx scripts/reported-speech-errors.ts [--sets polnear-train,dev,dev2] [--show spurious|missed|both]
 */
import fs from 'node:fs';
import path from 'node:path';
import { goldSet, lcs, opt, polnear, polnearAttributions, words, type ArticleRun } from './tuning-data.js';

const sets = opt('--sets', 'polnear-train').split(',');
if (sets.includes('polnear-dev')) throw new Error('polnear-dev is held out');
const show = opt('--show', 'both');
const runs: ArticleRun[] = sets.flatMap((s) => (s.startsWith('polnear-') ? polnear(s.slice(8)) : goldSet(s)));


const counts = new Map<string, number>();
const bump = (k: string): void => { counts.set(k, (counts.get(k) ?? 0) + 1); };
for (const run of runs) {
  const A = polnearAttributions(run.file).map((a) => ({ ...a, w: words(a.content) }));
  const G = run.gold.map((g) => ({ ...g, w: words(g.text) })).filter((g) => g.w.length);
  const P = run.pred.map((p) => ({ ...p, w: words(p.quote.text) })).filter((p) => p.w.length);
  const text = fs.readFileSync(run.file, 'utf8').replace(/\s+/g, ' ');
  const ctxOf = (s: string): string => { const i = text.indexOf(s.replace(/\s+/g, ' ').slice(0, 40)); return i < 0 ? '(not located)' : text.slice(Math.max(0, i - 200), i + s.length + 60); };
  const name = path.basename(run.file);
  if (show !== 'missed') for (const p of P) {
    let covered = 0;
    for (const g of G) covered += lcs(g.w, p.w);
    if (covered / p.w.length >= 0.5) continue;
    let best: (typeof A)[number] | undefined;
    let bo = 0;
    for (const a of A) { const o = lcs(a.w, p.w); if (o > bo) { bo = o; best = a; } }
    const cls = !best || bo / p.w.length < 0.5 ? 'no-attribution' : 'non-speech-cue';
    bump(`spurious ${p.quote.kind} ${cls}`);
    console.log(`### SPURIOUS ${p.quote.kind} ${cls} ${name} via=${p.evidence.how}/${p.evidence.cueVerb ?? ''} speaker=${p.quote.speaker?.name ?? null}`);
    console.log(`PRED: ${p.quote.text.slice(0, 240)}`);
    if (best) console.log(`NEAREST: [${best.cue}] (${best.source}) ${best.content.slice(0, 160)} cov=${(bo / p.w.length).toFixed(2)}`);
    console.log(`CTX: ${ctxOf(p.quote.text)}\n`);
  }
  if (show !== 'spurious') for (const g of G) {
    if (g.kind !== 'indirect') continue;
    let best: (typeof P)[number] | undefined;
    let bc = 0;
    for (const p of P) { const c = lcs(g.w, p.w) / g.w.length; if (c > bc) { bc = c; best = p; } }
    if (bc >= 0.6) continue;
    const a = A.find((x) => x.content.replace(/''/g, '"') === g.text);
    const cls = bc === 0 ? 'none' : bc < 0.3 ? 'low' : 'partial';
    bump(`missed indirect ${cls}`);
    console.log(`### MISSED ${cls} ${name} cov=${bc.toFixed(2)} cue=[${a?.cue ?? ''}] source=(${String(g.speaker)})`);
    console.log(`GOLD: ${g.text.slice(0, 240)}`);
    if (best) console.log(`BEST: ${best.quote.kind} ${best.quote.text.slice(0, 200)}`);
    console.log(`CTX: ${ctxOf(g.text)}\n`);
  }
}
for (const [k, v] of [...counts].sort()) console.error(`${k}: ${v}`);
