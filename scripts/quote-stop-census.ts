/**
 * Census of the sentence splitter after a closing quotation mark: every closed quote whose words end in a
 * sentence-final mark ('."', '?"', '!"', '…"'; no comma after the mark), followed by a capitalised word, counted by
 * whether `splitSentences` breaks there and, when it does not, by what follows the capitalised run after the quote:
 *
 *   verb-alone     '"Stop." Kirby said.'            a speech verb ending its clause: the quote's attribution
 *   verb-hearer    '"..." Kirby told reporters.'    a speech verb with no clause of its own (hearer, adjunct)
 *   appositive     '"..." Kirby, the spokesman, ...' a comma after the run (the appositive reading)
 *   other-punct    '"..." Kirby (D-Ohio) said'      another mark after the run
 *
 * A developer tool: reads the corpus files listed (one path a line), runs the tokenizer in-process.
 *
 *   npx tsx scripts/quote-stop-census.ts FILES.txt [--show kind,...] [--limit N] [--skip SUBSTRING]
 *
 * `--skip` leaves files whose path holds SUBSTRING out of the examples shown (they are still counted): held-out files.
 */
import fs from 'node:fs';
import { parseDocument } from '../src/core/articles/load.js';
import { findQuoteSpans } from '../src/core/extraction/marks.js';
import { maskNicknames } from '../src/core/extraction/nicknames.js';
import { isAbbreviation, splitSentences, tokenize, type Token } from '../src/core/extraction/tokens.js';
import { isSpeechVerb } from '../src/core/extraction/lexicon/index.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => { const i = args.indexOf(name); return i >= 0 ? (args[i + 1] ?? dflt) : dflt; };
const listFile = args[0];
if (!listFile) throw new Error('usage: quote-stop-census.ts FILES.txt [--show kind,...] [--limit N] [--skip SUBSTRING]');
const show = new Set(opt('--show', '').split(',').filter(Boolean));
const limit = Number(opt('--limit', '40'));
const skip = opt('--skip', '');

/** What follows the capitalised run after the quote at `i` (see the header). */
function kindAfter(ts: readonly Token[], i: number): string {
  let k = i + 1;
  while (k < ts.length && k < i + 10) {
    const x = ts[k]!;
    if (x.kind === 'word' && x.cap) { k++; continue; }
    if (x.kind === 'punct' && (x.w === "'s" || isAbbreviation(ts, k))) { k++; continue; }
    break;
  }
  const x = ts[k];
  if (!x) return 'run-to-end';
  if (x.kind === 'punct') return x.w === ',' ? 'appositive' : 'other-punct';
  if (x.kind === 'quote') return 'quote';
  if (isSpeechVerb(x.lw)) {
    const after = ts[k + 1];
    return !after || (after.kind === 'punct' && /^[.,;!?]$/.test(after.w)) ? 'verb-alone' : 'verb-more';
  }
  return 'word';
}

const counts = new Map<string, number>();
const shown = new Map<string, number>();
const bump = (k: string): void => { counts.set(k, (counts.get(k) ?? 0) + 1); };
for (const file of fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean)) {
  let article;
  try { article = parseDocument({ content: fs.readFileSync(file, 'utf8'), source: file }); } catch { continue; }
  const text = maskNicknames(article.text);
  const spans = findQuoteSpans(text, article.paragraphs);
  const byOpen = new Map<number, number>();
  spans.forEach((s, i) => byOpen.set(s.open, i));
  for (const p of article.paragraphs) {
    const ts = tokenize(text, Math.max(0, p.start), Math.min(text.length, p.end), spans, byOpen);
    const breaks = new Set(splitSentences(ts, text).map((s) => s.to));
    ts.forEach((t, i) => {
      const next = ts[i + 1];
      if (t.kind !== 'quote' || t.q === undefined || !next || next.kind !== 'word' || !next.cap) return;
      const span = spans[t.q]!;
      if (!span.closed) return;
      const tail = text.slice(span.end, span.close);
      if (/,/.test(tail) || !/[.!?…]$/.test(text.slice(span.start, span.end))) return;
      const kind = breaks.has(i + 1) ? 'split' : kindAfter(ts, i);
      bump(kind);
      if (!show.has(kind) || (skip && file.includes(skip)) || (shown.get(kind) ?? 0) >= limit) return;
      shown.set(kind, (shown.get(kind) ?? 0) + 1);
      const line = text.slice(Math.max(span.start, span.end - 50), Math.min(text.length, span.close + 110)).replace(/\s+/g, ' ');
      console.log(`${kind}\t${file.replace(/^.*corpus\//, '')}\t${line}`);
    });
  }
}
console.log([...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('\n'));
