/**
 * Every quotation-mark span of the tuning sets, whether the extractor keeps it as a direct quote, and whether the
 * scorer would count it right (at least half its words in gold quotes), with the words around it: the data for
 * telling a speaker's quoted phrase from a scare quote, a title or a term. A developer tool: it reads ../shared
 * (the app and the tests never do).
 *   npx tsx scripts/phrase-spans.ts [--sets dev,dev2,polnear-train] [--max-words 12] [--only dropped|kept] > spans.tsv
 * Columns: set, file, kept (1/0), right (1/0), helps (1: a gold direct quote is missed without it), how, words, the
 * sentence's cues (verb@tokens from the quote(subject)[in clause]),
 * the 80 characters before, [the quote], the 40 after. PolNeAR dev is held out: this tool refuses it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/core/articles/load.js';
import { extractWithEvidence } from '../src/core/extraction/index.js';
import { findQuoteSpans } from '../src/core/extraction/marks.js';
import { findCues } from '../src/core/extraction/cues.js';
import { splitSentences, tokenize } from '../src/core/extraction/tokens.js';
import { goldSet, lcs, opt, polnear, words, type ArticleRun } from './tuning-data.js';

const sets = opt('--sets', 'dev,dev2,polnear-train').split(',');
if (sets.includes('polnear-dev')) throw new Error('polnear-dev is held out: score it with ../shared/eval/score.mjs, never read its spans');
const maxWords = Number(opt('--max-words', '12'));
const only = opt('--only', '');
const runs: ArticleRun[] = sets.flatMap((s) => (s.startsWith('polnear-') ? polnear(s.slice(8)) : goldSet(s)));

const flat = (s: string): string => s.replace(/\s+/g, ' ');
const totals = { kept: [0, 0], dropped: [0, 0], droppedHelps: 0 };
for (const run of runs) {
  const article = parseDocument({ content: fs.readFileSync(run.file, 'utf8'), source: run.file });
  const { text, paragraphs } = article;
  const how = new Map<number, string>();
  extractWithEvidence(text, paragraphs, article.meta, (q, e) => { if (q.kind === 'direct') how.set(q.start, e.how); });
  const G = run.gold.map((g) => ({ w: words(g.text), q: g.quoted ? words(g.quoted) : null, kind: g.kind })).filter((g) => g.w.length);
  const P = run.pred.map((p) => words(p.quote.text)).filter((w) => w.length);
  // Gold direct quotes missed today (by the scorer's rules), whose quoted words a dropped span could supply.
  const missed = G.filter((g) => g.kind !== 'indirect').filter((g) => {
    let best = 0;
    for (const pw of P) best = Math.max(best, lcs(g.w, pw) / g.w.length);
    if (best >= 0.8) return false;
    if (!g.q?.length) return true;
    let sum = 0;
    for (const pw of P) sum += lcs(g.q, pw);
    return sum / g.q.length < 0.8;
  });
  const spans = findQuoteSpans(text, paragraphs);
  const byOpen = new Map<number, number>();
  spans.forEach((x, i) => byOpen.set(x.open, i));
  // The cues of the sentence around each span: verb, its offset in tokens from the quote, its subject.
  const cuesAround = new Map<number, string>();
  for (const p of paragraphs) {
    const ts = tokenize(text, Math.max(0, p.start), Math.min(text.length, p.end), spans, byOpen);
    for (const sen of splitSentences(ts, text)) {
      const cues = findCues(text, ts, sen.from, sen.to);
      for (let k = sen.from; k < sen.to; k++) {
        const t = ts[k]!;
        if (t.kind !== 'quote') continue;
        cuesAround.set(spans[t.q!]!.start, cues.map((c) => `${c.verb}@${c.v - k}${c.mention ? `(${c.mention.kind}:${c.mention.text})` : '(-)'}${c.clause && c.clause[0] <= k && k < c.clause[1] ? '[in clause]' : ''}`).join(' ') || '-');
      }
    }
  }
  for (const s of spans) {
    const pw = words(text.slice(s.start, s.end));
    if (!pw.length || pw.length > maxWords) continue;
    const kept = how.has(s.start);
    if ((only === 'kept' && !kept) || (only === 'dropped' && kept)) continue;
    let covered = 0;
    for (const g of G) covered += lcs(g.w, pw);
    const right = covered / pw.length >= 0.5 ? 1 : 0;
    const helps = !kept && missed.some((g) => { const q = g.q?.length ? g.q : g.w; return lcs(q, pw) >= Math.min(pw.length, q.length) * 0.8; }) ? 1 : 0;
    totals[kept ? 'kept' : 'dropped'][right]!++;
    if (helps) totals.droppedHelps++;
    const before = flat(text.slice(Math.max(0, s.open - 80), s.open));
    const after = flat(text.slice(s.close, s.close + 40));
    console.log([run.set, path.basename(run.file), kept ? 1 : 0, right, helps, how.get(s.start) ?? '-', pw.length, cuesAround.get(s.start) ?? '?', before, `[${flat(text.slice(s.start, s.end))}]`, after].join('\t'));
  }
}
console.error(JSON.stringify(totals));
