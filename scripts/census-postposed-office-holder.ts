/**
 * Census: a direct quote whose cue follows it and names a body, an office and its holder ('"...," commented Acme
 * chief executive Jane Doe'), and the speaker a corpus run gives it. A developer tool (session 41, h-attr112).
 *   npx tsx scripts/census-postposed-office-holder.ts RUN.jsonl [--list] [--skip-dev]
 * Prints the count of such quotes by outcome: the holder (right), another speaker (wrong), none; --list prints each
 * one not given the holder, with the words after the quote.
 */
import fs from 'node:fs';
import { corpusRunDocuments } from './corpus-run.js';
import { isRole, isHyphenatedTitle } from '../src/core/extraction/lexicon/index.js';

const argv = process.argv.slice(2);
const runFile = argv.find((a) => !a.startsWith('--'))!;
const list = argv.includes('--list');
const skipDev = argv.includes('--skip-dev');
/** Speech verbs a reporter puts after the quote, before a subject ("commented X"). */
const CUE = /^\s*(said|says|commented|comments|added|adds|explained|noted|stated|remarked|observed|insisted|warned|continued|argued|admitted|told [a-z]+(?: [A-Za-z]+)?|according to)\s+/u;
const office = (w: string): boolean => isRole(w.toLowerCase()) || isHyphenatedTitle(w.toLowerCase());
const cap = (w: string): boolean => /^\p{Lu}/u.test(w);

interface Hit { file: string; head: string; after: string; holder: string; speaker: string | null; confidence: number }
const out = { right: 0, wrong: 0, none: 0 };
const hits: Hit[] = [];
for (const doc of corpusRunDocuments(runFile, skipDev)) {
  let text: string;
  try { text = fs.readFileSync(doc.file, 'utf8'); } catch { continue; }
  for (const q of doc.quotes) {
    if (q.kind !== 'direct') continue;
    // The quote's closing mark, then the cue.
    // The run's offsets are into the parsed text (a title line dropped): find the quote in the file near them.
    const at = text.indexOf(q.text, Math.max(0, q.start - 600));
    if (at < 0) continue;
    const tail = text.slice(at + q.text.length, at + q.text.length + 160);
    const close = /^[,.?!]?["”]/u.exec(tail) ?? /^["”]/u.exec(tail);
    const rest = close ? tail.slice(close[0].length) : tail.replace(/^[,.?!]?\s*/u, '');
    const cue = CUE.exec(rest);
    if (!cue) continue;
    const words = rest.slice(cue[0].length).split(/\s+/u);
    // ORG: 1-4 capitalised words, none an office; OFFICE: 1-3 words ending in an office word; HOLDER: 2-3 capitalised words ending the clause.
    let i = 0;
    while (i < words.length && i < 4 && cap(words[i]!) && !office(words[i]!.replace(/[^\p{L}-]/gu, ''))) i++;
    if (i === 0 || /^(the|a|an)$/iu.test(words[0]!)) continue;
    const o = i;
    while (i < words.length && i - o < 3 && !office(words[i]!.replace(/[^\p{L}-]/gu, ''))) i++;
    if (i >= words.length || !office(words[i]!.replace(/[^\p{L}-]/gu, ''))) continue;
    i++;
    while (i < words.length && office(words[i]!.replace(/[^\p{L}-]/gu, '')) && !/[,.]$/u.test(words[i - 1]!)) i++;
    const h = i;
    while (i < words.length && i - h < 3 && cap(words[i]!) && !/[,.;:]$/u.test(words[i]!)) i++;
    if (i < words.length && cap(words[i]!) && /[,.;:]$/u.test(words[i]!)) i++;
    if (i - h < 2 || !/[,.;:]$/u.test(words[i - 1]!)) continue;
    const holder = words.slice(h, i).join(' ').replace(/[,.;:]$/u, '');
    const last = holder.split(' ').at(-1)!;
    const kind = q.speaker === null ? 'none' : q.speaker.includes(last) ? 'right' : 'wrong';
    out[kind]++;
    if (kind !== "right" || argv.includes("--all")) hits.push({ file: doc.file.replace(/^.*\/corpus\//u, ''), head: q.text.slice(0, 50), after: rest.slice(0, 90).replace(/\s+/gu, ' '), holder, speaker: q.speaker, confidence: q.confidence });
  }
}
console.log(JSON.stringify(out));
if (list) for (const h of hits) console.log(`${h.file} ${h.speaker && h.speaker.includes(h.holder.split(" ").at(-1)!) ? "RIGHT" : "WRONG"} ${h.confidence.toFixed(3)} "${h.speaker}" (holder "${h.holder}"): ...${h.after}`);
