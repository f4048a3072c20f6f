// Census (session 38, h-attr98): a capitalised word's "'s" and the word after it, over the corpus files of
// /work/notes-issues/s38/corpus-files.txt (one path a line; PolNeAR dev skipped: figures only).
//  1. In the raw text (quotes included): "Name's" + next word, by class of the next word (the words of
//     CONTRACTED_VERB_AFTER_NAME one by one, a lower-case -ing word, anything else).
//  2. In the tokens of a built worktree (quotes are opaque tokens, so only the frame counts): every "'s" the tokenizer
//     reads as "is"/"has", by next word; --list prints each with its context.
//   node scripts/census-name-contractions.mjs [FILES.txt] [--list]      (run in a worktree after `npm run build`)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const list = args.includes('--list');
const filesPath = args.find((a) => !a.startsWith('--')) ?? '/work/notes-issues/s38/corpus-files.txt';
const dist = (p) => pathToFileURL(path.resolve('dist', p)).href;
const { splitParagraphs } = await import(dist('core/articles/paragraphs.js'));
const { findQuoteSpans } = await import(dist('core/extraction/marks.js'));
const { tokenize } = await import(dist('core/extraction/tokens.js'));
const { CONTRACTED_VERB_AFTER_NAME, PRONOUNS, CONTRACTED_BEFORE } = await import(dist('core/extraction/lexicon/index.js'));

const files = fs.readFileSync(filesPath, 'utf8').split('\n').filter((f) => f && !/\/polnear\/.*\/dev\//.test(f));
const raw = new Map();
const read = new Map();
const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
const NAME_POSSESSIVE = /\b(\p{Lu}[\p{L}-]*)['’]s ([A-Za-z-]+)/gu;
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  for (const m of text.matchAll(NAME_POSSESSIVE)) {
    const lb = m[1].toLowerCase();
    if (PRONOUNS.has(lb) || CONTRACTED_BEFORE.has(lb) || ['it', 'let', 'this', 'that'].includes(lb)) continue;
    const next = m[2];
    bump(raw, CONTRACTED_VERB_AFTER_NAME.has(next) ? next : /^[a-z-]+ing$/.test(next) ? '-ing' : 'other');
  }
  const paras = splitParagraphs(text);
  const spans = findQuoteSpans(text, paras);
  const byOpen = new Map(spans.map((s, i) => [s.open, i]));
  for (const p of paras) {
    const ts = tokenize(text, p.start, p.end, spans, byOpen);
    ts.forEach((t, k) => {
      if (t.kind !== 'word' || !/^['’]s$/.test(text.slice(t.s, t.e))) return;
      bump(read, ts[k + 1]?.w ?? '');
      if (list) console.log(`${path.relative('/work/shared/corpus', f)} | ${text.slice(Math.max(0, t.s - 50), t.e + 40).replace(/\s+/g, ' ')}`);
    });
  }
}
const show = (m) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ');
console.log(`files ${files.length}`);
console.log(`raw text, "Name's" + next word: ${show(raw)}`);
console.log(`tokens read as "is"/"has" (outside quotes): ${[...read.values()].reduce((a, b) => a + b, 0)}: ${show(read)}`);
