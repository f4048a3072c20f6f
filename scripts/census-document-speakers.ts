/**
 * Census: quotes a corpus run gives to a document ("A survey", "the study", "The report") and, in the document's own
 * sentence, how its author is written: "a survey by|from|for X", "X's survey", a put-out participle and a longer gap
 * before "by X" ("a survey published on the eve of the conference by X"), or none. A developer tool (session 41,
 * h-attr112).   npx tsx scripts/census-document-speakers.ts RUN.jsonl [--list] [--skip-dev]
 */
import fs from 'node:fs';
import { corpusRunDocuments } from './corpus-run.js';
import { AUTHORED, DOC_NOUNS } from '../src/core/extraction/lexicon/index.js';

const argv = process.argv.slice(2);
const runFile = argv.find((a) => !a.startsWith('--'))!;
const list = argv.includes('--list');
const skipDev = argv.includes('--skip-dev');
const isDoc = (w: string): boolean => DOC_NOUNS.has(w) || AUTHORED.has(w);
const tally = new Map<string, number>();
const rows: string[] = [];
for (const doc of corpusRunDocuments(runFile, skipDev)) {
  let text: string | null = null;
  for (const q of doc.quotes) {
    const sp = q.speaker ?? '';
    const m = /^(?:a|an|the|this|that|its|their|his|her|one|another)\s(?:[\p{L}-]+\s){0,3}([\p{Ll}-]+)$/iu.exec(sp);
    if (!m || !isDoc(m[1]!.toLowerCase())) continue;
    text ??= fs.readFileSync(doc.file, 'utf8');
    const at = text.indexOf(q.text, Math.max(0, q.start - 600));
    // The sentence holding the document's words before the quote (at most 400 characters back).
    const back = text.slice(Math.max(0, at - 400), at < 0 ? 0 : at + q.text.length);
    const i = back.toLowerCase().lastIndexOf(sp.toLowerCase());
    const sentence = i < 0 ? '' : back.slice(i, i + 220).replace(/\s+/gu, ' ');
    const noun = m[1]!;
    const after = sentence.slice(sp.length);
    const kind = i < 0 ? 'document words not found'
      : /^\s(?:by|from|for)\s\p{Lu}/u.test(after) || /^\s(?:by|from|for)\s(?:the\s)\p{Lu}/u.test(after) ? 'by|from|for X right after'
      : /^(?:\s[\p{Ll}-]+){1,2}(?:\s(?:on|in|at|over|during|for|after|before|of|the|its|a|an|[\p{Ll}\d-]+)){1,8}\sby\s/u.test(after) ? 'participle and a gap, then by X'
      : new RegExp(`\\p{Lu}[\\p{L}&.]*(?:\\s\\p{Lu}[\\p{L}&.]*)*['’]s\\s(?:[\\p{Ll}-]+\\s){0,2}${noun}`, 'u').test(back.slice(Math.max(0, i - 60), i + sp.length + 5)) ? "X's document" : 'no author in the sentence';
    tally.set(kind, (tally.get(kind) ?? 0) + 1);
    if (list) rows.push(`${kind} | ${doc.file.replace(/^.*\/corpus\//u, '')} ${q.kind} ${q.confidence.toFixed(2)} "${sp}": ${sentence.slice(0, 160)}`);
  }
}
console.log(JSON.stringify(Object.fromEntries(tally)));
for (const r of rows.sort()) console.log(r);
